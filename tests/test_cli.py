"""The command line through click's runner: output, errors with codes, exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.schema import validation_errors
from tests.conftest import EXAMPLES

GOOD = "Kenyan President William Ruto met Ugandan officials in Nairobi on May 3, 2024, the agency reported."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.txt").write_bytes("Caf\u00e9 talks in Nairobi ".encode() + b"\xff\xfe\xfd ended.")
    return tmp_path


def test_extract_prints_a_valid_document(runner, inputs) -> None:
    result = runner.invoke(cli, ["extract", str(inputs / "good.txt"), "--date", "2024-05-04", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert validation_errors(doc) == []
    assert doc["article"]["date"] == {"value": "2024-05-04", "inferred": False, "source": "argument", "evidence": []}


@pytest.mark.parametrize(
    "name, code, reason",
    [("empty.txt", "NG102", "empty"), ("binary.bin", "NG103", "binary"), ("broken.txt", "NG104", "undecodable")],
)
def test_bad_input_is_reported_and_the_rest_processed(runner, inputs, name, code, reason) -> None:
    result = runner.invoke(cli, ["extract", str(inputs / name), str(inputs / "good.txt"), "--format", "jsonl"])
    assert result.exit_code == 1
    assert f"error {code} [{reason}]" in result.stderr and name in result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 1 and docs[0]["article"]["text"] == GOOD


def test_nothing_processed_exits_3(runner, inputs) -> None:
    result = runner.invoke(cli, ["extract", str(inputs / "empty.txt"), str(inputs / "binary.bin")])
    assert result.exit_code == 3 and result.stdout == ""


def test_a_missing_path_is_a_usage_error_before_anything_runs(runner, inputs) -> None:
    result = runner.invoke(cli, ["extract", str(inputs / "missing.txt"), str(inputs / "good.txt")])
    assert result.exit_code == 2 and result.stdout == ""
    assert "error NG101 [missing_path]" in result.stderr and "missing.txt" in result.stderr


def test_usage_errors_exit_2(runner, inputs) -> None:
    assert runner.invoke(cli, ["extract", str(inputs / "good.txt"), "--date", "July 26"]).exit_code == 2
    assert runner.invoke(cli, ["extract"]).exit_code == 2
    assert runner.invoke(cli, ["extract", str(inputs / "good.txt"), "--format", "xml"]).exit_code == 2


def test_unknown_model_is_a_clear_error(runner, inputs) -> None:
    result = runner.invoke(cli, ["extract", str(inputs / "good.txt"), "--model", "xx_not_installed"])
    assert result.exit_code == 3 and "NG201" in result.stderr


def test_stdin_is_read_with_a_dash(runner) -> None:
    result = runner.invoke(cli, ["extract", "-", "--format", "jsonl"], input=GOOD)
    assert result.exit_code == 0 and json.loads(result.stdout)["article"]["text"] == GOOD


@pytest.mark.parametrize("command", ["extract", "ingest", "articles", "entities", "quotes", "events", "corpus-events", "stories", "reprocess", "check"])
def test_every_command_has_help(runner, command) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_ingest_stores_examples_and_lists_them(runner, tmp_path, inputs) -> None:
    db = str(tmp_path / "t.db")
    result = runner.invoke(cli, ["ingest", str(EXAMPLES), str(inputs / "empty.txt"), "--db", db, "--json"])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    examples = len(list(EXAMPLES.glob("*.txt"))) + len(list(EXAMPLES.glob("*.json")))
    assert summary["read"] == examples + 1 and summary["stored"] == examples
    assert summary["rejected_by_reason"] == {"empty": 1}
    again = json.loads(runner.invoke(cli, ["ingest", str(EXAMPLES), "--db", db, "--json"]).stdout)
    assert again["stored"] == 0 and again["unchanged"] == examples and again["duplicates"] == 0
    listing = runner.invoke(cli, ["articles", "--db", db, "--format", "json"])
    rows = json.loads(listing.stdout)
    assert len(rows) == examples and all(row["entities"] > 0 for row in rows)
    people = json.loads(runner.invoke(cli, ["entities", "--db", db, "--type", "PERSON", "--format", "json"]).stdout)
    assert people and all(p["type"] == "PERSON" for p in people)
    assert "id" in runner.invoke(cli, ["articles", "--db", db, "--format", "csv"]).stdout.splitlines()[0]
    # the two reports of the fisheries talks are one corpus event, two outlets, a date flag
    talks = json.loads(runner.invoke(cli, ["corpus-events", "--db", db, "--type", "CONSULT", "--source", "Herald", "--format", "json"]).stdout)
    merged = next(e for e in talks if e["outlets"] == 2)
    assert merged["outlet_names"] == ["Coastline Herald", "Savanna Daily Post"] and merged["date"] == "2024-07-25"
    assert merged["flags"][0]["values"] == ["Savanna Daily Post: 2024-06-25", "Coastline Herald: 2024-07-25"]
    stories = json.loads(runner.invoke(cli, ["stories", "--db", db, "--format", "json"]).stdout)
    assert [len(s["members"]) for s in stories] == [2]
    check = runner.invoke(cli, ["check", "--db", db])
    assert check.exit_code == 0 and check.output.startswith("ok: ")


def test_reading_commands_never_create_a_database(runner, tmp_path) -> None:
    missing = tmp_path / "mistyped.db"
    result = runner.invoke(cli, ["events", "--db", str(missing)])
    assert result.exit_code == 2 and "NG304" in result.output and not missing.exists()


def test_another_programs_database_is_refused_untouched(runner, tmp_path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    before = other.read_bytes()
    for command in (["articles", "--db", str(other)], ["ingest", str(EXAMPLES), "--db", str(other)]):
        result = runner.invoke(cli, command)
        assert result.exit_code == 2 and "NG303" in result.output
    assert other.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]

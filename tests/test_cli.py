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
    [("empty.txt", "NG102", "empty"), ("binary.bin", "NG103", "binary"), ("broken.txt", "NG104", "undecodable"), ("missing.txt", "NG101", "missing_path")],
)
def test_bad_input_is_reported_and_the_rest_processed(runner, inputs, name, code, reason) -> None:
    result = runner.invoke(cli, ["extract", str(inputs / name), str(inputs / "good.txt"), "--format", "jsonl"])
    assert result.exit_code == 1
    assert f"error {code} [{reason}]" in result.stderr and name in result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 1 and docs[0]["article"]["text"] == GOOD


def test_nothing_processed_exits_3(runner, inputs) -> None:
    result = runner.invoke(cli, ["extract", str(inputs / "empty.txt"), str(inputs / "missing.txt")])
    assert result.exit_code == 3 and result.stdout == ""


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


@pytest.mark.parametrize("command", ["extract", "ingest", "articles", "entities", "quotes", "events"])
def test_every_command_has_help(runner, command) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_ingest_stores_examples_and_lists_them(runner, tmp_path, inputs) -> None:
    db = str(tmp_path / "t.db")
    result = runner.invoke(cli, ["ingest", str(EXAMPLES), str(inputs / "empty.txt"), "--db", db, "--json"])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    examples = len(list(EXAMPLES.glob("*.txt")))
    assert summary["read"] == examples + 1 and summary["stored"] == examples
    assert summary["rejected_by_reason"] == {"empty": 1}
    again = json.loads(runner.invoke(cli, ["ingest", str(EXAMPLES), "--db", db, "--json"]).stdout)
    assert again["stored"] == 0 and again["duplicates"] == examples
    listing = runner.invoke(cli, ["articles", "--db", db, "--format", "json"])
    rows = json.loads(listing.stdout)
    assert len(rows) == examples and all(row["entities"] > 0 for row in rows)
    people = json.loads(runner.invoke(cli, ["entities", "--db", db, "--type", "PERSON", "--format", "json"]).stdout)
    assert people and all(p["type"] == "PERSON" for p in people)
    assert "id" in runner.invoke(cli, ["articles", "--db", db, "--format", "csv"]).stdout.splitlines()[0]

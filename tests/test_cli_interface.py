"""The command line as a user meets it: checks before the model loads, one output option set,
filters per command, tables that fit, progress, and the flags/rejections/duplicates listings.

Most tests read a store of hand-made documents (tests/made_store.py), so no model loads."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

import newsgraph.pipeline
from newsgraph.cli import cli
from newsgraph.cli.progress import Progress
from newsgraph.cli.render import Columns, fit, render
from tests.conftest import EXAMPLES
from tests.made_store import build_store

LISTINGS = ["articles", "entities", "quotes", "events", "corpus-events", "stories", "flags", "rejections", "duplicates"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return build_store(str(tmp_path_factory.mktemp("made") / "made.db"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def no_model(monkeypatch):
    """Any attempt to build the pipeline (and so load the model) fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("the model was loaded before the arguments were checked")

    monkeypatch.setattr(newsgraph.pipeline, "Pipeline", refuse)


# --- checks before anything slow ---------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_missing_path_stops_before_the_model_loads(runner, tmp_path, no_model, command) -> None:
    result = runner.invoke(cli, [command, str(tmp_path / "nowhere.txt"), "--db", str(tmp_path / "x.db")] if command == "ingest" else [command, str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 2
    assert "NG101" in result.stderr and "nowhere.txt" in result.stderr
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("day", ["July 26", "2024-02-30", "24-03-01"])
def test_a_bad_date_stops_before_the_model_loads(runner, tmp_path, no_model, command, day) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Kenyan officials met Ugandan officials in Nairobi on Monday to talk.", encoding="utf-8")
    result = runner.invoke(cli, [command, str(good), "--date", day])
    assert result.exit_code == 2 and "--date" in result.output and "YYYY-MM-DD" in result.output


def test_an_unwritable_db_stops_ingest_before_the_model_loads(runner, tmp_path, no_model) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Kenyan officials met Ugandan officials in Nairobi on Monday to talk.", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(good), "--db", str(tmp_path / "no-such-folder" / "x.db")])
    assert result.exit_code == 2 and "NG301" in result.stderr and "no-such-folder" in result.stderr
    a_folder = runner.invoke(cli, ["ingest", str(good), "--db", str(tmp_path)])
    assert a_folder.exit_code == 2 and "folder" in a_folder.stderr


def test_another_programs_database_stops_ingest_before_the_model_loads(runner, tmp_path, no_model) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    good = tmp_path / "a.txt"
    good.write_text("Kenyan officials met Ugandan officials in Nairobi on Monday to talk.", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(good), "--db", str(other)])
    assert result.exit_code == 2 and "NG303" in result.stderr


def test_a_missing_file_is_reported_within_two_seconds(tmp_path) -> None:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", "from newsgraph.cli import main; main()", "extract", str(tmp_path / "gone.txt")], capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - started
    assert done.returncode == 2 and "NG101" in done.stderr
    assert elapsed < 2.0, f"took {elapsed:.2f} s"


# --- filters -------------------------------------------------------------------------------


@pytest.mark.parametrize("command, option", [("quotes", "--type"), ("entities", "--since"), ("articles", "--country"), ("stories", "--actor"), ("rejections", "--until")])
def test_a_filter_a_command_cannot_apply_is_a_usage_error(runner, db, command, option) -> None:
    result = runner.invoke(cli, [command, "--db", db, option, "x"])
    assert result.exit_code == 2 and "No such option" in result.output


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_date_filter_that_is_no_date_is_a_usage_error(runner, db, option) -> None:
    result = runner.invoke(cli, ["events", "--db", db, option, "foo"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_since_after_until_is_a_usage_error(runner, db) -> None:
    result = runner.invoke(cli, ["events", "--db", db, "--since", "2024-05-01", "--until", "2024-04-01"])
    assert result.exit_code == 2 and "after" in result.output


@pytest.mark.parametrize(
    "command, option, value, present",
    [
        ("events", "--type", "FROBNICATE", "COERCE, CONSULT"),
        ("events", "--country", "XYZ", "KEN, UGA"),
        ("entities", "--type", "ANIMAL", "COUNTRY, PERSON, PLACE"),
        ("corpus-events", "--country", "FRA", "KEN, UGA"),
        ("flags", "--type", "nonsense", "future_past"),
        ("rejections", "--type", "too_loud", "empty"),
        ("duplicates", "--type", "cousin", "exact"),
    ],
)
def test_a_value_the_store_does_not_hold_lists_those_it_holds(runner, db, command, option, value, present) -> None:
    result = runner.invoke(cli, [command, "--db", db, option, value])
    assert result.exit_code == 2
    assert value in result.output and f"values present: {present}" in result.output


def test_a_value_the_store_holds_but_no_row_matches_is_just_empty(runner, db) -> None:
    result = runner.invoke(cli, ["events", "--db", db, "--type", "COERCE", "--since", "2030-01-01", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


@pytest.mark.parametrize("text", ["co-chairman", "AND", "\"unbalanced", "*", "(", "NEAR(a b)", "co-chairman OR", "'", "-", ""])
def test_search_text_never_breaks_the_full_text_engine(runner, db, text) -> None:
    result = runner.invoke(cli, ["articles", "--db", db, "--search", text, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list)


def test_search_finds_hyphenated_words(runner, db) -> None:
    rows = json.loads(runner.invoke(cli, ["articles", "--db", db, "--search", "co-chairman", "--format", "json"]).stdout)
    assert {row["id"] for row in rows} == {"a" * 16, "b" * 16}
    rows = json.loads(runner.invoke(cli, ["articles", "--db", db, "--search", "Harvest Party", "--format", "json"]).stdout)
    assert [row["id"] for row in rows] == ["a" * 16]


# --- output --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", LISTINGS)
def test_every_listing_speaks_every_format(runner, db, command, tmp_path) -> None:
    as_json = json.loads(runner.invoke(cli, [command, "--db", db, "--format", "json"]).stdout)
    lines = runner.invoke(cli, [command, "--db", db, "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == json.loads(json.dumps(as_json))
    table = list(csv.reader(io.StringIO(runner.invoke(cli, [command, "--db", db, "--format", "csv"]).stdout)))
    assert len(table) == len(as_json) + 1
    out = tmp_path / "rows.csv"
    result = runner.invoke(cli, [command, "--db", db, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert list(csv.reader(io.StringIO(out.read_text(encoding="utf-8")))) == table


@pytest.mark.parametrize("command", LISTINGS)
def test_an_empty_csv_still_has_its_header(runner, tmp_path, command) -> None:
    from newsgraph.store import open_store

    empty = str(tmp_path / "empty.db")
    open_store(empty).close()
    result = runner.invoke(cli, [command, "--db", empty, "--format", "csv"])
    assert result.exit_code == 0
    header = result.stdout.splitlines()
    assert len(header) == 1 and "," in header[0]


@pytest.mark.parametrize("command", LISTINGS)
def test_tables_fit_80_columns(runner, db, command) -> None:
    result = runner.invoke(cli, [command, "--db", db], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max((len(line) for line in result.stdout.splitlines() if not line.startswith("(")), default=0) <= 80


def test_event_ids_sort_as_numbers_and_places_show_by_name(runner, db) -> None:
    rows = json.loads(runner.invoke(cli, ["events", "--db", db, "--format", "json", "--limit", "50"]).stdout)
    ids = [row["event_id"] for row in rows if row["article_id"] == "a" * 16]
    assert ids == [f"v{n}" for n in range(1, 12)]
    assert {row["place"] for row in rows if row["place"]} == {"Nairobi", "Kampala"}
    table = runner.invoke(cli, ["events", "--db", db, "--limit", "50"], env={"COLUMNS": "120"}).stdout
    assert "Nairobi" in table and "Kenya (KEN)" in table and " e2 " not in table
    assert table.index("aaaaaaaa/v2 ") < table.index("aaaaaaaa/v10 ")


def test_the_new_listings_name_files_and_reasons(runner, db) -> None:
    rejections = json.loads(runner.invoke(cli, ["rejections", "--db", db, "--format", "json"]).stdout)
    assert [(r["source"], r["code"], r["reason"]) for r in rejections] == [("notes/empty.txt", "NG102", "empty")]
    duplicates = json.loads(runner.invoke(cli, ["duplicates", "--db", db, "--format", "json"]).stdout)
    assert [(d["source"], d["kind"]) for d in duplicates] == [("copies/a-again.txt", "exact")]
    flags = json.loads(runner.invoke(cli, ["flags", "--db", db, "--format", "json"]).stdout)
    assert [(f["source"], f["kind"], f["values"]) for f in flags] == [("a.txt", "future_past", ["2024-03-09"])]


def test_unwritable_output_is_a_usage_error(runner, db, tmp_path) -> None:
    result = runner.invoke(cli, ["events", "--db", db, "-o", str(tmp_path / "missing" / "out.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_table_widths_cut_long_columns_first() -> None:
    widths, kept = fit(["date", "evidence", "type"], [10, 60, 7], 40)
    assert kept == [0, 1, 2] and widths[0] == 10 and widths[2] == 7 and sum(widths) + 4 <= 40
    widths, kept = fit(["a", "b", "c", "d"], [12, 12, 12, 12], 30)
    assert kept == [0, 1] and sum(widths) + 2 <= 30
    text = render([{"evidence": "x" * 100, "n": 1}], "table", Columns(("evidence", "n")), width=30)
    assert all(len(line) <= 30 for line in text.splitlines()) and "\u2026" in text


# --- progress and the ingest summary --------------------------------------------------------


def test_plain_progress_lines_off_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(20, "ingest", stream=stream, interactive=False)
    for _ in range(20):
        progress("stored")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10 and lines[-1].startswith("ingest: 20/20 articles, ") and "/s" in lines[0] and "ETA" in lines[0]


def test_a_bar_with_rate_and_eta_on_a_terminal() -> None:
    stream = io.StringIO()
    with Progress(4, "ingest", stream=stream, interactive=True, refresh=0) as progress:
        for _ in range(3):
            progress("stored")
    shown = stream.getvalue()
    assert "3/4" in shown and ("article/s" in shown or "s/article" in shown)
    assert "<" in shown.split("3/4")[1]  # tqdm's "[elapsed<remaining, rate]"


def test_quiet_means_no_progress() -> None:
    stream = io.StringIO()
    progress = Progress(2, "ingest", enabled=False, stream=stream, interactive=False)
    progress("stored")
    progress("stored")
    assert stream.getvalue() == ""


def test_ingest_reports_wall_time_progress_and_rejected_files(runner, tmp_path, pipeline, monkeypatch) -> None:
    def slow_pipeline(*args, **kwargs):
        time.sleep(1.2)  # a model that takes its time to load: the summary must count it
        return pipeline

    monkeypatch.setattr(newsgraph.pipeline, "Pipeline", slow_pipeline)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    for name in sorted(p.name for p in EXAMPLES.glob("0[12]*.txt")):
        (tmp_path / "in" / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    db = str(tmp_path / "t.db")
    started = time.perf_counter()
    result = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db])
    wall = time.perf_counter() - started
    assert result.exit_code == 1, result.output
    summary = result.stdout
    seconds = float(summary.split(" in ")[1].split(" s:")[0])
    assert 1.2 <= seconds <= wall + 0.05
    assert "rejected empty: 1 (" in summary and "empty.txt" in summary
    assert "ingest: 3/3 articles" in result.stderr
    quiet = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db, "-q", "--json"])
    assert quiet.stderr == "" and json.loads(quiet.stdout)["rejected_inputs"][0]["source"].endswith("empty.txt")


def test_extract_writes_documents_to_an_output_file(runner, tmp_path, pipeline, monkeypatch) -> None:
    monkeypatch.setattr(newsgraph.pipeline, "Pipeline", lambda *args, **kwargs: pipeline)
    source = tmp_path / "a.txt"
    source.write_text("Kenyan officials met Ugandan officials in Nairobi on Monday to talk about trade.", encoding="utf-8")
    out = tmp_path / "docs.jsonl"
    result = runner.invoke(cli, ["extract", str(source), "--format", "jsonl", "-o", str(out), "-v"])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["article"]["source_name"] == str(source)
    assert "wrote 1 documents" in result.stderr


def test_an_unreachable_postgresql_server_stops_ingest_before_the_model_loads(runner, tmp_path, no_model) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Kenyan officials met Ugandan officials in Nairobi on Monday to talk.", encoding="utf-8")
    url = f"postgresql://nobody@/newsgraph?host={tmp_path}&connect_timeout=2"  # no server listens in this folder
    result = runner.invoke(cli, ["ingest", str(good), "--db", url])
    assert result.exit_code == 2 and "NG301" in result.stderr and "PostgreSQL" in result.stderr


def test_plain_progress_speaks_at_least_every_half_minute(monkeypatch) -> None:
    import newsgraph.cli.progress as progress_module

    now = [0.0]
    monkeypatch.setattr(progress_module.time, "perf_counter", lambda: now[0])
    stream = io.StringIO()
    progress = Progress(1000, "ingest", stream=stream, interactive=False)
    now[0] = 10.0
    progress("stored")   # 10 s, 1 of 1000: nothing yet
    now[0] = 31.0
    progress("stored")   # 31 s: a line, though far from a tenth of the run
    now[0] = 32.0
    progress("stored")   # 32 s: too soon for another
    assert stream.getvalue().splitlines() == ["ingest: 2/1000 articles, 0.1/s, ETA 15469 s"]

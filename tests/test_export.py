"""Exports: JSON lines of documents, CSV and Parquet tables, and the GDELT 2.0 event table
read back with the column names docs/export.md documents."""

from __future__ import annotations

import csv
import json
import re

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.export import codes, export
from newsgraph.export.gdelt import COLUMNS
from newsgraph.export.tables import SCHEMAS
from newsgraph.resources import read_table
from newsgraph.schema import validation_errors
from newsgraph.store import open_store
from tests.conftest import EXAMPLES, ROOT
from tests.made_store import build_store

DOC = ROOT / "docs" / "export.md"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return build_store(str(tmp_path_factory.mktemp("export") / "made.db"))


def documented_gdelt_columns() -> list[str]:
    """The column names of the GDELT table in docs/export.md, in their documented order."""
    section = DOC.read_text(encoding="utf-8").split("## GDELT", 1)[1]
    return re.findall(r"^\| *\d+ *\| *`([A-Za-z0-9_]+)`", section, flags=re.M)


def read_gdelt(path) -> list[dict[str, str]]:
    names = documented_gdelt_columns()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        assert len(cells) == len(names) == 61
        rows.append(dict(zip(names, cells)))
    return rows


def test_the_documented_columns_are_the_written_ones() -> None:
    assert documented_gdelt_columns() == list(COLUMNS)


def test_gdelt_row_of_a_happening_two_outlets_reported(db, tmp_path) -> None:
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "gdelt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = read_gdelt(out)
    arrest = next(r for r in rows if r["EventCode"] == "173")
    assert (arrest["NumMentions"], arrest["NumSources"], arrest["NumArticles"]) == ("2", "2", "2")
    assert (arrest["EventBaseCode"], arrest["EventRootCode"], arrest["QuadClass"], arrest["GoldsteinScale"]) == ("173", "17", "4", "-5.0")
    assert (arrest["Actor1Code"], arrest["Actor1CountryCode"], arrest["Actor1Type1Code"], arrest["Actor1Name"]) == ("KENCOP", "KEN", "COP", "KENYAN POLICE")
    assert (arrest["SQLDATE"], arrest["MonthYear"], arrest["Year"], arrest["FractionDate"]) == ("20240303", "202403", "2024", "2024.1694")
    assert arrest["ActionGeo_FullName"] == "Nairobi, Kenya" and arrest["ActionGeo_CountryCode"] == "KE" and arrest["ActionGeo_Type"] == "4"
    assert (arrest["ActionGeo_Lat"], arrest["ActionGeo_Long"], arrest["ActionGeo_FeatureID"]) == ("-1.28333", "36.81667", "184745")
    assert arrest["Actor1Geo_Type"] == "1" and arrest["Actor1Geo_CountryCode"] == "KE" and arrest["Actor1Geo_FeatureID"] == "KE"
    assert arrest["SOURCEURL"] == "https://courier.example/a" and arrest["IsRootEvent"] == "1"
    assert re.fullmatch(r"\d{14}", arrest["DATEADDED"]) and arrest["AvgTone"] == ""
    talks = next(r for r in rows if r["EventCode"] == "036")
    assert talks["Actor2Code"] == "UGAGOV" and talks["IsRootEvent"] == "0" and talks["ActionGeo_FullName"] == "Kampala, Uganda"
    assert not any(r["EventRootCode"] == "04" for r in rows)  # only possible: not written by default
    every = tmp_path / "every.tsv"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "gdelt", "-o", str(every), "--all-modalities"]).exit_code == 0
    root_only = next(r for r in read_gdelt(every) if r["EventRootCode"] == "04")
    assert root_only["EventCode"] == "040" and root_only["NumMentions"] == "9" and root_only["QuadClass"] == "1"


def test_gdelt_header_line_on_request(db, tmp_path) -> None:
    out = tmp_path / "events.tsv"
    with open_store(db, create=False) as store:
        written = export(store, "gdelt", out, header=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(COLUMNS) and len(lines) == written + 1


def test_jsonl_holds_every_document(db, tmp_path) -> None:
    out = tmp_path / "docs.jsonl"
    assert CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "--out", str(out)]).exit_code == 0
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(d["article"]["id"] for d in docs) == ["a" * 16, "b" * 16]
    assert all(validation_errors(d) == [] for d in docs)


@pytest.mark.parametrize("table, count", [("events", 12), ("quotes", 1), ("entities", 6), ("corpus-events", 3)])
def test_csv_and_parquet_tables(db, tmp_path, table, count) -> None:
    columns = [name for name, _ in SCHEMAS[table]]
    for fmt in ("csv", "parquet"):
        out = tmp_path / f"{table}.{fmt}"
        result = CliRunner().invoke(cli, ["export", "--db", db, "--format", fmt, "--table", table, "-o", str(out)])
        assert result.exit_code == 0, result.output
        if fmt == "csv":
            with out.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
            assert list(rows[0]) == columns and len(rows) == count
        else:
            read = pq.read_table(out)
            assert read.column_names == columns and read.num_rows == count


def test_parquet_keeps_types(db, tmp_path) -> None:
    out = tmp_path / "events.parquet"
    with open_store(db, create=False) as store:
        export(store, "parquet", out, table="events")
    rows = pq.read_table(out).to_pylist()
    first = next(r for r in rows if r["article_id"] == "a" * 16 and r["event_id"] == "v1")
    assert first["place"] == "Nairobi" and first["place_lat"] == pytest.approx(-1.28333) and first["actor_code"] == "KENCOP"
    assert first["reported_by"] == [] and isinstance(first["evidence_start"], int) and first["confidence"] == pytest.approx(0.8)


def test_an_empty_store_exports_its_columns(tmp_path) -> None:
    path = str(tmp_path / "empty.db")
    open_store(path).close()
    with open_store(path, create=False) as store:
        assert export(store, "csv", tmp_path / "e.csv", table="quotes") == 0
        assert export(store, "parquet", tmp_path / "e.parquet", table="quotes") == 0
    assert (tmp_path / "e.csv").read_text(encoding="utf-8").strip() == ",".join(name for name, _ in SCHEMAS["quotes"])
    assert pq.read_table(tmp_path / "e.parquet").column_names == [name for name, _ in SCHEMAS["quotes"]]


def test_export_usage_errors(db, tmp_path) -> None:
    runner = CliRunner()
    wrong_table = runner.invoke(cli, ["export", "--db", db, "--format", "gdelt", "--table", "quotes", "-o", str(tmp_path / "x")])
    assert wrong_table.exit_code == 2
    no_store = runner.invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--format", "csv", "-o", str(tmp_path / "x.csv")])
    assert no_store.exit_code == 2 and "NG304" in no_store.stderr
    assert runner.invoke(cli, ["export", "--db", db, "--format", "xml", "-o", str(tmp_path / "x")]).exit_code == 2


def test_goldstein_weights_cover_every_cameo_code_the_engine_writes() -> None:
    table = {row["cameo"]: float(row["goldstein"]) for row in read_table("cameo_goldstein.tsv")}
    assert all(-10.0 <= value <= 10.0 for value in table.values())
    assert {f"{n:02d}" for n in range(1, 21)} <= set(table)
    assert (table["0874"], table["1823"], table["057"], table["130"]) == (10.0, -10.0, 8.0, -4.4)
    for row in read_table("cameo_plover.tsv"):
        code, base, root = codes.event_codes(row["cameo"])
        assert codes.goldstein(code) is not None, row["cameo"]
        assert codes.quad_class(root) in (1, 2, 3, 4)


@pytest.mark.parametrize(
    "code, country, parts",
    [
        ("TURCOP", None, ("TUR", "", (), ("COP",))),
        ("IGOUNO", None, ("", "UNO", (), ("IGO",))),
        ("SYRREBMUS", None, ("SYR", "", ("MUS",), ("REB",))),
        ("---REB", "SYR", ("SYR", "", (), ("REB",))),
        ("IGOEUREEC", None, ("", "EEC", (), ("IGO",))),
        (None, "FRA", ("FRA", "", (), ())),
    ],
)
def test_actor_codes_split_into_gdelt_fields(code, country, parts) -> None:
    found = codes.actor_parts(code, country)
    assert (found.country, found.known_group, found.religions, found.types) == parts


def test_quad_class_of_each_root() -> None:
    assert [codes.quad_class(f"{n:02d}") for n in range(1, 21)] == [1] * 5 + [2] * 3 + [3] * 5 + [4] * 7


@pytest.mark.slow
def test_a_gdelt_export_of_the_demo_articles_reads_back(tmp_path, pipeline) -> None:
    from newsgraph.engines import ingest_paths

    db = str(tmp_path / "demo.db")
    with open_store(db) as store:
        ingest_paths([str(EXAMPLES)], store, pipeline)
    out = tmp_path / "demo.tsv"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "gdelt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = read_gdelt(out)
    with open_store(db, create=False) as store:
        assert 0 < len(rows) <= len(store.corpus_events(limit=10_000))
    assert all(r["GlobalEventID"].isdigit() and r["SOURCEURL"] for r in rows)
    coded = [r for r in rows if r["EventCode"]]
    assert coded and all(r["QuadClass"] in "1234" and r["GoldsteinScale"] for r in coded)
    assert any(r["NumSources"] == "2" for r in rows)  # the fisheries talks, told by two outlets

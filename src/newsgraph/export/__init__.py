"""Exports of a store: JSON lines of documents, CSV and Parquet tables (events, quotes,
entities, corpus events) and the GDELT 2.0 event table (tab-separated). See docs/export.md.

    from newsgraph.export import export
    export(store, "gdelt", Path("events.tsv"))
    export(store, "parquet", Path("quotes.parquet"), table="quotes")
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InvalidSetting
from ..store.base import Store
from . import gdelt
from .tables import SCHEMAS, TABLES, table_rows
from .writers import write_csv, write_jsonl, write_parquet, write_tsv_plain

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

__all__ = ["FORMATS", "TABLES", "export"]


def export(store: Store, fmt: str, path: Path, *, table: str = "events", header: bool = False, every_modality: bool = False) -> int:
    """Write ``store`` to ``path`` in ``fmt``; returns the number of records written.

    jsonl: every stored document; csv and parquet: the rows of ``table``; gdelt: one row per
    corpus event that happened in GDELT 2.0's columns (``every_modality``: also those planned,
    denied, possible or hypothetical; ``header`` adds a line of column names, which GDELT's own
    files do not have).
    """
    if fmt == "jsonl":
        return write_jsonl(store.documents(), path)
    if fmt == "gdelt":
        return write_tsv_plain(gdelt.rows(store, every_modality), gdelt.COLUMNS, path, header=header)
    if table not in TABLES:
        raise InvalidSetting(f"no table {table!r} to export", hint=f"tables: {', '.join(TABLES)}")
    schema = SCHEMAS[table]
    if fmt == "csv":
        return write_csv(table_rows(store, table), [name for name, _ in schema], path)
    if fmt == "parquet":
        return write_parquet(table_rows(store, table), schema, path)
    raise InvalidSetting(f"no export format {fmt!r}", hint=f"formats: {', '.join(FORMATS)}")

"""Writers: JSON lines of documents, CSV and Parquet of the flat tables, GDELT's TSV.

CSV cells hold lists joined with "; "; Parquet keeps them as lists of strings, with each
table's column types fixed (tables.SCHEMAS), also when the table is empty.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .tables import BOOL, DATE, FLOAT, INT, LIST


def write_jsonl(documents: Iterable[Any], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in documents:
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: Path, *, delimiter: str = ",", header: bool = True) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        if header:
            writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
            count += 1
    return count


def write_tsv_plain(rows: Iterable[dict[str, Any]], columns: Sequence[str], path: Path, *, header: bool = False) -> int:
    """Tab-separated as GDELT writes it: no quoting; tabs and line breaks in values become spaces."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        if header:
            out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(" ".join(str(_cell(row.get(c))).split()) for c in columns) + "\n")
            count += 1
    return count


def write_parquet(rows: Iterable[dict[str, Any]], schema: Sequence[tuple[str, str]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), INT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_(), LIST: pa.list_(pa.string()), DATE: pa.date32()}
    arrow_schema = pa.schema([(name, types[kind]) for name, kind in schema])
    data = [{name: _typed(row.get(name), kind) for name, kind in schema} for row in rows]
    pq.write_table(pa.Table.from_pylist(data, schema=arrow_schema), path)
    return len(data)


def _typed(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == LIST:
        return [str(v) for v in value]
    if kind == DATE and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if kind == "string" and not isinstance(value, str):
        return value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value

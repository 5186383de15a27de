"""Rows out: one renderer for every command that lists rows (table, json, jsonl, csv).

Each command declares its columns, so an empty CSV still has its header and a table its
column names. Tables fit the terminal: long columns are cut (with "…") before short ones, and
columns that cannot fit at all are left out, with a line saying which and how to see them.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

FORMATS = ("table", "json", "jsonl", "csv")
MAX_CELL = 60  # no table cell is wider than this, whatever the terminal
MIN_CELL = 8  # a cut column keeps at least this many characters (or its header's width)
KEY_CELL = 12  # columns this narrow (dates, ids, codes, counts) are never cut
GAP = "  "


@dataclass(frozen=True, slots=True)
class Columns:
    """What a command shows: every column (csv), and the narrower set a table shows."""

    all: tuple[str, ...]
    table: tuple[str, ...] = ()

    @property
    def shown(self) -> tuple[str, ...]:
        return self.table or self.all


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Columns, width: int | None = None) -> str:
    """The rows as text in ``fmt``; ``width`` bounds a table (None: the terminal's width)."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=json_value)
    if fmt == "jsonl":
        return "\n".join(json.dumps(row, ensure_ascii=False, default=json_value) for row in rows)
    if fmt == "csv":
        return to_csv(rows, columns.all)
    if not rows:
        return "(nothing found)"
    return table(rows, columns.shown, width if width is not None else terminal_width())


def terminal_width() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def json_value(value: Any) -> Any:
    """Dates (and datetimes) as ISO text in JSON output."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def flat(value: Any) -> Any:
    """A cell value for CSV and tables: lists joined with "; ", dates as ISO text."""
    if isinstance(value, list):
        return "; ".join(_flat_item(item) for item in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _flat_item(item: Any) -> str:
    if isinstance(item, dict) and "kind" in item and "values" in item:
        return f"{item['kind']}: {', '.join(item['values'])}"
    if isinstance(item, dict):
        return ", ".join(f"{k}={flat(v)}" for k, v in item.items() if v is not None)
    return str(item)


def to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header line, also when there are no rows."""
    out = io.StringIO()
    writer = csv.DictWriter(out, list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: flat(row.get(c)) for c in columns} for row in rows)
    return out.getvalue().rstrip("\n")


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str], width: int) -> str:
    """Aligned columns no wider than ``width`` characters."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    natural = [min(MAX_CELL, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    widths, kept = fit(list(columns), natural, width)
    lines = [_line([columns[i] for i in kept], widths), _line(["-" * w for w in widths], widths)]
    lines += [_line([r[i] for i in kept], widths) for r in cells]
    left_out = [c for i, c in enumerate(columns) if i not in kept]
    if left_out:
        lines.append(f"({len(left_out)} columns left out to fit {width} characters: {', '.join(left_out)}; see them with --format csv or json)")
    return "\n".join(lines)


def fit(columns: list[str], natural: list[int], width: int) -> tuple[list[int], list[int]]:
    """Column widths that fit ``width``, and the indexes of the columns kept.

    Short columns (dates, ids, codes, counts: ``KEY_CELL`` characters or fewer) keep their
    width; the long ones are cut, the widest first, down to ``MIN_CELL`` or their header's
    width. Columns that still do not fit are left out from the right.
    """
    kept = list(range(len(columns)))
    widths = list(natural)
    floors = [n if n <= KEY_CELL else max(MIN_CELL, len(c)) for c, n in zip(columns, natural, strict=True)]
    while kept:
        over = sum(widths[i] for i in kept) + len(GAP) * (len(kept) - 1) - width
        if over <= 0:
            break
        cuttable = [i for i in kept if widths[i] > floors[i]]
        if not cuttable:
            kept.pop()  # even at their narrowest the columns do not fit: leave out the last
            continue
        widest = max(cuttable, key=lambda i: widths[i])
        step = max(1, widths[widest] - _second_widest(widths, cuttable, widest))
        widths[widest] -= min(over, widths[widest] - floors[widest], step)
    return [widths[i] for i in kept], kept


def _second_widest(widths: list[int], candidates: list[int], widest: int) -> int:
    others = [widths[i] for i in candidates if i != widest]
    return max(others) if others else 0


def _cell(value: Any) -> str:
    value = flat(value)
    return "" if value is None else " ".join(str(value).split())


def _line(values: Sequence[str], widths: Sequence[int]) -> str:
    return GAP.join(_cut(v, w).ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "\u2026"

"""``newsgraph articles|entities|quotes|events|corpus-events|stories``: query the store.

Reading commands open the store with ``create=False``: a mistyped ``--db`` is an error
(NG304), never a new empty database.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

import click

from ..store import open_store
from .common import db_option, translate_errors


def _render(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=_json_value)
    if not rows:
        return "" if fmt == "csv" else "(nothing found)"
    columns = [c for c in rows[0] if not any(_nested(row[c]) for row in rows)]  # lists of records: JSON only
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({c: _flat(row[c]) for c in columns} for row in rows)
        return out.getvalue().rstrip("\n")
    return _table(rows, columns)


def _json_value(value: Any) -> Any:
    """Dates (and datetimes) as ISO text in JSON output."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _nested(value: Any) -> bool:
    """A list of records other than flags (reports, members): shown in JSON only."""
    return isinstance(value, list) and any(isinstance(item, dict) and "kind" not in item for item in value)


def _flat(value: Any) -> Any:
    """A cell value for CSV and tables: lists joined with "; ", dates as ISO text."""
    if isinstance(value, list):
        return "; ".join(f"{item['kind']}: {', '.join(item['values'])}" if isinstance(item, dict) else str(item) for item in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells])


def _cell(value: Any, width: int = 60) -> str:
    value = _flat(value)
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _query_command(name: str, help_text: str, command_name: str | None = None) -> click.Command:
    @click.command(command_name or name, help=help_text)
    @db_option
    @click.option("--actor", default=None, help="actor name or country code")
    @click.option("--country", default=None, help="ISO 3166 alpha-3 code")
    @click.option("--type", "type_", default=None, help="entity type or PLOVER event type")
    @click.option("--since", default=None, metavar="YYYY-MM-DD")
    @click.option("--until", default=None, metavar="YYYY-MM-DD")
    @click.option("--source", default=None, help="outlet or reporting source")
    @click.option("--search", default=None, help="full-text search")
    @click.option("--limit", default=100, show_default=True)
    @click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
    @translate_errors
    def command(db: str, fmt: str, type_: str | None, **filters: Any) -> None:
        with open_store(db, create=False) as store:
            rows = getattr(store, name)(type=type_, **filters)
        click.echo(_render(rows, fmt))

    return command


QUERY_COMMANDS = (
    _query_command("articles", "List stored articles with their date and what was found in each."),
    _query_command("entities", "List entities across stored articles, most frequent first."),
    _query_command("quotes", "List stored quotes with speaker, cue and reporting outlets."),
    _query_command("events", "List stored events (PLOVER type, actor, recipient, date, source)."),
    _query_command("corpus_events", "List corpus events: one happening with all its reports, outlet counts and flags where outlets disagree.", "corpus-events"),
    _query_command("stories", "List stories: articles about one happening, with their near-duplicate links.", "stories"),
)

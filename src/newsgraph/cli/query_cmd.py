"""``newsgraph articles|entities|quotes|events``: query the store."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

from ..store import open_store
from .common import db_option, translate_errors


def _render(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if not rows:
        return "" if fmt == "csv" else "(nothing found)"
    columns = list(rows[0])
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, columns)
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    return _table(rows, columns)


def _table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells])


def _cell(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _query_command(name: str, help_text: str) -> click.Command:
    @click.command(name, help=help_text)
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
        with open_store(db) as store:
            rows = getattr(store, name)(type=type_, **filters)
        click.echo(_render(rows, fmt))

    return command


QUERY_COMMANDS = (
    _query_command("articles", "List stored articles with their date and what was found in each."),
    _query_command("entities", "List entities across stored articles, most frequent first."),
    _query_command("quotes", "List stored quotes with speaker, cue and reporting outlets."),
    _query_command("events", "List stored events (PLOVER type, actor, recipient, date, source)."),
)

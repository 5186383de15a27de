"""The listing commands: ``articles``, ``entities``, ``quotes``, ``events``, ``corpus-events``,
``stories``, ``flags``, ``rejections`` and ``duplicates``.

Each command takes only the filters it can apply (any other is a usage error), prints its
rows with the shared ``--format``/``--output`` options, and, when a ``--type`` or
``--country`` filter matches nothing, says which values the store holds. Reading commands
open the store with ``create=False``: a mistyped ``--db`` is an error (NG304), never a new
empty database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .common import check_range, day_option, db_option, emit, output_options, setup_logging, translate_errors, verbosity_options
from .render import Columns, render

FILE_WIDTH = 10_000  # a table written to a file is not cut to the terminal's width

FILTER_HELP = {
    "actor": "the actor: a name, or part of one, or a country code",
    "speaker": "the speaker: a name, or part of one",
    "country": "ISO 3166 alpha-3 code of the actor or recipient (events) or of the entity",
    "source": "outlet, or part of the input's file name or of a crediting outlet",
    "search": "text to look for (articles: every word, stemmed, in title and text)",
}


@dataclass(frozen=True, slots=True)
class Listing:
    """One listing command: the store method it calls, its filters and its columns."""

    name: str
    help: str
    filters: tuple[str, ...]
    columns: Columns
    type_help: str = ""
    read: Callable[..., list[dict[str, Any]]] | None = None  # rows from (store, filters); default: store.<method>(**filters)
    shape: Callable[[dict[str, Any]], dict[str, Any]] | None = None  # derived display columns

    @property
    def method(self) -> str:
        return self.name.replace("-", "_")


def _with_actors(row: dict[str, Any]) -> dict[str, Any]:
    """Actor and recipient by name with their country ("Annalena Baerbock (DEU)"), and a short
    reference of an event in a table (the article id's first 8 characters and the event id)."""
    if "event_id" in row:
        row["ref"] = f"{row['article_id'][:8]}/{row['event_id']}"
    row["actor"] = _named(row.get("actor_name"), row.get("actor_country"))
    row["recipient"] = _named(row.get("recipient_name"), row.get("recipient_country"))
    return row


def _quote_ref(row: dict[str, Any]) -> dict[str, Any]:
    row["ref"] = f"{row['article_id'][:8]}/{row['quote_id']}"
    return row


def _named(name: str | None, country: str | None) -> str | None:
    if name and country and country not in name:
        return f"{name} ({country})"
    return name or country


def _filtered(rows: list[dict[str, Any]], field: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
    """Filters for the small tables the store lists whole (rejections, duplicates)."""
    kind, search = filters.get("type"), filters.get("search")
    rows = [r for r in rows if not kind or str(r[field]).lower() == kind.lower()]
    rows = [r for r in rows if not search or any(search.lower() in str(v).lower() for v in r.values() if v is not None)]
    return rows[: filters.get("limit", 100)]


LISTINGS = (
    Listing(
        "articles",
        "List stored articles with their date and what was found in each.",
        ("since", "until", "source", "search"),
        Columns(
            ("id", "date", "date_inferred", "outlet", "title", "source", "url", "pipeline_version", "added_at", "entities", "times", "events"),
            ("id", "date", "outlet", "title", "entities", "times", "events"),
        ),
    ),
    Listing(
        "entities",
        "List entities across stored articles, most frequent first.",
        ("type", "country", "search"),
        Columns(("name", "type", "country", "sector", "articles", "mentions")),
        type_help="entity type (PERSON, ORG, OUTLET, COUNTRY, PLACE, WEAPON, EVENT)",
    ),
    Listing(
        "quotes",
        "List stored quotes with speaker, cue and the outlets credited. In a table, ref is the article id's first 8 characters and the quote id.",
        ("actor", "since", "until", "source", "search"),
        Columns(("article_id", "quote_id", "kind", "speaker_name", "cue", "medium", "via", "content", "date"), ("date", "ref", "kind", "speaker_name", "cue", "content")),
        shape=_quote_ref,
    ),
    Listing(
        "events",
        "List stored events: PLOVER type, CAMEO code, actor, recipient, place, date, evidence. In a table, actors and places are shown by name (with the actor's country) and ref is the article id's first 8 characters and the event id.",
        ("actor", "country", "type", "since", "until", "source", "search"),
        Columns(
            (
                "article_id",
                "event_id",
                "type",
                "mode",
                "cameo",
                "actor_name",
                "actor_country",
                "actor_sector",
                "recipient_name",
                "recipient_country",
                "recipient_sector",
                "date",
                "date_value",
                "place",
                "modality",
                "reported_by",
                "evidence",
                "confidence",
            ),
            ("date", "ref", "type", "actor", "recipient", "place", "evidence"),
        ),
        type_help="PLOVER event type (AGREE, CONSULT, ASSAULT ...)",
        shape=_with_actors,
    ),
    Listing(
        "corpus-events",
        "List corpus events: one happening with all its reports, outlet counts and flags where outlets disagree.",
        ("actor", "country", "type", "since", "until", "source", "search"),
        Columns(
            (
                "id",
                "type",
                "actor_name",
                "actor_country",
                "recipient_name",
                "recipient_country",
                "place",
                "date",
                "articles",
                "outlets",
                "mentions",
                "first_seen",
                "last_seen",
                "story_id",
                "outlet_names",
                "flags",
            ),
            ("id", "date", "type", "actor", "recipient", "place", "outlets", "flags"),
        ),
        type_help="PLOVER event type",
        shape=_with_actors,
    ),
    Listing(
        "stories",
        "List stories: articles about one happening, with their near-duplicate links.",
        ("since", "until", "search"),
        Columns(("id", "title", "articles", "outlets", "first_seen", "last_seen")),
    ),
    Listing(
        "flags",
        "List the flags of stored articles: where an article contradicts itself (kind, message, values).",
        ("type", "since", "until", "source", "search"),
        Columns(("article_id", "flag_no", "kind", "message", "values", "date", "outlet", "title", "source"), ("date", "source", "kind", "message", "values")),
        type_help="flag kind (date_conflict, date_unknown ...)",
    ),
    Listing(
        "rejections",
        "List the inputs ingest rejected: file or source, error code, reason and message.",
        ("type", "search"),
        Columns(("source", "code", "reason", "message", "detail", "added_at"), ("source", "code", "reason", "message")),
        type_help="rejection reason (empty, binary, not_an_article ...)",
        read=lambda store, f: _filtered(store.rejections(), "reason", f),
    ),
    Listing(
        "duplicates",
        "List inputs that repeat a stored article: exact copies (not stored again) and near-duplicates (stored, linked).",
        ("type", "search"),
        Columns(("source", "article_id", "duplicate_of", "kind", "similarity")),
        type_help="exact or near",
        read=lambda store, f: _filtered(store.duplicates(), "kind", f),
    ),
)


def _filter_options(listing: Listing) -> Callable[..., Any]:
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        for name in reversed(listing.filters):
            if name in ("since", "until"):
                func = day_option(name, f"only rows dated {'on or after' if name == 'since' else 'on or before'} this day")(func)
            elif name == "type":
                func = click.option("--type", "type_", default=None, help=listing.type_help)(func)
            else:
                func = click.option(f"--{name}", default=None, help=FILTER_HELP["speaker" if listing.name == "quotes" and name == "actor" else name])(func)
        return func

    return decorate


def _listing_command(listing: Listing) -> click.Command:
    @click.command(listing.name, help=listing.help + _columns_help(listing))
    @db_option
    @_filter_options(listing)
    @click.option("--limit", default=100, show_default=True, type=click.IntRange(min=1), help="at most this many rows")
    @output_options()
    @verbosity_options
    @translate_errors
    def command(db: str, fmt: str, output: Path | None, verbose: int, quiet: bool, limit: int, type_: str | None = None, **filters: Any) -> None:
        setup_logging(verbose, quiet)
        check_range(filters.get("since"), filters.get("until"))
        from ..store import open_store

        filters = {k: v for k, v in {**filters, "type": type_, "limit": limit}.items() if v is not None}
        with open_store(db, create=False) as store:
            rows = listing.read(store, filters) if listing.read else getattr(store, listing.method)(**filters)
            if not rows:
                _check_values(store, listing, filters)
        if listing.shape and fmt == "table":  # derived display columns; json and csv keep the stored ones
            rows = [listing.shape(dict(row)) for row in rows]
        emit(render(rows, fmt, listing.columns, width=None if output is None else FILE_WIDTH), output)

    return command


def _check_values(store: Any, listing: Listing, filters: dict[str, Any]) -> None:
    """A --type or --country that the store holds nowhere is a usage error naming what it holds."""
    for name in ("type", "country"):
        value = filters.get(name)
        if value is None or name not in listing.filters:
            continue
        present = store.distinct(f"{listing.method}.{name}")
        if value.casefold() not in {p.casefold() for p in present}:
            shown = ", ".join(present) if present else "none (the store holds no rows of this kind)"
            raise click.BadParameter(f"no {listing.name} with {name} {value!r} in this store; values present: {shown}", param_hint=f"'--{name}'")


def _columns_help(listing: Listing) -> str:
    table = "" if listing.columns.shown == listing.columns.all else f" A table shows {', '.join(listing.columns.shown)}."
    return f"\n\nColumns (csv and json): {', '.join(listing.columns.all)}.{table}"


QUERY_COMMANDS = tuple(_listing_command(listing) for listing in LISTINGS)

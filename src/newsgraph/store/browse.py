"""Paged reads for browsing a store (the HTTP API and web UI): lists with offset and limit,
one article's rows, and the aggregates the UI draws (timeline, actor network, map points).

Shared SQLAlchemy Core over every backend, like ``queries.py``; rows come back typed the same
way (dates as ``datetime.date``, lists as lists).  Text filters are bound parameters; LIKE
wildcards in them are escaped, and full-text search goes through the backend's quoting
(``Backend.search_ids``), so no user text is ever read as query syntax.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Text, cast, func, select
from sqlalchemy.engine import Connection

from ..errors import InvalidDate
from . import schema
from .base import check_text_filters
from .rows import contains
from .rows import fetch_dicts as _dicts
from .rows import fetch_grouped as _grouped
from .sql import SQLStore

a, e, q, t, v = schema.articles, schema.entities, schema.quotes, schema.times, schema.events
ce, cm, cf = schema.corpus_events, schema.corpus_mentions, schema.corpus_flags


@dataclass(frozen=True, slots=True)
class Page:
    """One page of rows; ``more`` tells whether rows follow it."""

    rows: list[dict[str, Any]]
    limit: int
    offset: int
    more: bool


# The filters each listing understands (the API rejects any other, naming these).
FILTERS: dict[str, tuple[str, ...]] = {
    "articles": ("search", "since", "until", "source"),
    "entities": ("search", "type", "country", "article"),
    "quotes": ("search", "speaker", "source", "since", "until", "article"),
    "events": ("search", "actor", "recipient", "country", "type", "source", "place", "since", "until", "article"),
    "corpus_events": ("search", "actor", "country", "type", "source", "since", "until"),
}


def page(store: SQLStore, kind: str, filters: dict[str, Any], limit: int, offset: int = 0) -> Page:
    """Rows ``offset`` to ``offset + limit`` of listing ``kind`` (a key of FILTERS)."""
    unknown = set(filters) - set(FILTERS[kind])
    if unknown:
        raise ValueError(f"{kind} has no filter {', '.join(sorted(unknown))}")
    check_text_filters(filters)
    build: Callable[..., Any] = _BUILDERS[kind]
    with store._engine.connect() as conn:
        stmt = build(store._backend, {k: v for k, v in filters.items() if v not in (None, "")})
        rows = _dicts(conn, stmt.limit(limit + 1).offset(offset))
        more = len(rows) > limit
        rows = rows[:limit]
        if kind == "corpus_events":
            _attach_reports(conn, store._backend, rows)
    return Page(rows, limit, offset, more)


def _articles(backend: Any, f: dict[str, Any]) -> Any:
    counted = [select(func.count()).select_from(tb).where(tb.c.article_id == a.c.id).scalar_subquery().label(name) for name, tb in (("entities", e), ("quotes", q), ("events", v))]
    stmt = select(a.c.id, a.c.date, a.c.date_inferred, a.c.outlet, a.c.title, a.c.url, *counted)
    stmt = _dated(stmt, a.c.date, f)
    if f.get("source"):
        stmt = stmt.where((a.c.outlet == f["source"]) | contains(a.c.source, f["source"]))
    if f.get("search"):
        stmt = stmt.where(a.c.id.in_(backend.search_ids(f["search"])))
    return stmt.order_by(a.c.date.desc().nulls_last(), backend.sort_key(a.c.id))


def _entities(backend: Any, f: dict[str, Any]) -> Any:
    count = func.count(e.c.article_id.distinct()).label("articles")
    mentions = func.sum(e.c.mentions).label("mentions")
    stmt = select(e.c.name, e.c.type, e.c.country, e.c.sector, count, mentions)
    if f.get("type"):
        stmt = stmt.where(e.c.type == f["type"].upper())
    if f.get("country"):
        stmt = stmt.where(e.c.country == f["country"].upper())
    if f.get("search"):
        stmt = stmt.where(contains(e.c.name, f["search"]))
    if f.get("article"):
        stmt = stmt.where(e.c.article_id == f["article"])
    stmt = stmt.group_by(e.c.name, e.c.type, e.c.country, e.c.sector)
    return stmt.order_by(count.desc(), mentions.desc(), backend.sort_key(e.c.name), e.c.type, e.c.country.nulls_last(), e.c.sector.nulls_last())


def _quotes(backend: Any, f: dict[str, Any]) -> Any:
    stmt = select(q.c.article_id, q.c.quote_id, q.c.kind, q.c.speaker_name, q.c.cue, q.c.medium, q.c.via, q.c.content, a.c.date, a.c.outlet, a.c.title).join(a, a.c.id == q.c.article_id)
    if f.get("speaker"):
        stmt = stmt.where(contains(q.c.speaker_name, f["speaker"]))
    if f.get("search"):
        stmt = stmt.where(contains(q.c.content, f["search"]))
    if f.get("source"):
        stmt = stmt.where(contains(cast(q.c.via, Text), f["source"]) | (a.c.outlet == f["source"]))
    if f.get("article"):
        stmt = stmt.where(q.c.article_id == f["article"])
    stmt = _dated(stmt, a.c.date, f)
    return stmt.order_by(a.c.date.desc().nulls_last(), backend.sort_key(q.c.article_id), backend.sort_key(q.c.quote_id))


def _events(backend: Any, f: dict[str, Any]) -> Any:
    stmt = select(v, a.c.outlet, a.c.title).join(a, a.c.id == v.c.article_id)
    for side in ("actor", "recipient"):
        if f.get(side):
            stmt = stmt.where((v.c[f"{side}_country"] == f[side].upper()) | contains(v.c[f"{side}_name"], f[side]))
    if f.get("country"):
        stmt = stmt.where((v.c.actor_country == f["country"].upper()) | (v.c.recipient_country == f["country"].upper()))
    if f.get("type"):
        stmt = stmt.where(v.c.type == f["type"].upper())
    if f.get("source"):
        stmt = stmt.where(contains(cast(v.c.reported_by, Text), f["source"]) | (a.c.outlet == f["source"]))
    if f.get("place"):
        stmt = stmt.where(contains(v.c.place, f["place"]))
    if f.get("search"):
        stmt = stmt.where(contains(v.c.evidence, f["search"]))
    if f.get("article"):
        stmt = stmt.where(v.c.article_id == f["article"])
    stmt = _dated(stmt, v.c.date, f)
    return stmt.order_by(v.c.date.desc().nulls_last(), backend.sort_key(v.c.article_id), func.length(v.c.event_id), backend.sort_key(v.c.event_id))


def _corpus_events(backend: Any, f: dict[str, Any]) -> Any:
    stmt = select(ce)
    if f.get("actor"):
        stmt = stmt.where((ce.c.actor_country == f["actor"].upper()) | contains(ce.c.actor_name, f["actor"]))
    if f.get("country"):
        stmt = stmt.where((ce.c.actor_country == f["country"].upper()) | (ce.c.recipient_country == f["country"].upper()))
    if f.get("type"):
        stmt = stmt.where(ce.c.type == f["type"].upper())
    if f.get("source"):
        stmt = stmt.where(ce.c.id.in_(select(cm.c.corpus_event_id).where(contains(cm.c.outlet, f["source"]))))
    if f.get("search"):
        stmt = stmt.where(ce.c.id.in_(select(cm.c.corpus_event_id).where(contains(cm.c.evidence, f["search"]))))
    return _dated(stmt, ce.c.date, f).order_by(ce.c.outlets.desc(), ce.c.articles.desc(), ce.c.id)


_BUILDERS: dict[str, Callable[..., Any]] = {"articles": _articles, "entities": _entities, "quotes": _quotes, "events": _events, "corpus_events": _corpus_events}


def _attach_reports(conn: Connection, backend: Any, rows: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in rows]
    reports = _grouped(
        conn, select(cm).where(cm.c.corpus_event_id.in_(ids)).order_by(cm.c.date.asc().nulls_last(), backend.sort_key(cm.c.article_id), backend.sort_key(cm.c.event_id)), "corpus_event_id"
    )
    flags = _grouped(conn, select(cf).where(cf.c.corpus_event_id.in_(ids)).order_by(cf.c.flag_no), "corpus_event_id")
    for row in rows:
        row["outlet_names"] = sorted({r["outlet"] for r in reports[row["id"]] if r["outlet"]})
        row["flags"] = [{"kind": x["kind"], "message": x["message"], "values": x["values"]} for x in flags[row["id"]]]
        row["reports"] = [{k: r[k] for k in ("article_id", "event_id", "outlet", "date", "place", "evidence")} for r in reports[row["id"]]]


# --- aggregates for the UI ------------------------------------------------------------------


def timeline(store: SQLStore, filters: dict[str, Any]) -> list[dict[str, Any]]:
    """Events per day and type (dated events only), oldest day first."""
    f = {k: val for k, val in filters.items() if val not in (None, "")}
    inner = _events(store._backend, f).order_by(None).subquery()
    n = func.count().label("events")
    stmt = select(inner.c.date, inner.c.type, n).where(inner.c.date.is_not(None)).group_by(inner.c.date, inner.c.type).order_by(inner.c.date, inner.c.type)
    with store._engine.connect() as conn:
        return _dicts(conn, stmt)


def network(store: SQLStore, filters: dict[str, Any], limit: int) -> dict[str, Any]:
    """Who acts on whom and how often: actors (a country code, else a name) and weighted edges
    between them, the ``limit`` heaviest edges."""
    f = {k: val for k, val in filters.items() if val not in (None, "")}
    inner = _events(store._backend, f).order_by(None).subquery()
    source = func.coalesce(inner.c.actor_country, inner.c.actor_name)
    target = func.coalesce(inner.c.recipient_country, inner.c.recipient_name)
    n = func.count().label("events")
    stmt = select(source.label("source"), target.label("target"), inner.c.type, n).where(source.is_not(None) & target.is_not(None) & (source != target)).group_by(source, target, inner.c.type)
    with store._engine.connect() as conn:
        rows = _dicts(conn, stmt)
    return _graph(rows, limit)


def _graph(rows: list[dict[str, Any]], limit: int) -> dict[str, Any]:
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        edge = edges.setdefault((row["source"], row["target"]), {"source": row["source"], "target": row["target"], "events": 0, "types": {}})
        edge["events"] += row["events"]
        edge["types"][row["type"]] = edge["types"].get(row["type"], 0) + row["events"]
    kept = sorted(edges.values(), key=lambda x: (-x["events"], x["source"], x["target"]))[:limit]
    weight: Counter = Counter()
    for edge in kept:
        weight[edge["source"]] += edge["events"]
        weight[edge["target"]] += edge["events"]
    nodes = [{"id": name, "events": n} for name, n in sorted(weight.items(), key=lambda x: (-x[1], x[0]))]
    return {"nodes": nodes, "edges": kept}


def place_points(store: SQLStore, filters: dict[str, Any], max_articles: int) -> list[dict[str, Any]]:
    """The places of events with coordinates, with how many events each holds.

    Coordinates live in the stored documents (not in the events table), so the newest
    ``max_articles`` articles with placed events are read."""
    f = {k: val for k, val in filters.items() if val not in (None, "")}
    inner = _events(store._backend, f).order_by(None).where(v.c.place.is_not(None)).subquery()
    wanted = select(inner.c.article_id, inner.c.event_id)
    with store._engine.connect() as conn:
        chosen: dict[str, set[str]] = defaultdict(set)
        for article_id, event_id in conn.execute(wanted):
            chosen[article_id].add(event_id)
        ids = sorted(chosen)
        docs = conn.execute(select(a.c.id, a.c.document).where(a.c.id.in_(ids)).order_by(a.c.date.desc().nulls_last()).limit(max_articles)).all() if ids else []
    points: dict[tuple[float, float, str], dict[str, Any]] = {}
    for article_id, document in docs:
        _add_points(points, json.loads(document), chosen[article_id], article_id)
    return sorted(points.values(), key=lambda p: (-p["events"], p["name"]))


def _add_points(points: dict, doc: dict[str, Any], event_ids: set[str], article_id: str) -> None:
    names = {x["id"]: x["name"] for x in doc.get("entities", [])}
    places = {p["entity"]: p for p in doc.get("places", []) if p.get("lat") is not None and p.get("lon") is not None}
    for event in doc.get("events", []):
        place = places.get(event.get("place"))
        if event["id"] not in event_ids or place is None:
            continue
        key = (round(place["lat"], 3), round(place["lon"], 3), names.get(place["entity"], ""))
        point = points.setdefault(key, {"name": key[2], "lat": key[0], "lon": key[1], "country": place.get("country"), "events": 0, "types": {}, "examples": []})
        point["events"] += 1
        point["types"][event["type"]] = point["types"].get(event["type"], 0) + 1
        if len(point["examples"]) < 5:
            point["examples"].append({"article_id": article_id, "event_id": event["id"], "type": event["type"]})


def facets(store: SQLStore) -> dict[str, Any]:
    """What exists to filter by: event types, actor countries, entity types, outlets (counts)."""
    with store._engine.connect() as conn:

        def counted(col: Any) -> dict[str, int]:
            rows = conn.execute(select(col, func.count()).where(col.is_not(None)).group_by(col).order_by(func.count().desc(), col))
            return {str(k): int(n) for k, n in rows}

        return {"event_types": counted(v.c.type), "countries": counted(v.c.actor_country), "entity_types": counted(e.c.type), "outlets": counted(a.c.outlet)}


def _dated(stmt: Any, col: Any, f: dict[str, Any]) -> Any:
    if f.get("since"):
        stmt = stmt.where(col >= _day(f["since"], "since"))
    if f.get("until"):
        stmt = stmt.where(col <= _day(f["until"], "until"))
    return stmt


def _day(value: Any, name: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise InvalidDate(f"{name} is not a date: {value!r}") from exc

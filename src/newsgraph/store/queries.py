"""The reading queries of a store, shared by every backend (SQLAlchemy Core).

Each takes a connection, the backend (for sort order and full-text search) and keyword
filters (``base.Query``), and returns typed rows: dates as ``datetime.date``, lists as lists,
booleans as booleans.  Text filters are bound parameters with LIKE wildcards taken literally
(``rows.contains``); full-text search goes through the backend's quoting.  Rows are ordered the same way by every backend (NULL dates last,
names in code-point order).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Text, cast, func, select, text
from sqlalchemy.engine import Connection

from ..errors import InvalidDate
from . import schema
from .backends import Backend
from .base import CorpusInput, Query
from .rows import contains
from .rows import fetch_dicts as _dicts
from .rows import fetch_grouped as _grouped

a, e, q, t, v, fl = schema.articles, schema.entities, schema.quotes, schema.times, schema.events, schema.flags


def articles(conn: Connection, backend: Backend, filters: dict[str, Any]) -> list[dict[str, Any]]:
    f = Query.of(**filters)
    counted = {name: select(func.count()).select_from(table).where(table.c.article_id == a.c.id).scalar_subquery().label(name) for name, table in (("entities", e), ("times", t), ("events", v))}
    stmt = select(a.c.id, a.c.date, a.c.date_inferred, a.c.outlet, a.c.title, a.c.source, a.c.url, a.c.pipeline_version, a.c.added_at, *counted.values())
    stmt = _dated(stmt, a.c.date, f)
    if f.source:
        stmt = stmt.where((a.c.outlet == f.source) | contains(a.c.source, f.source))
    if f.search:
        stmt = stmt.where(a.c.id.in_(backend.search_ids(f.search)))
    return _dicts(conn, stmt.order_by(a.c.date.asc().nulls_last(), backend.sort_key(a.c.id)).limit(f.limit))


def entities(conn: Connection, backend: Backend, filters: dict[str, Any]) -> list[dict[str, Any]]:
    f = Query.of(**filters)
    count = func.count(e.c.article_id.distinct()).label("articles")
    mentions = func.sum(e.c.mentions).label("mentions")
    stmt = select(e.c.name, e.c.type, e.c.country, e.c.sector, count, mentions)
    if f.type:
        stmt = stmt.where(e.c.type == f.type.upper())
    if f.country:
        stmt = stmt.where(e.c.country == f.country.upper())
    name_filter = f.actor or f.search
    if name_filter:
        stmt = stmt.where(contains(e.c.name, name_filter))
    stmt = stmt.group_by(e.c.name, e.c.type, e.c.country, e.c.sector)
    stmt = stmt.order_by(count.desc(), mentions.desc(), backend.sort_key(e.c.name), e.c.type, e.c.country.nulls_last(), e.c.sector.nulls_last())
    rows = _dicts(conn, stmt.limit(f.limit))
    for row in rows:
        row["mentions"] = int(row["mentions"])
    return rows


def quotes(conn: Connection, backend: Backend, filters: dict[str, Any]) -> list[dict[str, Any]]:
    f = Query.of(**filters)
    stmt = select(q.c.article_id, q.c.quote_id, q.c.kind, q.c.speaker_name, q.c.cue, q.c.medium, q.c.via, q.c.content, a.c.date).join(a, a.c.id == q.c.article_id)
    if f.actor:
        stmt = stmt.where(contains(q.c.speaker_name, f.actor))
    if f.search:
        stmt = stmt.where(contains(q.c.content, f.search))
    if f.source:
        stmt = stmt.where(contains(cast(q.c.via, Text), f.source))
    stmt = _dated(stmt, a.c.date, f)
    return _dicts(conn, stmt.order_by(a.c.date.asc().nulls_last(), backend.sort_key(q.c.article_id), *_natural(q.c.quote_id, backend)).limit(f.limit))


def events(conn: Connection, backend: Backend, filters: dict[str, Any]) -> list[dict[str, Any]]:
    f = Query.of(**filters)
    stmt = select(v)
    if f.actor:
        stmt = stmt.where((v.c.actor_country == f.actor.upper()) | contains(v.c.actor_name, f.actor))
    if f.country:
        stmt = stmt.where((v.c.actor_country == f.country.upper()) | (v.c.recipient_country == f.country.upper()))
    if f.type:
        stmt = stmt.where(v.c.type == f.type.upper())
    if f.source:
        stmt = stmt.where(contains(cast(v.c.reported_by, Text), f.source))
    if f.search:
        stmt = stmt.where(contains(v.c.evidence, f.search))
    stmt = _dated(stmt, v.c.date, f)
    return _dicts(conn, stmt.order_by(v.c.date.asc().nulls_last(), backend.sort_key(v.c.article_id), *_natural(v.c.event_id, backend)).limit(f.limit))


def corpus_events(conn: Connection, backend: Backend, filters: dict[str, Any]) -> list[dict[str, Any]]:
    """Corpus events, each with its reports (article, outlet, date, evidence) and flags."""
    f = Query.of(**filters)
    ce, m = schema.corpus_events, schema.corpus_mentions
    stmt = select(ce)
    if f.actor:
        stmt = stmt.where((ce.c.actor_country == f.actor.upper()) | contains(ce.c.actor_name, f.actor))
    if f.country:
        stmt = stmt.where((ce.c.actor_country == f.country.upper()) | (ce.c.recipient_country == f.country.upper()))
    if f.type:
        stmt = stmt.where(ce.c.type == f.type.upper())
    if f.source:
        stmt = stmt.where(ce.c.id.in_(select(m.c.corpus_event_id).where(contains(m.c.outlet, f.source))))
    if f.search:
        stmt = stmt.where(ce.c.id.in_(select(m.c.corpus_event_id).where(contains(m.c.evidence, f.search))))
    stmt = _dated(stmt, ce.c.date, f).order_by(ce.c.outlets.desc(), ce.c.articles.desc(), ce.c.id).limit(f.limit)
    rows = _dicts(conn, stmt)
    ids = [row["id"] for row in rows]
    reports = _grouped(conn, select(m).where(m.c.corpus_event_id.in_(ids)).order_by(m.c.date.asc().nulls_last(), backend.sort_key(m.c.article_id), *_natural(m.c.event_id, backend)), "corpus_event_id")
    flags = _grouped(conn, select(schema.corpus_flags).where(schema.corpus_flags.c.corpus_event_id.in_(ids)).order_by(schema.corpus_flags.c.flag_no), "corpus_event_id")
    for row in rows:
        row["outlet_names"] = sorted({r["outlet"] for r in reports[row["id"]] if r["outlet"]})
        row["flags"] = [{"kind": x["kind"], "message": x["message"], "values": x["values"]} for x in flags[row["id"]]]
        row["reports"] = [{k: r[k] for k in ("article_id", "event_id", "outlet", "date", "place", "evidence")} for r in reports[row["id"]]]
    return rows


def stories(conn: Connection, backend: Backend, filters: dict[str, Any]) -> list[dict[str, Any]]:
    """Stories with their articles and the near-duplicate links among them."""
    f = Query.of(**filters)
    s, sa, d = schema.stories, schema.story_articles, schema.duplicates
    stmt = select(s)
    if f.search:
        stmt = stmt.where(contains(s.c.title, f.search))
    stmt = _dated(stmt, s.c.first_seen, f).order_by(s.c.articles.desc(), s.c.first_seen.asc().nulls_last(), s.c.id).limit(f.limit)
    rows = _dicts(conn, stmt)
    ids = [row["id"] for row in rows]
    members = _grouped(
        conn,
        select(sa.c.story_id, sa.c.article_id, sa.c.link, a.c.outlet, a.c.date, a.c.title)
        .join(a, a.c.id == sa.c.article_id)
        .where(sa.c.story_id.in_(ids))
        .order_by(a.c.date.asc().nulls_last(), backend.sort_key(sa.c.article_id)),
        "story_id",
    )
    near = _dicts(
        conn, select(d.c.article_id, d.c.duplicate_of, d.c.similarity, sa.c.story_id).join(sa, sa.c.article_id == d.c.article_id).where(sa.c.story_id.in_(ids) & (d.c.kind == "near")).order_by(d.c.id)
    )
    links: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for link in near:
        links[link.pop("story_id")].append(link)
    for row in rows:
        row["members"] = [{k: x[k] for k in ("article_id", "outlet", "date", "title", "link")} for x in members[row["id"]]]
        row["near_duplicates"] = links[row["id"]]
    return rows


def flags(conn: Connection, backend: Backend, filters: dict[str, Any]) -> list[dict[str, Any]]:
    """The flags of stored articles (contradictions within one article), with the article's
    date, outlet, title and source."""
    f = Query.of(**filters)
    stmt = select(fl.c.article_id, fl.c.flag_no, fl.c.kind, fl.c.message, fl.c["values"], a.c.date, a.c.outlet, a.c.title, a.c.source).join(a, a.c.id == fl.c.article_id)
    if f.type:
        stmt = stmt.where(fl.c.kind == f.type.lower())
    if f.source:
        stmt = stmt.where((a.c.outlet == f.source) | contains(a.c.source, f.source))
    if f.search:
        stmt = stmt.where(contains(fl.c.message, f.search) | contains(cast(fl.c["values"], Text), f.search))
    stmt = _dated(stmt, a.c.date, f)
    return _dicts(conn, stmt.order_by(a.c.date.asc().nulls_last(), backend.sort_key(fl.c.article_id), fl.c.flag_no).limit(f.limit))


# The columns whose distinct values a command lists when a filter matches none of them.
DISTINCT = {
    "events.type": (v.c.type,),
    "events.country": (v.c.actor_country, v.c.recipient_country),
    "entities.type": (e.c.type,),
    "entities.country": (e.c.country,),
    "corpus_events.type": (schema.corpus_events.c.type,),
    "corpus_events.country": (schema.corpus_events.c.actor_country, schema.corpus_events.c.recipient_country),
    "flags.type": (fl.c.kind,),
    "rejections.type": (schema.rejections.c.reason,),
    "duplicates.type": (schema.duplicates.c.kind,),
}


def distinct(conn: Connection, backend: Backend, name: str) -> list[str]:
    """The values present in the columns ``DISTINCT[name]`` ("events.type" ...), sorted."""
    found: set[str] = set()
    for col in DISTINCT[name]:
        found.update(row[0] for row in conn.execute(select(col).where(col.is_not(None)).distinct()))
    return sorted(found)


def _natural(col: Any, backend: Backend) -> tuple[Any, Any]:
    """Order of ids made of a prefix and a number ("v2" before "v10"): shorter first, then by text."""
    return func.length(col), backend.sort_key(col)


def corpus_input(conn: Connection, backend: Backend) -> CorpusInput:
    d = schema.duplicates
    return CorpusInput(
        articles=_dicts(conn, select(a.c.id, a.c.outlet, a.c.date, a.c.title).order_by(a.c.date.asc().nulls_last(), backend.sort_key(a.c.id))),
        entities=_dicts(conn, select(e.c.article_id, e.c.name, e.c.type)),
        events=_dicts(conn, select(v).order_by(backend.sort_key(v.c.article_id), backend.sort_key(v.c.event_id))),
        links=_dicts(conn, select(d.c.article_id, d.c.duplicate_of, d.c.similarity).where(d.c.kind == "near").order_by(d.c.id)),
    )


def consistency(conn: Connection, backend: Backend) -> list[str]:
    """Articles whose rows differ from their stored document, or lack their full-text row."""
    stored: dict[str, Counter] = defaultdict(Counter)
    for table in schema.ANNOTATION_TABLES:
        for article_id, n in conn.execute(select(table.c.article_id, func.count()).group_by(table.c.article_id)):
            stored[article_id][table.name] = int(n)
    problems = []
    ids = set()
    for article_id, document in conn.execute(select(a.c.id, a.c.document)):
        ids.add(article_id)
        data = json.loads(document)
        expected = Counter({name: len(data.get(name, ())) for name in ("entities", "quotes", "times", "events", "flags") if data.get(name)})
        if expected != stored.get(article_id, Counter()):
            problems.append(f"article {article_id}: rows {dict(stored.get(article_id, {}))} but document has {dict(expected)}")
    indexed = [row[0] for row in conn.execute(text("SELECT article_id FROM articles_fts"))]
    if sorted(indexed) != sorted(ids):
        problems.append(f"full-text index holds {len(indexed)} rows for {len(ids)} articles")
    orphans = set(stored) - ids
    if orphans:
        problems.append(f"rows of {len(orphans)} articles that are not stored")
    return problems


def _dated(stmt: Any, col: Any, f: Query) -> Any:
    if f.since:
        stmt = stmt.where(col >= _day_filter(f.since, "since"))
    if f.until:
        stmt = stmt.where(col <= _day_filter(f.until, "until"))
    return stmt


def _day_filter(value: str, name: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidDate(f"--{name} is not a date: {value!r}") from exc


__all__ = ("articles", "consistency", "corpus_events", "corpus_input", "distinct", "entities", "events", "flags", "quotes", "stories")

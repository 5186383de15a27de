"""A document as table rows (the indexes over the stored JSON), typed as schema.py declares."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import literal
from sqlalchemy.engine import Connection

from ..model import Document, Event

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def contains(col: Any, value: str) -> Any:
    """``col`` holds ``value`` (case-insensitive), with LIKE wildcards in ``value`` taken literally;
    the value is a bound parameter, never SQL text."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return col.ilike(literal("%") + literal(escaped) + literal("%"), escape="\\")


def now() -> datetime:
    """UTC, without a zone: both backends give the same naive value back."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def day(value: str | None) -> date | None:
    """The date of a YYYY-MM-DD value; None for partial or other values (2023-07, P3D)."""
    if not value or not _DAY.match(value[:10]):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_row(doc: Document, text_hash: str, pipeline_version: str | None) -> dict[str, Any]:
    a = doc.article
    return {
        "id": a.id,
        "source": a.source_name,
        "title": a.title,
        "byline": a.byline,
        "outlet": a.outlet,
        "url": a.url,
        "language": a.language,
        "date": day(a.date.value) if a.date else None,
        "date_inferred": bool(a.date and a.date.inferred),
        "text_hash": text_hash,
        "pipeline_version": pipeline_version,
        "document": json.dumps(doc.to_dict(), ensure_ascii=False),
        "added_at": now(),
    }


def annotation_rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Rows of each annotation table, keyed by table name."""
    aid = doc.article.id
    return {
        "entities": [
            {"article_id": aid, "entity_id": e.id, "name": e.name, "type": e.type, "country": e.country, "sector": e.sector, "roles": list(e.roles), "mentions": len(e.mentions)} for e in doc.entities
        ],
        "quotes": [
            {
                "article_id": aid,
                "quote_id": q.id,
                "kind": q.kind,
                "content": q.content.text,
                "speaker_name": q.speaker_name,
                "cue": q.cue.text if q.cue else None,
                "medium": q.medium,
                "via": list(q.via),
            }
            for q in doc.quotes
        ],
        "times": [{"article_id": aid, "time_id": t.id, "text": t.span.text, "type": t.type, "value": t.value} for t in doc.times],
        "events": [event_row(doc, e) for e in doc.events],
        "flags": [{"article_id": aid, "flag_no": n, "kind": f.kind, "message": f.message, "values": list(f.values)} for n, f in enumerate(doc.flags, 1)],
    }


def event_row(doc: Document, e: Event) -> dict[str, Any]:
    recipient = e.recipient
    place = doc.entity(e.place) if e.place else None
    return {
        "article_id": doc.article.id,
        "event_id": e.id,
        "type": e.type,
        "mode": e.mode,
        "cameo": e.cameo,
        "actor_name": e.actor.name,
        "actor_country": e.actor.country,
        "actor_sector": e.actor.sector,
        "recipient_name": recipient.name if recipient else None,
        "recipient_country": recipient.country if recipient else None,
        "recipient_sector": recipient.sector if recipient else None,
        "date": day(e.date),
        "date_value": e.date,
        "place": place.name if place else e.place,
        "modality": e.modality,
        "reported_by": list(e.reported_by),
        "evidence": e.evidence.text,
        "confidence": float(e.confidence),
    }


def fetch_dicts(conn: Connection, stmt: Any) -> list[dict[str, Any]]:
    """The rows of a statement as plain dictionaries."""
    return [dict(row._mapping) for row in conn.execute(stmt)]


def fetch_grouped(conn: Connection, stmt: Any, key: str) -> dict[Any, list[dict[str, Any]]]:
    """The rows of a statement as dictionaries, grouped by the value of one column."""
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in fetch_dicts(conn, stmt):
        grouped[row[key]].append(row)
    return grouped

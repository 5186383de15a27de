"""Flat rows of the stored data for CSV and Parquet: events, quotes and entities (one row per
annotation, read from the stored documents, so nothing the document holds is lost) and
corpus events (one row per happening). Each table's columns and types are fixed, so an
empty export still has them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..model import Actor, Document
from ..store.base import Store

STR, INT, FLOAT, BOOL, LIST, DATE = "string", "int", "float", "bool", "list", "date"

SCHEMAS: dict[str, tuple[tuple[str, str], ...]] = {
    "events": (
        ("article_id", STR),
        ("event_id", STR),
        ("date", STR),
        ("date_source", STR),
        ("type", STR),
        ("mode", STR),
        ("context", LIST),
        ("cameo", STR),
        ("actor_name", STR),
        ("actor_country", STR),
        ("actor_sector", STR),
        ("actor_code", STR),
        ("recipient_name", STR),
        ("recipient_country", STR),
        ("recipient_sector", STR),
        ("recipient_code", STR),
        ("place", STR),
        ("place_lat", FLOAT),
        ("place_lon", FLOAT),
        ("place_country", STR),
        ("place_geonameid", INT),
        ("modality", STR),
        ("confidence", FLOAT),
        ("reported_by", LIST),
        ("quote", STR),
        ("trigger", STR),
        ("evidence", STR),
        ("evidence_start", INT),
        ("evidence_end", INT),
        ("article_date", STR),
        ("outlet", STR),
        ("url", STR),
        ("source", STR),
    ),
    "quotes": (
        ("article_id", STR),
        ("quote_id", STR),
        ("kind", STR),
        ("speaker_name", STR),
        ("speaker_entity", STR),
        ("speaker_resolved", BOOL),
        ("cue", STR),
        ("medium", STR),
        ("via", LIST),
        ("content", STR),
        ("content_start", INT),
        ("content_end", INT),
        ("article_date", STR),
        ("outlet", STR),
        ("url", STR),
        ("source", STR),
    ),
    "entities": (
        ("article_id", STR),
        ("entity_id", STR),
        ("name", STR),
        ("type", STR),
        ("country", STR),
        ("sector", STR),
        ("roles", LIST),
        ("mentions", INT),
        ("first_start", INT),
        ("first_end", INT),
        ("article_date", STR),
        ("outlet", STR),
    ),
    "corpus-events": (
        ("id", INT),
        ("type", STR),
        ("actor_name", STR),
        ("actor_country", STR),
        ("recipient_name", STR),
        ("recipient_country", STR),
        ("place", STR),
        ("date", DATE),
        ("articles", INT),
        ("outlets", INT),
        ("mentions", INT),
        ("first_seen", DATE),
        ("last_seen", DATE),
        ("story_id", INT),
        ("outlet_names", LIST),
        ("flags", LIST),
        ("reports", LIST),
    ),
}
TABLES = tuple(SCHEMAS)
ALL_ROWS = 10**9


def table_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` (one of ``TABLES``)."""
    if table == "corpus-events":
        yield from _corpus_events(store)
        return
    per_document = {"events": _events, "quotes": _quotes, "entities": _entities}[table]
    for doc in store.documents():
        yield from per_document(doc)


def _article(doc: Document) -> dict[str, Any]:
    a = doc.article
    return {"article_id": a.id, "article_date": a.date.value if a.date else None, "outlet": a.outlet, "url": a.url, "source": a.source_name}


def _actor(prefix: str, actor: Actor | None) -> dict[str, Any]:
    actor = actor or Actor()
    return {f"{prefix}_name": actor.name, f"{prefix}_country": actor.country, f"{prefix}_sector": actor.sector, f"{prefix}_code": actor.code}


def _events(doc: Document) -> Iterator[dict[str, Any]]:
    places = {p.entity: p for p in doc.places}
    for e in doc.events:
        place = places.get(e.place or "")
        entity = doc.entity(e.place) if e.place else None
        yield {
            **_article(doc),
            "event_id": e.id,
            "date": e.date,
            "date_source": e.date_source,
            "type": e.type,
            "mode": e.mode,
            "context": list(e.context),
            "cameo": e.cameo,
            **_actor("actor", e.actor),
            **_actor("recipient", e.recipient),
            "place": entity.name if entity else e.place,
            "place_lat": place.lat if place else None,
            "place_lon": place.lon if place else None,
            "place_country": place.country if place else None,
            "place_geonameid": place.geonameid if place else None,
            "modality": e.modality,
            "confidence": e.confidence,
            "reported_by": list(e.reported_by),
            "quote": e.quote,
            "trigger": e.trigger.text,
            "evidence": e.evidence.text,
            "evidence_start": e.evidence.start,
            "evidence_end": e.evidence.end,
        }


def _quotes(doc: Document) -> Iterator[dict[str, Any]]:
    for q in doc.quotes:
        yield {
            **_article(doc),
            "quote_id": q.id,
            "kind": q.kind,
            "speaker_name": q.speaker_name,
            "speaker_entity": q.speaker,
            "speaker_resolved": q.speaker_resolved,
            "cue": q.cue.text if q.cue else None,
            "medium": q.medium,
            "via": list(q.via),
            "content": q.content.text,
            "content_start": q.content.start,
            "content_end": q.content.end,
        }


def _entities(doc: Document) -> Iterator[dict[str, Any]]:
    for e in doc.entities:
        first = min(e.mentions, key=lambda m: m.start) if e.mentions else None
        article = _article(doc)
        yield {
            "article_id": article["article_id"],
            "entity_id": e.id,
            "name": e.name,
            "type": e.type,
            "country": e.country,
            "sector": e.sector,
            "roles": list(e.roles),
            "mentions": len(e.mentions),
            "first_start": first.start if first else None,
            "first_end": first.end if first else None,
            "article_date": article["article_date"],
            "outlet": article["outlet"],
        }


def _corpus_events(store: Store) -> Iterator[dict[str, Any]]:
    for row in sorted(store.corpus_events(limit=ALL_ROWS), key=lambda e: e["id"]):
        row = dict(row)
        row["flags"] = [f"{f['kind']}: {', '.join(f['values'])}" for f in row.get("flags", ())]
        row["reports"] = [f"{r['article_id']}/{r['event_id']}" for r in row.get("reports", ())]
        yield row

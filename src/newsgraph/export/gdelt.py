"""The GDELT 2.0 event table: one tab-separated row per corpus event (one happening, all
its reports), in GDELT's 61 columns and order. docs/export.md describes each column and
where newsgraph's values differ from GDELT's own.

The row's codes, actors and places come from the happening's first report (the earliest
article, then the lowest article and event id); the counts from all its reports. GDELT's
table has no modality: by default only what happened (asserted or historical) is written,
not what was planned, denied, possible or hypothetical (``every_modality`` writes all).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..model import Actor, Document, Event, Place
from ..store.base import Store
from . import codes

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
# GDELT's geography types
COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5
_AREA_FEATURES = frozenset({"state", "region", "county", "continent"})
ALL_ROWS = 10**9  # the store's listings take a limit; an export wants every row
HAPPENED = frozenset({"asserted", "historical"})
CACHED = 256


@dataclass(frozen=True, slots=True)
class Source:
    """What the export needs of a stored article besides its document."""

    url: str | None
    added_at: datetime | None


def rows(store: Store, every_modality: bool = False) -> Iterator[dict[str, Any]]:
    """GDELT rows of the corpus events of ``store`` that happened (all with ``every_modality``),
    by corpus event id."""
    sources = {a["id"]: Source(a.get("url") or a.get("source"), a.get("added_at")) for a in store.articles(limit=ALL_ROWS)}
    documents: dict[str, Document | None] = {}  # recently read documents, at most CACHED
    for happening in sorted(store.corpus_events(limit=ALL_ROWS), key=lambda e: e["id"]):
        reports = happening["reports"]
        if not reports:
            continue
        first = reports[0]
        doc = _document(store, first["article_id"], documents)
        event = next((e for e in doc.events if e.id == first["event_id"]), None) if doc else None
        if doc is None or event is None or not (every_modality or event.modality in HAPPENED):
            continue
        yield row(happening, doc, event, sources.get(doc.article.id, Source(None, None)))


def _document(store: Store, article_id: str, cache: dict[str, Document | None]) -> Document | None:
    """The stored document, from a small cache of the last ones read (memory stays flat)."""
    if article_id not in cache:
        if len(cache) >= CACHED:
            del cache[next(iter(cache))]
        cache[article_id] = store.get(article_id)
    return cache[article_id]


def row(happening: dict[str, Any], doc: Document, event: Event, source: Source) -> dict[str, Any]:
    """The GDELT row of one corpus event, from its first report ``event`` in ``doc``."""
    code, base, root = codes.event_codes(event.cameo)
    day = happening.get("date") or happening.get("first_seen")
    reports = happening["reports"]
    out: dict[str, Any] = {"GlobalEventID": happening["id"], **_dates(day)}
    out.update(_actor("Actor1", event.actor))
    out.update(_actor("Actor2", event.recipient))
    out.update(
        {
            "IsRootEvent": int(_in_lead(doc, event)),
            "EventCode": code,
            "EventBaseCode": base,
            "EventRootCode": root,
            "QuadClass": codes.quad_class(root) if root else None,
            "GoldsteinScale": codes.goldstein(code) if code else None,
            "NumMentions": happening["mentions"],
            "NumSources": len({r["outlet"] or f"article {r['article_id']}" for r in reports}),
            "NumArticles": happening["articles"],
            "AvgTone": None,  # tone is not computed
        }
    )
    out.update(_geo("Actor1Geo", _actor_place(doc, event.actor)))
    out.update(_geo("Actor2Geo", _actor_place(doc, event.recipient)))
    out.update(_geo("ActionGeo", _place_of(doc, event.place)))
    out["DATEADDED"] = source.added_at.strftime("%Y%m%d%H%M%S") if source.added_at else None
    out["SOURCEURL"] = source.url
    return out


def _dates(day: date | None) -> dict[str, Any]:
    if day is None:
        return {"SQLDATE": None, "MonthYear": None, "Year": None, "FractionDate": None}
    days_in_year = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    fraction = day.year + (day.timetuple().tm_yday - 1) / days_in_year
    return {"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": day.year, "FractionDate": f"{fraction:.4f}"}


def _actor(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None or not (actor.code or actor.name or actor.country):
        return {f"{prefix}{f}": None for f in ACTOR_FIELDS}
    parts = codes.actor_parts(actor.code, actor.country)
    religions, types = (*parts.religions, "", ""), (*parts.types, "", "", "")
    values = (actor.code or parts.country, (actor.name or "").upper(), parts.country, parts.known_group, parts.ethnic, religions[0], religions[1], *types[:3])
    return {f"{prefix}{f}": (v or None) for f, v in zip(ACTOR_FIELDS, values, strict=True)}


def _in_lead(doc: Document, event: Event) -> bool:
    """GDELT's root events are those of the lead paragraph."""
    text = doc.article.text
    lead_end = text.find("\n\n")
    return event.trigger.start < (lead_end if lead_end > 0 else len(text))


def _place_of(doc: Document, entity_id: str | None) -> tuple[str, Place] | None:
    if not entity_id:
        return None
    place = next((p for p in doc.places if p.entity == entity_id), None)
    entity = doc.entity(entity_id)
    return (entity.name, place) if place is not None and entity is not None else None


def _actor_place(doc: Document, actor: Actor | None) -> tuple[str, Place] | None:
    """The actor's own place when the actor is a place or country; else its country."""
    if actor is None:
        return None
    own = _place_of(doc, actor.entity)
    if own is not None:
        return own
    facts = codes.country(actor.country)
    if facts is None:
        return None
    return facts.name, Place(entity="", lat=facts.lat, lon=facts.lon, country=actor.country, feature="country")


def _geo(prefix: str, found: tuple[str, Place] | None) -> dict[str, Any]:
    if found is None:
        return {f"{prefix}_{f}": None for f in GEO_FIELDS}
    name, place = found
    facts = codes.country(place.country)
    fips = facts.fips if facts else ""
    kind = _geo_type(place)
    full_name = name if kind == COUNTRY or facts is None or facts.name == name else f"{name}, {facts.name}"
    admin1 = "" if kind == COUNTRY else codes.admin1(place.geonameid)
    values = (kind, full_name, fips, fips + admin1, None, place.lat, place.lon, fips if kind == COUNTRY else place.geonameid)
    return {f"{prefix}_{f}": (v if v != "" else None) for f, v in zip(GEO_FIELDS, values, strict=True)}


def _geo_type(place: Place) -> int:
    if place.feature == "country":
        return COUNTRY
    area = place.feature in _AREA_FEATURES
    if place.country == "USA":
        return US_STATE if area else US_CITY
    return WORLD_STATE if area else WORLD_CITY

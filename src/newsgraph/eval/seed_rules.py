"""The matching rules of the seed gold, one pair of functions per section.

For each section: ``key_*`` says whether a predicted record is the gold item at all (None when
not, else how many of the item's further attributes agree, used to pick the best candidate),
and ``attributes_*`` lists each further attribute the gold item states with whether the
prediction has it right. The rules follow the README beside the seed gold.
"""

from __future__ import annotations

from typing import Any

from ..model import Document, Entity, Event, Flag, Quote, TimeExpr
from .matching import canonical_name, haversine_km, normalize_text

Gold = dict[str, Any]


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and canonical_name(a) == canonical_name(b)


def _entity_name(doc: Document, entity_id: str | None) -> str | None:
    entity = doc.entity(entity_id) if entity_id else None
    return entity.name if entity else None


def _score(attributes: dict[str, bool]) -> int:
    return sum(attributes.values())


# --- entities ------------------------------------------------------------------------------


def entity_key(doc: Document, gold: Gold, entity: Entity) -> int | None:
    if not _same(entity.name, gold["name"]) or ("type" in gold and entity.type != gold["type"]):
        return None
    return _score(entity_attributes(doc, gold, entity))


def entity_attributes(doc: Document, gold: Gold, entity: Entity) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    surfaces = {m.text.lower() for m in entity.mentions}
    if "country" in gold:
        checks["country"] = entity.country == gold["country"]
    if "roles_any" in gold:
        roles = {canonical_name(r) for r in entity.roles}
        checks["roles_any"] = any(canonical_name(r) in roles for r in gold["roles_any"])
    if "mentions_all" in gold:
        checks["mentions_all"] = all(m.lower() in surfaces for m in gold["mentions_all"])
    if "mentions_some" in gold:
        checks["mentions_some"] = any(m.lower() in surfaces for m in gold["mentions_some"])
    if "lat" in gold and "lon" in gold:
        checks["coordinates"] = _near(doc, entity, gold)
    return checks


def _near(doc: Document, entity: Entity, gold: Gold) -> bool:
    tolerance = float(gold.get("tolerance_km", 161.0))
    return any(p.lat is not None and p.lon is not None and haversine_km(p.lat, p.lon, gold["lat"], gold["lon"]) <= tolerance for p in doc.places if p.entity == entity.id)


def _bears_name(entity: Entity, name: str) -> bool:
    return _same(entity.name, name) or any(_same(m.text, name) for m in entity.mentions)


def entity_forbidden(doc: Document, gold: Gold) -> bool:
    """With a type: no entity of that type may bear the name. Without: the name is not split."""
    bearers = [e for e in doc.entities if _bears_name(e, gold["name"])]
    if "type" in gold:
        return any(e.type == gold["type"] for e in bearers)
    return len(bearers) > 1


# --- quotes --------------------------------------------------------------------------------


def _content_matches(quote: Quote, gold: Gold) -> bool:
    content = normalize_text(quote.content.text)
    if "content_starts" in gold:
        return content.startswith(normalize_text(gold["content_starts"]))
    return normalize_text(gold.get("content_contains", "")) in content


def quote_key(doc: Document, gold: Gold, quote: Quote) -> int | None:
    return _score(quote_attributes(doc, gold, quote)) if _content_matches(quote, gold) else None


def _speaker_right(doc: Document, gold: Gold, quote: Quote) -> bool:
    if gold["speaker"] is None:
        return quote.speaker is None and quote.speaker_name is None
    return _same(_entity_name(doc, quote.speaker), gold["speaker"]) or _same(quote.speaker_name, gold["speaker"])


def quote_attributes(doc: Document, gold: Gold, quote: Quote) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    if "speaker" in gold:
        checks["speaker"] = _speaker_right(doc, gold, quote)
    if "cue" in gold:
        checks["cue"] = quote.cue is not None and normalize_text(quote.cue.text) == normalize_text(gold["cue"])
    if "via" in gold:
        via = {canonical_name(v) for v in quote.via}
        checks["via"] = all(canonical_name(v) in via for v in gold["via"])
    if "kind" in gold:
        checks["kind"] = quote.kind == gold["kind"]
    if "medium" in gold:
        checks["medium"] = _same(quote.medium, gold["medium"])
    return checks


def quote_forbidden(doc: Document, gold: Gold) -> bool:
    return any(_content_matches(q, gold) and all(quote_attributes(doc, gold, q).values()) for q in doc.quotes)


# --- times ---------------------------------------------------------------------------------


def time_key(doc: Document, gold: Gold, time: TimeExpr) -> int | None:
    if normalize_text(time.span.text) != normalize_text(gold["text"]):
        return None
    if gold.get("first_occurrence") and time.span.start != doc.article.text.find(gold["text"]):
        return None
    return _score(time_attributes(doc, gold, time))


def time_attributes(doc: Document, gold: Gold, time: TimeExpr) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    if "value" in gold:
        checks["value"] = time.value == gold["value"]
    if "value_prefix" in gold:
        checks["value"] = time.value.startswith(gold["value_prefix"])
    if "type" in gold:
        checks["type"] = time.type == gold["type"]
    if "mod" in gold:
        checks["mod"] = time.mod == gold["mod"]
    return checks


def time_forbidden(doc: Document, gold: Gold) -> bool:
    return any(time_key(doc, gold, t) is not None and all(time_attributes(doc, gold, t).values()) for t in doc.times)


# --- events --------------------------------------------------------------------------------


def _recipient_country(event: Event) -> str | None:
    return event.recipient.country if event.recipient else None


def event_key(doc: Document, gold: Gold, event: Event) -> int | None:
    if event.type != gold["type"]:
        return None
    if "actor_country" in gold and event.actor.country != gold["actor_country"]:
        return None
    if "recipient_country" in gold and _recipient_country(event) != gold["recipient_country"]:
        return None
    return _score(event_attributes(doc, gold, event))


def _actor_is(doc: Document, actor, name: str) -> bool:
    return actor is not None and (_same(_entity_name(doc, actor.entity), name) or _same(actor.name, name))


def _trigger_right(event: Event, triggers: list[str]) -> bool:
    said = event.trigger.text.lower()
    return bool(said) and any(t.lower() in said or said in t.lower() for t in triggers)


def event_attributes(doc: Document, gold: Gold, event: Event) -> dict[str, bool]:
    checks: dict[str, bool] = {}
    if "date" in gold:
        checks["date"] = event.date == gold["date"]
    if "place" in gold:
        checks["place"] = _same(_entity_name(doc, event.place), gold["place"]) or _same(event.place, gold["place"])
    if "modality" in gold:
        checks["modality"] = event.modality == gold["modality"]
    if "modality_any" in gold:
        checks["modality"] = event.modality in gold["modality_any"]
    if "reported_by" in gold:
        reported = {canonical_name(r) for r in event.reported_by}
        checks["reported_by"] = all(canonical_name(r) in reported for r in gold["reported_by"])
    if "mode" in gold:
        checks["mode"] = event.mode == gold["mode"]
    if "cameo_root" in gold:
        checks["cameo_root"] = (event.cameo or "").startswith(gold["cameo_root"])
    if "actor" in gold:
        checks["actor"] = _actor_is(doc, event.actor, gold["actor"])
    if "recipient" in gold:
        checks["recipient"] = _actor_is(doc, event.recipient, gold["recipient"])
    if "trigger_any" in gold:
        checks["trigger"] = _trigger_right(event, gold["trigger_any"])
    return checks


def event_forbidden(doc: Document, gold: Gold) -> bool:
    """Every field the forbidden item states must hold for a hit."""
    for event in doc.events:
        if event.type != gold["type"]:
            continue
        if "modality" in gold and event.modality != gold["modality"]:
            continue
        if "trigger_any" in gold and not _trigger_right(event, gold["trigger_any"]):
            continue
        return True
    return False


# --- flags ---------------------------------------------------------------------------------


def flag_key(doc: Document, gold: Gold, flag: Flag) -> int | None:
    if flag.kind != gold["kind"] or not all(v in flag.values for v in gold.get("values", ())):
        return None
    return _score(flag_attributes(doc, gold, flag))


def flag_attributes(doc: Document, gold: Gold, flag: Flag) -> dict[str, bool]:
    if "evidence_any" not in gold:
        return {}
    said = [s.text.lower() for s in flag.evidence]
    wanted = [e.lower() for e in gold["evidence_any"]]
    return {"evidence": any(w in s or s in w for w in wanted for s in said if s)}


def flag_forbidden(doc: Document, gold: Gold) -> bool:
    return any(flag_key(doc, gold, f) is not None for f in doc.flags)

"""One happening told several times in an article (headline, lead, later mentions) is one
event: later events of the same type, with the same actor, recipient, date and modality, are
folded into the first as further ``mentions`` (their evidence spans)."""

from __future__ import annotations

from dataclasses import replace

from ...model import Actor, Event
from ..base import next_id


def merge_mentions(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    index: dict[tuple, int] = {}
    for event in events:
        key = _key(event)
        if key is not None and key in index:
            first = merged[index[key]]
            if event.evidence != first.evidence and event.evidence not in first.mentions:
                merged[index[key]] = replace(first, mentions=(*first.mentions, event.evidence))
            continue
        if key is not None:
            index[key] = len(merged)
        merged.append(event)
    return [replace(e, id=next_id("v", i)) for i, e in enumerate(merged)]


def _key(event: Event) -> tuple | None:
    """What makes two events the same happening; None when the actor is unknown (two
    unattributed attacks may be two attacks)."""
    if not _known(event.actor):
        return None
    recipient = _who(event.recipient) if event.recipient else None
    return (event.type, _who(event.actor), recipient, event.date, event.modality)


def _known(actor: Actor) -> bool:
    return bool(actor.entity or actor.country or actor.code)


def _who(actor: Actor) -> tuple:
    return (actor.entity,) if actor.entity else (actor.name, actor.country)

"""How far an event's coding can be trusted, from what was found for it.

The weights were set so that, on the PLOVER gold records (dev), higher confidence is more
often right (``newsgraph eval events`` prints precision per confidence band): an actor named
as the agent counts most; an actor lent by the setting, no actor at all, or a claim the text
only reports as possible count against it.
"""

from __future__ import annotations

from ...model import Actor
from .actors import stated_country

_MOOD_WEIGHT = {"asserted": 0.1, "historical": 0.05, "expected": 0.0, "possible": -0.05, "hypothetical": -0.1, "negated": -0.05}


def confidence(actor: Actor, recipient: Actor | None, fallback: bool, dated: bool, placed: bool, mood: str, from_table: bool = True) -> float:
    """0.05-0.95; measured on the dev gold, an event whose actor has a country or code is right
    about fifteen times as often as one without, so that counts most."""
    score = 0.2
    score += 0.35 if stated_country(actor) else 0.0
    score += 0.1 if actor.entity and not fallback else 0.0
    score += 0.05 if recipient is not None else 0.0
    score += 0.05 if dated else 0.0
    score += 0.05 if placed else 0.0
    score += 0.05 if from_table else 0.0
    score += _MOOD_WEIGHT.get(mood, 0.0)
    return round(min(max(score, 0.05), 0.95), 2)

"""How far an event's coding can be trusted, from what was found for it.

The weights were set so that, on the PLOVER gold records (dev), higher confidence is more
often right (``newsgraph eval events`` prints precision per confidence band): an actor named
as the agent counts most; an actor lent by the setting, no actor at all, or a claim the text
only reports as possible count against it.
"""

from __future__ import annotations

from ...model import Actor

_MOOD_WEIGHT = {"asserted": 0.0, "expected": -0.05, "historical": -0.05, "possible": -0.1, "hypothetical": -0.15, "negated": -0.1}


def confidence(actor: Actor, recipient: Actor | None, fallback: bool, dated: bool, placed: bool, mood: str) -> float:
    score = 0.3
    score += 0.25 if actor.entity and not fallback else (0.1 if actor.country else 0.0)
    score += 0.15 if actor.country or actor.code else 0.0
    score += 0.1 if recipient is not None else 0.0
    score += 0.1 if dated else 0.0
    score += 0.1 if placed else 0.0
    score += _MOOD_WEIGHT.get(mood, 0.0)
    return round(min(max(score, 0.05), 1.0), 2)

"""What makes two reports comparable: normalized names and the key of an event.

An event's actor is compared by country and sector when it has a country (CAMEO-style actor
coding: "Kenyan Foreign Minister Musalia Mudavadi" and "Kenya" are both the Kenyan
government), else by its normalized name.  Modality is part of the key in two classes: what
happened (asserted, historical) and everything else, each class apart.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_HAPPENED = frozenset({"asserted", "historical"})
_LEADING_THE = re.compile(r"^the\s+")
_NOT_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """A name without case, accents, a leading "the" or punctuation."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", _LEADING_THE.sub("", folded.strip())).strip()


def actor_key(name: str | None, country: str | None, sector: str | None = None) -> str | None:
    if country:
        return f"{country}/{sector or ''}"
    if name and name_key(name):
        return name_key(name)
    return None


def event_key(row: dict[str, Any]) -> tuple[str, str, str, str | None] | None:
    """(type, modality class, actor, recipient) of an events-table row; None without an actor."""
    actor = actor_key(row.get("actor_name"), row.get("actor_country"), row.get("actor_sector"))
    if actor is None:
        return None
    happened = "happened" if row.get("modality") in _HAPPENED else str(row.get("modality"))
    recipient = actor_key(row.get("recipient_name"), row.get("recipient_country"), row.get("recipient_sector"))
    return (row["type"], happened, actor, recipient)

"""The state a place or a people belonged to on the article's date: in a story of March 1987,
Moscow and "Russian officials" are the Soviet Union's (SUN), Zagreb Yugoslavia's (YUG) and
Bratislava Czechoslovakia's (CSK), as the field's dictionaries code them. The successions are
data (``former_states.tsv``); an article with no date, or one dated only by a year that may
fall after the change, keeps today's states."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...model import Entity
from ...resources import read_table


@lru_cache(maxsize=1)
def former_states() -> dict[str, tuple[str, str]]:
    """successor alpha-3 -> (former state's code, first day it no longer held the land)."""
    return {row["successor"]: (row["former"], row["until"]) for row in read_table("former_states.tsv")}


def as_of(entities: tuple[Entity, ...], date: str | None) -> tuple[Entity, ...]:
    """``entities`` with each successor state's country read as the former state's when the
    article's date (YYYY, YYYY-MM or YYYY-MM-DD) is surely before the succession."""
    if _last_day(date) is None:
        return entities
    return tuple(replace(e, country=former) if (former := former_state(e.country, date)) else e for e in entities)


def former_state(country: str | None, date: str | None) -> str | None:
    """The state that held a successor's land on ``date``, or None (the country as it is)."""
    last_day = _last_day(date)
    found = former_states().get(country or "")
    return found[0] if found is not None and last_day is not None and last_day < found[1] else None


def _last_day(date: str | None) -> str | None:
    """The last day a date may stand for, as YYYY-MM-DD ("1991" may be 31 December 1991)."""
    if not date or not date[:4].isdigit():
        return None
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-31"
    return date[:10]

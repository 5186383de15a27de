"""How the candidates of one name are ranked: evidence first, then the prior.

Of several places called the same, the first in this order wins:

1. the place the text puts it in ("Paris, Tenn.", "London, Ontario") or the entities stage
   gave it (a dateline's country);
2. a place in a US state the document names;
3. a very large place (see 5) in a country the document names;
4. a place near the document's other places (within ``NEAR_KM`` of a town or city another
   name of the document resolved to): local news names places near each other;
5. a place in a country the document names, or a very large place under its own name (a
   capital of 100,000 people or more, a city of a million);
6. a place of that very name rather than of an alternate name;
7. more of the document's places nearby, then the larger population.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...resources.gazetteer import GeoPlace
from .context import Context

NEAR_KM = 150.0  # a neighbouring town: most counties and metro areas fit
MAJOR_POPULATION = 1_000_000  # a city this large keeps its name against villages elsewhere
MAJOR_CAPITAL_POPULATION = 100_000  # so does a capital this large (not Hamilton, Bermuda)
LOCAL_FEATURES = ("city", "capital", "facility", "county")  # points that say where a story is
AREA_FEATURES = ("state", "continent", "region")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A point another name of the document resolved to."""

    entity: str
    lat: float
    lon: float
    country: str | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one candidate has going for it in this document."""

    contained: bool
    in_named_state: bool
    major_in_context: bool
    neighbours: int
    in_context: bool
    own_name: bool
    population: int

    @property
    def supported(self) -> bool:
        """Anything beyond the name and the size: the text or its other places back it."""
        return self.contained or self.in_named_state or self.neighbours > 0

    def key(self) -> tuple:
        return (self.contained, self.in_named_state, self.major_in_context, self.neighbours > 0, self.in_context, self.own_name, self.neighbours, self.population)


def is_major(place: GeoPlace) -> bool:
    if place.feature == "capital":
        return place.population >= MAJOR_CAPITAL_POPULATION
    return place.feature == "city" and place.population >= MAJOR_POPULATION


def evidence(place: GeoPlace, own_name: bool, entity_id: str, entity_country: str | None, context: Context, anchors: tuple[Anchor, ...]) -> Evidence:
    container = context.containers.get(entity_id)
    contained = container.holds(place.country, place.region) if container else (entity_country is not None and place.country == entity_country)
    major = place.feature in AREA_FEATURES or is_major(place)
    return Evidence(
        contained,
        place.country == "USA" and place.region in context.states,
        is_major(place) and place.country in context.countries,
        neighbours(place, entity_id, anchors) if place.feature not in AREA_FEATURES else 0,
        place.country in context.countries or (major and own_name),
        own_name,
        place.population,
    )


def neighbours(place: GeoPlace, entity_id: str, anchors: tuple[Anchor, ...]) -> int:
    """How many other names of the document resolved within NEAR_KM of ``place``."""
    return len({a.entity for a in anchors if a.entity != entity_id and distance_km(place.lat, place.lon, a.lat, a.lon) <= NEAR_KM})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))

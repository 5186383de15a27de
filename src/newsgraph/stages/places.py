"""Places: PLACE and COUNTRY entities resolved to a point, a country and a GeoNames id with
the offline gazetteer (``resources.gazetteer``).

Requires ``entities``; provides ``places``, one ``Place`` per entity that resolves.  An entity
that does not resolve gets no Place: never a guess at 0,0.

- A COUNTRY entity (or a PLACE named like a country) gets its country's point
  (``country_points.tsv``, feature ``country``).
- A PLACE entity is looked up under its display name and then under each name it is written
  with, among GeoNames places, US states and continents, by folded name (case and accents
  ignored) and by alternate name.  Of several candidates, the first in this order wins:
  a place in the entity's own country (what the entities stage read from "Paris, Texas" or
  a dateline), a place in a US state the document names, a place in a country the document
  names (COUNTRY entities and the countries of its places), a place of that very name rather
  than an alternate name, then the larger population.  A very large place (a country's
  capital of 100,000 people or more, a city of a million) is not displaced by a village of the same name in
  a country the document merely mentions.
- A facility named after a place ("Pyongyang International Airport", "Kabul University"),
  whose last word is a facility noun (``facility_words.tsv``), gets the point and country of
  the city its name opens with, with feature ``facility`` and no GeoNames id.

Features: ``city``, ``capital`` (a country's capital), ``state`` (US state), ``continent``,
``country``, ``facility``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Analysis, Document, Entity, Place
from ..resources import countries, normalize_name, read_table
from ..resources.gazetteer import Gazetteer, GeoPlace, fold, gazetteer
from ..settings import Settings

PLACE_TYPES = ("PLACE", "COUNTRY")
AREA_FEATURES = ("state", "continent")
MAJOR_POPULATION = 1_000_000  # a city this large keeps its name against villages elsewhere
MAJOR_CAPITAL_POPULATION = 100_000  # so does a capital this large (not Hamilton, Bermuda)


@dataclass(frozen=True, slots=True)
class Context:
    """What the document says about where it is: countries (alpha-3) and US states (codes)."""

    countries: frozenset[str]
    states: frozenset[str]
    place_countries: frozenset[str]  # the countries of its PLACE entities only


class PlaceStage:
    name = "places"
    requires = frozenset({"entities"})
    provides = frozenset({"places"})

    def __init__(self, places: Gazetteer, facility_words: frozenset[str]) -> None:
        self.places = places
        self.facility_words = facility_words

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        context = document_context(doc, self.places)
        found = (self.resolve(entity, context) for entity in doc.entities if entity.type in PLACE_TYPES)
        return doc.with_(places=tuple(p for p in found if p is not None))

    def resolve(self, entity: Entity, context: Context) -> Place | None:
        """The Place of one PLACE or COUNTRY entity, or None when the gazetteer has no such name."""
        point = None
        if entity.type == "COUNTRY":
            point = self.us_namesake(entity, context) or self.country_point(entity)
        if point is None:
            point = next((p for p in (self.best(n, entity, context) for n in names_of(entity)) if p), None)
        if point is None and entity.type == "PLACE":
            facility = self.facility(entity, context)
            if facility is not None:
                # the city's point, but not its GeoNames id: the facility is not the city
                return Place(entity.id, round(facility.lat, 5), round(facility.lon, 5), facility.country, None, "facility")
        return _place(entity, point, point.feature) if point is not None else None

    def country_point(self, entity: Entity) -> GeoPlace | None:
        known = countries().lookup(entity.name)
        code = entity.country or (known.alpha3 if known else None)
        return _country_point(self.places, code) if code else None

    def us_namesake(self, entity: Entity, context: Context) -> GeoPlace | None:
        """In a document about US states, "Georgia" is the US state: a COUNTRY entity named like
        a state is that state when the document names another state and no place of the
        country.  (Towns named like countries, "Lebanon", are left to the country: a town of
        that name in a named state turned "China" into a village too often.)"""
        if not context.states or entity.country in context.place_countries:
            return None
        named, _ = self.places.candidates(entity.name)
        states = [p for p in named if p.feature == "state" and p.region not in context.states]
        return states[0] if states else None

    def best(self, name: str, entity: Entity, context: Context) -> GeoPlace | None:
        """The best place called ``name`` for this entity in this document."""
        known = countries().lookup(name) or countries().demonym(name)
        if known is not None:
            return _country_point(self.places, known.alpha3)
        named, alternate = self.places.candidates(name)
        if name.endswith("."):
            # an abbreviation ("Kan.", "Tenn.") is only trusted in the hand-written aliases
            named, alternate = tuple(p for p in named if p.feature in AREA_FEATURES), ()
        ranked = [(p, True) for p in named] + [(p, False) for p in alternate]
        if any(_is_major_city(p) for p, _ in ranked):
            # "Washington", "New York": the capital or big city, not the state
            ranked = [pair for pair in ranked if pair[0].feature != "state"]
        if not ranked:
            return None
        return max(ranked, key=lambda pair: _rank(pair[0], pair[1], entity, context))[0]

    def facility(self, entity: Entity, context: Context) -> GeoPlace | None:
        """The place a facility's name opens with, when its last word is a facility noun."""
        words = entity.name.split()
        if len(words) < 2 or normalize_name(words[-1]) not in self.facility_words:
            return None
        for size in range(len(words) - 1, 0, -1):
            found = self.best(" ".join(words[:size]), entity, context)
            if found is not None and found.feature in ("city", "capital"):
                return found
        return None


def _is_major_city(place: GeoPlace) -> bool:
    if place.feature == "capital":
        return place.population >= MAJOR_CAPITAL_POPULATION
    return place.feature == "city" and place.population >= MAJOR_POPULATION


def _rank(place: GeoPlace, own_name: bool, entity: Entity, context: Context) -> tuple:
    major = place.feature in ("state", "continent") or _is_major_city(place)
    in_context = place.country in context.countries
    return (
        entity.country is not None and place.country == entity.country,
        place.country == "USA" and place.region in context.states,
        in_context or (major and own_name),
        own_name,
        place.population,
    )


def _country_point(places: Gazetteer, code: str) -> GeoPlace | None:
    point = places.country(code)
    if point is not None:
        return point
    known = countries().get(code)
    if known is None or known.capital_lat is None or known.capital_lon is None:
        return None
    # no populated places to compute a point from: the capital stands for the country
    return GeoPlace(known.name, known.capital_lat, known.capital_lon, code, None, known.capital_geonameid or 0, 0, "country")


def _place(entity: Entity, point: GeoPlace, feature: str) -> Place:
    return Place(entity.id, round(point.lat, 5), round(point.lon, 5), point.country, point.geonameid or None, feature)


def names_of(entity: Entity) -> list[str]:
    """The display name, then each distinct capitalized name the entity is written with."""
    found: list[str] = []
    seen: set[str] = set()
    for name in [entity.name, *(m.text for m in entity.mentions)]:
        name = name.strip()
        if name.endswith(("'s", "\u2019s")):
            name = name[:-2]
        key = fold(name)
        if key and key not in seen and name[:1].isupper():
            seen.add(key)
            found.append(name)
    return found


def document_context(doc: Document, places: Gazetteer) -> Context:
    """Countries named in the document (its COUNTRY entities and the countries the entities
    stage gave its places, such as the dateline's), US states it names, and the countries of
    its PLACE entities."""
    found_countries = {e.country for e in doc.entities if e.type in PLACE_TYPES and e.country}
    states = set()
    for entity in doc.entities:
        if entity.type != "PLACE":
            continue
        named, _ = places.candidates(entity.name)
        for place in named:
            if place.feature == "state" and place.region:
                states.add(place.region)
                found_countries.add("USA")
    place_countries = {e.country for e in doc.entities if e.type == "PLACE" and e.country}
    return Context(frozenset(found_countries), frozenset(states), frozenset(place_countries))


def facility_words() -> frozenset[str]:
    return frozenset(normalize_name(row["word"]) for row in read_table("facility_words.tsv"))


def make(settings: Settings) -> PlaceStage:
    return PlaceStage(gazetteer(source=settings.geonames_file, cache_dir=settings.cache_dir), facility_words())

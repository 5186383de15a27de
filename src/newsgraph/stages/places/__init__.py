"""Places: PLACE and COUNTRY entities resolved to a point, a country and a GeoNames id with
the offline gazetteer (``resources.gazetteer``).

Requires ``entities``; provides ``places``, one ``Place`` per entity that resolves.  An entity
that does not resolve gets no Place: never a guess at 0,0.

- A COUNTRY entity (or a PLACE named like a country) gets its country's point (GeoNames' own,
  ``country_centres.tsv``, feature ``country``).
- A PLACE entity is looked up under its display name and then under each name it is written
  with, among GeoNames places, US states and continents, by folded name (case and accents
  ignored) and by alternate name.  Its candidates are ranked by the evidence of the document
  (``context``: "X, Y" containers, named states and countries, the dateline) and by their
  distance to the document's other places, then by size (``rank``).  Names are resolved twice:
  the second time every other name's first answer is a neighbour that can pull a town of a
  common name ("Paris", "Athens") to the right state.
- The dateline's place, when it names a country's capital ("WASHINGTON", "LONDON") and the text
  puts it in no state or country, is that capital.
- Facilities, parks, streets and saints are not towns (``names``): such a name is a place of
  that name only when the document backs it (a container, a named state, a neighbour), else
  it takes the point of the city its name opens with when that city is backed the same way
  ("Kabul International Airport"), with feature ``facility`` and no GeoNames id, else nothing.
- A region written with a compass word ("North Texas", "Western Massachusetts") is its place.

Features: ``city``, ``capital`` (a country's capital), ``state`` (US state), ``continent``,
``country``, ``facility``; with a fuller GeoNames file also ``region`` and ``county``.
"""

from __future__ import annotations

from ...model import Analysis, Document, Entity, Place
from ...resources import countries
from ...resources.gazetteer import Gazetteer, GeoPlace, fold, gazetteer
from ...settings import Settings
from .context import PLACE_TYPES, Context, county_states, division_country, document_context, stated_country
from .names import NameKinds, name_kinds
from .rank import AREA_FEATURES, LOCAL_FEATURES, Anchor, Evidence, evidence, is_major

SMALL_POPULATION = 10_000  # a town smaller than this needs the document's backing
PASSES = 3  # the first without neighbours, then each with the last one's answers
LARGE_POPULATION = 100_000  # a weak name ("St. Louis") may be a town this large without it


class PlaceStage:
    name = "places"
    requires = frozenset({"entities"})
    provides = frozenset({"places"})

    def __init__(self, places: Gazetteer, kinds: NameKinds) -> None:
        self.places = places
        self.kinds = kinds

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        context = document_context(doc, self.places)
        entities = [e for e in doc.entities if e.type in PLACE_TYPES]
        # the first pass keeps small towns nothing backs yet: they may back each other
        guesses = {e.id: self.resolve(e, context, (), provisional=True) for e in entities}
        found = guesses
        for _ in range(PASSES - 1):
            anchors = _anchors({**guesses, **{i: p for i, p in found.items() if p is not None}})
            found = {e.id: self.resolve(e, context, anchors) for e in entities}
        return doc.with_(places=tuple(_place(e, place) for e in entities if (place := found[e.id]) is not None))

    def resolve(self, entity: Entity, context: Context, anchors: tuple[Anchor, ...], provisional: bool = False) -> GeoPlace | None:
        """The point of one PLACE or COUNTRY entity, or None when nothing backs one."""
        point = None
        if entity.type == "COUNTRY":
            point = self.us_namesake(entity, context) or self.country_point(entity)
        if point is None and entity.id == context.dateline and entity.id not in context.containers:
            point = self.capital(entity.name)
        if point is None:
            point = next((p for p in (self.best(n, entity, context, anchors, provisional=provisional) for n in names_of(entity)) if p), None)
        if point is None and entity.type == "PLACE":
            point = self.region(entity, context, anchors) or self.facility(entity, context, anchors) or self.county(entity, context, anchors)
        return point

    def country_point(self, entity: Entity) -> GeoPlace | None:
        known = countries().lookup(entity.name)
        code = entity.country or (known.alpha3 if known else None)
        return _country_point(self.places, code) if code else None

    def capital(self, name: str) -> GeoPlace | None:
        """The capital a dateline names ("WASHINGTON" is the US capital, whatever else the
        article names), from the gazetteer entry with the capital's GeoNames id."""
        known = countries().capital(name)
        if known is None:
            return None
        named, _ = self.places.candidates(name)
        return next((p for p in named if p.geonameid == known.capital_geonameid), None)

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

    def best(self, name: str, entity: Entity, context: Context, anchors: tuple[Anchor, ...], facility: bool = False, named_after: bool = True, provisional: bool = False) -> GeoPlace | None:
        """The best place called ``name`` for this entity in this document, or None when
        there is none or the best is a small place that nothing in the document backs."""
        known = countries().lookup(name) or countries().demonym(name)
        if known is not None:
            return _country_point(self.places, known.alpha3)
        ranked = self.candidates(name)
        if not ranked:
            return None
        scored = [(evidence(p, own, entity.id, stated_country(entity), context, anchors), p) for p, own in ranked]
        if entity.id == context.dateline and entity.id not in context.containers:
            # a dateline names a city the wire's readers know: the large one of its name
            large = [(proof, p) for proof, p in scored if proof.own_name and p.population >= LARGE_POPULATION and p.feature not in AREA_FEATURES]
            scored = large or scored
        proof, place = max(scored, key=lambda pair: pair[0].key())
        division = division_country(name)
        if entity.id in context.holders and division is not None and all(p.country != division for p, _ in ranked):
            return None  # the Ontario of "London, Ontario" is the province, which has no point here
        if provisional:
            return place
        if facility and not named_after:
            # a park or a street is in the town the document is about, not in any namesake
            return place if proof.supported or proof.in_context else None
        return place if _backed(place, proof, facility or self.kinds.weak(name)) else None

    def candidates(self, name: str) -> list[tuple[GeoPlace, bool]]:
        """The places called ``name``, each with whether it is its own name (not an alternate)."""
        named, alternate = self.places.candidates(name)
        if name.endswith("."):
            # an abbreviation ("Kan.", "Tenn.") is only trusted in the hand-written aliases
            named, alternate = tuple(p for p in named if p.feature in AREA_FEATURES), ()
        ranked = [(p, True) for p in named] + [(p, False) for p in alternate]
        if any(is_major(p) for p, _ in ranked):
            # "Washington", "New York": the capital or big city, not the state
            ranked = [pair for pair in ranked if pair[0].feature != "state"]
        return ranked

    def region(self, entity: Entity, context: Context, anchors: tuple[Anchor, ...]) -> GeoPlace | None:
        """ "North Texas", "Western Massachusetts": the place after the compass word."""
        rest = self.kinds.after_compass(entity.name)
        return self.best(rest, entity, context, anchors) if rest else None

    def county(self, entity: Entity, context: Context, anchors: tuple[Anchor, ...]) -> GeoPlace | None:
        """A US county, which the installed data names but does not place: the point of the
        first of the document's towns in the county's state (local news names the county it
        is in), feature ``county`` and no GeoNames id; nothing without such a town."""
        states = county_states(entity.name)
        if len(states) > 1 and states & context.states:
            states = states & context.states
        towns = [a for a in anchors if a.country == "USA" and a.region in states]
        if len({a.region for a in towns}) != 1:
            return None  # no town of the document in one of the county's states
        town = towns[0]
        return GeoPlace(entity.name, town.lat, town.lon, "USA", town.region, 0, 0, "county")

    def facility(self, entity: Entity, context: Context, anchors: tuple[Anchor, ...]) -> GeoPlace | None:
        """The city a facility's name opens with, when its last word is a facility noun and the
        document backs that city."""
        words = entity.name.split()
        if len(words) < 2 or not self.kinds.facility(entity.name):
            return None
        for size in range(len(words) - 1, 0, -1):
            if self.kinds.after_compass(" ".join(words[: size + 1])) == " ".join(words[1 : size + 1]):
                continue  # "North Avenue" is not in a town called North
            found = self.best(" ".join(words[:size]), entity, context, anchors, facility=True, named_after=self.kinds.city_named(entity.name))
            if found is not None and found.feature in ("city", "capital"):
                return GeoPlace(found.name, found.lat, found.lon, found.country, found.region, 0, found.population, "facility")
        return None


def _anchors(found: dict[str, GeoPlace | None]) -> tuple[Anchor, ...]:
    """The towns and cities names resolved to (a county's point is borrowed from one)."""
    return tuple(Anchor(i, p.lat, p.lon, p.country, p.region) for i, p in found.items() if p is not None and p.feature in LOCAL_FEATURES and p.feature != "county")


def _backed(place: GeoPlace, proof: Evidence, weak: bool) -> bool:
    """Whether the document backs ``place`` enough to name it.  A weak name (a facility, a
    natural feature, a saint) needs the text or a neighbour, or a major city under its own
    name; a small town needs that or a country the document names."""
    if place.feature in AREA_FEATURES or proof.supported:
        return True
    if weak:
        return place.population >= LARGE_POPULATION
    return place.population >= SMALL_POPULATION or proof.in_context


def _country_point(places: Gazetteer, code: str) -> GeoPlace | None:
    point = places.country(code)
    if point is not None:
        return point
    known = countries().get(code)
    if known is None or known.capital_lat is None or known.capital_lon is None:
        return None
    # no populated places to compute a point from: the capital stands for the country
    return GeoPlace(known.name, known.capital_lat, known.capital_lon, code, None, known.capital_geonameid or 0, 0, "country")


def _place(entity: Entity, point: GeoPlace) -> Place:
    return Place(entity.id, round(point.lat, 5), round(point.lon, 5), point.country, point.geonameid or None, point.feature)


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


def make(settings: Settings) -> PlaceStage:
    return PlaceStage(gazetteer(source=settings.geonames_file, cache_dir=settings.cache_dir), name_kinds())

"""What a document says about where its places are, before any of them is resolved.

- The countries it names (its COUNTRY entities and the countries the entities stage gave its
  places), the US states it names, and the countries of its PLACE entities.
- Containers: "Paris, Tenn.", "London, Ontario", "Hamilton, New Zealand": a place name followed
  by a comma and a US state, a country or a first-level division of a country (ISO 3166-2,
  from pycountry) is in that state or country.  That is the strongest evidence there is.
- The dateline's place ("WASHINGTON (AP) -"), read as the entities stage reads it: the place
  the article was written in, which other places are likely near.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Document, Entity
from ...resources import countries
from ...resources.gazetteer import Gazetteer, fold, us_counties
from ..entities.places import dateline_place, division_country, large_city_country

PLACE_TYPES = ("PLACE", "COUNTRY")
_COMMA = re.compile(r"\s*,\s*")


@dataclass(frozen=True, slots=True)
class Container:
    """What a place is said to lie in: countries (alpha-3) or US states (codes); more than one
    when the name is both ("Georgia")."""

    countries: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()

    def holds(self, country: str | None, region: str | None) -> bool:
        return country in self.countries or (country == "USA" and region in self.states)

    @property
    def single(self) -> bool:
        return len(self.countries) + len(self.states) == 1


@dataclass(frozen=True, slots=True)
class Context:
    """What the document says about where it is: countries (alpha-3) and US states (codes)."""

    countries: frozenset[str]
    states: frozenset[str]
    place_countries: frozenset[str]  # the countries of its PLACE entities only
    containers: dict[str, Container]  # entity id -> what "X, Y" puts it in
    dateline: str | None = None  # the entity id of the dateline's place
    holders: frozenset[str] = frozenset()  # entity ids written as a container (the Y of "X, Y")


def document_context(doc: Document, places: Gazetteer) -> Context:
    found_countries = {c for c in (stated_country(e) for e in doc.entities if e.type in PLACE_TYPES) if c}
    states = set()
    for entity in doc.entities:
        if entity.type != "PLACE":
            continue
        state = named_state(entity.name, places)
        if state is not None:
            states.add(state)
            found_countries.add("USA")
    found_countries |= demonym_countries(doc.article.text)
    # a county found in one state only names that state ("Laurel County" is in Kentucky)
    for entity in doc.entities:
        counties = county_states(entity.name) if entity.type == "PLACE" else frozenset()
        if len(counties) == 1:
            states |= counties
            found_countries.add("USA")
    place_countries = {c for c in (stated_country(e) for e in doc.entities if e.type == "PLACE") if c}
    containers, holders = find_containers(doc, places)
    for container in containers.values():
        if container.single:
            found_countries |= container.countries | ({"USA"} if container.states else set())
            states |= container.states
    return Context(frozenset(found_countries), frozenset(states), frozenset(place_countries), containers, dateline_entity(doc), frozenset(holders))


_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b")


def demonym_countries(text: str) -> set[str]:
    """Countries the text names by a nationality word ("several other Russian cities")."""
    gazetteer = countries()
    found = set()
    for match in _CAPITALIZED.finditer(text):
        for words in (match.group(0), match.group(0).split(" ")[0].split("-")[0]):
            known = gazetteer.demonym(words)
            if known is not None:
                found.add(known.alpha3)
                break
    return found


def county_states(name: str) -> frozenset[str]:
    """The states that have a county of that name ("Boone County": many), else empty."""
    return us_counties().get(fold(name), frozenset())


def stated_country(entity: Entity) -> str | None:
    """The entity's country when the text gave it (a country's name, a dateline, "Paris,
    Texas"), not when the entities stage only guessed it from the big city or the capital of
    that name ("Alexandria" is not always in Egypt)."""
    if entity.country is None or entity.type == "COUNTRY":
        return entity.country
    if entity.country == large_city_country(entity.name):
        return None
    capital_of = countries().capital(entity.name)
    return None if capital_of is not None and capital_of.alpha3 == entity.country else entity.country


def named_state(name: str, places: Gazetteer) -> str | None:
    """The code of the US state ``name`` names ("Tenn.", "Ohio"), else None."""
    named, _ = places.candidates(name)
    return next((p.region for p in named if p.feature == "state" and p.region), None)


def find_containers(doc: Document, places: Gazetteer) -> tuple[dict[str, Container], set[str]]:
    """Entity id -> Container, for each place written "X, Y" with Y a state, country or
    country's division (the first such mention of an entity decides), and the ids of the
    entities written as Y."""
    text = doc.article.text
    starts = {m.start: e for e in doc.entities if e.type in PLACE_TYPES for m in e.mentions}
    found: dict[str, Container] = {}
    holders: set[str] = set()
    for entity in doc.entities:
        if entity.type != "PLACE" or entity.id in found:
            continue
        for mention in entity.mentions:
            comma = _COMMA.match(text, mention.end)
            if comma is None or comma.end() == mention.end:
                continue
            after = starts.get(comma.end())
            container = _container_of(text, comma.end(), after, places)
            if container is not None:
                found[entity.id] = container
                holders |= {after.id} if after is not None else set()
                break
    return found, holders


def _container_of(text: str, start: int, after: Entity | None, places: Gazetteer) -> Container | None:
    if after is not None:
        mention = next(m for m in after.mentions if m.start == start)
        name = mention.text
    else:
        # the model often leaves the state out of an entity ("Dover, Del."): read the word
        match = re.match(r"[A-Z][\w.]*(?: [A-Z][\w.]*)?", text[start:])
        if match is None:
            return None
        name = match.group(0)
    state = named_state(name, places)
    country = countries().lookup(name)
    division = division_country(name) if state is None and country is None else None
    found = Container(
        frozenset(c for c in (country.alpha3 if country else None, division) if c),
        frozenset({state} if state else ()),
    )
    return found if found.countries or found.states else None


def dateline_entity(doc: Document) -> str | None:
    text = doc.article.text
    date = doc.article.date
    evidence = date.evidence[0] if date is not None and date.source == "dateline" and date.evidence else None
    span = dateline_place(text, evidence)
    if span is None:
        return None
    for entity in doc.entities:
        if entity.type in PLACE_TYPES and any(m.start <= span[0] < m.end for m in entity.mentions):
            return entity.id
    return None

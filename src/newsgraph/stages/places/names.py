"""What the words of a place name say about it (``facility_words.tsv``, ``place_words.tsv``):
a facility or a natural feature is not a town, a saint's name may be a person, a compass word
names a part of a place, and some words only repeat what the place is ("Fargo City")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...resources import normalize_name, read_table


@dataclass(frozen=True, slots=True)
class NameKinds:
    """Word lists by kind; every word is normalized (``normalize_name``)."""

    words: dict[str, frozenset[str]]

    def _first(self, name: str) -> str:
        words = normalize_name(name).split()
        return words[0] if words else ""

    def _last(self, name: str) -> str:
        words = normalize_name(name).split()
        return words[-1] if words else ""

    def facility(self, name: str) -> bool:
        """A built thing: "Kabul International Airport", "Shawnee Park"."""
        return self._last(name) in self.words["facility"] or self._last(name) in self.words["city_named"]

    def city_named(self, name: str) -> bool:
        """A facility usually named after its city ("Kabul International Airport", "Kabul
        University"), unlike parks and streets, named after people as often ("Victoria Park")."""
        return self._last(name) in self.words["city_named"]

    def weak(self, name: str) -> bool:
        """A name that is a town only if the document backs it: facilities, natural features
        and saints' names."""
        last, first = self._last(name), self._first(name)
        return len(name.split()) > 1 and (self.facility(name) or last in self.words["natural"] or first in self.words["saint"])

    def after_compass(self, name: str) -> str | None:
        """The place a part of a place is in: "North Texas" -> "Texas", "Historic Dublin" ->
        "Dublin", "Fargo City" -> "Fargo", "City of Norfolk" -> "Norfolk"; else None."""
        words = name.split()
        if len(words) < 2:
            return None
        head = normalize_name(" ".join(words[:2]))
        if len(words) > 2 and head in self.words["of"]:
            return " ".join(words[2:])
        if normalize_name(words[0]) in self.words["compass"] | self.words["qualifier"]:
            # "Central America", "North America": parts of the continent, not of the country
            return None if normalize_name(" ".join(words[1:])) == "america" else " ".join(words[1:])
        if normalize_name(words[-1]) in self.words["kind"]:
            return " ".join(words[:-1])
        return None


@lru_cache(maxsize=1)
def name_kinds() -> NameKinds:
    found: dict[str, set[str]] = {"city_named": set(), "facility": set(), "natural": set(), "saint": set(), "compass": set(), "qualifier": set(), "kind": set(), "of": set()}
    for row in read_table("facility_words.tsv"):
        found["city_named"].add(normalize_name(row["word"]))
    for row in read_table("place_words.tsv"):
        found[row["kind"]].add(normalize_name(row["word"]))
    return NameKinds({kind: frozenset(words) for kind, words in found.items()})

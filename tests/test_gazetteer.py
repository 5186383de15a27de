"""The on-disk gazetteer index (resources/gazetteer_index.py), built from a tiny GeoNames-style
dump written here, and the gazetteer that reads it."""

from __future__ import annotations

import pickle

import pytest

from newsgraph.errors import InvalidSetting
from newsgraph.resources import gazetteer_index
from newsgraph.resources.gazetteer import Gazetteer, fold, gazetteer
from newsgraph.settings import Settings
from newsgraph.stages.places import make

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1,
# admin2, admin3, admin4, population, elevation, dem, timezone, modified
ROWS = [
    ("9000001", "Velmora", "Velmora", "Welmora,Велмора", "45.5", "12.25", "P", "PPLA", "IT", "", "20", "", "", "", "120000", "", "", "", ""),
    ("9000002", "Velmora", "Velmora", "", "41.1", "-84.2", "P", "PPL", "US", "", "OH", "", "", "", "3400", "", "", "", ""),
    ("9000003", "Orsaville", "Orsaville", "Velmora Nord", "45.6", "12.3", "P", "PPL", "IT", "", "20", "", "", "", "1800", "", "", "", ""),
    ("9000004", "Brenhold", "Brenhold", "", "47.0", "9.0", "A", "ADM1", "CH", "", "07", "", "", "", "0", "", "", "", ""),
    ("9000005", "Brenhold Lake", "Brenhold Lake", "", "47.1", "9.1", "H", "LK", "CH", "", "07", "", "", "", "0", "", "", "", ""),
    ("9000006", "Sao Quirino", "Sao Quirino", "São Quirino", "-20.0", "-44.0", "P", "PPL", "BR", "", "15", "", "", "", "5000", "", "", "", ""),
]


@pytest.fixture
def dump(tmp_path):
    path = tmp_path / "places.txt"
    path.write_text("\n".join("\t".join(row) for row in ROWS) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def places(dump, tmp_path) -> Gazetteer:
    return gazetteer(source=str(dump), cache_dir=str(tmp_path / "cache"))


def test_names_alternate_names_and_order(places):
    named, alternate = places.candidates("VELMORA")
    assert [p.geonameid for p in named] == [9000001, 9000002]
    assert [p.country for p in named] == ["ITA", "USA"] and named[1].region == "OH"
    assert named[0].population == 120000 and named[0].feature == "city"
    assert places.candidates("Welmora")[1][0].geonameid == 9000001
    assert places.candidates("Велмора") == ((), ())  # only Latin-script alternate names
    assert places.candidates("Velmora Nord")[1][0].name == "Orsaville"


def test_accents_fold_and_divisions_keep_their_kind(places):
    assert places.candidates("São Quirino")[0][0].geonameid == 9000006
    assert fold("São Quirino") == fold("sao quirino")
    region = places.candidates("Brenhold")[0][0]
    assert region.feature == "region" and region.country == "CHE"
    assert places.candidates("Brenhold Lake") == ((), ())  # only populated places and divisions


def test_the_hand_written_areas_come_after_geonames_places(places):
    named, _ = places.candidates("Tenn.")
    assert [p.feature for p in named] == ["state"]


def test_the_index_is_built_once_and_reopened(dump, tmp_path):
    folder = tmp_path / "again"
    first = gazetteer_index.ensure_index(folder, str(dump), 1000)
    stamp = first.stat().st_mtime_ns
    second = gazetteer_index.ensure_index(folder, str(dump), 1000)
    assert first == second and second.stat().st_mtime_ns == stamp
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".lock")] == [first.name]  # no temporary file left


def test_a_changed_source_builds_a_new_index(dump, tmp_path):
    folder = tmp_path / "changed"
    first = gazetteer_index.ensure_index(folder, str(dump), 1000)
    dump.write_text(dump.read_text(encoding="utf-8") + "\t".join(ROWS[0]).replace("9000001", "9000009") + "\n", encoding="utf-8")
    assert gazetteer_index.ensure_index(folder, str(dump), 1000) != first


def test_the_gazetteer_travels_to_a_worker(places):
    copy = pickle.loads(pickle.dumps(places))
    assert copy.candidates("Velmora") == places.candidates("Velmora")


def test_a_missing_geonames_file_is_a_setting_error(tmp_path):
    with pytest.raises(InvalidSetting):
        gazetteer(source=str(tmp_path / "nowhere.txt"), cache_dir=str(tmp_path))


def test_an_unwritable_cache_folder_is_a_setting_error(dump, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(InvalidSetting):
        gazetteer_index.ensure_index(blocker / "cache", str(dump), 1000)


def test_the_stage_reads_the_users_geonames_file(dump, tmp_path):
    stage = make(Settings(geonames_file=str(dump), cache_dir=str(tmp_path / "stage")))
    assert stage.places.candidates("Orsaville")[0][0].geonameid == 9000003


def test_same_answers_as_an_index_held_in_memory(dump, places):
    """The on-disk index answers as a dictionary built the old way from the same places."""
    named: dict[str, list[int]] = {}
    alternate: dict[str, list[int]] = {}
    for place in gazetteer_index.read_dump(dump, 1000):
        own = fold(place.name)
        named.setdefault(own, []).append(place.geonameid)
        for other in place.alternate:
            key = fold(other)
            if key and key != own and all(ord(c) < 0x250 for c in key) and place.geonameid not in alternate.get(key, []):
                alternate.setdefault(key, []).append(place.geonameid)
    for key in set(named) | set(alternate):
        on_disk = places.candidates(key)
        assert [p.geonameid for p in on_disk[0] if p.feature not in ("state", "continent")] == named.get(key, [])
        assert [p.geonameid for p in on_disk[1]] == alternate.get(key, [])


def test_hamlets_of_a_full_dump_stay_out_unless_they_are_seats(tmp_path):
    rows = [
        ("9100001", "Kessary", "Kessary", "", "50.0", "5.0", "P", "PPL", "BE", "", "01", "", "", "", "40", "", "", "", ""),
        ("9100002", "Drumvale", "Drumvale", "", "50.1", "5.1", "P", "PPLA2", "BE", "", "01", "", "", "", "40", "", "", "", ""),
    ]
    path = tmp_path / "hamlets.txt"
    path.write_text("\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")
    assert [p.name for p in gazetteer_index.read_dump(path, 1000)] == ["Drumvale"]

"""The geoparsing scorer on tiny GeoWebNews- and LGL-style files written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.eval import geo
from newsgraph.model import Document, Entity, Place

from .eval_fakes import factory, nothing, span_of

TEXT = "Floods hit Porto and Braga; Portugal asked for help."
COORDS = {"Porto": (41.15, -8.61), "Braga": (41.55, -8.42), "Portugal": (39.5, -8.0)}


def gwn_xml() -> str:
    toponyms = []
    for name, kind in (("Porto", "Literal"), ("Braga", "Literal"), ("Portugal", "Metonymic")):
        span = span_of(TEXT, name)
        lat, lon = COORDS[name]
        toponyms.append(
            f"<toponym><extractedName>{name}</extractedName><type>{kind}</type><start>{span.start}</start>"
            f"<end>{span.end}</end><latitude>{lat}</latitude><longitude>{lon}</longitude></toponym>"
        )
    # an enclosing expression and a demonym-style span are not toponyms
    toponyms.append("<toponym><extractedName>Floods</extractedName><type>Literal_Expression</type><start>0</start><end>6</end></toponym>")
    return f'<?xml version="1.0" ?><articles><article file="1"><text>{TEXT}</text><toponyms>{"".join(toponyms)}</toponyms></article></articles>'


def lgl_xml() -> str:
    porto = span_of(TEXT, "Porto")
    braga = span_of(TEXT, "Braga")
    portugal = span_of(TEXT, "Portugal")
    return (
        '<?xml version="1.0" encoding="utf-8"?><articles><article docid="7"><dltime>2030-02-01 10:00:00</dltime>'
        f"<text><![CDATA[{TEXT}]]></text><toponyms>"
        f"<toponym><start>{porto.start}</start><end>{porto.end}</end><phrase>Porto</phrase>"
        '<gaztag geonameid="1"><lat>41.15</lat><lon>-8.61</lon></gaztag></toponym>'
        f"<toponym><start>{braga.start}</start><end>{braga.end}</end><phrase>Braga</phrase></toponym>"
        f"<toponym><start>{portugal.start}</start><end>{portugal.end}</end><phrase>Portugal</phrase>"
        '<gaztag geonameid="2"><lat>39.5</lat><lon>-8.0</lon></gaztag></toponym>'
        "</toponyms></article></articles>"
    )


@pytest.fixture
def data(tmp_path):
    (tmp_path / "geowebnews").mkdir()
    (tmp_path / "lgl").mkdir()
    (tmp_path / "geowebnews" / "GWN.xml").write_text(gwn_xml(), encoding="utf-8")
    (tmp_path / "lgl" / "lgl.xml").write_text(lgl_xml(), encoding="utf-8")
    return tmp_path


def perfect(article) -> Document:
    entities, places = [], []
    for index, name in enumerate(COORDS):
        kind = "COUNTRY" if name == "Portugal" else "PLACE"
        entities.append(Entity(f"e{index}", name, kind, (span_of(TEXT, name),)))
        places.append(Place(f"e{index}", *COORDS[name]))
    return Document(article, tuple(entities), places=tuple(places))


def test_readers_keep_toponyms_and_drop_expressions(data):
    gold = geo.read_gold(data)
    assert [len(a.toponyms) for a in gold["gwn"]] == [3]
    assert [len(a.toponyms) for a in gold["lgl"]] == [3]
    assert gold["lgl"][0].text.date == "2030-02-01"
    assert geo.read_gold(data / "lgl" / "lgl.xml").keys() == {"lgl"}


def test_perfect_prediction_scores_one(data):
    report = geo.score(data, factory(perfect, ("places",)))
    for key in ("gwn", "lgl"):
        assert report.metric(f"{key}.span.exact.f1") == 1.0
        assert report.metric(f"{key}.acc@161km") == 1.0
        assert report.metric(f"{key}.mean_km") == pytest.approx(0.0, abs=1e-6)
    # LGL's Braga has no coordinates: it counts for spans, not for geocoding
    assert report.metric("lgl.end_to_end@161km") == 1.0


def test_empty_prediction_scores_zero(data):
    report = geo.score(data, factory(nothing))
    assert all(m.value == 0.0 for m in report.metrics)
    assert "stage not built yet: places" in report.notes[0]


def test_spans_without_coordinates_and_far_coordinates(data):
    def partly(article):
        doc = perfect(article)
        porto = doc.entities[0]
        wider = Entity("e0", "Porto", "PLACE", (span_of(TEXT, "hit Porto"),))
        return doc.with_(entities=(wider, *doc.entities[1:]), places=(Place("e0", 38.72, -9.14),))

    report = geo.score(data / "geowebnews" / "GWN.xml", factory(partly))
    assert report.metric("gwn.span.exact.f1") == pytest.approx(2 / 3)
    assert report.metric("gwn.span.partial.f1") == 1.0
    assert report.metric("gwn.acc@161km") == 0.0  # Porto placed in Lisbon, the others unplaced
    assert report.metric("gwn.median_km") == pytest.approx(274, abs=5)


def test_baseline_is_scored_on_the_same_toponyms(data):
    far = {name: (lat + 5.0, lon) for name, (lat, lon) in COORDS.items()}
    report = geo.score(data, factory(perfect, ("places",)), baseline=lambda name: far.get(name))
    assert report.metric("gwn.acc@161km") == 1.0
    assert report.metric("baseline.gwn.acc@161km") == 0.0  # 5 degrees of latitude: over 500 km
    near = geo.score(data, factory(perfect, ("places",)), baseline=lambda name: COORDS.get(name))
    assert near.metric("baseline.lgl.acc@161km") == 1.0
    assert near.metric("baseline.lgl.end_to_end@161km") == 1.0


def test_population_baseline_takes_the_largest_place_of_a_name():
    locate = geo.population_baseline()
    paris = locate("Paris")
    assert paris is not None and abs(paris[0] - 48.85) < 0.5 and abs(paris[1] - 2.35) < 0.5
    assert locate("Qorvandhi Zelmorith") is None

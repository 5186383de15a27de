"""Places: PLACE and COUNTRY entities resolved with the offline gazetteer (stages/places.py)."""

from __future__ import annotations

import pytest

from newsgraph.eval.matching import haversine_km
from newsgraph.model import Article, Document, Entity, Span
from newsgraph.resources.gazetteer import fold
from newsgraph.schema import validation_errors
from newsgraph.stages.places import make


@pytest.fixture(scope="module")
def stage():
    from newsgraph.settings import Settings

    return make(Settings())


def _doc(text: str, *entities: tuple[str, str, str | None]) -> Document:
    """A document whose entities are (name as written, type, country), each mentioned once."""
    built = []
    for index, (name, kind, country) in enumerate(entities):
        start = text.index(name)
        built.append(Entity(f"e{index + 1}", name, kind, (Span.of(text, start, start + len(name)),), country))
    return Document(article=Article(text=text), entities=tuple(built))


def _place(doc: Document, name: str):
    entity = next(e for e in doc.entities if e.name == name)
    return next((p for p in doc.places if p.entity == entity.id), None)


def _near(place, lat: float, lon: float, km: float = 50.0) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_a_city_in_its_country(stage):
    doc = stage(_doc("Workers at a plant outside Lyon, France, walked out.", ("Lyon", "PLACE", "FRA"), ("France", "COUNTRY", "FRA")), None)
    lyon = _place(doc, "Lyon")
    assert _near(lyon, 45.76, 4.84) and lyon.country == "FRA" and lyon.feature == "city" and lyon.geonameid


def test_a_capital_is_marked_as_one(stage):
    doc = stage(_doc("Talks opened in Ulaanbaatar.", ("Ulaanbaatar", "PLACE", None)), None)
    place = _place(doc, "Ulaanbaatar")
    assert _near(place, 47.9, 106.9) and place.country == "MNG" and place.feature == "capital"


def test_an_ambiguous_name_goes_to_the_country_the_text_names(stage):
    alone = stage(_doc("Flooding closed roads around Hamilton.", ("Hamilton", "PLACE", None)), None)
    with_country = stage(
        _doc("Flooding closed roads around Hamilton, officials in New Zealand said.", ("Hamilton", "PLACE", None), ("New Zealand", "COUNTRY", "NZL")),
        None,
    )
    assert _place(alone, "Hamilton").country == "CAN"
    assert _place(with_country, "Hamilton").country == "NZL"


def test_the_entitys_own_country_comes_first(stage):
    doc = stage(_doc("Students rallied in Cambridge.", ("Cambridge", "PLACE", "USA")), None)
    assert _place(doc, "Cambridge").country == "USA"


def test_a_us_state_named_in_the_text_picks_its_town(stage):
    plain = stage(_doc("The fair in Paris drew a crowd.", ("Paris", "PLACE", None)), None)
    text = "The fair in Paris, Tenn., drew a crowd."
    in_state = stage(_doc(text, ("Paris", "PLACE", None), ("Tenn.", "PLACE", None)), None)
    assert _place(plain, "Paris").country == "FRA"
    assert _near(_place(in_state, "Paris"), 36.3, -88.3)
    assert _place(in_state, "Tenn.").feature == "state"


def test_names_match_without_accents_case_or_by_alternate_name(stage):
    doc = stage(
        _doc("From SAO PAULO to Kiev and Zürich.", ("SAO PAULO", "PLACE", None), ("Kiev", "PLACE", None), ("Zürich", "PLACE", None)),
        None,
    )
    assert _place(doc, "SAO PAULO").country == "BRA"
    assert _place(doc, "Kiev").country == "UKR"
    assert _place(doc, "Zürich").country == "CHE"
    assert fold("São Paulo") == fold("sao paulo")


def test_washington_is_the_capital_not_the_state(stage):
    doc = stage(_doc("Lawmakers in Washington voted.", ("Washington", "PLACE", None)), None)
    place = _place(doc, "Washington")
    assert _near(place, 38.9, -77.0) and place.feature == "capital"


def test_a_name_not_in_the_gazetteer_gets_no_place(stage):
    doc = stage(_doc("Rebels held Qorvandhi Ridge and Zelmorith.", ("Qorvandhi Ridge", "PLACE", None), ("Zelmorith", "PLACE", None)), None)
    assert doc.places == ()


def test_countries_get_a_point_inside_them(stage):
    doc = stage(_doc("Officials from North Korea and Chile met.", ("North Korea", "COUNTRY", "PRK"), ("Chile", "COUNTRY", "CHL")), None)
    korea, chile = _place(doc, "North Korea"), _place(doc, "Chile")
    assert korea.feature == "country" and korea.country == "PRK" and korea.geonameid == 1873107
    assert 37.5 < korea.lat < 43.0 and 124.0 < korea.lon < 131.0
    assert chile.country == "CHL" and -56 < chile.lat < -17 and -76 < chile.lon < -66


def test_a_facility_takes_its_citys_point(stage):
    doc = stage(
        _doc("Flights left Kabul International Airport and Zelmorith Airport.", ("Kabul International Airport", "PLACE", None), ("Zelmorith Airport", "PLACE", None)),
        None,
    )
    airport = _place(doc, "Kabul International Airport")
    assert _near(airport, 34.53, 69.17) and airport.feature == "facility" and airport.country == "AFG"
    assert _place(doc, "Zelmorith Airport") is None


def test_end_to_end_places_validate(pipeline):
    text = (
        "Protesters marched through Nairobi on Saturday, and the police in Kenya said about 300 people "
        "took part. Smaller rallies were held in Mombasa."
    )
    doc = pipeline.run(Article(text=text))
    by_name = {e.name: e for e in doc.entities}
    places = {p.entity: p for p in doc.places}
    assert places[by_name["Nairobi"].id].country == "KEN"
    assert places[by_name["Kenya"].id].feature == "country"
    assert places[by_name["Mombasa"].id].country == "KEN"
    assert validation_errors(doc.to_dict()) == []


# --- context: containers, datelines, neighbours ----------------------------------------------


def test_a_city_written_with_its_province_is_in_that_country(stage):
    doc = stage(_doc("Crews cleared snow in London, Ontario, on Monday.", ("London", "PLACE", None), ("Ontario", "PLACE", None)), None)
    london = _place(doc, "London")
    assert london.country == "CAN" and _near(london, 42.98, -81.25)
    # the province itself has no point in the installed data: no Californian namesake instead
    assert _place(doc, "Ontario") is None


def test_a_city_written_with_its_state_is_in_that_state(stage):
    doc = stage(_doc("The mill in Athens, Ohio, will close.", ("Athens", "PLACE", None), ("Ohio", "PLACE", None)), None)
    assert _near(_place(doc, "Athens"), 39.33, -82.10)


def test_a_capitals_wire_dateline_is_the_capital(stage):
    text = "WASHINGTON (AP) \u2014 Lawmakers in North Carolina approved the plan on Tuesday."
    doc = stage(_doc(text, ("WASHINGTON", "PLACE", None), ("North Carolina", "PLACE", None)), None)
    place = _place(doc, "WASHINGTON")
    assert _near(place, 38.9, -77.04) and place.feature == "capital"


def test_a_suburb_goes_near_the_city_the_article_is_about(stage):
    text = "The Cincinnati council met on Tuesday. Police in Norwood closed a road after the storm."
    doc = stage(_doc(text, ("Cincinnati", "PLACE", None), ("Norwood", "PLACE", None)), None)
    assert _near(_place(doc, "Norwood"), 39.16, -84.46)


def test_small_towns_back_each_other(stage):
    doc = stage(_doc("Fans drove from Watkinsville to Athens for the game.", ("Watkinsville", "PLACE", None), ("Athens", "PLACE", None)), None)
    assert _near(_place(doc, "Athens"), 33.96, -83.38)
    assert _near(_place(doc, "Watkinsville"), 33.86, -83.41)


def test_a_very_large_city_of_a_named_country_beats_a_namesake_near_other_places(stage):
    text = "Flights from New York and Baltimore to Moscow will start in May, officials in Russia said."
    doc = stage(
        _doc(text, ("New York", "PLACE", None), ("Baltimore", "PLACE", None), ("Moscow", "PLACE", "RUS"), ("Russia", "COUNTRY", "RUS")),
        None,
    )
    assert _place(doc, "Moscow").country == "RUS"


def test_a_nationality_word_names_the_country(stage):
    doc = stage(_doc("Marches were held in St. Petersburg and several other Russian cities.", ("St. Petersburg", "PLACE", None)), None)
    assert _place(doc, "St. Petersburg").country == "RUS"


# --- what is not a town ----------------------------------------------------------------------


def test_a_park_named_like_a_city_is_not_put_in_that_city(stage):
    doc = stage(_doc("Families from Kelvarra picnicked in Victoria Park on Sunday.", ("Victoria Park", "PLACE", None)), None)
    assert _place(doc, "Victoria Park") is None


def test_a_park_of_the_town_the_article_is_about_takes_the_towns_point(stage):
    text = "Families in Decatur, Ill., picnicked in Decatur Park on Sunday."
    doc = stage(_doc(text, ("Decatur", "PLACE", None), ("Ill.", "PLACE", None), ("Decatur Park", "PLACE", None)), None)
    park = _place(doc, "Decatur Park")
    assert park is not None and park.feature == "facility" and park.geonameid is None and _near(park, 39.84, -88.95)


def test_a_saints_name_is_not_a_town_but_a_large_city_is(stage):
    saint = stage(_doc("Pilgrims prayed near the tomb of St. Peter for hours.", ("St. Peter", "PLACE", None)), None)
    city = stage(_doc("The team flew to St. Louis for the final.", ("St. Louis", "PLACE", None)), None)
    assert _place(saint, "St. Peter") is None
    assert _near(_place(city, "St. Louis"), 38.63, -90.2)


def test_a_street_is_not_a_town(stage):
    doc = stage(_doc("Traffic was closed on North Lumpkin Street.", ("North Lumpkin Street", "PLACE", None)), None)
    assert _place(doc, "North Lumpkin Street") is None


def test_a_region_with_a_compass_word_is_its_place(stage):
    doc = stage(_doc("Storms knocked out power across North Texas overnight.", ("North Texas", "PLACE", None)), None)
    place = _place(doc, "North Texas")
    assert place.feature == "state" and place.country == "USA" and _near(place, 31.0, -99.0, 300)


def test_a_part_of_the_americas_is_no_part_of_the_united_states(stage):
    doc = stage(_doc("Growers in Central America sold more coffee.", ("Central America", "PLACE", None)), None)
    place = _place(doc, "Central America")
    assert place is None or place.country != "USA"


def test_a_county_takes_the_point_of_the_articles_town_in_its_state(stage):
    doc = stage(_doc("Deputies in Laurel County arrested a man near London on Friday.", ("Laurel County", "PLACE", None), ("London", "PLACE", None)), None)
    london, county = _place(doc, "London"), _place(doc, "Laurel County")
    assert _near(london, 37.13, -84.08)  # the county names Kentucky, so London is London, Kentucky
    assert county.feature == "county" and county.geonameid is None and (county.lat, county.lon) == (london.lat, london.lon)


def test_a_county_without_a_town_of_its_state_gets_no_point(stage):
    doc = stage(_doc("Unemployment in Laurel County fell in March.", ("Laurel County", "PLACE", None)), None)
    assert _place(doc, "Laurel County") is None


def test_a_country_guessed_from_a_big_city_does_not_outweigh_neighbours(stage):
    # the entities stage gives "Alexandria" Egypt (its largest namesake); the towns around it
    # say Minnesota
    text = "A new shop opened in Alexandria, north of Osakis and Sauk Centre."
    doc = stage(_doc(text, ("Alexandria", "PLACE", "EGY"), ("Osakis", "PLACE", None), ("Sauk Centre", "PLACE", None)), None)
    assert _near(_place(doc, "Alexandria"), 45.89, -95.38)
    # the same guess of Manhattan's country gives no weight to New York's Manhattan either
    doc = stage(_doc("Students from Junction City drove to Manhattan for the concert.", ("Junction City", "PLACE", None), ("Manhattan", "PLACE", "USA")), None)
    assert _near(_place(doc, "Manhattan"), 39.18, -96.57)

"""The dateline's place and large cities the model mistypes (stages/entities/places.py).
One test per rule, each with a case where the rule must not fire."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, ArticleDate, Document, Entity, Span
from newsgraph.stages.entities import EntityStage, resolve
from newsgraph.stages.dateline import dateline_end
from newsgraph.stages.entities.places import dateline_place, retype_cities
from newsgraph.stages.entities.types import Mention, load_lexicon


def _owner(entities, text: str, mention: str):
    start = text.index(mention)
    found = [e for e in entities if any((m.start, m.end) == (start, start + len(mention)) for m in e.mentions)]
    return found[0] if found else None


# --- the dateline ---------------------------------------------------------------------------------


def test_dated_dateline_place_from_ingest_evidence_is_a_place_with_its_country(pipeline):
    text = "LIMA, June 3, 2021 - Farmers in Cusco protested on Monday. Lima said it would not raise fuel taxes."
    evidence = Span.of(text, 0, len("LIMA, June 3, 2021"))
    article = Article(text=text, date=ArticleDate("2021-06-03", False, "dateline", (evidence,)))
    doc = EntityStage(load_lexicon())(Document(article=article), pipeline.analyzer.analyze(text))
    place = _owner(doc.entities, text, "LIMA")
    assert place is not None and place.type == "PLACE" and place.country == "PER" and place.name == "Lima"
    # the acting capital in the body still stands for the government
    acting = next(e for e in doc.entities if any(m.start == text.index("Lima said") for m in e.mentions))
    assert acting.type == "COUNTRY" and acting.country == "PER"


def test_dateline_capital_is_never_the_government(entities_of):
    text = "ACCRA, May 2, 2022 - Ghana's cocoa board raised the farm-gate price on Monday."
    entities = entities_of(text, Span.of(text, 0, len("ACCRA, May 2, 2022")))
    place = _owner(entities, text, "ACCRA")
    assert place is not None and place.type == "PLACE" and place.country == "GHA"
    assert not any(e.type == "COUNTRY" and any(m.text == "ACCRA" for m in e.mentions) for e in entities)


def test_undated_dateline_with_an_agency_is_read_from_the_text(entities_of):
    text = "MANILA (Harbor Wire) - The coast guard towed a damaged ferry to port on Sunday."
    place = _owner(entities_of(text), text, "MANILA")
    assert place is not None and place.type == "PLACE" and place.country == "PHL"


def test_non_capital_dateline_city_takes_its_country_from_geonames(entities_of):
    text = "KARACHI - Dock workers ended a three-day strike after wages were raised."
    place = _owner(entities_of(text), text, "KARACHI")
    assert place is not None and place.type == "PLACE" and place.country == "PAK" and place.name == "Karachi"


def test_heading_word_before_a_dash_is_not_a_dateline():
    assert dateline_place("BREAKING - The mill closed after a fire.") is None
    assert dateline_place("The mill in Pune closed - workers said.") is None
    assert dateline_place("PUNE, March 2 - The mill closed.") == (0, 4)


def test_a_dateline_may_give_a_region_before_its_date_and_a_wire_without_brackets():
    text = "OKLAHOMA CITY, Okla. March 11, Reuter - State Banking Commissioner Tom Hale resigned."
    assert dateline_place(text) == (0, len("OKLAHOMA CITY"))
    assert dateline_end(text) == text.index("State")


def test_dateline_evidence_place_ends_at_the_first_comma():
    text = "SAN JOSE, Costa Rica, July 4, 2020 - Rain fell."
    evidence = Span.of(text, 0, len("SAN JOSE, Costa Rica, July 4, 2020"))
    assert dateline_place(text, evidence) == (0, len("SAN JOSE"))


# --- large cities the model calls people or organizations -------------------------------------------


def _mention(text: str, name: str, etype: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), etype, name)


def test_large_city_after_a_place_word_is_a_place(pipeline):
    text = "Cyclists rode through central Sydney before dawn."
    mention = _mention(text, "Sydney", "PERSON")
    retype_cities(pipeline.analyzer.analyze(text), [mention])
    assert mention.type == "PLACE" and mention.country == "AUS"


def test_city_name_without_a_place_word_stays_a_person(pipeline):
    text = "Sydney thanked the volunteers before dawn."
    mention = _mention(text, "Sydney", "PERSON")
    retype_cities(pipeline.analyzer.analyze(text), [mention])
    assert mention.type == "PERSON"


def test_small_city_name_after_a_place_word_stays_a_person(pipeline):
    # Charlotte has fewer than a million people: the name belongs to people too often
    text = "The award went to Charlotte after a long debate."
    mention = _mention(text, "Charlotte", "PERSON")
    retype_cities(pipeline.analyzer.analyze(text), [mention])
    assert mention.type == "PERSON"


def test_city_the_model_calls_a_person_is_a_place_end_to_end(entities_of):
    text = "Crowds of students marched through central Santiago on Tuesday to protest against tuition fees."
    place = _owner(entities_of(text), text, "Santiago")
    assert place is not None and place.type == "PLACE" and place.country == "CHL"


def test_a_successor_states_entities_are_the_former_states_before_the_succession():
    from newsgraph.stages.entities.borders import as_of, former_state

    assert former_state("RUS", "1987-03-11") == "SUN" and former_state("RUS", "1992-01-05") is None
    assert former_state("HRV", "1991") is None  # a year alone may fall after the change
    assert former_state("SVK", "1992") == "CSK" and former_state("FRA", "1987-03-11") is None
    moscow = Entity(id="e1", name="Moscow", type="PLACE", mentions=(Span(0, 6, "Moscow"),), country="RUS")
    assert as_of((moscow,), "1987-03-11")[0].country == "SUN" and as_of((moscow,), None)[0].country == "RUS"

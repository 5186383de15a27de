"""Events stage: PLOVER types, actors, modality, date, place and source on sentences written here."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, ArticleDate
from newsgraph.schema import validation_errors
from newsgraph.stages.events.lexicon import load_event_lexicon


@pytest.fixture(scope="module")
def run(pipeline):
    def annotate(text: str, date: str = "2024-03-12"):
        return pipeline.run(Article(text=text, date=ArticleDate(date)))

    return annotate


def _only(doc, kind: str):
    found = [e for e in doc.events if e.type == kind]
    assert found, f"no {kind} event in {[(e.type, e.trigger.text) for e in doc.events]}"
    return found[0]


def _name(doc, entity_id):
    entity = doc.entity(entity_id) if entity_id else None
    return entity.name if entity else None


@pytest.mark.parametrize(
    ("sentence", "kind", "actor", "recipient"),
    [
        ("The Kenyan president met Tanzania's foreign minister in Nairobi on Monday.", "CONSULT", "KEN", "TZA"),
        ("Brazil promised to help Argentina rebuild its ports.", "AGREE", "BRA", "ARG"),
        ("Germany praised Poland for its handling of the border crisis.", "SUPPORT", "DEU", "POL"),
        ("Japan sent humanitarian aid to Indonesia after the earthquake.", "AID", "JPN", "IDN"),
        ("Egypt condemned Ethiopia over the new dam.", "ACCUSE", "EGY", "ETH"),
        ("Canada urged India to release the detained journalists.", "REQUEST", "CAN", "IND"),
        ("Peru rejected the proposal from Chile on fishing rights.", "REJECT", "PER", "CHL"),
        ("Turkey threatened Greece with new tariffs.", "THREATEN", "TUR", "GRC"),
        ("Australia expelled two Chinese diplomats on Friday.", "SANCTION", "AUS", "CHN"),
        ("Pakistan deployed troops along the border with Afghanistan.", "MOBILIZE", "PAK", None),
        ("Nigerian police arrested three Ghanaian traders in Lagos.", "COERCE", "NGA", None),
        ("Syria shelled Turkish positions near the border.", "ASSAULT", "SYR", None),
    ],
)
def test_main_types_with_actor_and_recipient_countries(run, sentence, kind, actor, recipient):
    doc = run(sentence)
    event = _only(doc, kind)
    assert event.actor.country == actor
    if recipient:
        assert event.recipient is not None and event.recipient.country == recipient
    assert event.cameo and load_event_lexicon().coding(event.cameo).type == kind
    assert 0.0 <= event.confidence <= 1.0
    assert validation_errors(doc.to_dict()) == []


def test_protesters_march(run):
    doc = run("Thousands of students marched through Santiago on Sunday to demand cheaper tuition.")
    assert _only(doc, "PROTEST").modality == "asserted"


def test_passive_voice_actor_is_the_agent(run):
    doc = run("Two Vietnamese fishermen were detained by Philippine coast guard officers on Tuesday.")
    event = _only(doc, "COERCE")
    assert event.actor.country == "PHL"
    assert event.recipient is not None and event.recipient.country == "VNM"


def test_negation(run):
    doc = run("Mexico did not sign the agreement with Guatemala.")
    assert _only(doc, "SUPPORT").modality == "negated"


def test_expected_and_possible(run):
    doc = run("The summit between Ghana and Togo is expected to take place in Accra. Officials said Morocco might sign the accord with Spain.")
    assert _only(doc, "CONSULT").modality == "expected"
    assert _only(doc, "SUPPORT").modality == "possible"


def test_stated_intent_is_coded_as_intent(run):
    doc = run("France will host talks with Mali next week. Algeria said it would attack Niger's border posts.")
    agree, threat = _only(doc, "AGREE"), _only(doc, "THREATEN")
    assert agree.cameo.startswith("03") and agree.modality == "expected"
    assert threat.cameo.startswith("13") and threat.actor.country == "DZA"


def test_hypothetical(run):
    doc = run("Officials warned that sanctions would follow if Belarus attacked Lithuania.")
    assert _only(doc, "ASSAULT").modality == "hypothetical"


def test_historical_background(run):
    doc = run("In 2015, Sweden expelled a Russian diplomat.")
    assert _only(doc, "SANCTION").modality == "historical"


def test_reported_by_date_and_place(run):
    text = "Norway's prime minister held talks with the Finnish president in Oslo on March 10, Reuters reported."
    doc = run(text)
    event = _only(doc, "CONSULT")
    assert event.actor.country == "NOR" and event.recipient.country == "FIN"
    assert event.date == "2024-03-10"
    assert _name(doc, event.place) == "Oslo"
    assert "Reuters" in event.reported_by
    assert event.trigger.text in text and event.evidence.start <= event.trigger.start


def test_according_to_outlet(run):
    doc = run("Iran arrested a French tourist in Tehran, according to the Associated Press.")
    assert _only(doc, "COERCE").reported_by


def test_sentence_without_event(run):
    doc = run("The weather in Lisbon was mild and the museums were full of visitors.")
    assert doc.events == ()


def test_weapons_on_parade_are_no_assault(run):
    doc = run("Tanks and new missiles will be displayed at a parade in Tehran on Friday to mark the anniversary.")
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    assert all(e.modality != "asserted" for e in doc.events if e.type == "MOBILIZE")


def test_joint_actor_is_one_event(run):
    doc = run("Kenya and Uganda are sending delegations to Somalia.")
    events = [e for e in doc.events if e.type == "CONSULT"]
    assert len(events) == 1
    assert events[0].actor.country == "KEN"
    assert [a.country for a in events[0].co_actors] == ["UGA"]


def test_lexicon_types_agree_with_cameo_table():
    lexicon = load_event_lexicon()
    for group in lexicon.patterns.values():
        for pattern in (p for p in group if p.type):  # a frame that codes nothing has no code
            coding = lexicon.coding(pattern.cameo)
            assert coding is not None, pattern
            assert coding.type == pattern.type or pattern.cameo.startswith("08"), pattern


def test_body_start_skips_dated_undated_and_agency_datelines():
    from newsgraph.model import Document
    from newsgraph.stages.dateline import body_start

    def start(text: str) -> str:
        return text[body_start(Document(article=Article(text=text, date=ArticleDate("2024-03-12")))):]

    assert start("HANOI, June 3, 2024 - Vietnam said.").startswith("Vietnam")
    assert start("QUITO (Pacific Wire) \u2013 Ecuador said.").startswith("Ecuador")
    assert start("MANILA, June 3 -- Officials said.").startswith("Officials")
    assert body_start(Document(article=Article(text="Vietnam said - again - it would.", date=ArticleDate("2024-03-12")))) == 0
    assert body_start(Document(article=Article(text="UPDATE - Vietnam said.", date=ArticleDate("2024-03-12")))) == 0


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("HANOI, June 3, 2024 - Vietnam sent food aid to Laos after the storm.", "AID", "VNM"),
        ("QUITO (Pacific Wire) - Colombia condemned Venezuela over the border closure.", "ACCUSE", "COL"),
        ("Vietnam sent food aid to Laos after the storm.", "AID", "VNM"),
    ],
)
def test_dateline_city_is_never_the_actor(run, text: str, kind: str, actor: str):
    doc = run(text)
    event = _only(doc, kind)
    assert event.actor.country == actor
    dateline_end = text.index(" - ") if " - " in text else 0
    for role in (event.actor.entity, event.recipient.entity if event.recipient else None, event.place):
        entity = doc.entity(role) if role else None
        assert entity is None or any(m.start >= dateline_end for m in entity.mentions)


def test_natural_causes_are_no_actors(run):
    floods = run("Floods killed 30 people in Bangladesh last week.")
    assert not [e for e in floods.events if e.type in ("ASSAULT", "COERCE")]
    quake = run("Indonesia mourned on Monday. A strong earthquake has killed 40 people since Sunday.")
    assert not [e for e in quake.events if e.type in ("ASSAULT", "COERCE")]
    gunmen = run("Gunmen killed 30 people in Bangladesh last week.")
    assert _only(gunmen, "ASSAULT")
    crowd = run("In Peru, thousands of protesters marched through the capital on Sunday.")
    assert _only(crowd, "PROTEST")

"""Outlets on no list, typed from the words around them (stages/entities/context.py).
Every name here is invented and on no list of the project."""

from __future__ import annotations

import pytest

from newsgraph.resources import outlets

pytestmark = pytest.mark.slow


def _typed(entities, name: str):
    return next((e for e in entities if e.name == name), None)


OUTLET_SENTENCES = [
    # head noun after the name
    ("Ruritania's Zelkova news agency reported that the talks failed.", "Zelkova"),
    ("Officials said, the Quillton newspaper reported.", "Quillton"),
    ("The attack killed three people, Kora TV reported.", "Kora TV"),
    # head noun before the name, in apposition
    ("The minister spoke, according to the state broadcaster Kora.", "Kora"),
    ("The Moscow daily Vostok said the plan was dead.", "Vostok"),
    # apposition after the name
    ("Brelland Corp reported a loss. Zarkova, the private broadcaster, said so.", "Zarkova"),
    # reporting frames
    ("The ministry denied the claim, Velmont Daily reported on Tuesday.", "Velmont Daily"),
    ("A spokesman told Velmont Daily that the claim was false.", "Velmont Daily"),
    ("Velmont Daily said in a report that the claim was false.", "Velmont Daily"),
    ("Kalvor Press quoted a police officer as saying the suspect fled.", "Kalvor Press"),
    # an outlet word closing a name after "the": no person's name takes an article
    ("Police detained 30 protesters on Monday, the Lovene Courier reported.", "Lovene Courier"),
    ("Police detained 30 protesters on Monday, the Fosov Courier reported.", "Fosov Courier"),
    # one word on no list after "according to", whatever the model made of it
    ("According to Vosikron, the talks failed on Monday.", "Vosikron"),
    ("According to Futasa, the talks failed on Monday.", "Futasa"),
]


def test_invented_names_are_on_no_list():
    listed = {n.casefold() for e in outlets() for n in (e.name, *e.aliases)}
    assert not listed & {name.casefold() for _, name in OUTLET_SENTENCES}


@pytest.mark.parametrize(("text", "name"), OUTLET_SENTENCES)
def test_outlet_on_no_list_is_typed_from_context(entities_of, text, name):
    found = _typed(entities_of(text), name)
    assert found is not None and found.type == "OUTLET", [(e.name, e.type) for e in entities_of(text)]


def test_outlet_country_from_the_words_before_it(entities_of):
    assert _typed(entities_of("Iran's Tasnivar news agency reported the strike."), "Tasnivar").country == "IRN"
    assert _typed(entities_of("The Moscow daily Vostok said the plan was dead."), "Vostok").country == "RUS"


def test_a_place_before_a_head_noun_stays_a_place(entities_of):
    found = entities_of("The Moscow daily Vostok said the plan was dead.")
    assert _typed(found, "Moscow").type == "PLACE"


@pytest.mark.parametrize("place, outlet", [("Patov", "Pufon"), ("Togakas", "Podi")])
def test_a_head_noun_before_a_name_the_model_missed_is_that_names(entities_of, place, outlet):
    found = entities_of(f"The {place} daily {outlet} said the plan was dead.")
    assert _typed(found, outlet).type == "OUTLET" and _typed(found, place).type == "PLACE"


def test_known_organizations_and_ministries_are_not_outlets(entities_of):
    assert _typed(entities_of("Amnesty International said in a report that the claim was false."), "Amnesty International").type == "ORG"
    found = entities_of("The Velmont Ministry of Health reported 40 new cases.")
    assert all(e.type != "OUTLET" for e in found)


def _holding(entities, text: str, mention: str):
    start = text.index(mention)
    return next((e for e in entities if any((m.start, m.end) == (start, start + len(mention)) for m in e.mentions)), None)


def test_acronym_in_brackets_joins_its_organization_even_in_another_order(entities_of):
    text = "The Tovar Liberation Army (ELT) claimed the attack. Officials said the ELT had no base there."
    found = entities_of(text)
    front = _holding(found, text, "Tovar Liberation Army")
    assert front is not None and _holding(found, text, "ELT") is front
    later = text.rindex("ELT")
    assert any((m.start, m.end) == (later, later + 3) for m in front.mentions)


def test_a_two_letter_acronym_defined_in_brackets_names_the_body_at_every_later_use(entities_of):
    text = "The Pelor Alliance (PA) was exerting every effort, Mr Vell added. Ruritania shared information with the PA. The PA denied it."
    front = _holding(entities_of(text), text, "Pelor Alliance")
    assert front is not None
    assert sum(1 for m in front.mentions if m.text == "PA") == 3


def test_two_capital_letters_no_bracket_defined_name_no_one(entities_of):
    text = "Mr Vell said the PA system failed. The Pelor Alliance met on Monday."
    front = _holding(entities_of(text), text, "Pelor Alliance")
    assert front is None or not any(m.text == "PA" for m in front.mentions)


def test_the_prime_minister_is_no_description_of_a_foreign_minister(entities_of):
    text = "Foreign Minister Ana Kolb met officials on Monday. The prime minister said the talks had failed."
    found = entities_of(text)
    assert _holding(found, text, "The prime minister") is not _holding(found, text, "Ana Kolb")
    text = "Prime Minister Ana Kolb met officials. The minister said the talks had failed."
    found = entities_of(text)
    assert _holding(found, text, "The minister") is _holding(found, text, "Ana Kolb")


def test_a_subject_after_a_names_comma_is_no_apposition_of_it(entities_of):
    text = "Echoing the Varnian foreign minister Ana Kolb, the prime minister said the policy had changed."
    kolb = _holding(entities_of(text), text, "Ana Kolb")
    assert kolb is not None and not any(m.text == "the prime minister" for m in kolb.mentions)


def test_a_name_alone_is_the_surname_of_one_and_not_the_given_name_of_another(entities_of):
    text = "Party leader Tomas Vell sacked Vell Kolbane on Friday. Mr Kolbane said he was sorry. Mr Vell said the decision was final."
    found = entities_of(text)
    later = text.rindex("Vell")
    leader = _holding(found, text, "Tomas Vell")
    assert leader is not None and any((m.start, m.end) == (later, later + 4) for m in leader.mentions)


def test_company_with_and_without_its_legal_form_is_one_entity(entities_of):
    text = "Brelland Corp said profits rose. Shares of Brelland Corporation fell on Monday."
    found = entities_of(text)
    assert _holding(found, text, "Brelland Corp") is _holding(found, text, "Brelland Corporation") is not None


def test_dictionary_aliases_are_one_entity(entities_of):
    text = "NATO said on Monday that the North Atlantic Treaty Organization would meet."
    found = entities_of(text)
    assert _holding(found, text, "NATO") is _holding(found, text, "North Atlantic Treaty Organization") is not None


def test_a_built_site_the_model_calls_an_organization_is_a_place(entities_of):
    text = "The crowd gathered at the Tovarro Convention Centre. Later they moved to the Museum of Flight."
    found = entities_of(text)
    assert all(e.type == "PLACE" for e in found if "Convention Centre" in e.name or "Museum" in e.name)
    assert any("Museum" in e.name for e in found)


def test_unknown_name_in_a_strong_place_slot_is_a_place(entities_of):
    found = entities_of("Officials in Kroteta expect the water to recede. Protesters marched in Tovaro on Monday.")
    assert _typed(found, "Kroteta").type == "PLACE"
    assert _typed(found, "Tovaro").type == "PLACE"


def test_a_bare_word_in_a_reporting_frame_is_an_outlet_unless_the_text_makes_it_a_person(entities_of):
    assert _typed(entities_of("Sofan reported the launch on Monday, officials said."), "Sofan").type == "OUTLET"
    assert _typed(entities_of("Mr Sofan reported the theft to police."), "Sofan").type == "PERSON"


def test_unknown_destination_of_a_travel_verb_is_a_place(entities_of):
    assert _typed(entities_of("The premier will visit Delo on Thursday."), "Delo").type == "PLACE"
    assert _typed(entities_of("The premier flew to Rabin on Monday."), "Rabin").type == "PLACE"
    # a person the text names in full, or one the actor dictionaries know, stays a person
    text = "Ana Delo met the premier. The premier will visit Delo on Thursday."
    found = entities_of(text)
    later = text.rindex("Delo")
    holder = next(e for e in found if any(m.start == later for m in e.mentions))
    assert holder.type == "PERSON"
    assert _typed(entities_of("The premier will visit Putin on Thursday."), "Putin").type == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Drerul news agency reported that the border was closed.", "Drerul"),
        ("Brelland Corp reported a loss. Nasoziv, the private broadcaster, said so.", "Nasoziv"),
        ("Dobrin reported the launch on Monday, officials said.", "Dobrin"),
        ("According to Tabrakov, the ferry service will resume in March.", "Tabrakov"),
        ("PETRADAK (Kafoku) - Lawmakers approved the plan on Tuesday.", "Kafoku"),
        ("The Velmorat News observed that the clock was harmless.", "Velmorat News"),
    ],
)
def test_an_outlet_the_model_missed_is_found_by_its_cue(entities_of, text, name):
    found = _typed(entities_of(text), name)
    assert found is not None and found.type == "OUTLET"


@pytest.mark.parametrize(
    "text, place",
    [
        ("Krizebo's Krugarar news agency reported that the talks failed.", "Krizebo"),
        ("The Bapunti daily Rakra said the plan was dead.", "Bapunti"),
    ],
)
def test_the_name_before_an_outlet_is_its_place(entities_of, text, place):
    found = _typed(entities_of(text), place)
    assert found is not None and found.type == "PLACE"


def test_a_word_reporting_beside_an_outlet_is_an_outlet(entities_of):
    found = entities_of("The Zelkova news agency reported the launch on Monday, and Vufos said Tokyo had protested.")
    assert _typed(found, "Vufos").type == "OUTLET"
    found = entities_of("The Zelkova news agency reported the launch on Monday, and Lena Varga said Tokyo had protested.")
    assert _typed(found, "Lena Varga").type == "PERSON"  # a person named in full stays one


@pytest.mark.parametrize("verb", ["arrested", "detained", "kidnapped", "deported"])
def test_a_name_done_to_as_people_are_is_a_person(entities_of, verb):
    found = entities_of(f"Police {verb} Kelmo Dravit in the capital on Monday.")
    assert _typed(found, "Kelmo Dravit").type == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("But aid charity Helpwise criticised the plans and called on rich nations to act.", "Helpwise", "NGO"),
        ("Pressure group Freewatch criticised the plans.", "Freewatch", "NGO"),
        ("The mining company Rexfield sacked 300 workers.", "Rexfield", "BUS"),
    ],
)
def test_a_name_after_a_word_for_its_kind_is_that_organization(entities_of, text, name, sector):
    found = _typed(entities_of(text), name)
    assert found is not None and (found.type, found.sector) == ("ORG", sector)


def test_a_name_after_a_person_noun_stays_a_person(entities_of):
    text = "Union leader Bob Tamsin criticised the plans, and charity worker Ann Velder agreed."
    found = entities_of(text)
    assert _typed(found, "Bob Tamsin").type == "PERSON" and _typed(found, "Ann Velder").type == "PERSON"


def test_a_short_name_of_one_organization_joins_it(entities_of):
    text = "Media giant Kestrel Universal has been fined by regulators. The regulator said Kestrel had misled investors, and Kestrel said it would appeal."
    found = entities_of(text)
    owner = _holding(found, text, "Kestrel Universal")
    assert owner is not None and owner.type == "ORG"
    later = text.index("Kestrel had")
    assert any(m.start == later for m in owner.mentions)


def test_a_titled_short_name_stays_a_person(entities_of):
    text = "Building products group Arlo Venn has agreed to pay victims, and Mr Venn said it would comply."
    found = entities_of(text)
    later = text.index("Venn said")
    assert not any(m.start == later for m in _holding(found, text, "Arlo Venn").mentions)

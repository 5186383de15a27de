"""Titles of coordinated people, inner words of long names, leaders' sectors and outlet names.
One test per rule, each with a case where the rule must not fire."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, NamedSpan
from newsgraph.stages.entities.coref import Cluster, merge_partial_names
from newsgraph.stages.entities import resolve
from newsgraph.stages.entities.types import Mention, load_lexicon, model_mentions


def _named(entities, name: str):
    found = [e for e in entities if any(m.text == name for m in e.mentions)]
    return found[0] if found else None


# --- the nearest title's nationality --------------------------------------------------------------


def test_each_coordinated_person_takes_the_nationality_of_its_own_title(entities_of):
    text = "Peruvian President Ana Maria Torres and Bolivian President Luis Quispe opened a bridge on Friday."
    entities = entities_of(text)
    assert _named(entities, "Ana Maria Torres").country == "PER"
    quispe = _named(entities, "Luis Quispe")
    assert quispe.country == "BOL" and quispe.roles == ("President",)


def test_a_person_without_a_title_takes_no_nationality_from_the_one_before(entities_of):
    text = "Peruvian President Ana Maria Torres met Luis Quispe at the border on Friday."
    entities = entities_of(text)
    assert _named(entities, "Ana Maria Torres").country == "PER"
    assert _named(entities, "Luis Quispe").country is None


def test_a_title_before_a_coordination_is_the_first_persons_not_the_names(entities_of):
    entities = entities_of("The opposition leader Ann Veldt accused the prime minister and Mr Keller of squabbling on Friday.")
    assert _named(entities, "Keller").roles == ()
    assert not any(m.text.startswith("the prime minister") for e in entities for m in e.mentions)
    joined = entities_of("The plans were announced by the Trade and Industry Secretary Ann Veldt on Friday.")
    assert _named(joined, "Ann Veldt").roles == ("Secretary",)


def test_a_dash_between_spaces_ends_a_title_before_a_name(entities_of):
    entities = entities_of("Ann Veldt joined Bram Keller - who the leader put in charge in her stead - and Deputy Prime Minister Carl Osk at a launch.")
    osk = _named(entities, "Carl Osk")
    assert all(m.text in ("Carl Osk",) for m in osk.mentions)
    assert _named(entities_of("UN Secretary-General Carl Osk spoke on Monday."), "Carl Osk").roles == ("Secretary-General",)


# --- inner words of a full name -----------------------------------------------------------------------


def _person(*names: str) -> Cluster:
    cluster = Cluster("PERSON")
    for index, name in enumerate(names):
        cluster.mentions.append(Mention(index * 100, index * 100 + len(name), "PERSON", name))
    return cluster


def test_one_word_name_equal_to_an_inner_word_of_one_full_name_joins_it():
    full, short = _person("Jose Alberto Mujica Cordano"), _person("Mujica")
    clusters = merge_partial_names([full, short])
    assert clusters == [full] and {m.name for m in full.mentions} == {"Jose Alberto Mujica Cordano", "Mujica"}


def test_inner_word_shared_by_two_full_names_joins_neither():
    first, second, short = _person("Ana Maria Lopes Vieira"), _person("Rui Lopes Matos"), _person("Lopes")
    clusters = merge_partial_names([first, second, short])
    assert len(clusters) == 3 and short in clusters


# --- leaders and their sectors ---------------------------------------------------------------------------


def test_union_leader_is_labor_not_government(entities_of):
    text = "Dock workers cheered. Union leader Marta Quispe said the strike would go on."
    person = _named(entities_of(text), "Marta Quispe")
    assert person.roles == ("Union Leader",) and person.sector == "LAB"


def test_leader_of_a_state_is_government_and_a_bare_leader_has_no_sector(entities_of):
    text = "Russian leader Ivan Belov met farmers. Later, team leader Olga Petrova spoke to them."
    entities = entities_of(text)
    assert _named(entities, "Ivan Belov").sector == "GOV"
    petrova = _named(entities, "Olga Petrova")
    assert petrova.roles == ("Leader",) and petrova.sector is None


def test_the_head_of_a_named_body_takes_the_bodys_sector_not_the_states(entities_of):
    text = "Marco Vidal, president of the Velran Association of Citrus Growers, welcomed the ruling."
    assert _named(entities_of(text), "Marco Vidal").sector is None  # heads no government
    text = "Senate Budget Committee chairman Ann Lee would want White House support for any tax rise."
    assert _named(entities_of(text), "Ann Lee").sector == "LEG"
    text = "Ann Lee, president of Brazil, arrived. Bank of Japan Governor Ken Sato spoke."
    entities = entities_of(text)
    assert _named(entities, "Ann Lee").sector == "GOV" and _named(entities, "Ken Sato").sector == "GOV"
    assert _named(entities_of("Rexfield chairman Tom Hale spoke."), "Tom Hale").sector == "BUS"
    # a central bank's chairman holds an office of state, though "chairman" alone is a firm's
    assert _named(entities_of("Federal Reserve chairman Tom Hale urged Congress to act."), "Tom Hale").sector == "GOV"
    assert _named(entities_of("Fed Chairman Ann Lee spoke on Tuesday."), "Ann Lee").sector == "GOV"


def test_a_name_ending_in_a_kind_of_body_is_no_person(entities_of):
    entities = entities_of("The Velran Stock Exchange said it had not seen the proposal. Margaret Court said she was pleased.")
    assert _named(entities, "Velran Stock Exchange").type == "ORG"
    assert _named(entities, "Margaret Court").type == "PERSON"


# --- outlet names ----------------------------------------------------------------------------------------


def _model_types(text: str, *spans: tuple[str, str]) -> list[tuple[str, str, str | None]]:
    named = []
    for surface, label in spans:
        start = text.index(surface)
        named.append(NamedSpan(start, start + len(surface), label, surface, 0, 0))
    return [(m.name, m.type, m.country) for m in model_mentions(Analysis(text, named=tuple(named)), load_lexicon())]


def test_organization_named_like_an_outlet_is_an_outlet_with_its_country():
    text = "The Ghana News Agency and the Lagos Evening Times both reported the flood."
    found = _model_types(text, ("Ghana News Agency", "ORG"), ("Lagos Evening Times", "ORG"))
    assert found == [("Ghana News Agency", "OUTLET", "GHA"), ("Lagos Evening Times", "OUTLET", None)]


def test_outlet_word_alone_or_inside_a_name_is_not_an_outlet():
    text = "News Corp bought the Times Square Alliance building."
    found = _model_types(text, ("News Corp", "ORG"), ("Times Square Alliance", "ORG"))
    assert [t for _, t, _ in found] == ["ORG", "ORG"]


def test_hyphenated_title_is_one_title():
    """"UN Secretary-General Tavo Renn": the tokens of the title, not the military "General"."""
    from newsgraph.model import Token
    from newsgraph.stages.entities.actors import find_titles

    tokens = [Token(i, 0, 0, w, w, "PROPN", "NNP", "compound", 0, 0) for i, w in enumerate(["Secretary", "-", "General"])]
    assert [t.role for t in find_titles(tokens, load_lexicon())] == ["Secretary-General"]


def test_country_of_a_person_the_actor_dictionaries_know(pipeline):
    found = resolve(pipeline.analyzer.analyze("Angela Merkel met Tavo Renn in Bonn on Monday."), load_lexicon())
    by_name = {e.name: e for e in found}
    assert by_name["Angela Merkel"].country == "DEU"
    assert by_name["Tavo Renn"].country is None  # an invented name gets no country


def test_a_qualified_title_is_another_role():
    from newsgraph import extract

    doc = extract(
        "Chancellor Ilse Varnholt met union leaders on Monday. Shadow chancellor Tavo Renn "
        "criticised the plan. The chancellor said the plan would stand."
    )
    by_name = {e.name: e for e in doc.entities}
    assert by_name["Tavo Renn"].roles == ("Shadow Chancellor",)
    assert any(m.text == "The chancellor" for m in by_name["Ilse Varnholt"].mentions)


def test_a_qualified_description_never_refers_to_the_holder_of_the_bare_title(entities_of):
    entities = entities_of("Foreign Secretary Jan Marek said the men would return. "
                           "The shadow foreign secretary, Ivo Penn, welcomed their return.")
    marek = next(e for e in entities if e.name == "Jan Marek")
    assert not any("shadow" in m.text.lower() for m in marek.mentions)


def test_the_union_or_the_company_is_the_organization_named_before(entities_of):
    entities = entities_of("The Zorbian Farmers Union met the minister on Monday. The union criticised the plans.")
    assert any(m.text == "The union" for m in _named(entities, "Zorbian Farmers Union").mentions)
    company = entities_of("The energy firm Gorsk Holdings said it would consult residents. The company is offering to buy homes.")
    assert any(m.text == "The company" for m in _named(company, "Gorsk Holdings").mentions)
    other = entities_of("The Zorbian Farmers Union met the minister on Monday. The committee criticised the plans.")
    assert not any(m.text == "The committee" for e in other for m in e.mentions)


def test_a_country_the_model_missed_after_a_dateline_is_found(entities_of):
    entities = entities_of("QUITO, March 7 - Ecuador adopted austerity measures. The government banned the sale of fuel.")
    assert any(e.type == "COUNTRY" and e.country == "ECU" for e in entities)
    assert not any(e.type == "COUNTRY" for e in entities_of("Michael Jordan scored. Jordan smiled."))


def test_the_chairman_of_a_conference_is_no_businessman(entities_of):
    entities = entities_of("Conference chairman Tomas Varga of Thailand has been holding consultations with producers.")
    assert _named(entities, "Tomas Varga").sector is None

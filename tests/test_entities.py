"""The entities stage: one test per typing and resolution rule, on sentences written for them."""

from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.stages.entities import entity_at, resolve


def _owner(entities, text: str, mention: str, nth: int = 0):
    """The entity holding the nth occurrence of ``mention`` as one of its spans."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    found = [e for e in entities if any((m.start, m.end) == (start, start + len(mention)) for m in e.mentions)]
    return found[0] if found else None


def test_outlet_from_gazetteer_with_country(entities_of):
    text = "Xinhua reported the launch on Monday, and Kyodo said Tokyo had protested."
    found = entities_of(text)
    assert _owner(found, text, "Xinhua").type == "OUTLET"
    assert _owner(found, text, "Xinhua").country == "CHN"
    assert _owner(found, text, "Kyodo").sector == "JRN"


def test_named_weapon_by_number_pattern_and_gazetteer(entities_of):
    text = "The army tested Tornado-9 and Tornado-10 coastal rockets, the officers said."
    found = entities_of(text)
    assert _owner(found, text, "Tornado-9").type == "WEAPON"
    assert _owner(found, text, "Tornado-10").type == "WEAPON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Analysts said the missile may have been a Kemogak-17, first shown at a parade.", "Kemogak-17"),
        ("The army tested a new missile, the Drovak-4, on Monday.", "Drovak-4"),
        ("The navy unveiled a drone called Pelko-9.", "Pelko-9"),
    ],
)
def test_a_numbered_name_a_weapon_noun_is_said_to_be_is_a_weapon(entities_of, text, name):
    assert _owner(entities_of(text), text, name).type == "WEAPON"


def test_a_numbered_name_of_no_weapon_is_no_weapon(entities_of):
    text = "Flight TK-17 was a passenger plane bound for Kelm."
    assert all(e.type != "WEAPON" for e in entities_of(text))


def test_name_before_weapon_noun_is_a_weapon(entities_of):
    text = "Engineers showed the Zelkova underwater attack drone to visiting officers in Minsk."
    assert _owner(entities_of(text), text, "Zelkova").type == "WEAPON"


def test_weapon_class_with_acronym_is_one_entity(entities_of):
    text = "The navy fired two submarine-launched ballistic missiles (SLBMs). The SLBMs fell into the sea."
    found = entities_of(text)
    first = _owner(found, text, "submarine-launched ballistic missiles")
    assert first.type == "WEAPON"
    assert _owner(found, text, "SLBMs", nth=1) is first


def test_country_aliases_and_long_names(entities_of):
    text = "Officials of the DPRK met envoys of the Russian Federation in Minsk."
    found = entities_of(text)
    assert _owner(found, text, "DPRK").country == "PRK"
    assert _owner(found, text, "Russian Federation").country == "RUS"


def test_hyphen_and_space_variants_are_one_person(entities_of):
    text = "Lee Min Ho arrived on Monday. Later Lee Min-ho met the press."
    found = entities_of(text)
    assert _owner(found, text, "Lee Min Ho") is _owner(found, text, "Lee Min-ho")


def test_surname_joins_full_name(entities_of):
    text = "Finance Minister Olaf Brandt visited the port. Brandt praised the workers."
    found = entities_of(text)
    person = _owner(found, text, "Olaf Brandt")
    assert person.type == "PERSON"
    assert _owner(found, text, "Brandt", nth=1) is person


def test_two_people_sharing_a_surname_stay_apart(entities_of):
    text = "Maria Novak and Peter Novak ran the firm together. Maria Novak left in May, and Peter Novak stayed."
    found = entities_of(text)
    assert _owner(found, text, "Maria Novak") is not _owner(found, text, "Peter Novak")


def test_title_gives_roles_country_and_sector(entities_of):
    text = "Russian Defense Minister Sergei Shoigu spoke on Tuesday."
    person = _owner(entities_of(text), text, "Sergei Shoigu")
    assert person.country == "RUS"
    assert "Defense Minister" in person.roles
    assert person.sector == "GOV"


def test_apposed_role_description_is_a_mention(entities_of):
    text = "Chancellor Anna Vogel welcomed her Polish counterpart Jan Kowal in Berlin."
    found = entities_of(text)
    guest = _owner(found, text, "Jan Kowal")
    assert _owner(found, text, "her Polish counterpart") is guest
    assert guest.country == "POL"


def test_role_description_refers_back_to_the_role_holder(entities_of):
    text = "French Foreign Minister Claire Morel arrived in Cairo. The minister held talks with officials there."
    found = entities_of(text)
    assert _owner(found, text, "The minister") is _owner(found, text, "Claire Morel")


def test_role_description_with_other_country_does_not_merge(entities_of):
    text = "French Foreign Minister Claire Morel arrived in Cairo. The Italian foreign minister stayed home."
    found = entities_of(text)
    assert _owner(found, text, "The Italian foreign minister") is None


def test_pronoun_refers_to_nearest_person(entities_of):
    text = "General Omar Haddad toured the base. He said the troops were ready."
    found = entities_of(text)
    assert _owner(found, text, "He") is _owner(found, text, "Omar Haddad")


def test_pronoun_prefers_the_subject_before_to_a_nearer_object(entities_of):
    text = "Gen Tarik Oduya held talks with Tony Brandvold on Monday. He arrived in Kelmar on Sunday night."
    found = entities_of(text)
    assert _owner(found, text, "He") is _owner(found, text, "Tarik Oduya")


def test_pronoun_prefers_the_subject_of_its_sentence_to_the_object(entities_of):
    text = "Senator Ivo Marsh praised Dan Kell's plan as he urged the ministers to act."
    found = entities_of(text)
    assert _owner(found, text, "he") is _owner(found, text, "Ivo Marsh")


def test_he_who_says_is_the_one_who_was_saying_not_whom_he_talks_of(entities_of):
    text = (
        "Party chief Ivo Marsh explained the new slogan. Nobody, he claimed, could picture Dan Kell in "
        "power. Voters could picture Tom Ravel in office. And Tom Ravel would lead the campaign, he said."
    )
    found = entities_of(text)
    marsh = _owner(found, text, "Ivo Marsh")
    said = text.rindex("he said")
    assert any(m.start == said for m in marsh.mentions)
    # the one just named in the sentence's own story, or a speaker named only by a role, stops it
    text = "Ivo Marsh spoke first. Dan Kell's sister pleaded with him to stay, but he replied that he would leave."
    found = entities_of(text)
    replied = text.index("he replied")
    assert not any(m.start == replied for m in _owner(found, text, "Ivo Marsh").mentions)


def test_reflexive_pronoun_takes_the_nearest_person(entities_of):
    text = "Tom Ravel said that Dan Kell walked into the station and turned himself in."
    found = entities_of(text)
    assert _owner(found, text, "himself") is _owner(found, text, "Dan Kell")


def test_he_passes_over_a_woman_named_by_her_given_name_or_title(entities_of):
    text = "Ivo Marsh met the mayor, Kristen Vollard, at noon. He praised the new bridge."
    found = entities_of(text)
    assert _owner(found, text, "He") is _owner(found, text, "Ivo Marsh")
    titled = "Governor Ivo Marsh greeted Mrs Vollard at noon. He praised the new bridge."
    found = entities_of(titled)
    assert _owner(found, titled, "He") is _owner(found, titled, "Ivo Marsh")


def test_she_takes_the_woman_named_by_her_given_name(entities_of):
    text = "Ivo Marsh met Kristen Vollard at noon. She praised the new bridge."
    found = entities_of(text)
    assert _owner(found, text, "She") is _owner(found, text, "Kristen Vollard")


def test_pronoun_without_compatible_antecedent_stays_unresolved(entities_of):
    text = "The storm hit Manila on Sunday. He said nothing more."
    assert _owner(entities_of(text), text, "He") is None


def test_capital_acting_stands_for_its_country(entities_of):
    text = "Diplomats gathered in Seoul on Monday. Later Tokyo said it would send an envoy."
    found = entities_of(text)
    assert _owner(found, text, "Seoul").type == "PLACE"
    assert _owner(found, text, "Seoul").country == "KOR"
    tokyo = _owner(found, text, "Tokyo")
    assert tokyo.type == "COUNTRY" and tokyo.country == "JPN"


def test_the_capital_description_is_the_country(entities_of):
    text = "Japan hosted the talks. Delegates reached the Japanese capital by train."
    found = entities_of(text)
    assert _owner(found, text, "the Japanese capital") is _owner(found, text, "Japan")


def test_model_label_errors_are_corrected(entities_of):
    text = "Yonhap said the test was watched closely."
    assert _owner(entities_of(text), text, "Yonhap").type == "OUTLET"


def test_every_mention_is_an_exact_span(pipeline):
    text = "Kyodo said Prime Minister Aiko Sato met her Korean counterpart in Busan. She left on Friday."
    doc = pipeline.run(Article(text=text))
    for entity in doc.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_entity_at_prefers_the_smallest_mention(pipeline):
    text = "President Lena Ortiz met her Chilean counterpart Rafael Soto in Lima."
    doc = pipeline.run(Article(text=text))
    start = text.index("her")
    assert entity_at(doc, start, start + 3).name == "Lena Ortiz"
    start = text.index("her Chilean counterpart")
    assert entity_at(doc, start, start + len("her Chilean counterpart")).name == "Rafael Soto"
    assert entity_at(doc, 0, 0) is None


def test_a_role_description_may_name_whose_role_it_is(entities_of):
    text = "Green Party spokesman Ivo Marsh spoke first. Then the minister replied. Later the Green Party spokesman asked for a vote."
    found = entities_of(text)
    assert _owner(found, text, "the Green Party spokesman") is _owner(found, text, "Ivo Marsh")


def test_a_description_with_a_name_in_apposition_is_not_taken_for_another(entities_of):
    text = "Home Secretary Dan Kell spoke first. But the Green Party's shadow home secretary, Ivo Marsh, said no."
    found = entities_of(text)
    assert _owner(found, text, "the Green Party's shadow home secretary") is not _owner(found, text, "Dan Kell")


def test_a_narrated_pronoun_passes_over_names_inside_a_quote(entities_of):
    text = ('Tory MP Robert Jackson has defected to Labour. In a letter he wrote: "It is best that Tony Blair '
            'rather than Dan Kell should form the next government." Later he criticised the party.')
    found = entities_of(text)
    later = text.index("Later he") + len("Later ")
    owner = next(e for e in found if any(m.start == later for m in e.mentions))
    assert owner is _owner(found, text, "Robert Jackson")

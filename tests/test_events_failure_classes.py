"""The failure classes of event coding on unseen news, each with sentences of the project's own
(names invented or common), including sentences that must code nothing."""

from __future__ import annotations

import pytest

import newsgraph

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    pipeline = newsgraph.Pipeline()

    def analyse(text: str, date: str = "2024-03-14"):
        return newsgraph.extract(text, date=date, pipeline=pipeline)

    return analyse


def _events(doc, kind: str | None = None):
    return [e for e in doc.events if kind is None or e.type == kind]


def _one(doc, kind: str):
    found = _events(doc, kind)
    assert found, f"no {kind} event in {[(e.type, e.trigger.text) for e in doc.events]}"
    return found[0]


def _entity_name(doc, entity_id):
    return next((e.name for e in doc.entities if e.id == entity_id), None)


# 1. places and victims are no actors ---------------------------------------------------------


def test_a_place_in_a_locative_phrase_is_the_place_not_the_actor(run):
    doc = run("A car bomb in central Kandahar killed 13 soldiers on Monday.")
    event = _one(doc, "ASSAULT")
    assert event.actor.country is None
    assert event.cameo == "1832" and event.mode == "explosives"
    assert _entity_name(doc, event.place) == "Kandahar"


def test_a_victims_nationality_is_never_the_actor(run):
    doc = run("A tourist from Canada was among those killed in the attack on the hotel on Friday.")
    assert all(e.actor.country != "CAN" for e in doc.events)


# 2. roles from the syntax ------------------------------------------------------------------


def test_the_speaker_who_warned_is_the_actor(run):
    doc = run("President Adama Kourouma said he had warned Viktor Orlov of consequences.")
    event = _one(doc, "THREATEN")
    assert event.actor.name == "Adama Kourouma"
    assert event.recipient is not None and event.recipient.name == "Viktor Orlov"


def test_a_participle_modifying_a_group_makes_it_the_agent(run):
    doc = run("Iran backs rebel groups fighting to topple President Bashar al-Assad.")
    support = _one(doc, "SUPPORT")
    assert support.actor.country == "IRN"
    assert support.recipient is None or support.recipient.name != "Bashar al-Assad"


def test_soldiers_killed_are_the_target(run):
    doc = run("Twelve Malian soldiers killed in the capital on Friday were buried on Sunday.")
    event = _one(doc, "ASSAULT")
    assert event.actor.country is None
    assert event.recipient is not None and event.recipient.country == "MLI"


def test_object_control_gives_the_agent_of_the_infinitive(run):
    doc = run("Kenya urged Ethiopia to withdraw its troops from the border region.")
    assert _one(doc, "REQUEST").actor.country == "KEN"


# 3. triggers need their frame --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry released a statement on Monday about the budget.",
        "The visiting minister spoke to reporters at the airport.",
        "Officials who asked not to be named said the budget would grow.",
        "The accused man appeared in court in Leeds on Tuesday.",
        "The company met its sales target for the third year running.",
        "Members of an outlawed group were seen in the market.",
        "The retailer released its annual report and beat expectations.",
    ],
)
def test_sentences_that_must_code_nothing(run, text: str):
    doc = run(text)
    assert not doc.events, [(e.type, e.trigger.text) for e in doc.events]


def test_attacking_a_plan_is_criticism_not_force(run):
    doc = run("The opposition leader attacked the government's plan to raise taxes.")
    assert _one(doc, "ACCUSE")
    assert not _events(doc, "ASSAULT")


# 4. modality and claims in quotes --------------------------------------------------------------


def test_a_plan_is_expected_not_asserted(run):
    doc = run("The gunmen planned to attack a police station in the north, police said.")
    assert _one(doc, "ASSAULT").modality == "expected"


def test_a_condition_is_hypothetical(run):
    doc = run("If the army attacked the city, thousands would flee, aid workers said.")
    assert _one(doc, "ASSAULT").modality == "hypothetical"


def test_a_norm_is_not_asserted(run):
    doc = run("Attacking churches is forbidden under the new law.")
    assert not [e for e in doc.events if e.modality == "asserted"]
    doc = run("Attacking the rebels is forbidden under the new law.")
    assert _one(doc, "ASSAULT").modality == "hypothetical"


def test_what_someone_ought_to_do_is_no_act(run):
    doc = run("Critics say Ms Varga ought to release the prisoners held in Zelkova.")
    assert not [e for e in doc.events if e.modality == "asserted"]
    doc = run("Local leaders said the army should attack the rebels in the hills.")
    assert _one(doc, "ASSAULT").modality == "hypothetical"


def test_a_belief_is_possible_not_asserted(run):
    doc = run("Many residents believe the militia attacked the convoy near Zelkova.")
    assert _one(doc, "ASSAULT").modality == "possible"
    doc = run("Few voters think Ms Varga will meet the rebel leaders.")
    assert not [e for e in doc.events if e.modality == "asserted"]


def test_an_event_naming_no_one_is_not_coded(run):
    doc = run("The deal was signed after the criteria were met.")
    assert doc.events == ()
    doc = run("Hundreds of people were killed in Zelkova last week.")  # an attack in a place stands
    assert doc.events and doc.events[0].type == "ASSAULT" and doc.events[0].place


def test_a_question_is_not_asserted(run):
    doc = run("Will the army attack the city before the talks?")
    assert _one(doc, "ASSAULT").modality == "hypothetical"


def test_an_event_in_a_quote_is_the_speakers_claim(run):
    doc = run('"The rebels attacked our convoy near the bridge," General Amadou Sangare said on Tuesday.')
    event = _one(doc, "ASSAULT")
    assert event.quote is not None
    quote = next(q for q in doc.quotes if q.id == event.quote)
    assert "attacked" in quote.content.text


# 5. dates --------------------------------------------------------------------------------------


def test_the_clause_date_dates_the_event(run):
    doc = run("Rebels attacked the town of Gao on Monday, a week after the talks collapsed.", date="2024-03-14")
    event = _one(doc, "ASSAULT")
    assert event.date == "2024-03-11" and event.date_source == "text"


def test_an_undated_event_says_it_takes_the_article_date(run):
    doc = run("Rebels attacked the town of Gao, the army said.", date="2024-03-14")
    event = _one(doc, "ASSAULT")
    assert event.date == "2024-03-14" and event.date_source == "article"


# 6. protests and telephone diplomacy -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of teachers rallied in Nairobi on Sunday against the pay cut.",
        "Dock workers went on strike on Monday over pay.",
        "Students held a sit-in outside the ministry on Friday.",
        "Hundreds of farmers marched through the capital to protest the new tax.",
        "Thousands of people took to the streets to protest the fuel price rise.",
    ],
)
def test_protests_are_coded(run, text: str):
    assert _one(run(text), "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron spoke by phone with Olaf Scholz on Tuesday.",
        "Emmanuel Macron telephoned Olaf Scholz on Tuesday.",
        "In a phone call on Tuesday, Emmanuel Macron and Olaf Scholz discussed the crisis.",
    ],
)
def test_telephone_diplomacy_is_a_consultation(run, text: str):
    assert _one(run(text), "CONSULT").mode == "phone"


# 7. joint actors and 8. one event per happening ----------------------------------------------------


def test_joint_actors_are_one_event(run):
    doc = run("Viktor Orlov and Pavel Petrov have held several meetings this year.")
    events = _events(doc, "CONSULT")
    assert len(events) == 1
    # a meeting between the two: the first named meets the other, as a dyad is coded
    assert (events[0].actor.name, events[0].recipient.name) == ("Viktor Orlov", "Pavel Petrov")
    assert not events[0].co_actors


def test_one_happening_told_twice_is_one_event_with_two_mentions(run):
    text = "Kenyan police arrested the opposition leader Raila Odinga on Monday.\n\nKenyan police arrested Raila Odinga on Monday at his home, his lawyer said."
    events = _events(run(text), "COERCE")
    assert len(events) == 1 and len(events[0].mentions) == 1


# 9. places ---------------------------------------------------------------------------------------


def test_the_place_of_the_clause(run):
    doc = run("Police arrested 20 protesters in Nairobi on Monday.")
    assert _entity_name(doc, _one(doc, "COERCE").place) == "Nairobi"


# 11. means of violence ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cameo", "mode"),
    [
        ("A suicide bomber killed 12 people at a market in Mogadishu on Friday.", "1831", "suicide-attack"),
        ("Air strikes killed 30 people in the town of Idlib on Sunday.", "195", "aerial"),
        ("Shelling killed four civilians in the village on Monday.", "194", "heavy-weapons"),
        ("A roadside bomb killed three soldiers on Tuesday.", "1833", "explosives"),
        ("Gunmen killed five villagers on Wednesday.", "193", "firearms"),
        ("Police fired tear gas at protesters, wounding 20.", "175", "crowd-control"),
    ],
)
def test_means_of_violence(run, text: str, cameo: str, mode: str):
    event = _one(run(text), "ASSAULT")
    assert (event.cameo, event.mode) == (cameo, mode)


def test_weapons_seized_by_police_are_a_seizure(run):
    doc = run("Police seized weapons and explosives in a raid on a warehouse on Monday.")
    event = _one(doc, "COERCE")
    assert event.mode == "seize"
    assert not [e for e in doc.events if e.mode == "destroy"]


# actor codes --------------------------------------------------------------------------------------


def test_actor_codes_as_the_field_writes_them(run):
    doc = run("Turkish police detained 30 Kurdish rebels in Diyarbakir on Monday.")
    event = _one(doc, "COERCE")
    assert event.actor.code == "TURCOP"
    assert event.recipient is not None and event.recipient.sector == "REB"


def test_a_crowd_is_the_group_its_of_phrase_names(run):
    event = _one(run("Hundreds of Kenyan farmers marched through the capital on Monday."), "PROTEST")
    assert event.actor.country == "KEN" and event.actor.name.startswith("Hundreds of")


def test_denying_a_claim_is_no_refusal(run):
    assert not _events(run("The party leader denied his cabinet was split over the tax plan."), "REJECT")
    assert _one(run("The minister rejected the union's demand for a pay rise."), "REJECT")


def test_a_pronoun_the_entities_left_open_is_the_person_last_named(run):
    doc = run("Peter Mwangi spoke to farmers in the north on Monday. He pledged to cut fuel taxes.")
    assert _one(doc, "AGREE").actor.name == "Peter Mwangi"


def test_a_politician_attacking_a_rival_attacks_in_words(run):
    doc = run("Charles Kennedy attacked Gordon Brown over the pensions plan on Tuesday.")
    assert _one(doc, "ACCUSE") and not _events(doc, "ASSAULT")
    assert _one(run("Gunmen attacked Gordon Brown's convoy with rifles on Tuesday."), "ASSAULT")


def test_a_warning_of_a_risk_is_no_threat(run):
    assert not _events(run("The union leader warned there was a real risk of job losses."), "THREATEN")
    assert _one(run("The union leader warned that they would strike next month."), "THREATEN")


def test_a_risk_foretold_to_someone_is_no_threat_to_them(run):
    assert not _events(run("Ecologists are warning Ruritanian MPs that Zelkova may have to accept more wind farms."), "THREATEN")
    assert not _events(run("Opposition spokesman Piet Varga warned the committee that binding judges might look like interference."), "THREATEN")
    assert _one(run("The rebels warned the Ruritanian government that they would attack the capital."), "THREATEN")
    assert _one(run("Ghana warned Togo that its troops would be attacked."), "THREATEN")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The opposition co-chairman attacked the government's new pledges as vacuous.", "ACCUSE"),
        ("Rebels attacked an army convoy near the border on Friday.", "ASSAULT"),
        ("Protesters attacked riot police outside parliament.", "PROTEST"),  # violent protest: CAMEO 145
    ],
)
def test_an_attack_with_no_weapon_and_no_physical_target_is_in_words(run, text: str, kind: str):
    doc = run(text)
    assert _one(doc, kind)
    assert not _events(doc, "ASSAULT" if kind == "ACCUSE" else "ACCUSE")


def test_agreeing_with_a_statement_is_no_agreement(run):
    assert not _events(run("Economists agreed that the deficit was too high."), "AGREE")
    assert _one(run("Hungarian and Romanian officials agreed that their countries should cooperate on refugees."), "AGREE")


def test_an_indirect_question_is_hypothetical(run):
    event = _one(run("Reporters asked whether the minister would resign over the scandal."), "RETREAT")
    assert event.modality == "hypothetical"
    assert not _events(run("Reporters asked whether the minister would resign over the scandal."), "REQUEST")


def test_a_title_names_the_role_of_an_unnamed_target(run):
    event = _one(run("The opposition spokesman accused the chancellor of hiding the figures."), "ACCUSE")
    assert event.recipient is not None and event.recipient.sector == "GOV"


def test_a_person_takes_the_code_of_the_organization_in_their_title(run):
    event = _one(run("Arab League Secretary General Chadli Klibi undertook a mediation mission between Syria and Lebanon."), "CONSULT")
    assert event.actor.code and event.actor.code.startswith("IGO")


def test_a_region_named_by_a_compass_word_and_a_country_is_in_that_country(run):
    event = _one(run("Israeli troops attacked villages in South Lebanon on Monday."), "ASSAULT")
    assert event.actor.country == "ISR"
    from newsgraph.stages.events.actors import _region_of_country

    assert _region_of_country("South Lebanon") == "LBN" and _region_of_country("New Mexico") is None


def test_workers_who_strike_protest_and_soldiers_who_strike_attack(run):
    assert _one(run("Nurses in Zelkova are striking for better pay."), "PROTEST").mode == "strike"
    assert _one(run("Thousands of rail workers walked out on Monday."), "PROTEST").mode == "strike"
    assert _one(run("Rebels struck a checkpoint near Zelkova on Monday."), "ASSAULT")
    assert _one(run("Rebels struck at an army convoy near Zelkova."), "ASSAULT")


def test_would_in_reported_speech_is_the_speakers_will(run):
    doc = run("Minister Hans Kolb said on Monday that the army would attack the rebels.")
    assert _one(doc, "ASSAULT").modality == "expected"
    doc = run("Minister Hans Kolb believes the army would attack the rebels.")
    assert _one(doc, "ASSAULT").modality == "possible"


def test_the_consequent_of_a_condition_is_hypothetical(run):
    doc = run("The army will attack the rebels unless the talks succeed.")
    assert _one(doc, "ASSAULT").modality == "hypothetical"


def test_he_after_the_short_sentences_of_a_quote_is_the_speaker(run):
    doc = run('Former minister Hans Kolb spoke on Monday. "They are angry. There is a message there." He urged the Ruritanian government to hold talks with the rebels.')
    assert _one(doc, "REQUEST").actor.name == "Hans Kolb"


def test_calling_on_someone_is_a_demand_and_calling_a_plan_reckless_is_criticism(run):
    event = _one(run("Minister Hans Kolb called on the rebels to lay down their arms."), "REQUEST")
    assert event.recipient is not None and event.recipient.name == "the rebels"
    event = _one(run("Opposition leader Hans Kolb called the budget reckless and unfair."), "ACCUSE")
    assert event.actor.name == "Hans Kolb" and event.mode == "disapprove"
    assert not [e for e in run("Hans Kolb called the decision wise.").events if e.type == "ACCUSE"]


def test_blocking_a_bridge_is_obstruction_and_a_blockade_is_coercion(run):
    assert _one(run("Angry Ruritanian farmers blocked the Zelkova bridge for three hours."), "PROTEST").mode == "obstruct"
    assert _one(run("Israel on Friday reimposed blockades in the West Bank."), "COERCE").mode == "restrict"


def test_a_general_strike_is_a_strike_and_easing_a_curfew_a_concession(run):
    assert _one(run("Opposition parties in Ruritania organized a general strike on Monday."), "PROTEST").mode == "strike"
    assert _one(run("The Ruritanian government eased the curfew in Zelkova on Monday."), "CONCEDE")
    assert _one(run("The Ruritanian government accepted the demands of the rebels."), "CONCEDE")


def test_a_title_nationality_of_a_small_state_gives_the_actor_its_country(run):
    event = _one(run("Gambian President Hans Kolb said he would visit Senegal next week."), "AGREE")
    assert event.actor.country == "GMB"


def test_an_organization_takes_the_country_named_right_before_it(run):
    doc = run("The US Congress agreed on Monday to lift the embargo on sales to Iran.")
    assert _one(doc, "AGREE").actor.code == "USALEG"


def test_a_reported_judgement_of_an_actor_is_criticism(run):
    event = _one(run("Minister Hans Kolb said the Ruritanian government was reckless and corrupt."), "ACCUSE")
    assert event.actor.name == "Hans Kolb" and event.recipient.name == "the Ruritanian government"
    assert not run("Minister Hans Kolb said the weather was appalling.").events


def test_a_reported_verb_of_fault_is_criticism_of_its_subject_made_by_the_speaker(run):
    event = _one(run("Minister Hans Kolb said the Ruritanian government had failed to tackle rising crime."), "ACCUSE")
    assert event.actor.name == "Hans Kolb" and event.recipient.name == "the Ruritanian government"
    assert event.modality == "asserted"
    event = _one(run("The Zelkova Party claims the Ruritanian Workers' Party broke its pledge on taxes."), "ACCUSE")
    assert event.recipient.name == "Ruritanian Workers' Party"
    event = _one(run("Hans Kolb said the Ruritanian cabinet would wreck the economy."), "ACCUSE")
    assert event.modality == "asserted"  # the blame is made by saying it, whatever the clause's tense


def test_a_verb_of_fault_codes_nothing_without_blame(run):
    assert not _events(run("Hans Kolb said the Ruritanian athlete broke the world record in Zelkova."), "ACCUSE")
    assert not _events(run("Hans Kolb said he had failed to act quickly enough."), "ACCUSE")  # owning up
    assert not _events(run("Ruritanians and Zelkovans failed to reach agreement on Sunday, sources reported."), "ACCUSE")
    assert not _events(run("Hans Kolb said the Ruritanian team failed in its bid."), "ACCUSE")


def test_tributes_and_congratulations_are_support(run):
    assert _one(run("Minister Hans Kolb paid tribute to the Ruritanian soldiers."), "SUPPORT")
    assert _one(run("Minister Hans Kolb congratulated the Ruritanian president on his victory."), "SUPPORT")


def test_charging_a_tax_or_a_fee_is_no_accusation(run):
    assert not run("The Zelkova council will charge residents a higher tax next year.").events
    assert _one(run("Police charged Hans Kolb with fraud on Monday."), "ACCUSE")


def test_the_subject_of_a_passive_infinitive_or_an_absolute_participle_undergoes_the_act(run):
    # who offers is not said: the leaders are not the actor, and an offer by no one is no event
    assert not [e for e in run("Two Ruritanian party leaders are to be offered seats on the panel.").events if e.actor.name]
    event = _one(run("With some Ruritanian protesters jailed, the army withdrew from Zelkova."), "COERCE")
    assert not event.actor.name and event.recipient.name == "some Ruritanian protesters"


def test_is_to_states_what_is_arranged(run):
    assert _one(run("The Ruritanian prime minister is to visit China next week."), "CONSULT").modality == "expected"


def test_a_name_the_parse_made_the_root_is_the_subject_of_its_verb(run):
    doc = run("Hans Kolb, for the Zelkova Liberal Party, called on Anna Berg to resign.")
    assert _one(doc, "REQUEST").actor.name == "Hans Kolb"


def test_a_missile_fired_into_the_sea_is_a_show_of_force_not_an_attack(run):
    event = _one(run("North Korea fired a ballistic missile into the sea off its east coast on Friday."), "MOBILIZE")
    assert event.mode == "weapons" and event.recipient is None
    assert _one(run("North Korea test-fired a cruise missile on Friday."), "MOBILIZE")


# 12. targets of protests and of measures on a place -----------------------------------------


def test_a_protest_with_no_stated_target_aims_at_the_authorities_where_it_is_held(run):
    doc = run("Up to 300 students demonstrated on Tuesday in Kenya, demanding cheaper fees.")
    event = _one(doc, "PROTEST")
    assert event.actor.country == "KEN"  # the students are of the place
    assert event.recipient is not None and event.recipient.country == "KEN"


def test_a_protest_purpose_names_its_target(run):
    doc = run("Dozens of farmers began a hunger strike on Monday to protest President Marek Dovlan's decision to close the mills.")
    event = _one(doc, "PROTEST")
    assert event.recipient is not None and event.recipient.name == "Marek Dovlan"


def test_an_ethnic_group_of_no_state_is_still_an_actor(run):
    doc = run("Hundreds of ethnic Zorbans began a hunger strike on Monday.")
    event = _one(doc, "PROTEST")
    assert "Zorbans" in (event.actor.name or "")


def test_a_curfew_with_no_one_named_is_imposed_on_its_place(run):
    doc = run("The Turkish authorities imposed a curfew on Sunday in the town of Diyarbakir.")
    event = _one(doc, "COERCE")
    assert event.recipient is not None and event.recipient.country == "TUR"


def test_victims_of_no_stated_country_are_of_the_place_they_were_hit(run):
    doc = run("Two gunmen killed 23 people in Nairobi on Sunday.")
    event = _one(doc, "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "KEN"


# 13. demands, refusals and ultimatums in what is said ---------------------------------------


def test_a_demand_that_someone_act_is_aimed_at_them(run):
    doc = run("Opposition leaders demanded on Friday that the United States match the European Union's offer.")
    event = _one(doc, "REQUEST")
    assert event.recipient is not None and event.recipient.country == "USA"


def test_saying_others_must_agree_is_a_demand(run):
    doc = run("Foreign Minister Lena Varga said on Friday that the Sudanese government and the rebels must reach an agreement.")
    event = _one(doc, "REQUEST")
    assert event.actor.name == "Lena Varga"
    assert event.recipient is not None and event.recipient.country == "SDN"
    assert not _events(doc, "AGREE")


def test_saying_one_will_not_concede_is_a_refusal(run):
    doc = run("The Zorban government said it would not meet the kidnappers' demands.")
    event = _one(doc, "REJECT")
    assert event.modality == "asserted"


def test_an_intention_on_condition_that_others_comply_is_a_threat(run):
    doc = run("Ghana announced that it will withdraw its troops from Chad unless the rebels agree to a ceasefire.")
    event = _one(doc, "THREATEN")
    assert event.actor.country == "GHA"
    assert event.modality == "asserted"  # the threat is made; what it holds out is conditional
    assert not _events(doc, "AGREE") or all(e.trigger.text != "withdraw" for e in _events(doc, "AGREE"))


def test_a_participle_describing_someone_is_no_event_unless_it_is_violence(run):
    doc = run("Ruritania released the mayor of Zelkova, a member of the Kolb movement jailed over a year ago.")
    assert all(e.trigger.text != "jailed" for e in doc.events)
    assert not _events(run("Police in Zelkova issued warrants for two Ruritanian men sought in the killing of a priest."), "REQUEST")
    assert _one(run("Ruritanian soldiers killed in the capital were buried on Monday."), "ASSAULT")
    assert _one(run("Zelkova protesters arrested by Ruritanian police were freed on Monday."), "COERCE")  # the actor is named


def test_a_passive_attack_by_no_one_named_comes_from_where_it_was_launched(run):
    event = _one(run("Two rockets were fired from Lebanon into northern Israel on Monday."), "ASSAULT")
    assert event.actor.country == "LBN" and event.recipient.country == "ISR"
    event = _one(run("Ruritanian troops fired shells from Lebanon at Zelkova."), "ASSAULT")
    assert event.actor.name == "Ruritanian troops"  # a named attacker stays the actor


def test_a_tour_of_places_at_home_is_no_visit_but_a_trip_abroad_is(run):
    assert not _events(run("British opposition leader Hans Kolb visits Manchester, Liverpool and Leeds this week."), "CONSULT")
    event = _one(run("British opposition leader Hans Kolb visited Paris on Monday."), "CONSULT")
    assert event.recipient.country == "FRA"
    assert _one(run("British opposition leader Hans Kolb visited Leeds and met the French ambassador."), "CONSULT")


def test_a_threat_is_aimed_at_whoever_must_comply(run):
    event = _one(run("The Zelkova rebels said they would attack the capital unless the Ruritanian government resigned."), "THREATEN")
    assert event.recipient.name == "the Ruritanian government" and event.modality == "asserted"
    event = _one(run("Union leader Hans Kolb warned of further strikes unless there is a Ruritanian government rethink."), "THREATEN")
    assert event.recipient is not None and event.recipient.code.endswith("GOV") and event.modality == "asserted"
    assert _one(run("If the talks fail, the Zelkova rebels would threaten the Ruritanian army."), "THREATEN").modality == "hypothetical"


# 14. actor codes beyond the dictionaries' spelling ------------------------------------------


def test_an_international_organization_the_dictionaries_lack_is_coded(run):
    doc = run("The European Community demanded on Monday that Zorbia withdraw its forces.")
    event = _one(doc, "REQUEST")
    assert event.actor.code and event.actor.code.startswith("IGO")


def test_a_name_spelt_one_letter_off_still_finds_its_dictionary_entry():
    from newsgraph.stages.events.actors import _near_name

    assert _near_name("Francois Mitterand") == "francois mitterrand"
    assert _near_name("Kofi Anan") is None  # too short to trust
    assert _near_name("Zorvan Quillibet") is None


def test_the_subject_of_a_stative_participle_is_the_actor(run):
    doc = run("Zorbia is opposed to French mediation in the talks.")
    event = _one(doc, "REJECT")
    assert event.actor.name == "Zorbia"
    assert event.recipient is None or event.recipient.name != "Zorbia"


def test_a_stated_intention_to_tighten_a_blockade_is_a_threat_of_restrictions(run):
    doc = run("NATO confirmed on Wednesday it would tighten the naval blockade of Zorbia.")
    event = _one(doc, "THREATEN")
    assert event.mode == "restrict"


def test_cutting_supplies_is_a_sanction(run):
    doc = run("The United Nations on Tuesday reduced food supplies to the refugee camp.")
    event = _one(doc, "SANCTION")
    assert event.cameo == "162"


def test_a_nationality_owning_an_event_noun_is_its_actor(run):
    doc = run("Kenyan riots against the new fuel levy are still continuing.")
    event = _one(doc, "PROTEST")
    assert event.actor.country == "KEN"


def test_who_issued_a_statement_demanding_is_the_one_demanding(run):
    doc = run("The Kurdistan Workers' Party issued a declaration demanding that the Turkish government release its leader.")
    event = _one(doc, "REQUEST")
    assert event.actor.code == "TURREB"
    assert event.recipient is not None and event.recipient.country == "TUR"  # rebels may make demands of their own state


def test_forces_led_by_a_nationality_are_of_that_country(run):
    doc = run("Vietnamese-led forces have retaken a village in western Cambodia.")
    event = _one(doc, "ASSAULT")
    assert event.actor.country == "VNM"


def test_what_a_protest_demands_is_no_demand_of_its_own(run):
    doc = run("Thousands of Kurds demonstrated in Kirkuk on Sunday calling for independence.")
    assert _one(doc, "PROTEST")
    assert not _events(doc, "REQUEST")


def test_troops_arriving_are_no_visit(run):
    doc = run("The first peacekeeping troops have arrived in Bosnia, the defence minister said.")
    event = _one(doc, "AID")
    assert event.cameo == "074"
    assert event.recipient is not None and event.recipient.country == "BIH"
    assert not _events(doc, "CONSULT")


def test_preventing_a_demonstration_is_coercion(run):
    doc = run("Police prevented the demonstration planned by students in the capital.")
    assert _one(doc, "COERCE").mode == "restrict"


def test_an_announced_sanction_is_the_sanction_and_a_conditional_one_a_threat(run):
    decided = run("Zorbia announced it will cut all aid to Kovia.")
    assert _one(decided, "SANCTION").modality == "expected"
    threatened = run("Zorbia said it would impose sanctions on Kovia if the talks failed.")
    assert _one(threatened, "THREATEN")


def test_a_people_may_make_demands_of_their_own_state(run):
    doc = run("The Albanians of southern Serbia are demanding autonomy from Serbian authorities.")
    event = _one(doc, "REQUEST")
    assert event.actor.sector != "GOV"
    assert event.recipient is not None and event.recipient.sector == "GOV"


def test_force_used_to_disperse_a_crowd_is_aimed_at_it(run):
    doc = run("Kenyan police opened fire to disperse student demonstrators on Monday night.")
    event = _one(doc, "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "KEN"  # police act at home


def test_a_persons_country_follows_their_name(run):
    doc = run("King Hassan of Morocco said he would be ready to host a meeting between the two sides.")
    assert _one(doc, "AGREE").actor.country == "MAR"
    doc = run("Adel Marwan, Algeria's leading rights activist, staged a hunger strike in prison.")
    assert _one(doc, "PROTEST").actor.country == "DZA"


def test_a_participle_the_parser_made_the_subject_gives_way_to_its_noun(run):
    doc = run("The Red Cross operating in Iraq said the occupying forces must ensure security.")
    assert _one(doc, "REQUEST").actor.name == "Red Cross"


def test_a_group_based_somewhere_is_of_that_country(run):
    doc = run("A newspaper based in Beirut has violated a ban by the army.")
    assert _one(doc, "REJECT").actor.country == "LBN"


def test_a_country_name_misspelt_by_one_letter_is_still_that_country(run):
    doc = run("Ethopia has agreed to reopen its borders to the monitors.")
    assert _one(doc, "AGREE").actor.country == "ETH"


def test_a_titled_surname_the_dictionaries_list_is_coded(run):
    doc = run("President Bush has threatened further action against Russia.", date="1990-06-01")
    event = _one(doc, "THREATEN")
    assert event.actor.code == "USAGOV"


def test_it_is_the_named_organization_not_the_description_beside_it(run):
    doc = run("The Zorban Union of Teachers (ZUT), the umbrella union for school teachers, announced Thursday that it has called off a strike.")
    event = _one(doc, "CONCEDE")
    assert event.actor.name == "Zorban Union of Teachers"


def test_refugees_are_of_the_country_they_flee(run):
    doc = run("The World Food Programme will send food aid to refugees fleeing the civil war in Liberia.")
    event = next(e for e in doc.events if e.recipient is not None)
    assert event.recipient.country == "LBR"


def test_their_forces_are_the_speakers_own(run):
    doc = run("Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the town.")
    assert _one(doc, "RETREAT").actor.country == "BIH"


def test_opening_borders_and_receiving_observers_ease_access(run):
    doc = run("Zorbia reopened its border crossing with Kovia on Monday to allow the delivery of grain.")
    assert _one(doc, "RETREAT").mode == "access"
    doc = run("Prime Minister Ana Vesk received a mission of observers from the OSCE.")
    assert _one(doc, "RETREAT").cameo == "0862"


def test_stones_thrown_at_soldiers_are_a_riot_aimed_at_them(run):
    doc = run("Youths threw stones at Israeli soldiers in the old city.")
    event = _one(doc, "PROTEST")
    assert event.mode == "riot"
    assert event.recipient is not None and event.recipient.country == "ISR"


def test_a_court_opening_a_hearing_investigates(run):
    doc = run("The high court opened a landmark hearing on Wednesday into the interrogation methods.")
    assert _one(doc, "ACCUSE").mode == "investigate"


def test_fighting_is_violence_but_fighting_an_election_or_clashing_over_a_budget_is_not(run):
    doc = run("Rebels fought government troops near the border on Sunday.")
    assert _one(doc, "ASSAULT")
    assert not run("Ministers clashed over the budget on Tuesday.").events
    assert not _events(run("The party will fight the election on its record."), "ASSAULT")


def test_a_sworn_intention_to_fight_is_a_threat(run):
    doc = run("The guerrillas have sworn to fight until they gain control of the villages.")
    assert _one(doc, "THREATEN").mode == "violence"


def test_a_promise_of_a_hostile_act_is_a_threat_not_an_offer_to_cooperate(run):
    event = _one(run("Zorbia has pledged to expel the exiled leaders of the Kolb movement."), "THREATEN")
    assert event.actor.country == "ZRB" or event.actor.name == "Zorbia"
    assert event.recipient is not None and "Kolb movement" in event.recipient.name
    assert not _events(run("Zorbia has pledged to expel the exiled leaders of the Kolb movement."), "AGREE")
    event = _one(run("Ghana vowed to impose sanctions on Togo."), "THREATEN")
    assert event.recipient.country == "TGO" and event.cameo.startswith("131")
    assert _one(run("Ghana has promised to punish those responsible."), "THREATEN").cameo == "130"
    # a promise to help, or to refrain, stays a promise
    assert _one(run("Ghana promised to help Togo."), "AGREE").recipient.country == "TGO"
    assert not _events(run("Ghana vowed not to attack Togo."), "THREATEN")
    # a crackdown on a thing is a policy, no threat to anyone
    assert not _events(run("Ghana's president Kofi Mensah pledged to clamp down on the growing compensation culture."), "THREATEN")


def test_criticising_or_welcoming_his_plans_is_aimed_at_the_man_named_before(run):
    lead = "Finance minister Hans Kolb unveiled the budget on Wednesday. "
    event = _one(run(lead + "Opposition leader Piet Varga attacked his plans."), "ACCUSE")
    assert event.actor.name == "Piet Varga" and event.recipient is not None and event.recipient.name == "Hans Kolb"
    event = _one(run(lead + "Opposition leader Piet Varga called for his resignation."), "REQUEST")
    assert event.recipient is not None and event.recipient.name == "Hans Kolb"
    doc = run("Hans Kolb apologised to MPs on Thursday. Piet Varga welcomed his apology.")
    event = next(e for e in _events(doc, "SUPPORT") if e.trigger.text == "welcomed")
    assert event.actor.name == "Piet Varga" and event.recipient is not None and event.recipient.name == "Hans Kolb"
    # his own plans, his critics, and a woman named before "his" are not another man's plans
    assert _one(run(lead + "Opposition leader Piet Varga attacked his own plans."), "ACCUSE").recipient is None
    event = _one(run("Anna Kolb unveiled the budget on Wednesday. Opposition leader Piet Varga attacked his plans."), "ACCUSE")
    assert event.recipient is None or event.recipient.name != "Anna Kolb"


def test_welcoming_or_opposing_an_increase_or_a_ban_answers_whoever_made_it(run):
    doc = run("The Ruritanian government announced an extension of police powers on Monday. Union leader Hans Kolb welcomed the extension.")
    assert _one(doc, "SUPPORT").recipient.name == "The Ruritanian government"
    doc = run("The Ruritanian government announced a ban on smoking in pubs. Brewers' spokesman Piet Varga opposed the ban.")
    assert _one(doc, "REJECT").recipient.name == "The Ruritanian government"


def test_attending_a_funeral_or_inauguration_abroad_is_a_visit_and_a_rally_a_protest(run):
    event = _one(run("French president Hans Kolb attended the inauguration of the new Brazilian president in Brasilia on Sunday."), "CONSULT")
    assert event.mode == "visit" and event.recipient is not None and event.recipient.country == "BRA"
    event = _one(run("Thousands of students attended a rally in Tehran against the government on Friday."), "PROTEST")
    assert event.mode == "demo" and event.actor.country == "IRN"
    # attending school or church is no event
    assert not run("Hans Kolb attended school in Brasilia.").events


def test_of_two_nationality_words_side_by_side_the_one_nearer_the_noun_is_the_state(run):
    event = _one(run("Turkish foreign minister Hans Kolb met the Greek Cypriot president on Monday."), "CONSULT")
    assert event.actor.country == "TUR" and event.recipient.country == "CYP"
    assert _one(run("The Turkish Cypriot leader Hans Kolb met the Turkish foreign minister on Monday."), "CONSULT").actor.country == "CYP"
    event = _one(run("Ankara promised to sign an accord recognising the Greek Cypriot government."), "AGREE")
    assert event.recipient.country == "CYP"


def test_a_spokesman_for_a_body_acts_for_that_body(run):
    event = _one(run("A spokesman for the French foreign ministry condemned the attack on the embassy."), "ACCUSE")
    assert event.actor.country == "FRA" and event.actor.sector == "GOV"
    event = _one(run("A Labour spokesman criticised Piet Varga's record."), "ACCUSE")
    assert event.actor.code == "GBRPTY"
    assert _one(run("A spokesman for the Kolb Party called on Piet Varga to resign."), "REQUEST").actor.entity is not None


def test_a_relative_clause_in_the_present_describes_its_noun_and_codes_nothing(run):
    assert not _events(run("Ruritania, which occupies northern Zelkova, said it would not bow to demands."), "COERCE")
    assert not _events(run("Opposition leader Piet Varga, who backs the constitution, said the vote would come next year."), "SUPPORT")
    assert _one(run("Ruritanian troops, who attacked the town on Monday, were withdrawn."), "ASSAULT")


def test_saying_a_side_hits_or_squeezes_people_is_criticism_of_it(run):
    event = _one(run("The Kolb Party said the Ruritanian government's tax rises would hit pensioners."), "ACCUSE")
    assert event.recipient is not None and event.recipient.code.endswith("GOV")
    assert not run("The storm hit the town on Monday.").events


def test_saying_a_sides_sums_do_not_add_up_is_criticism_of_it(run):
    event = _one(run('Finance spokesman Piet Varga said: "The Kolb Party\'s sums don\'t add up."'), "ACCUSE")
    assert event.actor.name == "Piet Varga" and event.recipient is not None
    event = _one(run("Finance spokesman Piet Varga said the Kolb Party's figures did not add up."), "ACCUSE")
    assert event.recipient is not None
    assert not _events(run('Piet Varga said: "The Kolb Party has not failed."'), "ACCUSE")
    assert _one(run('Anna Kolb said: "The minister is not fit to govern."'), "ACCUSE").recipient is not None


def test_saying_it_was_misdirected_blames_the_owner_of_the_plan_named_before(run):
    text = "The Kolb Party unveiled its pay plan on Monday. Critics mocked the pay plan, while the Varga Party said it was misdirected."
    event = _one(run(text), "ACCUSE")
    assert event.recipient is not None and "Kolb" in event.recipient.name
    # a passive of wrong done to people blames no one named; "it" before a clause stands for the clause
    assert not _events(run("Zelkova groups claimed that their communities are being victimised under the new laws."), "ACCUSE")
    assert not _events(run("The Kolb Party unveiled its plan. Piet Varga said it was a scandal that the system ignored women."), "ACCUSE")


def test_it_after_a_body_spoke_is_that_body_going_on(run):
    text = "As a result, says the committee, the Ruritanian government may need to act. It is also calling on Judge Piet Varga to drop the guidelines."
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "the committee"
    # a person who spoke is no "it"
    text = "As a result, says the spokesman, the Ruritanian government may need to act. It is also calling on Judge Piet Varga to drop the guidelines."
    assert all(e.actor.name != "the spokesman" for e in run(text).events)


def test_workers_stopping_work_strike(run):
    assert _one(run("Some 5,000 dock workers stopped work on Monday."), "PROTEST").mode == "strike"


def test_a_fight_with_no_armed_side_is_a_figure_of_speech(run):
    assert not _events(run("Fifty towns getting special help to fight anti-social behaviour will be named on Thursday."), "ASSAULT")
    assert not _events(run("The two candidates are fighting each other for the leadership."), "ASSAULT")
    assert _one(run("Police clashed with protesters in the capital."), "ASSAULT")


def test_the_toll_of_an_attack_is_that_attack(run):
    doc = run("Rebels shelled the regional capital Kadugli on Sunday, killing about 20 people.")
    assert len(_events(doc, "ASSAULT")) == 1
    doc = run("Gunmen attacked a bus and killed 12 passengers.")
    event = _one(doc, "ASSAULT")
    assert len(_events(doc, "ASSAULT")) == 1 and event.recipient is not None and event.recipient.name == "12 passengers"
    doc = run("A roadside bombing near the town of Baiji on Sunday killed one soldier and wounded two others.")
    assert len(_events(doc, "ASSAULT")) == 1


def test_committing_a_crime_is_no_commitment(run):
    doc = run("Police launched an investigation into crimes committed by Croat forces.")
    assert not _events(doc, "AGREE")


def test_a_demand_a_rally_voices_is_the_rally(run):
    doc = run("Activists staged rallies in the capital against the party leader, saying he must resign.")
    assert _one(doc, "PROTEST")
    assert not _events(doc, "REQUEST")


def test_the_wounded_are_people_not_an_attack(run):
    doc = run("Helicopters evacuated the wounded from the besieged town on Friday.")
    assert not _events(doc, "ASSAULT")


def test_no_deadline_set_is_negated(run):
    doc = run("Officials cautioned that no deadline had been set for the withdrawal.")
    assert all(e.modality == "negated" for e in _events(doc, "THREATEN"))


def test_a_reminder_that_someone_must_act_is_a_demand(run):
    doc = run("President Lena Varga issued a stern reminder to Zorbia that it must cooperate fully with the inspectors.")
    event = _one(doc, "REQUEST")
    assert event.actor.name == "Lena Varga"


def test_stepping_up_attacks_is_violence_and_lifting_an_emergency_a_concession(run):
    assert _one(run("Rebels stepped up their attacks on the capital."), "ASSAULT")
    assert _one(run("The government on Sunday lifted a state of emergency in the province."), "CONCEDE")


def test_an_announced_suspension_of_links_is_a_sanction(run):
    doc = run("Zorbia announced a suspension of air links with Kovia on Wednesday.")
    assert _one(doc, "SANCTION")


def test_sending_material_to_help_defend_a_state_is_aid_to_it(run):
    doc = run("Norway is willing to send material to help defend Saudi Arabia if it is attacked, the minister said.")
    event = _one(doc, "AGREE")
    assert event.recipient is not None and event.recipient.country == "SAU"
    assert not _events(doc, "SUPPORT")  # defending is the purpose, no event of its own


# name-swap round: the same sentence gives the same roles whether a list knows the names or not


@pytest.mark.parametrize("town", ["Gao", "Drukor"])  # one the gazetteer knows, one invented
def test_the_town_of_a_place_is_that_place(run, town):
    doc = run(f"Rebels attacked the town of {town} on Monday.")
    recipient = _one(doc, "ASSAULT").recipient
    assert recipient.name == town and _entity_name(doc, recipient.entity) == town


@pytest.mark.parametrize("city", ["Mogadishu", "Vessoran"])
def test_at_a_place_is_where_when_the_verb_has_its_victims(run, city):
    doc = run(f"A suicide bomber killed 12 people at a market in {city} on Friday.")
    assert _one(doc, "ASSAULT").recipient.name == "12 people"
    doc = run("Police fired tear gas at protesters on Friday.")
    assert _one(doc, "ASSAULT").recipient.name == "protesters"  # what is fired is no target: "at" aims


@pytest.mark.parametrize("city", ["Lisbon", "Kravelo"])
def test_expected_to_visit_is_the_visit_expected(run, city):
    doc = run(f"The premier is expected to visit {city} on Thursday.")
    event = _one(doc, "CONSULT")
    assert event.modality == "expected" and event.recipient.name == city
    assert not _events(doc, "AGREE")  # others' expectation is no intention stated


@pytest.mark.parametrize("name", ["Hans Kolb", "Lutrav Fatro"])
def test_a_verb_after_a_phrase_between_commas_is_the_names(run, name):
    doc = run(f"{name}, for the Zelkova Liberal Party, called on Anna Berg to resign.")
    assert _one(doc, "REQUEST").actor.name == name


@pytest.mark.parametrize("name", ["Hassan", "Gubiro"])
def test_a_king_of_one_word_is_a_person(run, name):
    doc = run(f"King {name} of Morocco said he would be ready to host a meeting between the two sides.")
    event = _one(doc, "AGREE")
    assert event.actor.name == name and event.actor.country == "MAR"
    assert not [e for e in doc.entities if e.name == "General Motors"]
    doc = run("General Motors said it would close a plant.")
    assert not [e for e in doc.entities if e.type == "PERSON"]


def test_defending_codes_support_only_for_someone_defended(run):
    assert not _events(run("Defending the plans, Lena Varga told reporters the budget was affordable."), "SUPPORT")
    assert not _events(run("The law binds Zorbia to help Kovia defend itself."), "SUPPORT")
    event = _one(run("Lena Varga defended Anna Berg against the charges on Monday."), "SUPPORT")
    assert event.recipient.name == "Anna Berg"


def test_asking_a_question_is_no_request(run):
    assert not _events(run("Asked about the plan, Lena Varga said it was dead."), "REQUEST")  # she is the one asked
    assert not _events(run("Lena Varga asked the minister about the missing funds."), "REQUEST")
    assert _one(run("Lena Varga asked Anna Berg to reopen the talks."), "REQUEST").recipient.name == "Anna Berg"
    assert _one(run("Lena Varga asked the court for more time."), "REQUEST")


def test_unions_and_the_opposition_are_groups_that_act(run):
    event = _one(run("Five public sector unions held talks with Lena Varga on Monday."), "CONSULT")
    assert event.actor.name == "Five public sector unions" and event.actor.sector == "LAB"
    assert _one(run("The opposition accused the government of lying."), "ACCUSE").actor.sector == "OPP"
    assert not [e for e in run("The European Union held talks with Zorbia.").events if e.actor and e.actor.sector == "LAB"]


def test_parties_named_by_their_nicknames_act_with_their_country(run):
    event = _one(run("The Republicans accused the Democrats of wasting money."), "ACCUSE")
    assert (event.actor.name, event.actor.code, event.recipient.name, event.recipient.code) == ("Republicans", "USAPTY", "Democrats", "USAPTY")
    assert _one(run("The Tories accused Lena Varga of lying."), "ACCUSE").actor.country == "GBR"
    assert not [e for e in run("Palestinians protested in Gaza on Friday.").entities if e.type == "ORG"]  # a people, not a party
    event = _one(run("Lena Varga has rejected a Conservative compromise offer on the bill."), "REJECT")
    assert event.recipient is not None and event.recipient.code == "GBRPTY"  # the party whose offer is rejected
    assert _one(run("The Conservatives accused Lena Varga of lying."), "ACCUSE").actor.code == "GBRPTY"
    assert not [e for e in run("A conservative estimate put the cost of the bridge at 5m.").entities if e.type == "ORG"]


def test_demonstrating_a_fact_or_a_skill_is_no_protest(run):
    assert not _events(run("Migrants to Zorbia will have to demonstrate they have an acceptable standard of health."), "PROTEST")
    assert not _events(run("The Zorbian army demonstrated its new technology on Monday."), "PROTEST")
    assert _one(run("Students demonstrated outside the Zorbian ministry to demand reforms."), "PROTEST")


def test_a_party_name_is_read_whole_and_only_when_listed(run):
    doc = run("Meanwhile, the Liberal Democrats' President Anna Berg said the plan was dead.")
    assert "Liberal Democrats" in {e.name for e in doc.entities if e.type == "ORG"}
    assert "Democrats" not in {e.name for e in doc.entities}  # not the American party
    doc = run("New Labour has lost the confidence of voters in a way Old Labour never did, Lena Varga said.")
    assert not [e for e in doc.entities if e.type == "PERSON" and "Labour" in e.name]


# roles of raised subjects, misparsed participles and the owners of plans -----------------------


def test_the_subject_of_a_passive_is_the_actor_of_its_infinitive(run):
    event = _one(run("Chancellor Lena Varga is expected to visit Zorbia next week."), "CONSULT")
    assert event.actor.name == "Lena Varga" and event.modality == "expected"
    event = _one(run("Viktor Orlov was scheduled to give a speech in Seoul and meet with exiled dissidents from Myanmar."), "CONSULT")
    assert event.actor.name == "Viktor Orlov" and event.modality == "expected"  # the second conjunct is scheduled too
    assert not _events(run("Union leaders are to be offered seats on the board."), "AGREE")  # who offers is not said


def test_a_participle_the_parse_took_for_the_main_verb_describes_its_noun(run):
    doc = run("The civilians imprisoned for acting against Zorbia were released on Monday by Viktor Orlov.")
    assert not _events(doc, "COERCE")  # who jailed them is not said: who they are, not news
    event = _one(doc, "RETREAT")
    assert event.actor.name == "Viktor Orlov" and event.recipient is not None and event.recipient.name == "The civilians"
    doc = run("The Kenyan protesters marched and were arrested by police.")
    assert _one(doc, "PROTEST").actor.name == "The Kenyan protesters"  # joined by "and": both verbs are main verbs
    assert _one(doc, "COERCE").recipient.name == "The Kenyan protesters"


def test_a_toll_of_an_attack_takes_the_attacks_agent(run):
    event = _one(run("Observers said eight people were killed in an air strike by government forces in the city."), "ASSAULT")
    assert event.actor.name == "government forces"
    assert not _one(run("Eight people were killed in a car bomb attack in the city."), "ASSAULT").actor.name


def test_an_intention_to_help_is_agreement_and_a_trip_is_a_visit(run):
    event = _one(run("The Kenyan foreign minister wants to help Uganda."), "AGREE")
    assert event.actor.country == "KEN" and event.recipient is not None and event.recipient.country == "UGA"
    event = _one(run("President Lena Varga headed to Beijing on Friday."), "CONSULT")
    assert event.mode == "visit" and event.recipient.country == "CHN"
    assert not run("The tanks might want Viktor Orlov to head back after the skirmish.").events
    assert not run("Lena Varga heads the African Union commission.").events


def test_issuing_a_warrant_is_coercion(run):
    event = _one(run("A court in Guyana has issued arrest warrants for two Brazilian men."), "COERCE")
    assert event.actor.sector == "JUD" and event.recipient is not None and event.recipient.country == "BRA"


def test_a_plan_opposed_without_an_owner_is_the_governments(run):
    doc = run("Lena Varga has rejected a Conservative compromise offer. The Lib Dems also oppose the plans. The government has already given way over the role of judges.")
    event = next(e for e in doc.events if e.trigger.text.startswith("oppose"))
    assert event.recipient is not None and (event.recipient.code, event.recipient.name) == ("GBRGOV", "The government")
    concession = _one(doc, "CONCEDE")  # "given way over the role of judges": the matter, not whom
    assert concession.recipient is None
    event = _one(run("The Zorbian government wants a new tax on fuel. The Liberal Democrats oppose the plans."), "REJECT")
    assert event.recipient is not None and event.recipient.name == "The Zorbian government"
    # no one named opposes: no owner is guessed, and no event is made of nothing
    assert not run("A change of government could lead to the plans being opposed.").events


def test_a_vote_against_threatened_unless_is_a_threat_and_its_condition_no_event(run):
    event = _one(run("The Tories say they will vote against the bill unless the changes they want are agreed."), "THREATEN")
    assert event.actor.code == "GBRPTY" and event.modality == "asserted"
    doc = run("Anna Berg warned that unless ministers backed down over the chancellor, the government would have great difficulty.")
    assert not _events(doc, "CONCEDE")  # what would avert it has not happened
    assert _one(run("Labour MPs voted against the plans on Tuesday."), "REJECT")


def test_announcing_measures_threatens_no_one(run):
    assert not run("Prime Minister Lena Varga is also expected to announce new measures to strengthen the use of fines.").events


def test_a_by_phrase_the_parse_hung_lower_is_still_the_agent(run):
    event = _one(run('Her comments have been described as "irresponsible" and "outrageous" by the Zorbian Rights Commission.'), "ACCUSE")
    assert event.actor.name == "Zorbian Rights Commission"
    event = _one(run("Last July, the police were accused of bias by Muslim groups."), "ACCUSE")
    assert event.actor.name == "Muslim groups" and event.recipient is not None and event.recipient.sector == "COP"


def test_a_verbal_act_no_one_is_named_doing_is_no_event(run):
    assert not run("Viktor Orlov was being urged to push for action on climate change.").events
    assert not run('"We appeal to the health board to let people choose," the statement read.').events
    assert not run("He denied this, insisting the policies appealed to all sides.").events
    assert _one(run("Protesters were arrested in Nairobi on Monday."), "COERCE")  # coercion needs no named agent


def test_an_opening_participle_is_what_the_subject_undergoes(run):
    assert not run("Pressed on benefits, Viktor Orlov said the tax system must provide the right incentives to people.").events
    event = _one(run("Backed by the army, the rebels attacked the capital."), "SUPPORT")
    assert event.actor.name == "the army" and event.recipient is not None and event.recipient.name == "the rebels"


def test_naming_someone_something_for_is_no_call_for(run):
    assert not _events(run('Anna Berg called Labour "a brilliant machine for talking about things".'), "REQUEST")
    assert _one(run("The Kenyan opposition called for new elections."), "REQUEST")


def test_the_government_facing_a_countrys_own_groups_is_that_countrys(run):
    event = _one(run("The Kenyan opposition said the government must resign."), "REQUEST")
    assert event.recipient is not None and event.recipient.code == "KENGOV"
    event = _one(run("The government accused the Kenyan opposition of lying."), "ACCUSE")
    assert event.actor.code == "KENGOV"
    event = _one(run("Britain urged the government to resign."), "REQUEST")
    assert event.recipient is not None and event.recipient.country is None  # another state's government: unknown


def test_a_state_saying_another_side_attacked_accuses_it(run):
    doc = run("The United States said that Iraq had attacked Kuwait.")
    accusation = _one(doc, "ACCUSE")
    assert (accusation.actor.country, accusation.recipient.country, accusation.cameo) == ("USA", "IRQ", "112")
    assert _one(doc, "ASSAULT").actor.country == "IRQ"  # the reported attack stays, the speaker's claim
    doc = run("Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday.")
    assert _one(doc, "ACCUSE").actor.country == "ISR"
    # sources, reporters and the police tell of violence; no one accuses their own side
    assert not _events(run("Thai military sources said Vietnamese forces have retaken a village in Cambodia."), "ACCUSE")
    assert not _events(run("Police said gunmen killed five villagers."), "ACCUSE")
    assert not _events(run("The Israeli army said its jets struck targets in Gaza."), "ACCUSE")
    assert not _events(run("Relief officials in Nairobi said Sudanese rebels shelled Juba."), "ACCUSE")


def test_a_meeting_between_two_sides_is_theirs(run):
    event = _one(run("The summit between Ghana and Togo is expected to take place in Accra."), "CONSULT")
    assert (event.actor.country, event.recipient.country if event.recipient else None) == ("GHA", "TGO")


def test_events_below_a_confidence_floor_are_left_out_when_asked(run):
    text = "The government is now expanding the crackdown to more towns and cities."
    event = _one(run(text), "COERCE")  # every event by default
    assert event.confidence < 0.35
    floored = newsgraph.Pipeline(newsgraph.Settings(min_event_confidence_percent=35))
    assert not newsgraph.extract(text, date="2024-03-14", pipeline=floored).events
    with pytest.raises(newsgraph.errors.InvalidSetting):
        newsgraph.Settings(min_event_confidence_percent=120).validated()


def test_a_people_is_no_person_a_pronoun_could_stand_for(run):
    doc = run('Anna Berg said the country was heading the wrong way. She went on to praise the values that "most Britons hold dear". Looking ahead, she pledged to "turn these beliefs into reality".')
    assert not [e for e in doc.entities if e.type == "PERSON" and e.name == "Britons"]
    assert _one(doc, "AGREE").actor.name == "Anna Berg"


def test_a_tour_of_towns_mostly_at_home_or_of_nowhere_named_is_no_visit(run):
    doc = run("Lib Dem leader Anna Berg visits Manchester, Liverpool, Leicester, Basingstoke, Somerset and Torbay this week.")
    assert not _events(doc, "CONSULT")
    assert not _events(run("Lib Dem leader Anna Berg is visiting a mixture of rural seats."), "CONSULT")


def test_a_heart_that_beats_attacks_no_one(run):
    assert not run("The last week has shown that the warm heart of Zorbia beats as strong as ever.").events


def test_what_a_kind_of_people_does_in_general_is_no_event(run):
    assert not run("Suicide bombers could kill innocent people on the underground.").events
    assert not run("As it stands terrorists do not need to attack Zorbia.").events
    assert _one(run("Gunmen killed five villagers in Kano on Monday."), "ASSAULT")  # told in the past: a happening
    assert _one(run("Government forces clash with rioters in the downtown square."), "ASSAULT")  # placed: one happening
    assert _one(run("If the army attacked the city, thousands would flee, aid workers said."), "ASSAULT").modality == "hypothetical"


def test_a_date_deep_in_a_story_is_no_date_of_its_news(run):
    text = (
        "Writer attacks the plans\n\nThe minister defended the plans on Monday.\n\n"
        "I was born on 25 August, 1938. The threat back then was real.\n\n"
        "Now the government proposes new laws. Anna Berg criticised the Zorbian government for them."
    )
    event = _one(newsgraph.extract(text, pipeline=newsgraph.Pipeline()), "ACCUSE")
    assert event.date != "1938-08-25"


def test_an_appeal_that_asks_nothing_attracts(run):
    assert not run("He insisted the policies appealed to all sides of the political spectrum.").events
    assert _one(run("Kenya appealed to the United Nations to send troops."), "REQUEST").recipient.code == "IGOUNO"
    assert _one(run("The Kenyan president appealed for calm."), "REQUEST")


def test_agreeing_about_what_happened_is_a_shared_view(run):
    assert not run("A spokeswoman said Lord Woolf and Lord Falconer agreed about what happened in practice.").events
    assert _one(run("Kenya and Uganda agreed on a ceasefire."), "AGREE")


def test_a_warning_against_a_way_of_behaving_is_criticism(run):
    event = _one(run('The Liberal Democrats warned Labour and the Tories against "pandering to prejudice".'), "ACCUSE")
    assert event.cameo == "111" and event.recipient is not None and event.recipient.name == "Labour"
    assert _one(run("The United States warned Iran against an attack on Israel."), "THREATEN")


def test_criticism_of_a_party_or_of_how_something_was_done(run):
    event = _one(run("Labour claims the Tory policy is a desperate attempt to catch up."), "ACCUSE")
    assert (event.actor.code, event.recipient.code) == ("GBRPTY", "GBRPTY")
    assert not run("Labour costs rose sharply last year.").events  # the common noun
    event = _one(run("Tory spokesman Anna Berg said the way the government had handled the bill was a shambles."), "ACCUSE")
    assert event.recipient is not None and event.recipient.code == "GBRGOV"
    assert _one(run("Viktor Orlov said he found the Zorbian government's policies abhorrent."), "ACCUSE")
    assert not run("Anna Berg found the report difficult to read.").events


def test_the_dictionarys_readings_of_a_verb_stay_beside_the_projects(run):
    # "find" and "vote" rows of the project's own must not hide the CAMEO dictionary's
    event = _one(run("A Kenyan court found the opposition leader guilty of treason on Monday."), "COERCE")
    assert event.actor.code == "KENJUD"
    assert _one(run("The Kenyan parliament voted down the budget on Tuesday."), "REJECT").actor.code == "KENLEG"


def test_a_body_meeting_in_session_is_no_consultation(run):
    assert not _events(run("The board of the Ruritanian Rail Company met on Friday to discuss the offer."), "CONSULT")
    assert not _events(run("The Ruritanian government said output would stay the same when the cartel meets in April."), "CONSULT")
    doc = run("Ruritanian Prime Minister Ivo Marsh met Zelkovan President Dan Kell in Kelmar on Monday.")
    assert _one(doc, "CONSULT").recipient.name == "Dan Kell"
    doc = run("Ruritanian Prime Minister Ivo Marsh met with union leaders on Monday.")
    assert _events(doc, "CONSULT")
    doc = run("Ruritanian Prime Minister Ivo Marsh and Zelkovan President Dan Kell met in Kelmar on Monday.")
    assert _events(doc, "CONSULT")


def test_meeting_a_target_is_no_meeting(run):
    doc = run("The Ruritanian finance minister said he was willing to cut spending to meet the budget projections.")
    assert not _events(doc, "CONSULT")


def test_an_outlet_can_be_sued_or_blamed_but_is_no_source_of_its_own_events(run):
    event = _one(run("The Guardian was sued for libel by MP Ivo Marsh."), "ACCUSE")
    assert event.recipient.name == "The Guardian" and event.actor.name == "Ivo Marsh"
    event = _one(run("Ruritanian Prime Minister Ivo Marsh criticised the BBC over its report."), "ACCUSE")
    assert event.recipient.name == "BBC"
    doc = run("The Ruritanian rail merger has been delayed by regulators, according to the Financial Times.")
    assert all(e.recipient is None or e.recipient.name != "Financial Times" for e in doc.events)


def test_denying_having_done_something_is_no_refusal(run):
    assert not _events(run("Ruritanian MP Ivo Marsh denied taking bribes from the company."), "REJECT")
    assert not _events(run("Ruritanian MP Ann Vollard denied having any personal experience of it."), "REJECT")


def test_a_wish_that_another_side_act_is_no_act_of_that_side(run):
    assert not _events(run("The detainees hope the Ruritanian government will release them soon."))
    event = _one(run("The Ruritanian government hopes to release the prisoners next week."), "RETREAT")
    assert event.modality == "expected"  # one's own hope is an intention ("hopes" is no form of "hop")


def test_a_warning_against_a_quoted_behaviour_is_criticism_however_the_parse_hangs_it(run):
    event = _one(run('Ruritanian opposition leader Ivo Marsh warned both parties against "pandering to prejudice".'), "ACCUSE")
    assert event.cameo == "111"


def test_warning_that_others_do_wrong_is_criticism_and_a_risk_is_none(run):
    doc = run("Ruritanian opposition leader Ivo Marsh warned that the Ruritanian government was pandering to prejudice.")
    event = _one(doc, "ACCUSE")
    assert event.actor.name == "Ivo Marsh" and event.recipient.name == "the Ruritanian government"
    doc = run("Ruritanian opposition leader Ivo Marsh warned that the Ruritanian government's plan could be illegal.")
    assert not _events(doc, "ACCUSE") and not _events(doc, "THREATEN")


def test_a_demand_for_a_thing_is_made_of_the_government_the_article_names(run):
    doc = run("The Ruritanian government has written to the two men. Opposition leader Ivo Marsh demanded assurances that the evidence was sound.")
    event = _one(doc, "REQUEST")
    assert event.recipient is not None and event.recipient.sector == "GOV"
    doc = run("The Ruritanian government met on Monday. Ruritanian Prime Minister Ivo Marsh called for calm.")
    assert all(e.recipient is None for e in _events(doc, "REQUEST"))  # no demand of his own government


def test_a_headline_event_is_a_mention_of_the_story_event(run):
    from newsgraph.model import Article

    title = "Marsh praises Kelmar moves"
    body = "Ruritanian Foreign Minister Ivo Marsh has praised the decision by Zelkova and Ostravia to open a rail link."
    doc = newsgraph.extract(Article(text=f"{title}\n\n{body}", title=title))
    praise = _events(doc, "SUPPORT")
    assert len(praise) == 1 and praise[0].evidence.text.startswith("Ruritanian Foreign Minister")
    assert [m.text for m in praise[0].mentions] == [title]


def test_what_there_is_no_evidence_of_is_negated(run):
    doc = run("The Zelkovan army said there was no evidence that any Ruritanian prisoner was tortured.")
    assert all(e.modality == "negated" for e in _events(doc, "ASSAULT"))


def test_a_fear_that_others_will_act_is_no_act_of_theirs(run):
    doc = run("Ruritanian MP Ivo Marsh said he was afraid the robbers would use a knife.")
    assert not _events(doc, "THREATEN") and not _events(doc, "ASSAULT")


def test_an_extraposed_it_judges_its_clause(run):
    doc = run("A Ruritanian Home Office spokesman said it was wholly wrong to suggest that the plan was to abandon them.")
    assert not _events(doc, "ACCUSE")  # a suggestion judged, no one named
    event = _one(run("Kelmar singer Ivo Marsh said it was pathetic that Ruritania gave so little aid."), "ACCUSE")
    assert event.recipient.name == "Ruritania"


def test_schooling_and_welcoming_delegates_are_no_events(run):
    assert not _events(run("Ruritanian Prime Minister Ivo Marsh attended a school in Kelmar as a boy."), "CONSULT")
    assert not _events(run("Ruritanian Prime Minister Ivo Marsh will welcome delegates to the party conference."), "SUPPORT")


def test_the_accused_is_the_object_not_what_the_charge_names(run):
    doc = run('Ruritanian opposition MP Ivo Marsh accused ministers of turning Kelmar into a "dumping ground".')
    assert _one(doc, "ACCUSE").recipient.name == "ministers"


def test_a_present_tense_with_a_time_to_come_is_expected(run):
    doc = run("Ruritanian Finance Minister Ivo Marsh is travelling to Kelmar next week.", date=None)
    assert _one(doc, "CONSULT").modality == "expected"
    doc = run("Ruritanian Finance Minister Ivo Marsh is visiting Kelmar this week.", date=None)
    assert _one(doc, "CONSULT").modality == "asserted"


def test_seizing_on_reports_is_no_seizure(run):
    assert not _events(run("Ruritanian opposition leader Ivo Marsh is expected to seize on those reports."), "COERCE")
    assert _events(run("Ruritanian rebels seized the town of Kelmar."), "COERCE")


def test_an_act_on_something_someone_owns_is_aimed_at_the_owner(run):
    event = _one(run("The Kelmar appeal court backed the Ruritanian Home Office's powers to hold the men."), "SUPPORT")
    assert event.recipient.name == "Ruritanian Home Office"
    event = _one(run("Ruritanian Prime Minister Ivo Marsh rejected the Green Party's call for a vote."), "REJECT")
    assert event.recipient.name == "Green Party"


def test_declining_to_discuss_a_topic_is_no_consultation(run):
    assert not _events(run("Ruritanian Tory chairman Ivo Marsh would not discuss reports that the party repaid the loan."), "CONSULT")
    event = _one(run("Ruritanian Prime Minister Ivo Marsh discussed the crisis with Zelkovan President Dan Kell."), "CONSULT")
    assert event.recipient.name == "Dan Kell"


def test_a_minister_backing_his_own_governments_plans_backs_no_other_side(run):
    doc = run("The British government's plans for ID cards were debated. But British Home Secretary Ivo Marsh said he supported the plans.")
    assert all(e.recipient is None for e in _events(doc, "SUPPORT"))
    doc = run("The British government's plans for ID cards were debated. But French Foreign Minister Ivo Marsh said he supported the plans.")
    assert _one(doc, "SUPPORT").recipient.country == "GBR"


def test_what_befell_a_named_person_told_twice_is_one_event(run):
    doc = run("Ruritanian opposition leader Ivo Marsh was arrested on Sunday. A party spokesman said Mr Marsh was arrested following a speech in Kelmar.")
    assert len(_events(doc, "COERCE")) == 1


def test_a_warning_that_states_a_fact_or_a_risk_is_no_threat(run):
    assert not _events(run("Ruritanian opposition MP Ivo Marsh warned the picture was not as rosy as the minister claimed."), "THREATEN")
    assert not _events(run("Ruritanian minister Ivo Marsh has warned that on the campaign trail he has seen complacency."), "THREATEN")
    assert _events(run("The Kelmar rebels warned they would attack the capital."), "THREATEN")


def test_what_a_law_says_is_no_act(run):
    doc = run("Ruritanian minister Ann Vollard called for the law banning the sale of games to children to be enforced better.")
    assert not _events(doc, "COERCE") and _events(doc, "REQUEST")


def test_declining_to_give_a_view_refuses_no_one(run):
    assert not _events(run("Ruritanian MP Ann Vollard declined to give her view of Mr Ivo Marsh."), "REJECT")


def test_defending_ones_own_plans_backs_no_other_side(run):
    assert not _events(run("Lib Dem leader Ivo Marsh used his TV appearance to defend his party's plans to raise income tax."), "SUPPORT")
    doc = run("Ruritanian minister Ivo Marsh said the police backed his measures.")
    assert _events(doc, "SUPPORT")  # the police back someone else's measures


def test_more_words_of_blame(run):
    event = _one(run("Ruritanian opposition leader Ivo Marsh said Prime Minister Dan Kell had lost touch with voters."), "ACCUSE")
    assert event.recipient.name == "Dan Kell"
    assert not _events(run("The Kelmar rebels said they had lost all trust in the government."), "ACCUSE")
    assert _events(run("Ruritanian opposition leader Ivo Marsh branded the Green Party plans as fantasy economics."), "ACCUSE")
    assert _events(run("The Ruritanian Green Party labelled the posters a big misjudgement."), "ACCUSE")


def test_a_judgement_in_someones_quoted_words_is_their_criticism(run):
    doc = run('"The government was reckless and the minister has failed to act," said Ruritanian opposition leader Ivo Marsh.')
    events = _events(doc, "ACCUSE")
    assert events and all(e.actor.name == "Ivo Marsh" for e in events)
    assert {e.recipient.name for e in events} == {"The government", "the minister"}
    assert not _events(run('"We failed to act," said Ruritanian minister Ivo Marsh.'), "ACCUSE")
    assert not _events(run('"The government has not failed," said Ruritanian minister Ivo Marsh.'), "ACCUSE")


def test_a_poll_share_and_a_body_holding_its_own_meeting_are_no_events(run):
    assert not _events(run("A poll of 1,300 people suggests two-thirds of Ruritanians support the couple's decision to marry."), "SUPPORT")
    assert not _events(run("Ruritanian cabinet members held their last meeting before the election."), "CONSULT")
    event = _one(run("Ruritanian Deputy Prime Minister Ivo Marsh held a private meeting with Zelkovan President Dan Kell."), "CONSULT")
    assert event.recipient.name == "Dan Kell"


# what befalls someone, told from their side ---------------------------------------------------


def test_criticism_faced_from_someone_is_their_criticism(run):
    doc = run("Ms Varga faced fierce criticism from the opposition over the port deal on Monday.")
    event = _one(doc, "ACCUSE")
    assert event.actor.sector == "OPP" and _entity_name(doc, event.recipient.entity) == "Ms Varga"
    doc = run("Ms Varga faced fierce criticism over the port deal on Monday.")  # from no one named
    assert not _events(doc, "ACCUSE")


def test_pressure_from_someone_to_act_is_their_demand(run):
    doc = run("Tom Brant is under growing pressure from Wexland to release the prisoners.")
    event = _one(doc, "REQUEST")
    assert event.actor.name == "Wexland" and "Brant" in event.recipient.name
    assert not _events(doc, "RETREAT")


def test_fire_from_an_armed_side_is_violence_from_anyone_else_criticism(run):
    doc = run("Government troops came under fire from rebels near Zelkova on Sunday.")
    event = _one(doc, "ASSAULT")
    assert event.actor.sector == "REB" and event.recipient.sector == "MIL"
    doc = run("Ms Varga came under fire from Labour MPs over the port deal.")
    assert _one(doc, "ACCUSE").actor.name == "Labour MPs" and not _events(doc, "ASSAULT")


def test_a_telephone_call_received_is_no_demand(run):
    doc = run("Ms Varga received a call from Tom Brant on Monday.")
    assert not _events(doc, "REQUEST")


def test_calling_for_someone_to_act_asks_it_of_them(run):
    doc = run("The opposition leader called for Tom Brant to resign over the port deal.")
    event = _one(doc, "REQUEST")
    assert "Brant" in event.recipient.name and event.mode == "yield"
    assert not _events(doc, "RETREAT")
    doc = run("Ms Varga appealed for the prisoners to be freed.")  # they are not asked
    assert _one(doc, "REQUEST").recipient is None


def test_strengthening_ties_is_cooperation_and_seeking_to_an_intention(run):
    doc = run("Wexland strengthened its ties with Ostrava last year, the foreign ministry said.")
    event = _one(doc, "SUPPORT")
    assert event.actor.name == "Wexland" and event.recipient.name == "Ostrava"
    doc = run("Wexland and Ostrava are seeking to deepen their partnership in energy, officials said.")
    event = _one(doc, "AGREE")
    assert event.modality == "expected" and event.recipient.name == "Ostrava" and not event.co_actors


# recipients and mentions, from audit failures (names invented) --------------------------------


def test_the_one_whose_release_is_asked_is_not_asked(run):
    doc = run("Tom Brant appealed for the release of aid worker Ann Lee, kidnapped in Zelkova.")
    assert _one(doc, "REQUEST").recipient is None
    doc = run("Opposition members called for Ms Varga's removal.")
    assert _one(doc, "REQUEST").recipient is None
    doc = run("Opposition members called for the resignation of Ms Varga.")  # she is asked
    assert "Varga" in _one(doc, "REQUEST").recipient.name


def test_a_passive_agent_is_never_its_own_recipient(run):
    doc = run('A failed government scheme has been branded a "disgraceful waste" by MPs.')
    event = _one(doc, "ACCUSE")
    assert event.actor.name == "MPs" and (event.recipient is None or event.recipient.name != "MPs")


def test_it_judged_in_a_quote_is_what_happened_not_a_body(run):
    doc = run('Wexford Fathers campaigned for years. Tom Brant, from the group Wexford Fathers, said: "It is very disappointing."')
    assert not _events(doc, "ACCUSE")


def test_an_act_someone_denies_is_negated(run):
    doc = run("Wexland denied that its troops had attacked the convoy near Zelkova.")
    assert _one(doc, "ASSAULT").modality == "negated"


def test_a_finite_conjunct_keeps_its_own_polarity(run):
    doc = run("Ms Varga said her remarks were not racist and refused to apologise to Tom Brant.")
    assert not [e for e in doc.events if e.modality == "negated"]
    doc = run("Tom Brant said Labour would publish its plans and attacked the Tory proposals.")
    assert _one(doc, "ACCUSE").modality == "asserted"


def test_a_later_telling_without_recipient_is_a_mention(run):
    doc = run("Ms Varga has refused to retract an insult made to Tom Brant. She again refused to apologise, aides said.")
    refusals = _events(doc, "REJECT")
    assert len(refusals) == 1 and refusals[0].mentions


def test_the_circumstance_of_a_demand_is_not_its_recipient(run):
    doc = run("Opposition members called for Ms Varga's removal after criticism over hospital waiting times.")
    assert _one(doc, "REQUEST").recipient is None


# bodies no name gives -----------------------------------------------------------------------


def test_a_committee_acts_and_it_stands_for_the_committee(run):
    doc = run("An all-party committee said it was not confident the bodies would be ready. It blamed the Ministry of Roads for a lack of leadership.")
    event = _one(doc, "ACCUSE")
    assert event.actor.sector == "LEG" and event.recipient.name == "Ministry of Roads"


def test_they_never_stands_for_people_in_general(run):
    doc = run("People gathered outside the hall on Sunday. They praised Mayor Tom Brant.")
    assert not [e for e in doc.events if (e.actor.name or "").lower() == "people"]


def test_someone_lends_no_actor(run):
    doc = run("The commission recommended tightening the law in cases where someone has killed for revenge.")
    assert not _events(doc, "ASSAULT")


def test_an_affair_and_a_law_act_in_no_event(run):
    doc = run("Ms Varga has been badly hurt by the Zelkova controversy, a poll suggests.")
    assert not _events(doc, "ASSAULT")
    doc = run("The Prevention of Harm Bill gives the Wexland police powers to detain suspects for a year.")
    assert not [e for e in doc.events if "Bill" in (e.actor.name or "")]


def test_agreeing_with_a_view_is_no_agreement_to_act(run):
    doc = run("Officials and private analysts agreed that a review of the subsidy would be delayed.")
    assert not _events(doc, "AGREE")
    doc = run("Ms Varga agreed with that assessment on Monday.")
    assert not _events(doc, "AGREE")
    doc = run("Wexland and Ostrava agreed on Monday that their countries should cooperate on trade.")
    assert _one(doc, "AGREE").recipient.name == "Ostrava"  # joint sides agree with each other


def test_falling_sales_refuse_nothing_and_none_asking_is_negated(run):
    doc = run("Sales of cigarettes declined sharply in Zelkova last year.")
    assert not _events(doc, "REJECT")
    doc = run("Asked about the deal, Ms Varga declined to meet the rebel leaders.")
    assert _one(doc, "REJECT").recipient is not None
    doc = run("None of the rebels has attacked the convoy near Zelkova, Mr Brant said.")
    assert _one(doc, "ASSAULT").modality == "negated"


def test_failing_to_agree_is_a_rejection_and_no_ones_fault(run):
    doc = run("Wexland and Ostrava failed to reach agreement on the border on Sunday, officials said.")
    assert _one(doc, "REJECT").modality == "asserted" and not _events(doc, "AGREE")
    doc = run("Wexland officials said the negotiators failed to conclude an agreement on wheat.")
    assert not _events(doc, "ACCUSE")


def test_saying_a_rival_lacks_judgment_or_hides_plans_is_criticism(run):
    doc = run("The foreign secretary, Tom Brant, said the opposition leader lacked strategy and judgment.")
    assert _one(doc, "ACCUSE").recipient is not None
    doc = run("Ann Lee said the Wexland government was hiding its plans for cuts.")
    assert _one(doc, "ACCUSE").recipient is not None
    doc = run("Ann Lee said the report lacked detail.")  # a report lacking detail blames no one
    assert not _events(doc, "ACCUSE")


def test_what_might_befall_someone_at_no_ones_hands_is_no_event(run):
    doc = run("The Wexland Party has suspended a candidate for allegedly suggesting the criminally insane should be killed.")
    assert not _events(doc, "ASSAULT")
    doc = run("Tom Brant asked whether his technique would be outlawed.")
    assert not _events(doc, "COERCE")
    doc = run("An attempt to assassinate Governor Ann Lee was thwarted in Zelkova, police said.")
    assert _events(doc, "ASSAULT")  # an attempt was made


def test_any_one_of_a_kind_is_no_one_in_particular(run):
    doc = run("Tom Brant said any chancellor would use his budget to offer sweeteners to voters.")
    assert not _events(doc, "AGREE")


def test_saying_a_rivals_plans_have_failed_blames_the_rival(run):
    doc = run("The Wexland Party says the government's plans to give all children two hours of sport have failed.")
    event = _one(doc, "ACCUSE")
    assert event.actor.name and event.recipient is not None
    doc = run("Ann Lee said the talks had failed.")  # talks are no one
    assert not _events(doc, "ACCUSE")


def test_joining_or_renewing_calls_for_someone_to_go_is_a_demand_of_them(run):
    doc = run("Ann Lee joined the calls for Tom Brant to resign.")
    event = _one(doc, "REQUEST")
    assert event.actor.name == "Ann Lee" and "Brant" in event.recipient.name
    assert not _events(doc, "RETREAT")
    doc = run("Thousands of students joined the protest in Zelkova on Friday.")
    assert _one(doc, "PROTEST").actor.name


def test_a_call_for_longer_sentences_asks_no_prison(run):
    doc = run("Lord Brant, head of the Wexland anti-corruption unit, who made the call for longer prison sentences, said the penalty was derisory.")
    assert not [e for e in _events(doc, "REQUEST") if e.recipient is not None and e.recipient.name == "prison"]


def test_meeting_market_demand_concedes_nothing(run):
    doc = run("British banks met demand from foreign investors last year.")
    assert not _events(doc, "CONCEDE")
    # a word of a market's trend, whatever the article or owner
    doc = run("To meet the growing demand for greater bandwidth, Brindle said it would begin trials in April.")
    assert not _events(doc, "CONCEDE")
    doc = run("Kelvo Motors plans a second plant to meet the country's growing demand for cars.")
    assert not _events(doc, "CONCEDE")
    doc = run("The Wexland government met the union's demand for higher pay.")
    assert _events(doc, "CONCEDE")


def test_one_person_agreeing_with_no_complement_agrees_with_a_view(run):
    doc = run("Tom Brant agreed and said the figures had to be looked at in context.")
    assert not _events(doc, "AGREE")
    doc = run("Wexland and Ostrava agreed on Monday.")  # two sides
    assert _events(doc, "AGREE")
    doc = run("Wexland agreed to the proposals on Monday.")
    assert _events(doc, "AGREE")


def test_offering_courses_or_products_offers_no_cooperation(run):
    doc = run("Tom Brant said the universities of Wexland offer very attractive courses to students.")
    assert not _events(doc, "AGREE")
    doc = run("Wexland offered aid to Ostrava on Monday.")
    assert _events(doc, "AGREE")


def test_criticism_of_a_plan_is_aimed_at_whoever_unveiled_it(run):
    doc = run("The Ostrava Party unveiled new tax plans on Monday. The Wexland Party attacked the plans.")
    event = _one(doc, "ACCUSE")
    assert event.actor.name == "Wexland Party" and event.recipient.name == "Ostrava Party"


# Lists, territory, wishes of others' acts, prepositions of the pattern, group nouns ----------


def test_a_list_the_parse_reads_as_an_apposition_is_one_joint_actor(run):
    event = _one(run("The US, Russia, and Switzerland met on Monday."), "CONSULT")
    assert event.actor.country == "USA"
    # the three met one another: the first named meets the others
    assert sorted(a.country for a in (event.recipient, *event.co_recipients)) == ["CHE", "RUS"]


def test_seizing_a_town_is_occupying_territory_and_seizing_weapons_is_not(run):
    town = _one(run("Rebels seized the town of Kelvara on Monday."), "COERCE")
    assert town.cameo == "192"
    ground = _one(run("The militant group has seized parts of Iraq and Syria."), "COERCE")
    assert ground.cameo == "192"
    weapons = _one(run("Police seized weapons in the town on Monday."), "COERCE")
    assert weapons.cameo == "171"


def test_wanting_another_side_to_act_asks_it_and_codes_no_act_of_that_side(run):
    doc = run("The unions want the government to withdraw the regulations.")
    event = _one(doc, "REQUEST")
    assert event.actor.sector == "LAB" and event.recipient is not None and event.recipient.sector == "GOV"
    assert not _events(doc, "RETREAT")


def test_wanting_a_thing_to_happen_or_to_act_oneself_asks_no_one(run):
    assert not _events(run("The minister wants the bill to pass into law by March."), "REQUEST")
    doc = run("Ms Tarvo wants to visit Chile next month.")
    assert not _events(doc, "REQUEST")


def test_the_object_of_a_patterns_own_preposition_is_the_recipient(run):
    event = _one(run("Labour hit back at the Conservative proposals on Monday."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Conservative"


def test_union_figures_are_labour_and_can_be_met(run):
    event = _one(run("Chancellor Arvid Tallen held a private meeting with senior union figures on Thursday night."), "CONSULT")
    assert event.recipient is not None and event.recipient.sector == "LAB"


def test_a_span_of_talks_is_the_talks(run):
    event = _one(run("Two days of talks between Chile and Peru begin in Lima on Wednesday."), "CONSULT")
    assert event.actor.country == "CHL" and [a.country for a in event.co_actors] == ["PER"]


def test_an_apology_in_british_spelling_and_forces_put_on_standby(run):
    apology = _one(run("Mr Orlan has apologised to MPs after the announcement."), "SUPPORT")
    assert apology.cameo == "055"
    standby = _one(run("The Spanish have already put their forces on standby to evacuate their nationals."), "MOBILIZE")
    assert standby.actor.country == "ESP"
    passive = _one(run("A company of 120 British troops has been put on standby."), "MOBILIZE")
    assert passive.actor.country == "GBR" and passive.recipient is None


def test_ordering_the_destruction_of_a_force_is_violence_by_the_one_who_orders(run):
    doc = run("President Adama Kourouma ordered the destruction of the rebels' air force.")
    event = _one(doc, "ASSAULT")
    assert event.actor.name == "Adama Kourouma"
    assert not _events(doc, "REQUEST")


def test_warning_someone_that_a_thing_is_so_is_advice_not_a_threat(run):
    doc = run("The minister warned Mr Orlan on 7 March that the war could be illegal without a second resolution.")
    assert not _events(doc, "THREATEN")
    assert not _events(run("Lord Tallen warned Mr Orlan on 7 March 2003 that the Iraq war could be illegal."), "THREATEN")
    threat = run("President Adama Kourouma warned the rebels of consequences.")
    assert _events(threat, "THREATEN")


def test_sanctioning_an_action_authorises_it(run):
    doc = run("The council passed a resolution sanctioning military action against the rebels on Monday.")
    assert not _events(doc, "SANCTION")


def test_a_judgement_names_whom_it_blames_by_its_by_phrase(run):
    event = _one(run("Mr Orlan said the campaign was a big misjudgement by Labour."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Labour"


def test_he_in_a_speakers_own_words_is_someone_else(run):
    doc = run('Mr Ortlund met the opposition leader Bram Keller on Monday. "He has apologised to Ann Veldt and that is welcome," Mr Ortlund said.')
    apology = _one(doc, "SUPPORT")
    assert apology.actor.name == "Bram Keller"


def test_he_in_reported_speech_is_still_the_speaker(run):
    doc = run("Mr Ortlund met Bram Keller on Monday. Mr Ortlund said he had criticised the plans of Gorsk.")
    assert _one(doc, "ACCUSE").actor.name != "Bram Keller"


def test_me_in_a_speakers_own_words_is_the_speaker(run):
    doc = run('Ann Veldt criticised Bram Keller on Friday. "He attacked me in the chamber," she said.')
    attack = next(e for e in doc.events if e.trigger.text == "attacked")
    assert attack.actor.name == "Bram Keller"
    assert attack.recipient is not None and attack.recipient.name == "Ann Veldt"


def test_a_one_sided_act_only_spoken_of_or_not_done_codes_nothing(run):
    quoted = run('The minister Ann Veldt spoke to farmers on Monday. "We have promised to deliver and we will deliver," she said.')
    assert not _events(quoted, "AGREE")
    possible = run("Bram Keller could back the plan, his colleagues fear.")
    assert not _events(possible, "SUPPORT")
    planned = run("Bram Keller will resign next week.")  # a plan is news, a stated one an intention
    assert [e.modality for e in planned.events] == ["expected"]


def test_a_one_sided_act_done_or_reported_by_a_source_stays(run):
    done = run("The Ortland minister Ann Veldt resigned on Monday.")
    assert _one(done, "RETREAT").modality == "asserted"
    reported = run("Ortland's president Ann Veldt has agreed to resign, the parliament speaker said on Saturday.")
    assert _one(reported, "AGREE").actor.name == "Ann Veldt"


def test_figures_of_speech_in_politics_code_no_force(run):
    assert not run("A book which amply demonstrates the rift between the two leaders was published.").events
    assert not run("Europe needed to reinforce its own unity.").events
    assert not run("Ann Veldt wants to take on and beat the Asian tiger economies.").events
    assert not run("Her party had learned to occupy the political centre ground.").events
    assert _one(run("Farmers demonstrated against the new tax in Gorsk on Monday."), "PROTEST")
    assert _one(run("Gorsk reinforced its troops on the border with Tavia on Monday."), "MOBILIZE")


def test_they_is_first_the_group_its_own_sentence_names(run):
    doc = run("The powers of the Zorbian home secretary are under review after a row over failures at Gorsk Holdings. Opposition parties said on Monday they had attacked the Zorbian government over the failures.")
    event = _one(doc, "ACCUSE")
    assert event.actor.sector == "OPP"


def test_a_thing_that_does_nothing_of_itself_is_no_actor(run):
    assert not run("Cold calling schemes are backed by EU directives, the Zorbian watchdog said.").events
    assert not _events(run("Gorsk Holdings said the opportunity offered by its third place was huge."), "AGREE")
    body = run("Cold calling schemes are backed by the Zorbian government, the watchdog said.")
    assert _one(body, "SUPPORT").actor.name == "the Zorbian government"


def test_both_of_a_coordination_is_no_part_of_the_first_actors_name(run):
    doc = run("Both the prime minister and the chancellor have called for urgent action to fight world poverty.")
    event = _one(doc, "REQUEST")
    assert event.actor.name == "the prime minister"
    assert [a.name for a in event.co_actors] == ["the chancellor"]


def test_what_a_pledge_or_a_wish_asks_more_of_is_no_recipient(run):
    pledge = run("Ann Veldt pledged cleaner hospitals and better school discipline on Monday.")
    assert _one(pledge, "AGREE").recipient is None
    promise = run("Ann Veldt promised pensioners a rise in their payments on Monday.")
    assert _one(promise, "AGREE").recipient is not None


def test_announcing_ones_own_plans_codes_nothing(run):
    assert not _events(run("The Zorbian chancellor Ann Veldt announced plans to merge two tax agencies on Monday."), "AGREE")


def test_calling_something_by_any_word_of_disapproval_is_criticism_of_its_owner(run):
    crass = run("The Zorbian culture minister Ann Veldt called the comparison crass and ignorant on Monday.")
    assert _one(crass, "ACCUSE").actor.name == "Ann Veldt"
    plans = run("The Zorbian shadow minister Ann Veldt called the government's plans inadequate on Monday.")
    recipient = _one(plans, "ACCUSE").recipient
    assert recipient is not None and recipient.sector == "GOV"
    assert not run("The Zorbian culture minister Ann Veldt called the comparison interesting on Monday.").events


def test_a_judgement_after_the_noun_is_no_part_of_the_recipients_name(run):
    doc = run('The Zorbian opposition leader Ann Veldt branded the party chairman "arrogant and wrong" on Monday.')
    recipient = _one(doc, "ACCUSE").recipient
    assert recipient is not None and recipient.name == "the party chairman"


def test_saying_a_sides_plans_are_unrealistic_is_criticism(run):
    doc = run("The Zorbian Conservatives said the government's proposals for school sport were unrealistic.")
    event = _one(doc, "ACCUSE")
    assert event.recipient is not None and event.recipient.sector == "GOV"
    assert not run("The Zorbian Conservatives said the weather in Gorsk was unrealistic.").events


def test_he_after_a_person_named_by_role_only_is_that_person(run):
    text = "At a dinner hosted by Deputy Prime Minister Bram Keller, Ann Veldt spoke of her plans. The prime minister said he had discussed these claims with the chancellor."
    event = _one(run(text), "CONSULT")
    assert event.actor.name == "The prime minister"
    quoted = run('The prime minister spoke on Monday about Bram Keller. "He should apologise to the chancellor," the prime minister said.')
    assert all(e.actor.name != "The prime minister" for e in quoted.events)


def test_he_reported_by_a_spokesman_is_not_the_spokesman(run):
    text = "Bram Keller, a millionaire donor, has given Labour money before. His spokesman said it was highly unlikely he would give Labour more money."
    assert all(e.actor.name != "His spokesman" for e in run(text).events)


def test_rebutting_a_comment_or_a_claim_codes_nothing(run):
    assert not run("The Zorbian environment secretary Ann Veldt rejected Mr Keller's comment on Monday.").events
    assert not run("Bram Keller hit back at Labour claims that he had used a patient as a shield.").events
    assert _one(run("Bram Keller hit back at his critics in the Zorbian parliament on Monday."), "ACCUSE")


def test_a_commitment_another_state_says_a_side_is_in_is_a_claim(run):
    claim = run("Ann Veldt, the British prime minister, argued that Israeli leader Bram Keller was committed to the roadmap peace plan.")
    assert not _events(claim, "AGREE")
    own = run("The Israeli foreign minister Ann Veldt said Israel was committed to the peace plan.")
    assert _one(own, "AGREE").actor.country == "ISR"


def test_a_shadow_minister_is_of_the_opposition_and_criticises_the_government(run):
    text = ("The Zorbian government published a new White Paper on Thursday. Shadow foreign secretary Bram Keller "
            "condemned the document, which officials say cost a great deal. Mr Keller said the government was wasting money.")
    event = next(e for e in run(text).events if e.trigger.text == "condemned")
    assert event.actor.sector == "OPP"
    assert event.recipient is not None and event.recipient.sector == "GOV"


def test_calls_into_question_and_for_an_inquiry_and_restated_support_take_their_own_types(run):
    questioned = run("The new rules have also been called into question by the Zorbian parliament's human rights committee.")
    assert _one(questioned, "ACCUSE").cameo == "111"
    inquiry = run("Dr Ann Veldt has called for an investigation by the information commissioner Bram Keller.")
    assert _one(inquiry, "REQUEST").recipient.name == "Bram Keller"
    support = run("The airport operator Gorsk Holdings has reiterated its support for the government's expansion plans.")
    assert _one(support, "SUPPORT").cameo == "051"
    assert not _events(support, "AGREE")


def test_verbs_of_scorn_are_criticism(run):
    for text in ("The prime minister Ann Veldt ridiculed the Tory plans for asylum quotas.",
                 "The Zorbian minister Ann Veldt castigated the rebels for their failure.",
                 "The Zorbian minister Ann Veldt rounded on the rebel leader Bram Keller."):
        event = _one(run(text), "ACCUSE")
        assert event.recipient is not None, text


def test_a_virtue_denied_or_a_harm_caused_is_criticism(run):
    straight = run("The Zorbian opposition leader Ann Veldt said the Gorsk Party was not straight with people on taxes.")
    assert _one(straight, "ACCUSE").recipient is not None
    trusted = run("Ann Veldt told delegates that the Zorbian government could not be trusted on crime.")
    assert _one(trusted, "ACCUSE").recipient.sector == "GOV"
    harm = run("The Zorbian prime minister Ann Veldt said Conservative policies would cause economic failure.")
    assert _one(harm, "ACCUSE").recipient is not None
    assert not run("Ann Veldt said voters had lost trust in the Zorbian government.").events
    assert not run("Ann Veldt said the weather in Gorsk was not fair.").events


def test_judgements_reach_coordinated_verbs_kinds_and_plans_owned_elsewhere(run):
    quoted = run('Announcing the plans, Mr Pellow said: "Mr Orwin has forgotten the interests of taxpayers, and has broken the pledges he made."')
    assert _one(quoted, "ACCUSE").recipient.name == "Orwin"
    sign = run('The Tory co-chairman Liam Fenwick said the return of Mr Orwin was a sign of new "sinister and underhand tactics" by Labour.')
    assert _one(sign, "ACCUSE").actor.name == "Liam Fenwick"
    plan = run("Voters would elect police commissioners under plans unveiled by the Conservatives. "
               "Liberal Democrat spokesman Bram Keller said the plan was dangerous.")
    assert _one(plan, "ACCUSE").recipient.name == "Conservatives"


def test_a_word_of_disapproval_on_anothers_thing_in_a_quote_is_criticism(run):
    doc = run('The shadow minister Ann Veldt said: "Carl Osk is now recycling the plans in his desperate bid to win back voters."')
    assert _one(doc, "ACCUSE").recipient.name == "Carl Osk"
    assert not run('Ann Veldt said: "Our desperate need is for more teachers in Gorsk."').events


def test_challenging_someone_to_act_is_a_demand_and_a_plan_a_criticism(run):
    dare = run("Lord Bramwell, a former Zorbian minister, challenged Bram Keller to deny the reports.")
    assert _one(dare, "REQUEST").recipient.name == "Bram Keller"
    plans = run("Campaigners against airport expansion have begun challenging the Zorbian government's plans.")
    assert _one(plans, "ACCUSE").recipient.sector == "GOV"
    assert not run("Ann Veldt will challenge Bram Keller for the leadership of the Gorsk party.").events


def test_a_judgement_in_a_condition_codes_nothing(run):
    assert not run('The Zorbian minister Ann Veldt added: "If it was not so serious it would be funny."').events
    assert not run("Ann Veldt said that if the Gorsk party failed to act, voters would notice.").events


def test_a_call_or_criticism_a_side_acts_despite_or_amid_is_an_act_of_its_source(run):
    doc = run("The Zorbian minister Ann Veldt resigned amid criticism from opposition MPs.")
    event = _one(doc, "ACCUSE")
    assert event.actor.name == "opposition MPs" and event.recipient.name == "Ann Veldt"
    assert not _events(run("The Zorbian minister Ann Veldt resigned amid criticism."), "ACCUSE")


def test_a_visit_to_an_occasion_named_after_its_city_is_hosted_by_that_country(run):
    doc = run("President Hans Kolb prepared to attend the Lisbon Olympics, his aides said.")
    visit = _one(doc, "CONSULT")
    assert visit.mode == "visit" and visit.recipient is not None and visit.recipient.country == "PRT"


def test_a_report_speaks_for_authors_it_does_not_name(run):
    doc = run("A 300-page report released on Tuesday alleged that France was aware of the plot.")
    accusation = _one(doc, "ACCUSE")
    assert accusation.actor.name == "A 300-page report" and accusation.recipient.country == "FRA"
    doc = run("A report by the Commons home affairs committee criticised the Home Office on Tuesday.")
    assert "committee" in _one(doc, "ACCUSE").actor.name
    doc = run("The Zorban Alliance has lodged papers seeking a judicial review of the ban.")
    assert not _events(doc, "REQUEST")


def test_an_act_a_threat_holds_out_is_the_threat(run):
    doc = run("Hans Kolb made a threat to attack Portugal on Monday.")
    threat = _one(doc, "THREATEN")
    assert threat.actor.name == "Hans Kolb" and threat.modality == "asserted"
    assert threat.recipient is not None and threat.recipient.country == "PRT"
    assert not _events(doc, "ASSAULT")
    doc = run("Ties with Portugal were frayed by an initial threat to boycott the ceremony.")
    assert not doc.events, [(e.type, e.trigger.text) for e in doc.events]


def test_damage_done_by_rioters_is_a_violent_protest(run):
    doc = run("Rioters torched cars and smashed shop windows in Lisbon on Friday.")
    riot = _one(doc, "PROTEST")
    assert riot.cameo == "145" and riot.mode == "riot"
    assert not _events(doc, "ASSAULT") and not _events(doc, "COERCE")
    doc = run("Soldiers torched the village of Zelkova on Friday.")
    assert _one(doc, "COERCE").cameo.startswith("171") and not _events(doc, "PROTEST")
    doc = run("Portuguese prisoners rioted at a jail in Lisbon on Monday, setting fire to their mattresses.")
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_an_attack_launched_on_a_record_or_a_cost_is_criticism(run):
    doc = run("Senator Tomas Kesh launched an attack on Dorvak's record on taxes.")
    event = _one(doc, "ACCUSE")
    assert event.actor.name == "Tomas Kesh" and event.recipient is not None and event.recipient.name == "Dorvak"
    assert not _events(doc, "ASSAULT")
    # a country owning the thing attacked is no physical target
    doc = run("Senator Tomas Kesh launched an attack on the cost of Ruritania's asylum system.")
    assert _one(doc, "ACCUSE").cameo == "111" and not _events(doc, "ASSAULT")


def test_the_side_a_speaker_speaks_for_is_not_the_one_attacked(run):
    doc = run("Mr Ollin Pratt, for the Tories, attacked the plans yesterday.")
    event = _one(doc, "ACCUSE")
    assert event.actor.name == "Ollin Pratt"
    assert event.recipient is None or event.recipient.name != "Tories"


@pytest.mark.parametrize(
    ("text", "urged"),
    [
        ("The cleric urged Muslims not to vote for Labour.", "Muslims"),
        ("The mayor urged residents not to support France.", "residents"),
    ],
)
def test_the_one_urged_to_act_is_the_recipient_whoever_the_act_is_about(run, text, urged):
    assert _one(run(text), "REQUEST").recipient.name == urged


def test_a_voiced_feeling_is_criticism_of_whom_it_is_aimed_at(run):
    assert _one(run("Foreign minister Ana Relvo voiced anger at Russia over the border incident."), "ACCUSE").recipient.country == "RUS"
    assert _one(run("The minister expressed fury at the Kremlin's decision."), "ACCUSE").recipient.name == "Kremlin"
    event = _one(run("Foreign minister Ana Relvo expressed concern to the Zorbian ambassador over the incident."), "ACCUSE")
    assert event.cameo == "111" and event.recipient.name == "the Zorbian ambassador"
    # concern about a thing, or voiced at a place, blames no one
    assert not run("Foreign minister Ana Relvo expressed concern about the rising price of grain.").events
    assert not run("Ms Relvo expressed concern at a news conference in Paris.").events


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the migrants abused the generosity of the state.",
        "The minister offered a vision of a fairer country.",
    ],
)
def test_abusing_a_kindness_or_offering_a_vision_codes_nothing(run, text):
    assert not run(text).events


def test_arriving_at_a_building_meets_no_one(run):
    assert not run("Mr Harrowby arrived at Manchester High School for Girls for the recording.").events
    event = _one(run("Minister Kal Dorran arrived in Ruritania for talks with President Vosk."), "CONSULT")
    assert event.recipient.name == "Vosk"


def test_a_pronoun_in_a_claim_is_its_owner_who_then_leads_the_story(run):
    doc = run("Mr Sand met reporters on Monday. Mr Kolb's insistence he would sue the newspaper surprised observers.")
    assert _one(doc, "ACCUSE").actor.name == "Kolb"
    doc = run(
        "Gordon Vale is to freeze fuel duty. Economics editor Tom Hart said the figures were plausible but also a gamble. "
        "Mr Vale's insistence he was not gloating was a rebuttal of a warning from Commissioner Petra Lind. "
        "In his speech, he set out a childcare strategy. He also promised to increase free nursery education for three-year-olds."
    )
    assert _one(doc, "AGREE").actor.name == "Gordon Vale"


def test_councils_and_families_are_sides_and_a_council_tax_is_no_one(run):
    assert _one(run("Tony Blair has apologised to two families who suffered a miscarriage of justice."), "SUPPORT").recipient.name == "two families"
    assert _one(run("The finance minister has urged councils to limit increases."), "REQUEST").recipient.name == "councils"
    event = _one(run("The chancellor is to offer a council tax rebate to pensioners."), "AGREE")
    assert event.recipient is not None and event.recipient.name == "pensioners"


def test_a_sum_of_money_is_no_organization_and_no_recipient(run):
    doc = run("Mr Dunn has promised them about £8.1bn next year.")
    assert not any(any(ch.isdigit() for ch in e.name) for e in doc.entities)
    assert _one(doc, "AGREE").recipient is None


def test_the_noun_a_passive_relative_clause_hangs_on_is_the_one_it_befalls(run):
    event = _one(run("Police said they would question the men, who were arrested on their return to the UK."), "COERCE")
    assert event.recipient.name == "the men" and event.recipient.country is None


def test_targeted_by_a_newspaper_is_criticism_by_insurgents_an_attack(run):
    event = _one(run("Mr Kolb claims he has been targeted by the newspaper."), "ACCUSE")
    assert event.actor.name == "the newspaper" and event.recipient.name == "Kolb"
    assert _one(run("Insurgents have targeted Iraqi officials."), "ASSAULT").recipient.country == "IRQ"


def test_a_thing_that_helps_is_no_one_giving_aid(run):
    assert not run("Mr Kolb said economic migration helped Britain.").events


def test_a_persons_action_stands_for_the_person_a_persons_kin_do_not(run):
    assert _one(run("Lord Vane branded Harry's actions stupid and evil."), "ACCUSE").recipient.name == "Harry"
    assert _one(run("The parents of Stefan Vell blamed the makers of the game."), "ACCUSE").actor.name != "Stefan Vell"


@pytest.mark.parametrize(
    ("text", "speaker", "addressed"),
    [
        ("Opposition leader Ken Dorran said the prince was in a privileged position and said he should apologise in person.", "Ken Dorran", "the prince"),
        ("The minister should resign, says opposition leader Ana Vell.", "Ana Vell", "The minister"),
    ],
)
def test_saying_another_should_apologise_or_resign_is_a_demand_made(run, text, speaker, addressed):
    event = _one(run(text), "REQUEST")
    assert event.actor.name == speaker and event.recipient.name == addressed
    assert event.modality == "asserted"
    # "should" with any other act stays an opinion
    assert not _events(run("Ms Vell said the government should review the policy."), "REQUEST")


def test_warning_of_ones_own_hardship_is_no_threat(run):
    assert not _events(run("Councils have warned that they will struggle to maintain services unless funding is increased."), "THREATEN")
    assert _one(run("The unions warned that they would strike unless pay is raised."), "THREATEN").actor.name == "The unions"


def test_defending_ones_partys_attitude_backs_no_one_welcoming_his_apology_does(run):
    assert not run("Mr Kolb also defended his party's attitude towards the Jewish community.").events
    doc = run("Mr Varga apologised to MPs. Shadow minister Ana Kolb welcomed his gracious apology.")
    welcome = next(e for e in doc.events if e.trigger.text == "welcomed")
    assert welcome.actor.name == "Ana Kolb" and welcome.recipient.name == "Varga"


def test_a_thing_answered_is_aimed_at_whoever_made_it(run):
    assert _one(run("Unions criticised the cuts unveiled by Tomas Vell."), "ACCUSE").recipient.name == "Tomas Vell"
    assert _one(run("The Kelford Drivers Association welcomed the freeze announced by the chancellor."), "SUPPORT").recipient.name == "the chancellor"


def test_a_call_with_nothing_called_for_is_no_demand(run):
    text = 'Labour says it avoids the lists when telephoning people about membership but not when making "voter identification" calls.'
    assert not _events(run(text), "REQUEST")
    assert _one(run("Mr Kolb repeated calls for the mayor to apologise."), "REQUEST").actor.name == "Kolb"


def test_writing_to_someone_accusing_another_is_the_writers_accusation(run):
    event = _one(run("Party chairman Tomas Kell has written to the watchdog accusing Labour of a flagrant breach of the law."), "ACCUSE")
    assert event.actor.name == "Tomas Kell" and event.recipient.name == "Labour"


def test_giving_a_grant_or_a_loan_is_economic_aid(run):
    event = _one(run("Britain is to give a grant to help women survivors of the war."), "AID")
    assert event.cameo == "071" and event.actor.country == "GBR"


@pytest.mark.parametrize("law", ["Public Order Bill", "Prevention of Terrorism Bill", "Identity Cards Bill", "White Paper"])
def test_a_laws_owner_not_the_law_is_criticised(run, law):
    event = _one(run(f"Mr Vell condemned the government's {law}."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "the government"


def test_an_undated_article_still_tells_background_years_back(analyse_undated):
    doc = analyse_undated("Mr Kolb was elected in 2004. In 1987 the Zorban army attacked the town of Veldo, killing 40 people.")
    assert _one(doc, "ASSAULT").modality == "historical"


def test_a_date_that_describes_a_side_does_not_date_its_act(run):
    event = _one(run("Tomas Vell, a minister since 1997, visited Zorbia."), "CONSULT")
    assert event.date == "2024-03-14" and event.date_source == "article"


@pytest.fixture(scope="module")
def analyse_undated():
    pipeline = newsgraph.Pipeline()
    return lambda text: newsgraph.extract(text, pipeline=pipeline)


def test_what_is_discussed_is_no_partner_and_a_body_meeting_alone_meets_no_one(run):
    assert not run("The Kelford Office declined to discuss newspaper reports about the merger.").events
    assert not run("The cabinet will meet on Monday and is likely to discuss the ruling.").events
    event = _one(run("Tomas Vell discussed the crisis with the French foreign minister."), "CONSULT")
    assert event.recipient is not None and event.recipient.country == "FRA"


def test_the_sides_of_a_thing_called_for_are_not_asked(run):
    doc = run("The Conservatives have called for an equal split between parents on access to be made law.")
    assert all(e.recipient is None or e.recipient.name != "parents" for e in _events(doc, "REQUEST"))


def test_plural_public_groups_are_sides(run):
    assert _one(run("Minister Ana Kolb urged banks to cut their charges."), "REQUEST").recipient.sector == "BUS"
    assert _one(run("The chancellor demanded that all government departments make similar savings."), "REQUEST").recipient.sector == "GOV"


def test_poised_to_act_is_expected_and_should_be_able_to_is_a_norm(run):
    assert _one(run("The Tories and some Labour MPs are poised to vote against the plans."), "REJECT").modality == "expected"
    assert not run("Opponents say only judges, not politicians, should be able to order the detention of Kelford citizens.").events


def test_what_a_power_allows_is_no_act(run):
    assert not _events(run("It has the power to suspend or bar the Zorban president from office."), "COERCE")


@pytest.mark.parametrize("text", ["Students could help the Lib Dems beat Labour in 14 seats.", "The Tories hope to defeat Labour in the marginal seats."])
def test_beating_a_party_is_an_election_not_an_assault(run, text):
    assert not _events(run(text), "ASSAULT")


def test_police_beating_party_activists_is_an_assault(run):
    assert _one(run("Police beat Labour activists outside the hall."), "ASSAULT").mode == "beat"


def test_british_cabinet_titles_are_government_sides_and_a_post_is_no_one(run):
    assert _one(run("The committee urged the home secretary to hold a public inquiry."), "REQUEST").recipient.sector == "GOV"
    assert _one(run("Mr Dorn, who has resigned as home secretary, built his reputation."), "RETREAT").recipient is None
    event = _one(run("The Liberal Democrats' shadow home secretary, Ana Kolb, accused the minister of avoiding the issue."), "ACCUSE")
    assert event.actor.sector == "OPP"


def test_members_alone_are_the_members_of_the_body_just_named(run):
    doc = run("The joint committee on prisons found most were vulnerable. Members urged the government to set up a task force.")
    event = _one(doc, "REQUEST")
    assert "committee" in event.actor.name and event.recipient.sector == "GOV"


def test_saying_it_is_time_for_another_to_act_asks_it_of_them(run):
    event = _one(run("Ms Kolb said it was time for the government to fund the rail line."), "REQUEST")
    assert event.actor.name == "Kolb" and event.recipient.name == "the government" and event.modality == "asserted"
    assert not run("It was time for bed.").events


def test_a_demand_told_again_by_the_holders_title_is_one_event(run):
    text = "Tomas Vell has urged Kelford mayor Ana Kolb to apologise for her remark. Mr Vell insisted on Wednesday it was time for the Kelford mayor to say sorry."
    requests = _events(run(text), "REQUEST")
    assert len(requests) == 1 and len(requests[0].mentions) == 1


def test_having_done_nothing_is_blame_done_nothing_wrong_a_defence(run):
    assert _one(run("Mr Vell said Labour had done nothing for eight years on immigration."), "ACCUSE").recipient.name == "Labour"
    assert not run("Mr Vell said Ms Kolb had done nothing wrong.").events


def test_would_be_ready_to_act_said_in_the_past_is_an_intention(run):
    assert _one(run("President Ana Kolb of Zorbia said she would be ready to host talks between the two sides."), "AGREE").modality == "expected"


def test_the_ones_called_on_are_asked_not_those_they_are_to_act_on(run):
    event = _one(run("The Kelford Nationalist Party called on ministers to reassure people."), "REQUEST")
    assert event.recipient.name == "ministers"


def test_overruling_a_decision_rejects_its_owner(run):
    event = _one(run("The court overruled the minister's decision."), "REJECT")
    assert event.recipient.name == "the minister"


@pytest.mark.parametrize("text", ["Lord Vell wants all crown courts to have facilities to keep witnesses apart.", "Officials say the minister wants young people to feel they belong."])
def test_wanting_others_in_a_state_asks_nothing_of_them(run, text):
    assert not _events(run(text), "REQUEST")


def test_it_in_a_speakers_own_words_is_no_person(run):
    assert not run('Mr Vell told the radio programme: "It gives a minister, for the first time in modern history, the right to detain without trial."').events
    assert _one(run("Zorbia said it would withdraw its troops from Karstia."), "AGREE").actor.name == "Zorbia"


def test_a_war_as_a_subject_is_no_agent(run):
    assert not run("Mr Dorn's allies said the Zorban war had undermined Mr Vell.").events


@pytest.mark.parametrize(
    "text, actor",
    [("The court ruled that the Zorban government had broken the law.", "The court"), ("The committee found the ministry had failed to protect prisoners.", "The committee")],
)
def test_a_ruling_or_a_finding_of_fault_is_criticism(run, text, actor):
    event = _one(run(text), "ACCUSE")
    assert event.actor.name == actor and event.recipient is not None


def test_an_intention_to_visit_a_town_at_home_is_a_tour(run):
    doc = run("Labour leader Tomas Vell has begun a tour. Later he will visit places, such as Liverpool, where the party is strong.")
    assert not _events(doc, "AGREE")
    assert _one(run("Mr Blair will visit France next week."), "AGREE").recipient.country == "FRA"


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("The Kelford Party leader Tomas Vell says the public feel let down by Labour.", "Tomas Vell", "Labour"),
        ('Tomas Vell says in the foreword: "They have been forgotten, neglected and taken for granted by Mr Dorn."', "Tomas Vell", "Dorn"),
    ],
)
def test_a_fault_told_in_the_passive_blames_the_one_in_the_by_phrase(run, text, actor, recipient):
    event = _one(run(text), "ACCUSE")
    assert event.actor.name == actor and recipient in event.recipient.name


def test_a_fault_denied_in_the_passive_blames_no_one(run):
    assert not run("Tomas Vell said voters had not been let down by Labour.").events


def test_dismissing_a_claim_is_no_refusal_dismissing_a_proposal_is(run):
    assert not run("Ana Kolb dismissed a suggestion the move was designed to keep taxes down.").events
    assert not run("Ana Kolb dismissed claims of a split in the cabinet.").events
    assert _one(run("The minister Ana Kolb dismissed a suggestion that she should resign."), "REJECT")


def test_an_agreement_is_no_claim_because_its_object_has_a_participle(run):
    assert _one(run("The SEC agreed a deal totalling $375m with Kelford Capital."), "AGREE")


def test_the_side_a_promise_binds_is_no_recipient(run):
    assert _one(run("The Conservatives would stand up for the forgotten majority, Tomas Vell pledged."), "AGREE").recipient is None
    assert _one(run("Tomas Vell pledged that Britain would help Ukraine."), "AGREE").recipient.country == "UKR"


def test_an_act_coordinated_inside_a_promise_is_the_promise(run):
    doc = run("Britain pledged to cut tariffs and send aid to Ukraine.")
    assert [e.type for e in doc.events] == ["AGREE"]
    threats = run("Russia vowed to talk to Ukraine and attack the rebels.")
    assert _one(threats, "AGREE").recipient.country == "UKR" and _one(threats, "THREATEN").recipient.name == "the rebels"


@pytest.mark.parametrize("text", ["Ms Kolb said she expected most people would obey the law - by drag hunting or chasing foxes then shooting them.", "Farmers shot the deer.", "Police shot the gunman's dog."])
def test_force_against_animals_is_no_event(run, text):
    assert not _events(run(text), "ASSAULT")


def test_a_person_named_like_an_animal_still_acts(run):
    assert _one(run("Tory co-chairman Tomas Fox opened the forum with an attack on Labour."), "ACCUSE").recipient.name == "Labour"


def test_a_plan_brought_up_with_a_is_no_ones_plan(run):
    text = 'The attorney general, Lord Vell, has so far issued no instructions. He has rejected a "blanket policy" of not enforcing the ban until the House of Lords has considered its legality. Tomas Dorn said had the government not prevaricated since 1997, hunting would have passed into history.'
    doc = run(text)
    assert _one(doc, "REJECT").recipient is None


def test_a_local_government_is_not_the_owner_of_the_governments_plans(run):
    doc = run("The minister Ana Kolb said local governments had to deliver good services. But union leader Tomas Vell criticised the plans.")
    assert _one(doc, "ACCUSE").recipient is None


def test_warning_that_it_could_take_years_is_no_threat(run):
    assert not run("The Kelford committee warned that it could be five years before the agency was fit for purpose.").events
    assert not run("The Kelford committee warned there could be delays.").events


def test_a_bare_verb_coordinated_with_will_is_expected_too(run):
    event = _one(run("Tomas Vell will also highlight the anger over the war and call for a balanced approach to terrorism."), "REQUEST")
    assert event.modality == "expected"


def test_a_cup_clash_is_a_game_not_an_assault(run):
    assert not run("Ms Kolb was speaking ahead of the third round Scottish Cup clash between the Glasgow clubs at Parkhead on Sunday.").events


def test_a_sentences_opening_participle_is_no_part_of_a_name(run):
    doc = run("Ana Kolb met the clubs on Monday. Praising Celtic and Rangers for their efforts, she said the clubs had done well.")
    assert "Celtic" in [e.name for e in doc.entities] and not any(e.name.startswith("Praising") for e in doc.entities)


def test_fans_are_a_public_group(run):
    event = _one(run("Scotland's justice minister has warned bigoted soccer fans that she wants to hit them by banning them from matches."), "THREATEN")
    assert event.recipient.name == "bigoted soccer fans"


def test_fans_who_protested_are_the_protesters_however_parsed(run):
    event = _one(run("About 300 fans protested outside the Old Trafford ground two days ago."), "PROTEST")
    assert event.actor.name == "About 300 fans" and event.recipient is None


def test_a_birth_date_dates_none_of_the_later_acts(run):
    doc = run("Sir Tomas Vell was born on 27 October, 1920. His prospects remained remote because Mr Vell refused to back the party line.")
    assert _one(doc, "REJECT").date != "1920-10-27"


def test_the_report_named_before_speaks_for_its_authors(run):
    text = "A report by the Commons work and pensions committee called for the agency to be scrapped. The report urged the Child Support Agency to draw up contingency plans."
    requests = _events(run(text), "REQUEST")
    assert [e.actor.name for e in requests] == ["the Commons work and pensions committee"] * 2


def test_what_another_hopes_an_actor_will_do_is_no_intention_of_the_actor(run):
    doc = run('Detainee Ali Kolb said: "I hope now that the government will act upon this decision, scrap this law and release me and the other internees."')
    event = _one(doc, "RETREAT")
    assert event.modality == "expected" and not _events(doc, "AGREE")


def test_an_act_aimed_at_someones_concerns_is_aimed_at_them(run):
    text = 'Mr Vell held talks with Tony Blair on Friday. He said afterwards that the Prime Minister had offered some "movement" to address his concerns.'
    event = _one(run(text), "AGREE")
    assert event.recipient.name == "Vell"


@pytest.mark.parametrize(
    "text, recipient",
    [
        ('The Kelford Party leader Tomas Vell dismissed the Conservatives as a "fading" force.', "Conservatives"),
        ("Ana Kolb then went on to tear into the Tory plans to scrap the scheme.", "Tory"),
        ("Ana Kolb laid into the Conservatives.", "Conservatives"),
    ],
)
def test_dismissing_someone_as_or_tearing_into_them_is_criticism_done(run, text, recipient):
    event = _one(run(text), "ACCUSE")
    assert event.recipient.name == recipient and event.modality == "asserted"


def test_shooting_hoops_is_no_shooting(run):
    assert not run("Mr Vell shot basketball hoops with students.").events
    assert _one(run("Police shot two protesters."), "ASSAULT")


def test_dismissing_claims_as_nonsense_criticises_no_one(run):
    text = 'But the prime minister said he had discussed these claims with the chancellor and dismissed them as a "load of nonsense".'
    assert not _events(run(text), "ACCUSE")
    assert not run("Ana Kolb dismissed the claims as nonsense.").events


def test_making_a_mistake_is_a_fault_advice_against_one_is_not(run):
    assert _one(run("Tomas Vell said the government was again making a mistake in rushing the bill."), "ACCUSE").recipient.name == "the government"
    assert not run('Ana Kolb said: "No politician should make the mistake that Tomas Vell made in 1992."').events


def test_a_fault_someone_owns_in_a_speakers_words_is_criticism_of_them(run):
    event = _one(run("Tomas Vell said: \"This report highlights Labour's failure to ensure young people can read.\""), "ACCUSE")
    assert event.recipient.name == "Labour" and event.trigger.text == "failure"
    assert not run('Tomas Vell said: "We admit our failure."').events


def test_harm_caused_by_anothers_plans_is_criticism_of_them(run):
    text = '"Irreversible environmental damage" will be caused by government plans to build a million homes in Kelford, MPs have warned.'
    event = _one(run(text), "ACCUSE")
    assert event.actor.name == "MPs" and event.recipient.sector == "GOV"


def test_calling_someone_a_giant_is_praise_of_them(run):
    doc = run('Lord Vell has died. Prime Minister Tony Blair called him a "giant" of the Labour movement.')
    assert _one(doc, "SUPPORT").recipient.name == "Lord Vell"
    assert not run('Kelford Books president Ana Kolb called 2004 an "outstanding success".').events


@pytest.mark.parametrize(
    "text",
    [
        "Kelford MPs will engage in a debate over how redistributive the chancellor is.",
        "The Kelford government insists that control orders must be issued by the home secretary.",
        'Ana Kolb said: "All the government have offered is more talk."',
    ],
)
def test_debates_legal_orders_and_all_that_was_offered_code_nothing(run, text):
    assert not run(text).events


def test_military_orders_to_attack_stay_a_threat(run):
    assert _one(run("Russian generals issued orders to attack the town."), "THREATEN")


def test_a_party_named_by_two_words_is_that_party_not_the_one_the_last_word_names(run):
    text = (
        "Parents and teachers who met Mr Vell on Tuesday were invited to an informal talk after writing to their MPs. "
        'For the Conservatives, shadow schools secretary Ann Dorn said: "Mr Vell is all talk. He must be judged on what he has done." '
        "The Liberal Democrats are promising to cut class sizes for the youngest children and ensure all children are taught by a qualified teacher in each subject."
    )
    events = [e for e in run(text).events if e.trigger.text == "promising"]
    assert events and events[0].actor.country == "GBR"


def test_words_meeting_a_cool_reception_is_no_meeting_and_denying_a_quote_no_refusal(run):
    assert not run("Ana Kolb met Tomas Vell in Paris. His words about Mr Dorn met a cool reception from Ms Kolb.").events[1:]
    assert not run("Tomas Vell directly denied that quote on Wednesday.").events


def test_a_party_name_the_model_split_at_its_first_mention_is_the_party(run):
    text = (
        "Former presenter Tomas Vell has quit the UK Independence Party and accused it of betraying its supporters.\n\n"
        "The MEP said he was ashamed to have joined the party. Party leader Ann Dorn said she was glad. "
        '"He was more interested in himself than the UK Independence Party," Ms Dorn told reporters. UKIP won 12 seats at the European elections.'
    )
    event = _one(run(text), "ACCUSE")
    assert event.recipient.name == "UK Independence Party" and event.recipient.sector == "PTY"


def test_standing_down_is_a_resignation(run):
    event = _one(run("Tory MP Tomas Vell is to stand down on the grounds of ill health."), "RETREAT")
    assert event.modality == "expected" and event.mode == "resign"


def test_a_post_resigned_after_as_is_no_recipient_whoever_owns_it(run):
    assert _one(run("Ann Kolb resigned as the party's chairman."), "RETREAT").recipient is None
    assert _one(run("Mr Vell, of Woodbridge, has also resigned as UKIP's branch chairman."), "RETREAT").recipient.name == "UKIP"


def test_the_owner_of_an_intention_acts_on_it(run):
    event = _one(run("At a dinner on Monday Tomas Vell told his deputy of his intention to stand down."), "RETREAT")
    assert event.actor.name == "Tomas Vell"


def test_the_noun_after_as_is_the_subject_of_the_verb_that_follows(run):
    event = _one(run("Services in Kelford were affected as civil servants in Kelford joined the nationwide strike."), "PROTEST")
    assert event.actor.name == "civil servants"


def test_striking_workers_are_workers_on_strike_no_one_struck(run):
    assert not _events(run("Across Kelford, pickets were held by striking civil servants with protests in towns."), "ASSAULT")


def test_rebuffing_or_shunning_calls_is_a_refusal_rebuffing_claims_is_not(run):
    assert _one(run("The Kelford minister Ana Kolb rebuffed calls for an inquiry."), "REJECT")
    assert _one(run("But the Kelford government shunned opponents' calls for free long-term care."), "REJECT")
    assert not run("The Kelford minister Ana Kolb rebuffed claims of a split.").events


def test_the_subject_of_responding_by_accusing_is_the_one_who_accuses(run):
    event = _one(run("Mr Vell responded by accusing Tony Blair of hiding from the press."), "ACCUSE")
    assert event.actor.name == "Vell" and event.recipient.name == "Tony Blair"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The Kelford Party can cut crime without asking people to pay more taxes.", "REQUEST"),
        ("Mr Vell was detained to prevent him from fighting against the US.", "ASSAULT"),
    ],
)
def test_an_act_done_without_or_prevented_is_negated(run, text, kind):
    found = _events(run(text), kind)
    assert found and all(e.modality == "negated" for e in found)


@pytest.mark.parametrize("title", ["General secretary", "Director General"])
def test_a_title_with_general_in_it_is_no_military_rank(run, title):
    event = _one(run(f"{title} Tomas Vell called for a new law on safety at work."), "REQUEST")
    assert event.actor.name == "Tomas Vell" and event.actor.sector != "MIL"


def test_a_description_set_beside_a_name_acts_as_the_one_named(run):
    event = _one(run("The union's general secretary, Tomas Vell, called for a new law on safety at work."), "REQUEST")
    assert event.actor.name == "Tomas Vell"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Kolb spoke on the telephone to Kelford's president, Tomas Vell, on Monday.",
        "Ana Kolb spoke to Kelford's president, Tomas Vell, by telephone on Monday.",
    ],
)
def test_speaking_on_the_telephone_is_telephone_diplomacy(run, text):
    event = _one(run(text), "CONSULT")
    assert event.mode == "phone" and event.recipient.name == "Tomas Vell"


@pytest.mark.parametrize("text", ["Ana Kolb quit the Kelford Party on Monday.", "Ana Kolb quit as Kelford's health minister on Monday."])
def test_quitting_a_party_or_a_post_is_a_resignation(run, text):
    event = _one(run(text), "RETREAT")
    assert event.actor.name == "Ana Kolb" and event.mode == "resign"


def test_quitting_a_habit_is_no_event(run):
    assert not run("Ana Kolb quit smoking last year.").events


def test_an_event_noun_subject_dates_its_act_with_its_own_date(run):
    event = _one(run("Last Friday's suicide bombing in the Kelford city of Varn killed five people.", date="2024-03-14"), "ASSAULT")
    assert event.date == "2024-03-08"


def test_a_that_clause_the_parse_hung_on_the_listener_is_still_the_speakers_judgement(run):
    event = _one(run("Ana Kolb told the BBC's Today programme that the government's plans were inadequate."), "ACCUSE")
    assert event.actor.name == "Ana Kolb" and event.recipient.name == "the government"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Ana Kolb says she has been in intensive talks with Tomas Vell.", "CONSULT"),
        ("Thousands of students took part in the protest in Varn on Monday.", "PROTEST"),
        ("Ana Kolb took part in the summit with Tomas Vell.", "CONSULT"),
    ],
)
def test_taking_part_in_an_event_is_that_event(run, text, kind):
    assert _one(run(text), kind)


def test_a_watchdog_set_beside_its_name_keeps_its_country(run):
    event = _one(run("Ana Kolb has criticised Kelford's financial watchdog, the Varn Services Authority."), "ACCUSE")
    assert event.recipient.name == "Varn Services Authority"


def test_what_talks_are_on_is_no_side_of_them(run):
    event = _one(run("Ana Kolb held talks on Kelford's nuclear programme with Tomas Vell."), "CONSULT")
    assert event.recipient.name == "Tomas Vell"


def test_quitting_alone_is_a_resignation_and_said_to_come_it_is_expected_not_an_offer(run):
    assert _one(run("Ana Kolb quit on Monday after a row over expenses."), "RETREAT").mode == "resign"
    event = _one(run("Ana Kolb said she would quit in May."), "RETREAT")
    assert event.modality == "expected"


def test_what_rumours_say_is_only_possible(run):
    event = _one(run("The film showed a row about rumours that Tomas Vell was about to resign the party whip."), "RETREAT")
    assert event.modality == "possible"


def test_heaping_praise_on_someone_is_praise_of_them(run):
    event = _one(run("Ana Kolb heaped praise on Tomas Vell for his work in Varn."), "SUPPORT")
    assert event.actor.name == "Ana Kolb" and event.recipient.name == "Tomas Vell"


def test_none_of_their_figures_adding_up_is_criticism_of_their_owner(run):
    event = _one(run('Ana Kolb said: "None of the Kelford Party\'s figures add up."'), "ACCUSE")
    assert event.actor.name == "Ana Kolb"
    assert not run("Ana Kolb said the Kelford Party's figures add up.").events


def test_a_crackdown_launched_by_someone_is_their_act(run):
    event = _one(run("A fresh crackdown on street gangs in Varn has been launched by Interior Minister Tomas Vell."), "COERCE")
    assert event.actor.name == "Tomas Vell"


def test_where_people_were_going_when_detained_is_no_target(run):
    event = _one(run("Three coachloads were detained by police on the way to Varn."), "COERCE")
    assert event.recipient is None or event.recipient.name != "Varn"


def test_a_hyphened_word_of_disapproval_the_parse_split_still_judges(run):
    event = _one(run('Tomas Vell said Ana Kolb\'s comment was "ill-advised".'), "ACCUSE")
    assert event.recipient.name == "Ana Kolb"


def test_little_more_than_dismisses_a_plan_but_no_more_than_an_amount_judges_nothing(run):
    assert _one(run("Ana Kolb said the minister's plans were little more than a publicity exercise."), "ACCUSE")
    assert _one(run("Ana Kolb said the minister's plans were nothing more than a publicity exercise."), "ACCUSE")
    assert not run("Ana Kolb said the minister's pay rise was no more than 2%.").events


def test_an_opinion_voiced_in_a_second_clause_is_criticism_laid(run):
    text = "Tomas Vell said he thought Ana Kolb's plans were sound and Mr Petrov's style of leadership was corrosive."
    event = _one(run(text), "ACCUSE")
    assert event.recipient.name == "Petrov" and event.modality == "asserted"


def test_a_person_whose_surname_is_law_acts(run):
    event = _one(run("Jack Law said Tomas Vell's comment was wrong."), "ACCUSE")
    assert event.actor.name == "Jack Law"


def test_standing_down_as_an_mp_has_no_recipient(run):
    assert _one(run("Tomas Vell is to stand down as an MP at the next election."), "RETREAT").recipient is None


def test_conceding_that_something_is_so_is_no_concession(run):
    assert not _events(run("The Kelford prime minister conceded that Varnia had a harder position towards Ruritania."), "CONCEDE")
    assert _one(run("The Kelford army conceded defeat in the border war with Varnia."), "CONCEDE")


def test_the_one_punished_for_refusing_is_the_one_who_refused(run):
    event = _one(run("Ana Kolb has suspended the Varn party branch for refusing to deselect its candidate."), "REJECT")
    assert event.actor.name == "the Varn party branch"


@pytest.mark.parametrize(
    "text",
    ["Tomas Vell decided not to release the prisoners.", "The interior minister, Tomas Vell, has defended his decision not to release the prisoners."],
)
def test_deciding_not_to_do_a_cooperative_act_is_a_refusal(run, text):
    event = _one(run(text), "REJECT")
    assert event.actor.name == "Tomas Vell" and event.modality == "asserted"


def test_a_court_ruling_against_someone_is_against_them(run):
    event = _one(run("The Varn high court ruled against the government's detention measures last week."), "ACCUSE")
    assert event.recipient.name == "the government"


@pytest.mark.parametrize(
    "text",
    [
        "The row over the leak threatened to overshadow the Varn summit.",
        "The big fear on the Labour benches is that, unless a lid can be put on the speculation, it may even threaten to undermine the election campaign itself.",
    ],
)
def test_a_thing_that_threatens_harm_makes_no_threat(run, text):
    assert not _events(run(text), "THREATEN")


def test_a_side_that_threatens_to_undermine_talks_threatens(run):
    assert _one(run("The Varn rebels threatened to undermine the talks with Kelford."), "THREATEN")


def test_what_someone_suggests_was_done_is_only_possible(run):
    event = _one(run("Ana Kolb suggested that Russian troops had attacked the village."), "ASSAULT")
    assert event.modality == "possible"


def test_denying_a_statement_was_drafted_by_others_is_no_refusal(run):
    assert not run("The attorney general, Ana Kolb, has denied her statement to Parliament about the war was drafted by officials.").events


def test_he_after_an_office_holder_named_by_title_is_that_office_holder(run):
    text = (
        "Home Secretary Tomas Vell is expected to announce an end to the right to settle. "
        "The prime minister on Sunday said immigration would be toughened up. "
        "But he rejected the Kelford Party's call for a quota on migrants."
    )
    event = _one(run(text), "REJECT")
    assert event.actor.name.lower() == "the prime minister"


def test_they_in_a_run_of_sentences_goes_back_to_the_first_named_subject(run):
    text = (
        "But the Tories insisted they would hold ministers to account over the scheme. "
        "They said they would also press Labour over whether the Home Office would deliver them. "
        "And they pledged to assess the cost of the cards."
    )
    event = _one(run(text), "AGREE")
    assert event.actor.name == "Tories"


def test_defending_ones_own_states_regime_backs_no_one(run):
    assert not _events(run("British Prime Minister Ana Kolb defended the UK's current regime, saying all systems around the world were subject to abuse."), "SUPPORT")
    assert _one(run("French Prime Minister Ana Kolb backed Finance Minister Tomas Vell's budget report."), "SUPPORT")


def test_the_one_jailed_for_shooting_is_the_one_who_shot(run):
    event = _one(run("Tomas Vell, a farmer, was jailed for shooting dead a burglar in 1999."), "ASSAULT")
    assert event.actor.name == "Tomas Vell"


def test_announcing_support_for_plans_is_support_not_an_intent(run):
    event = _one(run("The Kelford Party announced its support for the government plans on Monday evening."), "SUPPORT")
    assert event.cameo == "051"


def test_one_indicted_by_a_court_and_resigning_is_the_one_who_resigns(run):
    event = _one(run("Kelford's prime minister has been indicted by a war crimes court for his part in atrocities and will resign."), "RETREAT")
    assert event.actor.name == "Kelford's prime minister" and event.recipient is None
    charged = _one(run("Ana Kolb was arrested by police and charged with fraud."), "ACCUSE")
    assert charged.recipient.name == "Ana Kolb" and charged.actor.name != "Ana Kolb"


def test_plans_that_would_not_work_are_criticised_but_a_person_not_working_is_not(run):
    event = _one(run("Kelford Party proposals to cap the number of asylum seekers would not work, argued Ana Kolb."), "ACCUSE")
    assert event.actor.name == "Ana Kolb"
    assert not run("Tomas Vell said Ana Kolb did not work on Sundays.").events


def test_all_the_sides_accused_together_are_recipients_the_first_first(run):
    event = _one(run("The Kelford Party accused the prime minister and the British chancellor of behaving like schoolboys."), "ACCUSE")
    names = [event.recipient.name] + [a.name for a in event.co_recipients]
    assert names[0] == "the prime minister" and len(names) == 2


def test_refugees_of_two_nationalities_keep_a_country(run):
    event = _one(run("Security forces in Varn have tortured scores of Sierra Leonean and Liberian refugees, officials said."), "ASSAULT")
    assert event.recipient is not None and event.recipient.country in ("SLE", "LBR")


def test_the_party_a_speaker_speaks_for_is_no_recipient_nor_its_nationality(run):
    text = "Health Minister Ana Kolb announced new targets on Monday. For the Welsh Liberal Democrats, Tomas Vell called the new target hugely unambitious."
    event = _one(run(text), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Ana Kolb"


def test_whipping_up_to_a_palace_or_whipping_up_support_is_no_beating(run):
    assert not _events(run("Ana Kolb whips up to the Palace and asks the Queen to dissolve Parliament."), "ASSAULT")


def test_calling_a_strike_is_a_protest_and_calling_it_off_a_concession(run):
    called = _one(run("The union Vartel called a strike at the Dremont docks."), "PROTEST")
    assert called.actor is not None and called.actor.name == "Vartel"
    assert not _events(run("The union Vartel called a strike at the Dremont docks."), "CONCEDE")
    assert _events(run("The union Vartel called off a strike at the Dremont docks."), "CONCEDE")


def test_we_in_the_words_of_a_bodys_officer_is_that_body(run):
    text = 'Rob Tarrant, regional director of the Heathland Alliance, said: "We are holding a static demonstration to remind Labour that we are not going away."'
    event = _one(run(text), "PROTEST")
    assert event.actor is not None and event.actor.name == "Heathland Alliance"
    text = 'Rob Tarrant, a friend of the Heathland Alliance, said: "We are holding a static demonstration to remind Labour that we are not going away."'
    event = _one(run(text), "PROTEST")
    assert event.actor is not None and event.actor.name == "Rob Tarrant"  # a friend speaks for no one


def test_it_as_a_subject_is_the_body_named_as_the_last_subject_not_the_last_named(run):
    text = "Kestrel Bank is involved in the case because it is itself being sued by oil firm Vardex. It had agreed to lend Pallor Gas the money to bid for the unit."
    event = _one(run(text), "AGREE")
    assert event.actor is not None and event.actor.name == "Kestrel Bank"
    text = "Pallor Steel sold the mill to Vardex. One of the jilted bidders, Netherlands-based group Kestmark, said it welcomed the ruling."
    event = _one(run(text), "SUPPORT")
    assert event.actor is not None and event.actor.name == "Kestmark"


def test_needing_another_to_act_is_a_request_and_needing_to_act_is_none(run):
    doc = run('"We need the House of Lords to set up a special committee," Ms Orvell said.')
    event = _one(doc, "REQUEST")
    assert event.actor is not None and event.actor.name.endswith("Orvell") and event.recipient is not None and event.recipient.name == "House of Lords"
    assert not _events(doc, "AGREE")  # the committee is what she asks for, not what the Lords agreed
    assert not _events(run("The government needs to act now, Ms Orvell said."))


def test_a_group_told_again_in_fewer_words_is_one_event_and_other_groups_are_others(run):
    text = (
        "Five public sector unions met Deputy Prime Minister Jon Tesk in Gateshead. They want the government to withdraw "
        "regulations. Other public sector unions have pledged to follow. The five unions which met Mr Tesk want the "
        "government to withdraw these regulations."
    )
    doc = run(text)
    assert len(_events(doc, "CONSULT")) == 1 and len(_events(doc, "REQUEST")) == 1
    assert _one(doc, "AGREE").actor.name.startswith("Other")


def test_a_party_holding_its_own_conference_meets_no_one(run):
    assert not _events(run("The Velder Party will hold its 2006 autumn conference in Dronmouth and not Kelby."))
    assert not _events(run("Officials in Varn hold daily news conferences."))
    event = _one(run("Ann Kolb will hold a conference with Bram Teller on Monday."), "AGREE")  # a meeting to come
    assert event.recipient is not None and event.recipient.name == "Bram Teller"


def test_an_office_urged_to_act_is_the_recipient_not_a_word_of_the_act(run):
    event = _one(run('Mr Tarrow urged the information commissioner to look at how the "e-mail regime" could work.'), "REQUEST")
    assert event.recipient is not None and event.recipient.name == "the information commissioner"


def test_a_hostile_act_held_out_unless_another_side_acts_is_a_threat_to_that_side(run):
    text = "Union leader Mark Tessel warned last week that there could be further walkouts unless there was a government rethink."
    event = _one(run(text), "THREATEN")
    assert event.recipient is not None and event.recipient.name == "government"
    # a hardship foretold is no threat, whatever condition it hangs on
    assert not _events(run("Police chief Ann Kolb warned that there could be job losses unless the plant was sold."))


def test_a_commissioner_is_an_office_that_acts(run):
    event = _one(run("The information commissioner says he is urgently asking for details of the Vardish ministry's orders."), "REQUEST")
    assert event.actor is not None and event.actor.name.lower() == "the information commissioner"


def test_ideas_that_capture_and_wisdom_deployed_are_figures_of_speech(run):
    assert not _events(run("The prisoners' dilemma and all its ramifications have truly captured economists in Varn."))
    assert not _events(run("Solomon's wisdom needs to be deployed to solve the problem in the Velder Party."))
    assert not _events(run("Kestrel Motors is to deploy a fleet of 35,000 test cars across 40 countries."))
    assert _one(run("Vardia deployed 3,000 troops to the border."), "MOBILIZE").actor.name == "Vardia"
    assert _one(run("The Vardish army deployed along the border on Monday."), "MOBILIZE")


def test_ordering_house_arrest_or_deportation_is_that_coercion(run):
    event = _one(run("Under the changes the interior minister could order Vardish citizens to face house arrest or curfews."), "COERCE")
    assert event.mode == "arrest" and event.modality == "possible"
    assert _one(run("The judge ordered the deportation of three men to Vardia."), "COERCE").mode == "deport"
    assert not _events(run("Under the changes the interior minister could order Vardish citizens to face house arrest or curfews."), "REQUEST")


def test_abusing_trust_or_playing_politics_in_reported_words_is_criticism(run):
    event = _one(run("Ann Kolb told delegates that the Velder Party had abused the public's trust."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Velder Party"
    event = _one(run("The Kest Party believes the prime minister Bram Tesk is playing the fear card on terror."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Bram Tesk"
    assert _one(run("Ann Kolb said the police had abused three prisoners."), "ASSAULT")


def test_what_a_side_could_or_is_able_to_do_is_no_act_and_insisting_on_a_claim_asks_nothing(run):
    assert not _events(run("Mr Tesk told MPs Vardia would still be able to reject proposals on immigration it did not agree with."))
    assert not _events(run("Vardia is able to veto the plan."))
    assert _one(run("The rebels were able to seize the town of Kelby."), "COERCE")
    assert not _events(run("On Monday, Ann Kolb insisted that closer ties did not mean losing control of Vardish borders."))
    assert not _events(run("The former police chief, dubbed Robocop for his style, clashed on Thursday with campaigner Neil Harrow."))
    assert _one(run("On Monday the unions insisted on a pay rise from the Vardish government."), "REQUEST")


def test_failing_to_oppose_is_no_opposition_and_refusing_stays_a_refusal(run):
    assert all(e.modality == "negated" for e in _events(run("The Kest Party failed to oppose the Velder Party's bill."), "REJECT"))
    assert not _events(run("The Kest Party failed to oppose the bill."), "REJECT")
    assert _one(run("Ann Kolb refused to meet the envoy."), "REJECT").modality == "asserted"


def test_denying_them_denies_claims_and_denying_entry_is_a_refusal(run):
    text = "Downing Street has denied the claims, made in a new book. Lord Tesk also denied them, saying he was not leaned on."
    assert not _events(run(text), "REJECT")
    assert _one(run("Vardia denied the Kest envoy a visa."), "REJECT").recipient.name == "the Kest envoy"


def test_figures_texts_and_figurative_words_of_business_news_code_nothing(run):
    assert not _events(run("Also on Tuesday, the central bank released growth figures showing Varnia's economy expanded 7.1% in 2004."))
    assert not _events(run('According to an advance text released by officials, Mr Tesk told delegates: "We must stand together."'), "RETREAT")
    assert _one(run("On Tuesday the rebels released 12 prisoners in Kelby."), "RETREAT")
    assert not _events(run('"One risk in one region will not kill your business," said Ann Kolb, an adviser at Brindle.'), "ASSAULT")
    assert _one(run("Gunmen killed five villagers in Kelby on Monday."), "ASSAULT")
    assert _one(run("Gunmen killed a business leader at a market in Kelby on Monday."), "ASSAULT")
    assert not _events(run("The Varnian city of Kelby will host the rival Workers Forum next month."))
    assert not _events(run("Ann Kolb, head of the Kest Union, said allowing foreign investment is compromising Varnia's self reliance."), "CONCEDE")
    assert not _events(run('A Kelby Medical Journal article claimed that "missing" Brindle documents linked Zentol to violent behaviour.'), "COOPERATE")


def test_a_firm_warning_of_its_own_sale_threatens_no_one_and_a_side_warning_of_its_act_does(run):
    assert not _events(run("Late last year, marketing company Klikstar warned that some or all of its business would have to be put up for sale."), "THREATEN")
    assert _one(run("The Kelby rebels warned they would attack the town of Varno."), "THREATEN")


def test_moving_into_a_place_is_occupation_only_when_forces_move(run):
    assert not _events(run("About 28% of the bosses polled say that they have moved parts of their business into low-wage countries."), "COERCE")
    assert not _events(run("The Kelby club is due to move into its new stadium at Varno next year."), "COERCE")
    assert _one(run("On Monday Varnian troops moved into the town of Kelby."), "COERCE").cameo == "192"


def test_a_group_with_a_role_accusing_a_named_one_in_the_present_is_an_accusation(run):
    event = _one(run("Unions accuse Brindle of paying staff less than its rivals do.", date=None), "ACCUSE")
    assert event.actor.sector == "LAB" and event.recipient is not None and event.recipient.name == "Brindle"
    assert not _events(run("Ann Kolb herself has said people complain she does not listen.", date=None), "ACCUSE")


def test_a_lawsuit_accusing_a_firm_is_no_accusation_by_that_firm(run):
    text = (
        "The world's biggest retailer Kelvex took out more than 100 full page adverts in national newspapers. "
        "The group is trying to see off criticism over its pay deals. Kelvex is also fighting two lawsuits - one accusing it of discriminating against women."
    )
    assert all(_entity_name(run(text), e.actor.entity) != "Kelvex" for e in _events(run(text), "ACCUSE"))


def test_the_one_called_on_is_the_recipient_and_what_aid_fights_is_not(run):
    doc = run("Having already donated billions of dollars to the fight against malaria, Mr Tesk will call on world leaders to support a vaccination campaign to protect children in poor countries.")
    assert _one(doc, "REQUEST").recipient.name == "world leaders"
    assert _one(doc, "REQUEST").recipient.sector == "GOV"
    assert _one(doc, "AID").recipient is None
    assert _one(run("Ann Kolb is urging European leaders to wake up from their state of denial."), "REQUEST").recipient.name == "European leaders"
    assert not _events(run("Despite urging to ease the peg, officials insist they are a long way from ready to change the rate."), "REQUEST")


def test_a_settlement_over_violations_has_not_the_violations_as_recipient(run):
    event = _one(run("Kelvex Corp has agreed to pay $14.5m to settle a lawsuit over gun sales violations in California."), "AGREE")
    assert event.recipient is None or "violations" not in (event.recipient.name or "")


def test_what_a_law_lets_a_government_do_is_no_act(run):
    assert not _events(run("Under a 2001 land law, the Varnian government can tax or seize unused farm sites."), "COERCE")
    assert not _events(run("Under the new rules, police may arrest protesters who block roads in Kelby."), "COERCE")
    assert _one(run("The police arrested 20 protesters in Kelby under the new law on Monday."), "COERCE")


def test_calling_off_a_demonstration_is_a_concession(run):
    assert _one(run("Kelby campaigners have called off a demonstration planned for the weekend."), "CONCEDE")


def test_ordering_planes_or_fuelling_speculation_codes_nothing(run):
    assert not _events(run("Air Kelvo has ordered 30 Airbus A320 planes in a $1.8bn deal as the airline expands."))
    assert not _events(run("Opposition from Brindle Holdings has fuelled speculation that the proposed takeover could fail."), "THREATEN")
    assert _one(run("The general ordered the arrest of three Kelvan journalists."), "COERCE")


def test_the_triggers_own_words_are_no_recipient(run):
    event = _one(run("In voicing its opposition to the planned takeover, Brindle Holdings said it would prefer a payout to shareholders."), "ACCUSE")
    assert event.recipient is None or "opposition" not in (event.recipient.name or "")


def test_a_spokesman_for_a_capital_fund_speaks_for_the_fund_not_a_government(run):
    doc = run("It quoted a spokesman for US-based hedge fund Ardley Capital complaining that the planned takeover was motivated by empire-building.")
    event = _one(doc, "ACCUSE")
    assert _entity_name(doc, event.actor.entity) == "Ardley Capital"
    assert event.actor.sector != "GOV"


def test_the_doers_of_a_strike_noun_are_its_actor(run):
    event = _one(run("A strike by 400,000 public sector workers began in Kelby on Monday."), "PROTEST")
    assert "workers" in (event.actor.name or "")
    assert event.recipient is None or "workers" not in (event.recipient.name or "")


def test_an_earthquake_waves_or_a_named_hurricane_attack_no_one(run):
    # the parse makes "killed" a participle on "waves"; with an object, the waves are its subject
    assert not _events(run("Insurers fear losses after an earthquake and giant waves killed at least 3,000 people in southern Kelvia."), "ASSAULT")
    assert not _events(run("The damage is worse than after Hurricane Orla in 1998. Orla killed about 1,000 people."), "ASSAULT")
    assert _one(run("A wave of bombings killed 30 people in Kelby on Monday."), "ASSAULT")


def test_airlines_are_no_military_and_seeking_bankruptcy_protection_asks_no_one(run):
    assert not _events(run("Other Kelvan carriers, including Ardent Air, have sought bankruptcy protection."), "REQUEST")
    event = _one(run("Two carriers accused the aviation regulator of favouring Ardent Air."), "ACCUSE")
    assert event.actor.sector == "BUS"


def test_it_is_not_the_country_of_a_plural_group(run):
    doc = run("There are rumours the deal could fail because US government agencies fear it could offer China chances for industrial espionage.")
    assert not [e for e in doc.events if e.actor is not None and e.actor.country == "USA"]


def test_what_a_call_asks_for_holds_no_recipient(run):
    doc = run("The Kelby Trades Council is calling on the government to stem job losses. It calls for better pensions, child care provision and decent wages.")
    assert not [e for e in doc.events if e.recipient is not None and "child" in (e.recipient.name or "")]
    assert _one(doc, "REQUEST").actor.sector == "LAB"


def test_the_object_of_an_order_to_be_done_is_no_recipient(run):
    event = _one(run("President Ivo Marek has ordered all existing contracts with foreign firms to be examined."), "REQUEST")
    assert event.recipient is None


def test_a_verb_after_an_organization_makes_the_next_name_no_office_holder(run):
    event = _one(run("The UN asked Mara Velic to withdraw the observers."), "REQUEST")
    assert event.recipient is not None and not (event.recipient.code or "").startswith("IGO")


def test_a_deadline_is_no_current_date_and_an_unknown_weekday_dates_nothing(run):
    text = "The regulator has extended the deadline until 15 July 2026. Many foreign firms had protested that the regulator was imposing an unfair burden. A delegation from the Kelby Chamber met Trade Minister Ivo Marek on Wednesday."
    doc = run(text, date=None)
    assert all(e.date != "2026-07-15" for e in doc.events)
    assert _one(doc, "CONSULT").date is None


def test_protesting_that_something_is_unfair_is_a_complaint(run):
    assert _one(run("Many foreign firms had protested that the Kelvan regulator was imposing an unfair burden."), "ACCUSE")
    assert _one(run("Hundreds of workers protested outside the Kelby factory on Monday."), "PROTEST")


def test_raising_ones_own_budget_is_no_aid(run):
    assert not _events(run("President Ivo Marek said he wanted to increase the 2025 budget to 1,500 trillion dinars."))
    assert not _events(run("Kelvia plans to boost state spending to revive the economy."), "AID")


def test_blocking_a_plan_or_a_person_from_acting_is_a_rejection(run):
    assert _one(run("Ivo Marek has been blocked by the Kelvan parliament from reducing subsidies on bread."), "REJECT")
    assert _one(run("The Kelvan parliament blocked the takeover of Kelvo by Ardent Holdings on Monday."), "REJECT")
    assert _one(run("Protesters blocked the road to Kelby on Monday."), "PROTEST")


def test_extending_a_deadline_is_a_concession_not_dated_by_the_deadline(run):
    event = _one(run("The Kelvan Securities Commission has extended the deadline for foreign firms until 15 July 2026.", date="2025-03-02"), "CONCEDE")
    assert event.date != "2026-07-15"
    assert event.recipient is not None and "firms" in (event.recipient.name or "")


def test_a_time_a_clause_tells_of_still_dates_it_after_until(run):
    event = _one(run("Peter Hallam remained a deputy until 1995, when he resigned to become a judge."), "RETREAT")
    assert event.date == "1995"


def test_reviewing_contracts_is_an_investigation(run):
    event = _one(run("President Ivo Marek's government is to review all contracts with foreign mining firms."), "ACCUSE")
    assert event.mode == "investigate"


def test_a_noun_before_a_joined_verb_with_its_own_auxiliary_is_its_subject(run):
    doc = run("These matters are now being investigated by the Kelvan authorities and the IMF has called for their findings to be made public.")
    probe = _one(doc, "ACCUSE")
    assert not probe.co_actors, "the IMF is no co-actor of the investigation"
    call = _one(doc, "REQUEST")
    assert call.actor.name == "IMF" or _entity_name(doc, call.actor.entity) in ("IMF", "International Monetary Fund")


def test_a_verb_joined_to_a_reported_clause_is_the_reporters_act(run):
    doc = run("Kelvo has lost its main unit. Kelvo claims its downfall was punishment for the ambitions of its founder and has vowed to sue any buyer.")
    vow = [e for e in doc.events if e.trigger.text.startswith("vowed")]
    assert vow and _entity_name(doc, vow[0].actor.entity) == "Kelvo"


def test_teaming_up_is_cooperation(run):
    assert _one(run("Kelvo has teamed up with Ardent Holdings to build the plant."), "COOPERATE")


def test_a_firms_own_programme_money_or_shares_agree_nothing(run):
    assert not _events(run("At the same time as Kelvia announced its new initiative, Tovaria announced revenues had broken records."), "AGREE")
    assert not _events(run("The government will pump 154m dinars into subsidies for farming chemicals."), "AGREE")


def test_a_firms_own_price_rise_is_no_one_another_firm_asks(run):
    doc = run("Analyst Ann Lee said the extent of Kelvo Mining's price rise was uncharted. Analysts now expect other ore producers, such as Ardent Holdings, to seek annual price rises of up to 70%.")
    assert all(e.recipient is None or "Kelvo" not in (e.recipient.name or "") for e in _events(doc, "REQUEST"))


def test_a_toll_put_down_to_nature_is_no_attack(run):
    assert not _events(run("More than 3,000 people have been killed following a massive earthquake off Kelvia."), "ASSAULT")
    assert _one(run("Thirty people were killed in an attack by rebels in Kelby."), "ASSAULT")


def test_blaming_a_thing_accuses_no_one(run):
    assert not _events(run("The carmaker Kelvo blamed the fall in profits on high launch costs."), "ACCUSE")
    assert not _events(run("Ardent Airways has blamed high fuel prices for a 40% drop in profits."), "ACCUSE")
    assert _one(run("The Kelvan government blamed the rebels for the attack on the town."), "ACCUSE")
    assert _one(run("Prosecutors blamed Kelvo's senior management for failing to ask key questions."), "ACCUSE")


def test_greeting_reporters_is_no_meeting(run):
    assert not _events(run("As he arrived at the court on Wednesday, Emil Varga greeted the waiting media."), "CONSULT")


def test_the_fall_in_profits_is_no_autumn(run):
    doc = run("The carmaker said on Monday that the fall in profits was painful.")
    assert not [t for t in doc.times if t.value.endswith("-FA")]


def test_a_resignation_told_again_with_the_post_is_one_event(run):
    doc = run("Anil Varga, the younger of the two brothers in charge of the group, has resigned from running its chemicals subsidiary. Mr Varga, 45, has stepped down as director and vice-chairman of Kelvo Chemicals Corporation.")
    assert len(_events(doc, "RETREAT")) == 1


# Wire copy (Reuters-style samples): failures to agree, acts done in protest, meetings named by a phrase


def test_the_failure_of_talks_to_agree_is_no_agreement(run):
    doc = run("The failure of the Kelvian Grain Council to reach agreement on export quotas could trigger a selloff, traders said.")
    assert not _events(doc, "AGREE")
    assert _one(doc, "REJECT").modality == "asserted"
    assert _one(run("The Kelvian Grain Council will reach agreement on export quotas next week, traders said."), "AGREE")


def test_an_act_done_in_protest_is_a_protest(run):
    doc = run("Angry pig farmers in Brittany barricaded roads in protest at falling prices.")
    protest = _one(doc, "PROTEST")
    assert protest.mode == "obstruct" and "farmers" in (protest.actor.name or "")
    assert _one(run("Lemon farmers dumped 20 tonnes of lemons on the streets of Malaga in protest at import duties."), "PROTEST")
    assert not _events(run("Lemon farmers dumped 20 tonnes of lemons on the streets of Malaga after a glut."), "PROTEST")
    growers = _one(run("In the southern city of Malaga, citrus growers dumped 20 tonnes of lemons on the streets in protest at import duties."), "PROTEST")
    assert growers.actor.sector == "AGR"


def test_an_act_done_during_a_meeting_with_another_side_is_a_meeting(run):
    doc = run("Ambassador Emil Varga presented the draft treaty during a meeting at the Kelvian mission with the French delegation.")
    meeting = _one(doc, "CONSULT")
    assert _entity_name(doc, meeting.actor.entity) == "Emil Varga" and meeting.recipient is not None
    assert not _events(run("Ambassador Emil Varga presented the draft treaty during a visit to the museum."), "CONSULT")


def test_going_somewhere_for_talks_is_a_visit(run):
    visit = _one(run("Foreign Minister Emil Varga is expected to fly to Washington tomorrow for talks on trade."), "CONSULT")
    assert visit.mode == "visit" and visit.recipient.country == "USA" and visit.modality == "expected"
    assert _one(run("The prime minister came to Paris for talks with President Jacques Chirac."), "CONSULT").mode == "visit"
    assert not _events(run("The talks went well for the government."), "CONSULT")


def test_legal_action_is_an_accusation(run):
    doc = run("Brellaco Corp said it began litigation against Kelm Inc in federal court.")
    suit = _one(doc, "ACCUSE")
    assert suit.cameo == "115" and _entity_name(doc, suit.recipient.entity) == "Kelm Inc"
    union = _one(run("The union took legal action against the ministry."), "ACCUSE")
    assert union.actor.sector == "LAB" and union.recipient.sector == "GOV"
    assert not _events(run("The minister brought the talks to an end."), "ACCUSE")


def test_the_union_acting_is_labour(run):
    request = _one(run("The union has asked the mining companies to begin new contract talks on April 1."), "REQUEST")
    assert request.actor.sector == "LAB" and request.recipient.sector == "BUS"
    meeting = _one(run("Mr Varga held a private meeting with senior union figures last week."), "CONSULT")
    assert meeting.recipient.name == "senior union figures" and meeting.recipient.sector == "LAB"


def test_workers_who_strike_over_cuts_walk_out(run):
    # the parse reads "strike over cuts" as striking the cuts
    strike = _one(run("Union members voted to strike over cuts for one day."), "PROTEST")
    assert strike.cameo == "143" and strike.mode == "strike"
    assert _one(run("Rebels struck the town overnight."), "ASSAULT")


def test_an_offer_rejected_names_who_made_it(run):
    rejection = _one(run("Kelvo Fund rejected a takeover offer from an investment group led by Emil Varga."), "REJECT")
    assert rejection.recipient is not None and rejection.recipient.sector == "BUS"


def test_a_strike_done_in_protest_is_one_protest(run):
    doc = run("Seven opposition parties in Nepal have organized a general strike that shut down Kathmandu in protest of the arrest of activists.")
    assert len(_events(doc, "PROTEST")) == 1


def test_a_threat_with_an_if_not_is_an_ultimatum_made(run):
    threat = _one(run("Argentina has threatened to emulate Brazil's payments moratorium if the banks do not grant its request for new loans."), "THREATEN")
    assert threat.modality == "asserted" and threat.recipient is not None and threat.recipient.sector == "BUS"


def test_meeting_with_objections_is_no_meeting(run):
    assert not _events(run("Commission President Emil Varga said he met with strong objections from some government heads to his plan."), "CONSULT")
    assert _one(run("Commission President Emil Varga met protesters outside the building."), "CONSULT")


def test_firms_seeking_listings_or_offering_warranties_code_nothing(run):
    assert not _events(run("Other small firms have said they plan to seek listings on the exchange soon."))
    assert not _events(run("Kelvo Motors said it is offering a three-year warranty on its vehicles."))
    assert _one(run("Kelvia sought funding from the World Bank."), "REQUEST")


def test_he_after_a_lead_the_parse_left_verbless_is_its_named_head(run):
    # "the head of ..., X, meeting with Y today, renewed demands": parsed with "head" at the root
    doc = run(
        '"The outlook is worrying," said bank economist Paul Durand. "The big question is whether the policy will hold," he added. '
        "But the head of the socialist CFDT union federation, Edmond Maire, meeting with Chirac today, renewed union demands "
        'already rejected by the government for indexation clauses. Calling the government\'s policies "unbalanced and unjust," '
        "he also demanded investment incentives to boost employment."
    )
    assert _entity_name(doc, _one(doc, "REQUEST").actor.entity) == "Edmond Maire"


def test_a_hope_that_another_side_will_be_willing_is_no_act_of_theirs(run):
    assert not _events(run("Emil Varga said he hopes that the Kelvo management will be willing to negotiate an agreement with him."))


def test_prices_freed_from_controls_free_no_one(run):
    assert not _events(run('"That is an exceptional achievement considering that for the first time since the war all french prices have been freed," he said.'))
    assert _one(run("Kelvia freed 30 prisoners on Monday."), "RETREAT")


def test_a_harm_foretold_under_a_condition_is_no_threat(run):
    assert not _events(run('"Unless dealt with effectively, they will undermine all that has been achieved," Emil Varga warned.'), "THREATEN")
    assert _one(run("Union leaders warned there could be further walkouts unless there was a government rethink."), "THREATEN")


def test_a_strike_by_workers_told_as_a_noun_is_a_protest(run):
    assert _one(run("The strike by 40,000 dock workers, now in its 13th day, has delayed exports."), "PROTEST").mode == "strike"
    assert _one(run("The union official said the miners' strike had halted a total of 158 trains."), "PROTEST")
    doc = run("A US strike killed ten militants near the border.")
    assert not _events(doc, "PROTEST") and _one(doc, "ASSAULT")


def test_a_sides_own_constituency_can_be_addressed(run):
    doc = run("Kelvo Corp said its board rejected the tender offer of Ardent Inc and urged its shareholders not to tender their shares.")
    assert _one(doc, "REQUEST").recipient.name == "its shareholders"
    assert _one(run("Andre Bergeron put similar demands to Jacques Chirac earlier in the week."), "REQUEST").recipient is not None
    assert _one(run("The army sent its troops into the town."), "MOBILIZE").recipient is None


def test_markets_and_prices_act_in_no_event(run):
    # Prices, shares and currencies are no sides: "rallied" and "destroyed" are market words here.
    assert not _events(run("Oil prices rallied immediately after the accord but fell again last month."))
    assert not _events(run("Shares in Kelvo Corp lost 65 cents before rallying to 2.20 dollars."))
    assert not _events(run("The sale has destroyed Kelvo Oil, said its founder Emil Varga."))
    assert not _events(run("The exchange's massive turnover offers good liquidity, he added."))
    assert _one(run("Thousands of protesters rallied in Lyon on Sunday against the new tax."), "PROTEST")


def test_financial_and_legislative_frames_code_nothing(run):
    assert not _events(run("Senator Emil Varga said he intended to offer legislation that would raise farm payments."))
    assert not _events(run("Kelvo Corp said it set up a 1.25 mln dlrs reserve. The reserve was taken to offset a decline in sales."))
    assert not _events(run("The plan would resolve claims on assets pledged to secured creditors."))
    assert not _events(run('The plan "strikes me as a very pragmatic thing to do," analyst Emil Varga said.'))
    assert not _events(run("Analysts said the finance ministry has been seriously considering the request since December."))
    assert _one(run("Kelvia pledged 10 million dollars to Haiti after the earthquake."), "AGREE")
    assert _one(run("Rebels struck an army checkpoint as soldiers slept."), "ASSAULT")


def test_the_bank_or_the_ministry_is_the_one_named_before(run):
    doc = run("Kelvo Bank Ltd said on Monday it had made a loss. The bank refused the investor's request for more time.")
    rejected = _one(doc, "REJECT")
    assert _entity_name(doc, rejected.actor.entity) == "Kelvo Bank Ltd" and rejected.recipient.name == "the investor"


def test_declining_to_give_figures_and_harm_to_a_purse_code_nothing(run):
    assert not _events(run("Kelvo Corp declined to value the deal, which analysts estimated at 2.4 billion dlrs."))
    assert not _events(run("The spokesman declined to give the size of the price drops."))
    assert not _events(run("Falling exports have hurt Western Canada's resource-based economy."))
    assert not _events(run('"We will not continue to hurt ourselves economically," the union president said.'))
    assert _one(run("Kelvia refused to pay the amount demanded by the court."), "REJECT")
    assert _one(run("The bombing damaged the embassy and hurt ten people."), "ASSAULT")


def test_fighting_a_plan_is_opposing_it(run):
    doc = run("Senator Emil Varga is fighting Kelvo Corp's plan to buy 80 pct of Ardent Inc.")
    assert _one(doc, "REJECT") and not _events(doc, "ASSAULT")
    assert _one(run("Government troops are fighting rebels in the north."), "ASSAULT")


def test_the_side_whose_advice_or_offer_is_answered_is_the_recipient(run):
    doc = run("Kelvia rejected the advice of the German chancellor.")
    rejected = _one(doc, "REJECT")
    assert rejected.recipient.name == "the German chancellor" and rejected.recipient.country == "DEU"


def test_the_side_a_suit_charges_is_its_recipient(run):
    doc = run("Kelvo Corp filed a lawsuit accusing Ardent Inc of breach of contract.")
    assert _entity_name(doc, _one(doc, "ACCUSE").recipient.entity) == "Ardent Inc"


def test_a_warning_of_ones_own_bankruptcy_threatens_no_one(run):
    assert not _events(run("Kelvo United has warned it will go bankrupt if rescue talks with creditors fail."), "THREATEN")
    assert _one(run("The rebels warned they would attack the city."), "THREATEN")


def test_the_one_called_on_is_the_recipient_before_a_national_target(run):
    doc = run("A group of five MPs are calling on the Department of Trade and Industry to block any takeover of the club by the US magnate.")
    assert _one(doc, "REQUEST").recipient.name == "Department of Trade and Industry"


def test_ordering_aircraft_or_equipment_is_a_purchase(run):
    assert not _events(run("Kelvo Airlines will order 30 jets and new equipment this year."))
    assert _one(run("The judge ordered the release of the two men."), "REQUEST")


def test_its_rival_is_not_its_owner(run):
    doc = run("Kelvo Corp was sued by Ardent Inc after its rival accused it of industrial espionage.")
    assert all(_entity_name(doc, e.actor.entity) != "Kelvo Corp" for e in _events(doc, "ACCUSE"))
    assert _one(run("The defence minister met his Iraqi counterpart in Baghdad."), "CONSULT").recipient.country == "IRQ"


def test_a_jail_sentence_received_is_undergone_whoever_imposed_it(run):
    received = _one(run("Emil Varga has received a four-month jail sentence."), "COERCE")
    assert received.recipient.name == "Emil Varga" and received.actor.name is None
    assert not _events(run("Emil Varga faces a jail sentence of up to ten years."), "COERCE")


def test_revoking_a_licence_or_contract_is_a_sanction(run):
    assert _one(run("The ministry revoked the licence of the television station."), "SANCTION").cameo == "160"


def test_a_surname_that_is_a_nationality_word_gives_no_country(run):
    doc = run("The bill was introduced by Rep. Glenn English. English has agreed to support an amendment by Rep. Charles Stenholm.")
    assert _one(doc, "AGREE").actor.country is None


def test_a_company_the_model_read_as_a_person_is_the_company(run):
    for name in ("Hartley Morgan", "Jarvis Carter"):
        doc = run(f"{name} Inc said it filed a motion to dismiss the counterclaim. {name} said it refused to agree to the requested preconditions.")
        assert [e.type for e in doc.entities if e.name.startswith(name)] == ["ORG"]


def test_an_act_considered_is_possible_and_failed_deadlock_talks_sanction_no_one(run):
    assert _one(run("Iran is considering buying missiles from Russia."), "COOPERATE").modality == "possible"
    assert not _events(run("Air India is considering buying 50 new aircraft from Boeing."), "COOPERATE")  # an airline's purchase: commerce
    assert not _events(run("Coffee talks last month in London failed to break a deadlock over export quotas."))


def test_the_condition_of_an_offer_parsed_as_a_conjunct_is_hypothetical(run):
    doc = run("Kelvo Corp has offered to supply Ardent Inc with materials, but only if Ardent Inc agrees to conditions which would end its bid.")
    assert [e.type for e in doc.events] == ["AGREE"] and doc.events[0].trigger.text == "offered"


def test_a_firm_placed_by_its_country_is_the_recipient_not_the_country(run):
    doc = run("Kelvo Motors Ltd has reached agreement with Lombard North Central Plc of the U.K. to build plants.")
    agreed = _one(doc, "AGREE")
    assert _entity_name(doc, agreed.recipient.entity) == "Lombard North Central Plc" and agreed.recipient.country == "GBR"


def test_the_other_side_of_a_deal_is_named_by_its_own_act(run):
    doc = run("Kelvo Corp signed an agreement to supply engines to Ardent Inc.")
    assert _entity_name(doc, _one(doc, "SUPPORT").recipient.entity) == "Ardent Inc."
    doc = run("Kelvo Corp said it has signed a definitive agreement to acquire Ardent Life Insurance Co from Brelland Corp for 275 mln dlrs.")
    assert _entity_name(doc, _one(doc, "SUPPORT").recipient.entity) == "Brelland Corp"


def test_the_partners_a_thing_is_with_come_before_its_owner(run):
    doc = run("Secretary of Commerce Emil Varga expressed concern about the continuing U.S. trade deficits with South Korea and Taiwan.")
    assert _one(doc, "ACCUSE").recipient.country == "KOR"


def test_the_transportation_department_is_the_department_named_before(run):
    doc = run(
        "The U.S. Department of Transportation said it gave final approval to Kelvo Air's proposed acquisition of Ardent Airlines. "
        "The transportation department also rejected a request by the Teamsters Union to require protections for the workers."
    )
    rejected = _one(doc, "REJECT")
    assert _entity_name(doc, rejected.actor.entity) == "U.S. Department of Transportation"
    assert _one(doc, "AGREE").cameo == "0311"


def test_dismissing_an_attempt_or_a_motion_is_a_rejection(run):
    assert _one(run("A judge has dismissed an attempt by Kelvo Oil to gain bankruptcy protection in the US."), "REJECT")
    assert not _events(run("The minister dismissed the claims as nonsense."), "REJECT")


def test_a_threat_is_addressed_to_the_side_its_condition_names(run):
    doc = run("Argentina has threatened to follow Brazil in declaring a payments moratorium if the banks do not grant its request.")
    assert _one(doc, "THREATEN").recipient.name == "the banks"


def test_facing_pressures_is_undergoing_them_not_a_fight(run):
    doc = run("The State Department may then face conflicting pressures, particularly from politically-sensitive U.S. allies in Central America.")
    # the allies of the U.S. are not the U.S.: a request of theirs names no American side
    assert not _events(doc, "ASSAULT") and all(e.actor.country != "USA" for e in _events(doc, "REQUEST"))


def test_a_month_is_no_march(run):
    doc = run("The committee decided to hold a public hearing on the draft budget on March 13.")
    assert not _events(doc, "PROTEST")
    assert _one(run("The unions will hold a march on Sunday."), "PROTEST")


def test_latin_americans_are_no_americans(run):
    doc = run("Lusinchi said Venezuela supports other Latin American debtors.")
    assert all(e.recipient is None or e.recipient.country != "USA" for e in doc.events)
    assert _one(run("Lusinchi said Venezuela supports American farmers."), "SUPPORT").recipient.country == "USA"


def test_initials_are_the_organization_they_spell(run):
    doc = run(
        "The Kelvo Stock Exchange opened late on Monday. In a letter to KSE President Jo Bain, the regulator "
        "cited problems. The Varden Securities and Exchange Commission asked the exchange to tighten its procedure."
    )
    names = {e.name: [m.text for m in e.mentions] for e in doc.entities}
    assert "KSE" in names["Kelvo Stock Exchange"] and "KSE" not in names
    assert _entity_name(doc, _one(doc, "REQUEST").recipient.entity) == "Kelvo Stock Exchange"


def test_orders_submitted_are_no_concession(run):
    assert not run("All existing Kelvo orders must be submitted by Friday, Jo Bain said.").events


def test_a_plan_answered_is_aimed_at_the_one_who_devised_it(run):
    doc = run("Tovar Holdings Ltd would not agree to an alternative divestiture plan devised by Kelvo Motors Inc.")
    refused = _one(doc, "AGREE")
    assert refused.modality == "negated" and _entity_name(doc, refused.recipient.entity) == "Kelvo Motors Inc."
    doc = run("The union agreed to a pay plan put forward by Kelvo Motors Inc.")
    assert _entity_name(doc, _one(doc, "AGREE").recipient.entity) == "Kelvo Motors Inc."


def test_terminating_an_agreement_reduces_relations(run):
    doc = run("Kelvo Corp terminated the merger agreement with Ardent Inc.")
    ended = _one(doc, "SANCTION")
    assert ended.cameo == "160" and _entity_name(doc, ended.recipient.entity) == "Ardent Inc."


def test_a_suit_is_aimed_at_the_one_it_is_to_compel(run):
    doc = run("Tovar Holdings Ltd said it has filed suit in state court to compel Kelvo Motors Inc to complete the merger.")
    assert _entity_name(doc, _one(doc, "ACCUSE").recipient.entity) == "Kelvo Motors Inc"
    doc = run("Tovar Holdings Ltd said its suit seeks an injunction forcing Kelvo Motors Inc to live up to the agreement.")
    sought = _one(doc, "REQUEST")
    assert _entity_name(doc, sought.actor.entity) == "Tovar Holdings Ltd"
    assert _entity_name(doc, sought.recipient.entity) == "Kelvo Motors Inc"


def test_fighting_a_move_is_opposition_and_rallying_opposition_no_demonstration(run):
    assert _one(run("The Farmers Union said it would fight any move to close the plant."), "REJECT").cameo == "120"
    assert not _events(run("The Farmers Union has proved adept at rallying opposition to the takeover."), "PROTEST")


def test_opposition_faced_from_a_side_is_its_rejection(run):
    doc = run("The minister faced strong opposition from the unions.")
    opposed = _one(doc, "REJECT")
    assert opposed.actor.name == "the unions" and opposed.recipient.sector == "GOV"


def test_looking_into_a_loss_is_an_investigation(run):
    assert _one(run("The Secret Service is looking into the loss of the tapes."), "ACCUSE").mode == "investigate"
    assert not run("The firm is looking into ways to cut costs.").events


def test_a_group_told_again_without_its_country_is_the_same_happening(run):
    doc = run("Chinese police have detained three top executives at the milk firm. The spokesman did not say why the three had been detained by the police.")
    assert len(_events(doc, "COERCE")) == 1


def test_a_plural_verb_joined_to_a_passive_is_done_by_the_plural_subject(run):
    doc = run(
        "But Western economists say the effect of the embargo is impossible to calculate. They say it is blurred by "
        "the poor performance of Zorbia's economy, and dismiss the figure as illusory."
    )
    assert _one(doc, "ACCUSE").actor.name == "Western economists"


def test_an_act_wanted_after_one_done_weeks_ago_leaves_that_one_done(run):
    doc = run("Zorbia has made clear it wants Ruritania to take a lead in repairing the damage after lifting remaining restrictions two weeks ago.")
    assert _one(doc, "CONCEDE").modality == "asserted"
    assert _one(run("Zorbia wants Ruritania to lift the remaining restrictions."), "REQUEST")


def test_threatening_hopes_or_jobs_is_no_threat(run):
    assert not run("Higher interest rates could further threaten Zorbia's hopes of recovery.").events
    assert not run("The closure of the Kelvo plant threatens 500 jobs.").events
    assert _one(run("Zorbia threatened to impose sanctions on Ruritania."), "THREATEN")


def test_former_countries_keep_their_own_codes(run):
    met = _one(run("Soviet negotiators met U.S. officials in Geneva on Tuesday."), "CONSULT")
    assert (met.actor.country, met.recipient.country) == ("SUN", "USA")
    accused = _one(run("The Soviet Union accused Washington of violating the treaty."), "ACCUSE")
    assert accused.actor.country == "SUN" and accused.actor.name == "Soviet Union"
    met = _one(run("West German Chancellor Anton Weber met East German leader Karl Roth."), "CONSULT")
    assert (met.actor.country, met.recipient.country) == ("DEU", "DDR")


def test_an_act_told_in_a_clause_on_its_object_is_coded(run):
    doc = run("President Anton Weber defended the debt rescheduling accord his government recently signed.")
    assert _one(doc, "SUPPORT").cameo == "057"
    doc = run("If the agreement Kelvo Corp signed with Ardent Inc on 8 December goes through, it will mark the end of an era.")
    assert _entity_name(doc, _one(doc, "SUPPORT").actor.entity) == "Kelvo Corp"
    assert not run("The rebels who fought in the north were defeated.").events


def test_a_filing_acts_for_whoever_filed_it(run):
    doc = run("Tovar Holdings Ltd said its suit seeks an injunction forcing Kelvo Motors Inc to honour the agreement.")
    assert _one(doc, "REQUEST").actor.name == "Tovar Holdings Ltd"  # not "its suit"
    assert not run("The suit alleges that certain officers purchased stock before the offer.").events


def test_armed_sides_attacking_positions_use_force(run):
    assert _one(run("Iranian troops attacked Iraqi positions east of Basra."), "ASSAULT").recipient.country == "IRQ"
    assert _one(run("Rebels attacked the government's plan."), "ACCUSE")


def test_a_thing_acted_on_stands_for_its_owner(run):
    doc = run("Ann Lee and Jo Bain have refused to recognize Kelvo Corp's position that the deal was rescinded.")
    assert _entity_name(doc, _one(doc, "REJECT").recipient.entity) == "Kelvo Corp"
    doc = run("Tovar Holdings Ltd rejected a takeover offer worth 3.1bn Australian dollars from Kelvo Group.")
    assert _entity_name(doc, _one(doc, "REJECT").recipient.entity) == "Kelvo Group"


def test_a_bank_named_by_its_nationality_is_a_business(run):
    assert _one(run("The British bank held merger talks with Kelvo Finance last year."), "CONSULT").actor.code == "GBRBUS"


def test_a_meeting_set_for_a_day_is_expected(run):
    met = _one(run("A meeting between Zorbia and Ruritania has been set for next Wednesday."), "CONSULT")
    assert met.modality == "expected"


def test_calling_a_move_rash_is_criticism(run):
    assert _one(run("The opposition called the ruling party's move rash and unforgivable."), "ACCUSE").cameo == "111"


def test_a_game_lost_by_a_score_is_no_beating(run):
    assert not run("Adding to its woes, Kelvo United was beaten 5-0 by Ardent Rovers on Saturday.").events
    assert _one(run("Zorbian troops beat protesters in the capital."), "ASSAULT")


def test_blaming_a_thing_on_someone_is_aimed_at_them(run):
    doc = run("The Kelvo Commission blamed the Community's new cash crisis on the considerable reluctance of governments to pay.")
    assert _one(doc, "ACCUSE").recipient.name == "governments"


def test_boosting_finances_or_investigating_a_question_is_no_event(run):
    assert not run("The proposals are designed to tackle corruption and boost Zorbia's fragile public finances.").events
    assert not run("The Zorbian farm ministry is working with health officials to investigate the link between feed and disease.").events


def test_leaving_a_post_is_a_resignation_and_opening_talks_a_consultation(run):
    assert _one(run("Anton Weber, the co-head of Kelvo Corp, is to leave his post."), "RETREAT").mode == "resign"
    assert _one(run("Zorbian and Ruritanian negotiators opened talks last summer."), "CONSULT")


def test_where_one_stopped_before_arriving_is_not_where_one_arrived(run):
    doc = run("The minister arrived last night after a brief stopover in Riyadh.")
    assert all(e.recipient is None or e.recipient.name != "Riyadh" for e in doc.events)
    assert _one(run("The Zorbian minister arrived in Riyadh last night."), "CONSULT").recipient.country == "SAU"


def test_the_management_called_on_is_a_side(run):
    doc = run("The Farmers Union has called on the management to recall the notice of redundancy by Monday.")
    assert _one(doc, "REQUEST").recipient.sector == "BUS"


def test_an_act_to_come_told_again_with_its_recipient_is_one_event(run):
    doc = run(
        "Irishmen Sean Byrne and Liam Walsh, who own a 29% stake in Kelvo United, will reportedly reject any formal offer for the club. "
        "The Sunday Times says Byrne and Walsh will oppose any formal takeover bid from US tycoon Carl Brand."
    )
    rejections = _events(doc, "REJECT")
    assert len(rejections) == 1 and rejections[0].recipient is not None and len(rejections[0].mentions) == 1


def test_they_is_the_plural_group_before_an_organization_named_in_passing(run):
    doc = run("Prosecutors in the south have targeted a cattle ranch owned by Kelvo Farms. They plan to seize 12,900 acres from the farm.")
    assert _one(doc, "COERCE").actor.sector == "JUD"
    doc = run("The Conservatives insisted they would hold ministers to account. They said they would also press Labour over the plans.")
    assert _one(doc, "REQUEST").actor.name != "ministers"


def test_a_group_of_two_nations_is_two_sides(run):
    met = _one(run("French and German negotiators opened talks last summer on trade barriers."), "CONSULT")
    assert (met.actor.country, met.recipient.country) == ("FRA", "DEU")  # the two sides meet each other
    assert _one(run("French and German troops attacked the rebels."), "ASSAULT").co_actors
    assert not _one(run("French troops attacked the rebels."), "ASSAULT").co_actors


def test_a_demand_made_in_a_text_to_someone_is_made_of_them(run):
    doc = run(
        "In a report to Congress, President Anton Weber called for immediate approval of 300 mln dlrs in new 1987 economic aid "
        "for four democracies. The rebels are fighting Zorbia's government.",
        date="1987-03-03",
    )
    called = _one(doc, "REQUEST")
    assert called.recipient.name == "Congress" and called.date == "1987-03-03"  # the 1987 of the aid dates no call
    resigned = _one(run("The director, Ann Lee, resigned in a March 10 letter to the Kelvo board.", date="1987-03-12"), "RETREAT")
    assert resigned.date == "1987-03-10"  # the letter's date is the act's


def test_a_contrasting_clause_tells_its_own_act(run):
    doc = run("The officials said they were backed by Britain and France, while Italy, Greece and Denmark supported the Commission's view.")
    assert {e.actor.country for e in _events(doc, "SUPPORT")} == {"GBR", "ITA"}
    assert len(_events(run("Britain backed the plan while visiting Paris."), "SUPPORT")) == 1


def test_a_start_given_to_a_thing_offered_does_not_date_the_offer(run):
    doc = run("Employers offered the Kelvo union a 2.7 pct rise in wages from April 1 and a further 1.5 pct from July next year.", date="1987-03-11")
    offer = _one(doc, "AGREE")
    assert (offer.date, offer.modality) == ("1987-03-11", "asserted")
    struck = _one(run("The Kelvo union called a strike from Monday.", date="1987-03-11"), "PROTEST")
    assert struck.date == "1987-03-09"  # a strike's own start dates it


def test_it_also_doing_the_same_act_is_the_one_who_did_it_before(run):
    doc = run("Employers in northern Germany offered Kelvo Metall a 2.7 pct rise in wages. It also offered to cut the working week by half an hour.")
    assert [e.actor.name for e in _events(doc, "AGREE")] == ["Employers"]  # one offer, told twice
    doc = run("The Kelvo union rejected the plan. It also offered to meet ministers on Friday.")
    assert _one(doc, "AGREE").actor.name != "ministers"


def test_a_reply_to_an_act_told_before_is_aimed_at_its_maker(run):
    doc = run("Employers offered the Kelvo union a 2.7 pct rise in wages. The Kelvo union rejected the offer.")
    assert _one(doc, "REJECT").recipient.name == "Employers"
    doc = run("The rebels demanded that President Anton Weber resign. He rejected the demands on Tuesday.")
    assert _one(doc, "REJECT").recipient.name == "The rebels"
    doc = run("Employers offered the Kelvo union a pay rise. The Kelvo union rejected the board's offer.")
    assert _one(doc, "REJECT").recipient is None or _one(doc, "REJECT").recipient.name != "Employers"


def test_the_owner_of_measures_that_act_is_the_actor(run):
    doc = run("The government's austerity measures ban the sale of aviation fuel to foreign airlines.")
    assert _one(doc, "COERCE").actor.sector == "GOV"


def test_speaking_by_telephone_to_the_reporter_is_no_call(run):
    doc = run('Speaking by telephone from Santos, Marco Vidal said, "The ruling recognised the honesty of our exporters."')
    assert not _events(doc, "CONSULT")
    doc = run("Speaking by telephone to Anton Weber on Monday, Marco Vidal said he was worried.")
    assert _one(doc, "CONSULT").recipient.name == "Anton Weber"


def test_declining_to_be_drawn_is_no_refusal(run):
    assert not _events(run("Kelvo's chairman Marco Vidal declined to be drawn on his firm's reported interest in Rexfield."), "REJECT")


def test_the_sides_of_a_meeting_during_which_an_act_was_done_are_no_recipients(run):
    doc = run("Zorbia and Ruritania signed a memorandum on Tuesday during a meeting between Kelvo chairman Marco Vidal and minister Anton Weber.")
    assert _one(doc, "SUPPORT").recipient is None
    doc = run("Youths threw stones during demonstrations against the Zorbian government.")
    assert _one(doc, "PROTEST").recipient is not None


def test_two_people_named_after_one_title_both_act(run):
    doc = run("Officials said Zorbia's oil minister Mr Anton Weber and Ruritanian energy minister Marco Vidal would discuss the pipeline at a meeting on Tuesday.")
    assert _one(doc, "AGREE").recipient.name == "Marco Vidal"  # the two discuss it with each other


def test_breaking_off_talks_is_a_sanction(run):
    doc = run("Marco Vidal and Anton Weber have cut off talks with Tom Hale over the proposed sale of their stake.")
    assert _one(doc, "SANCTION").cameo == "164"
    assert _one(run("The Kelvo union pulled out of talks with the employers."), "SANCTION").recipient.sector == "BUS"


def test_a_named_group_is_the_they_that_follows(run):
    doc = run("Kelvo fans have reacted with anger at the announcement. They have vehemently opposed any takeover by Tom Hale.")
    assert _one(doc, "REJECT").actor.name == "Kelvo fans"
    doc = run("People have reacted with anger at the announcement. They have vehemently opposed any takeover by Tom Hale.")
    assert not _events(doc, "REJECT") or _one(doc, "REJECT").actor.name != "People"


def test_vowing_to_fight_on_threatens_no_one(run):
    assert not _events(run("Kelvo fans vowed to fight on after the announcement."), "THREATEN")
    assert _events(run("The rebels vowed to crush the army."), "THREATEN")


def test_a_purpose_the_parse_hangs_on_the_partner_is_the_meetings(run):
    doc = run(
        "Senator Tom Hale wants White House support for any tax rise. Hale, an Illinois Democrat whose committee is in charge of "
        "tax legislation, met this afternoon with House Speaker Ann Lee, a Texas Democrat, to discuss a variety of tax and budget issues, an aide said."
    )
    met = _events(doc, "CONSULT")
    assert len(met) == 1 and met[0].actor.name == "Tom Hale"


def test_a_kind_of_thing_wanted_is_no_request(run):
    doc = run("The change will let the central bank offer shorter pacts, something long sought by banks in Velran.")
    assert not _events(doc, "REQUEST")


def test_what_an_act_is_part_of_is_no_target(run):
    doc = run("Kelvo Metall members began a series of warning strikes this week as part of the union's bid to raise wages.")
    assert _one(doc, "PROTEST").recipient is None


def test_it_may_be_a_body_the_model_took_for_a_person(run):
    doc = run("Velcor is suing a host of companies involved in the sale. It has also threatened legal action against any business dealing with its former unit.")
    assert _one(doc, "THREATEN").actor.name == "Velcor"
    doc = run("Ann Lee is suing a host of companies involved in the sale. It has also threatened legal action against any business dealing with her.")
    assert not _events(doc, "THREATEN") or _one(doc, "THREATEN").actor.name != "Ann Lee"


def test_the_government_of_a_wire_story_is_the_datelines_state_it_names(run):
    doc = run("QUITO, March 7 - Ecuador adopted austerity measures. The government banned the sale of aviation fuel to foreign airlines.", date="1987-03-07")
    assert _one(doc, "COERCE").actor.country == "ECU"
    doc = run("LONDON, March 7 - Velran adopted austerity measures. The government banned the sale of aviation fuel to foreign airlines.", date="1987-03-07")
    assert _one(doc, "COERCE").actor.country is None  # Britain is not named: the story is about another state


def test_a_market_demand_answers_no_one(run):
    doc = run('"The cartel must hold to its pact," said Tom Hale. What we see is OPEC meeting this demand through current production, he said.')
    assert all(e.recipient is None or e.recipient.name != "Tom Hale" for e in doc.events if e.type != "REQUEST")


def test_vowing_to_compensate_victims_is_no_threat(run):
    doc = run("Zorbia lifted a trade ban to reward Velran for giving up its weapons and vowing to compensate the victims.")
    assert not _events(doc, "THREATEN")


def test_a_joined_clause_with_a_subject_of_its_own_inherits_no_recipient(run):
    doc = run("Local brokers have requested the head of the syndicate, now Velran Bank Ltd, to increase their share but banks oppose any cut in their share, bankers said.")
    assert _one(doc, "REQUEST").recipient.name == "Velran Bank Ltd"
    assert _one(doc, "REQUEST").date == "2024-03-14"  # "now" is the story's day
    assert _one(doc, "REJECT").recipient is None or _one(doc, "REJECT").recipient.name != "Velran Bank Ltd"


def test_a_power_to_act_or_how_hard_an_act_would_be_is_no_act(run):
    assert not _events(run("The US, which can veto any plan to sell the gold, said it is looking at other ways."), "REJECT")
    assert not _events(run("Experts, including the World Bank, said it is still difficult to assess the magnitude of the disaster."))
    assert _events(run("Marco Vidal was quick to criticise the minister."), "ACCUSE")


def test_those_to_undergo_what_is_demanded_are_not_asked(run):
    doc = run("Kelvo Fund Management has also demanded that shareholders be consulted about the proposed acquisition.")
    assert _one(doc, "REQUEST").recipient is None


def test_the_latest_to_act_acted(run):
    doc = run("Standard Life is the latest shareholder in Deutsche Boerse to express concern at the German operator's plans to buy the London Stock Exchange.")
    concern = _one(doc, "ACCUSE")
    assert (concern.actor.name, concern.modality) == ("Standard Life", "asserted")


def test_the_government_with_a_word_of_its_own_is_not_the_datelines(run):
    doc = run("WASHINGTON, March 12 - Miners in Velran asked the Ecuadorean government to cut taxes.", date="1987-03-12")
    assert _one(doc, "REQUEST").recipient.country == "ECU"
    doc = run("KUALA LUMPUR, March 2 - Malaysia curbed exports. Thai miners would press for the opening of more new mines, Thai officials said.", date="1987-03-02")
    pressed = _events(doc, "REQUEST")
    assert not pressed or pressed[0].recipient is None or pressed[0].recipient.country != "MYS"


def test_business_and_office_words_code_nothing(run):
    for text in (
        "The company also said it introduced the Kelvo 2000, its first printer for networks.",
        "The company said it is considering Italian acquisitions.",
        "The index fell when it was unclear who would occupy the White House.",
        "Oil rose on the view that Tom Hale is less likely than Ann Lee to release supplies from the strategic oil reserve.",
        "Congress will spend several months debating the president's proposal.",
        "Analysts say it will be difficult for him to retake control of the country's policy agenda.",
    ):
        assert not run(text).events, text
    assert _one(run("The government introduced an embargo on arms to Velran."), "COERCE").cameo == "163"


def test_advising_another_to_act_is_a_request(run):
    doc = run("WINNIPEG, March 4 - The Canadian grain board has advised the federal government to sharply cut grain prices, a spokesman said. "
              "The board markets most of Canada's grain.", date="1987-03-04")
    advised = _one(doc, "REQUEST")
    assert advised.recipient.country == "CAN"
    assert not run("Lazard advised Rexfield on the deal.").events


def test_a_clause_past_a_dash_does_not_date_the_act(run):
    doc = run("Tom Hale criticized the attitude of the outgoing Irish government in recent currency realignments -- the punt was devalued by eight pct last August.", date="1987-03-05")
    criticised = _one(doc, "ACCUSE")
    assert (criticised.date, criticised.modality) == ("1987-03-05", "asserted")


def test_whose_government_a_bare_government_is(run):
    doc = run("TAIPEI, March 12 - Taiwan cut tariffs. The United States is pressing the government to open its markets further.", date="1987-03-12")
    assert _one(doc, "REQUEST").recipient.country == "TWN"  # a state presses another's
    doc = run("MADRID, March 13 - Spanish farmers blocked a border crossing in a protest against the Socialist government's farm policies. Spain joined the bloc last year.", date="1987-03-13")
    assert _one(doc, "PROTEST").recipient.country == "ESP"  # "Socialist" names no state


def test_an_allegation_is_against_the_subject_of_what_is_alleged(run):
    doc = run("Prosecutors have alleged that Mr Tom Hale, 63, directed Mr Ann Lee to hide the true state of the company's finances.")
    assert _one(doc, "ACCUSE").recipient.name.endswith("Tom Hale")


def test_taking_to_the_streets_to_protest_is_a_protest_done_against_its_target(run):
    doc = run("Thousands of farm workers took to the streets of Brasilia on Thursday to protest against government policies.")
    protest = _one(doc, "PROTEST")
    assert protest.modality == "asserted" and protest.recipient.sector == "GOV"
    doc = run("Rural farm workers are angry, and thousands of whom took to the streets of Brasilia on Thursday to protest against government policies.")
    assert all(e.modality == "asserted" for e in _events(doc, "PROTEST"))
    assert _one(run("The union plans to march next week to protest against the cuts."), "PROTEST").modality == "expected"


def test_advising_against_travel_is_still_a_sanction(run):
    doc = run("The US State Department advised against travel to Velran after the attack on tourists.")
    assert _one(doc, "SANCTION").cameo.startswith("16")
    doc = run("Palestinian riots against Israeli military policies are still continuing.")
    assert _one(doc, "PROTEST").recipient.country == "ISR"


def test_a_firms_loan_to_a_firm_and_cancelled_flights_are_no_events(run):
    doc = run("The proceeds will repay the 395 mln dlr bridge loan Kelvo Securities Inc provided for Rexfield to buy Lindor Holdings.")
    assert not _events(doc, "AID")
    assert not _events(run("Velran Airways ended up cancelling over 100 flights on Christmas Day."), "SANCTION")
    assert _one(run("The World Bank provided a loan of 350 mln dlrs to Argentina."), "AID").recipient.country == "ARG"


def test_works_councils_are_workers_bodies(run):
    doc = run("The Velmark metalworkers union has called on works councils in the state to reject overtime.")
    assert _one(doc, "REQUEST").recipient.sector == "LAB"
    doc = run("The works council at the Stuttgart plant has withheld approval for overtime since the beginning of the month.")
    assert _one(doc, "REJECT").actor.sector == "LAB"


def test_a_sum_paid_is_no_recipient(run):
    doc = run("Harlow Dominion Bank agreed to purchase the seat for 195,000 dlrs from Hector Weir and Co.")
    agreed = _one(doc, "AGREE")
    assert "dlrs" not in (agreed.recipient.name if agreed.recipient else "")


def test_he_in_a_speakers_own_words_is_not_the_speaker(run):
    doc = run('Senate Banking Committee Chairman Tom Hale said the bill could be ready soon. "I have spoken to the majority leader and he has agreed to bring it up promptly on the Senate floor in two or three weeks," Hale told the thrift executives.')
    assert not [e for e in doc.events if e.actor and e.actor.name and "Hale" in e.actor.name and e.type == "AGREE"]


def test_the_floor_and_the_sidelines_are_places_not_recipients(run):
    doc = run("Tom Hale agreed to bring the bill up on the floor of the House.")
    assert _one(doc, "AGREE").recipient is None


def test_declining_to_give_a_reaction_is_declining_to_comment(run):
    assert not run("The European Commission declined to give an official reaction to reports that traders plan to sell sugar.").events
    assert not run("The ministry refused comment on the reports.").events


def test_being_in_touch_with_another_side_is_a_consultation(run):
    doc = run("The Takeover Panel and the Financial Services Authority had been in touch with Harbin & Lowe at the beginning of the week to find out what it knew.")
    consulted = _one(doc, "CONSULT")
    assert "Harbin" in consulted.recipient.name
    assert not run("The new design adds a touch of class to the car.").events


def test_buying_and_selling_goods_is_commerce_not_an_event(run):
    assert not _events(run("Varnex is still selling its Celdra and Bextan products, though studies suggest they may harm the heart."), "COOPERATE")
    assert not _events(run("The US imported almost $20bn worth of goods from China during October."), "COOPERATE")
    assert _one(run("Russia sold fighter jets to Syria last year."), "COOPERATE").cameo == "062"


def test_keeping_a_market_position_is_no_refusal(run):
    doc = run("\"Full Velmark Exchange access will enable us to provide an even higher level of customer service and maintain Redline's position as an industry leader,\" said Harlow Dominion president Tom Weir in a statement.")
    assert not _events(doc, "REJECT")
    assert _one(run("Iran maintained its position on the nuclear talks despite pressure from the United States."), "REJECT").actor.country == "IRN"


def test_an_airline_buying_airliners_is_commerce_not_arms(run):
    doc = run("Meanwhile, the budget airline Velwing Airlines is to buy 10 A320 aircraft from Airbus and has the option to buy 20 more aircraft.")
    assert not _events(doc, "COOPERATE")
    assert _one(run("Iran bought missiles from North Korea."), "COOPERATE").cameo == "062"


def test_blaming_poor_sales_blames_no_one(run):
    assert not run("Harlow Records blamed poor sales since Christmas and delays to the releases of new albums.").events
    assert _one(run("The committee blamed the agency's senior management for a multitude of problems."), "ACCUSE").recipient is not None


def test_a_court_rejecting_a_claim_rules_against_it(run):
    doc = run("The Supreme Court rejected the government's claim that the law was valid.")
    ruling = _one(doc, "REJECT")
    assert ruling.actor.sector == "JUD" and ruling.recipient.sector == "GOV"
    assert not run("The minister rejected the claim that the army had fired first.").events


def test_a_past_form_after_a_preposition_is_part_of_a_noun_phrase(run):
    doc = run("Shares in Velcor, the Lebanese company founded by assassinated former prime minister Tomas Varga, fell 15% in renewed trading in Beirut.")
    assert not _events(doc, "ASSAULT")
    assert _one(run("The army was attacked by rebels."), "ASSAULT").actor.sector == "REB"


def test_a_petition_by_another_is_not_the_rejecters_request(run):
    doc = run("Last year, the Hale administration rejected a petition by the U.S. rice industry seeking relief from Japanese import restrictions.")
    assert not [e for e in doc.events if e.type == "REQUEST" and e.actor and e.actor.sector == "GOV"]
    assert _one(doc, "REJECT").recipient.sector == "BUS"
    assert _one(run("The rebels issued a statement demanding the release of prisoners."), "REQUEST").actor.sector == "REB"


def test_a_firm_seeking_money_from_no_one_named_is_doing_business(run):
    assert not run("Harlow Motors, the state-owned car maker, is seeking a 250 mln stg multiple option facility.").events
    assert _one(run("Argentina is seeking a 2.15 billion dlr loan to meet its growth targets."), "REQUEST").actor.country == "ARG"


def test_good_news_offered_is_no_offer(run):
    assert not run("Despite the dire warnings, Mr Tom Hale did offer some good news for the short term.").events
    assert _one(run("France offered help to Chad."), "AGREE").recipient.country == "TCD"


def test_critics_are_an_actor_and_charges_faced_are_an_accusation(run):
    accused = _one(run("Critics had accused Mr Tom Varga of using the post-war reconstruction drive for his personal financial gain."), "ACCUSE")
    assert accused.actor.name == "Critics" and "Varga" in accused.recipient.name
    charged = _one(run("Varnex Corp faced both criminal and civil charges from the Department of Justice and the SEC."), "ACCUSE")
    assert charged.actor.sector == "GOV" and "Varnex" in charged.recipient.name
    assert not run("He faces charges of murder.").events


def test_what_a_complaint_does_through_a_gerund_is_no_recipient(run):
    doc = run("Opponents of the takeover have complained that the money could be better used by returning cash to shareholders.")
    assert all(e.recipient is None or "shareholders" not in (e.recipient.name or "") for e in doc.events)


def test_an_act_told_again_with_its_recipient_is_one_act(run):
    doc = run("The deal was sealed three days after Velran cut off gas supplies in a price dispute. Velran is the second-largest gas producer. On Friday, Velran acted on a threat and shut off gas supplies to Ukraine in an attempt to bring the price dispute to a head.", date="2005-01-10")
    cut = _events(doc, "SANCTION")
    assert len(cut) == 1 and cut[0].recipient.country == "UKR" and len(cut[0].mentions) == 1
    assert _one(run("Russia halted oil deliveries to Belarus."), "SANCTION").cameo == "162"


def test_using_planes_saying_nothing_and_endorsing_products_are_no_events(run):
    assert not run("Velwing Airlines will use the planes to expand its service in the Caribbean and to Europe.").events
    assert not run("G20 finance ministers said nothing about supporting the dollar.").events
    assert not run("Harlow, whose products are endorsed by Tom Weir among other sports stars, said demand continues to grow.").events
    assert _one(run("Britain endorsed the peace plan put forward by Norway."), "SUPPORT").recipient.country == "NOR"


def test_a_firm_of_a_country_speaks_as_a_firm_not_as_the_state(run):
    doc = run("A US firm has said it is in final negotiations with luxury goods group Varnex to buy the Tomas Varga fashion house.")
    talks = _one(doc, "CONSULT")
    assert talks.actor.sector == "BUS" and talks.actor.country == "USA"


def test_an_international_body_keeps_its_own_sector_whatever_its_code_adds(run):
    deal = _one(run("Turkey has agreed a draft proposal with the International Monetary Fund to borrow $10bn."), "AGREE")
    assert deal.recipient.sector == "IGO" and deal.recipient.code == "IGOBUSIMF"
    assert _one(run("The World Bank granted a loan of 300 mln dlrs to Indonesia."), "AID").actor.sector == "IGO"


def test_the_parses_subject_of_a_gerund_after_with_is_the_partner(run):
    doc = run("GREENWICH, Conn., March 4 - Harlow Corp of America said it has reached an agreement with CTS Corp resolving all differences between the two companies.", date="1987-03-04")
    assert "CTS" in _one(doc, "AGREE").recipient.name


def test_a_firms_own_lot_and_idioms_are_no_events(run):
    assert not run("Section 404 obliges chief executives to take responsibility for the firm's internal controls.").events
    assert not run("However, the firm said it expected operating margins to be lower in 2005, at 4% of sales as opposed to 5%.").events
    assert not run("Shares in Velwing Airlines have tumbled after the firm warned it could run out of cash.").events
    assert not run("The increase in earnings has allowed the firm to write off bad loans.").events
    assert not run("The firm said it launched an internal investigation.").events
    assert not run("Jet, which was founded by a travel agent, plans to use the cash to buy new planes and cut its debt.").events
    assert _one(run("The European Commission launched an investigation into the firm."), "ACCUSE").recipient.sector == "BUS"


def test_a_circumstance_told_with_with_is_no_recipient(run):
    doc = run("Berlin welcomed the decision, with finance minister Tom Weir saying it showed that the Commission recognised the country's fiscal policy was on the right track.")
    assert all(e.recipient is None or "Weir" not in (e.recipient.name or "") for e in doc.events)


def test_a_takeover_planned_is_no_trade_in_goods_and_a_firms_threat_stays(run):
    assert _one(run("Under the terms of the letter of intent, Harlow Motors will purchase Varnex's stake held in the form of bonds and shares."), "AGREE").modality == "expected"
    assert _one(run("After Varnex threatened to cancel the contract, the Saudis changed their minds."), "THREATEN").actor.name == "Varnex"


def test_an_act_with_no_object_done_is_negated(run):
    assert _one(run("The rebels offered no concessions to the government."), "AGREE").modality == "negated"


def test_a_place_or_people_of_a_former_state_take_its_code_before_the_succession(run):
    doc = run("If the administration did decide to offer subsidized wheat to Moscow, it could take several months. Russian officials met U.S. negotiators in Kiev.", date="1987-02-26")
    assert _one(doc, "AGREE").recipient.country == "SUN"
    met = _one(doc, "CONSULT")
    assert met.actor.country == "SUN" and met.actor.code.startswith("SUN")
    assert _one(run("Russian officials met U.S. negotiators in Kiev.", date="2005-02-26"), "CONSULT").actor.country == "RUS"


# Fresh samples Reuters 23 and BBC business 56 ----------------------------------------------------


def test_a_plural_class_noun_names_all_its_members_as_actors(run):
    doc = run("Nigerian banks Zelkor Bank of Africa and Brannick Trust Bank have agreed plans to merge.")
    event = _one(doc, "AGREE")
    names = [_entity_name(doc, a.entity) or a.name for a in (event.actor, *event.co_actors, event.recipient) if a is not None]
    assert any("Zelkor" in (n or "") for n in names) and any("Brannick" in (n or "") for n in names)


def test_a_firm_named_after_its_kind_is_no_person_and_no_country(run):
    doc = run("Meanwhile, UK-based firm Kelvar Lusk said it had agreed a takeover by a rival.")
    firm = next(e for e in doc.entities if e.name == "Kelvar Lusk")
    assert firm.type == "ORG" and firm.country == "GBR"
    event = _one(doc, "AGREE")
    assert _entity_name(doc, event.actor.entity) == "Kelvar Lusk"


def test_a_nationality_before_a_firms_kind_is_its_country_but_ownership_is_not(run):
    doc = run("Swiss cement firm Tovar has bid $800m to buy two cement makers.")
    assert next(e for e in doc.entities if e.name == "Tovar").country == "CHE"
    doc = run("The German-owned firm Tovar Industries signed a supply deal.")
    assert next(e for e in doc.entities if e.name == "Tovar Industries").country is None
    # a state's whole name, not the island inside it; two countries say neither
    doc = run("New Jersey-based messenger Tovar Courier Corp said it agreed to be acquired.")
    assert next(e for e in doc.entities if "Tovar" in e.name).country == "USA"
    doc = run("The system came from American IT giant Zelkora. Zelkora said the system worked.")
    assert next(e for e in doc.entities if e.name == "Zelkora").country == "USA"
    doc = run("US-German carmaker Tovarwerke decided not to pump in any more money.")
    assert next(e for e in doc.entities if e.name == "Tovarwerke").country is None


def test_one_named_urging_his_own_countrys_government_aims_at_it(run):
    doc = run("Britain's economy grew. British exports rose. UK prices fell. British Foreign Secretary Tavo Renn urged the government to scrap the tax.")
    event = _one(doc, "REQUEST")
    assert event.recipient is not None and event.recipient.name.lower() == "the government"


def test_a_multinational_of_the_dictionary_keeps_its_sector_when_its_country_is_known(run):
    event = _one(run("Airbus and its US rival Boeing accuse each other of benefiting from illegal subsidies."), "ACCUSE")
    boeing = next(a for a in (event.actor, event.recipient, *event.co_actors) if a is not None and a.name == "Boeing")
    assert (boeing.country, boeing.sector) == ("USA", "BUS")


def test_the_government_of_an_article_about_one_country_without_a_dateline(run):
    text = (
        "A conflict between the Argentine state and water firm Tovar Aguas is casting doubt on the firm's future. "
        "The firm, which serves the province of Buenos Aires, wants a tariff rise of 60%. "
        "The government has rejected the 60% rise. Argentina's economy minister declined to comment."
    )
    event = _one(run(text, date=None), "REJECT")
    assert event.actor.country == "ARG"
    balanced = "Argentina and Chile met in Lima. Chile and Argentina disagreed. Argentina and Chile left. The government has rejected the rise."
    assert all(e.actor.country is None for e in _events(run(balanced, date=None), "REJECT"))
    # a British debate about a war in Iraq: its ministers and parties weigh against the war's country
    debate = (
        "Prime Minister Tony Blair defended the war in Iraq. Mr Blair said Iraq's elections were a success. "
        "Critics of Tony Blair say Iraq's army is weak. The government has refused to publish the advice."
    )
    assert all(e.actor.country != "IRQ" for e in _events(run(debate, date=None), "REJECT"))
    # the sentence names the article's country as another side: the bare government is not its
    relief = (
        "Indonesia was hit hardest. Aid reached Indonesia on Monday. Indonesia's army helps. "
        "The government has formally offered the Indonesian government the help of 120 soldiers."
    )
    event = _one(run(relief, date=None), "AGREE")
    assert event.actor.country != "IDN" and event.recipient is not None and event.recipient.country == "IDN"


def test_a_during_phrase_is_a_time_not_the_one_aimed_at(run):
    doc = run("During the last financial crisis in Argentina, the firm sued the state.")
    event = _one(doc, "ACCUSE")
    assert event.recipient is None or "crisis" not in (event.recipient.name or "")


def test_an_allegation_giving_the_grounds_of_an_act_is_no_second_event(run):
    doc = run("President Tavo Renn has rejected any tariff increases, alleging this will impoverish citizens further.")
    assert not _events(doc, "ACCUSE")
    doc = run("The Zelkor firm sued the state alleging that freezing its tariffs had hurt the company.")
    assert len(_events(doc, "ACCUSE")) == 1


def test_what_a_clause_alleged_does_to_others_is_not_the_accused(run):
    doc = run("The union alleged that the Zelkor company had cheated its workers.")
    assert "Zelkor" in (_one(doc, "ACCUSE").recipient.name or "")


def test_a_settlement_negotiated_is_the_matter_and_its_with_phrase_the_partner(run):
    doc = run("The firm's new chief executive, Tavo Renn, is trying to negotiate a settlement with Mr Lusk.")
    event = _one(doc, "CONSULT")
    assert event.recipient is not None and "Lusk" in (_entity_name(doc, event.recipient.entity) or event.recipient.name or "")
    doc = run("The Zelkor company is negotiating a settlement.")
    assert all(e.recipient is None for e in _events(doc, "CONSULT"))


def test_it_is_possible_or_unlikely_to_act_is_no_assertion(run):
    doc = run("The union says it is possible to agree a new contract with the Zelkor company.")
    assert _one(doc, "AGREE").modality == "possible"
    doc = run("Officials said the army was unlikely to attack the town.")
    assert _one(doc, "ASSAULT").modality == "possible"


def test_a_past_tense_verb_parsed_as_an_infinitives_conjunct_keeps_its_own_modality(run):
    doc = run("Tavo Renn said it was not possible to overstate the ruling and urged the government to act fast.")
    assert _one(doc, "REQUEST").modality == "asserted"


def test_offering_bonds_and_breaking_accounting_rules_are_no_events(run):
    assert not run("Zelkor Mortgage Corp is offering 100 mln dlrs of collateralized mortgage obligations in three tranches.").events
    assert not run("Zelkor Bank was found to have violated accounting rules relating to derivatives.").events
    assert _events(run("Syria violated the ceasefire on Monday, the army said."), "ASSAULT")


def test_a_day_hung_on_the_subject_right_before_the_verb_dates_the_act(run):
    doc = run("The United States and a group of other nations on Thursday granted Argentina a bridge loan.", date="1987-03-02")
    assert _one(doc, "AID").date == "1987-02-26"


def test_a_firms_transactions_investigated_stand_for_the_firm(run):
    doc = run("The US stock market regulator is investigating Zelkor Holdings' shareholder transactions.")
    event = _one(doc, "ACCUSE")
    assert event.recipient is not None and "transactions" not in (event.recipient.name or "")


# --- Fresh samples Reuters 24 and BBC business 57 ------------------------------------------------


def test_the_two_of_a_kind_are_the_two_named_before(run):
    doc = run("Japanese car maker Tovar Motors has struck a deal to supply French car maker Zelkor with 30,000 vehicles.\n\nThe two firms signed a memorandum of understanding.")
    event = _one(doc, "SUPPORT")
    names = {_entity_name(doc, a.entity) for a in (event.actor, *event.co_actors)}
    assert names == {"Tovar Motors", "Zelkor"}
    doc = run("In a sign of a thaw in relations between Egypt and Israel, the two countries have signed a trade protocol with the US.")
    event = _one(doc, "SUPPORT")
    assert {a.country for a in (event.actor, *event.co_actors)} == {"EGY", "ISR"} and event.recipient.country == "USA"
    # three named: "the two" says which of them no rule can tell
    doc = run("Egypt, Israel and Jordan met in Cairo. The two countries signed a trade protocol.")
    assert all(e.actor is None or e.actor.entity is None for e in _events(doc, "SUPPORT"))


def test_bankers_and_a_shareholder_are_people_of_business(run):
    event = _one(run("Central bank governor Tavo Renn met senior commercial bankers on Wednesday."), "CONSULT")
    assert event.recipient is not None and event.recipient.sector == "BUS"
    event = _one(run("A shareholder in US phone firm Tovarcom has taken legal action to halt a buyout by Zelkon."), "ACCUSE")
    assert event.actor.sector == "BUS" and event.actor.code != "USA"


def test_beating_a_rival_to_a_purchase_is_no_assault(run):
    assert not _events(run("The move came a year after Tovarbank beat Zelkor Bank to buy Koram Bank."), "ASSAULT")
    assert _events(run("Soldiers beat the protesters with sticks."), "ASSAULT")


def test_a_named_conjunct_of_a_word_naming_no_recipient_is_the_recipient(run):
    doc = run("Earlier this month, Tovar Communications agreed to buy its former parent and phone pioneer Zelkor for about $16bn.")
    event = _one(doc, "AGREE")
    assert event.recipient is not None and _entity_name(doc, event.recipient.entity) == "Zelkor"


def test_a_country_after_new_in_one_name_is_another_place(run):
    doc = run("A subsequent New South Wales state inquiry criticised Tovar's actions.")
    assert all(e.actor is None or e.actor.country != "GBR" for e in doc.events)
    assert not any(e.name == "South Wales" for e in doc.entities)


def test_the_company_is_the_one_plain_organization_named_just_before(run):
    text = "In 2001, Tovar Industries set up a fund to compensate asbestos victims. Tovar Industries is based in Sydney. In 2003, the company set up a second fund to compensate asbestos victims."
    doc = run(text)
    assert all(_entity_name(doc, e.actor.entity) == "Tovar Industries" for e in _events(doc, "AID"))
    doc = run("Tovar Industries and Zelkor Holdings met on Monday. The company set up a fund to compensate asbestos victims.")
    assert all(e.actor is None or e.actor.entity is None for e in _events(doc, "AID"))


def test_a_shareholder_in_a_firm_is_not_the_firm(run):
    doc = run("A shareholder in US phone firm Tovarcom has taken legal action to halt a buyout by Zelkon.")
    event = _one(doc, "ACCUSE")
    assert event.actor.entity is None and event.actor.sector == "BUS"
    doc = run("Creditors of Zelkor Bank demanded their money back from the state.")
    event = _one(doc, "REQUEST")
    assert event.actor.entity is None and event.actor.sector == "BUS"


# --- Fresh samples Reuters 25 and BBC business 58 ------------------------------------------------


def test_one_suspended_then_resigning_is_who_resigned(run):
    doc = run("Tovar Renn, a former vice-president at Zelkor Bank, was charged with fraud. A spokeswoman said Renn was suspended on January 22 and resigned from the firm on February 17.", date="1987-03-12")
    event = _one(doc, "RETREAT")
    assert _entity_name(doc, event.actor.entity) == "Tovar Renn" and event.date == "1987-02-17"


def test_a_name_joined_to_a_by_phrase_before_its_own_verb_is_that_verbs_subject(run):
    doc = run("However, the bid was rejected by the founding Zelkor family and Mr Renn subsequently resigned.")
    assert [a.name for a in (_one(doc, "RETREAT").actor,)] == ["Renn"]
    assert all("Renn" not in (a.name or "") for e in _events(doc, "REJECT") for a in (e.actor, *e.co_actors))


def test_a_grand_jury_charges_and_a_broker_is_charged(run):
    event = _one(run("A former broker at Zelkor Inc was charged by a federal grand jury with money laundering."), "ACCUSE")
    assert event.actor.sector == "JUD" and event.recipient is not None and event.recipient.sector == "BUS"


def test_an_investigation_faced_is_the_investigators_act(run):
    event = _one(run("Tovar Industries is facing an investigation by the Securities and Exchange Commission."), "ACCUSE")
    assert event.cameo == "090" and "Securities" in (event.actor.name or "") and event.recipient is not None
    event = _one(run("The firm is currently facing a Securities and Exchange Commission investigation of its accounts."), "ACCUSE")
    assert "Securities" in (event.actor.name or "")
    event = _one(run("Zelkor came under US pressure to release the prisoners."), "REQUEST")
    assert event.actor.country == "USA"
    assert not _events(run("Tovar Industries faces an inquiry into its accounts."), "ACCUSE")


def test_he_opening_a_sentence_is_the_role_holder_who_opened_the_one_before(run):
    doc = run(
        "President Petrov was still opposed to a budget summit, the official said. "
        "But the official dismissed the summit idea as an attempt by the opposition to raise taxes. "
        "He accused them of being overly critical."
    )
    event = _one(doc, "ACCUSE")
    assert event.trigger.text == "accused"
    assert event.actor.name is not None and "official" in event.actor.name.lower()
    doc = run("Ruritania's finance minister attacked the trade policies of rich nations. He also called for reform of the World Bank.")
    event = _one(doc, "REQUEST")
    assert "finance minister" in (event.actor.name or "")


def test_he_after_a_person_named_since_the_role_holder_stays_open(run):
    doc = run("The minister met Tomas Varga in the capital. He accused the opposition of lying.")
    event = _one(doc, "ACCUSE")
    assert "minister" not in (event.actor.name or "").lower()


def test_a_date_a_thing_is_due_on_dates_no_act(run):
    doc = run("The official accused them of being overly critical before they had written their own budget, due out on April 1.", date="1987-03-11")
    event = _one(doc, "ACCUSE")
    assert event.date != "1986-04-01" and event.modality != "historical"


def test_rejecting_a_suggestion_that_someone_act_is_a_rejection_and_of_a_claim_is_none(run):
    doc = run("The minister rejected a suggestion by Tomas Varga that the government delay its cut in tax rates.")
    event = _one(doc, "REJECT")
    assert event.recipient is not None and event.recipient.name == "Tomas Varga"
    doc = run("Tomas Varga rejected suggestions that he had lied to the committee.")
    assert not _events(doc, "REJECT")


def test_officials_of_unnamed_firms_act_for_the_firms(run):
    doc = run("Officials of major brokerage firms expressed dismay at a Zentara Stock Exchange decision to enforce the rule.")
    event = _one(doc, "ACCUSE")
    assert event.actor.sector == "BUS"


def test_denied_bail_after_having_been_charged_is_undergone(run):
    doc = run("Mr Varga is in prison, having been charged with fraud and repeatedly denied bail.")
    assert all(e.actor.name is None or "Varga" not in e.actor.name for e in _events(doc, "REJECT"))


def test_a_firm_reinforcing_its_presence_in_a_market_mobilises_no_troops(run):
    doc = run("The firm had intended to reinforce its US presence to have its case heard in US courts.")
    assert not _events(doc, "MOBILIZE")
    doc = run("Russia reinforced its military presence on the border with Georgia.")
    assert _one(doc, "MOBILIZE").actor.country == "RUS"


def test_a_contrasting_clause_hung_on_a_question_asserts(run):
    doc = run("Analysts have questioned whether a US court has any jurisdiction over Russian companies, while Moscow officials have dismissed Zentara's legal wrangling as meaningless.")
    event = _one(doc, "ACCUSE")
    assert event.modality == "asserted"


def test_a_month_of_next_or_last_year_is_that_month_of_that_year(run):
    doc = run("The chairman will step down in January next year. The talks began in May last year.", date="2004-11-10")
    values = {doc.article.text[t.span.start : t.span.end]: t.value for t in doc.times}
    assert values.get("January next year") == "2005-01"
    assert values.get("May last year") == "2003-05"


def test_reluctance_to_act_is_no_assertion(run):
    doc = run("Tomas Varga said the government would be reluctant to back the tax increase.")
    assert all(e.modality != "asserted" for e in doc.events)
    doc = run("The government is unwilling to negotiate with the rebels.")
    assert all(e.modality == "negated" for e in _events(doc, "CONSULT"))


def test_joining_with_another_firm_is_cooperation(run):
    doc = run("Zentara Corp said it joined with Belvane Inc to exhibit its car technology at the motor show.")
    event = _one(doc, "COOPERATE")
    assert event.recipient is not None and "Belvane" in event.recipient.name


def test_an_object_pronoun_naming_an_earlier_side_is_the_recipient(run):
    doc = run("The World Bank noted an improvement in Portugal's economic performance and urged it to continue its reforms.")
    event = _one(doc, "REQUEST")
    assert event.recipient is not None and event.recipient.country == "PRT"


def test_a_numbered_group_of_states_is_an_international_body(run):
    doc = run("Ruritania's finance minister lashed out at the restrictive trade policies of the G7 nations.")
    event = _one(doc, "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "G7"


def test_it_as_a_thing_is_no_recipient_and_together_with_is_no_partner(run):
    doc = run("Zentara Corp lowered its prices in March. Tomas Varga opposed extending it.")
    assert all(e.recipient is None or "Zentara" not in (e.recipient.name or "") for e in _events(doc, "REJECT"))
    doc = run("President Ana Kumar was joined by government and opposition politicians, together with clergy.")
    assert not _events(doc, "COOPERATE")
    doc = run("Older people joining the work force would help the economy, he said. Zentara Corp and Belvane Inc have joined forces to build a plant.")
    assert [e.trigger.text for e in _events(doc, "COOPERATE")] == ["joined forces"]


def test_members_who_attacked_are_not_their_own_target(run):
    doc = run("But opposition from members of parliament who have attacked previous privatisations could block his plans.")
    assert all(e.recipient is None for e in _events(doc, "ACCUSE"))
    doc = run("Oil company Zentara has dropped the threat of legal action against five banks it had accused of involvement in the sale.")
    event = _one(doc, "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "five banks"


def test_a_suggestion_whose_subject_hangs_on_its_auxiliary_is_still_a_claim(run):
    doc = run("Finance Minister Tomas Varga rejected suggestions the Korean Won is undervalued, and denied any plans for a sudden revaluation.")
    assert [e.trigger.text for e in _events(doc, "REJECT")] == ["denied"]


def test_he_named_with_the_office_the_sentence_before_holds_stays_that_person(run):
    doc = run("Tomas Varga, the prime minister, spoke in London. The prime minister said the talks went well. He also spoke on the telephone to President Ana Kumar.")
    event = _one(doc, "CONSULT")
    assert event.actor.name == "Tomas Varga"


def test_a_meeting_attended_by_donors_is_who_urged_not_the_donors(run):
    doc = run(
        "A World Bank statement said the Consultative Group meeting attended by 15 donor countries and agencies noted with satisfaction a marked improvement "
        "in Portugal's economic performance and urged it to continue recent adjustment efforts."
    )
    event = _one(doc, "REQUEST")
    assert "meeting" in (event.actor.name or "")
    assert event.recipient is not None and event.recipient.country == "PRT"


def test_the_act_one_was_arrested_for_is_the_charge_not_an_event(run):
    doc = run("A missionary from Zelkova was arrested in Ruritania for collaborating with Borduria, according to the Zelkova Press.")
    assert not _events(doc, "COOPERATE")
    doc = run("Police arrested Tomas Varga for attacking a guard.")
    assert [e.type for e in doc.events] == ["COERCE"]


def test_opposed_parsed_as_an_adjective_is_still_a_rejection(run):
    doc = run("The British government is totally opposed to recent French suggestions that the tax should be raised.")
    event = _one(doc, "REJECT")
    assert event.actor.country == "GBR"


def test_a_base_form_joined_to_urged_is_what_the_one_urged_is_to_do(run):
    doc = run("Former president Ana Kumar backed the plan when she urged the finance chiefs to write-off African debt and provide an extra $50bn a year in aid.")
    assert all(e.actor.name != "Ana Kumar" for e in _events(doc, "AID"))
    doc = run("On Friday, Ruritania acted on a threat and shut off gas supplies to Ukraine.")
    assert all(e.modality == "asserted" for e in _events(doc, "SANCTION"))


def test_a_payout_as_promised_is_no_new_promise(run):
    doc = run("Zentara Corp said it would deliver a shareholder payout of $6 per share this year, as promised, but that next year's earnings would be lower.")
    assert not _events(doc, "AGREE")
    doc = run("Saudi Arabia kept oil prices at 18 dollars a barrel, as agreed by Opec last December, sources said.")
    assert _one(doc, "AGREE").actor.name == "Opec"


def test_the_two_presidents_are_the_two_given_that_title(run):
    doc = run(
        "Ruritanian President Tomas Varga and Bordurian President Ana Kumar signed the deal on Tuesday. Ruritania wants to prevent another crisis. "
        "The two countries also formalised a co-operation deal. President Kumar added that another firm could join. "
        "President Kumar is a promoter of a regional oil company. The two presidents also agreed to create a television network."
    )
    event = next(e for e in _events(doc, "AGREE") if e.trigger.text == "agreed")
    assert {event.actor.name, event.recipient.name} == {"Tomas Varga", "Ana Kumar"}


def test_initials_of_a_firm_without_its_legal_form_are_the_firm(run):
    doc = run("Zentara World Airlines Inc complicated the bidding for Belvane Aviation Inc. ZWA offered to buy Belvane for 52 dlrs cash per share.")
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert "ZWA" not in names and "Zentara World Airlines Inc" in names


def test_a_meeting_named_by_a_body_is_that_bodys(run):
    doc = run(
        "Tomas Varga told Reuters producers, including Brazil, should seek a unifying stand to defend prices. "
        "An ICO special meeting ended last night in London with exporting and consuming nations failing to agree on a resumption of export quotas, "
        "suspended one year ago after prices soared following a prolonged drought in Brazil."
    )
    assert all(e.actor.country != "BRA" for e in doc.events)


def test_signing_a_contract_with_a_government_and_fears_of_no_one(run):
    doc = run("A wood products company has signed a 13 mln dlr contract with the Iraqi government to supply lumber.")
    assert _one(doc, "SUPPORT").recipient.country == "IRQ"
    doc = run("Some Pentagon officials have expressed fears that the new gun could not be fielded quickly enough.")
    assert not _events(doc, "ACCUSE")


def test_the_doer_is_no_frame_word_and_amounts_look_through_of(run):
    doc = run("In a complaint, the Securities and Exchange Commission charged Zentara Brokers Inc with failing to report cash transactions.")
    assert _one(doc, "ACCUSE").recipient is not None
    doc = run("The Commission could charge the companies up to 10% of their annual turnover.")
    assert not _events(doc, "ACCUSE")
    doc = run("Zentara Mortgage Trust, a unit of Zentara Corp, is offering 500 mln dlrs of collateralized mortgage obligations in seven classes.")
    assert not _events(doc, "AGREE")


def test_the_eu_has_its_code_and_a_national_body_by_its_kind_is_that_body(run):
    doc = run("In December, the EU pledged to work towards lifting the arms ban on Ruritania.")
    assert _one(doc, "AGREE").actor.code == "IGOEUREEC"
    doc = run("The U.S. Army has delayed plans to buy a new missile. The Army intended to buy the missiles soon, officials said.")
    assert all(e.actor.country == "USA" for e in doc.events if e.actor.name and "Army" in e.actor.name)


def test_a_firms_short_name_and_its_apposition_give_one_entity_and_its_country(run):
    doc = run(
        "Zentara Witter Reynolds Inc agreed to a censure. "
        "The regulator charged Zentara Witter, the fourth largest U.S. brokerage house, with failing to report cash transactions."
    )
    firms = [e for e in doc.entities if "Zentara" in e.name]
    assert len(firms) == 1 and firms[0].type == "ORG" and firms[0].country == "USA"


def test_last_year_from_a_year_the_text_only_suggests_dates_nothing(run):
    text = "Ahold hit the headlines in February 2003 after accounting irregularities emerged. Three former Ahold top executives last year agreed to settle fraud charges."
    doc = newsgraph.extract(text)
    agreed = [e for e in doc.events if e.trigger.text == "agreed"]
    assert agreed and all(e.date is None for e in agreed)


def test_declining_to_be_specific_battling_sales_and_offering_little_risk_code_nothing(run):
    doc = run("Tomas Varga said Zentara would be willing to consider a compromise proposal, but declined to be more specific.")
    assert not _events(doc, "REJECT")
    doc = run("The French government is to hand its wine industry 70m euros in aid to help it battle falling sales and damaging overproduction.")
    assert not _events(doc, "ASSAULT")
    doc = run("Japanese banks are eager to buy the bonds since they offer little currency risk, traders said.")
    assert not _events(doc, "AGREE")


def test_an_official_saying_his_own_country_must_act_states_a_policy(run):
    doc = run("BUDAPEST, March 11 - Hungary's central bank vice-president Tomas Varga told Reuters in an interview Hungary must achieve at least equilibrium on its hard currency trade.", date="1987-03-11")
    assert not _events(doc, "REQUEST")
    doc = run("The Hungarian foreign minister said Romania must withdraw its troops from the border.")
    assert _one(doc, "REQUEST").recipient is not None



def test_a_month_without_a_year_still_dates_the_act(run):
    # no article date: "in November" is November of a year unknown (TIMEX3 XXXX-11)
    event = _one(run("The regulator Telmar said in November that Brindle must open its network to rivals.", date=None), "REQUEST")
    assert event.date == "XXXX-11" and event.date_source == "text"
    event = _one(run("Brindle's chief executive Tom Brant resigned on 16 January.", date=None), "RETREAT")
    assert event.date == "XXXX-01-16"
    # with an article date the year is known
    event = _one(run("Brindle's chief executive Tom Brant resigned on 16 January.", date="2024-03-14"), "RETREAT")
    assert event.date == "2024-01-16"


def test_a_means_by_which_money_is_raised_is_no_object(run):
    doc = run("Kelvo Holdings Ltd said it will raise 100 million dollars by the issue of medium term notes.")
    assert not _events(doc, "ACCUSE")
    doc = run("The Wexland opposition raised the issue of corruption with the minister.")
    assert _events(doc, "ACCUSE")


def test_the_firm_of_a_country_is_the_business_named_last(run):
    text = "Tovar, Italy's largest employer, ended its alliance with Kelvin Motors. The US firm agreed to pay two billion dollars."
    event = _one(run(text), "AGREE")
    assert event.actor.name == "Kelvin Motors" and event.actor.country == "USA" and event.actor.sector == "BUS"
    # two businesses of unknown country: "the US firm" may be either
    doc = run("Brindle Corp ended its alliance with Kelvin Motors. The US firm agreed to pay two billion dollars.")
    named = [e for e in doc.entities if e.name in ("Brindle Corp", "Kelvin Motors")]
    assert len(named) == 2 and all(e.country is None for e in named)


def test_it_in_an_opening_clause_points_ahead_to_the_subject(run):
    # "he" is left to the entities stage: "When he was in Tokyo, the Japanese minister told the
    # British minister" may be the man the sentence before was about
    text = (
        "The Ostravan union expanded in May. Explaining why it has asked the Wexland court to set up a panel, "
        "the Ruritanian Trade Office said it wants to tackle the issue early."
    )
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "Ruritanian Trade Office"
    # "it" of the main clause still goes back
    text = "The Ruritanian Trade Office expanded in May. It has asked the Wexland court to set up a panel."
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "Ruritanian Trade Office"


def test_an_act_told_undated_then_dated_is_one_event(run):
    text = "Ann Kessel was kidnapped in Wexford. Mrs Kessel, 59, who led aid operations there, was abducted on 19 October."
    events = _events(run(text, date=None), "ASSAULT")
    assert len(events) == 1 and events[0].date == "XXXX-10-19" and events[0].mentions


def test_monitoring_a_situation_investigates_no_one(run):
    assert not _events(run("Officials said the Wexland army was monitoring the situation closely."), "ACCUSE")
    assert _events(run("Wexland police are investigating the Kelvo Holdings chairman."), "ACCUSE")


def test_a_protest_is_aimed_at_whom_it_is_against(run):
    doc = run("Spanish farmers blocked a border crossing with France in a protest against the Socialist government's farm policies.")
    event = _one(doc, "PROTEST")
    assert event.recipient is not None and event.recipient.country == "ESP" and event.recipient.sector == "GOV"
    doc = run("Ann Kessel staged a hunger strike in prison on Sunday in protest against the abuses by Algerian security forces.")
    event = _one(doc, "PROTEST")
    assert event.recipient is not None and event.recipient.country == "DZA"
    doc = run("Thousands of Ruritanian farm workers marched through Ostrava to protest against government policies.")
    event = _one(doc, "PROTEST")
    assert event.recipient is not None and event.recipient.sector == "GOV"


def test_giving_that_is_stopped_is_aid_withdrawn(run):
    event = _one(run("Wexland stopped providing aid to the Ostravan rebels in May."), "SANCTION")
    assert event.cameo.startswith("162") and event.actor.name == "Wexland"
    assert not _events(run("Wexland stopped providing aid to the Ostravan rebels in May."), "AID")
    event = _one(run("Kelvo Motors decided last April to stop providing financial backing to Brindle Corp."), "SANCTION")
    assert event.cameo == "1621"
    assert _events(run("Wexland is providing aid to the Ostravan rebels."), "AID")


def test_a_purpose_a_letter_carries_out_is_done_and_aimed_at_its_addressee(run):
    doc = run("The Wexland Commission has written to Kelvo Holdings and Brindle Corp to challenge the high rates they charge for roaming.")
    event = _one(doc, "ACCUSE")
    assert event.modality == "asserted"
    assert {event.recipient.name, *(r.name for r in event.co_recipients)} == {"Kelvo Holdings", "Brindle Corp"}
    event = _one(run("Kelvo Holdings wrote to the regulator to complain about the ruling."), "ACCUSE")
    assert event.recipient is not None and event.recipient.sector == "GOV"
    # a purpose troops are sent for is not yet done
    assert all(e.modality != "asserted" for e in _events(run("Russia sent troops to attack the rebels in the north."), "ASSAULT"))


def test_a_wire_storys_own_people_take_its_dateline_country(run):
    text = "NEW DELHI, March 1 - Opposition politicians and businessmen criticised India's new budget on Sunday."
    event = _one(run(text, date="1987-03-01"), "ACCUSE")
    assert event.actor.country == "IND"
    # not foreign or outside sides, nor where the sentence names another country
    text = "NEW DELHI, March 1 - Foreign bankers criticised India's new budget on Sunday."
    assert _one(run(text, date="1987-03-01"), "ACCUSE").actor.country != "IND"
    text = "NEW DELHI, March 1 - India's finance minister flew to Japan. In Tokyo, he met private bankers on Monday."
    event = _one(run(text, date="1987-03-01"), "CONSULT")
    assert event.recipient is None or event.recipient.country != "IND"
    # no dateline: no country lent
    assert _one(run("Opposition politicians and businessmen criticised the new budget on Sunday."), "ACCUSE").actor.country is None


def test_a_us_state_in_a_title_gives_its_country(run):
    event = _one(run("Texas Railroad Commissioner Ann Kessel urged state lawmakers to cut the oil tax."), "REQUEST")
    assert event.actor.name == "Ann Kessel" and event.actor.country == "USA"
    event = _one(run("Ostrava Railroad Commissioner Ann Kessel urged state lawmakers to cut the oil tax."), "REQUEST")
    assert event.actor.country is None


def test_a_firm_introduced_by_its_country_is_the_one_named_next(run):
    text = "A US bank has said it will donate money to the victims. Kelvo Bank will put money in a special fund. Kelvo Bank agreed to create a fund for the victims."
    event = next(e for e in _events(run(text), "AGREE") if e.trigger.text == "agreed")
    assert event.actor.name == "Kelvo Bank" and event.actor.country == "USA"
    # a next sentence that names a body of another kind first says nothing of the bank
    text = "A US bank has said it will donate money to the victims. The Wexland Commission will put money in a fund. Kelvo Bank agreed to create a fund."
    assert all(e.actor.country != "USA" for e in _events(run(text), "AGREE") if e.actor.name == "Kelvo Bank")


def test_a_reply_in_a_relative_clause_answers_the_maker_of_its_antecedent(run):
    event = _one(run("Russia proposed a ceasefire, which Ukraine rejected on Monday."), "REJECT")
    assert event.actor.country == "UKR" and event.recipient is not None and event.recipient.country == "RUS"
    # the antecedent told as another's ("the Paris Club offer") is that one's
    event = _one(run("Indonesia accepted the Paris Club offer, which was criticised by some aid groups."), "ACCUSE")
    assert event.recipient is not None and event.recipient.country != "IDN"


def test_few_doing_an_act_is_hardly_anyone_doing_it(run):
    doc = run("But few Wexland politicians were prepared to criticise the sharp rise in defence spending by the Ostravan government.")
    assert all(e.modality != "asserted" and e.modality != "expected" for e in _events(doc, "ACCUSE"))
    doc = run("A few Wexland politicians criticised the sharp rise in defence spending by the Ostravan government.")
    assert any(e.modality == "asserted" for e in _events(doc, "ACCUSE"))


def test_they_in_a_because_clause_goes_back_to_the_plural_object(run):
    event = _one(run("Kelvo Holdings said it locked out union workers because they threatened to disrupt operations."), "THREATEN")
    assert event.actor.name == "union workers"
    event = _one(run("The union said they would strike next week."), "THREATEN")
    assert event.actor.name == "The union"


def test_what_a_negated_implication_says_did_not_happen(run):
    event = _one(run("The withdrawal did not mean that Wexland had cut its ties with Russia, he added."), "SANCTION")
    assert event.modality == "negated"


def test_sanctioning_a_thing_approves_it_and_a_thing_helps_no_one(run):
    assert not _events(run("The Wexland authorities finally sanctioned a base rate reduction on Monday."), "SANCTION")
    assert _events(run("The United Nations sanctioned Iran over its nuclear programme."), "SANCTION")
    assert not _events(run("Kelvo's profit margins were helped by a strong performance in the Americas."), "AID")


def test_a_no_confidence_motion_demands_a_change_of_government(run):
    event = _one(run("The Wexland opposition parties will present a no-confidence motion against the Kessel cabinet."), "REQUEST")
    assert event.cameo == "1041" and event.modality == "expected"
    assert not _events(run("The Wexland opposition parties will present a no-confidence motion against the Kessel cabinet."), "AGREE")


def test_what_a_court_rules_may_be_done_is_no_act_of_those_it_names(run):
    doc = run("The appeals court ruled on Friday that the Wexland government could not sue the Kelvo tobacco firms under the racketeering law.")
    assert not _events(doc, "ACCUSE")
    assert _events(run("The Wexland government said it would sue the Kelvo tobacco firms under the racketeering law."), "ACCUSE")


def test_an_official_of_a_wire_story_takes_its_dateline_country(run):
    text = "ROME, Feb 27 - Italy's coalition parties met. They said Deputy Prime Minister Ivo Marsh has been trying to mediate between the parties."
    event = _one(run(text, date="1987-02-27"), "CONSULT")
    assert event.actor.name == "Ivo Marsh" and event.actor.country == "ITA"
    # an office another country or a body named just before holds is not the dateline's
    text = "ROME, Feb 27 - Italy's coalition parties met. They said the Wexland Federation President Ivo Marsh has been trying to mediate between the parties."
    event = _one(run(text, date="1987-02-27"), "CONSULT")
    assert event.actor.country != "ITA"


def test_the_firm_of_a_country_may_say_its_trade(run):
    text = "Kelvo said a US court will decide whether to block the auction of its main unit. The Russian oil firm has asked the court to halt the sale."
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "Kelvo" and event.actor.country == "RUS"


def test_a_one_word_person_described_as_a_firm_is_that_firm(run):
    text = "Kelvo has said a US bankruptcy court will decide whether to block the impending auction of its main production arm on Thursday. The Russian oil firm has filed for bankruptcy protection in the US."
    kelvo = next(e for e in run(text).entities if e.name == "Kelvo")
    assert kelvo.type == "ORG" and kelvo.country == "RUS"
    # a person with a title stays a person
    text = "Minister Kelvo said on Monday the talks would go on. The Russian oil firm has filed for bankruptcy protection in the US."
    kelvo = next(e for e in run(text).entities if "Kelvo" in e.name)
    assert kelvo.type == "PERSON"


def test_accepting_an_offer_or_a_proposal_agrees(run):
    event = _one(run("The Wexland union accepted the Kelvo company's offer on Monday."), "AGREE")
    assert event.actor.name == "The Wexland union" and event.recipient is not None
    assert _one(run("The Ostravan rebels accepted an invitation to talks in Geneva."), "AGREE").cameo == "036"
    assert not _events(run("Ann Kessel accepted responsibility for the defeat."), "AGREE")


def test_granting_and_starting_keep_the_dictionarys_readings(run):
    assert _one(run("Egypt granted amnesty to 200 political prisoners on Monday."), "SUPPORT").cameo == "056"
    assert _one(run("Japan granted a loan of 500 million dollars to Indonesia."), "AID").cameo == "071"
    assert _one(run("Police started an investigation into the Wexland minister."), "ACCUSE").mode == "investigate"
    assert not _events(run("The Kelvo company started production in May."))


def test_those_killed_in_a_with_clause_are_no_actors(run):
    event = _one(run("The worst-hit areas are Wexland, Ostrava and Kelvia, with at least 23,000 people killed."), "ASSAULT")
    assert event.actor is None or event.actor.name is None or "people" not in event.actor.name


def test_a_participle_right_after_a_noun_describes_that_noun(run):
    doc = run("Early estimates from the Kelvo Bank put the amount of aid needed at about $5bn, similar to the cash offered Ostrava after the hurricane.")
    assert not [e for e in doc.events if e.actor is not None and e.actor.name == "Early estimates"]
    # one pledged is the subject, whatever noun comes before
    event = _one(run("Ann Kessel is going into the looming election pledged to increase taxation."), "AGREE")
    assert event.actor.name == "Ann Kessel"
    # a subordinator the parse took for a preposition opens a clause with its own subject
    event = _one(run("A range of services in Wexland were affected as civil servants in Wexland joined the strike."), "PROTEST")
    assert event.actor is not None and event.actor.name == "civil servants"


def test_a_strike_set_beside_the_subject_is_done_by_its_by_phrase(run):
    text = "RIO DE JANEIRO, March 9 - The halt, the first national strike by seamen in 25 years, started on February 27 at 11 Brazilian ports."
    event = _one(run(text, date="1987-03-09"), "PROTEST")
    assert event.actor.name == "seamen" and event.recipient is None
    # the dateline's country, which the story names by its nationality word
    assert event.actor.country == "BRA"


def test_a_present_perfect_is_told_from_the_storys_day(run):
    text = "RIO DE JANEIRO, March 9 - The first national strike by seamen in 25 years started on February 27 at Brazilian ports. Shipowners have offered a 100 per cent raise, which the seamen rejected."
    event = _one(run(text, date="1987-03-09"), "REJECT")
    assert event.recipient is not None and event.recipient.name == "Shipowners"
    assert event.date == "1987-03-09" and event.date_source == "article"


def test_a_government_in_the_actors_own_phrase_is_no_recipient(run):
    text = "PARIS, March 5 - Top U.S. and European farm trade and government representatives called for a sweeping reform of world agriculture."
    event = _one(run(text, date="1987-03-05"), "REQUEST")
    assert event.recipient is None


def test_holding_what_another_must_do_is_a_view_not_an_agreement(run):
    doc = run("Ivo Marsh, adviser to the Wexland chancellor, agreed the European Community must take greater heed of market constraints.")
    assert not _events(doc, "AGREE")
    assert _events(run("Russia agreed that its army would leave the city."), "AGREE")
    assert _events(run("The minister agreed with Ukraine that the army should leave the city."), "AGREE")


def test_national_bodies_carry_their_country(run):
    event = _one(run("The Securities and Exchange Commission sued the Kelvo company on Monday."), "ACCUSE")
    assert event.actor.country == "USA"
    event = _one(run("The Home Office criticised the Kelvo company on Monday."), "ACCUSE")
    assert event.actor.country == "GBR"


def test_a_ministry_of_a_wire_story_is_of_its_dateline_country(run):
    text = "JAKARTA, March 2 - The embassy noted the ministry of trade tightened quality controls on tea imports in October. Indonesia exports tea."
    event = _one(run(text, date="1987-03-02"), "COERCE")
    assert event.actor.country == "IDN"
    text = "LONDON, March 3 - The Treasury criticised the banks on Monday, officials said. Britain's banks have lost money."
    event = _one(run(text, date="1987-03-03"), "ACCUSE")
    assert event.actor.country == "GBR"


def test_welcoming_the_move_is_aimed_at_who_made_it_towards_the_side(run):
    text = (
        "The World Trade Organisation is to hold membership talks with both Iraq and Afghanistan. Joining is a lengthy process. "
        "Iraq's Trade Minister Ivo Marsh welcomed the move."
    )
    event = _one(run(text), "SUPPORT")
    assert event.recipient is not None and event.recipient.name == "World Trade Organisation"
    # a move no coded act told is no one's
    text = "The Wexland Federation has said it strongly opposes the new powers. But Home Office minister Ann Kessel defended the move."
    assert not [e for e in _events(run(text), "SUPPORT") if e.recipient is not None and "Federation" in (e.recipient.name or "")]


def test_the_island_state_is_the_one_country_named_before(run):
    text = "Sri Lanka faces a $1.3bn bill for reconstruction. The island state is asking for about $320m from the International Monetary Fund."
    event = _one(run(text), "REQUEST")
    assert event.actor.country == "LKA"
    # with two countries named, neither is meant
    text = "Sri Lanka and India face a $1.3bn bill for reconstruction. The country is asking for about $320m from the International Monetary Fund."
    assert not [e for e in _events(run(text), "REQUEST") if e.actor is not None and e.actor.country in ("LKA", "IND")]


def test_it_in_a_reported_clause_is_the_one_reporting(run):
    text = "In a previous SEC filing, the Kelvo group has said it has decided to try to seek control of Ostra Medical through a tender offer."
    assert not [e for e in run(text).events if e.actor is not None and e.actor.name == "SEC"]
    # a pronoun right after a body's name holds no office of it
    text = "Ivo Marsh, who holds a 16 pct stake in Kelvo Broadcasting Co, told the Securities and Exchange Commission he has discussed with the company the possibility of seeking control of it."
    event = _one(run(text), "CONSULT")
    assert event.actor.name == "Ivo Marsh" and event.actor.country is None


def test_battling_to_recover_is_no_fight(run):
    text = "Spending slumped in 2002 as Wexland battled to recover from its first recession of the decade."
    assert not _events(run(text), "ASSAULT")


def test_switching_to_a_habit_is_no_happening(run):
    text = "Egypt held its parades in the morning. Since 2020 the country has switched to holding parades late at night."
    assert not [e for e in run(text).events if "holding" in e.trigger.text]
    assert [e for e in run(text).events if "held" in e.trigger.text]


def test_a_protest_over_a_plan_is_aimed_at_its_owner(run):
    event = _events(run("The Wexland farm union says it will demonstrate over Commission proposals to freeze farm prices."))[0]
    assert event.recipient is not None and event.recipient.name == "Commission"
    # what a protest is over is no side, nor is the subject of the clause joined to it
    text = "Pig farmers have held violent demonstrations over falling pork prices and milk producers blocked roads in protest at cuts in milk output."
    assert all(e.recipient is None for e in _events(run(text), "PROTEST"))


def test_a_cause_is_no_target(run):
    text = "The negotiations were suspended on January 16 due to the kidnapping of President Ivo Marsh by air force paratroopers."
    assert not [e for e in run(text).events if e.recipient is not None and "Marsh" in (e.recipient.name or "")]
    # payments due to banks are owed to them
    text = "The Wexland government is seeking to postpone all payments due to private foreign banks until next year."
    event = _events(run(text))[0]
    assert event.recipient is not None and event.recipient.name == "private foreign banks"


def test_a_present_joined_to_a_past_is_not_dated_by_it(run):
    text = "WASHINGTON, Feb 26 - Argentina announced a wage and price freeze on Wednesday night and is negotiating with New York bankers for new loans."
    event = _one(run(text, date="1987-02-26"), "CONSULT")
    assert event.date == "1987-02-26"


def test_they_in_a_because_clause_may_be_a_gerunds_object(run):
    text = "Labour Minister Ivo Marsh said his ministry was having difficulty hiring women because they demanded segregated offices."
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "women"


def test_a_judged_explanation_is_aimed_at_whose_it_is(run):
    text = "Minister Ivo Marsh said his ministry had difficulty hiring staff. Many Wexland women found his explanation a pitiful excuse."
    event = _one(run(text), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Ivo Marsh"


def test_it_after_a_description_of_a_named_firm_is_that_firm(run):
    text = (
        "German airline Kelvair may sue federal agencies for damages after a state visit disrupted flights. "
        "Mr Lamberty explained that the company did not plan to pursue the airport authority but wanted instead "
        "to see if it was possible to sue the German federal agencies that gave the orders."
    )
    events = _events(run(text), "ACCUSE")
    # one suit to come, by the airline, against the agencies of its own state
    assert len(events) == 1
    assert events[0].actor.name == "Kelvair" and events[0].recipient is not None and events[0].recipient.sector == "GOV"


def test_control_of_a_firm_is_no_occupation(run):
    assert not _events(run("The Kelvo creditors took control of the company in January."), "COERCE")
    assert not _events(run("Norgold will take control of a portfolio of gold exploration interests held by Kelvo."), "COERCE")
    assert _events(run("Rebels took control of the town of Wexford in January."), "COERCE")


def test_markets_rallying_and_passengers_giving_up_a_cruise_are_no_events(run):
    assert not _events(run("The dollar was up slightly on Tuesday. It rallied briefly on Monday amid signs that oil prices are easing."), "PROTEST")
    assert not _events(run("Gold futures rallied, partly in response to strength in the silver market."), "PROTEST")
    assert _events(run("Thousands of protesters rallied in the capital on Monday."), "PROTEST")
    text = "The hundreds of disappointed passengers who had to give up the opportunity to spend three months on the ship have got a refund."
    assert not _events(run(text), "CONCEDE")


def test_a_negated_condition_is_hypothetical_and_a_feast_no_recipient(run):
    text = "Ivo Marsh said if the Saudis do not accept Brazil's terms by Monday then the Kelvo company will negotiate elsewhere."
    event = _one(run(text), "AGREE")
    assert event.modality == "hypothetical"
    text = "Senator Ann Kessel last week pledged to consider a bill before Easter."
    assert all(e.recipient is None for e in run(text).events)


def test_a_possessor_phrase_can_be_a_national_description(run):
    text = "Kelvo has been shedding jobs for a year. The plan will cut the costs of the Italian dairy firm's factories."
    kelvo = next(e for e in run(text).entities if e.name == "Kelvo")
    assert kelvo.country == "ITA"


def test_a_capitalised_title_beside_a_name_describes_that_person(run):
    text = "Chairman of the Wexland credit board, Ivo Marsh, urged that Congress begin to consider legislation rescuing the system."
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "Ivo Marsh"


def test_meeting_contracts_is_no_meeting(run):
    assert not _events(run("Chile has to meet its contracts to export markets, traders said."), "CONSULT")
    assert _events(run("Chile met Peru on Monday to discuss trade."), "CONSULT")


def test_the_field_a_thing_ranks_in_is_no_recipient(run):
    text = "Ivo Marsh said he would help prosecutors investigating the background to one of Europe's largest financial scandals."
    event = _one(run(text), "ACCUSE")
    assert event.recipient is None or event.recipient.name != "Europe"


def test_police_and_prosecutors_of_an_undated_article_are_of_its_country(run):
    text = (
        "The Italian dairy firm Kelvo collapsed in Italy last year. Prosecutors accused its founder Ivo Marsh of fraud. "
        "Italy's watchdog has fined the firm, and Italian banks lost money."
    )
    event = _one(run(text), "ACCUSE")
    assert event.actor.country == "ITA" and event.actor.sector == "JUD"


def test_seeking_indictments_is_an_accusation(run):
    event = _one(run("Prosecutors are seeking indictments against Ivo Marsh for fraud."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Ivo Marsh"
    assert not _events(run("Prosecutors are seeking indictments against Ivo Marsh for fraud."), "REQUEST")


def test_turning_down_and_throwing_out_are_rejections(run):
    event = _one(run("Kelvo Mills turned down the offer from Norgold Foods."), "REJECT")
    assert event.actor.name == "Kelvo Mills" and event.recipient is not None and event.recipient.name == "Norgold Foods"
    event = _one(run("Kelvo sought a tie-up with Norgold last year, but the deal was thrown out by the High Court of Chile."), "REJECT")
    assert event.actor.sector == "JUD"
    assert not _events(run("Kelvo Mills turned down the heating in its offices."), "REJECT")


def test_a_made_thing_answered_is_aimed_at_its_maker(run):
    event = _one(run("Chile agreed to the quotas set by OPEC."), "AGREE")
    assert event.recipient is not None and event.recipient.code == "IGOOPC"
    event = _one(run("Chile rejected the ban imposed by Peru."), "REJECT")
    assert event.recipient is not None and event.recipient.country == "PER"


def test_paying_to_settle_a_suit_is_one_agreement_with_the_one_who_brought_it(run):
    events = _events(run("Kelvo Mills agreed to pay $10m to settle a lawsuit filed by Ivo Marsh."), "AGREE")
    assert len(events) == 1 and events[0].modality == "asserted"
    assert events[0].recipient is not None and events[0].recipient.name == "Ivo Marsh"
    events = _events(run("Kelvo Mills agreed to pay $14m to settle a lawsuit over gun sales violations in Ohio."), "AGREE")
    assert len(events) == 1 and events[0].recipient is None


def test_a_deal_is_with_the_side_its_terms_name(run):
    event = _one(run("Kelvo Mills has entered into an agreement to merge with an affiliate of Norgold Foods."), "SUPPORT")
    assert event.recipient is not None and event.recipient.entity is not None
    event = _one(run("Chile signed a deal to buy jets from Peru."), "SUPPORT")
    assert event.recipient is not None and event.recipient.country == "PER"
    event = _one(run("Kelvo reached an agreement with Norgold to dissolve an alliance which could have obliged Norgold to buy the Italian firm."), "AGREE")
    assert event.recipient is not None and event.recipient.name == "Norgold"


def test_a_country_ending_an_organizations_name_is_no_country(run):
    doc = run("Kelvo Airways sought a tie-up with Air New Zealand last year.")
    assert not any(e.type == "COUNTRY" for e in doc.entities)


def test_a_vice_president_for_a_business_function_heads_no_state(run):
    doc = run("Chairman Ivo Marsh and Karl Denner, vice president for strategic planning, are meeting with portfolio managers in Boston.")
    denner = next(e for e in doc.entities if e.name == "Karl Denner")
    assert denner.sector != "GOV"


def test_a_by_phrase_inside_the_subject_is_no_agent(run):
    text = "A previous approach to the Kelvo board by Ivo Marsh in October was rejected."
    assert not any(e.actor is not None and e.actor.name == "Ivo Marsh" for e in run(text).events)


def test_a_gerund_joined_by_as_well_as_is_its_own_act_sharing_the_first_verbs_will(run):
    doc = run("Chile plans to cut taxes, as well as providing aid to Peru.")
    assert not _events(doc, "SANCTION")  # no "cut aid": the aid is the gerund's
    assert _one(run("Chile will focus on infrastructure, as well as providing aid to Peru."), "AID").modality == "expected"


def test_a_tribunal_dismissing_allegations_rules_against_who_made_them(run):
    event = _one(run("An employment tribunal dismissed Ann Kessel's allegations of unequal pay."), "REJECT")
    assert event.actor.sector == "JUD" and event.recipient is not None and event.recipient.entity is not None
    assert not _events(run("The minister dismissed the complaint from the opposition as nonsense."), "REJECT")


def test_a_ministry_official_of_a_wire_story_is_of_the_dateline_state(run):
    text = "TOKYO, March 5 - Japanese banks want tax breaks from Japan. A senior ministry official welcomed the scheme."
    event = _one(run(text, date="1987-03-05"), "SUPPORT")
    assert event.actor.country == "JPN" and event.actor.sector == "GOV"


def test_the_company_after_a_trade_group_named_by_its_kind_is_that_group(run):
    text = (
        "Shares in engineering group Kelvix have soared on news that it is selling its stake in rail consortium Norline. "
        "The sale to Spain's Ferrovo is a lifeline to Kelvix. The company also said it had agreed terms over 14 projects."
    )
    doc = run(text)
    assert any(e.type == "ORG" and e.name == "Kelvix" for e in doc.entities)
    event = _one(doc, "AGREE")
    assert event.actor.name == "Kelvix"


def test_lawyers_defending_a_client_support_no_one(run):
    text = "Lawyers defending former chief Ivo Marsh against fraud charges have called a whistleblower as their first witness."
    assert not _events(run(text), "SUPPORT")


def test_a_by_phrase_on_a_promised_things_noun_names_its_doer_not_the_recipient(run):
    event = _one(run("Japan had agreed to increase purchases of parts by Japanese car makers."), "AGREE")
    assert event.recipient is None or event.recipient.sector != "BUS"
    event = _one(run("Senator Ivo Marsh has agreed to support an amendment by Senator Karl Denner."), "AGREE")
    assert event.recipient is not None and event.recipient.name == "Karl Denner"


def test_attacking_territory_is_force(run):
    event = _one(run("Iraq declared a truce on condition that Iran stop attacking Iraqi territory."), "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "IRQ"


def test_opposition_to_a_thing_is_a_stance_held_by_the_actors_side(run):
    event = _one(run("Senator Ivo Marsh reiterated the Wexland administration's opposition to a tax increase."), "ACCUSE")
    assert event.recipient is None or event.recipient.sector != "OPP"
    event = _one(run("Indonesia's Energy Minister Karl Denner has pledged his country's support for the export curb."), "AGREE")
    assert event.recipient is None or event.recipient.name != "Karl Denner"


def test_a_participle_clause_after_the_act_holds_no_recipient(run):
    text = "Kelvoneft has agreed to merge with Norgaz, bringing a large chunk of Russia's oil business back under state control."
    event = _one(run(text), "AGREE")
    assert event.recipient is None or event.recipient.country != "RUS" or event.recipient.name == "Norgaz"


def test_a_states_call_told_again_as_its_ministers_words_is_one_event(run):
    text = (
        "LONDON, March 11 - Britain today called on Japan to increase foreign imports. "
        "British Trade Secretary Ivo Marsh said Japan must heed a report calling for faster domestic demand."
    )
    calls = [e for e in _events(run(text, date="1987-03-11"), "REQUEST") if e.recipient is not None and e.recipient.country == "JPN"]
    assert len(calls) == 1 and calls[0].mentions


def test_lifting_results_eases_nothing(run):
    text = "Kelvo Group said strong demand and the good performance of its Megane range lifted its results."
    assert not _events(run(text), "RETREAT") and not _events(run(text), "CONCEDE")


def test_a_country_word_before_a_firms_trade_gives_its_country(run):
    doc = run("UK sportswear firm Kelvex said on Thursday it had signed a new four-year agreement with Scottish club Norfield.")
    kelvex = next(e for e in doc.entities if e.name == "Kelvex")
    assert kelvex.country == "GBR"
    norfield = next(e for e in doc.entities if e.name == "Norfield")
    assert norfield.type == "ORG" and norfield.country == "GBR"  # "Scottish club Norfield"


def test_a_protest_at_laws_practiced_by_a_side_is_aimed_at_that_side(run):
    text = (
        "The Treasury proposed easing the anti-apartheid laws passed by Congress last fall. "
        "The sanctions law was enacted by the United States to protest the apartheid laws of racial segregation "
        "practiced by South Africa's white minority government."
    )
    event = _one(run(text), "PROTEST")
    assert event.recipient is not None and event.recipient.country == "ZAF"


def test_a_winemaker_named_after_its_nationality_is_a_firm_of_that_country(run):
    doc = run("Australian winemaker Belcorp has rejected a takeover offer from brewing giant Tandor Group.")
    event = _one(doc, "REJECT")
    assert event.actor.country == "AUS" and event.actor.sector == "BUS"


def test_the_brewer_is_the_firm_introduced_as_a_brewer(run):
    text = (
        "Australian brewer Tandor has bought a large stake in Australian winemaker Belcorp. "
        "Tandor bought 18.8% of Belcorp, the global winemaker behind several brands. "
        "A bid at that price would value the company at A$3.1bn. "
        "Tandor said it was currently in discussions. "
        "In a separate statement, Belcorp confirmed the brewer had asked for talks."
    )
    event = _one(run(text), "REQUEST")
    assert _entity_name(run(text), event.actor.entity) == "Tandor"


def test_a_strike_set_for_a_later_day_is_an_expected_protest_of_that_day(run):
    text = (
        "WELLINGTON, March 5 - The clearing house said it will know tomorrow what services it will provide "
        "during a strike by bank officers against trading banks set for March 9 and 10."
    )
    event = _one(run(text, date="1987-03-05"), "PROTEST")
    assert event.modality == "expected" and event.date == "1987-03-09"
    assert event.actor.name == "bank officers"


def test_a_proposal_offering_a_good_fit_is_no_offer(run):
    assert not _events(run("Belcorp said Tandor's takeover proposal offered an excellent strategic fit but undervalued the company."), "AGREE")


def test_dismissing_an_offer_as_inadequate_is_the_rejection_told_again(run):
    text = (
        "Vantor Holdings Inc said its board unanimously rejected a takeover offer by investor Marcus Pell. "
        "Vantor said Pell's offer was inadequate and not in the best interests of its shareholders."
    )
    doc = run(text)
    assert not _events(doc, "ACCUSE")
    assert _one(doc, "REJECT").mentions


def test_a_market_rallying_closing_its_own_plant_or_growing_its_reserves_is_no_event(run):
    assert not _events(run("Gulf exports rallied in the fourth week of February to 2.5 mln bpd from 1.2 mln."))
    assert not _events(run("The retailer on April 30 will close its major Dunmore distribution center."))
    assert not _events(run("Kestrel Corp increased net proven reserves of natural gas liquids in 1986."))
    assert not _events(run("Her comments raised concerns among a number of investors, Mr Lebed said."), "CONSULT")


def test_a_firm_named_with_a_lower_case_legal_form_is_a_company(run):
    text = "DUNMORE, Ohio, March 13 - Vantor corp said it has asked potential purchasers of the company to submit their proposals by March 18."
    doc = run(text, date="1987-03-13")
    vantor = next(e for e in doc.entities if e.name.startswith("Vantor"))
    assert vantor.type == "ORG" and vantor.name == "Vantor corp"  # the legal form is part of its name
    event = _one(doc, "REQUEST")
    assert event.actor.entity == vantor.id and event.recipient is None  # not the firm itself


def test_an_offer_rejected_in_a_relative_clause_is_answered_at_the_one_who_holds_it(run):
    doc = run("Borlin Inc has a 27 dlr per share tender offer for Vantor Corp underway that Vantor has already rejected as inadequate.")
    event = _one(doc, "REJECT")
    assert _entity_name(doc, event.recipient.entity) == "Borlin Inc"
    doc = run("The union rejected the offer that was made by Borlin Inc on Monday.")
    assert _entity_name(doc, _one(doc, "REJECT").recipient.entity).startswith("Borlin")


def test_the_owner_of_the_plan_an_act_is_under_is_no_recipient(run):
    assert not _events(run("Under Velasco's rescheduling plan, the Philippines would offer to make interest payments in cash."))


def test_what_one_state_says_another_should_do_is_asked_of_it(run):
    event = _one(run("In a separate statement, the EU said that the US should back Ukraine's entry into the World Trade Organisation."), "REQUEST")
    assert event.actor.code.startswith("IGO") and event.recipient.country == "USA"
    assert event.modality == "asserted"  # the saying's, not the "should"'s
    assert not _events(run("Analysts said the Federal Reserve should cut interest rates."))


def test_he_is_the_leader_invited_to_attend_is_his_own_act(run):
    text = (
        "Zelkovia recently ousted long-serving leader Piotr Malek. "
        "Viktor Dorn prepared to head to Brussels to meet with US President George W Bush. "
        "He is the only non-Nato member leader invited to attend the summit."
    )
    doc = run(text)
    visit = next(e for e in _events(doc, "CONSULT") if e.mode == "visit")
    assert _entity_name(doc, visit.recipient.entity) == "George W Bush"
    summit = next(e for e in _events(doc, "CONSULT") if e.evidence.text.startswith("He is"))
    assert _entity_name(doc, summit.actor.entity) == "Viktor Dorn"


def test_striking_workers_of_an_undated_story_are_of_the_country_it_is_about(run):
    text = (
        "A strike on the Buenos Aires underground has caused traffic chaos in the Argentine capital. "
        "Tube workers walked out last week demanding a 53% pay rise. "
        "The Argentine Work Ministry has been mediating in the conflict, Buenos Aires radio said."
    )
    event = _one(run(text, date=None), "PROTEST")
    assert event.actor.country == "ARG" and event.actor.sector == "LAB"


def test_a_protest_held_is_no_one_elses_held_thing(run):
    event = _one(run("Hundreds of thousands of farmers held rallies throughout Brazil to protest against high interest rates."), "PROTEST")
    assert event.recipient is None or event.recipient.name != event.actor.name


def test_admitting_wrongdoing_to_an_inspector_is_no_access_granted(run):
    text = "In 1984, Kestrel officials admitted to the Defense Department Inspector General that they had overcharged the government."
    assert not _events(run(text), "RETREAT")


def test_pledging_to_contest_a_lawsuit_is_no_agreement_and_starting_proceedings_is_a_suit(run):
    assert not _events(run("Founder Marcus Pell has pledged to contest the action."), "AGREE")
    event = _one(run("Kestrel said it was starting proceedings against Dunmore Mobile for trademark infringement."), "ACCUSE")
    assert event.cameo == "115"


def test_an_international_body_written_the_british_way_or_after_a_dateline_is_known(run):
    doc = run("The UN's Food & Agriculture Organisation has warned of risks. The FAO has urged the World Trade Organisation to conclude negotiations.")
    assert _one(doc, "REQUEST").actor.code.startswith("IGOUNO")
    text = "BRUSSELS, March 4 - European Community Farm Commissioner Jan Verhoef welcomed the agreement on dairy output cuts."
    assert _one(run(text, date="1987-03-04"), "SUPPORT").actor.code == "IGOEUREEC"


def test_what_it_is_risky_for_a_nation_to_do_is_no_act_of_the_speaker(run):
    text = (
        "WASHINGTON, March 5 - Federal Reserve Board Vice Chairman Manuel Ortez said it was not the Fed's role to become involved in such talks. "
        'However, he said it was "always a little bit risky" for a heavily indebted nation to seek refinancing without first negotiating with the IMF.'
    )
    assert not _events(run(text, date="1987-03-05"), "REQUEST")
    event = _one(run("It is time for Zorbia to withdraw its troops, Ruritania said."), "REQUEST")
    assert event.recipient is not None and event.recipient.name == "Zorbia"


def test_a_quality_blamed_by_degree_is_criticism_and_one_body_named_with_an_ampersand_acts_once(run):
    doc = run("Fed vice chairman Manuel Ortez said that some U.S. banks have been too rigid in talks with indebted countries.")
    event = _one(doc, "ACCUSE")
    assert event.recipient.country == "USA"
    assert not _events(run("Mr Lee said the banks were cautious."), "ACCUSE")
    event = _one(run("Accountancy firm Brill & Tarrant said that the chancellor's forecasts for tax revenues were too optimistic."), "ACCUSE")
    assert not event.co_actors


def test_the_latest_to_question_a_plan_has_done_so(run):
    text = "A report by the Kestrel Institute says taxes must rise. The report is the latest to call into question the government's spending projections."
    assert _one(run(text), "ACCUSE").modality == "asserted"


def test_vowing_to_fight_back_in_court_is_no_threat_of_violence(run):
    text = 'However, Mr Pell, who plans to launch Dunmobile next month, vowed to fight back, saying: "We have nothing to be afraid of in this court case."'
    assert not _events(run(text))
    assert _one(run("The rebels vowed to fight on until the army leaves."), "THREATEN").mode == "violence"


def test_a_clause_joined_in_the_perfect_to_a_passive_is_its_subjects_act(run):
    text = "The media group Kestrel was not fined by the Securities and Exchange Commission, but has agreed to refrain from any future violations."
    assert not any(e.actor.code and e.actor.code.startswith("USAGOV") for e in _events(run(text), "AGREE"))


def test_a_lawyer_pressing_a_witness_or_a_clerk_ordering_entries_asks_no_one(run):
    assert not _events(run('"Did you ever know Mr Pell to make an accounting entry?" Mr Dorn pressed.'))
    assert not _events(run("Mr Lusk has admitted that he ordered false accounting entries at the request of the former finance chief."))


def test_a_central_bank_named_by_its_initials_is_its_countrys(run):
    event = _one(run("Now the BoE is calling for faster delivery of data from the statistics office."), "REQUEST")
    assert event.actor.country == "GBR"


def test_a_court_ruling_that_a_firm_must_pay_is_never_aimed_at_the_court(run):
    text = "A court ruled that Hubei Kanfeng Industry Group must stop selling Kestrel brand motorbikes and said it must pay 1.47m yuan in compensation."
    for event in run(text).events:
        assert event.recipient is None or event.recipient.name != event.actor.name


def test_starting_a_tender_offer_or_launching_a_takeover_bid_is_an_offer_to_the_target(run):
    doc = run("NEW YORK, March 13 - Kestrel Capital Inc said it has started its tender offer for all common shares of Dunmore Industries Inc.", date="1987-03-13")
    event = _one(doc, "AGREE")
    assert _entity_name(doc, event.recipient.entity).startswith("Dunmore")
    assert _one(run("Kestrel launched a takeover bid for Dunmore Holdings on Monday."), "AGREE").recipient is not None


def test_securing_an_agreement_is_one_and_agreeing_on_a_need_is_none(run):
    text = "BAHRAIN, March 2 - Iraq has secured agreement to defer outstanding payments on a 500 mln dlr euroloan."
    assert _one(run(text, date="1987-03-02"), "AGREE").actor.country == "IRQ"
    assert not _events(run("Senator Dale Orton said he and Senator Ray Pell agree on the need for legislation."), "AGREE")


def test_a_deal_likened_to_another_is_not_with_the_others_sides(run):
    event = _one(run("Zorbian ministers secured a similar deal to one between Iran and China."), "AGREE")
    assert event.recipient is None


def test_a_firm_told_again_by_a_longer_national_description_is_of_that_country(run):
    doc = run("Vantor Corp has sued 45 banks. The banks knew the scandal-hit Italian dairy company was in trouble.")
    assert _one(doc, "ACCUSE").actor.country == "ITA"


def test_a_business_sold_or_bought_is_a_deal_with_the_other_side(run):
    sold = run("Renwick Corp said it sold its shoe division to Taurine Footwear Inc for undisclosed terms.")
    event = _one(sold, "COOPERATE")
    assert (event.mode, event.cameo) == ("economic", "061")
    assert _entity_name(sold, event.recipient.entity).startswith("Taurine")
    bought = run("Kestrel Holdings has bought a 20% stake in Dorvan Media, the country's biggest portal.")
    assert _entity_name(bought, _one(bought, "COOPERATE").recipient.entity).startswith("Dorvan")


def test_shares_traded_on_a_market_are_no_deal(run):
    assert not _events(run("Analysts said investors were buying shares of mining companies."), "COOPERATE")
    assert not _events(run("Kestrel Motors would like to sell 8,000 units in Europe this year."), "COOPERATE")


def test_an_offer_a_relative_clause_says_another_rejected_was_made_to_it(run):
    doc = run("Shipowners have offered a 40 per cent raise, which the dockers rejected.")
    assert _one(doc, "AGREE").recipient.name.endswith("dockers")


def test_a_body_named_by_its_initials_in_a_by_phrase_is_the_actor(run):
    event = _one(run("The firm Tamco and its chief were fined 1m euros by the AMF last year."), "COERCE")
    assert event.actor is not None and event.actor.name == "AMF"


def test_an_affair_named_after_a_country_is_not_the_country(run):
    doc = run("A Senate committee investigating the Iran scandal will hear him next week.")
    assert all(e.recipient is None or e.recipient.country != "IRN" for e in _events(doc))


def test_the_post_one_resigns_from_is_no_recipient(run):
    doc = run("Anil Tandor, the brother of group president Mukesh Tandor, decided to resign from his post.")
    assert all(e.recipient is None for e in _events(doc, "RETREAT"))


# The second text also quotes an agency three times: it does not outweigh the country the story is about.
@pytest.mark.parametrize(
    "text",
    [
        "Tunisia suffered a weekend of violent protests against government plans to raise gas prices.\n\n"
        "Demonstrators in a number of regions blocked roads and overturned vehicles. Riots flared in towns near Tunis. "
        "Fuel is used to heat homes in Tunisia's remote mountain areas, and Tunisia imports most of it.",
        "Tunisia suffered a weekend of violent protests against plans to raise gas prices, local press reports.\n\n"
        "Demonstrators in several regions blocked roads, Agence France Presse reported. Riots also flared near Tunis, AFP said. "
        "Fuel is scarce in Tunisia's mountain areas, AFP added, and Tunisia imports most of it.",
    ],
)
def test_demonstrators_of_an_undated_story_are_of_its_country(run, text: str):
    assert any(e.actor is not None and e.actor.country == "TUN" for e in _events(run(text), "PROTEST"))


def test_nations_listed_in_apposition_all_act(run):
    doc = run("Four nations - the U.K., Canada, France and Japan - pledged in Paris last month to stabilise currencies.")
    event = _one(doc, "AGREE")
    assert {a.country for a in (event.actor, *event.co_actors)} == {"GBR", "CAN", "FRA", "JPN"}


def test_those_a_complaint_comes_from_are_not_looked_into(run):
    doc = run("The city commission will look into complaints from residents about poor service at car parks.")
    assert all(e.recipient is None or "residents" not in (e.recipient.name or "") for e in _events(doc))


def test_a_past_when_clause_dates_the_act(run):
    event = _one(run("Vietnam committed to gradually opening up its banking sector when it joined the World Trade Organisation in 2002."), "AGREE")
    assert event.date == "2002"


def test_a_capital_a_stance_comes_from_is_its_government(run):
    doc = run("The plan, already approved by farm ministers despite opposition from Madrid and Lisbon, was sent back.")
    assert {e.country for e in doc.entities if e.type == "COUNTRY"} >= {"ESP", "PRT"}


def test_things_that_block_traffic_stage_no_protest(run):
    text = "The Hanoi authorities ruled last year that visiting officials' motorcades should no longer get police outriders as they blocked the traffic."
    assert not _events(run(text), "PROTEST")


def test_a_nationality_before_a_business_title_makes_no_government(run):
    event = _one(run("US tycoon Harold Vossberg voted against the appointment of three directors."), "REJECT")
    assert (event.actor.country, event.actor.sector) == ("USA", "BUS")


def test_a_speech_sending_a_currency_higher_is_no_aid(run):
    assert not _events(run("On Friday, central bank chief Ann Lorrimer's speech in London sent the dollar higher."), "AID")


def test_an_offer_received_from_a_side_is_its_offer(run):
    doc = run("Kestrel Holdings has received a detailed proposal from US tycoon Harlan Voss.")
    event = _one(doc, "AGREE")
    assert _entity_name(doc, event.actor.entity) == "Harlan Voss"
    assert _entity_name(doc, event.recipient.entity) == "Kestrel Holdings"
    assert not _events(run("Under age discrimination proposals from the trade department, workers were to be allowed to work on."), "AGREE")


def test_crushing_or_repelling_an_attack_is_force_against_its_side(run):
    event = _one(run("Iraq said today its forces had crushed an Iranian attack on a mountain peak."), "ASSAULT")
    assert event.actor.country == "IRQ" and event.recipient.country == "IRN"
    assert _one(run("Officials said the attack was repelled yesterday by the Fifth Army Corps' 12th Brigade near the northern post of Tal Ubar."), "ASSAULT")


def test_the_side_a_group_is_against_is_not_the_group(run):
    event = _one(run("Tehran has supported anti-Baghdad Kurdish guerrillas in operations in the north."), "SUPPORT")
    assert event.recipient.country != "IRQ" and "guerrillas" in event.recipient.name


def test_an_attack_across_part_of_a_country_is_aimed_at_it(run):
    event = _one(run("Iran attacked across snow-capped peaks of northeastern Iraq last week."), "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "IRQ"


def test_a_firm_described_as_a_countrys_before_its_name_gives_its_officers_that_country(run):
    text = "India's biggest oil exploration firm, Dravik Oil Corp (DOC), says it is in talks. \"We are in touch with the Russian side,\" said DOC chairman Subir Raha."
    event = _one(run(text), "CONSULT")
    assert event.actor.country == "IND"


def test_a_state_title_split_from_its_name_makes_a_wire_storys_official(run):
    text = "MANILA, March 3 - The Philippines must cut its budget, Economic Planning Secretary Solita Mansor told reporters. Mansor said the Philippines should act."
    doc = run(text, date="1987-03-03")
    person = next(e for e in doc.entities if e.name == "Solita Mansor")
    assert not any(e.actor is not None and e.actor.entity == person.id and e.recipient is not None and e.recipient.country == "PHL" for e in doc.events)
    union = run("TUC General Secretary Brendan Baines called on ministers to act.")
    assert all(e.actor is None or e.actor.sector != "GOV" for e in _events(union))


def test_a_threat_made_on_a_condition_is_made(run):
    doc = run("The card firm's creditors have threatened parent group Dorn Group with penalties if it fails to respond to their demands.")
    assert _one(doc, "THREATEN").modality == "asserted"


def test_a_trade_surplus_that_declines_rejects_nothing(run):
    text = "Bankers noted that Brazil's monthly surplus had declined to some 90 mln dlrs in the last three months of the year, against a monthly two billion before."
    assert not _events(run(text, date="1987-03-02"), "REJECT")


def test_a_firm_bought_by_name_is_a_deal(run):
    doc = run("During the year Kestrel Media bought US rival Dorvan Global Inc, creating a giant.")
    assert _one(doc, "COOPERATE").recipient is not None


def test_partnerships_calls_paid_and_speaking_against(run):
    doc = run("Kestrel Rail Corp said it will enter a 50-50 partnership with Petroles de Zorbia to run its refinery.")
    assert _events(doc, "AGREE") or _events(doc, "COOPERATE")
    call = _one(run("Minister Dilson Farano paid a call in Washington to IMF Managing Director Michel Camdessus."), "CONSULT")
    assert call.mode == "visit" and call.recipient is not None
    assert _events(run("Some ruling party members of parliament have spoken against the tax."), "ACCUSE")


def test_an_official_is_of_the_country_that_opens_what_he_is_reported_saying(run):
    text = (
        "LONDON, March 2 - Brazil is not happy with the structure of the bank advisory committee, Finance Minister Dilson Farano said.\n\n"
        "Farano is today meeting British Chancellor of the Exchequer Nigel Lawson."
    )
    event = _one(run(text, date="1987-03-02"), "CONSULT")
    assert event.actor.country == "BRA"


def test_a_trailing_participle_of_accusation_befalls_the_one_it_follows(run):
    doc = run("Former Kestrel Telecom boss Bernard Evers is currently on trial, accused of overseeing an 11bn dollar fraud.")
    assert not any(e.type == "ACCUSE" and e.actor is not None and e.actor.name == "Bernard Evers" for e in doc.events)


def test_the_administration_of_a_wire_story_is_its_countrys(run):
    text = (
        "WASHINGTON, March 11 - The House is voting on a bill that would block U.S. aid to the rebels for six months. "
        "The administration has said it intends to start using the money next month to provide arms and equipment to the rebels."
    )
    events = run(text, date="1987-03-11").events
    assert any(e.actor is not None and e.actor.country == "USA" for e in events)


def test_conceding_a_point_is_no_concession(run):
    doc = run("Speaker Jim Wrighton conceded Congress ultimately will be unable to stop the money.")
    assert not _events(doc, "CONCEDE")


def test_a_generic_you_acts_in_no_event(run):
    doc = run('Secretary Jim Barker said the Zorbian loan was "really the only one you can point to and criticize."')
    assert not _events(doc, "ACCUSE")
    assert not _events(run('"You cannot sue the Russian government," said Eric Krauss, a strategist at a Moscow brokerage.'), "ACCUSE")


def test_denials_disputes_appeals_and_figurative_fights_code_nothing(run):
    assert not _events(run("Kuwait, which has consistently denied quota violations, was estimated to be pumping 1.4 mln bpd."))
    assert not _events(run("Robbin Jonson, vice president of Kestrel Grain, disputed claims that grain companies have made huge profits."))
    assert not _events(run("Kestrel Electric Corp said it intends to appeal the ruling."))
    assert not _events(run("Mr Elgin's team claimed that he also was fighting against corporate wrongdoing."))
    assert _events(run("Kurdish rebels are fighting against government forces near Zakho."), "ASSAULT")


def test_an_agreement_to_a_deal_is_made_with_the_deals_other_side(run):
    doc = run("Harlow Media said its Kestrel Broadcasting subsidiary agreed to sell KQX-TV in Los Angeles to Dorvan Entertainment Co for 217 mln dlrs.")
    event = _one(doc, "AGREE")
    assert _entity_name(doc, event.recipient.entity).startswith("Dorvan")


def test_a_firm_taken_over_or_bought_by_a_name_the_model_misreads_is_a_deal(run):
    doc = run("Kestrel Bank took over Harrow de Vasta Ltd and Dorvan Trust bought Lorrie Milbeck and Co last year.")
    deals = _events(doc, "COOPERATE")
    assert len(deals) == 2 and all(e.recipient is not None for e in deals)
    assert not _events(run("Rebels took over the town on Monday."), "COOPERATE")
    assert _events(run("Iranian forces have taken over islands and townships near the border."), "COERCE")
    assert _events(run("Angry crowds of ordinary Argentines took to the streets on Monday."), "PROTEST")
    assert not _events(run("Under the agreement, Kestrel Air will buy 15 new ATR 72-500 planes."))
    assert not run("He took over as chairman in May.").events


def test_others_speculation_about_a_sale_is_no_intention_stated(run):
    doc = run("Analysts said there was speculation that Kestrel Express would sell a stake of Harlow Lehman to a Japanese firm.")
    assert not _events(doc, "AGREE")
    assert _one(doc, "COOPERATE").modality == "possible"


def test_a_name_closed_by_a_legal_form_is_a_firm_not_a_state(run):
    doc = run("American Kestrel Co said it is studying ways to improve access to capital for its brokerage.")
    entity = next(e for e in doc.entities if e.name.startswith("American Kestrel"))
    assert entity.sector == "BUS"


def test_striking_from_a_list_and_a_hurt_reputation_are_no_attacks(run):
    assert not run("He was asked whether the agency will strike more countries from its list of insurance recipients.").events
    assert not run("Zorbia's reputation among investors has been hurt by the heavy tax bills imposed on oil firms.").events


def test_a_bare_ministry_of_a_wire_story_is_the_datelines_even_beside_foreign_banks(run):
    text = (
        "TOKYO, March 11 - U.S. Commercial banks are expected to receive Finance Ministry approval in late April, U.S. bank officials said. "
        "An official said the ministry told his bank it would give approval. Japan wants more foreign banks."
    )
    events = run(text, date="1987-03-11").events
    assert any(e.actor is not None and e.actor.country == "JPN" for e in events)


def test_an_older_name_of_a_dateline_city_gives_the_story_its_country(run):
    text = "BOMBAY, March 11 - The government said it will impose sanctions on Zorbia. India is a big country."
    events = run(text, date="1987-03-11").events
    assert any(e.actor is not None and e.actor.country == "IND" for e in events)


def test_a_run_of_common_nouns_before_what_is_asked_for_names_no_recipient(run):
    doc = run("Kestrel Bank Corp and Harlow Trust Corp have asked for securities business licenses.")
    assert _one(doc, "REQUEST").recipient is None


def test_a_decision_someone_made_is_no_purpose_to_come(run):
    doc = run("Fidel Castro's decision to ban all cash transactions in US dollars has turned the spotlight on the economy.")
    assert _one(doc, "COERCE").modality == "asserted"


def test_a_named_firm_asking_its_countrys_banks_asks_others(run):
    text = "TOKYO, March 4 - Japanese shipping company Kestrel Line asked Japanese banks to shelve repayment of its loans, Japan's shipping industry said."
    event = _one(run(text, date="1987-03-04"), "REQUEST")
    assert event.recipient is not None


def test_states_set_apart_by_a_word_before_them_are_a_side(run):
    assert _one(run("Donor nations have promised to give $717m in disaster relief over the next six months."), "AGREE").actor.sector == "GOV"
    offer = _one(run("The Paris Club of rich creditor nations on Wednesday offered to freeze debts owed by tsunami-hit countries."), "AGREE")
    assert offer.recipient is not None and offer.recipient.name == "tsunami-hit countries"


def test_restrictions_introduced_on_a_country_coerce_it(run):
    event = _one(run("President Bush's government introduced even tighter restrictions on Cuba in May."), "COERCE")
    assert event.recipient is not None and event.recipient.country == "CUB"


def test_a_task_force_of_the_government_is_a_state_body_and_no_body_of_many_states_lends_it_a_home(run):
    event = _one(run("A government task force held meetings with the World Bank on Wednesday."), "CONSULT")
    assert event.actor.sector == "GOV" and event.actor.country is None


def test_the_watchdogs_officer_is_of_the_regulator_named_before(run):
    text = (
        "The Securities & Exchange Commission accused Kestrel Mae of using improper techniques. "
        "The watchdog's chief accountant Donald Niclason said that Kestrel Mae's methodology was inadequate."
    )
    doc = run(text)
    regulator = next(e for e in doc.entities if e.name.startswith("Securities"))
    assert any(m.text == "The watchdog" for m in regulator.mentions)


def test_delegates_from_a_producers_council_speak_for_it_and_are_no_legislature(run):
    doc = run("Delegates from the Kestrel Pork Producers Council voted to ask the U.S. Congress not to change the farm bill.")
    assert all(e.actor is None or e.actor.sector != "LEG" for e in doc.events)
    assert doc.events


def test_talks_held_to_discuss_a_plan_with_a_side_are_held_with_it(run):
    event = _one(run("A government task force held meetings to discuss an emergency rebuilding plan with the World Bank on Wednesday."), "CONSULT")
    assert event.recipient is not None and event.recipient.name == "World Bank"


def test_a_central_bank_is_the_states_and_its_governor_apposed_to_its_is_its(run):
    text = (
        "LONDON, March 11 - The Bank of England does not favour rules to shield companies from takeovers, "
        "its governor, Robin Leigh-Pemberly, said. Leigh-Pemberly also called on companies to improve ties with investors."
    )
    doc = run(text, date="1987-03-11")
    bank = next(e for e in doc.entities if e.name == "Bank of England")
    assert bank.sector == "GOV"
    event = _one(doc, "REQUEST")
    assert event.actor.country == "GBR"
    assert len([e for e in doc.entities if "Leigh-Pemberly" in e.name]) == 1


def test_talks_judged_as_frank_were_held(run):
    text = "WARSAW, March 2 - Poland's talks in Washington with the World Bank on the country's debt were concrete, open and frank, a senior banker said."
    event = _one(run(text, date="1987-03-02"), "CONSULT")
    assert event.actor.country == "POL" and event.recipient is not None
    assert not run("The talks will be difficult, analysts said.").events


def test_a_title_before_a_name_stops_at_a_subordinating_word(run):
    text = "WASHINGTON, March 11 - The House today opposed a grant of 40 mln dlrs to the Nicaraguan rebels until President Reagan accounts for previous aid."
    doc = run(text, date="1987-03-11")
    reagan = next(e for e in doc.entities if e.name == "Reagan")
    assert reagan.country != "NIC"


def test_a_deal_told_by_its_noun_is_made_with_the_other_side(run):
    sale = _one(run("Kestrel Partners Inc said it completed the sale of interests in two oil fields to Harlow Energy Corp for 21 mln dlrs."), "COOPERATE")
    assert sale.recipient is not None and sale.recipient.name.startswith("Harlow Energy")
    bought = _one(run("Harlow Group completed its acquisition of Dorvan Foods Inc last week."), "COOPERATE")
    assert bought.recipient is not None and bought.recipient.name.startswith("Dorvan")
    assert not run("Kestrel Motors announced the sale of 500 trucks to Iraq.").events


def test_the_company_is_a_firm_the_dictionaries_know(run):
    text = (
        "Microsoft has warned PC users to update their systems. Windows Media Player and Internet Explorer had flaws. "
        "Its latest releases came the week that the company announced it was to buy security software maker Kestrel Software."
    )
    event = _one(run(text), "COOPERATE")
    assert event.actor is not None and event.actor.name == "Microsoft"


def test_talks_a_group_agreed_to_hold_are_no_second_event(run):
    doc = run("The Consultative Group agreed to reconvene in a year to discuss Morocco's five year development strategy.")
    assert _events(doc, "AGREE") and not _events(doc, "CONSULT")


def test_a_central_banks_money_market_operations_and_an_unowned_noun_deal_code_nothing(run):
    assert not run("The Bank of England said it provided the money market with a further 168 mln stg of assistance.").events
    assert not run("Mr Mittal told US investors that once the acquisition of Kestrel Steel Group was completed, jobs would go.").events


def test_an_intention_reported_with_would_is_still_an_agreement(run):
    doc = run("King Hassan of Morocco was quoted today as saying he would be ready to host a meeting between Israeli and Palestinian leaders.")
    assert _events(doc, "AGREE")


def test_products_offered_released_or_banned_by_firms_are_no_events(run):
    assert not run("Firms Kestrel Audio and Harlow Sound both offer stereo-widening technology for mobile phones.").events
    assert not run("In the last few months handsets from Kestrel and Harlow Corp have been released on to the Japanese market.").events
    assert not run("Kestrel Chips Inc and Harlow Labs Corp have decided to ban camera phones from their buildings.").events
    assert not run("Many schools have also banned them over fears about privacy and misuse.").events
    assert _events(run("The Paris Club offered to freeze debts owed by tsunami-hit countries."), "AGREE")


def test_a_warning_about_a_danger_is_advice_not_a_threat(run):
    assert not _events(run("The biggest phone company, Kestrel Telecom, says it is doing what it can to warn people about rogue dialling."), "THREATEN")
    assert _events(run("Iran warned Iraq of grave consequences if it attacked."), "THREATEN")


def test_a_grand_jury_of_a_wire_story_is_its_countrys_beside_an_affair_named_after_another(run):
    text = "WASHINGTON, March 6 - Kestrel provided the records to a grand jury investigating the Iran arms scandal. The United States is big."
    event = _one(run(text, date="1987-03-06"), "ACCUSE")
    assert event.actor.country == "USA"


def test_shares_held_by_a_side_are_bought_from_it(run):
    event = _one(run("Kestrel Care Inc bought the 610,000 Harlow Builders shares held by Norrell Corp."), "COOPERATE")
    assert event.recipient is not None and event.recipient.name.startswith("Norrell")


def test_a_body_of_a_country_of_no_known_kind_is_not_its_state(run):
    event = _one(run("River Oaks Industries Inc said it terminated merger discussions with Nursing Centers of America."), "SANCTION")
    assert event.recipient is not None and event.recipient.code != "USA"


def test_not_doing_enough_is_blame(run):
    event = _one(run("The government is not doing enough to help farmers, the union said."), "ACCUSE")
    assert event.recipient is not None


def test_two_of_a_firms_subsidiaries_act_for_it(run):
    text = "WASHINGTON, March 2 - Kestrel National Corp said two of its subsidiaries have acquired a 7.2 pct stake in Harlow Inc."
    event = _one(run(text, date="1987-03-02"), "COOPERATE")
    assert event.actor.name.startswith("two of its") and event.recipient is not None


def test_an_application_lodged_with_a_regulator_asks_it(run):
    event = _one(run("Kestrel AG has lodged an application with the Federal Cartel Office for approval of a majority stake in Harlow AG."), "REQUEST")
    assert event.recipient is not None and event.recipient.name == "Federal Cartel Office"


def test_a_meeting_ended_was_held_and_refusing_reporters_is_no_rejection(run):
    text = (
        "BAHRAIN, March 2 - Deputy oil ministers of the six-nation Gulf Co-operation Council ended a meeting here after discussing co-ordination. "
        "The deputy ministers, who declined to talk to reporters on the outcome, later concluded a round of informal talks. Bahrain is small."
    )
    doc = run(text, date="1987-03-02")
    assert _events(doc, "CONSULT") and not _events(doc, "REJECT")
    assert _events(run("The rebels declined to talk to the government."), "REJECT")


def test_applications_and_suits_filed_and_meetings_ended(run):
    event = _one(run("Kestrel Air said it is filing an application with the Department of Transportation seeking approval of the merger."), "REQUEST")
    assert event.recipient is not None
    assert _events(run("Harlow Corp subsequently filed a suit charging Kestrel Corp with infringing its copyrights."), "ACCUSE")
    assert not run("The number of Americans filing initial jobless claims jumped to 367,000.").events
    assert not run("He said the Palestinians were working to end terror attacks.").events
    assert _events(run("Tony Blair has rejected calls for the publication of the advice."), "REJECT")


def test_initials_spell_a_name_written_with_an_ampersand_and_the_most_specific_code_wins(run):
    text = (
        "The Securities & Exchange Commission accused Kestrel Mae of using improper techniques. "
        "The SEC found similar problems at the firm."
    )
    doc = run(text)
    commission = next(e for e in doc.entities if e.name.startswith("Securities"))
    assert any(m.text == "SEC" for m in commission.mentions)
    doc = run("The Food & Agriculture Organisation (FAO) criticised the high tariffs imposed by rich nations. The FAO urged the WTO to act.")
    codes = {e.actor.code for e in doc.events if e.actor is not None}
    assert "IGOUNOAGRFAO" in codes


def test_a_dateline_written_as_a_name_places_the_story_and_its_congress(run):
    text = (
        "Lakeview, March 13 - The Senate budget leaders met Governor Tom Darrow, a Senate source said. "
        "The budget was submitted in January but Congress generally has rejected it as unrealistic. "
        "Darrow has had talks with Senator Pete Valdano of New Mexico."
    )
    doc = run(text, date="1987-03-13")
    assert doc.article.date.source == "dateline"
    rejection = _one(doc, "REJECT")
    assert rejection.actor.country == "USA" and rejection.actor.sector == "LEG"


@pytest.mark.parametrize(
    "text, kind, name",
    [
        (
            "WASHINGTON, March 13 - The request was made yesterday by Senate Budget Committee chairman Lawton Fenwick at a meeting "
            "with Senator Pete Valdano of New Mexico, the source said.",
            "CONSULT",
            "Lawton Fenwick",
        ),
        # "the Justice Department urged the Supreme Court": a body named just before another is no title of it
        (
            "WASHINGTON, March 13 - The Supreme Court declined to hear an appeal by the Kestrel company. "
            "The Justice Department urged the Supreme Court to reject the appeal, Senator Pete Valdano of New Mexico said.",
            "REJECT",
            "Supreme Court",
        ),
    ],
)
def test_officials_and_bodies_of_a_washington_story_are_american(run, text, kind, name):
    event = _one(run(text, date="1987-03-13"), kind)
    assert event.actor.name == name and event.actor.country == "USA"


def test_an_arrest_the_police_report_is_theirs(run):
    text = (
        "MIAMI, March 6 - Roger Kell, chairman of Kell Productions Inc, faces charges of theft, police said. "
        "Fort Lauderdale police spokesman Ott Bellow said Kell was arrested on February 21."
    )
    event = _one(run(text, date="1987-03-06"), "COERCE")
    assert event.actor.sector == "COP" and event.recipient is not None and event.recipient.name == "Roger Kell"
    # no police in what is said: no one named arrests
    event = _one(run("A spokesman said Kell was arrested on February 21."), "COERCE")
    assert event.actor.sector != "COP"
    # the police telling of an arrest they would make themselves is no report of one made
    doc = run("Top police officers say the law would remove the need to detain suspects without charge.")
    assert not any(e.actor is not None and e.actor.sector == "COP" for e in _events(doc, "COERCE"))


def test_a_visit_to_ones_kin_is_no_meeting(run):
    assert not _events(run("According to the police report, Kell, 42, was in Tampa visiting his brother when the incident occurred."), "CONSULT")
    assert _events(run("The minister was in Tampa visiting his counterpart when the incident occurred."), "CONSULT")


def test_releasing_a_thing_frees_no_one_and_a_firm_arrests_no_one(run):
    assert not run("Earlier this week the company Kestrel released a screensaver that sends data to the sites.").events
    assert not run("Kestrel Software Inc says it is clamping down on people running pirated versions of its software.").events
    assert _events(run("The rebels released three hostages on Sunday."), "RETREAT")
    # a crime unit is no firm: its arrest stands
    assert _events(run("A 19-year-old man from Tampa was arrested by the Hi-Tech Crime Squad but has been bailed."), "COERCE")


def test_the_participle_of_an_agreement_dates_it(run):
    text = "The commission said it had supported the agreement reached by ministers in May 2004."
    event = _one(run(text, date="2004-11-20"), "AGREE")
    assert event.date == "2004-05"


def test_what_a_firm_sells_is_no_offer(run):
    assert not run("Services other than voice calls which are offered by mobile operators in Zelkova have grown rapidly.").events
    assert not _events(run("Search tools, such as those offered by Kestrel Software Inc, become increasingly important."), "AGREE")
    assert not _events(run("An increasing number of firms are offering web storage for people with digital photo collections."), "AGREE")
    assert not _events(run("Kestrel Networks Inc issued the warning following analysis of the traffic on its network."), "THREATEN")
    # offers to a side stay, in the active and the passive
    assert _events(run("The firm offered workers a new pay deal."), "AGREE")
    assert _events(run("The deal offered by the government was rejected by the unions."), "AGREE")


def test_telling_a_side_to_act_is_a_request_and_telling_the_press_is_not(run):
    event = _one(run("TOKYO, March 11 - Last month, the ministry told chipmakers to cut production by 10 pct.", date="1987-03-11"), "REQUEST")
    assert event.recipient.name == "chipmakers" and event.date == "1987-02"
    assert not run('He told MPs: "If we get the right response, we will support a change in the law."').events
    assert not run("He told Reuters proposals to reduce Zelkova's quota to 25 pct of the world share from 30 pct were unacceptable.").events
    assert not run("Tom Darrow told a press conference to look out for details in the New Year.").events


def test_applying_to_a_body_to_act_is_a_request(run):
    event = _one(run("Zelkovan shipbuilders have applied to the Fair Trade Commission to form a cartel."), "REQUEST")
    assert event.recipient.name == "Fair Trade Commission"
    assert _one(run("Zelkova has applied to join the European Union."), "REQUEST").recipient.code.startswith("IGO")
    assert not run("Market participants expect the new methods to be applied beginning in April.").events
    assert not run("The company applied the new rules to cut costs.").events


def test_a_commodity_body_is_international(run):
    text = "KAMPALA, March 9 - Uganda was disappointed. The minister called on the International Coffee Organisation to convene another meeting."
    event = _one(run(text, date="1987-03-09"), "REQUEST")
    assert event.recipient.code.startswith("IGO") and event.recipient.country is None


def test_blame_laid_on_a_sides_doings_accuses_that_side(run):
    text = (
        "The chairman of the board, Tom Darrow, said the talks had failed. Darrow blamed the failure to set quotas, "
        "which were suspended in February last year, on Indonesian demands that its quota be increased dramatically."
    )
    event = _one(run(text), "ACCUSE")
    assert event.recipient.country == "IDN"
    assert not _events(run("The firm blamed the fall in profits on high launch costs."), "ACCUSE")


def test_a_clause_describing_a_plan_tells_no_planned_act(run):
    assert _one(run("The plan, criticised by the unions, was dropped."), "ACCUSE").modality == "asserted"
    assert _one(run("The plan, which the unions criticised, was dropped."), "ACCUSE").modality == "asserted"
    assert _one(run("The rebels plan to attack the town."), "ASSAULT").modality == "expected"
    # a content clause is what the noun holds: speculation stays possible
    doc = run("The group made no comment despite recent speculation that Sir Tom Darrow had held talks with potential buyers over a stake.")
    assert _one(doc, "CONSULT").modality == "possible"


def test_a_security_firms_warning_about_a_virus_is_no_threat(run):
    text = "Zelkovan security firm Kestrel-Secure issued a warning about the new strains of Cabir but said that the viruses do no damage."
    assert not _events(run(text), "THREATEN")
    assert _events(run("The firm warned the government it would close plants unless taxes were cut."), "THREATEN")


def test_the_forces_of_growth_are_no_troops(run):
    assert not run("Zelkova should do all it can to strengthen the forces of growth at home.").events
    assert _events(run("The army will strengthen its forces on the border."), "MOBILIZE")


def test_a_police_raid_is_coercion_and_a_troops_raid_an_attack(run):
    assert _one(run("Last week Zelkovan police raided a file-sharing site based in the country."), "COERCE").cameo == "170"
    assert not _events(run("Police raided the home of the opposition leader."), "ASSAULT")
    assert _events(run("Troops raided a rebel camp."), "ASSAULT")


def test_ordering_prints_is_buying(run):
    assert not run("Many people use the sites to edit their favourite photographs before ordering prints.").events


def test_it_going_on_with_a_statement_is_its_author(run):
    text = (
        "The statement by the Zelkovan High Command appeared to herald the close of an assault on the port city. "
        '"The operation was launched at a time when the Ostravan government was spreading propaganda," said the statement. '
        'It claimed massive victories and called on supporters of the Ostravan government to "come to their senses".'
    )
    event = _one(run(text), "REQUEST")
    assert "Zelkovan" in event.actor.name


def test_products_released_free_no_one(run):
    assert not run("He cited the success of the video game Halo 2, released in November, which pushed console sales up.").events
    assert not run("Its release was eclipsed by Doom 3, which was released on the same week.").events
    assert not run("Kestrel has said it will release the DS in Europe from 11 March.").events
    assert not run("Websites are bombarded with pop-up ads.").events
    # people are still freed, and a side's people with them
    assert _events(run("The rebels released the Red Cross team."), "RETREAT")
    assert _events(run("The junta released Aung San Suu Kyi."), "RETREAT")


def test_taking_up_ones_post_mobilizes_no_one(run):
    assert not run("Mr Darrow took up his post in September 2003 and his first task was to get the division running.").events


def test_threats_to_scrap_a_pact_are_a_threat_whatever_the_parse(run):
    event = _one(run("U.S. Threats to scrap the agreement signed last September have pushed the ministry to try harder."), "THREATEN")
    assert event.actor.country == "USA" and event.modality == "asserted"


def test_customers_buying_less_impose_no_sanction(run):
    assert not run("They already have TV and music on mobiles, so people have stopped buying replacement phones.").events
    assert _events(run("Consumers in Zelkova have boycotted Ostravan goods."), "PROTEST")


def test_a_city_named_as_where_one_goes_sets_no_talks(run):
    text = "Brandt said his trip had taken him to London, Paris and Bonn. Talks with commercial banks will take place at a later date."
    assert not any(e.actor.name in ("London", "Paris", "Bonn") for e in run(text).events)
    # a state named as a destination may host what follows
    text = "China and Russia are both sending delegations to North Korea to attend a military parade. The parade is expected to take place at midnight."
    assert _one(run(text), "MOBILIZE").actor.country == "PRK"


def test_must_not_is_what_is_asked(run):
    event = _one(run('In a speech, Darrow said business "must not puncture the spirit of community restraint".'), "REQUEST")
    assert event.modality == "asserted"
    assert _one(run("Chad said Sudan must not attack the border towns."), "REQUEST").modality == "asserted"
    assert _one(run("Chad did not say Sudan must return the helicopter."), "REQUEST").modality == "negated"


def test_people_at_large_visiting_or_crowding_a_site_is_no_event(run):
    assert not run("People visiting Kelpo can select one of three voices to read the results of a query.").events
    assert not run('"The site is bombarded by people just listening to the words," said Mr Darrow.').events
    # rebels still bombard, and a crowd still attacks
    assert _events(run("The town was bombarded by rebels."), "ASSAULT")
    assert _events(run("Thousands of people attacked the police station."), "ASSAULT")


def test_what_a_study_finds_is_no_investigation(run):
    text = "A survey conducted on its behalf by Norwo found evidence that more than 80% of firms have been victims of cyber-crime."
    assert not run(text).events
    assert not run("A study of salmonella poisoning has uncovered new evidence that feeding antibiotics to cattle is dangerous.").events
    assert _events(run("Prosecutors are investigating the Zelkovan firm Kestrel over the payments."), "ACCUSE")


def test_a_central_bank_targeting_money_supply_criticises_no_one(run):
    assert not run("The Fed in February said it would no longer target the narrow M-1 money supply.").events
    assert _events(run("The newspaper targeted Mr Darrow over his comments."), "ACCUSE")


@pytest.mark.parametrize("body", ["Parliament", "The parliament"])
def test_a_dateline_storys_parliament_is_its_countrys(run, body):
    text = f"DEBRECEN, March 2 - Hungary is to embark on a new series of austerity measures. {body} approved 1987 subsidies of 170 billion forints."
    assert _one(run(text, date="1987-03-02"), "AGREE").actor.country == "HUN"


def test_a_body_of_states_meeting_is_a_consultation(run):
    event = _one(run("Ministers of OPEC met in Vienna on Friday."), "CONSULT")
    assert event.actor.code.startswith("IGO")
    assert not run("The board is to meet next week.").events
    assert not run("Journalists at the firm met to discuss it.").events


def test_a_timetables_present_is_to_come(run):
    event = _one(run("Iranian and Iraqi ministers meet on Thursday to discuss a jet fuel tax.", date="1987-03-09"), "CONSULT")
    assert (event.date, event.modality) == ("1987-03-12", "expected")
    event = _one(run("Iranian and Iraqi ministers met on Thursday.", date="1987-03-09"), "CONSULT")
    assert (event.date, event.modality) == ("1987-03-05", "asserted")


def test_why_it_happened_is_no_word_of_the_act(run):
    assert not run("More and more firms are finding themselves in deep water as a result of data misuse.").events


def test_goods_do_nothing_of_themselves(run):
    assert not run("Kelvo was behind the Potter games which provided a healthy flow of cash into the company.").events
    assert _events(run("Zelkova provided a healthy flow of cash to the rebels."), "AID")


def test_rivals_in_a_market_neither_criticise_nor_assault(run):
    assert not run("The company is hoping to challenge the dominance of Kelvo in the handheld market.").events
    assert not run("Other bot nets were used to abuse the Kelvo Adsense program that rewards websites.").events
    assert _events(run("Police officers abused the detainees during questioning."), "ASSAULT")


def test_buying_a_named_website_is_a_takeover(run):
    event = _one(run("The search firm Kelvo has bought the Bloglines website for an undisclosed sum."), "COOPERATE")
    assert event.recipient.name == "Bloglines"
    assert not run("The search firm Kelvo has bought a website for an undisclosed sum.").events


def test_an_office_in_a_city_acts_not_the_city(run):
    text = "The state prosecutor's office in Brunswick, which is looking into the currency transactions, said the police had joined the investigation."
    event = _one(run(text), "ACCUSE")
    assert event.actor.name != "Brunswick" and "office" in event.actor.name


def test_a_city_before_a_meeting_is_where_it_is(run):
    text = "The Paris meeting of the Group of Six industrial nations took place exactly one month after the German cut in rates."
    assert not any(e.actor.name == "Paris" for e in run(text).events)


def test_banks_building_up_reserves_mobilize_nothing(run):
    assert not run("Banks built up minimum reserves today, ahead of the expected outflow.").events
    assert _events(run("The army built up reserves along the border with Zelkova."), "MOBILIZE")


def test_people_giving_up_a_meal_concede_nothing(run):
    assert not run("Many people in the developing world give up one of their daily meals so they can afford to buy a TV.").events


def test_talks_named_by_their_topic_are_the_sides_talks(run):
    event = _one(run("Debt talks between the Philippine government and its creditor banks resumed today."), "CONSULT")
    assert event.actor.country == "PHL"
    text = "Debt talks between the Philippine government and its bank advisory committee were delicately poised after a brief meeting today."
    assert _one(run(text), "CONSULT").actor.country == "PHL"
    assert _one(run("Talks between Iran and Iraq have stalled over the border issue."), "CONSULT").actor.country == "IRN"


def test_shooting_at_game_animals_is_no_assault(run):
    assert not run("Mr Kelvo is planning to put a rig on his ranch and let people shoot at a variety of game animals.").events
    assert _events(run("Soldiers shot at a crowd of protesters in the capital."), "ASSAULT")


def test_consumers_resisting_a_product_reject_nothing(run):
    text = "Kelvo Motor Co's program to introduce air-bags in its compact cars is facing widespread resistance from both consumers and dealers."
    assert not run(text).events


def test_a_firm_welcoming_feedback_or_appealing_to_fans_is_no_event(run):
    assert not run("In a statement Kelvo said the feature was still in beta and that the company welcomed feedback from users.").events
    assert not run('"We want to appeal to core fans - to give them more analysis," said Mr Darrow.').events


def test_a_product_based_on_another_is_no_base(run):
    assert not run("There are also persistent rumours that search engine Kelvo is poised to produce its own brand browser based on Firefox.").events
    assert _events(run("Iran built a military base near the border."), "MOBILIZE")


@pytest.mark.parametrize("text", ["A rebel attack on the town killed ten soldiers on Monday.", "An attack by rebels on the town killed ten soldiers on Monday."])
def test_the_maker_of_an_attack_that_killed_is_the_actor(run, text):
    event = _one(run(text), "ASSAULT")
    assert event.actor.sector == "REB" and event.recipient.sector == "MIL"


def test_nations_such_as_those_named_are_the_named(run):
    event = _one(run("Diplomats said other nations such as Italy, Belgium and the Netherlands were certain to oppose the new budget system."), "REJECT")
    assert event.actor.country == "ITA" and event.modality == "expected"


def test_being_unhappy_with_a_side_is_criticism(run):
    event = _one(run("Brazil is not happy with the existing structure of the advisory committee, Finance Minister Dilson Funaro said."), "ACCUSE")
    assert event.actor.country == "BRA" and event.modality == "asserted"
    assert _one(run("The unions were angry at the government over the pay freeze."), "ACCUSE").recipient.sector == "GOV"


def test_talking_to_officials_is_a_consultation_and_to_reporters_none(run):
    text = "Darrow and Brandt spent two days at the end of last week in Washington talking to government officials and international agencies."
    event = _one(run(text), "CONSULT")
    assert event.actor.name in ("Darrow", "Brandt")
    assert not run("Darrow talked to reporters after the meeting in the capital.").events


def test_a_conviction_is_coercion_and_questioning_a_campaign_criticism(run):
    assert _one(run("The rebels were convicted of treason by a military court."), "COERCE").actor.sector == "JUD"
    event = _one(run("The World Bank questioned a campaign by the United Nations to increase usage of technology in poorer nations."), "ACCUSE")
    assert event.mode == "disapprove"
    assert _one(run("Police questioned three suspects on Monday."), "ACCUSE").mode == "investigate"


def test_feelings_toward_things_code_nothing(run):
    assert not run("Chief executive Bill Darrow said he was disappointed with exploration in the area.").events
    assert not run("Mr Kelvo said he was fully happy with the deal.").events
    event = _one(run("Europe's 12 mln farmers are furious over plans by the European Commission to cut subsidised prices."), "ACCUSE")
    assert event.recipient.code.startswith("IGO")


def test_talking_to_people_at_large_or_a_poll_asking_them_is_no_event(run):
    assert not run("Mr Darrow said he is intending to get out and talk to as many people as possible during the campaign.").events
    assert not run("However the Kelvo poll, which questioned 1,943 adults online, found 25% did not know how they would vote.").events
    assert not run("Questioned by journalists, the minister said the government would not be forced to reduce the price.").events
    assert not run("The committee was responding to sentencing guidelines issued this summer.").events
    assert _events(run("Kelvo said it has been discussing the sale of its plants with prospective buyers for months."), "CONSULT")


def test_we_must_is_the_speakers_own_duty(run):
    text = 'Finance Minister Dilson Darrow said "We must first talk to the governments and then we can talk to the banks."'
    event = _one(run(text), "CONSULT")
    assert event.modality == "expected"
    assert not _events(run(text), "REQUEST")


def test_a_market_named_by_examples_stays_a_market(run):
    assert not run("Some networks, such as Kelvo, charge up to 1 pound for every megabyte downloaded.").events


def test_talks_between_sides_were_held_by_those_sides(run):
    assert _one(run("Talks between Iran and Iraq were held in Geneva on Monday."), "CONSULT").actor.country == "IRN"
    text = "The issue was discussed at a meeting between Ruritanian government officials, industry representatives and the film board."
    assert _events(run(text), "CONSULT")


def test_a_user_of_a_firms_service_is_not_the_firm(run):
    event = _one(run("A user of Kelvo's music service is suing the firm saying he can only use its player."), "ACCUSE")
    assert event.actor.entity is None and event.recipient.name == "the firm"


def test_beating_scams_and_giveaways_to_customers_code_nothing(run):
    assert not run("Kelvo is introducing two initiatives to help beat rogue dialler scams.").events
    assert not run("Spider-Man 2 on UMD will be given to the first million customers in the US.").events
    assert _events(run("The government gave food to thousands of people in the flooded region."), "AID")


def test_an_event_set_before_another_or_made_by_someone_happened(run):
    event = _one(run("Debate on the budget resumed after a nine-day opposition boycott.", date="1987-03-13"), "PROTEST")
    assert event.actor.sector == "OPP"
    text = "Tax cuts would be increased, in line with a pledge made by Finance Minister Gerhard Darrow at last month's conference in Paris."
    assert _one(run(text, date="1987-03-07"), "AGREE").actor.name == "Gerhard Darrow"
    assert _one(run("Police carried out six raids in August."), "COERCE").actor.sector == "COP"


def test_an_investigation_begun_and_an_accord_concluded(run):
    assert _events(run("In October 2000 the US Customs Service began an investigation into the networks."), "ACCUSE")
    text = "The agreement comes five days after Jamaica successfully concluded a rescheduling accord with the Paris Club of creditor nations."
    assert _one(run(text), "SUPPORT").actor.country == "JAM"


def test_an_explosive_device_still_kills(run):
    event = _one(run("Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of Basra."), "ASSAULT")
    assert event.recipient.country == "USA"
    # the maker of what is turned down is its recipient, not who turns it down
    doc = run("A previous approach to the board by Mr Darrow in October last year was turned down.")
    assert all(e.actor.name != "Mr Darrow" for e in doc.events)


def test_working_with_another_is_cooperation(run):
    event = _one(run("Kelvo has been working with Zelco Corp on the processor for three years."), "COOPERATE")
    assert event.actor.name == "Kelvo"


def test_shares_traded_and_products_launched_code_nothing(run):
    assert not run("Kelvo Energy traded earlier on the Toronto Stock Exchange at 7-1/8, near its 52-week high.").events
    assert not run("Kelvo launched its desktop search tool in October.").events
    assert not run("The company, which makes role playing games, is seeking people aged 18 to 99.").events
    assert _events(run("The army launched an offensive against the rebels on Monday."), "ASSAULT")


def test_a_workers_union_is_labour(run):
    event = _one(run("United Food and Commercial Workers Union Local 222 rejected a new contract proposal from Kelvo Beef Processors Inc."), "REJECT")
    assert event.actor.sector == "LAB"


def test_past_events_named_by_their_date_or_a_figure_are_no_events(run):
    assert not run("Demand dipped after the 11 September terrorist attacks and the outbreak of the SARS virus.").events
    assert not run("Delighted officials are now preparing to carry the reform offensive into other areas.").events
    event = _one(run("The news came as France began evacuating its hostages after days of anti-French demonstrations."), "PROTEST")
    assert event.actor.country != "FRA"


def test_probes_conducted_and_talks_making_progress_are_coded(run):
    event = _one(run("The FDA and a house subcommittee are conducting their own separate probes into whether Kelvo withheld data."), "ACCUSE")
    assert event.mode == "investigate"
    assert _one(run("Talks between France and Iran on the repayment of a loan have made progress, Darrow said."), "CONSULT").actor.country == "FRA"


def test_freed_from_limits_phone_calls_and_a_reports_warning_code_nothing(run):
    assert not run("The foundation changed its tax status, freeing it from the constraints of the holdings limitations.").events
    assert not run("Kelvo lets people make free calls to other users and also make low-cost calls to ordinary phone numbers.").events
    assert not run("Most documents hold sensitive data. The report warns firms to do a better job of policing documents.").events
    assert _events(run("The opposition made calls for calm after the riots in the capital."), "REQUEST")


def test_an_officer_titled_after_his_bodys_initials_is_of_its_country(run):
    text = (
        "PARIS, March 4 - The size of French barley stocks is worrying, French Cereals Intervention Office (ONIC) "
        "Director Bernard Darrow said. Darrow called on the EC Commission to help by awarding a larger volume of export certificates."
    )
    event = _one(run(text, date="1987-03-04"), "REQUEST")
    assert (event.actor.name, event.actor.country) == ("Bernard Darrow", "FRA")
    assert not run("Kelvo Chemical is conducting a study on whether to go for control of the whole company.").events


def test_talks_had_with_a_side_and_a_us_party_tag(run):
    event = _one(run("Kelvo Group Inc, a Houston investment firm, said it has had talks with Zelco and Co, which is seeking control of the company."), "CONSULT")
    assert event.recipient.name.startswith("Zelco")
    text = "WASHINGTON, March 5 - Sen. David Darrow (D-Okla.), chairman of the Senate Agriculture subcommittee, last week pledged to consider a bill before Easter."
    assert _one(run(text, date="1987-03-05"), "AGREE").actor.country == "USA"


def test_neither_nor_is_no_one(run):
    assert _one(run("Neither Iran nor Iraq attacked the ships in the Gulf."), "ASSAULT").modality == "negated"


def test_what_is_sought_from_a_side_is_sought_of_it(run):
    event = _one(run("Kelvo then filed a suit seeking punitive damages from Zelco Tool Co for calling off the merger."), "ACCUSE")
    assert event.recipient.name == "Zelco Tool Co"
    event = _one(run("Six Swiss noteholders are seeking interest and principal payment from Kelvo Petroleum on their debt."), "REQUEST")
    assert event.recipient.name == "Kelvo Petroleum"


def test_a_group_led_by_someone_is_of_the_leaders_side(run):
    event = _one(run("A delegation led by Trade Minister Lee Darrow of South Korea agreed to buy U.S. wheat."), "AGREE")
    assert event.actor.country == "KOR"
    text = (
        "WASHINGTON, March 11 - South Korean Trade Minister Lee Darrow said his nation would keep a surplus. "
        "Darrow spoke at the end of a trade mission here during which a team he led agreed to buy U.S. products."
    )
    assert _one(run(text, date="1987-03-11"), "AGREE").actor.country == "KOR"


def test_a_complaint_lodged_since_a_suspension_is_the_suspended_ones_and_not_against_its_hearer(run):
    doc = run("Ms Darrow was suspended on 25 September pending an inquiry and has since lodged a complaint with the US Equal Employment Opportunity Commission.")
    event = _one(doc, "ACCUSE")
    assert event.actor.name.endswith("Darrow")
    assert event.recipient is None
    assert event.date != "2023-09-25" and event.date != "2024-09-25"
    event = _one(run("The union filed a complaint with the labour ministry against Kelvo Airlines."), "ACCUSE")
    assert event.recipient.name == "Kelvo Airlines"


def test_talks_under_way_or_in_progress_are_held(run):
    event = _one(run("Talks between Iran and Iraq are under way in Geneva."), "CONSULT")
    assert {event.actor.country, event.recipient.country} == {"IRN", "IRQ"}
    assert _one(run("Zorbia's negotiations with the IMF were still in progress on Friday."), "CONSULT").recipient.name == "IMF"


def test_the_countrys_court_is_the_country_told(run):
    event = _one(run("A Norwegian student who ran a website has been ordered to pay compensation by the country's Supreme Court."), "REQUEST")
    assert event.actor.country == "NOR"


def test_someones_representatives_are_theirs_and_no_legislature(run):
    event = _one(run("The union said its representatives would meet the minister on Friday."), "AGREE")
    assert event.actor.sector == "LAB"
    doc = run("The group said on Friday that its representatives had met with Kelvo Industries officials.")
    assert all(e.actor.sector != "LEG" for e in doc.events if e.actor is not None)


def test_a_denial_told_again_in_a_quote_is_one_event(run):
    text = (
        "A Kelvo Industries official later said Darrow had told the company he was not dissatisfied with its management. "
        '"Mr. Darrow has told the company today that he is not dissatisfied with management," Kelvo\'s Bill Lee told Reuters.'
    )
    assert len(_events(run(text), "ACCUSE")) == 1


def test_capital_raised_through_a_share_issue_raises_no_issue(run):
    assert not run("Kelvo Steamship will raise 228.5 mln dlrs for working capital through a one-for-five rights issue at 11.50 dlrs a share.").events


def test_virus_writers_are_no_press_and_groups_including_bodies_are_those_bodies(run):
    event = _one(run("In total, eight virus writers were arrested and some members of the group were sentenced."), "COERCE")
    assert event.recipient.sector != "JRN"
    event = _one(run("A legal complaint for copyright violation was filed by groups including the Kelvo Rights Society and Zelco Music."), "ACCUSE")
    assert event.actor.name == "Kelvo Rights Society"


def test_the_trade_giant_is_the_business_named_before(run):
    doc = run("Kelvo Systems has taken more legal action to stop online leaks of its new products. The computer giant has sued three men for releasing preview versions of its software.")
    event = next(e for e in _events(doc, "ACCUSE") if e.recipient is not None)
    assert event.actor.name == "Kelvo Systems" and event.recipient.name == "three men"


def test_the_countrys_things_and_dealers_are_not_its_own_and_a_recall_calls_no_one_names(run):
    doc = run("Zorbia's economy grew. The country's deal to join the World Trade Organisation set that year as a deadline for reform.")
    assert not doc.events
    text = "Brazil's finance minister met bankers. The minister needs to present a convincing economic program to the country's creditors."
    assert all(e.recipient is None or e.recipient.country != "BRA" for e in run(text).events)
    assert not run("In addition, the car giant Kelvo Motors is calling back 17,815 Zelco Rangers from the 2005 model years.").events
    event = _one(run("Major farm groups, including the Kelvo Growers Union, have voiced strong opposition to the plan."), "ACCUSE")
    assert event.recipient is None or event.recipient.sector != "OPP"


def test_a_contract_signed_to_sell_is_with_the_buyer_and_a_name_the_model_missed_is_known_elsewhere(run):
    text = (
        "PARIS, March 3 - The European Zelco Industrie consortium has signed a one billion dlr contract to sell 10 short-haul jets "
        "to All Nippon Airways of Japan, a spokesman said today. Zelco has already signed large deals with Kelvo Air."
    )
    events = _events(run(text, date="1987-03-03"), "SUPPORT")
    assert any(e.recipient is not None and e.recipient.name.startswith("All Nippon Airways") for e in events)


def test_an_agreement_under_a_dated_deal_is_of_that_date_and_with_the_shares_holder(run):
    event = _one(run("Under a February 21 deal, Kelvo agreed to buy the 2.6 mln of the 3.06 mln shares held by Ann Darrow at 24 dlrs a share.", date="1987-03-13"), "AGREE")
    assert event.date == "1987-02-21"
    assert event.recipient is not None and event.recipient.name == "Ann Darrow"


def test_share_warrants_are_no_arrest_and_a_search_committee_no_inquiry(run):
    assert not run("Kelvo and Zelco Robur are issuing French franc domestic bonds with share warrants, according to announcements.").events
    assert _one(run("A judge issued an arrest warrant for the former minister."), "COERCE").mode == "arrest"
    assert not run("Kelvo Tool Co said its board has appointed a committee to search for a chief operating officer.").events
    assert _events(run("The government appointed a committee to investigate the crash."), "ACCUSE")


def test_a_unions_members_striking_an_employer_is_a_strike(run):
    event = _one(run("The union said its members have struck the news staffs of Kelvo Inc this morning."), "PROTEST")
    assert event.mode == "strike"
    assert _one(run("Rebels struck a police checkpoint near the border."), "ASSAULT")


def test_a_place_measured_from_is_neither_target_nor_place(run):
    text = "BAGHDAD, March 11 - The agency said the attack was repelled yesterday by the 96th Brigade on the peak, 340 kms north of Baghdad."
    doc = run(text, date="1987-03-11")
    event = _one(doc, "ASSAULT")
    assert event.recipient is None or event.recipient.name != "Baghdad"
    assert event.place is None or _entity_name(doc, event.place) != "Baghdad"


def test_figures_endorsed_acts_violated_products_released_and_approvals_appealed_code_nothing(run):
    assert not run("That figure was endorsed by three independent companies, Kelvo, Zelco and Darrow Games.").events
    assert not run("The agency took the action because the messages being sent violated several parts of the Kelvo Act.").events
    assert not run("Some analysts predict that Zelbox 2 will be released in the US before the end of 2005.").events
    assert not run("The Pentagon will appeal Commerce's approval of the sales, a spokesman said.").events


def test_a_side_the_parse_made_an_infinitives_subject_is_still_worked_with(run):
    event = _one(run("Kelvo has worked with electronics giant Zelco to develop a shell for the mobile phone."), "COOPERATE")
    assert event.recipient is not None and event.recipient.name.endswith("Zelco")


def test_judgements_warnings_and_overshadowing_are_no_acts(run):
    assert not run("The Zorbian government has repeatedly let the Ruritanian side know that it considers the 1976 Berne protocol as inactive.").events
    assert not run("Fans wrote in to the website to express their delight - and to offer a warning.").events
    assert not run("But for others there is another, newer net icon threatening to overshadow Kelvo in the post dot-com world - Zelco.").events
    assert _one(run("The rebels threatened to attack the capital."), "THREATEN")


def test_a_speakers_group_is_no_support_and_a_firms_advice_to_users_no_request(run):
    text = '"We will start broadcasting in HDTV when the time is right," says Ann Darrow, from the network\'s high-definition support group.'
    assert not run(text).events
    assert not run("Anti-virus firms urged users to be wary of unexpected e-mail messages bearing attachments.").events
    assert _one(run("Police urged people to stay indoors."), "REQUEST")


def test_a_place_holding_a_country_name_is_not_that_country_and_a_two_word_name_is_the_full_one(run):
    text = "SYDNEY, March 3 - A spokeswoman said the New South Wales Corporate Affairs Commission was investigating 14 other cases."
    assert all(e.actor.country != "GBR" for e in run(text, date="1987-03-03").events)
    text = (
        "CARACAS, March 11 - Ecuador will ask OPEC to raise its oil export quota, deputy Energy Minister Fernando Darrow Alvez said. "
        "Darrow Alvez, who arrived in Caracas last night to discuss an aid plan for Ecuador, did not say more."
    )
    event = _one(run(text, date="1987-03-11"), "CONSULT")
    assert event.actor.country == "ECU"


def test_a_settlements_terms_are_no_ones_request(run):
    assert not run("The settlement also calls for the withdrawal of Darrow's motion to intervene in pending shareholder actions.").events


def test_offers_of_access_threats_under_consideration_and_asks_of_buyers_stay(run):
    assert _one(run("Zorbian president Ann Darrow has offered China wide-ranging access to the country's oil reserves."), "AGREE")
    assert _one(run("Kelvo's owners said the government was considering taking criminal action against those found guilty."), "THREATEN")
    assert _one(run("The owners of Kelvo are to ask the buyer of its former production unit to pay back a $900m loan."), "REQUEST")


def test_aid_secured_from_donors_is_theirs_and_figurative_blasts_and_hurts_code_nothing(run):
    event = _one(run("Zorbia Railway Corporation has secured aid from the World Bank and Ruritania."), "AID")
    assert event.recipient is not None and event.recipient.name.startswith("Zorbia Railway")
    assert not run("The mobile gaming industry is set to explode in 2005 with a number of high-profile devices.").events
    assert not run("EC nations will be hurt by the diverted shipments of Asian textiles.").events
    assert not run("Laws on net cafe opening hours were introduced in 2002 following a fire at one cafe that killed 25 people.").events
    assert not run("The body that represents the movie industry has released its latest tool in its campaign against file-sharing.").events
    assert _one(run("Three soldiers were hurt in the attack."), "ASSAULT")


def test_a_dateline_with_a_stray_comma_and_the_country_an_official_speaks_for(run):
    text = (
        "CHICAGO, March 4, - Zorbia's record trade surplus with the U.S. is bound to diminish as the country switches purchases, "
        "Trade Minister Lee Darrow said. He denied any plans for a drastic and sudden revaluation."
    )
    doc = run(text, date="1987-03-04")
    assert doc.article.date.source == "dateline"
    assert all(e.actor.country is not None for e in doc.events if e.actor is not None and e.actor.name and "Darrow" in e.actor.name)


def test_a_ministry_of_the_country_a_story_is_about(run):
    text = (
        "Peru has cut spending. Peru's budget fell by a tenth and Peru's debt rose. "
        "The chancellor has demanded all government departments make similar savings."
    )
    event = _one(run(text), "REQUEST")
    assert event.recipient is not None and event.recipient.country == "PER"
    text = "Peru has cut spending. Peru's budget fell and Peru's debt rose. Local government officials in Hessen have spoken out against the move."
    assert all(e.actor.country != "PER" for e in run(text).events)


def test_an_offer_dismissed_is_rejected_and_an_order_placed_is_a_purchase(run):
    text = "Zelco Corp offered to acquire Kelvo Inc for five dlrs a share, but Kelvo Inc dismissed the offer as frivolous."
    event = _one(run(text), "REJECT")
    assert event.recipient is not None and event.recipient.name.startswith("Zelco")
    event = _one(run("Kelvo Airways Ltd has placed a firm order with Zelco Co for four aircraft, its chairman said."), "COOPERATE")
    assert event.recipient is not None and event.recipient.name.startswith("Zelco")


def test_a_figurative_explosion_kept_from_acting_and_the_question_whether(run):
    assert not run("The explosion in consumer technology is to continue into 2005, delegates at the gadget show were told.").events
    assert not _events(run("Darrow said Lee, then head of the council, kept him from probing the scandal for weeks."), "ACCUSE")
    text = "Referring to the question of whether Darrow gave prior approval to a shipment of arms to Zorbia, Lee said he did not know."
    assert _one(run(text), "AGREE").modality == "hypothetical"


def test_a_plan_dismissed_as_desperate_is_still_criticism(run):
    assert _one(run("The Tories dismissed the maternity pay plan as desperate."), "ACCUSE")


def test_a_listed_body_the_model_missed_a_bid_resisted_and_a_trip_planned(run):
    event = _one(run("The European Parliament has thrown out a bill that would have allowed software to be patented."), "REJECT")
    assert event.actor.code is not None and event.actor.code.startswith("IGO")
    event = _one(run("Kelvo Medical is expected to resist Ann Darrow's latest bid."), "REJECT")
    assert event.modality == "expected"
    text = "WASHINGTON, March 4 - U.S. Trade Representative Lee Darrow said he plans a July trip to China to discuss trade issues."
    event = _one(run(text, date="1987-03-04"), "CONSULT")
    assert event.recipient.country == "CHN" and event.modality == "expected"
    assert not run("She planned a trip to Norfolk but did not check the weather.").events
    assert not run("Sci-fi shooter Zelbox 3 has blasted away the competition at a major games ceremony.").events
    assert not run("The sci-fi horror Zelbox 3 shot straight to the top of the UK games charts on its release in August.").events


def test_formats_backed_innocence_protested_and_content_offered_code_nothing(run):
    assert not run("A next generation DVD technology backed by Kelvo has received a major boost.").events
    assert not run("Some of those who have been banned protested their innocence in the online forums.").events
    assert not run("Huge changes are afoot in 2005 as companies such as Kelvo offer TV content over the net.").events
    assert _one(run("Thousands protested against the war in Madrid."), "PROTEST")


def test_the_way_someone_acts_is_theirs_to_be_criticised_for(run):
    event = _one(run("The minister criticised the way the police handled the protest."), "ACCUSE")
    assert event.recipient is not None and event.recipient.sector == "COP"


def test_a_describers_suggestion_dismissed_by_a_body_is_aimed_at_him(run):
    text = "The head of another foreign bank said the Bank of Zorbia had dismissed his suggestion of a rise in reserve requirements."
    event = _one(run(text), "REJECT")
    assert event.recipient is not None and event.recipient.name == "The head of another foreign bank"
    text = "The head of the dockers' union said Kelvo Shipping Co had rejected his proposal of a shorter week."
    event = _one(run(text), "REJECT")
    assert event.recipient is not None and event.recipient.sector == "LAB"
    assert _one(run("A senior official said the minister had rejected her proposal."), "REJECT").recipient is None  # she may be the minister


def test_protests_told_as_spreading_or_as_a_daily_occurrence_happen(run):
    event = _one(run("Demonstrations by dockers have become an almost daily occurrence in Port Kelvo."), "PROTEST")
    assert event.actor.sector == "LAB"
    assert _one(run("Protests by farmers have spread across the country."), "PROTEST").actor.sector == "AGR"
    assert not run("A general strike is never a pleasant sight, the dockers said.").events


def test_talks_being_held_beside_an_aim_are_asserted(run):
    text = "The bank aims to reduce terms for prime customers and is holding talks with the Kelvo Export Board on details, he said."
    assert _one(run(text), "CONSULT").modality == "asserted"
    text = "The minister wants to visit Kelvo City and meet the governor."
    assert all(e.modality == "expected" for e in run(text).events)


def test_a_firms_own_shareholders_meeting_is_no_consultation(run):
    assert not _events(run("Zelco is due to hold an extraordinary shareholders' meeting on Tuesday to approve the share issue."), "CONSULT")
    assert not _events(run("Kelvo Corp will hold a board meeting in May to consider the offer."), "CONSULT")
    assert _one(run("The board of Kelvo Corp held a meeting with the bank's creditors on Monday."), "CONSULT")


def test_a_sale_sanctioned_by_shareholders_is_no_sanction(run):
    text = "The statement said the sale did not represent any withdrawal from the bank's commitments and that it had been sanctioned by the other main shareholders."
    assert not _events(run(text), "SANCTION")


def test_a_firm_named_after_its_countrys_description_is_of_that_country(run):
    text = "Norway's largest bank, the state-owned Kelvo Bank, plans to cut rates. The bank is holding talks with the Export Development Board, its chairman said."
    event = _one(run(text), "CONSULT")
    assert event.actor.country == "NOR"


def test_help_no_one_has_any_desire_to_give_is_negated(run):
    text = '"I don\'t see any desire here to scurry around and help Zorbia until we know what they want," a senior official said.'
    assert _one(run(text), "AID").modality == "negated"


def test_talks_with_one_side_and_not_with_another_are_with_the_first(run):
    text = (
        "Another senior official said he was perplexed by Hausner's decision to discuss the latest crisis with governments "
        "and not with creditor banks, at a time when Brazil is in danger of losing short-term credit lines."
    )
    event = _one(run(text), "CONSULT")
    assert event.recipient is not None and event.recipient.sector == "GOV"


def test_reviewing_ones_own_investment_investigates_no_one(run):
    assert not run("But Mark Hausner said he intends to review his investment in Kelvo Broadcasting and may be involved in further talks.").events
    event = _one(run("The government will review the contract with Kelvo Oil."), "ACCUSE")
    assert event.mode == "investigate"


def test_a_group_told_again_with_its_country_is_one_meeting(run):
    text = (
        "WASHINGTON, March 3 - The U.S. is sticking to its policy that Peru should deal with its creditors, U.S. officials said. "
        "In a related development, small regional banks that have made loans to Peru and other heavily-indebted Latin American countries, "
        "will meet with Federal Reserve Chairman Mark Hausner here tomorrow. Peru shocked banks late last month when it stopped interest payments. "
        "Several of the regional banks that will meet with Hausner tomorrow declined to comment because the talks will be held at the Fed's suggestion."
    )
    meetings = _events(run(text, date="1987-03-03"), "AGREE")
    assert len(meetings) == 1 and meetings[0].actor.country == "USA"


def test_a_listings_release_date_releases_no_one(run):
    assert not run("ZELBOX ULTIMATE. The ninja team are back with revamped versions of the first two games. Released 11 March on Xbox.").events


def test_networks_that_let_people_make_calls_ask_nothing(run):
    assert not run("Kelvonia was not far behind the rest of the world in setting up networks in 1985 that let people make calls while they walked.").events
    assert _one(run("Opposition parties made renewed calls for an inquiry."), "REQUEST")


def test_a_firm_offering_a_device_named_in_brackets_offers_it_to_no_one(run):
    assert not run("Cable firm Kelvo is to offer a personal video recorder (PVR) in a set-top box to challenge its rival.").events


def test_a_letter_of_intent_signed_is_an_agreement(run):
    assert _one(run("Kelvo Legal Services Inc said it has signed a letter of intent under which it would receive financing from Zelco Corp."), "SUPPORT")
    assert not run("More than 100 MPs signed a letter to the prime minister.").events


def test_an_offer_not_accepted_is_rejected(run):
    text = "Consumer delegates said they had not been prepared to accept the producers' offer to abandon quotas if it proves impossible to find a basis for them."
    event = _one(run(text), "REJECT")
    assert event.modality == "asserted"
    assert _one(run("The union accepted the offer."), "AGREE")


def test_a_proposal_by_someone_judged_unjustified_is_criticism_of_them(run):
    event = _one(run("Hausner said a proposal by House Speaker Mark Lindqvist for a tax on securities was unjustified."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name.endswith("Lindqvist")


def test_a_device_offered_or_released_is_no_recipient(run):
    assert not run("Zelco offer a less powerful Kelvo Mini for 339 pounds but the 399 pound model has a faster chip.").events
    assert not run("Zelco is also planning to release a media adapter for the handheld so it can play music and video.").events
    event = _one(run("The rebels released three Red Cross workers."), "RETREAT")
    assert event.recipient is not None


def test_natural_disasters_strike_no_one(run):
    assert not run("Natural disasters have struck Kelvonia this year.").events


def test_the_authorities_of_a_story_about_one_country_are_its(run):
    text = (
        "China's media market is growing fast. China has 1.3 billion people, and China's regulators watch the market. "
        "Investors from China and abroad are keen. But according to recent reports from China, the authorities have tightened "
        "controls over foreign investment in TV production joint ventures."
    )
    event = _one(run(text), "COERCE")
    assert event.actor.country == "CHN"


def test_a_share_of_those_a_survey_asked_is_no_questioning(run):
    assert not run("According to Kelvo Research, 29% of the people it questioned said they were technophobes.").events
    assert _one(run("Police questioned the men who robbed the bank."), "ACCUSE")


def test_senators_listed_after_sens_do_not_take_the_subjects_place(run):
    text = (
        "WASHINGTON, March 11 - Kelvonian Foreign Secretary Mark Hausner, winding up a two-day visit to Washington, said he expected action on acid rain. "
        "Hausner today held discussions with Treasury Secretary Tom Lindqvist and Democratic Sens. John Miller of New York, Paul Carter of Connecticut, "
        "Lloyd Evans of Texas and George Wilson of Maine. Yesterday, he held talks with Vice President Ray Kimball, Secretary of State Dan Orwell "
        "and Commerce Secretary Sam Tully."
    )
    talks = [e for e in run(text, date="1987-03-11").events if e.type == "CONSULT"]
    assert len(talks) == 2 and all(e.actor.name.endswith("Hausner") for e in talks)


def test_who_right_after_a_name_in_a_group_is_that_person(run):
    text = "The issue was discussed with Lindqvist and several of the senators, including Wilson who urged Canada to keep the heat on the administration, officials said."
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "Wilson"


def test_patents_released_into_a_community_release_no_one(run):
    assert not run("Computer giant Kelvo says 500 of its software patents will be released into the open development community.").events
    event = _one(run("The army released the prisoners to the Red Cross."), "RETREAT")
    assert event.actor.sector == "MIL"
    text = "Zorbia on Wednesday released the mayor of the northern city of Kelvo, a member of the opposition jailed over a year ago, officials said."
    assert _one(run(text), "RETREAT")


def test_a_programme_of_sanctions_announced_is_a_sanction_on_its_target(run):
    text = "STOCKHOLM, March 12 - Norway announced its promised program of unilateral economic sanctions against Kelvonia and gave firms an October deadline to cut trading links."
    event = _one(run(text, date="1987-03-12"), "SANCTION")
    assert event.actor.country == "NOR" and event.recipient is not None and event.recipient.name == "Kelvonia"
    assert not run("The government announced a new programme of tax cuts.").events


def test_a_boycott_of_a_state_is_not_made_by_that_state(run):
    text = (
        "STOCKHOLM, March 12 - Norway announced sanctions against South Africa on Thursday. "
        "Foreign Trade Minister Anna Lind said a trade boycott of South Africa and neighbouring Namibia would take effect from July 1."
    )
    assert all(e.actor.country != "ZAF" for e in run(text, date="1987-03-12").events)


def test_a_game_that_engages_you_fights_no_one(run):
    assert not run("Pacific Storm is a fine game. It engages you very well and also looks wonderful.").events


def test_prototypes_demonstrated_at_a_show_are_no_protest(run):
    assert not run("Both these prototypes will be demonstrated, along with other concept vehicles, at the Kelvo stand at the Expo 2005 in Aichi.").events


def test_a_lawsuit_withdrawn_is_a_concession(run):
    event = _one(run("The union withdrew its lawsuit against Kelvo Corp."), "CONCEDE")
    assert event.recipient is not None and event.recipient.name.startswith("Kelvo")
    assert _one(run("Prosecutors dropped the charges against the two men."), "CONCEDE")
    assert _one(run("Justice Minister Ann Hausner has decided to drop the plans."), "REJECT")


def test_a_product_launched_to_challenge_rivals_attacks_no_one(run):
    assert not run("Electronics firm Kelvo has unveiled its first humanoid robot, called Zorbo, to challenge Zelco's Asimo and Nomura's Qrio robots.").events


def test_the_two_countries_after_their_capitals_are_those_states(run):
    text = (
        "Trade between Helsinki and Moscow is based on a barter system, and is balanced under long-term accords. "
        "In January the two countries signed a 1987 agreement worth 30 billion markka, but trade has been declining."
    )
    event = _one(run(text, date="1987-03-05"), "SUPPORT")
    assert event.actor.country == "FIN"


def test_a_title_with_an_article_in_its_of_phrase_gives_the_country(run):
    text = "Their comments echoed those of British Chancellor of the Exchequer Mark Hausner, who met Ann Lindqvist yesterday."
    event = _one(run(text), "CONSULT")
    assert event.actor.country == "GBR"


def test_no_question_of_agreeing_is_no_agreement(run):
    text = "Hausner has rejected suggestions for negotiations with the IMF and said there is no question of Kelvonia agreeing to an austerity program with the Fund."
    assert not _events(run(text), "AGREE")


def test_support_offered_is_support(run):
    text = "One senior banker closely involved in the debt talks offered qualified support for a call from Hausner for a change in the structure of the committee."
    assert _one(run(text), "SUPPORT")
    assert _one(run("The Saudis have also offered to support members having difficulty in selling their oil, analysts said."), "AGREE")


def test_the_governments_watchdog_is_of_the_storys_state(run):
    text = (
        "Super high-speed wireless data networks could soon be in use in the UK. The government's wireless watchdog is seeking help "
        "on the best way to regulate the technology. Britain's firms have until March to respond, and UK consumers are keen, a UK analyst said."
    )
    assert _one(run(text), "REQUEST").actor.country == "GBR"


def test_legal_action_launched_to_sue_is_the_launchers(run):
    event = _one(run("The Kelvonian movie industry has launched legal action to sue people who facilitate illegal film downloading."), "ACCUSE")
    assert event.actor.sector == "BUS"
    text = "Mr Hausner compared Zelco's attempt to take over Kelvo Mining to a similar bid by an oil giant."
    assert all(not e.actor.name.endswith("Hausner") for e in run(text).events)


def test_a_meeting_expected_before_a_month_is_in_the_coming_one(run):
    text = "NEW YORK, Feb 26 - Ann Hausner, editor of a newsletter, expects OPEC to meet before June, although not immediately."
    assert _one(run(text, date="1987-02-26"), "CONSULT").date == "1987-06"


def test_a_state_lending_another_crude_is_aid(run):
    event = _one(run("The World Bank lent Kelvonia 200 mln dlrs last year."), "AID")
    assert event.actor.name == "World Bank"
    event = _one(run("CARACAS, March 12 - Venezuela will lend Ecuador 50,000 barrels per day of crude oil, the minister said today.", date="1987-03-12"), "AGREE")
    assert (event.actor.country, event.recipient.country) == ("VEN", "ECU")
    assert not run("Such reports lend credence to the rumours.").events


def test_the_central_bank_is_of_the_storys_state(run):
    text = "STOCKHOLM, March 6 - The central bank recommended a change in the ownership of Swedish banks. The central bank gave its approval to the plan."
    assert _one(run(text, date="1987-03-06"), "AGREE").actor.country == "SWE"


def test_a_lower_case_president_before_an_unknown_name_is_a_firms_officer(run):
    text = (
        "MONTREAL, Feb 26 - Kelvo Inc, one of Canada's largest publishing companies, is likely to launch a newspaper, president Pierre Hausner told Reuters. "
        "Hausner and Zelco's companies teamed up to buy the stake in Marlow Inc."
    )
    event = _one(run(text, date="1987-02-26"), "COOPERATE")
    assert event.actor.sector != "GOV"
    text = "SAO PAULO, March 2 - Finance Minister Dilson Funaro and central bank president Francisco Hausner last week visited Washington."
    assert _one(run(text, date="1987-03-02"), "CONSULT").co_actors[0].sector == "GOV"


def test_a_participle_inside_a_compound_adjective_backs_no_one(run):
    text = "S and P noted that Bank of America issued credit card backed debt and also realized lower funding costs."
    assert not run(text).events


def test_a_gerund_naming_an_activity_is_no_act(run):
    assert not run("Within this total, lending to consumers fell by 6.0 pct and lending to businesses declined by 5.0 pct.").events
    assert not run("The OECD said a striking feature of 1986 was the concentration of lending to the OECD group of countries.").events
    assert not run("Supplying arms to the rebels fell by 6 pct, the report said.").events
    assert not run("The report noted the concentration of supplying arms to the rebels.").events


def test_ordering_a_product_asks_nothing(run):
    assert not run("Consumers can order a new cable from the Kelvo website or by telephoning the firm.").events


def test_what_one_agrees_to_serve_as_is_no_side(run):
    text = "WASHINGTON, March 4 - Reagan also announced that Tower had agreed to serve as a member of his Foreign Intelligence Advisory Board."
    event = _one(run(text, date="1987-03-04"), "AGREE")
    assert event.recipient is None or "member" not in (event.recipient.name or "")


def test_a_place_name_that_speaks_after_a_firm_named_by_it_is_the_firm(run):
    text = (
        "CLAYMONT, Del., March 12 - Phoenix Steel Corp said it reached a revised debt reorganization agreement under which its "
        "unsecured trade creditors would receive up to 50 cts on the dlr.\n\n"
        "Phoenix said it arranged the new agreement with its major shareholder, Marlow Ventures, and a committee representing its unsecured creditors.\n\n"
        "The plan must be approved by April 1 by 80 pct of Phoenix's unsecured and other creditors, the company said.\n\n"
        "The creditors must also withdraw claims against Phoenix, Marlow and others, Phoenix said."
    )
    doc = run(text, date="1987-03-12")
    assert not [e for e in doc.entities if e.name == "Phoenix" and e.type == "PLACE"]


def test_a_thing_that_must_be_approved_is_a_condition_no_demand(run):
    text = "Kelvo Corp said it reached a debt agreement. The plan must be approved by April 1 by 80 pct of Kelvo's creditors, the company said."
    assert not _events(run(text, date="1987-03-12"), "REQUEST")


def test_withdrawing_a_subsidy_is_a_sanction(run):
    text = "Kelvonian Social Affairs Minister Ann Hausner announced she is withdrawing the annual labour subsidy for the strike-hit port sector."
    assert _one(run(text), "SANCTION").actor.name == "Ann Hausner"


def test_a_legal_campaign_by_studios_accuses(run):
    event = _one(run("Last month the studios launched a legal campaign against websites."), "ACCUSE")
    assert event.actor.sector == "BUS"


def test_a_consultation_with_colleagues_is_talks(run):
    text = (
        'LAGOS, March 11 - Oil minister Ann Hausner told a news conference here "After due consultation with my colleagues in OPEC, '
        'I hereby wish to emphasize that Nigeria and all member countries of OPEC remain determined to uphold the accord."'
    )
    event = _one(run(text, date="1987-03-11"), "CONSULT")
    assert event.recipient is not None and "OPEC" in event.recipient.name


def test_the_one_convinced_to_offer_offers(run):
    text = "WASHINGTON, March 13 - Sources said Kelvonia may be hoping to convince the USDA to offer Moscow a subsidy on wheat."
    assert _one(run(text, date="1987-03-13"), "AGREE").actor.name == "USDA"


def test_a_surname_after_a_title_is_the_one_named_with_that_title(run):
    text = (
        "WASHINGTON, March 3 - Volcker's allies, Vice-President George Bush and Treasury Secretary James Hausner, kept Regan at bay. "
        "New White House Chief of Staff Howard Hausner has a very good relationship with his namesake at the Treasury Department. "
        "U.S. officials say Volcker works very closely with Treasury Secretary Hausner on issues like international debt."
    )
    doc = run(text, date="1987-03-03")
    james = next(e for e in doc.entities if e.name == "James Hausner")
    assert any(m.start > text.index("closely with") for m in james.mentions)


def test_the_white_house_chief_of_staff_is_no_soldier(run):
    text = "WASHINGTON, March 3 - Former White House Chief of Staff Donald Hausner, who resigned last week, was opposed to Volcker."
    assert _one(run(text, date="1987-03-03"), "RETREAT").actor.sector != "MIL"


def test_ministers_told_again_keep_their_country(run):
    text = (
        "BRUSSELS, March 13 - Senior Belgian cabinet ministers reached an agreement on budgetary economies, the government said. "
        "The statement, issued as ministers ended a marathon meeting in the early hours of this morning, gave no details."
    )
    assert _one(run(text, date="1987-03-13"), "CONSULT").actor.country == "BEL"


def test_seeking_savings_asks_no_one(run):
    text = "Budget Minister Ann Hausner said before the meeting she was seeking economies of at least 21.2 billion francs."
    assert not _events(run(text), "REQUEST")


def test_where_a_pact_is_signed_is_no_side(run):
    text = "NEW YORK, March 12 - Kelvo Corp said it will sign a pact in Caracas on March 17 with Petroleos De Venezuela to sell it half of its refinery."
    event = run(text, date="1987-03-12").events[0]
    assert event.recipient is not None and event.recipient.name != "Caracas"


def test_talks_a_state_is_willing_to_resume_in_a_month_are_in_the_coming_one(run):
    text = "WASHINGTON, March 4 - Jon Hausner told Reuters that the United States is willing to resume the coffee negotiations as early as April if necessary."
    assert _one(run(text, date="1987-03-04"), "AGREE").date == "1987-04"


def test_a_states_creditors_are_not_of_that_state(run):
    text = "MANILA, March 1 - The Philippines will offer its commercial bank creditors an innovative pricing plan, the newspaper said."
    event = _one(run(text, date="1987-03-01"), "AGREE")
    assert event.recipient is not None and event.recipient.country != "PHL"


def test_last_march_said_in_march_is_a_year_ago(run):
    text = "NEW YORK, March 11 - Kelvonia's several hundred creditor banks agreed last March to extend the credit lines until March 31, 1987."
    assert _one(run(text, date="1987-03-11"), "AGREE").date == "1986-03"


def test_allies_of_a_named_state_are_not_that_state(run):
    text = (
        "WASHINGTON, March 4 - Failure of talks on coffee quotas last week may put political pressure on the United States, "
        "particularly the State Department, to reassess its position, U.S. officials said. "
        "The State department, a major player in setting U.S. coffee policy, may then face conflicting pressures, "
        "particularly from politically-sensitive U.S. allies in Central America, U.S. officials said."
    )
    assert all(e.actor.country != "USA" for e in run(text, date="1987-03-04").events if "allies" in (e.actor.name or ""))


def test_one_act_of_no_known_doer_told_twice_in_a_sentence_is_one(run):
    text = "ROTTERDAM, March 5 - The series of strikes in the sector started on January 19 in protest at employers' plans to make 800 redundancies."
    assert len(_events(run(text, date="1987-03-05"), "PROTEST")) == 1


def test_a_committee_of_banks_is_of_business(run):
    event = _one(run("LA PAZ, March 12 - The bank advisory committee agreed to consider the offer.", date="1987-03-12"), "AGREE")
    assert event.actor.sector == "BUS"


def test_a_proposed_merger_with_another_firm_is_an_offer(run):
    text = "NEW YORK, March 3 - Trans Kelvo Airlines said it has proposed a cash merger of Zelco Group with Trans Kelvo in which the holders of Zelco common would receive 52 dlrs in cash."
    event = _one(run(text, date="1987-03-03"), "AGREE")
    assert event.actor.name == "Trans Kelvo Airlines"
    assert not run("The minister proposed a merger of the two ministries.").events


def test_a_portfolio_after_a_title_is_no_organization(run):
    text = "TOKYO, March 5 - U.S. Undersecretary of State for Economic Affairs Allen Hausner said he had urged Japan to do much more to reduce its trade surplus."
    assert _one(run(text, date="1987-03-05"), "REQUEST").actor.country == "USA"


def test_a_country_named_far_on_in_an_officials_sentence_leaves_the_office_home(run):
    text = (
        "WASHINGTON, March 11 - U.S. banks could face changes as a result of legislation adopted by the Senate Banking Committee. "
        "Committee Chairman William Hausner, the bill's sponsor, promised the committee will work on a long-term plan for new developments "
        "in the financial services industry, which is confronted by growing competition from firms in other commercial centers, such as London and Tokyo."
    )
    assert _one(run(text, date="1987-03-11"), "AGREE").actor.country == "USA"


def test_union_bargainers_are_labour(run):
    text = "DETROIT, March 2 - The company's final proposal on a new contract was unanimously rejected by union bargainers."
    assert _one(run(text, date="1987-03-02"), "REJECT").actor.sector == "LAB"


def test_a_commission_is_a_body_of_state(run):
    text = (
        "MELBOURNE, March 10 - The Arbitration Commission awarded Australian workers a flat 10 dlrs a week wage increase, "
        "Commission President Justice Barry Hausner said here. He said the Commission had rejected employers' calls for a freeze on labour cost increases."
    )
    event = _one(run(text, date="1987-03-10"), "REJECT")
    assert (event.actor.country, event.actor.sector) == ("AUS", "GOV")


def test_the_commission_of_a_story_about_the_community_is_the_communitys(run):
    text = (
        "BRUSSELS, March 5 - The European Community faces a new cash crisis, officials said. "
        "The Commission blamed the EC's new cash crisis on the reluctance of governments to pay for decisions they have taken."
    )
    event = _one(run(text, date="1987-03-05"), "ACCUSE")
    assert event.actor.country is None and (event.actor.code or "").startswith("IGOEUR")
    assert event.recipient is not None and event.recipient.name == "governments"


def test_a_promise_to_have_stock_ready_is_no_agreement(run):
    assert not run("Kelvo has promised to have a million units ready for its US launch.").events


def test_securities_and_facilities_offered_are_no_agreement(run):
    text = (
        "OTTAWA, March 6 - Bond traders said the Japanese have adapted by shifting to the medium term issues offered by Ottawa. "
        "The Bank of Kelvonia said it had offered borrowing facilities to discount houses."
    )
    assert not _events(run(text, date="1987-03-06"), "AGREE")
    assert _one(run("Japan offered a loan to Poland."), "AGREE")


def test_postponing_an_auction_sanctions_no_one(run):
    text = "STOCKHOLM, March 13 - Kelvo Bank said it would postpone indefinitely its planned auction on Monday of 4.2 mln shares deposited as loan collateral by Fermenta's founder Ann Hausner."
    assert not _events(run(text, date="1987-03-13"), "SANCTION")


def test_an_act_at_talks_dated_before_takes_their_date(run):
    text = (
        "WASHINGTON, March 4 - Failure of talks on re-establishing coffee quotas last week may put political pressure on Kelvonia, officials said. "
        "El Salvador and Guatemala both backed Brazil and Colombia at the London talks in resisting pressures for quotas."
    )
    assert _one(run(text, date="1987-03-04"), "SUPPORT").date == "1987-W09"


def test_a_government_committee_is_the_storys_government(run):
    text = (
        "ROME, March 11 - A Bank of Italy circular lets Italian banks set up merchant banking units. "
        "The circular renders operative a resolution agreed by a government interministerial committee last month."
    )
    event = _one(run(text, date="1987-03-11"), "AGREE")
    assert (event.actor.country, event.actor.sector) == ("ITA", "GOV")


def test_advice_rules_and_possibilities_offered_are_no_agreement(run):
    text = (
        "The NRC voted 4-1 to offer the rule for 60 days of public comment. "
        "Mr Hausner will be offering his advice to the contestants on Wednesday. "
        "Kelvo also plans to take advantage of networking possibilities offered by its involvement in Zelco Corp."
    )
    assert not _events(run(text), "AGREE")


def test_joint_sides_of_talks_are_each_others_recipients(run):
    text = (
        "OTTAWA, March 2 - Canada and the U.S. kick off top-level trade talks tomorrow. "
        "Employers and the port union, FNV, are to meet again this afternoon to attempt a settlement."
    )
    doc = run(text, date="1987-03-02")
    talks = [e for e in _events(doc, "CONSULT") if e.actor is not None and e.actor.sector == "GOV"]
    assert len(talks) == 1 and talks[0].recipient.country == "USA" and not talks[0].co_actors
    meeting = [e for e in _events(doc, "CONSULT") if e.actor is not None and e.actor.sector == "BUS"]
    assert len(meeting) == 1 and meeting[0].recipient.sector == "LAB"
    # joint senders of delegations to a third side keep it as their recipient
    sent = _one(run("Kenya and Uganda are sending delegations to Somalia."), "CONSULT")
    assert sent.recipient.country == "SOM" and [a.country for a in sent.co_actors] == ["UGA"]


def test_complaints_met_are_no_meeting(run):
    text = "KELVO, March 2 - As a result, Kelvonia is striving to meet U.S. Complaints about its trade practices in a variety of fields."
    assert not _events(run(text, date="1987-03-02"), "CONSULT")


def test_a_firm_that_strikes_first_holds_no_strike(run):
    text = (
        "CHICAGO, March 4 - Zelco Chemical Corp has 4.9 pct of Kelvar Marine. "
        "It makes sense, the analyst said, for Zelco Chemical to strike before the offering is underway."
    )
    assert not _events(run(text, date="1987-03-04"), "PROTEST")


def test_what_an_economist_says_must_be_done_is_no_demand(run):
    text = (
        "LONDON, March 6 - Tavo Renn, chief economist at Kelvar Securities Ltd, estimated that the government wanted a stable pound. "
        "The Bank of Kelvonia must hold out until it sees the reaction to the budget, said Renn."
    )
    assert not _events(run(text, date="1987-03-06"), "REQUEST")
    # an opposition leader saying so makes a demand
    text = "LONDON, March 6 - Opposition leader Ana Kolb said the Bank of Kelvonia must cut its rates."
    assert _one(run(text, date="1987-03-06"), "REQUEST").actor.name == "Ana Kolb"


def test_a_firm_named_after_its_dateline_speaks_as_the_firm(run):
    text = (
        "LOS ANGELES, March 11 - Kelvar Hill Securities said the Zelco Association of Dealers intends to delist its securities. "
        "Kelvar Hill Securities said it is asking the Zelco Association to stay the delisting pending a review."
    )
    doc = run(text, date="1987-03-11")
    firm = [e for e in doc.entities if e.name == "Kelvar Hill Securities"]
    assert firm and firm[0].type == "ORG"
    asked = _one(doc, "REQUEST")
    assert asked.actor.entity == firm[0].id


def test_joint_offerers_act_together(run):
    event = _one(run("Only three countries, the U.S., Colombia and Venezuela, had offered assistance."), "AGREE")
    assert event.recipient is None and [a.country for a in event.co_actors] == ["COL", "VEN"]


def test_a_strike_by_a_firms_workers_stays(run):
    text = "WELLINGTON, March 9 - Kelvar Systems Ltd said it will know tomorrow what services it will provide during a strike by bank officers against trading banks set for March 9 and 10."
    assert _one(run(text, date="1987-03-09"), "PROTEST").mode == "strike"


def test_a_stock_giving_back_gains_concedes_nothing(run):
    text = (
        "CHICAGO, March 5 - Zelco Corp will be included in the stock index, effective today, Kelvar Ratings Corp said. "
        "While Zelco's stock opened up much higher, it gave back some of its gains and is currently trading at 47-3/8."
    )
    assert not _events(run(text, date="1987-03-05"), "CONCEDE")
    assert _one(run("The rebels gave back some of the land they seized."), "CONCEDE")


def test_troops_sent_to_help_seize_no_one(run):
    text = "WELLINGTON, March 3 - A small force of troops was moved into the area to assist civil defence workers and volunteers."
    assert not _events(run(text, date="1987-03-03"), "COERCE")
    assert _one(run("Troops moved into the town to crush the revolt."), "COERCE")


def test_an_emergency_declared_for_an_earthquake_is_no_martial_law(run):
    text = (
        "WELLINGTON, March 3 - Earthquakes are still shaking areas of the north. "
        "A state of civil defence emergency in the area was declared yesterday, with access to the town of Tovar restricted."
    )
    assert not _events(run(text, date="1987-03-03"), "COERCE")
    assert _one(run("The army declared a state of emergency in the capital after the riots."), "COERCE").cameo == "1724"


def test_sides_accusing_each_other_are_each_others_recipients(run):
    text = "Talks broke up earlier this week with major producers and consumers accusing each other of intransigence."
    event = _one(run(text), "ACCUSE")
    assert (event.actor.name, event.recipient.name) == ("major producers", "consumers")


def test_an_official_a_lead_describes_is_the_one_named_next(run):
    text = (
        "WASHINGTON, March 4 - A senior British official said that protectionist bills being considered by Congress could trigger retaliation. "
        "Tavo Renn, secretary for trade and industry, said if Congress passed legislation to curb textile imports, the Kelvonian side would suffer. "
        "Renn made his remarks at a news conference after two days of talks with Reagan Administration officials."
    )
    event = _one(run(text, date="1987-03-04"), "CONSULT")
    assert event.actor.name == "Tavo Renn" and (event.actor.country, event.actor.sector) == ("GBR", "GOV")
    # the first word of a firm's name is no nationality: its spokesman is no official of a state
    text = "DALLAS, March 2 - An American Zelco spokesman said the bid was inadequate. Tavo Renn said he held talks with the company's largest holders."
    assert all(e.actor.country is None for e in _events(run(text, date="1987-03-02"), "CONSULT"))


def test_agreeing_with_a_side_the_parse_hangs_on_the_infinitive(run):
    text = "CARACAS, March 3 - Kelvonia's neighbour Venezuela agreed last Friday with its creditors to lower the interest margin."
    assert _one(run(text, date="1987-03-03"), "AGREE").recipient.name == "its creditors"
    text = "CARACAS, March 3 - Venezuela agreed last Friday with its 13-bank advisory committee to lower the interest margin to 7/8 pct over libor."
    event = _one(run(text, date="1987-03-03"), "AGREE")
    # a state's committee of banks is its creditors', of no country the phrase tells
    assert event.recipient.name == "its 13-bank advisory committee" and event.recipient.country is None


def test_initials_set_off_after_a_kind_of_body_are_that_body(run):
    text = (
        "ROTTERDAM, March 3 - Employers and the port union, KVB, are to meet again this afternoon. "
        "Employers organization chairman, Tavo Renn, accused the KVB of intransigence in refusing to alter its stance."
    )
    event = _one(run(text, date="1987-03-03"), "ACCUSE")
    assert event.recipient.name == "KVB" and event.recipient.sector == "LAB"


def test_the_company_that_speaks_is_the_one_that_spoke_before(run):
    text = (
        "NEW YORK, March 12 - Zelco Development Corp said it signed an agreement to purchase land in Florida from Kelvar Hill Properties Inc for 2.8 mln dlrs. "
        "The company said under the deal it will purchase Kelvar Hill Utilities Inc."
    )
    doc = run(text, date="1987-03-12")
    bought = [e for e in doc.events if e.trigger.text == "purchase" and e.recipient is not None and "Utilities" in e.recipient.name]
    assert len(bought) == 1 and bought[0].actor.name == "Zelco Development Corp"


def test_a_reserve_bank_of_the_federal_reserve_is_the_american_central_bank(run):
    text = "LONDON, March 13 - A trader said the Federal Reserve Bank of New York's capital markets unit has phoned banks in London today."
    event = _one(run(text, date="1987-03-13"), "CONSULT")
    assert (event.actor.country, event.actor.sector) == ("USA", "GOV")


def test_meeting_ones_own_lawyers_is_no_meeting_of_sides(run):
    text = (
        "ROTTERDAM, March 13 - Labour relations manager Tavo Renn said the employers would be meeting their lawyers today. "
        "The union said it would meet the employers on Friday."
    )
    doc = run(text, date="1987-03-13")
    assert not [e for e in doc.events if e.recipient is not None and "lawyers" in (e.recipient.name or "")]
    assert [e for e in doc.events if e.recipient is not None and e.recipient.name == "the employers"]


def test_a_plural_capitalized_after_an_abbreviation_is_no_name(run):
    text = "TOKYO, March 2 - As a result, Kelvonia is striving to meet U.S. Complaints about its trade practices."
    doc = run(text, date="1987-03-02")
    assert not [e for e in doc.entities if "Complaints" in e.name]


def test_approving_a_rate_cut_sanctions_no_one(run):
    text = "LONDON, March 13 - Analysts were surprised this week when the government sanctioned a half percentage point cut in interest rates."
    assert not _events(run(text, date="1987-03-13"), "SANCTION")


def test_a_participle_under_will_is_to_come(run):
    text = "BRASILIA, March 5 - Finance Minister Tavo Renn will extend his international tour, flying to Japan for talks with government officials."
    assert _one(run(text, date="1987-03-05"), "CONSULT").modality == "expected"
    text = "BRASILIA, March 5 - Finance Minister Tavo Renn left on Sunday, flying to Japan for talks with government officials."
    assert _one(run(text, date="1987-03-05"), "CONSULT").modality == "asserted"


def test_what_was_done_in_the_past_is_historical(run):
    text = "His position was not known, but in the past, Tavo Renn has opposed the transfer of high technology to foreign governments."
    assert _one(run(text), "REJECT").modality == "historical"
    assert _one(run("In the past week the army has attacked rebel camps."), "ASSAULT").modality == "asserted"


def test_rejecting_a_suggestion_that_one_act_is_a_rejection(run):
    text = "LONDON, March 2 - Finance Minister Tavo Renn flatly rejected a British suggestion that his country seek International Monetary Fund help."
    doc = run(text, date="1987-03-02")
    assert _one(doc, "REJECT").actor.name == "Tavo Renn"
    assert _one(doc, "REQUEST").modality == "hypothetical"  # the help is proposed, not sought
    assert not _events(run("He rejected claims that the army had attacked the village."), "REJECT")


def test_a_sentences_verb_read_as_a_participle_on_its_subject(run):
    text = "A group of prominent politicians charged on Tuesday that Zelco Commission members were more interested in protecting the utilities."
    event = _one(run(text), "ACCUSE")
    assert event.actor.sector == "PTY" and "members" in event.recipient.name
    assert not _events(run("Officials accused of a role in the killing were freed."), "ACCUSE")


def test_an_attack_on_new_markets_harms_no_one(run):
    assert not _events(run('"We are launching a major attack on these new markets," Tavo Renn said.'), "ASSAULT")
    assert _one(run("Rebels launched an attack on the army base."), "ASSAULT")


def test_the_one_a_relative_pronoun_stands_for_is_met(run):
    text = (
        "Bank president Ana Kolb spoke to reporters. "
        "She said that she expected Finance Minister Tavo Renn, who she met with last week to discuss the debt suspension, to return for further talks."
    )
    event = next(e for e in _events(run(text), "CONSULT") if e.trigger.text == "met")
    assert event.recipient.name == "Tavo Renn"


def test_ministers_of_two_nations_told_again_as_they_are_both_sides(run):
    text = "At a meeting in Paris last January French and Soviet foreign trade ministers said they were committed to increased efforts to reduce the deficit."
    event = _one(run(text), "AGREE")
    assert {event.actor.country, *(a.country for a in event.co_actors)} == {"FRA", "SUN"}


def test_whether_or_not_asks_and_denies_nothing(run):
    event = _one(run("Another question is whether or not the International Monetary Fund can help Kelvonia with a new austerity program."), "COOPERATE")
    assert event.modality == "hypothetical"


def test_a_firm_named_after_its_country_keeps_its_whole_name(run):
    # the model reads "U.S." as the country and "West Inc" as a firm of its own
    text = "WASHINGTON, March 9 - The Supreme Court declined to hear an appeal by U.S. West Inc challenging whether a consent decree was binding."
    event = _one(run(text, date="1987-03-09"), "REJECT")
    assert event.recipient.name == "U.S. West Inc" and event.recipient.country == "USA"
    # the model reads "U.S." as the country and "West Inc" as a firm of its own
    text = "WASHINGTON, March 9 - The Supreme Court declined to hear an appeal by U.S. West Inc challenging whether a consent decree was binding."
    event = _one(run(text, date="1987-03-09"), "REJECT")
    assert event.recipient.name == "U.S. West Inc" and event.recipient.country == "USA"


def test_blowing_up_a_line_is_an_attack_and_what_it_led_to_is_neither_target_nor_place(run):
    text = "LIMA, March 12 - The state mining firm Zelco said there was no risk to its shipments after guerrillas blew up a railway line, interrupting train traffic from the Vardo copper mine to the Pacific coast."
    event = _one(run(text, date="1987-03-12"), "ASSAULT")
    assert event.mode == "explosives" and event.actor.name == "guerrillas"
    assert event.recipient is None and event.place is None


def test_winding_up_consultations_wounds_no_one(run):
    text = "ROME, March 13 - Prime Minister designate Paolo Bellandi expressed cautious optimism. Bellandi today wound up his first round of political consultations aimed at finding a way out of the crisis."
    assert not _events(run(text, date="1987-03-13"), "ASSAULT")
    assert _one(run("Gunmen wounded two policemen on Monday."), "ASSAULT")


def test_an_amid_phrase_is_a_backdrop_not_what_was_expressed(run):
    text = "ROME, March 13 - Italian Prime Minister designate Giulio Renzetti expressed cautious optimism about his chances of forming a government, amid concern by industrialists that a lengthy political crisis could cause economic damage."
    assert not _events(run(text, date="1987-03-13"), "ACCUSE")


def test_a_figure_expected_is_a_forecast_no_promise(run):
    text = "NEW YORK, March 5 - Economist Ana Kolb noted the slowdown. She expects only five to six pct M-1 growth in March and rises in M-2 of about four pct."
    assert not _events(run(text, date="1987-03-05"), "AGREE")


def test_what_talks_try_to_resolve_is_their_purpose(run):
    text = "GENEVA, March 13 - Conference chairman Tavo Renn of Thailand is holding consultations with a small group of producers and consumers to try to resolve major outstanding issues."
    doc = run(text, date="1987-03-13")
    assert _one(doc, "CONSULT") and not _events(doc, "CONCEDE")


def test_an_accord_told_just_before_its_relative_clause_dates_it(run):
    text = "Kelvonia was a main architect of the December accord, under which OPEC agreed to lower its total output ceiling by 7.25 pct."
    assert _one(run(text, date="1987-03-01"), "AGREE").date == "1986-12"


def test_the_period_a_figure_is_for_dates_no_act(run):
    text = "WASHINGTON, March 2 - The SEC stressed in the complaint that it was not challenging Zelco's reported net loss for the second quarter of 1984."
    assert _one(run(text, date="1987-03-02"), "ACCUSE").date == "1987-03-02"


def test_a_share_of_a_counted_body_acts_and_a_share_of_voters_is_a_poll(run):
    text = "CALGARY, March 12 - Zelco Petroleum Ltd said a majority of a group of 56 major creditors support the company's revised proposal to restructure its debt."
    event = _one(run(text, date="1987-03-12"), "SUPPORT")
    assert event.actor.name == "a majority of a group of 56 major creditors"
    assert not _events(run("A majority of voters support the government's plan to cut taxes."), "SUPPORT")


def test_what_both_agreed_not_to_do_is_agreed_each_on_its_own_whatever_its_exceptions(run):
    text = "The Renn group and the management group have both agreed not to buy more shares of the company until a merger is completed, unless the purchases are part of a tender offer."
    event = _one(run(text), "AGREE")
    assert event.modality == "asserted" and len(event.co_actors) == 1  # not each the other's recipient


def test_the_one_told_in_passing_is_criticised(run):
    text = "Senator Tavo Renn slammed the proposed eligibility changes, telling agency administrator Ana Kolb at a hearing that they would mark a dramatic shift."
    assert _one(run(text), "ACCUSE").recipient.name == "Ana Kolb"
    assert _one(run("Senator Tavo Renn criticised the plan, telling reporters it would fail."), "ACCUSE").recipient is None


def test_the_words_that_spell_bracketed_initials_name_the_body(run):
    # the model names only "MITI"; the spelled-out name is a national body of Japan's
    text = "TOKYO, March 3 - The Ministry of International Trade and Industry (MITI) acted to tighten restrictions on microchip exports to countries other than the U.S."
    doc = run(text, date="1987-03-03")
    assert any(e.name == "Ministry of International Trade and Industry" for e in doc.entities)
    event = _one(doc, "COERCE")
    assert event.actor.country == "JPN" and event.modality == "asserted"  # what it acted to do, it did
    assert event.recipient is None  # countries other than the U.S. are not the U.S.


def test_denying_any_contact_refuses_no_one(run):
    assert not _events(run("Tavo Renn also denied any contact with the Kolb family, which owns a fifth of the hotel group."), "REJECT")
    assert _one(run("Kelvonia denied Zorbian diplomats access to the prisoners."), "REJECT")


def test_approval_signalled_to_a_minister_is_support(run):
    text = "Officials said Finance Secretary Tavo Renn signaled his approval to Kelvonian Finance Minister Ana Kolb later that day."
    event = _one(run(text), "SUPPORT")
    assert event.actor.name == "Tavo Renn" and event.recipient.name == "Ana Kolb"


def test_people_injured_by_vaccines_are_attacked_by_no_one(run):
    text = "The administration soon will propose a program of no-fault compensation for people injured by childhood vaccines."
    assert not _events(run(text), "ASSAULT")
    assert _one(run("Children were injured by soldiers in the town of Vardo."), "ASSAULT")


def test_the_verb_of_a_sentence_hung_on_a_noun_before_it_has_the_sentences_subject(run):
    text = "WASHINGTON, March 2 - Investor Tavo Renn, who leads one of the two groups vying for control of Zelco Industries Inc, offered to sweeten his bid for the company by 1.50 dlrs a share."
    event = _one(run(text, date="1987-03-02"), "AGREE")
    assert event.actor.name == "Tavo Renn" and event.recipient.name == "Zelco Industries Inc"


def test_others_than_those_named_are_not_those_named_unless_denied(run):
    text = "Tavo Renn would not identify shareholders with whom he held discussions other than the Kolb family and Zelco Group Inc, the only other holder of more than five pct of the stock."
    event = _one(run(text), "CONSULT")
    assert {event.recipient.name, *(r.name for r in event.co_recipients)} >= {"Zelco Group Inc"}


def test_a_means_shares_the_modal_of_the_act_it_serves(run):
    text = "Kelvonia could start hostilities with Zorbia either through a direct attack or by attacking Tarvia."
    assert _one(run(text), "ASSAULT").modality == "possible"
    assert _one(run("Kelvonia started hostilities by attacking Tarvia."), "ASSAULT").modality == "asserted"


def test_what_a_side_will_not_allow_is_not_done(run):
    text = "Zorbia said it will respond to any attack because it won't allow Kelvonia's army to take control of the border."
    assert _one(run(text), "COERCE").modality == "negated"


def test_buying_a_percentage_of_a_unit_is_a_takeover(run):
    text = "Zelco Medical Inc. said it purchased 93% of a unit of Vardo Group Inc."
    assert _one(run(text), "COOPERATE").recipient.name.endswith("Vardo Group Inc.")


def test_a_charge_against_earnings_accuses_no_one(run):
    text = "During the third quarter, the company charged about $46 million against earnings in reducing goodwill."
    assert not _events(run(text), "ACCUSE")


def test_welcoming_competition_supports_no_one(run):
    assert not _events(run('But Tavo Renn welcomes the competition in the bank\'s flagship businesses, calling it "flattery."'), "SUPPORT")


def test_kin_named_by_a_person_are_not_that_person(run):
    text = "Tavo Renn is six. Later Thursday, two of Tavo's Miami cousins sought support on Capitol Hill for legislation that would help keep the boy in America."
    event = _one(run(text), "REQUEST")
    assert event.actor.entity is None and "cousins" in event.actor.name
    text = "Tavo Renn is in Kelvonia. Renn for months refused requests by Ana Kolb's Vardo relatives to travel to the United States."
    assert _one(run(text), "REJECT").recipient.name == "Ana Kolb's Vardo relatives"


def test_a_boat_wreck_is_an_accident(run):
    text = "The boy was found clinging to an inner tube last Thanksgiving following a boat wreck that killed his mother and 10 other people."
    assert not _events(run(text), "ASSAULT")


def test_a_vow_to_attack_a_place_is_a_threat(run):
    assert _one(run("The rebels vowed to attack the capital."), "THREATEN").actor.name == "The rebels"


def test_a_state_warning_its_own_travellers_threatens_no_one(run):
    text = "Just ahead of the minister's trip, the State Department on Sunday issued an updated worldwide caution to U.S. travelers in the aftermath of the bombings at American embassies in Kelvonia and because of fresh threats to U.S. interests abroad."
    assert not _events(run(text), "THREATEN")


def test_a_commitment_to_a_strike_against_a_state_is_a_threat(run):
    text = "President Tavo Renn says he is committed to a possible strike against Kelvonia, despite objections from other countries."
    event = _one(run(text), "THREATEN")
    assert event.recipient.name == "Kelvonia"
    assert not _events(run("The unions are committed to a strike on Monday."), "THREATEN")


def test_arriving_in_a_city_of_ones_own_country_meets_no_one(run):
    text = "WASHINGTON - President Clinton spoke on Friday. One contrary view presented itself to the president as he arrived in Philadelphia later in the day."
    assert not _events(run(text, date="1998-02-13"), "CONSULT")


def test_shipments_that_declined_refuse_nothing(run):
    text = "Zelco Steel Corp. posted a 54% drop in third-quarter profit. The company said its shipments declined as a result of a reduction in inventories by service centers, a lackluster automotive market and increasing competitive pressures."
    assert not _events(run(text), "REJECT")


def test_every_office_listed_after_as_is_an_office(run):
    text = "Ana Kolb was named president of Zelco Holding Corp. She succeeds Tavo Renn, who stepped down as chairman, president and chief executive in March for health reasons."
    event = _one(run(text, date="1989-11-02"), "RETREAT")
    assert event.recipient is None or event.recipient.sector != "GOV"


def test_a_leader_meeting_his_own_aides_meets_no_other_side(run):
    assert not _events(run("Tavo Renn met with his top aides Wednesday in the presidential palace to assess the situation."), "CONSULT")
    assert _one(run("Tavo Renn met with Ana Kolb on Wednesday in the presidential palace."), "CONSULT")


def test_an_attack_told_again_takes_the_date_first_told_with_it(run):
    text = (
        "VARDO, August 21 - The police chief said on Friday the air raid is not linked with the probe into the August 7 bombings in the east.\n\n"
        "He spoke at the airport before flying home.\n\nThe car bomb attack at the embassy in Vardo killed 253 people and injured 5,000 others."
    )
    assert _one(run(text, date="1998-08-21"), "ASSAULT").date == "1998-08-07"


def test_which_after_the_place_of_an_attack_is_the_attack(run):
    text = "Tavo Renn met Ana Kolb following the twin bombings at U.S. embassies in Kenya and Tanzania, which have killed more than 250 people."
    event = _one(run(text), "ASSAULT")
    assert event.actor.name is None and event.actor.entity is None


def test_a_vow_to_bring_them_to_justice_is_a_threat_aimed_at_them_not_at_justice(run):
    event = _one(run("Police vowed to bring the killers to justice."), "THREATEN")
    assert event.recipient.name == "the killers"
    assert all(e.recipient is None or e.recipient.name != "justice" for e in run("The president vowed to find the bombers and bring them to justice.").events)


def test_paying_tribute_to_bombing_victims_bombs_no_one(run):
    text = "The foreign minister paid tribute Tuesday to bombing victims and embassy staffers on a visit to Vardo."
    assert not _events(run(text), "ASSAULT")


def test_blasts_dated_in_their_own_phrase_are_dated_by_it(run):
    text = "Officials hoped the minister would bring new aid for their countries, where the Aug. 7 terrorist blasts killed 257 people in Vardo."
    assert _one(run(text, date="1998-08-18"), "ASSAULT").date == "1998-08-07"


def test_the_one_suspected_of_an_attack_is_its_doer_not_the_one_suspecting(run):
    text = "Kelvonia has offered to hand over to Zorbia two of its nationals suspected by the West of blowing up a Tarvian plane in 1988."
    event = _one(run(text), "ASSAULT")
    assert event.actor.country == "KEL" or "nationals" in (event.actor.name or "")
    assert event.modality == "possible"


def test_bombers_who_blew_themselves_up_made_one_attack(run):
    text = "Two suicide bombers killed 23 people as well as themselves late Sunday when they blew themselves up in Vardo, police said."
    assert len(_events(run(text), "ASSAULT")) == 1


def test_those_held_for_questioning_question_no_one(run):
    assert not _events(run("Officials said last week that six people were in custody for questioning about the bombing."), "ACCUSE")
    assert not _events(run("The activist wanted for questioning in last month's shooting of a doctor may have fled to Kelvonia."), "ACCUSE")
    assert _one(run("Police questioned six people about the bombing."), "ACCUSE").actor.sector == "COP"


def test_infinitives_listed_after_a_plan_are_to_come_however_parsed(run):
    text = "The minister was scheduled to lay flowers at the embassy, talk to embassy guards and meet with President Tavo Renn before returning home."
    assert all(e.modality == "expected" for e in _events(run(text), "CONSULT"))
    assert _events(run(text), "CONSULT")


def test_joining_an_alliance_is_signing_up_to_it(run):
    event = _one(run("Estonia and Latvia formally joined NATO on Friday at a ceremony in Vardo."), "SUPPORT")
    assert event.actor.country in ("EST", "LVA") and event.recipient.name == "NATO"
    assert not _events(run("Tavo Renn joined the union in 1990 and left it in 1995."), "SUPPORT")


def test_acts_that_must_be_met_with_a_crackdown_meet_no_one(run):
    text = "Their repeated acts of terrorism must be met with the severest possible crackdown by law-enforcement authorities."
    assert not _events(run(text), "CONSULT")


def test_a_present_perfect_arrest_is_not_dated_by_the_attack_of_last_year(run):
    text = "Another man has been arrested in connection with the bombings of two embassies in Vardo last year that killed 224 people, police said today."
    event = _one(run(text, date="1999-10-08"), "COERCE")
    assert event.date == "1999-10-08" and event.modality == "asserted"


def test_condemning_an_attack_is_aimed_at_the_attackers_not_the_attacked(run):
    assert _one(run("The Security Council condemned the bombing of the U.S. embassies in Vardo on Thursday."), "ACCUSE").recipient is None
    assert _one(run("Egypt condemned the Israeli bombing of Gaza."), "ACCUSE").recipient.country == "ISR"
    assert _one(run("Japan condemned the bombing of the French embassy by rebels."), "ACCUSE").recipient.name == "rebels"


def test_investigating_attacks_looks_for_the_attackers_not_the_places_or_victims(run):
    text = "Last week the FBI joined Canadian authorities to investigate a series of unsolved sniper shootings of doctors in Canada and western New York dating to 1994."
    assert _one(run(text), "ACCUSE").recipient is None
    assert _one(run("Police are investigating the killing of two Italian tourists."), "ACCUSE").recipient is None


def test_letters_of_protest_accuse_those_they_are_sent_to(run):
    text = "Lawyers for the boy's family sent letters of protest to Attorney General Ana Kolb on Monday."
    assert _one(run(text), "ACCUSE").recipient.name == "Ana Kolb"


def test_sparing_an_agency_a_task_frees_no_one(run):
    text = "Having a third party escort the boy frees the Zorbian Immigration Service from the politically uncomfortable spectacle of having to do the task itself."
    assert not _events(run(text), "RETREAT")


def test_according_to_is_no_accord(run):
    assert not _events(run("More and more Zorbians are joining the online fast lane, according to official figures."), "SUPPORT")


def test_the_owner_of_a_murder_is_the_one_murdered(run):
    event = _one(run("Police investigating Tom Varga's murder questioned his neighbours on Monday."), "ACCUSE")
    assert event.recipient is None or event.recipient.name != "Tom Varga"
    assert _one(run("Tavo Renn launched an attack on the cost of Zorbia's chaotic asylum system under Ana Kolb."), "ACCUSE").recipient is not None


def test_deploring_acts_against_embassies_is_not_aimed_at_the_embassies(run):
    event = _one(run("Zorbia deplores these senseless acts against the American embassies in Vardo."), "ACCUSE")
    assert event.recipient is None


def test_a_private_person_arriving_somewhere_pays_no_visit(run):
    assert not _events(run("Ana Kolb, who arrived in Miami in 1961, believes the case should be worked out by the family."), "CONSULT")
    assert _one(run("Foreign Minister Ana Kolb arrived in Moscow on Monday for talks."), "CONSULT")


def test_kin_named_by_a_family_name_are_the_family_not_the_person(run):
    doc = run("Tomas Kolb is six. The Kolb relatives in Vardo refused to return the boy to his father.")
    person = next(e.id for e in doc.entities if e.name == "Tomas Kolb")
    assert _one(doc, "REJECT").actor.entity != person


def test_they_after_a_condition_on_plural_sides_are_those_sides(run):
    text = "The relatives treated the boy like a prop. Had the relatives allowed the boy to return to Cuba, they would have denied the dictator a victory."
    assert all(e.actor.country != "CUB" for e in run(text).events)


def test_the_place_someone_was_kidnapped_from_is_not_the_kidnapper(run):
    event = _one(run("Tavo Renn, 49, was kidnapped from his small, neighborhood store in Vardo at 10 p.m. Wednesday, police said."), "ASSAULT")
    assert event.actor.entity is None and event.recipient is not None and event.recipient.name == "Tavo Renn"


def test_a_mans_kidnappers_are_not_the_man(run):
    doc = run("Tavo Renn was kidnapped on Wednesday. His kidnappers demanded a ransom of 1 million dollars.")
    person = next(e.id for e in doc.entities if e.name == "Tavo Renn")
    assert _one(doc, "REQUEST").actor.entity != person


def test_a_promise_or_threat_kept_is_the_act_done(run):
    event = _one(run("Kidnappers kept their promise to kill a store owner they took hostage."), "ASSAULT")
    assert event.modality == "asserted" and "Kidnappers" in (event.actor.name or "")
    doc = run("Russia carried out its threat to bomb the rebel bases.")
    assert _one(doc, "ASSAULT").modality == "asserted" and not _events(doc, "THREATEN")


def test_a_dateline_on_a_line_of_its_own_places_the_stories_police(run):
    text = (
        "MIAMI (AP) --\n\nIn Cuba, the father of Tomas Kolb demanded the return of his son from the United States. "
        "On Thursday police used tear gas to disperse a crowd of exiles, and Cuban officials denounced the exiles again."
    )
    assert _one(run(text, date="2000-01-07"), "ASSAULT").actor.country == "USA"


def test_a_victim_told_inside_a_dated_attack_takes_its_date(run):
    text = "The warrant issued Monday charged Tavo Renn with attempted murder in the 1995 shooting of Dr. Ana Kolb, who was wounded in the elbow but survived the attack at her home."
    assert _one(run(text, date="2000-01-24"), "ASSAULT").date == "1995"


def test_an_attack_on_a_victim_named_in_an_earlier_dated_attack_takes_its_date(run):
    text = (
        "Tavo Renn was indicted last year in the October 1998 shooting death of Dr. Ana Kolb, a doctor in Vardo. "
        "He is also wanted for questioning in two other cases. Kolb was killed by a single gunshot fired through a window of her home."
    )
    assert _one(run(text, date="2000-01-24"), "ASSAULT").date == "1998-10"


def test_flaws_that_hurt_firms_attack_no_one(run):
    assert not _events(run('Kelva Corp.\'s newest chip has flaws, but the "bugs" are not expected to hurt Kelva and most computer makers.'), "ASSAULT")


def test_a_persons_board_or_group_is_not_the_person(run):
    doc = run("Zorbia Mixte Chairman Tavo Renn said his board unanimously rejected the bid by Kelva Bank. Ana Kolb says her group is appealing to the combatants to stop the bloodletting.")
    people = {e.id for e in doc.entities if e.type == "PERSON"}
    assert _one(doc, "REJECT").actor.entity not in people and _one(doc, "REQUEST").actor.entity not in people


def test_a_companys_president_is_an_officer_of_a_firm(run):
    event = _one(run("This has not been Kelva Co.'s year. The company's president quit suddenly."), "RETREAT")
    assert event.actor.sector == "BUS"


def test_becoming_members_of_an_alliance_or_signing_its_accession_is_signing_up(run):
    event = _one(run("Estonia, Latvia and Lithuania today became full-fledged members of NATO."), "SUPPORT")
    assert event.recipient.name and "NATO" in event.recipient.name
    assert _one(run("The foreign ministers of Estonia and Latvia signed the documents of accession on Friday."), "SUPPORT")


def test_a_named_person_abducted_by_no_one_named_is_abducted_once(run):
    text = (
        "Tavo Renn had been working for a charity when he was abducted with his interpreter in March 1996. "
        "The Foreign Office said it had informed the family of Renn, 37 years old when he was kidnapped, that he probably died. "
        "At the time Renn was captured, the guerrillas were a united force."
    )
    assert len(_events(run(text, date="1998-02-19"), "ASSAULT")) == 1


def test_a_joining_and_the_signing_of_its_accession_papers_are_one_accession(run):
    text = (
        "Estonia, Latvia and Lithuania on Friday formally joined NATO at a ceremony in Vardo. "
        "At the library in Vardo, the three foreign ministers signed formal documents of accession."
    )
    events = _events(run(text, date="1999-03-12"), "SUPPORT")
    assert len(events) == 1 and events[0].actor.country in ("EST", "LVA", "LTU")


def test_people_who_died_are_the_victims_not_the_attackers(run):
    event = _one(run("Twelve villagers died in the fighting near Vardo on Friday."), "ASSAULT")
    assert not event.actor.name and event.recipient is not None and "villagers" in event.recipient.name
    fought = _one(run("Three soldiers died in clashes with rebels near Vardo on Friday."), "ASSAULT")
    assert fought.actor.name and "soldiers" in fought.actor.name


def test_the_toll_of_an_attack_told_in_its_sentence_is_that_attack(run):
    text = "Six people were killed and at least 58 injured in a car bomb attack on Friday outside the embassy in Kano."
    assert len(_events(run(text), "ASSAULT")) == 1


def test_an_attack_told_again_where_it_happened_is_one_attack(run):
    text = (
        "A bomb ripped through an office building in Abuja on Friday, killing 40 people. "
        "Officials said the toll was rising. "
        "At least 74 people, including eight Americans, were killed in Abuja, the capital of Nigeria. "
        "More than 1,000 people were injured in Nigeria."
    )
    assert len(_events(run(text, date="2024-03-16"), "ASSAULT")) == 1


def test_attacks_told_in_other_places_or_as_separate_are_other_attacks(run):
    text = (
        "A bomb killed five people in Abuja on Friday. "
        "A bomb killed three people in Kano on Friday. "
        "In a separate attack in Abuja, gunmen killed two policemen on Friday."
    )
    assert len(_events(run(text, date="2024-03-16"), "ASSAULT")) == 3


def test_a_named_person_shot_to_death_is_killed_once(run):
    text = (
        "Dr. Ana Kolb was shot to death last Oct. 23 at her home in Vardo. "
        "Police have no suspect. "
        "Kolb, 52, was shot to death at 10 p.m. as she stood in her kitchen."
    )
    assert len(_events(run(text, date="1999-04-19"), "ASSAULT")) == 1


def test_a_site_named_before_an_attack_is_no_attacker(run):
    event = _one(run("The embassy bombings on Friday killed 40 people in Vardo."), "ASSAULT")
    assert not event.actor.name and not event.actor.sector
    assert _one(run("A police raid on the camp killed two rebels."), "ASSAULT").actor.sector == "COP"


def test_released_from_hospital_is_no_release_of_a_captive(run):
    assert not _events(run("Ana Kolb was released from hospital on Tuesday after treatment for her wounds."), "RETREAT")
    assert _events(run("The rebels released two hostages from a jail near Vardo on Tuesday."), "RETREAT")


def test_whoever_fired_the_shots_that_killed_is_the_killer(run):
    event = _one(run("Officials concluded that Tavo Renn fired the shots that killed a doctor in Vardo last October."), "ASSAULT")
    assert event.actor.name == "Tavo Renn"
    found = _one(run("Police found the bomb that killed 12 people in Vardo."), "ASSAULT")
    assert not found.actor.name


def test_filings_allege_for_whoever_filed_them_and_a_suit_is_one_accusation(run):
    doc = run("The Kolb family has filed affidavits alleging Tavo Renn abused his former wife.")
    assert _one(doc, "ACCUSE").recipient.name == "Tavo Renn"
    events = _events(run("Kelva Corp. filed a lawsuit alleging that Tavo Renn stole its designs."), "ACCUSE")
    assert len(events) == 1 and events[0].cameo == "115" and events[0].recipient.name == "Tavo Renn"


def test_an_offer_withdrawn_is_no_act_to_come(run):
    event = _one(run("Kelva Airlines said it withdrew its offer to acquire Zorbia Air."), "COOPERATE")
    assert event.modality == "negated"


def test_a_group_in_and_around_a_city_is_of_its_country(run):
    event = _one(run("Elected officials in and around Miami warned federal immigration officials on Wednesday that they should expect little help."), "THREATEN")
    assert event.actor.country == "USA"


def test_a_formal_charge_needs_no_named_prosecutor(run):
    event = _one(run("Tavo Renn, 44, was charged Thursday in state and federal complaints with second-degree murder."), "ACCUSE")
    assert event.recipient.name == "Tavo Renn"
    assert not _events(run("Tavo Renn was accused of corruption."), "ACCUSE")
    assert not _events(run("The Speaker chairs debates and is charged with ensuring order in the chamber."), "ACCUSE")


def test_authorities_with_no_article_are_the_dateline_states(run):
    text = "BUFFALO, N.Y. (AP) --\n\nDr. Ana Kolb was gunned down in her kitchen in Rochester last fall. For the first time, authorities have named a suspect in the slaying.\n"
    assert _one(run(text, date="1999-05-07"), "ACCUSE").actor.country == "USA"


def test_a_site_a_bombing_hit_is_no_killer(run):
    text = "Tavo Renn has been on the run since the January 1998 bombing of a Birmingham abortion clinic that killed an off-duty police officer."
    event = _one(run(text), "ASSAULT")
    assert not event.actor.name


def test_sport_shooting_and_reviving_someone_are_no_events(run):
    doc = run("Men drinking beer after shooting skeet at the Vardo Shooting Club denounced the killing of Ana Kolb. Her husband tried to revive her.")
    assert not _events(doc, "ASSAULT") and not _events(doc, "AGREE")


def test_a_king_called_by_his_given_name_is_no_one_elses_surname(run):
    text = (
        "Zorbia's Tavo Hussein today sought peace with Wexland. "
        "Also today, King Hussein of Jordan arrived in Washington seeking to mediate the crisis."
    )
    event = _one(run(text), "CONSULT")
    assert event.actor.country == "JOR" and "Tavo" not in (event.actor.name or "")


def test_a_surname_is_the_person_last_named_with_it(run):
    text = (
        "The custody battle over six-year-old Elena Kolb went on. Her father, Tavo Kolb, wrote to the minister on Monday. "
        "Relatives of Elena in Vardo want Elena to stay. "
        "Kolb had written a letter earlier this week to the minister, demanding his daughter be returned to him."
    )
    event = _one(run(text), "REQUEST")
    assert event.actor.name == "Tavo Kolb"


def test_forces_arriving_are_deployed_not_visiting(run):
    text = "Twelve nations voted for a joint force to protect Jordan, with the vanguard of Egypt's contingent arriving Tuesday in Amman."
    doc = run(text)
    assert not _events(doc, "CONSULT") and _one(doc, "MOBILIZE").trigger.text == "arriving"
    greeting = run("An Egyptian military official greeted Jordan's defence minister at Cairo airport on Tuesday.")
    assert _events(greeting, "CONSULT") and not _events(greeting, "MOBILIZE")


def test_an_act_someone_is_asked_or_invited_to_do_is_not_done(run):
    invited = _one(run("Zorbia's foreign minister Ana Kolb has invited Wexland's foreign minister Tavo Renn to visit Zorbia."), "CONSULT")
    assert invited.modality == "expected"
    urged = run("The general encouraged the rebels to attack the city of Vardo.")
    assert all(e.modality != "asserted" for e in _events(urged, "ASSAULT"))


def test_a_person_sought_by_police_is_a_manhunt_not_a_request(run):
    doc = run("Tavo Renn is now the second militant being sought by the FBI as a suspect in a fatal attack.")
    event = _one(doc, "ACCUSE")
    assert event.mode == "investigate" and not _events(doc, "REQUEST")
    asked = run("The opposition leader Ana Kolb sought talks with the president.")
    assert _events(asked, "REQUEST") and not _events(asked, "ACCUSE")


def test_a_name_owning_the_object_is_no_event_noun(run):
    doc = run("The Kolb group currently holds 3,027,330 Rally's shares, or 45.2% of its common shares outstanding.")
    assert not _events(doc, "PROTEST")


def test_warrants_issued_to_holders_are_securities(run):
    doc = run("Vardo Rentals Corp. said it will issue an additional 243,677 of its Class C warrants to holders of its Class A warrants.")
    assert not doc.events
    assert _events(run("A judge issued a warrant for Tavo Renn's arrest on Monday."), "COERCE")


def test_an_attack_named_as_a_time_is_not_told_again(run):
    text = (
        "Bombs at two embassies in Vardo on Aug. 7 killed 58 people. On Sept. 2, police raided two homes and searched for "
        "a suspect in the bombings, a teacher who had lived with his wife in Zorbia until shortly after the bombings."
    )
    assert len(_events(run(text), "ASSAULT")) == 1


def test_any_such_act_under_a_rule_is_no_event(run):
    doc = run("Any decision to expel the Freedom Party must be agreed jointly by the governments of both France and Germany.")
    assert not _events(doc, "AGREE") and not [e for e in doc.events if e.modality == "expected"]


def test_a_province_of_two_words_is_no_nationality(run):
    doc = run("Canadian officials said Tavo Renn is a suspect in sniper shootings that injured doctors in November in Vancouver, British Columbia.")
    assert _one(doc, "ASSAULT").recipient.country == "CAN"


def test_police_in_a_place_named_before_its_kind_are_of_its_country(run):
    doc = run("On Sept. 2, police in the Comoros archipelago raided two homes.")
    assert _one(doc, "COERCE").actor.country == "COM"


def test_a_foe_of_a_cause_charged_is_the_one_charged(run):
    doc = run("An abortion foe who is the subject of an international manhunt was charged with murder Thursday in the slaying of a doctor.")
    assert _one(doc, "ACCUSE").recipient is not None


def test_an_order_to_attack_is_one_act_and_the_ones_ordered_are_no_target(run):
    doc = run("Zorbia's president ordered the army to attack Wexland.")
    attacks = _events(doc, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].recipient.name == "Wexland"


def test_a_name_after_a_given_name_title_stays_with_that_person(run):
    text = (
        "Zorbia's Tavo Hussein called President Kolb a liar on Thursday. "
        "After a meeting at his home with King Hussein of Jordan, Kolb said he had no hope. "
        "Kolb's chief objective in his meeting with Hussein was to press the king to close the port."
    )
    doc = run(text)
    assert _one(doc, "REQUEST").recipient.name == "Hussein"
    assert _one(doc, "ACCUSE").actor.country != "JOR"


def test_forces_committed_or_deployed_are_no_recipient(run):
    doc = run("Egypt, Zorbia and Bangladesh also committed ground troops, to a much lesser degree.")
    event = _one(doc, "MOBILIZE")
    assert event.recipient is None and len(event.co_actors) == 2


def test_sides_named_in_a_passive_by_phrase_act_together(run):
    text = "The U.S. Navy has 27 ships in the blockade. They are aided by Britain, West Germany, Australia and Canada."
    event = _one(run(text), "COOPERATE")
    assert event.actor.country == "GBR" and event.recipient is None and len(event.co_actors) == 3


def test_people_of_a_nation_stay_of_it_where_they_are(run):
    event = _one(run("Zorbian military authorities ordered all Americans and Britons in Kuwait to assemble at a hotel."), "REQUEST")
    assert event.recipient.country == "USA"


def test_a_firm_seeking_control_of_another_states_an_intent_not_a_request(run):
    doc = run("Kelva Industries Ltd. said it intends to seek control of Vardo Packaging Inc., a Toronto packaging concern.")
    assert not _events(doc, "REQUEST") and _one(doc, "AGREE").modality == "expected"


def test_a_word_leading_a_firms_name_is_no_pattern_word(run):
    doc = run("In recent months a group of lenders, led by Bank of America, has extended Control Vardo up to $90 million in revolving loans.")
    assert not _events(doc, "COERCE")
    assert _events(run("Zorbia and Wexland formally joined NATO at a ceremony on Friday."), "SUPPORT")


def test_presidents_each_of_a_country_sign_together(run):
    doc = run("MOSCOW (AP)_ Presidents Tavo Renn of Ukraine and Ana Kolb of Russia signed an economic cooperation plan Friday.")
    event = _one(doc, "SUPPORT")
    assert event.actor.country == "UKR" and [a.country for a in event.co_actors] == ["RUS"]


def test_welcoming_figures_is_no_event(run):
    assert not _events(run("President Tavo Renn welcomed the job figures at a news conference Friday."), "SUPPORT")


def test_a_town_the_model_split_at_a_particle_is_one_place(run):
    doc = run("Police in Dar es Salaam arrested two men on Friday.")
    assert _entity_name(doc, _one(doc, "COERCE").place) == "Dar es Salaam"


def test_a_firm_brought_in_with_a_is_no_firm_named_before(run):
    text = (
        "Vardo Corp., rumored a potential takeover target for six months, said that a Dutch company has sought U.S. approval "
        "to buy up to 25% of Vardo's shares. Vardo immediately responded by strengthening a poison-pill plan."
    )
    event = _one(run(text), "REQUEST")
    assert event.actor.country == "NLD" and event.actor.name != "Vardo Corp."


def test_the_one_cleared_or_urged_to_act_does_the_act(run):
    doc = run("Kelva Savings Bank was cleared by the Federal Deposit Insurance Corp. to acquire Vardo Savings Bank, the banks said.")
    assert _one(doc, "COOPERATE").actor.name == "Kelva Savings Bank"


def test_backing_out_and_seeking_alternatives_are_no_events(run):
    assert not run("Now with new construction under way, three of his buyers have backed out.").events
    assert not _events(run("Vardo Corp., a food wholesaler, is seeking alternatives to an unsolicited tender offer of Kelva Acquisition Corp."), "REQUEST")


def test_a_body_charged_with_a_duty_is_accused_of_nothing(run):
    doc = run("The Security Council has charged the inspectors with verifying that Zorbia has destroyed its long-range missiles.")
    assert not doc.events


def test_forces_kept_in_a_region_are_no_seizure(run):
    doc = run("\"We are going to maintain our forces in the region for the foreseeable future,\" said Wexland's defence spokesman Tavo Renn.")
    assert not _events(doc, "COERCE")


def test_forces_a_side_moves_into_a_region_are_deployed_not_occupying(run):
    doc = run("Wexland had moved additional troops and a naval armada into the Gulf.")
    assert _one(doc, "MOBILIZE").actor.name == "Wexland" and not _events(doc, "COERCE")
    assert _one(run("On Monday Varnian troops moved into the town of Kelby."), "COERCE").cameo == "192"


def test_a_sheriffs_department_the_model_took_for_a_place_is_the_police(run):
    doc = run("A man was arrested on Monday by the Tovar County Sheriff's Department after a search of his home.")
    police = next(e for e in doc.entities if e.name.endswith("Sheriff's Department"))
    assert police.type == "ORG" and police.sector == "COP"
    assert _one(doc, "COERCE").actor.name == "Tovar County Sheriff's Department"


def test_the_one_seen_undergoing_an_act_does_not_do_it(run):
    doc = run("Ann Vell said she was heartbroken to see her children denied an education in the camp.")
    assert not any(e.actor.name and "children" in e.actor.name for e in doc.events)
    doc = run("The villagers watched their houses destroyed by Varnian soldiers on Monday.")
    assert all("villagers" not in (e.actor.name or "") for e in doc.events)


def test_the_consequent_of_a_condition_is_hypothetical_through_its_infinitives(run):
    text = "Tavo Renn survived torture in Syria's jails. \"If you put a group of saints in this camp for a long time, they will end up fighting and killing each other.\""
    doc = run(text)
    assert all(e.modality == "hypothetical" for e in _events(doc, "ASSAULT"))
    assert all(e.actor.country != "SYR" for e in doc.events)


def test_people_removed_to_a_country_are_the_target_not_the_country(run):
    doc = run("Wexland deported 40 migrants to Turkey on Monday.")
    event = _one(doc, "COERCE")
    assert event.actor.name == "Wexland" and event.recipient is not None and "migrants" in event.recipient.name


def test_no_one_hurt_in_a_town_makes_the_town_no_target(run):
    doc = run("No one injured in Tovar home invasion. Deputies said four men forced their way into the home on Friday night.")
    assert not any(e.recipient is not None and e.recipient.name == "Tovar" for e in doc.events)


def test_private_people_arriving_pay_no_visit(run):
    assert not _events(run("About 300 migrants arrived in Wexland on Monday, the coast guard said."), "CONSULT")
    assert _one(run("The Zorbian foreign minister arrived in Wexland on Monday."), "CONSULT").mode == "visit"


def test_catching_interest_is_no_capture(run):
    assert not run("The sessions used modern teaching materials that helped to capture the students' interest.").events


def test_a_suspect_taken_into_custody_is_the_target(run):
    event = _one(run("The suspect was taken into custody by police on Monday."), "COERCE")
    assert event.recipient is not None and event.recipient.name == "The suspect"


def test_found_not_guilty_is_no_conviction(run):
    doc = run("A jury found Ann Vell not guilty of fraud on Monday.")
    assert all(e.modality == "negated" for e in _events(doc, "COERCE"))


def test_a_power_to_act_is_no_act(run):
    doc = run("The bill would replace current powers to detain 40 men without trial.")
    assert not [e for e in doc.events if e.type == "COERCE" and e.modality in ("asserted", "expected")]


def test_one_held_in_custody_undergoes_an_arrest(run):
    event = _one(run("A 30-year-old man is in custody after a shooting in Tovar on Friday, police said."), "COERCE")
    assert event.recipient is not None and event.recipient.name == "A 30-year-old man" and not event.actor.name


def test_arraigned_in_the_passive_is_a_charge(run):
    event = _one(run("Ann Vell, 52, was arraigned Tuesday on a charge of fraud."), "ACCUSE")
    assert event.recipient is not None and event.recipient.name == "Ann Vell"


def test_shutting_borders_restricts(run):
    assert _one(run("Wexland responded by shutting down its borders on Monday."), "COERCE").mode == "restrict"


def test_pointing_a_gun_at_someone_threatens(run):
    event = _one(run("The man pointed a handgun at a police officer on Northgate Avenue on Saturday."), "THREATEN")
    assert event.recipient is not None and "officer" in event.recipient.name


def test_two_men_shot_in_a_town_are_the_target_not_the_town(run):
    event = _one(run("Two men were hospitalized after being shot in Caracas on Wednesday."), "ASSAULT")
    assert event.recipient is not None and event.recipient.name == "Two men"


def test_a_local_body_of_no_country_is_of_the_country_of_the_storys_places(run):
    text = (
        "DALLAS - The City Council voted Tuesday to approve a drilling site in north Dallas. "
        "Three months ago, the city's Planning and Zoning Commission unanimously rejected Tovar Energy's request. "
        "Councilman Ted Vell, who represents southeast Dallas, voted against the permit."
    )
    doc = run(text)
    assert _one(doc, "REJECT").actor.country == "USA"
    assert all(e.actor.country == "USA" for e in _events(doc, "REJECT") if e.actor.name)


def test_a_police_command_named_for_its_state_is_of_that_states_country(run):
    doc = run("The Osun State Police Command on Thursday said it recovered 86 firearms from criminals.")
    assert _one(doc, "COERCE").actor.country == "NGA"


def test_welcoming_new_animals_is_no_support(run):
    assert not run("Kelby Park welcomes three swan cygnets. The cygnets only spent about a day in the nest. By Saturday they ventured into the water with their parents.").events


def test_fighting_a_fire_and_no_one_hurt_are_no_attacks(run):
    assert not run("Firefighters launched an initial attack on the flames through the kitchen of the Tovar home on Monday.").events
    assert not run("No firefighters were injured fighting the fire at the Kelby warehouse on Monday.").events


def test_talking_to_ones_mother_is_no_meeting(run):
    assert not run("\"Then Ted Vell would usually need to go get a drink or talk to his mother,\" the coach said.").events


def test_shooting_a_three_pointer_is_no_shooting(run):
    assert not _events(run("Ted Vell was always ready to shoot a three-pointer for the Kelby Blazers."), "ASSAULT")


def test_escaped_inmates_captured_are_arrested(run):
    doc = run("Deputies captured three escaped inmates in the Tovar hills on Thursday evening.")
    assert _one(doc, "COERCE").mode == "arrest" and not _events(doc, "ASSAULT")


def test_regaining_towns_and_pressing_operations_are_force(run):
    doc = run("The Syrian army said it has regained most of the towns and villages in the region and is pressing its military operations in the last rebel bastion.")
    assert not _events(doc, "REQUEST") and _events(doc, "ASSAULT")
    assert all(e.recipient is None or "villages" not in e.recipient.name for e in doc.events)


def test_a_road_accident_is_no_attack(run):
    text = "A 1993 brown Cadillac driven by Ted Vell of Kelby was traveling westbound and struck the pickup truck in the left rear, the deputy said."
    assert not run(text).events
    assert not run("Rollover near Kelby injures Tovar driver. Ann Vell lost control of the car and it overturned.").events



def test_protesting_teachers_protest_not_the_lawmakers_who_convene(run):
    doc = run("Kelby lawmakers will convene rare Friday sessions as protesting school teachers continue to fill the state Capitol.")
    assert _one(doc, "PROTEST").actor.name == "school teachers"


def test_a_verdict_told_again_without_its_court_is_one_event(run):
    text = (
        "A Tovar court has found former President Ann Vell guilty of bribery and sentenced her to 24 years in prison. "
        "Vell was found guilty of 16 of the 18 charges she faced."
    )
    assert len(_events(run(text), "COERCE")) == 1


def test_agreeing_with_accusations_and_abusing_authority_are_no_acts(run):
    doc = run("The court agreed with accusations that Ann Vell had abused her authority in helping a friend raise donations.")
    assert not _events(doc, "AGREE") and not _events(doc, "ASSAULT")


def test_a_spokesman_of_a_named_body_in_apposition_acts_for_it(run):
    doc = run("Separately, NATO's media coordinator, Ted Vell, reiterated calls for Israel to hand over official maps.")
    assert _one(doc, "REQUEST").actor.code == "IGOWSTNAT"


def test_supporters_of_a_leader_hold_none_of_the_leaders_offices(run):
    doc = run("Former President Ann Vell of South Korea was sentenced on Friday. Outside the court, hundreds of supporters of Vell had gathered, calling for the former president's release.")
    event = _one(doc, "REQUEST")
    assert event.actor.sector != "GOV" and event.actor.country == "KOR"

"""Which spans are names: line breaks, caption labels, common words, brackets, weapon classes,
and acting states.  One test per rule with a case where the rule must not fire."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, NamedSpan, Token
from newsgraph.stages.entities.actors import is_agent
from newsgraph.stages.entities import resolve
from newsgraph.stages.entities.types import is_common_word, load_lexicon, model_mentions


def _texts(entities, etype: str | None = None) -> set[str]:
    return {m.text for e in entities if etype is None or e.type == etype for m in e.mentions}


# --- the model's spans: line breaks, caption labels, brackets -------------------------------------


def _with_spans(text: str, *spans: tuple[str, str]) -> Analysis:
    """An analysis holding only hand-made model spans (surface text, label), found in order."""
    named, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        named.append(NamedSpan(start, start + len(surface), label, surface, 0, 0))
        cursor = start + 1
    return Analysis(text, named=tuple(named))


def _model_names(text: str, *spans: tuple[str, str]) -> list[str]:
    """The names kept from hand-made model spans."""
    return [m.name for m in model_mentions(_with_spans(text, *spans), load_lexicon())]


def test_a_name_stops_at_a_line_break():
    text = "Court Hears Appeal\nMarta Ilves\nPhotos of the hearing were shown."
    assert _model_names(text, ("Appeal\nMarta Ilves", "PERSON")) == ["Appeal", "Marta Ilves"]


def test_a_name_on_one_line_is_left_whole():
    text = "Marta Ilves spoke in Tartu."
    assert _model_names(text, ("Marta Ilves", "PERSON")) == ["Marta Ilves"]


def test_caption_label_before_a_colon_is_not_a_name():
    text = "Image: Tomas Lindqvist.\nThe exhibition opened in Uppsala."
    assert _model_names(text, ("Image", "PERSON"), ("Tomas Lindqvist", "PERSON")) == ["Tomas Lindqvist"]


def test_label_word_without_colon_is_kept():
    text = "The museum bought Picture Lane, a painting by Ola Berg."
    assert _model_names(text, ("Picture Lane", "ORG")) == ["Picture Lane"]


def test_unclosed_bracket_ends_a_name():
    text = "The International Maritime Organization (IMO warned ships."
    assert _model_names(text, ("International Maritime Organization (IMO", "ORG")) == ["International Maritime Organization"]


def test_closed_bracket_inside_a_name_is_kept():
    text = "Fans of Orchestra (Baroque) Ensemble met."
    assert _model_names(text, ("Orchestra (Baroque) Ensemble", "ORG")) == ["Orchestra (Baroque) Ensemble"]


def test_common_word_from_the_model_is_dropped():
    text = "Cobalt prices rose. Miners sell cobalt. Cobalt is mined in Congo."
    assert _model_names(text, ("Cobalt", "PERSON"), ("Congo", "GPE")) == ["Congo"]


# --- common words capitalized only at sentence starts -------------------------------------------


def test_common_word_capitalized_at_sentence_start():
    text = "Cobalt prices rose again. Miners said the cobalt was scarce. Cobalt is mined in Congo."
    assert is_common_word(text, "Cobalt")


def test_common_word_in_a_title_case_heading():
    text = "Cobalt Prices Climb\nMiners said the cobalt was scarce and cobalt sold well."
    assert is_common_word(text, "Cobalt")


def test_name_capitalized_mid_sentence_stays_a_name():
    # "rose" is a verb here, but "Rose" keeps its capital in mid-sentence twice
    text = "Prices rose. The mayor thanked Rose Alden, and the council praised Rose for her work."
    assert not is_common_word(text, "Rose")


def test_word_never_written_in_lower_case_is_not_common():
    assert not is_common_word("Vantor grew fast. Analysts expect Vantor to grow.", "Vantor")


# --- weapon classes after a named system --------------------------------------------------------


def test_class_noun_of_a_named_system_is_not_another_weapon(entities_of):
    text = "The army showed Tornado-9 and Tornado-10 coastal cruise missiles at the parade in Minsk."
    found = entities_of(text)
    weapons = _texts(found, "WEAPON")
    assert {"Tornado-9", "Tornado-10"} <= weapons
    assert not any("cruise missile" in w for w in weapons)


def test_class_on_its_own_stays_a_weapon(entities_of):
    text = "The navy fired two cruise missiles, and later the Tornado-9 rocket was tested."
    assert any("cruise missiles" in w for w in _texts(entities_of(text), "WEAPON"))


# --- states that act ---------------------------------------------------------------------------


def _parse(words: list[tuple[str, str, str, int, str]]) -> Analysis:
    """A hand-made parse: (text, pos, dep, head index, lemma) per word, one space apart."""
    tokens, position = [], 0
    for index, (text, pos, dep, head, lemma) in enumerate(words):
        tokens.append(Token(index, position, position + len(text), text, lemma, pos, "", dep, head, 0))
        position += len(text) + 1
    return Analysis(" ".join(w[0] for w in words), tokens=tuple(tokens))


def test_country_subject_of_an_action_acts():
    analysis = _parse([("Norway", "PROPN", "nsubj", 1, "Norway"), ("protested", "VERB", "ROOT", 1, "protest"), (".", "PUNCT", "punct", 1, ".")])
    assert is_agent(analysis, 0, 6)


def test_country_in_a_state_or_as_a_place_does_not_act():
    lies = _parse([("Norway", "PROPN", "nsubj", 1, "Norway"), ("lies", "VERB", "ROOT", 1, "lie"), ("north", "ADV", "advmod", 1, "north")])
    assert not is_agent(lies, 0, 6)
    visited = _parse([("She", "PRON", "nsubj", 1, "she"), ("visited", "VERB", "ROOT", 1, "visit"), ("Norway", "PROPN", "dobj", 1, "Norway")])
    assert not is_agent(visited, 12, 18)


def test_second_conjunct_acts_with_the_first():
    analysis = _parse([
        ("Norway", "PROPN", "nsubj", 3, "Norway"), ("and", "CCONJ", "cc", 0, "and"),
        ("Chile", "PROPN", "conj", 0, "Chile"), ("signed", "VERB", "ROOT", 3, "sign"),
    ])
    assert is_agent(analysis, 11, 16)


def test_a_name_ends_at_its_last_capitalized_word(pipeline):
    from newsgraph.stages.entities.types import _without_trailing_lowercase

    text = "the Brelland news agency; Mike du Toit; Suleiman al-Amr; Preston corp; the Tovar Tourism board"
    def cut(name):
        start = text.index(name)
        return text[start : _without_trailing_lowercase(text, start, start + len(name))]

    assert cut("Brelland news agency") == "Brelland"
    assert cut("Tovar Tourism board") == "Tovar Tourism"
    assert cut("Mike du Toit") == "Mike du Toit"
    assert cut("Suleiman al-Amr") == "Suleiman al-Amr"
    assert cut("Preston corp") == "Preston corp"


def test_a_dateline_dash_ends_a_name(pipeline):
    found = resolve(pipeline.analyzer.analyze("BRELMOR - Tavi Orun said the vote was fair."), load_lexicon())
    assert all(" - " not in e.name for e in found)


def test_words_a_title_closes_are_not_part_of_the_name(pipeline):
    from newsgraph.stages.entities import resolve
    from newsgraph.stages.entities.types import load_lexicon

    found = resolve(pipeline.analyzer.analyze("Treasury Secretary Ilse Varnholt met bankers on Monday."), load_lexicon())
    assert any(e.type == "PERSON" and e.name == "Ilse Varnholt" for e in found)


def test_a_country_before_a_dollar_sign_is_a_currency(pipeline):
    from newsgraph.stages.entities import resolve
    from newsgraph.stages.entities.types import load_lexicon

    found = resolve(pipeline.analyzer.analyze("Brelland Corp paid US$ 40 million for the Tovar plant."), load_lexicon())
    assert not any(e.type == "COUNTRY" for e in found)


def test_an_outlet_name_opening_a_persons_name_is_the_persons(pipeline):
    from newsgraph.stages.entities import resolve
    from newsgraph.stages.entities.types import load_lexicon

    found = resolve(pipeline.analyzer.analyze("His mother, Dawn Okafor, has said he was innocent."), load_lexicon())
    assert not any(e.type == "OUTLET" for e in found)


def test_a_lower_case_word_of_no_name_ends_a_name(pipeline):
    from newsgraph.stages.entities import resolve
    from newsgraph.stages.entities.types import load_lexicon

    found = resolve(pipeline.analyzer.analyze("Flights from Lokus Bidris and Fofopon to Rifolo will start in May."), load_lexicon())
    assert not any(" to " in e.name for e in found)


def test_the_subject_of_a_verb_before_a_weapon_noun_is_no_weapon():
    from newsgraph import extract
    doc = extract("Hamas fired rockets into southern Israel on Monday.")
    assert [e.type for e in doc.entities if e.name == "Hamas"] == ["ORG"]


def test_a_listed_name_is_found_with_hyphens_for_its_spaces(pipeline):
    from newsgraph.stages.entities.types import gazetteer_mentions, load_lexicon

    lexicon = load_lexicon()
    listed = next(g for g in lexicon.gazetteer if g.type == "OUTLET" and " " in g.entry.name)
    words = listed.entry.name.split()
    text = f"A report from {'-'.join(words)} said so."  # hyphens for spaces: the regex allows them
    analysis = pipeline.analyzer.analyze(text)
    assert any(m.start == text.index(words[0]) for m in gazetteer_mentions(analysis, lexicon))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kelmor and Co Inc said quarterly profits rose.", "Kelmor and Co Inc"),
        ("Tovar, Lusk and Co Inc co-managed the offering.", "Tovar, Lusk and Co Inc"),
        ("Vera Drusk and Associates will handle the sale.", "Vera Drusk and Associates"),
        ("Brelland Corp BRL said it would sell the unit.", "Brelland Corp"),
    ],
)
def test_firms_named_for_partners_and_companies_before_a_ticker(entities_of, text, name):
    assert name in [e.name for e in entities_of(text) if e.type == "ORG"]


def test_a_score_after_a_team_and_a_bare_title_abbreviation_are_no_names(entities_of):
    found = entities_of("Kelmor police Sgt. Pavel Drusk watched the Tovar Rovers lose 7-1 on Sunday.")
    names = {e.name: e.type for e in found}
    assert "Sgt" not in names and names.get("Pavel Drusk") == "PERSON" and names.get("Kelmor") == "PLACE"
    found = entities_of("Baltimore beat the Tovar Rovers 7-1 on Sunday.")
    assert all("7-1" not in e.name for e in found)


def test_a_title_the_model_read_into_an_organization_stays_a_title(entities_of):
    found = entities_of("General Drarar Tribram toured the base. He said the troops were ready.")
    assert [(e.type, e.name) for e in found] == [("PERSON", "Drarar Tribram")]


# --- company names the model missed, by their legal form -----------------------------------------


def _companies(text: str, *spans: tuple[str, str]) -> list[str]:
    from newsgraph.stages.entities.companies import company_mentions

    return [m.name for m in company_mentions(_with_spans(text, *spans))]


def test_a_company_is_found_by_its_legal_form_where_the_model_saw_no_name():
    text = "TOVAR, March 5 - Brellaco Corp said its board rejected the offer of Kelm and Lusk Inc."
    # the model took the lead's first words into the dateline's date and saw no firm
    assert _companies(text, ("March 5 - Brellaco Corp", "DATE")) == ["Brellaco Corp", "Kelm and Lusk Inc"]
    # a name the model saw stays the model's; a title before "of" is no part of a name
    assert _companies(text, ("Brellaco Corp", "ORG")) == ["Kelm and Lusk Inc"]
    assert _companies("The Chairman of Brellaco Corp resigned.") == ["Brellaco Corp"]
    assert _companies("The Brellaco Co said so, and a small corp did not.") == ["Brellaco Co"]

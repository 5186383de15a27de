"""The quotes stage on sentences written for these tests."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.schema import validation_errors
from newsgraph.stages.quotes.marks import quoted_spans


def _quotes(pipeline, text: str):
    doc = newsgraph.extract(text, pipeline=pipeline)
    assert validation_errors(doc.to_dict()) == []
    return doc, doc.quotes


def _one(quotes, starts: str):
    found = [q for q in quotes if q.content.text.startswith(starts)]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


def _speaker(doc, quote) -> str | None:
    entity = doc.entity(quote.speaker) if quote.speaker else None
    return entity.name if entity else None


def test_direct_quote_with_speaker_after(pipeline):
    doc, quotes = _quotes(pipeline, "“The bridge will reopen next spring after the repairs,” Maria Costa said on Monday.\n")
    quote = _one(quotes, "The bridge will reopen")
    assert quote.kind == "direct"
    assert quote.cue is not None and quote.cue.text == "said"
    assert _speaker(doc, quote) == "Maria Costa"
    assert not quote.content.text.startswith("“") and not quote.content.text.endswith(",")


def test_direct_quote_with_speaker_before_and_colon(pipeline):
    doc, quotes = _quotes(pipeline, "Mayor Tomas Berg told the council: “We have enough water for the whole summer.”\n")
    quote = _one(quotes, "We have enough water")
    assert quote.kind == "direct" and quote.cue.text == "told"
    assert _speaker(doc, quote) == "Tomas Berg"


def test_inverted_cue_and_straight_marks(pipeline):
    doc, quotes = _quotes(pipeline, '"Prices are falling faster than we expected," said Helen Park, an economist at the bank.\n')
    quote = _one(quotes, "Prices are falling")
    assert quote.cue.text == "said" and _speaker(doc, quote) == "Helen Park"


def test_pronoun_speaker_resolves_to_the_person(pipeline):
    text = (
        "Jonas Weber, a farmer, lost half of his harvest to the floods.\n"
        "“We will plant again as soon as the fields are dry,” he told reporters.\n"
    )
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "We will plant again")
    assert quote.cue.text == "told"
    assert _speaker(doc, quote) == "Jonas Weber"


def test_reporting_chain_via_outlet(pipeline):
    text = "“Our troops have left the border area,” Pavel Orlov said, TASS reported.\n"
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "Our troops have left")
    assert _speaker(doc, quote) == "Pavel Orlov"
    assert quote.via == ("TASS",)


def test_according_to_outlet_is_speaker_of_indirect_quote(pipeline):
    doc, quotes = _quotes(pipeline, "According to Yonhap, the ferry service will resume in March.\n")
    quote = _one(quotes, "the ferry service will resume")
    assert quote.kind == "indirect"
    assert quote.cue.text == "According to" and _speaker(doc, quote) == "Yonhap"


def test_indirect_quote_with_that_clause(pipeline):
    doc, quotes = _quotes(pipeline, "Finance Minister Clara Diaz stressed that the budget deficit has narrowed this year.\n")
    quote = _one(quotes, "that the budget deficit has narrowed")
    assert quote.kind == "indirect" and quote.cue.text == "stressed"
    assert _speaker(doc, quote) == "Clara Diaz"


def test_intention_is_no_quote(pipeline):
    _, quotes = _quotes(pipeline, "President Ana Ruiz expressed her intention to visit the flooded towns.\n")
    assert quotes == ()


def test_banner_text_is_written_and_not_put_in_the_mouth_of_the_greeted(pipeline):
    text = (
        "Prime Minister Lars Holm landed in Oslo on Friday.\n"
        "A large banner at the airport carried the words: “Welcome home, Prime Minister Lars Holm!”\n"
    )
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "Welcome home")
    assert quote.kind == "written" and quote.medium == "banner"
    assert quote.speaker is None and quote.speaker_name is None


def test_statement_with_named_author_is_written(pipeline):
    text = "“The factory will close by the end of the year,” Siemens said in a statement.\n"
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "The factory will close")
    assert quote.kind == "written" and quote.medium == "statement"
    assert _speaker(doc, quote) == "Siemens"


def test_quoted_title_inside_a_sentence_is_no_quote(pipeline):
    text = "Critics praised the documentary “The Long Road Home” at the festival in Venice.\n"
    _, quotes = _quotes(pipeline, text)
    assert quotes == ()


def test_cueless_quote_continues_the_speaker_of_its_paragraph(pipeline):
    text = "“The harbour is safe again,” Anna Schmidt said. Ships waited all week. “They can dock from tomorrow morning.”\n"
    doc, quotes = _quotes(pipeline, text)
    second = _one(quotes, "They can dock")
    assert second.cue is not None and second.cue.text == "said"
    assert _speaker(doc, second) == "Anna Schmidt"


def test_cueless_quote_after_another_name_has_no_speaker(pipeline):
    text = "“The harbour is safe again,” Ines Moro said. Officials in Genoa and Paolo Neri disagreed. “Ships cannot dock yet.”\n"
    doc, quotes = _quotes(pipeline, text)
    assert _one(quotes, "Ships cannot dock").speaker is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said: “Never again.” Then he left.", ["Never again."]),
        ("“It’s the people’s choice,” she said.", ["It’s the people’s choice"]),
        ("“A ‘new era’ has begun,” he said.", ["A ‘new era’ has begun"]),
        ("“First part of a long quote\nsecond paragraph", ["First part of a long quote"]),
    ],
)
def test_quote_marks_pairing(text: str, expected: list[str]):
    assert [text[q.start : q.end] for q in quoted_spans(text)] == expected


def test_quotes_skip_captions_and_stay_in_text_order(pipeline, seed_text):
    doc = newsgraph.extract(seed_text, pipeline=pipeline)
    starts = [q.content.start for q in doc.quotes]
    assert starts == sorted(starts) and [q.id for q in doc.quotes] == [f"q{i + 1}" for i in range(len(starts))]
    for quote in doc.quotes:
        assert not any(c.span.overlaps(quote.content) for c in doc.article.captions)


def test_dash_after_the_quote_signs_it(pipeline):
    text = "“The new park changed how our street feels in the evening.” ― Maria Costa\n"
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "The new park")
    assert quote.cue is not None and quote.cue.text == "―"
    assert quote.speaker_name == "Maria Costa"


def test_sign_text_keeps_no_speaker_even_with_a_cue_later_in_the_sentence(pipeline):
    text = "Students held up a sign reading “Thank you, Governor Ellis Grant!” as the governor spoke, the school said.\n"
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "Thank you, Governor")
    assert quote.kind == "written" and quote.medium == "sign"
    assert quote.speaker is None


def test_indirect_content_stays_in_its_paragraph(pipeline):
    text = "Officials said the road would reopen soon\n\nThe bridge closed in May after a flood.\n"
    _, quotes = _quotes(pipeline, text)
    for quote in quotes:
        assert "\n" not in quote.content.text


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("HANOI, June 3, 2024 - Vietnam will double its rice exports next year, the trade ministry said.\n", "Vietnam will double"),
        ("QUITO (Pacific Wire) – Ecuador will hold a referendum in April, officials said.\n", "Ecuador will hold"),
        ("Vietnam will double its rice exports next year, the trade ministry said.\n", "Vietnam will double"),
    ],
)
def test_indirect_content_starts_after_the_dateline(pipeline, text: str, starts: str):
    _, quotes = _quotes(pipeline, text)
    quote = _one([q for q in quotes if q.kind == "indirect"], starts)
    assert quote.content.start == text.index(starts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("TOVAR, March 2 - The Federation of Dock Workers said it will demand a large pay rise in the coming talks.\n", "Federation of Dock Workers"),
        ("LIMA, May 9 - Senior trade officials said they were hopeful the two countries could settle the dispute.\n", "Senior trade officials"),
    ],
)
def test_the_dateline_is_no_part_of_the_speaker(pipeline, text: str, speaker: str):
    doc, quotes = _quotes(pipeline, text)
    quote = _one([q for q in quotes if q.kind == "indirect"], text.split(" said ")[1][:12])
    assert (_speaker(doc, quote) or quote.speaker_name).removeprefix("The ") == speaker


def test_a_cue_parsed_as_the_last_conjunct_after_a_comma_reports_the_clause(pipeline):
    text = (
        "CHICAGO, March 12 - Iowa Beef Processors Inc is lifting a lockout at its Dakota City, Nebraska processing plant "
        "and plans to resume operations March 16, United Food and Commercial Workers Union spokesman Allen Zack said by phone.\n"
    )
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "Iowa Beef Processors Inc is lifting")
    assert _speaker(doc, quote) == "Allen Zack" and quote.content.text.endswith("March 16")
    # joined by "and", the cue reports nothing of the clause before it
    doc, quotes = _quotes(pipeline, "The mill closed its doors on Monday, and union spokesman Allen Zack said more talks would follow.\n")
    assert [q.content.text for q in quotes] == ["more talks would follow"]


def test_speech_acts_with_an_object_or_a_to_infinitive_are_indirect_quotes(pipeline):
    text = (
        "Senator Ruth Calloway denied the charges against her former aide.\n"
        "The union urged its members to stay home on Friday.\n"
        "Governor Ilan Marsh called the new levy a giveaway to the rich.\n"
    )
    doc, quotes = _quotes(pipeline, text)
    assert _one(quotes, "the charges against her former aide").cue.text == "denied"
    assert _one(quotes, "its members to stay home").cue.text == "urged"
    assert _one(quotes, "the new levy").cue.text == "called"


def test_belief_and_finding_with_a_clause_are_indirect_quotes(pipeline):
    text = "Farmers in Oxley believe the new dam will dry out their fields. A study by the Lund Institute found that water use had doubled.\n"
    _, quotes = _quotes(pipeline, text)
    assert _one(quotes, "the new dam will dry out").kind == "indirect"
    assert _one(quotes, "that water use had doubled").kind == "indirect"


def test_reported_speech_inside_reported_speech_is_one_quote(pipeline):
    text = "Mayor Petra Lund said she believes the tram line will open in May.\n"
    _, quotes = _quotes(pipeline, text)
    assert [q.cue.text for q in quotes] == ["said"]


def test_name_and_colon_introduce_a_statement(pipeline):
    text = (
        "The regional council met in Gdansk on Monday.\n\n"
        "Anna Kowalczyk: the new rail line will cut the trip to the capital by an hour\n\n"
        "Editor's note: this story was updated on Monday.\n"
    )
    doc, quotes = _quotes(pipeline, text)
    quote = _one(quotes, "the new rail line")
    assert quote.cue.text == ":" and _speaker(doc, quote) == "Anna Kowalczyk"
    assert not [q for q in quotes if q.content.text.startswith("this story")]

"""Speakers of quotes: pronouns and roles through a run of quotes, unresolved speakers."""

from __future__ import annotations

import newsgraph
from newsgraph.schema import validation_errors


def _doc(pipeline, text: str):
    doc = newsgraph.extract(text, pipeline=pipeline)
    assert validation_errors(doc.to_dict()) == []
    return doc


def _quote(doc, starts: str):
    found = [q for q in doc.quotes if q.content.text.startswith(starts)]
    assert len(found) == 1, [q.content.text for q in doc.quotes]
    return found[0]


def _speaker(doc, quote) -> str | None:
    entity = doc.entity(quote.speaker) if quote.speaker else None
    return entity.name if entity else None


def test_pronoun_far_from_the_name_takes_the_speaker_of_the_run_of_quotes(pipeline):
    text = (
        "“The tunnel will be finished by June,” Greta Lindqvist, the project director, said on Monday.\n"
        "Workers have dug through four kilometres of rock since the spring. The machines run day and night. "
        "Two shifts of engineers watch them. Costs have stayed inside the budget.\n"
        "“We have not lost a single day to the weather,” she said.\n"
    )
    doc = _doc(pipeline, text)
    quote = _quote(doc, "We have not lost")
    assert _speaker(doc, quote) == "Greta Lindqvist" and quote.speaker_resolved
    assert quote.speaker_span is not None and quote.speaker_span.text == "she"


def test_a_pronoun_of_the_other_gender_does_not_take_the_previous_speaker(pipeline):
    text = (
        "“Prices will fall,” Mr. Anders Holm said. Mr. Holm has run the bank for ten years. "
        "Its profits rose again. Its shares doubled. Its branches grew in number.\n"
        "“That will not happen this year,” she said.\n"
    )
    doc = _doc(pipeline, text)
    quote = _quote(doc, "That will not happen")
    assert quote.speaker is None
    assert quote.speaker_name == "she" and quote.speaker_resolved is False


def test_unnamed_source_is_an_unresolved_speaker(pipeline):
    doc = _doc(pipeline, "A spokesman said the plant would stay closed until the inspection ends.\n")
    quote = _quote(doc, "the plant would stay closed")
    assert quote.speaker is None and quote.speaker_name == "A spokesman"
    assert quote.speaker_resolved is False and quote.speaker_span.text == "A spokesman"


def test_named_speaker_is_resolved_with_its_span(pipeline):
    text = "“The vote was fair,” Rosa Ibarra said.\n"
    doc = _doc(pipeline, text)
    quote = _quote(doc, "The vote was fair")
    assert quote.speaker_resolved and quote.speaker_span.text == "Rosa Ibarra"


def test_relative_pronoun_speaker_is_the_person_it_describes(pipeline):
    text = "The plan was criticised by Tomas Berglund, who said the new tax would hurt small farms.\n"
    doc = _doc(pipeline, text)
    quote = _quote(doc, "the new tax would hurt")
    assert _speaker(doc, quote) == "Tomas Berglund"


def test_speaker_of_a_participle_after_a_preposition(pipeline):
    text = "Mayor Lina Petrov opened the meeting by saying the budget would be cut by a tenth.\n"
    doc = _doc(pipeline, text)
    quote = _quote(doc, "the budget would be cut")
    assert _speaker(doc, quote) == "Lina Petrov"


def test_coordinated_speakers_stay_together(pipeline):
    text = "Regulators and environmental groups say the river is cleaner than it has been in decades.\n"
    doc = _doc(pipeline, text)
    quote = _quote(doc, "the river is cleaner")
    assert quote.speaker_name == "Regulators and environmental groups"


def test_signed_quotes_each_take_their_own_name(pipeline):
    text = (
        "“The new library changed our street.”― Marta Quiroga\n"
        "“We need more buses at night.” ― Jonah Whitfield\n"
    )
    doc = _doc(pipeline, text)
    assert _quote(doc, "The new library").speaker_name == "Marta Quiroga"
    assert _quote(doc, "We need more buses").speaker_name == "Jonah Whitfield"


def test_colon_at_the_end_of_a_paragraph_introduces_the_next_one(pipeline):
    text = "Senator Paula Grieve continued:\n\n“We will not vote for a budget that closes rural hospitals.”\n"
    doc = _doc(pipeline, text)
    quote = _quote(doc, "We will not vote")
    assert quote.cue.text == "continued" and _speaker(doc, quote) == "Paula Grieve"


def test_whole_paragraph_quote_continues_the_speaker_of_the_paragraph_before(pipeline):
    text = (
        "“The border crossing reopens at dawn,” said Karim Haddad, the customs chief.\n"
        "“Trucks with food will go first.”\n"
    )
    doc = _doc(pipeline, text)
    assert _speaker(doc, _quote(doc, "Trucks with food")) == "Karim Haddad"


def test_first_person_in_a_transcript_paragraph_is_the_labelled_speaker(pipeline):
    text = (
        "Partial transcript of the interview:\n\n"
        "HOLLIS: I think the bridge toll is too high for the families who cross it every day.\n"
    )
    doc = _doc(pipeline, text)
    quote = _quote(doc, "the bridge toll is too high")
    assert quote.speaker_name == "HOLLIS" and quote.speaker_span.text == "HOLLIS"


def test_a_time_line_above_the_paragraph_is_not_the_speaker(pipeline):
    text = "Latest updates:\n\n11:40 a.m.\n\nGovernor Rita Salas says the evacuation order will be lifted on Friday.\n"
    doc = _doc(pipeline, text)
    quote = _quote(doc, "the evacuation order")
    assert _speaker(doc, quote) == "Rita Salas"

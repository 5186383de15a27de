"""One quote from its parts: split by the attribution, continued over paragraphs."""

from __future__ import annotations

import newsgraph
from newsgraph.model import Document, Quote, Span
from newsgraph.schema import validation_errors


def _direct(pipeline, text: str):
    doc = newsgraph.extract(text, pipeline=pipeline)
    assert validation_errors(doc.to_dict()) == []
    return doc, [q for q in doc.quotes if q.kind in ("direct", "written")]


def _speaker(doc, quote) -> str | None:
    entity = doc.entity(quote.speaker) if quote.speaker else None
    return entity.name if entity else None


def test_quote_split_by_its_attribution_sentence_is_one_quote(pipeline):
    text = "“The dam will hold this winter,” said Marta Oksanen, the chief engineer. “We checked every gate twice.”\n"
    doc, quotes = _direct(pipeline, text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert [p.text for p in quote.parts] == ["The dam will hold this winter", "We checked every gate twice."]
    assert quote.content.start == quote.parts[0].start and quote.content.end == quote.parts[-1].end
    assert quote.cue.text == "said" and _speaker(doc, quote) == "Marta Oksanen"


def test_quote_split_inside_one_sentence_is_one_quote(pipeline):
    text = "“If the rain stops,” Jorge Almeida said, “the harvest can start on Monday.”\n"
    doc, quotes = _direct(pipeline, text)
    assert len(quotes) == 1 and len(quotes[0].parts) == 2
    assert _speaker(doc, quotes[0]) == "Jorge Almeida"


def test_a_third_sentence_right_after_joins_the_same_quote(pipeline):
    text = "“Prices rose,” Lena Varga said. “Wages did not.” “That is the whole problem.”\n"
    _, quotes = _direct(pipeline, text)
    assert len(quotes) == 1 and len(quotes[0].parts) == 3


def test_quote_with_its_own_cue_stays_apart(pipeline):
    text = "“Prices rose,” Lena Varga said. “Wages did not,” she added.\n"
    _, quotes = _direct(pipeline, text)
    assert len(quotes) == 2 and all(q.parts == () for q in quotes)


def test_narrative_between_quotes_keeps_them_apart(pipeline):
    text = "“The harbour is safe,” Anna Schmidt said. Ships waited all week at sea. “They can dock tomorrow.”\n"
    _, quotes = _direct(pipeline, text)
    assert len(quotes) == 2


def test_question_then_attribution_sentence(pipeline):
    text = "“Who will pay for the new roads?” Pieter Jansen asked. “Not the farmers, I hope.”\n"
    doc, quotes = _direct(pipeline, text)
    assert len(quotes) == 1 and quotes[0].cue.text == "asked"
    assert _speaker(doc, quotes[0]) == "Pieter Jansen"


def test_next_paragraph_does_not_attribute_a_quote(pipeline):
    text = "“We will not sell the land.”\n\nTomas Lind said the farm had been in his family for a century.\n"
    _, quotes = _direct(pipeline, text)
    assert len(quotes) == 1 and quotes[0].cue is None


def test_quote_continued_over_paragraphs_is_one_quote(pipeline):
    text = (
        "Nadia Petrova, the mayor, spoke for an hour. “We will rebuild the school before the winter comes.\n\n"
        "“Every family that lost a home will have a new one by the spring,” she said.\n"
    )
    doc, quotes = _direct(pipeline, text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert len(quote.parts) == 2 and "\n" in quote.content.text
    assert quote.parts[0].text.startswith("We will rebuild") and quote.parts[1].text.startswith("Every family")


def test_a_closed_quote_does_not_continue_into_the_next_paragraph(pipeline):
    text = "“We will rebuild the school,” Nadia Petrova said.\n\n“Every family will have a home,” said Omar Haddad.\n"
    _, quotes = _direct(pipeline, text)
    assert len(quotes) == 2


def test_parts_and_speaker_resolved_round_trip():
    text = "“A,” she said. “B.”"
    quote = Quote("q1", "direct", Span.of(text, 1, 17), parts=(Span.of(text, 1, 2), Span.of(text, 16, 17)), speaker_resolved=False)
    data = quote.to_dict()
    assert data["parts"][1]["text"] == "B" and data["speaker_resolved"] is False
    assert Quote.from_dict(data) == quote


def test_document_written_before_parts_still_loads():
    text = "“We are ready,” Ann Lee said."
    old = {"id": "q1", "kind": "direct", "content": Span.of(text, 1, 13).to_dict(), "cue": None, "speaker": "e1", "speaker_name": "Ann Lee", "via": [], "medium": None}
    quote = Quote.from_dict(old)
    assert quote.parts == () and quote.speaker_resolved is True
    assert Quote.from_dict({**old, "speaker": None, "speaker_name": "he"}).speaker_resolved is False
    doc = Document.from_dict({"schema": "newsgraph/1", "article": {"id": "a1", "text": text}, "quotes": [old]})
    assert validation_errors({**doc.to_dict(), "quotes": [old]}) == []

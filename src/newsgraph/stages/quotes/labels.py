"""Statements introduced by a speaker's name and a colon: "Graham: Trump's rhetoric is
destroying the party" (headlines), "PENCE: Well, look, ..." (transcripts).

A paragraph whose first words, up to a colon, are exactly a mention of a person, an
organization or an outlet gives an indirect quote: the rest of the paragraph is the content,
the colon the cue, the named entity the speaker.  A colon after anything else ("Editor's
note:", "Partial transcript as follows:", a dateline) introduces no statement.
"""

from __future__ import annotations

from ...model import Document, Quote, Span
from ..entities import entity_at
from .marks import paragraphs

_LABEL_TYPES = frozenset({"PERSON", "ORG", "OUTLET"})
_LEAD = " \t\"“‘'"
_MAX_LABEL_CHARS = 40
_MIN_CONTENT_WORDS = 3
_CONTENT_TRIM = " \t\"“”‘’'"


def labelled_statements(doc: Document, taken: list[Quote]) -> list[Quote]:
    """Indirect quotes of "Name: statement" paragraphs not already covered by ``taken``."""
    text = doc.article.text
    found = []
    for start, end in paragraphs(text):
        quote = _statement(doc, text, start, end)
        if quote is not None and not any(q.content.start < quote.content.end and quote.content.start < q.content.end for q in taken):
            found.append(quote)
    return found


def _statement(doc: Document, text: str, start: int, end: int) -> Quote | None:
    at = start
    while at < end and text[at] in _LEAD:
        at += 1
    colon = text.find(":", at, min(end, at + _MAX_LABEL_CHARS))
    if colon <= at:
        return None
    label_end = at + len(text[at:colon].rstrip())
    entity = entity_at(doc, at, label_end)
    if entity is None or entity.type not in _LABEL_TYPES or not any(m.start == at and m.end == label_end for m in entity.mentions):
        return None
    content_start, content_end = colon + 1, end
    while content_start < content_end and text[content_start] in _CONTENT_TRIM:
        content_start += 1
    while content_end > content_start and text[content_end - 1] in _CONTENT_TRIM:
        content_end -= 1
    if len(text[content_start:content_end].split()) < _MIN_CONTENT_WORDS:
        return None
    return Quote(
        id="",
        kind="indirect",
        content=Span.of(text, content_start, content_end),
        cue=Span.of(text, colon, colon + 1),
        speaker=entity.id,
        speaker_name=entity.name,
        speaker_span=Span.of(text, at, label_end),
    )

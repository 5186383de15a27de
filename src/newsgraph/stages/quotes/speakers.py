"""Speakers the entity stage left unresolved: pronouns and role nouns, read in a run of quotes.

A cue's subject that is a personal pronoun ("she said") or a definite description ("the
senator said", "the ministry said") names no entity when the entity stage found no
antecedent for it (a name it typed as a place, an antecedent beyond its window).  News
writing follows one speaker through a run of quotes, so such a speaker is, in order:

1. the speaker of the nearest quote before it in the same paragraph or the ``RUN_PARAGRAPHS``
   paragraphs before, when that speaker is compatible (a person of no other known gender for
   "he"/"she"; a person with that role for "the senator"; an organization whose name holds
   the noun for "the ministry");
2. the nearest compatible entity mentioned in that stretch before the cue.

In a transcript paragraph opened by an upper-case label ("WALLACE: ..."), "I" and words with
no attribution are the labelled speaker's.

What stays unresolved keeps the text's words as ``speaker_name`` and says so with
``speaker_resolved = false``; a speaker is resolved when it is an entity or a proper name.
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Document, Entity, Quote, Span
from ...resources import normalize_name, titles
from ..entities import entity_at
from ..entities.coref import is_name_mention
from .marks import paragraphs

RUN_PARAGRAPHS = 2
_PERSONAL = {"he": "m", "she": "f"}
_GENDER_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_GENDER_TITLES = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
_DEFINITE = ("the ",)
_ORG_TYPES = frozenset({"ORG", "OUTLET", "COUNTRY"})
_FIRST_PERSON = frozenset({"i", "we"})
_LABEL_LEAD = " \t\"“'‘"
_MAX_LABEL = 30


def resolve_speakers(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (in text order) with pronoun and role speakers resolved where the run of
    quotes or the entities before them allow, and ``speaker_resolved`` set on each."""
    text = doc.article.text
    lines = paragraphs(text)
    result: list[Quote] = []
    for quote in quotes:
        if quote.speaker is None and quote.speaker_name and quote.cue is not None:
            entity = _resolve(doc, lines, result, quote)
            if entity is not None:
                quote = replace(quote, speaker=entity.id, speaker_name=entity.name)
        if quote.speaker is None and (quote.speaker_name or "").casefold() in _FIRST_PERSON | {""}:
            quote = _transcript_speaker(doc, lines, quote)
        result.append(replace(quote, speaker_resolved=_resolved(quote)))
    return result


def _transcript_speaker(doc: Document, lines: list[tuple[int, int]], quote: Quote) -> Quote:
    """In a transcript paragraph ("WALLACE: ..."), "I" and unattributed words are the
    labelled speaker's."""
    text = doc.article.text
    anchor = quote.cue.start if quote.cue is not None else quote.content.start
    line = next(((start, end) for start, end in lines if start <= anchor <= end), None)
    if line is None:
        return quote
    label = _label(text, *line)
    if label is None or (label[1] > anchor and quote.cue is not None):
        return quote
    entity = entity_at(doc, *label)
    return replace(quote, speaker=entity.id if entity else None, speaker_name=entity.name if entity else text[label[0] : label[1]], speaker_span=Span.of(text, *label))


def _label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker label opening a transcript paragraph: upper-case words and a colon."""
    at = start
    while at < end and text[at] in _LABEL_LEAD:
        at += 1
    colon = text.find(":", at, min(end, at + _MAX_LABEL))
    words = text[at:colon].split()
    if colon < 0 or not words or not all(w.isupper() and w.replace(".", "").isalpha() for w in words):
        return None
    return at, at + len(text[at:colon].rstrip())


def _resolved(quote: Quote) -> bool:
    return quote.speaker is not None or is_name_mention(quote.speaker_name or "")


def _resolve(doc: Document, lines: list[tuple[int, int]], before: list[Quote], quote: Quote) -> Entity | None:
    accepts = _acceptor(doc, quote.speaker_name or "")
    cue = quote.cue
    if accepts is None or cue is None:
        return None
    floor = _run_start(lines, cue.start)
    for previous in reversed(before):
        if previous.content.start < floor:
            break
        entity = doc.entity(previous.speaker) if previous.speaker else None
        if entity is not None and accepts(entity):
            return entity
    return _nearest_mentioned(doc, Span(floor, cue.start, ""), accepts)


def _acceptor(doc: Document, words: str):
    """A test of the entities ``words`` can stand for, or None when they are no pronoun or
    definite description."""
    lowered = words.casefold().strip()
    if lowered in _PERSONAL:
        gender = _PERSONAL[lowered]
        return lambda e: e.type == "PERSON" and _gender(doc, e) in (None, gender)
    if not lowered.startswith(_DEFINITE) or len(lowered.split()) > 4:
        return None
    noun = lowered.split()[-1]
    role = titles().get(normalize_name(" ".join(lowered.split()[1:]))) or titles().get(normalize_name(noun))
    if role is not None:
        wanted = role.role.casefold()
        return lambda e: e.type == "PERSON" and any(r.casefold() == wanted for r in e.roles)
    return lambda e: e.type in _ORG_TYPES and noun in e.name.casefold().split()


def _gender(doc: Document, entity: Entity) -> str | None:
    """The gender the text gives a person: pronouns resolved to it, or Mr./Ms. before its name."""
    for mention in entity.mentions:
        found = _GENDER_WORDS.get(mention.text.casefold())
        if found:
            return found
        start = mention.start
        before = doc.article.text[max(0, start - 5) : start].split()
        if before and before[-1].casefold() in _GENDER_TITLES:
            return _GENDER_TITLES[before[-1].casefold()]
    return None


def _run_start(lines: list[tuple[int, int]], offset: int) -> int:
    """Start of the paragraph ``RUN_PARAGRAPHS`` before the one holding ``offset``."""
    at = next((k for k, (start, end) in enumerate(lines) if start <= offset <= end), 0)
    return lines[max(0, at - RUN_PARAGRAPHS)][0] if lines else 0


def _nearest_mentioned(doc: Document, stretch: Span, accepts) -> Entity | None:
    best: tuple[int, Entity] | None = None
    for entity in doc.entities:
        if not accepts(entity):
            continue
        for mention in entity.mentions:
            if stretch.start <= mention.start and mention.end <= stretch.end and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None

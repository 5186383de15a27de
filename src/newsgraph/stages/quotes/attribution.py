"""Who said a quote, in what medium, and through which outlets we know it.

- speaker: the entity whose mention is the cue's subject (``entity_at`` also resolves
  pronouns and role descriptions); without an entity, the subject's words as ``speaker_name``.
- medium: a written medium noun (resources/quote_media.tsv) as the cue's subject ("the
  statement said"), in "in a statement" on the cue, or introducing the quote ("a banner with
  the words: ..."). A medium never takes the speaker from what the text greets or names;
  its author is only the cue's subject or a possessor / "from" / "by" phrase on the noun.
- via: OUTLET entities that pass the quote on in the same sentence: the subject of another
  cue ("Ann Lee said, Kyodo reported") or the object of "according to". The outlet named as
  the source of a whole article is not carried to other sentences: rewritten reports mix
  agencies, so only the sentence's own attribution is trusted.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Document, Entity, Span, Token
from ...resources.phoenix import phoenix_agents
from ..entities import entity_at
from .lexicon import QuoteLexicon
from .parse import Cue, ParseIndex, cue_at, phrase_of, speaker_token

_AUTHOR_PREPS = frozenset({"from", "by"})
_NAME_PARTS = ("compound", "appos")


@dataclass(frozen=True, slots=True)
class Speaker:
    entity: Entity | None
    name: str | None
    span: tuple[int, int] | None = None  # where the text names the speaker


NO_SPEAKER = Speaker(None, None)


def speaker_of_token(doc: Document, index: ParseIndex, token: Token | None) -> Speaker:
    """The entity (or the words) a token's phrase names."""
    if token is None:
        return NO_SPEAKER
    start, end = phrase_of(index, token)
    # the head word's mention, or a name compounded with it or set beside it ("the TASS news
    # agency", "a spokesman, Ann Lee"); not any name in the phrase: "a video on Telegram" is
    # not Telegram speaking
    entity = entity_at(doc, token.start, token.end)
    for child in index.children(token.i):
        if entity is None and child.dep in _NAME_PARTS:
            entity = entity_at(doc, child.start, child.end)
            if entity is not None and entity.type == "COUNTRY" and child.dep == "compound" and _a_business(token):
                entity = None  # "a US firm said": a firm of that country speaks, not its state
    if entity is not None:
        return Speaker(entity, entity.name, (start, end))
    # an unresolved pronoun keeps its word ("they"): what the text says, though no entity
    return Speaker(None, doc.article.text[start:end], (start, end))


def _a_business(token: Token) -> bool:
    return phoenix_agents().lookup([token.text.casefold()]) == "BUS" or phoenix_agents().lookup([token.lemma.casefold()]) == "BUS"


def speaker_of_span(doc: Document, start: int, end: int) -> Speaker:
    """The entity named at ``[start, end)``, else the words there as a name."""
    entity = entity_at(doc, start, end)
    return Speaker(entity, entity.name if entity else doc.article.text[start:end], (start, end))


def speaker_of_cue(doc: Document, index: ParseIndex, cue: Cue) -> Speaker:
    return speaker_of_token(doc, index, speaker_token(index, cue))


def medium_of_cue(index: ParseIndex, lexicon: QuoteLexicon, cue: Cue) -> str | None:
    """ "the statement said" or "said in a statement" (or a verb that names it: "tweeted")."""
    if cue.word.medium:
        return cue.word.medium
    subject = speaker_token(index, cue)
    if subject is not None and subject.lemma.casefold() in lexicon.media:
        return subject.lemma.casefold()
    for prep in index.children(cue.head):
        if prep.dep == "prep" and prep.text.casefold() == "in":
            noun = next((k for k in index.children(prep.i) if k.dep == "pobj"), None)
            if noun is not None and noun.lemma.casefold() in lexicon.media:
                return noun.lemma.casefold()
    return None


def medium_before(index: ParseIndex, lexicon: QuoteLexicon, sentence_start: int, open_token: int) -> Token | None:
    """The medium noun nearest before a quote's opening mark in its sentence, with no verb
    between them other than a participle of the noun ("a sign reading ...") or a verb the
    noun is the subject of ("the banner read ...")."""
    for i in range(open_token - 1, sentence_start - 1, -1):
        token = index.tokens[i]
        if token.pos == "NOUN" and token.lemma.casefold() in lexicon.media:
            return token
        if token.pos in ("VERB", "AUX") and token.dep not in ("acl", "relcl", "amod"):
            # "the banner read: ...", "a sign carried the words ...": the medium is the subject
            subject = next((k for k in index.children(i) if k.dep == "nsubj"), None)
            found = subject is not None and subject.pos == "NOUN" and subject.lemma.casefold() in lexicon.media
            return subject if found else None
    return None


def author_of_medium(doc: Document, index: ParseIndex, noun: Token) -> Speaker:
    """The named author of a medium: "the ministry's statement", "a letter from Ann Lee"."""
    for child in index.children(noun.i):
        if child.dep == "poss":
            return speaker_of_token(doc, index, child)
        if child.dep == "prep" and child.text.casefold() in _AUTHOR_PREPS:
            target = next((k for k in index.children(child.i) if k.dep == "pobj"), None)
            found = speaker_of_token(doc, index, target)
            if found.entity is not None:
                return found
    return NO_SPEAKER


def speaker_fields(text: str, speaker: Speaker) -> dict:
    """The Quote fields that name ``speaker``."""
    return {
        "speaker": speaker.entity.id if speaker.entity else None,
        "speaker_name": speaker.name,
        "speaker_span": Span.of(text, *speaker.span) if speaker.span else None,
    }


def via_outlets(doc: Document, index: ParseIndex, lexicon: QuoteLexicon, token_range: tuple[int, int], own: Cue | None, speaker: Speaker) -> tuple[str, ...]:
    """Outlets that report the quote within ``token_range`` (the quote's sentences)."""
    found: list[str] = []
    low, high = token_range
    for i in range(low, high + 1):
        if own is not None and own.first <= i <= own.last:
            continue
        cue = cue_at(index, lexicon, i)
        if cue is None:
            continue
        source = speaker_of_cue(doc, index, cue).entity
        if source is not None and source.type == "OUTLET" and source != speaker.entity and source.name not in found:
            found.append(source.name)
    return tuple(found)

"""The typed document model.

Every claim newsgraph makes about an article is a record that points into the article text
with standoff character offsets (``Span``).  Records are frozen, slotted dataclasses: plain
data that can be pickled, compared, sent to worker processes and turned into JSON and back
without loss (``Document.to_dict`` / ``Document.from_dict``).

The JSON shape is the public contract described in INTERFACE.md and published as
``schema/document.schema.json``.  Imports: standard library only.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any, NamedTuple

SCHEMA_VERSION = "newsgraph/1"

ENTITY_TYPES = ("PERSON", "ORG", "OUTLET", "COUNTRY", "PLACE", "WEAPON", "EVENT")
QUOTE_KINDS = ("direct", "indirect", "written")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
MODALITIES = ("asserted", "expected", "possible", "negated", "hypothetical", "historical")
DATE_SOURCES = ("metadata", "dateline", "text", "argument")


@lru_cache(maxsize=64)
def text_hash(text: str) -> str:
    """SHA-256 of the text with case and whitespace differences removed: the identity of a
    text for exact duplicates and article ids (a copy differing in line breaks is the same).

    The last few are kept: ingest asks for the same text's hash for its id, the duplicate
    check and the store."""
    return hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def _span_or_none(data: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(data) if data else None


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption kept apart from the body, with its credit ("Photo: TASS")."""

    span: Span
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "credit": self.credit}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Caption:
        return cls(Span.from_dict(data["span"]), data.get("credit"))


@dataclass(frozen=True, slots=True)
class Removal:
    """Text taken out of the body at ingestion (boilerplate, share lines), so nothing is lost."""

    kind: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removal:
        return cls(str(data["kind"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The article's date and where it came from.

    ``source`` is one of metadata, dateline, text (inferred from the body) or argument (given
    by the user).  ``inferred`` is true when the value was worked out rather than stated.
    """

    value: str
    inferred: bool = False
    source: str = "argument"
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "inferred": self.inferred,
            "source": self.source,
            "evidence": [s.to_dict() for s in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleDate:
        return cls(
            str(data["value"]),
            bool(data.get("inferred", False)),
            str(data.get("source", "argument")),
            tuple(Span.from_dict(s) for s in data.get("evidence", ())),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its text and what is known about it before analysis."""

    text: str
    id: str = ""
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    date: ArticleDate | None = None
    cited_sources: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removal, ...] = ()
    source_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "outlet": self.outlet,
            "url": self.url,
            "language": self.language,
            "date": self.date.to_dict() if self.date else None,
            "cited_sources": list(self.cited_sources),
            "captions": [c.to_dict() for c in self.captions],
            "removed": [r.to_dict() for r in self.removed],
            "source_name": self.source_name,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        date = data.get("date")
        return cls(
            text=str(data["text"]),
            id=str(data.get("id", "")),
            title=data.get("title"),
            byline=data.get("byline"),
            outlet=data.get("outlet"),
            url=data.get("url"),
            language=data.get("language"),
            date=ArticleDate.from_dict(date) if date else None,
            cited_sources=tuple(data.get("cited_sources", ())),
            captions=tuple(Caption.from_dict(c) for c in data.get("captions", ())),
            removed=tuple(Removal.from_dict(r) for r in data.get("removed", ())),
            source_name=data.get("source_name"),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity and every mention of it in the text."""

    id: str
    name: str
    type: str
    mentions: tuple[Span, ...] = ()
    country: str | None = None
    roles: tuple[str, ...] = ()
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "roles": list(self.roles),
            "sector": self.sector,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            type=str(data["type"]),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
            country=data.get("country"),
            roles=tuple(data.get("roles", ())),
            sector=data.get("sector"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """Something said or written, with who said it and through whom we know.

    A quote split by its attribution ("A," she said. "B.") or continued over paragraphs is one
    quote: ``content`` covers it from its first to its last word and ``parts`` lists the quoted
    stretches (empty when the content is one piece).  ``speaker_resolved`` is false when the
    speaker is no entity and no name: a pronoun or a description the text does not resolve
    ("he", "a spokesman"), or no speaker at all.  ``speaker_span`` is where the text names the
    speaker for this quote (the cue's subject: "she", "the senator", "Ann Lee"), if it does.
    """

    id: str
    kind: str
    content: Span
    cue: Span | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    via: tuple[str, ...] = ()
    medium: str | None = None
    parts: tuple[Span, ...] = ()
    speaker_resolved: bool = True
    speaker_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "via": list(self.via),
            "medium": self.medium,
            "parts": [p.to_dict() for p in self.parts],
            "speaker_resolved": self.speaker_resolved,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            content=Span.from_dict(data["content"]),
            cue=_span_or_none(data.get("cue")),
            speaker=data.get("speaker"),
            speaker_name=data.get("speaker_name"),
            via=tuple(data.get("via", ())),
            medium=data.get("medium"),
            parts=tuple(Span.from_dict(p) for p in data.get("parts", ())),
            # documents written before the field: resolved when the speaker is an entity
            speaker_resolved=bool(data.get("speaker_resolved", data.get("speaker") is not None)),
            speaker_span=_span_or_none(data.get("speaker_span")),
        )


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression normalized TIMEX3-style (value such as 2023-07-26, P3D, XXXX-WXX-1)."""

    id: str
    span: Span
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": self.span.to_dict(),
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeExpr:
        return cls(
            id=str(data["id"]),
            span=Span.from_dict(data["span"]),
            type=str(data["type"]),
            value=str(data["value"]),
            mod=data.get("mod"),
            anchor=data.get("anchor"),
        )


@dataclass(frozen=True, slots=True)
class Place:
    """Where a PLACE or COUNTRY entity lies, from the offline gazetteer."""

    entity: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    geonameid: int | None = None
    feature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "geonameid": self.geonameid,
            "feature": self.feature,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(
            entity=str(data["entity"]),
            lat=data.get("lat"),
            lon=data.get("lon"),
            country=data.get("country"),
            geonameid=data.get("geonameid"),
            feature=data.get("feature"),
        )


@dataclass(frozen=True, slots=True)
class Actor:
    """The actor or recipient of an event: an entity and its country and sector.

    ``code`` is the CAMEO actor code the field writes (GDELT, Phoenix, ICEWS): a country or
    international code followed by role codes ("TURGOV", "SYRREB", "IGOUNO").
    """

    entity: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "country": self.country, "sector": self.sector, "code": self.code}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(data.get("entity"), data.get("name"), data.get("country"), data.get("sector"), data.get("code"))


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER-coded event with its evidence in the text."""

    id: str
    type: str
    trigger: Span
    evidence: Span
    actor: Actor = field(default_factory=Actor)
    recipient: Actor | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    date: str | None = None
    place: str | None = None
    modality: str = "asserted"
    reported_by: tuple[str, ...] = ()
    confidence: float = 0.5
    co_actors: tuple[Actor, ...] = ()  # the other members of a joint actor ("A and B met")
    co_recipients: tuple[Actor, ...] = ()  # the other recipients ("aid to A and B")
    date_source: str | None = None  # "text": the event's own clause dates it; "article": the article date
    quote: str | None = None  # the quote whose content holds the trigger: the speaker's claim
    mentions: tuple[Span, ...] = ()  # further evidence spans of the same happening in the article

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "actor": self.actor.to_dict(),
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "date": self.date,
            "place": self.place,
            "modality": self.modality,
            "reported_by": list(self.reported_by),
            "trigger": self.trigger.to_dict(),
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "co_actors": [a.to_dict() for a in self.co_actors],
            "co_recipients": [a.to_dict() for a in self.co_recipients],
            "date_source": self.date_source,
            "quote": self.quote,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        recipient = data.get("recipient")
        return cls(
            id=str(data["id"]),
            type=str(data["type"]),
            trigger=Span.from_dict(data["trigger"]),
            evidence=Span.from_dict(data["evidence"]),
            actor=Actor.from_dict(data.get("actor") or {}),
            recipient=Actor.from_dict(recipient) if recipient else None,
            mode=data.get("mode"),
            context=tuple(data.get("context", ())),
            cameo=data.get("cameo"),
            date=data.get("date"),
            place=data.get("place"),
            modality=str(data.get("modality", "asserted")),
            reported_by=tuple(data.get("reported_by", ())),
            confidence=float(data.get("confidence", 0.5)),
            co_actors=tuple(Actor.from_dict(a) for a in data.get("co_actors", ())),
            co_recipients=tuple(Actor.from_dict(a) for a in data.get("co_recipients", ())),
            date_source=data.get("date_source"),
            quote=data.get("quote"),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
        )


@dataclass(frozen=True, slots=True)
class Flag:
    """A place where the article contradicts itself or cannot be trusted as it stands."""

    kind: str
    message: str
    values: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "values": list(self.values),
            "evidence": [s.to_dict() for s in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Flag:
        return cls(
            kind=str(data["kind"]),
            message=str(data["message"]),
            values=tuple(data.get("values", ())),
            evidence=tuple(Span.from_dict(s) for s in data.get("evidence", ())),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything newsgraph found in it: the output of ``extract``."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    flags: tuple[Flag, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "article": self.article.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "flags": [f.to_dict() for f in self.flags],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            article=Article.from_dict(data["article"]),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            times=tuple(TimeExpr.from_dict(t) for t in data.get("times", ())),
            places=tuple(Place.from_dict(p) for p in data.get("places", ())),
            events=tuple(Event.from_dict(e) for e in data.get("events", ())),
            flags=tuple(Flag.from_dict(f) for f in data.get("flags", ())),
        )

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def with_(self, **changes: Any) -> Document:
        """A copy with some parts replaced (documents are immutable)."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not become an article, with a stable reason code."""

    source: str
    code: str
    reason: str
    message: str
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "code": self.code,
            "reason": self.reason,
            "message": self.message,
            "detail": self.detail,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rejection:
        return cls(str(data["source"]), str(data["code"]), str(data["reason"]), str(data["message"]), data.get("detail"))


# --- the analysis: the linguistic parse, as plain data -------------------------------------
# Produced by stages/nlp.py (with nlp_memo, the only modules that import spaCy) and read by later stages, so
# that no stage but one depends on spaCy objects. Not part of the output document.


class Token(NamedTuple):
    """One token of the parse, with character offsets and its syntactic head (token index).

    A named tuple rather than a frozen dataclass: just as immutable, and made four times faster,
    which counts for the most numerous record of all (hundreds an article).
    """

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    ent_type: str = ""
    ent_iob: str = "O"
    is_title: bool = False


@dataclass(frozen=True, slots=True)
class NamedSpan:
    """A labelled stretch of text found by the statistical model (NER or noun chunk)."""

    start: int
    end: int
    label: str
    text: str
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """The parse of one article text: tokens, sentences, named entities and noun chunks."""

    text: str
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Span, ...] = ()
    named: tuple[NamedSpan, ...] = ()
    noun_chunks: tuple[NamedSpan, ...] = ()
    model: str = ""

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence that holds character ``offset`` (-1 if none)."""
        for index, sent in enumerate(self.sentences):
            if sent.start <= offset < sent.end:
                return index
        return -1

    def token(self, i: int) -> Token | None:
        """The token whose index is ``i`` (None if there is none); at its place in a parse."""
        tokens = self.tokens
        if 0 <= i < len(tokens) and tokens[i].i == i:
            return tokens[i]
        return next((t for t in tokens if t.i == i), None)

    def tokens_before(self, offset: int, count: int) -> tuple[Token, ...]:
        """The last ``count`` tokens that end at or before ``offset``."""
        last = bisect_right(self.tokens, offset, key=token_end)
        return self.tokens[max(0, last - count) : last]

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """Tokens that lie within ``[start, end)``.

        Tokens are in text order and do not overlap, so those are one run found by bisection
        (stages ask this tens of thousands of times per corpus)."""
        tokens = self.tokens
        first = bisect_left(tokens, start, key=token_start)
        last = bisect_right(tokens, end, lo=first, key=token_end)
        return tokens[first:last]


def token_start(token: Token) -> int:
    """Sort key of tokens by where they start (for bisection over a parse)."""
    return token.start


def token_end(token: Token) -> int:
    """Sort key of tokens by where they end."""
    return token.end


def field_names(cls: type) -> tuple[str, ...]:
    """Names of a record's fields, for code that maps records to rows."""
    return tuple(f.name for f in fields(cls))

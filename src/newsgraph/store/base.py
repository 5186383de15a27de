"""The Store protocol every backend implements, and the records it returns."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import InvalidSetting
from ..model import Document, Rejection


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one document: stored, or linked as a duplicate of an earlier one."""

    article_id: str
    outcome: str  # "stored" | "duplicate" | "unchanged" (this input was stored before: nothing written)
    duplicate_of: str | None = None
    linked_near: bool = False  # a near-duplicate link was stored with the article


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """An input whose text repeats a stored article: exact (not stored again) or near (stored too)."""

    source: str
    article_id: str
    duplicate_of: str
    kind: str  # "exact" | "near"
    similarity: float = 1.0


@dataclass(frozen=True, slots=True)
class Query:
    """Filters shared by the listing methods (None means no filter)."""

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    source: str | None = None
    search: str | None = None
    limit: int = 100

    @classmethod
    def of(cls, **filters: Any) -> Query:
        """A Query from keyword filters; unknown names are an error, not silently ignored."""
        known = set(cls.__slots__)
        unknown = set(filters) - known
        if unknown:
            raise InvalidSetting(f"unknown filter {', '.join(sorted(unknown))}", hint=f"filters: {', '.join(sorted(known))}")
        check_text_filters(filters)
        return cls(**{k: v for k, v in filters.items() if v is not None})


def check_text_filters(filters: dict[str, Any]) -> None:
    """Refuse a filter holding a NUL character: no stored text holds one (PostgreSQL cannot
    store it, and its driver refuses it as a parameter), so it is a mistake or an attack."""
    for name, value in filters.items():
        if isinstance(value, str) and "\x00" in value:
            raise InvalidSetting(f"the filter {name} holds a NUL character", hint="filters are text without NUL characters")


@dataclass(frozen=True, slots=True)
class CorpusInput:
    """What the corpus view is computed from: plain rows of the stored articles."""

    articles: list[dict[str, Any]]  # id, outlet, date, title
    entities: list[dict[str, Any]]  # article_id, name, type
    events: list[dict[str, Any]]  # the events table's rows
    links: list[dict[str, Any]]  # near-duplicate links: article_id, duplicate_of


@dataclass(frozen=True, slots=True)
class CorpusRows:
    """The rows of the corpus tables, replaced as a whole (see ``schema.py``)."""

    stories: list[dict[str, Any]] = field(default_factory=list)
    story_articles: list[dict[str, Any]] = field(default_factory=list)
    corpus_events: list[dict[str, Any]] = field(default_factory=list)
    corpus_mentions: list[dict[str, Any]] = field(default_factory=list)
    corpus_flags: list[dict[str, Any]] = field(default_factory=list)


class Store(Protocol):
    """The contract of every backend; rows are typed the same way by each (lists, booleans,
    ``datetime.date``, floats), never JSON text or 0/1."""

    backend: str

    # writing: each call is one transaction
    def add(self, doc: Document, fingerprint: bytes | None = None, pipeline_version: str | None = None, near: DuplicateLink | None = None) -> AddResult: ...
    def replace(self, doc: Document, pipeline_version: str | None = None) -> None: ...
    def add_duplicate(self, link: DuplicateLink) -> bool: ...
    def add_rejection(self, rejection: Rejection) -> bool: ...
    def replace_corpus(self, rows: CorpusRows) -> None: ...
    # reading
    def has_article(self, article_id: str) -> bool: ...
    def fingerprints(self) -> Iterator[tuple[str, str, bytes | None]]: ...
    def duplicates(self) -> list[dict[str, Any]]: ...
    def get(self, article_id: str) -> Document | None: ...
    def articles(self, **filters: Any) -> list[dict[str, Any]]: ...
    def entities(self, **filters: Any) -> list[dict[str, Any]]: ...
    def quotes(self, **filters: Any) -> list[dict[str, Any]]: ...
    def events(self, **filters: Any) -> list[dict[str, Any]]: ...
    def corpus_events(self, **filters: Any) -> list[dict[str, Any]]: ...
    def stories(self, **filters: Any) -> list[dict[str, Any]]: ...
    def flags(self, **filters: Any) -> list[dict[str, Any]]: ...
    def distinct(self, name: str) -> list[str]: ...
    def rejections(self) -> list[dict[str, Any]]: ...
    def documents(self) -> Iterator[Document]: ...
    def stale(self, pipeline_version: str) -> list[str]: ...
    def corpus_input(self) -> CorpusInput: ...
    def counts(self) -> dict[str, int]: ...
    def check(self) -> list[str]: ...
    def size_bytes(self) -> int: ...
    def close(self) -> None: ...
    def __enter__(self) -> Store: ...
    def __exit__(self, *exc: object) -> None: ...

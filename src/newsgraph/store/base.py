"""The Store protocol every backend implements, and the records it returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Protocol

from ..errors import InvalidSetting
from ..model import Document, Rejection


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one document: stored, or linked as a duplicate of an earlier one."""

    article_id: str
    outcome: str  # "stored" | "duplicate"
    duplicate_of: str | None = None


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
        known = {f for f in cls.__slots__}
        unknown = set(filters) - known
        if unknown:
            raise InvalidSetting(f"unknown filter {', '.join(sorted(unknown))}", hint=f"filters: {', '.join(sorted(known))}")
        return cls(**{k: v for k, v in filters.items() if v is not None})


class Store(Protocol):
    def add(self, doc: Document, fingerprint: bytes | None = None) -> AddResult: ...
    def add_duplicate(self, link: DuplicateLink) -> None: ...
    def add_rejection(self, rejection: Rejection) -> None: ...
    def has_article(self, article_id: str) -> bool: ...
    def fingerprints(self) -> Iterator[tuple[str, str, bytes | None]]: ...
    def duplicates(self) -> list[dict[str, Any]]: ...
    def get(self, article_id: str) -> Document | None: ...
    def articles(self, **filters: Any) -> list[dict[str, Any]]: ...
    def entities(self, **filters: Any) -> list[dict[str, Any]]: ...
    def quotes(self, **filters: Any) -> list[dict[str, Any]]: ...
    def events(self, **filters: Any) -> list[dict[str, Any]]: ...
    def rejections(self) -> list[dict[str, Any]]: ...
    def documents(self) -> Iterator[Document]: ...
    def counts(self) -> dict[str, int]: ...
    def close(self) -> None: ...

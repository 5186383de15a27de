"""What a pipeline stage is.

A stage is a small step ``(Document, Analysis) -> Document`` that declares the parts of the
document it ``requires`` and ``provides``.  The pipeline checks the declarations when it is
built, so a misconfigured pipeline fails at once rather than an hour into a corpus.

Part names: "analysis" (the parse, provided by the analyzer), "article.date", "entities",
"times", "places", "quotes", "events", "flags".
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..model import Analysis, Document

ANALYSIS = "analysis"


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document, analysis: Analysis) -> Document: ...


def next_id(prefix: str, index: int) -> str:
    """Stable ids inside one document: e1, e2 ... for entities, t1 ... for times."""
    return f"{prefix}{index + 1}"

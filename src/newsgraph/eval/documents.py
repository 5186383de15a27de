"""Running the pipeline on gold texts, keeping the text exactly as the gold has it.

Gold offsets count characters of the original text, so the article given to the pipeline
holds that text unchanged (no line-ending or blank-line normalization).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..ingest.ids import article_id
from ..model import Article, ArticleDate, Document, Rejection


@dataclass(frozen=True, slots=True)
class GoldText:
    """One text to annotate: its id in the gold set, the text, and the document date if known."""

    doc_id: str
    text: str
    date: str | None = None


def gold_article(item: GoldText) -> Article:
    """The Article of a gold text, unchanged, dated by the gold's own creation date."""
    date = ArticleDate(item.date, inferred=False, source="metadata") if item.date else None
    return Article(text=item.text, id=article_id(item.text), date=date, source_name=item.doc_id)


def annotate(pipeline, items: Sequence[GoldText], rejected: list[str] | None = None) -> Iterator[tuple[GoldText, Document]]:
    """Each gold text with its document, in order.

    An article the pipeline rejects is scored as a document that found nothing, and its id is
    added to ``rejected`` so the report can say so.
    """
    results = pipeline.run_many(gold_article(item) for item in items)
    for item, result in zip(items, results, strict=True):
        if isinstance(result, Rejection):
            if rejected is not None:
                rejected.append(item.doc_id)
            result = Document(article=gold_article(item))
        yield item, result


def rejection_notes(rejected: Sequence[str]) -> tuple[str, ...]:
    return (f"{len(rejected)} texts rejected by the pipeline (scored as finding nothing)",) if rejected else ()


def limited(items: Iterable, limit: int | None) -> list:
    """The first ``limit`` items (all when limit is None)."""
    items = list(items)
    return items if limit is None else items[: max(0, limit)]


def stage_notes(pipeline, needed: Iterable[str]) -> tuple[str, ...]:
    """A note for each needed stage the pipeline lacks, so zeros are read as what they are."""
    present = set(getattr(pipeline, "stage_names", ()))
    return tuple(f"stage not built yet: {name} (figures that need it are zero)" for name in needed if name not in present)

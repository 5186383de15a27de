"""Re-running the pipeline over stored articles that an older pipeline annotated.

Each article is replaced in one transaction (its text, id, fingerprint and duplicate links
stay), so a reprocess killed half-way goes on where it stopped when run again.  An article
on which the new pipeline fails keeps its old annotations and is counted as failed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..corpus.build import rebuild
from ..model import Article, Rejection
from ..pipeline import Pipeline
from ..store.base import Store
from .version import pipeline_version


@dataclass
class ReprocessSummary:
    stale: int = 0
    reprocessed: int = 0
    failed: int = 0
    seconds: float = 0.0
    version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"stale": self.stale, "reprocessed": self.reprocessed, "failed": self.failed, "pipeline_version": self.version, "seconds": round(self.seconds, 2)}


def reprocess(store: Store, pipeline: Pipeline, *, every: bool = False) -> ReprocessSummary:
    """Re-annotate the articles stored by another pipeline version (``every``: all of them)."""
    started = time.perf_counter()
    version = pipeline_version(pipeline)
    ids = store.stale("" if every else version)
    summary = ReprocessSummary(stale=len(ids), version=version)
    for result in pipeline.run_many(_stored_articles(store, ids)):
        if isinstance(result, Rejection):
            summary.failed += 1
            continue
        store.replace(result, version)
        summary.reprocessed += 1
    if summary.reprocessed:
        rebuild(store)
    summary.seconds = time.perf_counter() - started
    return summary


def _stored_articles(store: Store, ids: list[str]) -> Iterator[Article]:
    for article_id in ids:
        doc = store.get(article_id)
        if doc is None:
            continue
        article = doc.article
        if article.date is not None and article.date.source == "text":  # a date the stages inferred: infer it again
            article = replace(article, date=None)
        yield article

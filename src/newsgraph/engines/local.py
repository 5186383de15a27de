"""The local engine: read inputs, run the pipeline in batches, store documents and rejections."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..ingest import read_inputs
from ..model import ArticleDate, Rejection
from ..pipeline import Pipeline
from ..store.base import Store


@dataclass
class IngestSummary:
    """What one ingest run did: counts by outcome and rejection reason, and how long it took."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "rejected": self.rejected_total,
            "rejected_by_reason": dict(sorted(self.rejected.items())),
            "seconds": round(self.seconds, 2),
        }


def ingest_paths(paths: Iterable[str], store: Store, pipeline: Pipeline, date: ArticleDate | None = None) -> IngestSummary:
    """Extract every article under ``paths`` into ``store``; never stops for one bad input."""
    summary = IngestSummary()
    started = time.perf_counter()
    for item in pipeline.run_many(read_inputs(paths, pipeline.settings), date):
        summary.read += 1
        if isinstance(item, Rejection):
            store.add_rejection(item)
            summary.rejected[item.reason] += 1
            continue
        result = store.add(item)
        if result.outcome == "duplicate":
            summary.duplicates += 1
        else:
            summary.stored += 1
    summary.seconds = time.perf_counter() - started
    return summary

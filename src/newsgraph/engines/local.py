"""The local engine: read inputs, find duplicates, run the pipeline in batches, store it all.

Every input ends in exactly one outcome, counted in the summary:

- ``stored``: a new article, analysed and stored;
- ``near_duplicate``: stored too (it is a rewrite, it may hold facts the first one lacks),
  and linked to the first-seen article it nearly repeats;
- ``duplicate``: the same text as an article already seen: linked, not analysed again;
- ``rejected``: a typed Rejection (reason code), stored, counted by reason;
- ``skipped``: a file in a folder that was excluded (globs, hidden, README and the like).

Inputs are handled in chunks: duplicates are looked up before the (costly) analysis, and
their links are written once the chunk's first-seen articles are stored.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, BinaryIO, Iterable, Iterator

from ..corpus.dedup import DuplicateIndex, DuplicateMatch, signature_bytes
from ..ingest import plan_inputs, read_planned
from ..model import Article, ArticleDate, Document, Rejection
from ..pipeline import Pipeline
from ..store.base import DuplicateLink, Store

OUTCOMES = ("stored", "near_duplicate", "duplicate", "rejected")


@dataclass
class IngestSummary:
    """What one ingest run did: counts by outcome and rejection reason, and how long it took."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: Counter = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "rejected": self.rejected_total,
            "rejected_by_reason": dict(sorted(self.rejected.items())),
            "skipped": self.skipped,
            "outcomes": {
                "stored": self.stored - self.near_duplicates,
                "near_duplicate": self.near_duplicates,
                "duplicate": self.duplicates,
                "rejected": self.rejected_total,
            },
            "seconds": round(self.seconds, 2),
        }


@dataclass
class _Chunk:
    """One chunk of inputs on its way through: what to analyse and which links to write."""

    to_analyse: list[tuple[Article, DuplicateMatch | None, bytes]] = field(default_factory=list)
    links: list[tuple[Article, DuplicateMatch]] = field(default_factory=list)


class _Run:
    """The state of one ingest run (the index and the summary), kept off module level."""

    def __init__(self, store: Store, pipeline: Pipeline) -> None:
        self.store = store
        self.pipeline = pipeline
        self.summary = IngestSummary()
        self.index = DuplicateIndex(pipeline.settings.near_duplicate_percent / 100)
        self.index.seed(store.fingerprints())
        self.failed: dict[str, Rejection] = {}

    def sort(self, items: list[Article | Rejection]) -> _Chunk:
        chunk = _Chunk()
        for item in items:
            self.summary.read += 1
            if isinstance(item, Rejection):
                self.reject(item)
                continue
            match = self.index.find(item.text)
            if match is not None and match.kind == "exact":
                chunk.links.append((item, match))
                continue
            minhash = self.index.add(item.id, item.text)
            chunk.to_analyse.append((item, match, signature_bytes(minhash)))
        return chunk

    def reject(self, rejection: Rejection) -> None:
        self.store.add_rejection(rejection)
        self.summary.rejected[rejection.reason] += 1

    def analyse(self, chunk: _Chunk, date: ArticleDate | None) -> None:
        articles = (article for article, _, _ in chunk.to_analyse)
        for (article, match, fingerprint), result in zip(chunk.to_analyse, self.pipeline.run_many(articles, date)):
            if isinstance(result, Rejection):
                self.index.discard(article.id, article.text)
                self.failed[article.id] = result
                self.reject(result)
            else:
                self.keep(result, match, fingerprint)
        for article, match in chunk.links:
            self.link(article, match)

    def keep(self, doc: Document, match: DuplicateMatch | None, fingerprint: bytes) -> None:
        outcome = self.store.add(doc, fingerprint)
        if outcome.outcome == "duplicate":  # the store knew the text from elsewhere
            self.summary.duplicates += 1
            return
        self.summary.stored += 1
        if match is not None and self.store.has_article(match.duplicate_of):
            article = doc.article
            self.store.add_duplicate(DuplicateLink(article.source_name or article.id, article.id, match.duplicate_of, "near", match.similarity))
            self.summary.near_duplicates += 1

    def link(self, article: Article, match: DuplicateMatch) -> None:
        failed = self.failed.get(match.duplicate_of)
        if failed is not None:  # same text as an article that failed: it fails the same way
            self.reject(Rejection(article.source_name or article.id, failed.code, failed.reason, f"same text as {failed.source}: {failed.message}", failed.detail))
            return
        self.store.add_duplicate(DuplicateLink(article.source_name or article.id, article.id, match.duplicate_of, "exact", 1.0))
        self.summary.duplicates += 1


def _chunks(items: Iterable[Article | Rejection], size: int) -> Iterator[list[Article | Rejection]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    date: ArticleDate | None = None,
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    stdin: BinaryIO | None = None,
) -> IngestSummary:
    """Extract every article under ``paths`` into ``store``; never stops for one bad input."""
    started = time.perf_counter()
    run = _Run(store, pipeline)
    plan = plan_inputs(paths, include, exclude)
    run.summary.skipped = len(plan.skipped)
    for items in _chunks(read_planned(plan, pipeline.settings, stdin), pipeline.settings.batch_size * 4):
        run.analyse(run.sort(items), date)
    run.summary.seconds = time.perf_counter() - started
    return run.summary

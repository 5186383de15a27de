"""The local engine: read inputs, find duplicates, run the pipeline in batches, store it all.

Every input ends in exactly one outcome, counted in the summary:

- ``stored``: a new article, analysed and stored;
- ``near_duplicate``: stored too (it is a rewrite, it may hold facts the first one lacks),
  and linked to the first-seen article it nearly repeats;
- ``duplicate``: the same text as an article already seen: linked, not analysed again;
- ``unchanged``: this very input is stored already (a re-run): nothing is written;
- ``rejected``: a typed Rejection (reason code), stored, counted by reason;
- ``skipped``: a file in a folder that was excluded (globs, hidden, README and the like).

Duplicates are looked up before the (costly) analysis; a link to an article still being
analysed is written once that article is stored.

Crash-safe: each article is stored in one transaction with its annotations, its fingerprint,
its pipeline version and its near-duplicate link, so a run killed at any moment and started
again ends with the same store as a run never killed (what was stored is ``unchanged``).
The corpus view (stories, corpus events) is rebuilt at the end of each run.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..corpus.build import CorpusSummary, rebuild
from ..corpus.dedup import DuplicateIndex, DuplicateMatch, signature_bytes
from ..ingest import plan_inputs, read_planned
from ..model import Article, ArticleDate, Document, Rejection
from ..pipeline import Pipeline
from ..store.base import DuplicateLink, Store
from .pool import PoolReport, run_in_pool
from .version import pipeline_version

OUTCOMES = ("stored", "near_duplicate", "duplicate", "unchanged", "rejected")


@dataclass
class IngestSummary:
    """What one ingest run did: counts by outcome and rejection reason, and how long it took."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    unchanged: int = 0
    rejected: Counter = field(default_factory=Counter)
    rejected_inputs: list[dict[str, str]] = field(default_factory=list)  # source, code, reason of each
    skipped: int = 0
    seconds: float = 0.0
    corpus: CorpusSummary | None = None

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "unchanged": self.unchanged,
            "rejected": self.rejected_total,
            "rejected_by_reason": dict(sorted(self.rejected.items())),
            "rejected_inputs": list(self.rejected_inputs),
            "skipped": self.skipped,
            "outcomes": {
                "stored": self.stored - self.near_duplicates,
                "near_duplicate": self.near_duplicates,
                "duplicate": self.duplicates,
                "unchanged": self.unchanged,
                "rejected": self.rejected_total,
            },
            "corpus": self.corpus.to_dict() if self.corpus else None,
            "seconds": round(self.seconds, 2),
        }


@dataclass(frozen=True, slots=True)
class _Pending:
    """An article sent to analysis, with what is needed to store it when its result is back."""

    article: Article
    match: DuplicateMatch | None
    fingerprint: bytes


class _Run:
    """The state of one ingest run (index, in-flight articles, summary), kept off module level.

    ``feed`` turns the read items into the articles to analyse (recording rejections and
    exact duplicates on the way); ``settle`` stores each analysis result, in input order, and
    then writes the duplicate links that were waiting for that article.
    """

    def __init__(self, store: Store, pipeline: Pipeline, progress: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.progress = progress or (lambda outcome: None)
        self.pipeline = pipeline
        self.version = pipeline_version(pipeline)
        self.summary = IngestSummary()
        self.index = DuplicateIndex(pipeline.settings.near_duplicate_percent / 100)
        self.index.seed(store.fingerprints())
        self.in_flight: deque[_Pending] = deque()
        self.waiting: dict[str, list[Article]] = {}
        self.failed: dict[str, Rejection] = {}

    def __enter__(self) -> _Run:
        return self

    def __exit__(self, *exc: object) -> None:
        self.index.close()  # its scratch file goes with the run

    def feed(self, items: Iterable[Article | Rejection]) -> Iterator[Article]:
        for item in items:
            self.summary.read += 1
            if isinstance(item, Rejection):
                self.reject(item)
                continue
            found = self.index.lookup(item.text)
            match = found.match
            if match is not None and match.kind == "exact":
                self.exact_copy(item, match)
                continue
            minhash = self.index.add(item.id, item.text, found.minhash, found.text_hash)
            self.in_flight.append(_Pending(item, match, signature_bytes(minhash)))
            yield item

    def exact_copy(self, article: Article, match: DuplicateMatch) -> None:
        if any(p.article.id == match.duplicate_of for p in self.in_flight):
            self.waiting.setdefault(match.duplicate_of, []).append(article)  # linked once stored
        else:
            self.link(article, match.duplicate_of)

    def settle(self, result: Document | Rejection) -> None:
        pending = self.in_flight.popleft()
        article = pending.article
        if isinstance(result, Rejection):
            self.index.discard(article.id, article.text)
            self.failed[article.id] = result
            self.reject(result)
        else:
            self.keep(result, pending)
        for copy in self.waiting.pop(article.id, []):
            self.link(copy, article.id)

    def reject(self, rejection: Rejection) -> None:
        self.store.add_rejection(rejection)  # a rejection stored by an earlier run is not stored again
        self.summary.rejected[rejection.reason] += 1
        self.summary.rejected_inputs.append({"source": rejection.source, "code": rejection.code, "reason": rejection.reason})
        self.progress("rejected")

    def keep(self, doc: Document, pending: _Pending) -> None:
        article, match = doc.article, pending.match
        near = DuplicateLink(article.source_name or article.id, article.id, match.duplicate_of, "near", match.similarity) if match else None
        outcome = self.store.add(doc, pending.fingerprint, self.version, near)
        if outcome.outcome != "stored":  # the store knew the text from elsewhere, or this input
            self.count_link(outcome.outcome == "duplicate")
            return
        self.summary.stored += 1
        if outcome.linked_near:
            self.summary.near_duplicates += 1
        self.progress("near_duplicate" if outcome.linked_near else "stored")

    def count_link(self, recorded: bool) -> None:
        if recorded:
            self.summary.duplicates += 1
        else:
            self.summary.unchanged += 1
        self.progress("duplicate" if recorded else "unchanged")

    def link(self, article: Article, first_id: str) -> None:
        failed = self.failed.get(first_id)
        if failed is not None:  # same text as an article that failed: it fails the same way
            self.reject(Rejection(article.source_name or article.id, failed.code, failed.reason, f"same text as {failed.source}: {failed.message}", failed.detail))
            return
        self.count_link(self.store.add_duplicate(DuplicateLink(article.source_name or article.id, article.id, first_id, "exact", 1.0)))


def analyse(
    articles: Iterable[Article | Rejection], pipeline: Pipeline, date: ArticleDate | None = None, workers: int = 1, recycle_after: int = 0, report: PoolReport | None = None
) -> Iterator[Document | Rejection]:
    """Results in input order: in this process, or in a pool of ``workers`` processes.

    With a time limit (``max_article_seconds``) the analysis always runs in worker processes,
    one at least: an overdue worker is killed and replaced.  An alarm signal in this process
    was the other way, and a weaker one: it is only delivered on the main thread, only when
    the interpreter gets control back (not inside a long regular-expression match or spaCy's
    compiled loops), and the exception it raises can leave a half-parsed batch behind.
    """
    if _in_pool(pipeline, workers):
        return run_in_pool(articles, pipeline.settings, workers, date, pipeline.stage_names, recycle_after=recycle_after, report=report)
    return pipeline.run_many(articles, date)


def _in_pool(pipeline: Pipeline, workers: int) -> bool:
    """Whether the analysis runs in worker processes (a time limit needs one to stop)."""
    return workers > 1 or bool(pipeline.settings.max_article_seconds)


@contextlib.contextmanager
def _settled_heap(pipeline: Pipeline | None) -> Iterator[None]:
    """While a long run goes on, the garbage collector leaves alone what lives as long as the
    process: the model and the stages' resources, loaded first (``warm_up``), then frozen.
    Walking them again and again cost about 1 ms an article.  ``None``: nothing to load here
    (workers do the analysis, and freeze their own)."""
    if pipeline is None:
        yield
        return
    pipeline.warm_up()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    pipeline: Pipeline,
    date: ArticleDate | None = None,
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    stdin: BinaryIO | None = None,
    workers: int = 1,
    progress: Callable[[str], None] | None = None,
    recycle_after: int = 0,
    pool_report: PoolReport | None = None,
) -> IngestSummary:
    """Extract every article under ``paths`` into ``store``; never stops for one bad input.

    ``workers`` above 1 (or a time limit, see ``analyse``) runs the analysis in that many processes (the model is loaded in each,
    each worker replaced after ``recycle_after`` articles when that is not 0; ``pool_report``
    collects what each did); reading, duplicate search and storing stay in this process.
    ``progress`` is called with the outcome of each input as it is settled (for a progress
    display).
    """
    started = time.perf_counter()
    plan = plan_inputs(paths, include, exclude)
    with _Run(store, pipeline, progress) as run, _settled_heap(None if _in_pool(pipeline, workers) else pipeline):
        run.summary.skipped = len(plan.skipped)
        for result in analyse(run.feed(read_planned(plan, pipeline.settings, stdin)), pipeline, date, workers, recycle_after, pool_report):
            run.settle(result)
    run.summary.corpus = rebuild(store)
    run.summary.seconds = time.perf_counter() - started
    return run.summary

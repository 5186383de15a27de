"""The process-pool engine: the same pipeline in N worker processes, results in input order.

Each worker loads the model once (when it first gets work) and then parses batches of
articles; the parent keeps only a few batches in flight, so memory stays bounded however long
the input stream is.  Workers are started with "spawn" so no parent state (open databases,
threads) leaks into them.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from itertools import islice
from typing import Iterable, Iterator, Sequence

from ..model import Article, ArticleDate, Document, Rejection
from ..settings import Settings

Item = Article | Rejection


@lru_cache(maxsize=2)
def _worker_pipeline(settings: Settings, stages: tuple[str, ...] | None):
    """The pipeline of this worker process, built once (a cache, not shared state)."""
    from ..pipeline import Pipeline

    return Pipeline(settings, stages)


def _run_batch(settings: Settings, stages: tuple[str, ...] | None, batch: list[Item], date: ArticleDate | None) -> list[Document | Rejection]:
    return list(_worker_pipeline(settings, stages).run_many(batch, date))


def run_in_pool(
    items: Iterable[Item],
    settings: Settings,
    workers: int,
    date: ArticleDate | None = None,
    stages: Sequence[str] | None = None,
) -> Iterator[Document | Rejection]:
    """Documents and rejections for ``items``, computed by ``workers`` processes, in order."""
    stage_names = tuple(stages) if stages is not None else None
    iterator = iter(items)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        in_flight: deque[Future] = deque()
        while True:
            while len(in_flight) < workers * 2 and (batch := list(islice(iterator, settings.batch_size))):
                in_flight.append(pool.submit(_run_batch, settings, stage_names, batch, date))
            if not in_flight:
                return
            yield from in_flight.popleft().result()

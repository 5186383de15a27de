"""The process pool: same documents as one process, in order, through recycling and crashes."""

from __future__ import annotations

import os
import signal

import pytest

from newsgraph.engines.pool import THREAD_VARIABLES, PoolReport, _one_thread_per_library, run_in_pool
from newsgraph.ingest import article_from_string
from newsgraph.model import Document, Rejection
from newsgraph.settings import Settings

TEXTS = [f"Officials in Valdoria said on Monday that {n} new wells were dug near the town of Kestrel." for n in range(2, 14)]


def _articles():
    return [article_from_string(text, source=f"a{n}.txt") for n, text in enumerate(TEXTS)]


def test_worker_processes_get_one_numeric_thread_and_the_parent_keeps_its_setting(monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)
    with _one_thread_per_library():
        assert os.environ["OMP_NUM_THREADS"] == "3"  # the user's choice wins
        assert os.environ["MKL_NUM_THREADS"] == "1"
    assert "MKL_NUM_THREADS" not in os.environ
    assert "OPENBLAS_NUM_THREADS" in THREAD_VARIABLES


@pytest.mark.slow
def test_recycled_workers_give_the_same_documents_in_order(pipeline):
    serial = list(pipeline.run_many(_articles()))
    report = PoolReport()
    pooled = list(run_in_pool(_articles(), pipeline.settings, 2, stages=pipeline.stage_names, recycle_after=8, report=report))
    assert pooled == serial
    figures = report.to_dict()
    assert figures["recycled"] == 1 and figures["died"] == 0  # the first worker got 8 articles, the second 4
    assert figures["peak_rss_mb_max"] > 50
    assert sum(w.articles for w in report.workers) == len(TEXTS)


@pytest.mark.slow
def test_a_killed_worker_loses_no_article(pipeline):
    serial = list(pipeline.run_many(_articles()))
    report = PoolReport()
    settings = Settings.load({"batch_size": 2})

    def items():
        for index, article in enumerate(_articles()):
            if index == 8:  # the first batches are with the workers by now
                os.kill(report.workers[0].pid, signal.SIGKILL)
            yield article

    pooled = list(run_in_pool(items(), settings, 2, stages=pipeline.stage_names, report=report))
    assert [type(d) for d in pooled] == [Document] * len(TEXTS)
    assert pooled == serial
    assert report.to_dict()["died"] == 1


def test_an_article_lost_twice_is_rejected_not_fatal():
    from newsgraph.engines.pool import _Pool

    pool = _Pool.__new__(_Pool)  # only the bookkeeping, no processes
    article = _articles()[0]
    pool.batches, pool.parts = {0: [article]}, {0: {}}
    pool.rerun((0, 0))
    [rejection] = pool.parts[0][0]
    assert isinstance(rejection, Rejection) and rejection.code == "NG111" and rejection.source == "a0.txt"


def test_a_worker_that_cannot_load_the_model_stops_the_run_with_that_error():
    from newsgraph.errors import ModelNotInstalled

    settings = Settings.load({"model": "no_such_pipeline_xx"})
    with pytest.raises(ModelNotInstalled):
        list(run_in_pool(_articles()[:2], settings, 2))

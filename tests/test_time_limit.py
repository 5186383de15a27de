"""The per-article time limit: a hung analysis is stopped, its article rejected as time_limit,
and the run goes on, in the pool and in the single-process path (which runs one worker then).

The hang comes from a stage plugin installed the way a user's would be: a distribution on
the path whose entry point joins the ``newsgraph.stages`` group, so spawned workers find it.
"""

from __future__ import annotations

import textwrap

import pytest

from newsgraph.engines.pool import PoolReport, run_in_pool
from newsgraph.errors import TimeLimitExceeded
from newsgraph.ingest import article_from_string
from newsgraph.model import Document, Rejection
from newsgraph.settings import Settings
from newsgraph.stages import DEFAULT_ORDER

STALL = "Quillmoor"  # an article naming this town makes the plugin stage hang
STAGE_CODE = '''
import time


class Stall:
    name = "stall"
    requires = frozenset({"analysis"})
    provides = frozenset({"stalled"})

    def __call__(self, doc, analysis):
        if "%s" in doc.article.text:
            time.sleep(3600)  # in C, where no alarm signal would reach it
        return doc


def make(settings):
    return Stall()
''' % STALL


@pytest.fixture
def stall_plugin(tmp_path, monkeypatch):
    """A ``stall`` stage installed as a plugin distribution on ``sys.path``."""
    (tmp_path / "stall_stage.py").write_text(textwrap.dedent(STAGE_CODE), encoding="utf-8")
    dist = tmp_path / "stall_stage-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: stall-stage\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[newsgraph.stages]\nstall = stall_stage:make\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return (*DEFAULT_ORDER, "stall")


def _articles(count: int = 6, stalled: tuple[int, ...] = (2,)):
    towns = ["Brackwell", "Ostrin", "Fennmouth", "Larkspur", "Tolvey", "Marrowgate"]
    texts = [f"The council of {STALL if n in stalled else towns[n]} said on Monday that {n + 3} new wells were dug." for n in range(count)]
    return [article_from_string(text, source=f"w{n}.txt") for n, text in enumerate(texts)]


def _check(results, stalled: tuple[int, ...]):
    assert [r.source if isinstance(r, Rejection) else r.article.source_name for r in results] == [f"w{n}.txt" for n in range(len(results))]
    for index, result in enumerate(results):
        if index in stalled:
            assert isinstance(result, Rejection) and result.code == TimeLimitExceeded.code and result.reason == "time_limit"
            assert "2 s" in result.message and result.detail
        else:
            assert isinstance(result, Document)


@pytest.mark.slow
def test_the_pool_stops_a_hung_article_rejects_it_and_goes_on(stall_plugin):
    settings = Settings.load({"max_article_seconds": 2, "batch_size": 3}, environ={})
    report = PoolReport()
    results = list(run_in_pool(_articles(), settings, 2, stages=stall_plugin, report=report))
    _check(results, stalled=(2,))
    figures = report.to_dict()
    assert figures["cut_off"] == 2  # once on its batch of three, once on the article alone
    assert sum(w.articles for w in report.workers) == 5


@pytest.mark.slow
def test_one_process_runs_under_a_time_limit_through_a_worker(stall_plugin):
    from newsgraph import Pipeline, extract_many

    pipeline = Pipeline(Settings.load({"max_article_seconds": 2}, environ={}), stall_plugin, lazy_model=True)
    results = list(extract_many(_articles(4, stalled=(0, 3)), pipeline=pipeline))
    _check(results, stalled=(0, 3))


@pytest.mark.slow
def test_ingest_with_a_time_limit_stores_the_rest_and_names_the_rejection(stall_plugin, tmp_path):
    from click.testing import CliRunner

    from newsgraph.cli import cli

    folder = tmp_path / "in"
    folder.mkdir()
    for article in _articles(3, stalled=(1,)):
        (folder / article.source_name).write_text(article.text, encoding="utf-8")
    from newsgraph.engines import ingest_paths
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import open_store

    pipeline = Pipeline(Settings.load({"max_article_seconds": 2}, environ={}), stall_plugin, lazy_model=True)
    with open_store(str(tmp_path / "news.db")) as store:
        summary = ingest_paths([str(folder)], store, pipeline)
    assert summary.stored == 2 and dict(summary.rejected) == {"time_limit": 1}
    assert summary.rejected_inputs[0]["source"].endswith("w1.txt")
    help_text = CliRunner().invoke(cli, ["ingest", "--help"]).output
    assert "--time-limit" in help_text and "time_limit" in help_text


def test_the_time_limit_setting_refuses_a_negative_value():
    from newsgraph.errors import InvalidSetting

    with pytest.raises(InvalidSetting):
        Settings.load({"max_article_seconds": -1}, environ={})
    assert Settings.load(environ={}).max_article_seconds == 0
    assert Settings.load(environ={"NEWSGRAPH_MAX_ARTICLE_SECONDS": "30"}).max_article_seconds == 30


@pytest.mark.slow
@pytest.mark.spark
def test_the_spark_engine_cuts_off_a_hung_article_and_goes_on(stall_plugin, tmp_path, monkeypatch):
    import os
    import shutil

    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    from newsgraph.engines.spark import SparkOptions, ingest_with_spark
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import open_store

    plugin_folder = str(tmp_path)  # where stall_plugin put the stage: Spark's Python workers find it on PYTHONPATH
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (plugin_folder, os.environ.get("PYTHONPATH")) if p))
    folder = tmp_path / "in"
    folder.mkdir()
    for article in _articles(3, stalled=(1,)):
        (folder / article.source_name).write_text(article.text, encoding="utf-8")
    pipeline = Pipeline(Settings.load({"max_article_seconds": 2}, environ={}), stall_plugin, lazy_model=True)
    options = SparkOptions(master="local[1,2]", out=str(tmp_path / "docs.parquet"))
    with open_store(str(tmp_path / "news.db")) as store:
        summary = ingest_with_spark([str(folder)], store, pipeline, options=options)
    assert summary.stored == 2 and dict(summary.rejected) == {"time_limit": 1}
    assert summary.rejected_inputs[0]["source"].endswith("w1.txt")

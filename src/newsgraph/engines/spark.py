"""The Spark engine: the same pipeline in ``mapPartitions``, documents out as Parquet.

- Inputs: local files and folders (listed by the driver exactly as the local engine lists
  them, each file then read by an executor with the project's own readers, so text, HTML,
  JSON lines, feeds and WARC all work); Parquet files or folders (one article a row, the
  columns a JSON record would have: ``text``, ``title``, ``date``, ``url`` ...); and
  ``scheme://`` URLs (HDFS, S3 ...) read as whole files by Spark.  On a cluster, local paths
  must be visible to every executor (a shared file system); else use URLs or Parquet.
- Analysis: each Python worker builds the pipeline once (cached for the process, which Spark
  reuses from task to task) and streams its partition through it in batches.
- Output: one Parquet row per input item (document or rejection) with the whole document as
  JSON, partitioned by the article's date (``date=unknown`` when it has none).
- Store: optionally the Parquet is read back in input order and stored by the same code as
  the local engine's (duplicate search, links, rejections, one transaction per article), so
  on the same inputs both engines leave the same store.
- Retries: a failed task is retried (``spark.task.maxFailures``; in local mode through the
  ``local[N,F]`` master, since plain ``local[N]`` never retries).

Exact copies of an article are analysed here like any article (the store links them as
duplicates when it loads them): deduplicating first would need a pass over all inputs.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, cast

from ..corpus.build import rebuild
from ..ingest import InputPlan, plan_inputs, read_bytes, read_planned
from ..model import Article, ArticleDate, Document, Rejection
from ..pipeline import Pipeline
from ..settings import Settings
from ..store.base import Store
from .local import IngestSummary, _Run
from .pool import run_in_pool

SUBMITTED = ""  # the master given to spark-submit: the session does not set one
UNKNOWN_DATE = "unknown"  # the partition of articles without a date
COLUMNS = (
    ("file_seq", "long"),
    ("item", "int"),
    ("source", "string"),
    ("article_id", "string"),
    ("status", "string"),
    ("reason", "string"),
    ("events", "int"),
    ("article", "string"),
    ("document", "string"),
    ("rejection", "string"),
    ("date", "string"),
)


@dataclass(frozen=True)
class SparkOptions:
    """How to run: the master (None: every local core, with retries; SUBMITTED: the one
    spark-submit set), the Parquet folder, attempts per task, partitions per core."""

    master: str | None = None
    out: str = "newsgraph-parquet"
    max_failures: int = 4
    partitions_per_core: int = 4
    app_name: str = "newsgraph"


@dataclass(frozen=True)
class _Job:
    settings: Settings
    stages: tuple[str, ...]
    date: ArticleDate | None


def spark_session(options: SparkOptions):  # -> pyspark.sql.SparkSession
    """A session for ``options.master``; in local mode the workers run this very Python."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:  # pragma: no cover - an optional dependency
        from ..errors import InvalidSetting

        raise InvalidSetting("the Spark engine needs PySpark", hint="pip install 'newsgraph[spark]' (see docs/spark.md)") from exc
    master = f"local[*,{options.max_failures}]" if options.master is None else options.master
    if master.startswith("local"):  # the workers must run this Python, where newsgraph is installed
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(options.app_name)
    builder = builder.master(master) if master != SUBMITTED else builder
    builder = builder.config("spark.task.maxFailures", str(options.max_failures)).config("spark.python.worker.reuse", "true")
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        builder = builder.config(f"spark.executorEnv.{name}", "1")
    if master.startswith("local"):
        builder = builder.config("spark.pyspark.python", sys.executable).config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        builder = builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        if os.environ.get("PYTHONPATH"):  # read now: a JVM started earlier in this process kept the old one
            builder = builder.config("spark.executorEnv.PYTHONPATH", os.environ["PYTHONPATH"])
    return builder.getOrCreate()


def ingest_with_spark(
    paths: Iterable[str],
    store: Store | None,
    pipeline: Pipeline,
    date: ArticleDate | None = None,
    options: SparkOptions | None = None,
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    spark=None,
) -> IngestSummary:
    """Analyse ``paths`` with Spark into Parquet at ``options.out``, then load it into ``store``
    (when given).  ``spark``: a session to use (else one is started and stopped)."""
    options = options or SparkOptions()
    started = time.perf_counter()
    own = spark is None
    spark = spark or spark_session(options)
    try:
        skipped = analyse_to_parquet(spark, list(paths), pipeline, date, options, include=include, exclude=exclude)
        frame = spark.read.parquet(options.out).orderBy("file_seq", "item")
        summary = load_rows(frame.toLocalIterator(), store, pipeline) if store is not None else count_rows(frame)
    finally:
        if own:
            spark.stop()
    summary.skipped = skipped
    summary.seconds = time.perf_counter() - started
    return summary


def analyse_to_parquet(spark, paths: list[str], pipeline: Pipeline, date: ArticleDate | None, options: SparkOptions, *, include: Iterable[str] = (), exclude: Iterable[str] = ()) -> int:
    """Write the Parquet of ``paths``; the number of folder files skipped (as the local engine)."""
    from pyspark.sql.types import StructType

    job = _Job(pipeline.settings, pipeline.stage_names, date)
    sources, skipped = _sources(spark, paths, options, tuple(include), tuple(exclude))
    rows = sources.mapPartitions(partial(_analyse_partition, job))
    schema = StructType.fromDDL(", ".join(f"{name} {kind}" for name, kind in COLUMNS))
    spark.createDataFrame(rows, schema).write.mode("overwrite").partitionBy("date").parquet(options.out)
    return skipped


# --- inputs: an RDD of (order, name, content) --------------------------------------------------


def _sources(spark, paths: list[str], options: SparkOptions, include: tuple[str, ...], exclude: tuple[str, ...]):
    """One RDD of (order, name, bytes or None) over every input; None: a local file the
    executor reads itself with the project's reader (limits, gzip and all)."""
    context = spark.sparkContext
    parts, skipped = [], 0
    for path in paths:
        if _is_parquet(path):
            parts.append(_parquet_records(spark, path))
        elif "://" in path:
            files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)
            parts.append(files.select("path", "content").rdd.map(lambda row: (row[0], bytes(row[1]))))
        else:
            plan = plan_inputs([path], include, exclude)
            skipped += len(plan.skipped)
            parts.append(context.parallelize([(name, None) for name in plan.inputs], 1))
    ordered = _in_order(context, parts)
    slices = max(1, context.defaultParallelism * options.partitions_per_core)
    return ordered.repartition(slices) if ordered.getNumPartitions() < slices else ordered, skipped


def _in_order(context, parts: list):
    """The union of the parts with a global order number (the order of ``paths``, then within)."""
    if not parts:
        return context.parallelize([], 1)
    union = parts[0] if len(parts) == 1 else context.union(parts)
    return union.zipWithIndex().map(lambda pair: (pair[1], pair[0][0], pair[0][1]))


def _is_parquet(path: str) -> bool:
    local = Path(path)
    if path.endswith(".parquet"):
        return True
    return local.is_dir() and any(local.glob("*.parquet")) and not any(local.glob("*.[tj]*"))


def _parquet_records(spark, path: str):
    """Each row of a Parquet input as the bytes of one JSON record, named ``path[row]``."""
    frame = spark.read.parquet(path)
    return frame.rdd.zipWithIndex().map(lambda pair: (f"{path}[{pair[1]}]", json.dumps(pair[0].asDict(recursive=True), default=str).encode("utf-8")))


# --- on the executors ----------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _executor_pipeline(settings: Settings, stages: tuple[str, ...]) -> Pipeline:
    """The pipeline of this Python worker, built once and reused by every task it runs (a
    cache, not shared state)."""
    return Pipeline(settings, stages)


def _read(name: str, data: bytes | None, settings: Settings) -> Iterator[Article | Rejection]:
    if data is None:
        return read_planned(InputPlan((name,)), settings)
    return read_bytes(data, name, settings)


def _analyse_partition(job: _Job, sources: Iterator[tuple[int, str, bytes | None]]) -> Iterator[tuple]:
    keys: deque = deque()

    def items() -> Iterator[Article | Rejection]:
        for order, name, data in sources:
            for index, item in enumerate(_read(name, data, job.settings)):
                keys.append((order, index, item))
                yield item

    for result in _results(job, items()):  # one result per item, in order
        order, index, item = keys.popleft()
        yield _row(order, index, item, result)


def _results(job: _Job, items: Iterator[Article | Rejection]) -> Iterator[Document | Rejection]:
    """The analysis of a partition's items: in this Python worker, or, under a time limit, in
    one worker process of the local engine's pool, which is killed when an article overruns
    (as on one machine: a hung article is rejected as time_limit and the partition goes on)."""
    if job.settings.max_article_seconds:
        return run_in_pool(items, job.settings, 1, job.date, job.stages)
    return _executor_pipeline(job.settings, job.stages).run_many(items, job.date)


def _row(order: int, index: int, item: Article | Rejection, result: Document | Rejection) -> tuple:
    if isinstance(result, Document):
        article = result.article
        day = article.date.value if article.date else UNKNOWN_DATE
        return (order, index, article.source_name, article.id, "document", None, len(result.events), None, json.dumps(result.to_dict()), None, day)
    read = item if isinstance(item, Article) else None
    source = (read.source_name or read.id) if read is not None else result.source
    article_id, article_json = (read.id, json.dumps(read.to_dict())) if read is not None else (None, None)
    return (order, index, source, article_id, "rejection", result.reason, 0, article_json, None, json.dumps(result.to_dict()), UNKNOWN_DATE)


# --- back on the driver -----------------------------------------------------------------------------


def decode_row(row: Any) -> tuple[Article | Rejection, Document | Rejection | None]:
    """The input item of one Parquet row and its analysis (None for an input rejected unread)."""
    if row["document"] is not None:
        doc = Document.from_dict(json.loads(row["document"]))
        return doc.article, doc
    rejection = Rejection.from_dict(json.loads(row["rejection"]))
    if row["article"] is None:
        return rejection, None
    return Article.from_dict(json.loads(row["article"])), rejection


def load_rows(rows: Iterable[Any], store: Store, pipeline: Pipeline) -> IngestSummary:
    """Store the rows (in input order) as the local engine would have: same duplicate search,
    same links and rejections; the analysis comes from the rows instead of the pipeline."""
    current: list[Document | Rejection | None] = [None]

    def items() -> Iterator[Article | Rejection]:
        for row in rows:
            item, current[0] = decode_row(row)
            yield item

    with _Run(store, pipeline) as run:
        for _article in run.feed(items()):  # feed yields the very item just read, when it needs analysis
            run.settle(cast("Document | Rejection", current[0]))  # an article's row carries its document or its rejection
    run.summary.corpus = rebuild(store)
    return run.summary


def count_rows(frame) -> IngestSummary:
    """The summary of a run that wrote Parquet only: documents and rejections by reason."""
    summary = IngestSummary()
    counts = Counter({(row["status"], row["reason"]): row["count"] for row in frame.groupBy("status", "reason").count().collect()})
    for (status, reason), count in counts.items():
        summary.read += count
        if status == "document":
            summary.stored += count
        else:
            summary.rejected[reason] += count
    return summary

"""The options of ``newsgraph ingest`` that choose the engine: local (this machine) or Spark."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # the pipeline imports spaCy: the command checks its arguments first
    from ..model import ArticleDate
    from ..pipeline import Pipeline


def engine_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = (
        click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True, help="local: this process or a pool of --workers; spark: a Spark job (see docs/spark.md)"),
        click.option("--master", default=None, metavar="URL", help="Spark master (default local[*]: every core of this machine)"),
        click.option("--parquet", "spark_out", default=None, metavar="DIR", help="Spark engine: where the documents go as Parquet, partitioned by date (default: newsgraph-parquet)"),
        click.option("--no-store", "no_store", is_flag=True, help="Spark engine: write the Parquet only, do not load it into --db"),
    )
    for option in reversed(options):
        func = option(func)
    return func


def run_spark_ingest(paths: Iterable[str], db: str, pipeline: Pipeline, date: ArticleDate | None, *, master: str | None, out: str | None, store: bool, include: Iterable[str], exclude: Iterable[str]):
    """Run the Spark engine, then load its Parquet into the store at ``db`` unless ``store`` is off."""
    from ..engines.spark import SparkOptions, ingest_with_spark
    from ..store import open_store

    options = SparkOptions(master=master, out=out or "newsgraph-parquet")
    if not store:
        return ingest_with_spark(paths, None, pipeline, date, options, include=include, exclude=exclude)
    with open_store(db) as opened:
        return ingest_with_spark(paths, opened, pipeline, date, options, include=include, exclude=exclude)

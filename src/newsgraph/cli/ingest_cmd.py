"""``newsgraph ingest``: extract articles and store them."""

from __future__ import annotations

import json
import sys

import click

from ..engines import ingest_paths
from ..pipeline import Pipeline, parse_date_argument
from ..store import open_store
from .common import batch_exit_code, db_option, load_settings, model_option, translate_errors
from .engine_options import engine_options, run_spark_ingest
from .input_options import input_options, language_setting


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH ...")
@db_option
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="the article date when an input has none")
@click.option("--json", "as_json", is_flag=True, help="print the summary as one JSON object")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="processes that run the analysis (each loads the model)")
@click.option("--recycle-after", default=0, show_default=True, type=click.IntRange(0), help="articles after which a worker process is replaced (0: never)")
@engine_options
@input_options
@model_option
@translate_errors
def ingest_command(paths: tuple[str, ...], db: str, date: str | None, as_json: bool, workers: int, recycle_after: int, engine: str, master: str | None, spark_out: str | None, no_store: bool, include: tuple[str, ...], exclude: tuple[str, ...], allow_language: tuple[str, ...], model: str | None) -> None:
    """Extract articles from files, folders or - (stdin) and store them in the database.

    Prints a summary: read, stored, duplicates, rejected by reason, seconds. Exit status:
    0 all well, 1 some inputs rejected (the rest stored), 3 nothing could be processed.
    """
    pipeline = Pipeline(load_settings(model=model, allow_languages=language_setting(allow_language)), lazy_model=True)
    if engine == "spark":
        summary = run_spark_ingest(paths, db, pipeline, parse_date_argument(date), master=master, out=spark_out, store=not no_store, include=include, exclude=exclude)
    else:
        with open_store(db) as store:
            summary = ingest_paths(paths, store, pipeline, parse_date_argument(date), include=include, exclude=exclude, workers=workers, recycle_after=recycle_after)
    click.echo(json.dumps(summary.to_dict()) if as_json else _describe(summary.to_dict()))
    sys.exit(batch_exit_code(summary.stored + summary.duplicates, summary.rejected_total))


def _describe(summary: dict) -> str:
    lines = [
        f"read {summary['read']}, stored {summary['stored']} (near-duplicates {summary['near_duplicates']}), "
        f"duplicates {summary['duplicates']}, unchanged {summary['unchanged']}, rejected {summary['rejected']}, skipped {summary['skipped']} in {summary['seconds']} s"
    ]
    if summary.get("corpus"):
        corpus = summary["corpus"]
        lines.append(f"  corpus: {corpus['corpus_events']} events ({corpus['merged_reports']} reports merged), {corpus['stories']} stories, {corpus['corpus_flags']} flags")
    lines += [f"  rejected {reason}: {count}" for reason, count in summary["rejected_by_reason"].items()]
    return "\n".join(lines)

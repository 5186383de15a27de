"""``newsgraph ingest``: extract articles and store them."""

from __future__ import annotations

import json
import sys
import time

import click

from .common import batch_exit_code, check_db_writable, check_paths, day_option, db_option, load_settings, model_option, setup_logging, time_limit_option, translate_errors, verbosity_options
from .engine_options import engine_options, run_spark_ingest
from .input_options import input_options, language_setting
from .progress import Progress

NAMED_REJECTIONS = 5  # rejected inputs named per reason in the text summary (-v: all)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH ...")
@db_option
@day_option("date", "the article date when an input has none")
@click.option("--json", "as_json", is_flag=True, help="print the summary as one JSON object")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="processes that run the analysis (each loads the model)")
@click.option("--recycle-after", default=0, show_default=True, type=click.IntRange(0), help="articles after which a worker process is replaced (0: never)")
@time_limit_option
@engine_options
@input_options
@model_option
@verbosity_options
@translate_errors
def ingest_command(
    paths: tuple[str, ...],
    db: str,
    date: str | None,
    as_json: bool,
    workers: int,
    recycle_after: int,
    time_limit: int | None,
    engine: str,
    master: str | None,
    spark_out: str | None,
    no_store: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    allow_language: tuple[str, ...],
    model: str | None,
    verbose: int,
    quiet: bool,
) -> None:
    """Extract articles from files, folders or - (stdin) and store them in the database.

    Paths, the date and the database are checked before the model loads. Shows progress on
    stderr (a bar on a terminal, a line every tenth of the run otherwise; none with -q), then
    prints a summary: read, stored, duplicates, rejected by reason with the rejected inputs
    named, and the run's wall-clock seconds. Exit status: 0 all well, 1 some inputs rejected
    (the rest stored), 2 usage error, 3 nothing could be processed.
    """
    started = time.perf_counter()
    setup_logging(verbose, quiet)
    check_paths(tuple(p for p in paths if "://" not in p))  # the Spark engine reads URLs (hdfs://, s3a://)
    check_db_writable(db)
    from ..engines import ingest_paths
    from ..ingest import plan_inputs
    from ..pipeline import Pipeline, parse_date_argument
    from ..store import open_store

    settings = load_settings(model=model, allow_languages=language_setting(allow_language), max_article_seconds=time_limit)
    # with worker processes (several, or one under a time limit) the model loads in each worker, not here
    pipeline = Pipeline(settings, lazy_model=workers > 1 or engine == "spark" or settings.max_article_seconds > 0)
    if engine == "spark":
        summary = run_spark_ingest(paths, db, pipeline, parse_date_argument(date), master=master, out=spark_out, store=not no_store, include=include, exclude=exclude)
    else:
        planned = len(plan_inputs(paths, include, exclude).inputs)
        with open_store(db) as store, Progress(planned, "ingest", enabled=not quiet) as progress:
            summary = ingest_paths(paths, store, pipeline, parse_date_argument(date), include=include, exclude=exclude, workers=workers, recycle_after=recycle_after, progress=progress)
    summary.seconds = time.perf_counter() - started  # the whole run, model loading included
    click.echo(json.dumps(summary.to_dict()) if as_json else describe(summary.to_dict(), verbose > 0))
    # an input already stored ("unchanged", a re-run) went through as well as a new one
    sys.exit(batch_exit_code(summary.stored + summary.duplicates + summary.unchanged, summary.rejected_total))


def describe(summary: dict, every_name: bool = False) -> str:
    """The summary as lines of text, each rejection reason with the inputs it rejected."""
    lines = [  # two lines, so the summary reads on 80 columns
        f"read {summary['read']} in {summary['seconds']} s: stored {summary['stored']} (near-duplicates {summary['near_duplicates']}),",
        f"  duplicates {summary['duplicates']}, unchanged {summary['unchanged']}, rejected {summary['rejected']}, skipped {summary['skipped']}",
    ]
    if summary.get("corpus"):
        corpus = summary["corpus"]
        lines.append(f"  corpus: {corpus['corpus_events']} events ({corpus['merged_reports']} reports merged), {corpus['stories']} stories, {corpus['corpus_flags']} flags")
    for reason, count in summary["rejected_by_reason"].items():
        names = [r["source"] for r in summary.get("rejected_inputs", ()) if r["reason"] == reason]
        shown = names if every_name else names[:NAMED_REJECTIONS]
        more = f" and {len(names) - len(shown)} more (newsgraph rejections)" if len(names) > len(shown) else ""
        lines.append(f"  rejected {reason}: {count}" + (f" ({', '.join(shown)}{more})" if shown else ""))
    return "\n".join(lines)

"""``newsgraph reprocess`` (re-run articles an older pipeline annotated) and ``newsgraph check``
(the store's integrity check)."""

from __future__ import annotations

import json
import sys
import time

import click

from .common import LOG, db_option, load_settings, model_option, setup_logging, translate_errors, verbosity_options


@click.command("reprocess")
@db_option
@click.option("--all", "every", is_flag=True, help="re-run every stored article, not only those of an older pipeline")
@click.option("--json", "as_json", is_flag=True, help="print the summary as one JSON object")
@model_option
@verbosity_options
@translate_errors
def reprocess_command(db: str, every: bool, as_json: bool, model: str | None, verbose: int, quiet: bool) -> None:
    """Re-annotate stored articles whose pipeline version differs from this one.

    Each article is replaced in one transaction; a run killed half-way goes on where it
    stopped when started again. The corpus view is rebuilt at the end. The seconds reported
    are the wall-clock time of the whole run, model loading included.
    """
    started = time.perf_counter()
    setup_logging(verbose, quiet)
    from ..engines import reprocess
    from ..pipeline import Pipeline
    from ..store import open_store

    with open_store(db, create=False):
        pass  # a missing or foreign database is reported before the model loads
    pipeline = Pipeline(load_settings(model=model))
    LOG.info("model loaded in %.1f s", time.perf_counter() - started)
    with open_store(db, create=False) as store:
        summary = reprocess(store, pipeline, every=every).to_dict()
    summary["seconds"] = round(time.perf_counter() - started, 2)
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(f"stale {summary['stale']}, reprocessed {summary['reprocessed']}, failed {summary['failed']} in {summary['seconds']} s")


@click.command("check")
@db_option
@verbosity_options
@translate_errors
def check_command(db: str, verbose: int, quiet: bool) -> None:
    """Check the store: the database's own integrity check, and each article's rows against
    its stored document. Exit status 0 when sound, 3 when problems are found."""
    setup_logging(verbose, quiet)
    from ..store import open_store

    with open_store(db, create=False) as store:
        problems = store.check()
        counts = store.counts()
    for problem in problems:
        click.echo(problem)
    click.echo(("ok: " if not problems else f"{len(problems)} problems; ") + ", ".join(f"{n} {name}" for name, n in counts.items()))
    sys.exit(3 if problems else 0)

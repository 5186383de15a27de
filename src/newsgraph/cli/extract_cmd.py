"""``newsgraph extract``: print one document per article."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import click

from ..model import Article, Rejection
from .common import LOG, batch_exit_code, check_paths, day_option, load_settings, model_option, output_options, setup_logging, time_limit_option, translate_errors, verbosity_options
from .input_options import input_options, language_setting


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="[PATH ...|-]")
@output_options(default="json", formats=("json", "jsonl"))
@day_option("date", "the article date when the input has none")
@click.option("--outlet", default=None, metavar="NAME", help="the outlet that published the articles, when the input does not say")
@time_limit_option
@input_options
@model_option
@verbosity_options
@translate_errors
def extract_command(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    date: str | None,
    outlet: str | None,
    time_limit: int | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    allow_language: tuple[str, ...],
    model: str | None,
    verbose: int,
    quiet: bool,
) -> None:
    """Read articles (files, folders, - for stdin) and print one document per article
    (json: indented; jsonl: one per line).

    Paths and the date are checked before the model loads (a missing path is a usage error).
    Inputs that cannot be read are reported on stderr with an error code; the others are
    still processed. Exit status: 0 all well, 1 some inputs rejected, 2 usage error,
    3 none processed.
    """
    setup_logging(verbose, quiet)
    check_paths(paths)
    from ..engines.local import analyse
    from ..ingest import read_inputs
    from ..pipeline import Pipeline, parse_date_argument

    article_date = parse_date_argument(date)
    settings = load_settings(model=model, allow_languages=language_setting(allow_language), max_article_seconds=time_limit)
    pipeline = Pipeline(settings, lazy_model=settings.max_article_seconds > 0)  # under a limit a worker process loads it
    done = rejected = 0
    out = output.open("w", encoding="utf-8") if output else None
    try:
        for item in analyse(_with_outlet(read_inputs(paths, settings, include=include, exclude=exclude), outlet), pipeline, article_date):
            if isinstance(item, Rejection):
                rejected += 1
                click.echo(f"error {item.code} [{item.reason}] {item.source}: {item.message}" + (f" ({item.detail})" if item.detail else ""), err=True)
                continue
            done += 1
            click.echo(json.dumps(item.to_dict(), ensure_ascii=False, indent=2 if fmt == "json" else None), file=out)
    finally:
        if out:
            out.close()
            LOG.info("wrote %d documents to %s", done, output)
    sys.exit(batch_exit_code(done, rejected))


def _with_outlet(items: Iterable[Article | Rejection], outlet: str | None) -> Iterator[Article | Rejection]:
    for item in items:
        yield replace(item, outlet=outlet) if outlet and isinstance(item, Article) and not item.outlet else item

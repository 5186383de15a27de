"""``newsgraph extract``: print one document per article."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from typing import Iterable, Iterator

import click

from ..ingest import read_inputs
from ..model import Article, Rejection
from ..pipeline import Pipeline, parse_date_argument
from .common import batch_exit_code, load_settings, model_option, translate_errors
from .input_options import input_options, language_setting


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="[PATH ...|-]")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True, help="json: indented documents; jsonl: one per line")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="the article date when the input has none")
@click.option("--outlet", default=None, metavar="NAME", help="the outlet that published the articles, when the input does not say")
@input_options
@model_option
@translate_errors
def extract_command(paths: tuple[str, ...], fmt: str, date: str | None, outlet: str | None, include: tuple[str, ...], exclude: tuple[str, ...], allow_language: tuple[str, ...], model: str | None) -> None:
    """Read articles (files, folders, - for stdin) and print one document per article.

    Inputs that cannot be read are reported on stderr with an error code; the others are
    still processed. Exit status: 0 all well, 1 some inputs rejected, 3 none processed.
    """
    article_date = parse_date_argument(date)
    settings = load_settings(model=model, allow_languages=language_setting(allow_language))
    pipeline = Pipeline(settings)
    done = rejected = 0
    for item in pipeline.run_many(_with_outlet(read_inputs(paths, settings, include=include, exclude=exclude), outlet), article_date):
        if isinstance(item, Rejection):
            rejected += 1
            click.echo(f"error {item.code} [{item.reason}] {item.source}: {item.message}" + (f" ({item.detail})" if item.detail else ""), err=True)
            continue
        done += 1
        click.echo(json.dumps(item.to_dict(), ensure_ascii=False, indent=2 if fmt == "json" else None))
    sys.exit(batch_exit_code(done, rejected))


def _with_outlet(items: Iterable[Article | Rejection], outlet: str | None) -> Iterator[Article | Rejection]:
    for item in items:
        yield replace(item, outlet=outlet) if outlet and isinstance(item, Article) and not item.outlet else item

"""``newsgraph eval``: score the engine against gold data, one task or all of them."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import GoldDataMissing
from ..eval import TASKS
from ..eval.runner import default_pipeline_factory, format_outcome, gold_path, run_all, run_task, scoreboard
from .common import model_option, setup_logging, translate_errors, verbosity_options


@click.command("eval")
@click.argument("task", type=click.Choice([*TASKS, "all"]))
@click.option("--gold", type=click.Path(path_type=Path), default=None, help="the gold file or folder of TASK")
@click.option("--data", type=click.Path(path_type=Path), default=None, help="the evaluation data folder; each task finds its gold under it")
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="score only the first N documents of each gold set")
@model_option
@verbosity_options
@translate_errors
def eval_command(task: str, gold: Path | None, data: Path | None, as_json: bool, limit: int | None, model: str | None, verbose: int, quiet: bool) -> None:
    """Score TASK (seed, ner, quotes, timex, geo, events, or all) against gold data.

    Give the gold with --gold, or the evaluation data folder with --data (needed for all).
    """
    setup_logging(verbose, quiet)
    factory = default_pipeline_factory(model)
    if task == "all":
        if data is None:
            raise GoldDataMissing("eval all needs the evaluation data folder", hint="pass it with --data")
        outcomes = run_all(data, factory, limit)
        click.echo(json.dumps([o.to_dict() for o in outcomes], indent=2) if as_json else scoreboard(outcomes))
        return
    if gold is not None:
        path = gold
    elif data is not None:
        path = gold_path(task, data)
    else:
        raise GoldDataMissing(f"eval {task} needs its gold data", hint="pass it with --gold, or the data folder with --data")
    if not path.exists():
        raise GoldDataMissing(f"no gold data at {path}")
    outcome = run_task(task, path, factory, limit)
    click.echo(json.dumps(outcome.to_dict(), indent=2) if as_json else format_outcome(outcome))

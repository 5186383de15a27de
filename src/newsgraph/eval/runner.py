"""Run one scorer or all of them, and print their figures.

A task whose scorer module is not there yet gives an ``unavailable`` outcome, and a task whose
gold data is absent gives ``no data``: neither stops the other tasks. The spaCy pipeline is
built at most once per run and shared by every task.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from ..errors import EvaluationError, GoldDataMissing
from . import TASKS
from .base import Metric, Report

# Where each task's gold lies under the evaluation data folder. The seed gold sits in the
# seed folder beside it, hence "../seed".
DEFAULT_GOLD: dict[str, str] = {
    "seed": "../seed/expected.json",
    "ner": "ner/gum-news",
    "quotes": "quotes/polnear",
    "timex": "temporal/tempeval3-tbaq-cleaned",
    "geo": "geoparsing",
    "events": "events",
}

OK, UNAVAILABLE, NO_DATA = "ok", "unavailable", "no data"
Scorer = Callable[..., Report]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What running one task gave: a report, or why there is none."""

    task: str
    status: str
    seconds: float
    report: Report | None = None
    message: str = ""

    def to_dict(self) -> dict:
        data = {"task": self.task, "status": self.status, "seconds": round(self.seconds, 2)}
        if self.report is not None:
            data.update(self.report.to_dict())
        if self.message:
            data["message"] = self.message
        return data


def load_scorer(task: str) -> Scorer | None:
    """The ``score`` function of a task, or None while its module does not exist yet."""
    if task not in TASKS:
        raise EvaluationError(f"unknown task {task!r}", hint=f"tasks: {', '.join(TASKS)}")
    module_name, _, attribute = TASKS[task].partition(":")
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:  # the module exists but something it needs does not
            raise
        return None
    return getattr(module, attribute)


def shared_pipeline(build: Callable[[], object]) -> Callable[[], object]:
    """A factory that builds the pipeline on first call and returns the same one afterwards."""
    built: list[object] = []

    def factory() -> object:
        if not built:
            built.append(build())
        return built[0]

    return factory


def default_pipeline_factory(model: str | None = None) -> Callable[[], object]:
    def build() -> object:
        from ..pipeline import Pipeline
        from ..settings import Settings

        return Pipeline(Settings.load({"model": model}) if model else None)

    return shared_pipeline(build)


def run_task(task: str, gold: Path, pipeline_factory: Callable[[], object], limit: int | None = None) -> Outcome:
    """Score one task on the gold at ``gold``; GoldDataMissing propagates to the caller."""
    started = time.perf_counter()
    scorer = load_scorer(task)
    if scorer is None:
        message = f"scorer not available yet ({TASKS[task].partition(':')[0]} is missing)"
        return Outcome(task, UNAVAILABLE, time.perf_counter() - started, message=message)
    report = scorer(Path(gold), pipeline_factory, limit)
    return Outcome(task, OK, time.perf_counter() - started, report)


def run_all(data: Path, pipeline_factory: Callable[[], object], limit: int | None = None, tasks: Iterable[str] | None = None) -> list[Outcome]:
    """Every task on its default gold under ``data``; absent data is a ``no data`` outcome."""
    data = Path(data)
    if not data.is_dir():
        raise GoldDataMissing(f"no evaluation data folder at {data}", hint="pass the folder of the evaluation data with --data")
    outcomes = []
    for task in tasks or TASKS:
        gold = gold_path(task, data)
        if not gold.exists():
            outcomes.append(Outcome(task, NO_DATA, 0.0, message=f"no gold data at {gold}"))
            continue
        try:
            outcomes.append(run_task(task, gold, pipeline_factory, limit))
        except GoldDataMissing as error:
            outcomes.append(Outcome(task, NO_DATA, 0.0, message=error.message))
    return outcomes


def gold_path(task: str, data: Path) -> Path:
    """The default gold of ``task`` under the evaluation data folder ``data``."""
    if task not in DEFAULT_GOLD:
        raise EvaluationError(f"unknown task {task!r}", hint=f"tasks: {', '.join(DEFAULT_GOLD)}")
    return Path(os.path.normpath(Path(data) / DEFAULT_GOLD[task]))


# --- printing ------------------------------------------------------------------------------


def table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table, columns padded to their widest cell."""
    widths = [max(len(str(c)) for c in column) for column in zip(columns, *rows, strict=True)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    return "\n".join([line(columns), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def format_outcome(outcome: Outcome) -> str:
    """One task's figures: its own table when it has one, then every metric, then notes."""
    if outcome.report is None:
        return f"{outcome.task}: {outcome.status}: {outcome.message}"
    report = outcome.report
    parts = [f"{report.task} on {report.dataset}: {report.documents} documents, {outcome.seconds:.1f} s"]
    own = report.details.get("table") if isinstance(report.details, dict) else None
    if own:
        parts.append(table(own["columns"], own["rows"]))
    parts.append(table(("figure", "P", "R", "F1 / value", "n"), grouped(report.metrics)))
    if report.notes:
        parts.append("\n".join(f"note: {note}" for note in report.notes))
    return "\n\n".join(parts)


def grouped(metrics: Sequence[Metric]) -> list[tuple[str, str, str, str, str]]:
    """Rows (figure, P, R, F1 or value, n): X.precision/X.recall/X.f1 become one row X.

    n is the count behind the figure: the gold items for P/R/F1, the items judged otherwise.
    """
    by_name = {m.name: m for m in metrics}
    rows, done = [], set()
    for metric in metrics:
        if metric.name in done:
            continue
        stem, _, last = metric.name.rpartition(".")
        parts = [f"{stem}.{p}" for p in ("precision", "recall", "f1")]
        if last in ("precision", "recall", "f1") and all(p in by_name for p in parts):
            p, r, f = (by_name[n] for n in parts)
            rows.append((stem, f"{p.value:.4f}", f"{r.value:.4f}", f"{f.value:.4f}", f"{r.support}"))
            done.update(parts)
        else:
            rows.append((metric.name, "", "", f"{metric.value:.4f}", "" if metric.support is None else f"{metric.support}"))
            done.add(metric.name)
    return rows


def scoreboard(outcomes: Sequence[Outcome]) -> str:
    """One table for a whole run: a row per task and figure (P, R, F1 together), with times."""
    rows = []
    for outcome in outcomes:
        if outcome.report is None:
            rows.append([outcome.task, outcome.status, "", outcome.message, "", "", "", "", ""])
            continue
        report = outcome.report
        for index, (figure, p, r, value, support) in enumerate(grouped(report.metrics)):
            first = index == 0
            head = [outcome.task, report.dataset, str(report.documents)] if first else ["", "", ""]
            rows.append([*head, figure, p, r, value, support, f"{outcome.seconds:.1f} s" if first else ""])
    total = sum(o.seconds for o in outcomes)
    notes = [f"{o.task}: {note}" for o in outcomes if o.report for note in o.report.notes]
    body = table(("task", "dataset", "docs", "figure", "P", "R", "F1 / value", "n", "time"), rows)
    return "\n".join([body, "", f"total {total:.1f} s", *notes])

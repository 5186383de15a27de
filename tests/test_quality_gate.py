"""The quality gate: figures on the shared gold data must not drop below their floors.

Floors live in ``eval-baseline.json`` at the repository root, per task and metric, measured on
the first ``limit`` documents of each dev set so the gate runs in a few minutes. A figure fails
when it is below its floor by more than ``tolerance`` (absolute), which absorbs differences
between library builds and platforms; the pipeline itself is deterministic. ``ceilings`` work
the other way round for counts that must not grow (forbidden hits). Floors only go up; lowering
one needs a reason stated in the commit that does it.

The gate skips, with a message, when the evaluation data is not beside the checkout.
"""

from __future__ import annotations

import json

import pytest

from newsgraph.eval import runner

from .conftest import EVAL_DATA, ROOT

BASELINE = json.loads((ROOT / "eval-baseline.json").read_text(encoding="utf-8"))
TOLERANCE = float(BASELINE["tolerance"])

pytestmark = [pytest.mark.slow, pytest.mark.shared]


@pytest.mark.parametrize("task", sorted(BASELINE["tasks"]))
def test_task_stays_above_its_floors(task, pipeline):
    if not EVAL_DATA.exists():
        pytest.skip("quality gate skipped: the evaluation data is not beside the checkout (../shared/eval)")
    settings = BASELINE["tasks"][task]
    gold = runner.gold_path(task, EVAL_DATA)
    if not gold.exists():
        pytest.skip(f"quality gate skipped for {task}: no gold data at {gold.name}")
    outcome = runner.run_task(task, gold, lambda: pipeline, settings.get("limit"))
    assert outcome.status == runner.OK, f"{task}: {outcome.status}: {outcome.message}"
    figures = {m.name: m.value for m in outcome.report.metrics}
    failures = [
        f"{name}: {figures.get(name, 'missing')} < floor {floor}"
        for name, floor in settings.get("floors", {}).items()
        if figures.get(name, float("-inf")) < floor - TOLERANCE
    ]
    failures += [
        f"{name}: {figures.get(name, 'missing')} > ceiling {ceiling}"
        for name, ceiling in settings.get("ceilings", {}).items()
        if figures.get(name, float("inf")) > ceiling + TOLERANCE
    ]
    assert not failures, f"{task} dropped below its baseline (tolerance {TOLERANCE}): " + "; ".join(failures)


def test_baseline_file_is_well_formed():
    assert 0 <= TOLERANCE <= 0.05
    for task, settings in BASELINE["tasks"].items():
        assert task in runner.DEFAULT_GOLD, task
        assert set(settings) <= {"limit", "floors", "ceilings", "measured"}, task
        assert all(0.0 <= v <= 1.0 for v in settings.get("floors", {}).values()), task

"""Measure the quality-gate samples and raise the floors in eval-baseline.json.

    .venv/bin/python tools/raise_floors.py --data ../shared/eval [--dry-run]

Floors only go up: a new floor is the measured figure rounded down to two decimals, or the old
floor if that is higher; ceilings (forbidden hits) only go down. Figures of zero get no floor.
Lowering a floor is a hand edit whose reason goes in the commit message.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from newsgraph.eval import runner

BASELINE = Path(__file__).resolve().parent.parent / "eval-baseline.json"
# Figures that are not "higher is better" quality: comparisons, counts, distances.
NO_FLOOR_PREFIXES = ("baseline.", "gain.")
NO_FLOOR_SUFFIXES = ("_km", "forbidden_hits", "sentence_agreement", "sentences_with_events.ours", "sentences_with_events.peer")


# Calibration figures (precision per confidence band) are read as a whole, not floored one by one.
NO_FLOOR_PARTS = (".confidence.",)


def wants_floor(name: str, value: float) -> bool:
    return (value > 0 and not name.startswith(NO_FLOOR_PREFIXES) and not name.endswith(NO_FLOOR_SUFFIXES)
            and not any(part in name for part in NO_FLOOR_PARTS))


def raised(settings: dict, figures: dict[str, float]) -> dict:
    floors = dict(settings.get("floors", {}))
    ceilings = dict(settings.get("ceilings", {}))
    for name, value in figures.items():
        if name.endswith("forbidden_hits"):
            ceilings[name] = min(ceilings.get(name, value), value)
        elif wants_floor(name, value):
            floors[name] = max(floors.get(name, 0.0), math.floor(value * 100) / 100)
    result = {"limit": settings.get("limit"), "floors": floors}
    if ceilings:
        result["ceilings"] = ceilings
    result["measured"] = {name: round(value, 4) for name, value in figures.items()}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the evaluation data folder")
    parser.add_argument("--dry-run", action="store_true", help="print the new baseline instead of writing it")
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    factory = runner.default_pipeline_factory()
    for task, settings in baseline["tasks"].items():
        outcome = runner.run_task(task, runner.gold_path(task, args.data), factory, settings.get("limit"))
        if outcome.report is None:
            print(f"{task}: {outcome.status}, left as it is")
            continue
        figures = {m.name: m.value for m in outcome.report.metrics}
        tolerance = baseline.get("tolerance", 0.0)
        below = [n for n, f in settings.get("floors", {}).items() if figures.get(n, 0.0) < f]
        failing = [n for n in below if figures.get(n, 0.0) < settings["floors"][n] - tolerance]
        if failing:
            print(f"{task}: below the floor by more than the tolerance on {', '.join(failing)} (the gate fails)")
        if set(below) - set(failing):
            print(f"{task}: below the floor within the tolerance on {', '.join(n for n in below if n not in failing)} (the gate passes)")
        baseline["tasks"][task] = raised(settings, figures)
        print(f"{task}: measured in {outcome.seconds:.1f} s")
    text = json.dumps(baseline, indent=2) + "\n"
    print(text) if args.dry_run else BASELINE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

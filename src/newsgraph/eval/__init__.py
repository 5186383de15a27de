"""Scorers against gold data, one module per task.

Each task module has ``score(gold: Path, pipeline_factory, limit: int | None) -> Report``.
``pipeline_factory()`` returns a built ``newsgraph.Pipeline`` (called at most once, so tasks
that need no model do not load one). ``TASKS`` maps task names to "module:function";
``runner`` runs one task or all of them and prints the scoreboard.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .base import Metric, Report, prf

TASKS: Mapping[str, str] = MappingProxyType(
    {
        "seed": "newsgraph.eval.seed:score",
        "ner": "newsgraph.eval.ner:score",
        "quotes": "newsgraph.eval.quotes:score",
        "timex": "newsgraph.eval.timex:score",
        "geo": "newsgraph.eval.geo:score",
        "events": "newsgraph.eval.events:score",
    }
)

__all__ = ["TASKS", "Metric", "Report", "prf"]

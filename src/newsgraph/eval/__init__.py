"""Scorers against gold data, one module per task.

Each task module has ``score(gold: Path, pipeline_factory, limit: int | None) -> Report``.
``pipeline_factory()`` returns a built ``newsgraph.Pipeline`` (called at most once, so tasks
that need no model do not load one). ``TASKS`` maps task names to "module:function".
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from .base import Metric, Report, prf

TASKS: Mapping[str, str] = MappingProxyType({})

__all__ = ["Metric", "Report", "TASKS", "prf"]

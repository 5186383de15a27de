"""Pipeline stages, one module each, and the registry that finds them.

The built-in stages register the same way a user's would: through the ``newsgraph.stages``
entry-point group, each entry naming a factory ``make(settings) -> Stage``.  The table below
is the fallback for running from a source tree that was not installed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib.metadata import entry_points
from types import MappingProxyType

from ..plugins import load_target
from ..settings import Settings
from .base import Stage

StageFactory = Callable[[Settings], Stage]

BUILTIN_STAGES: Mapping[str, str] = MappingProxyType(
    {
        "entities": "newsgraph.stages.entities:make",
        "times": "newsgraph.stages.times:make",
        "checks": "newsgraph.stages.checks:make",
        "places": "newsgraph.stages.places:make",
        "quotes": "newsgraph.stages.quotes:make",
        "events": "newsgraph.stages.events:make",
    }
)

DEFAULT_ORDER: tuple[str, ...] = tuple(BUILTIN_STAGES)


def available_stages() -> dict[str, StageFactory]:
    """Every stage factory by name: the built-in ones, then those of installed plugins."""
    found: dict[str, StageFactory] = {name: load_target(target) for name, target in BUILTIN_STAGES.items()}
    for entry in entry_points(group="newsgraph.stages"):
        if entry.name not in found:
            found[entry.name] = entry.load()
    return found

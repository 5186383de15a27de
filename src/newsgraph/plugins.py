"""Loading of plugin targets: the "module:attribute" strings of entry points and built-in tables.

Stages and input readers register the same way (entry-point groups ``newsgraph.stages`` and
``newsgraph.readers``); their built-in tables name targets in this form too.
Imports: standard library only.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any


def load_target(target: str) -> Any:
    """The object a "package.module:attribute" string names."""
    module_name, _, attr = target.partition(":")
    return getattr(import_module(module_name), attr)

"""tools/raise_floors.py: floors only go up, ceilings only go down."""

from __future__ import annotations

import importlib.util

from .conftest import ROOT


def load_tool():
    spec = importlib.util.spec_from_file_location("raise_floors", ROOT / "tools" / "raise_floors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_floors_rise_but_never_fall():
    tool = load_tool()
    old = {"limit": 5, "floors": {"a.f1": 0.60, "b.f1": 0.40}, "ceilings": {"all.forbidden_hits": 2.0}}
    new = tool.raised(old, {"a.f1": 0.5, "b.f1": 0.4567, "c.f1": 0.0, "mean_km": 12.0, "all.forbidden_hits": 3.0})
    assert new["floors"] == {"a.f1": 0.60, "b.f1": 0.45}
    assert new["ceilings"] == {"all.forbidden_hits": 2.0}
    assert new["limit"] == 5 and new["measured"]["b.f1"] == 0.4567
    assert tool.raised(old, {"all.forbidden_hits": 0.0})["ceilings"] == {"all.forbidden_hits": 0.0}

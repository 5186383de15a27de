"""Every data file of the package is named by pyproject's package-data globs, so a wheel
carries it (a file left out works from a checkout and fails once installed)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "newsgraph"


def test_every_data_file_is_shipped():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["newsgraph"]
    data = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    missed = [name for name in data if not any(fnmatch(name, pattern) for pattern in globs)]
    assert data and not missed, missed

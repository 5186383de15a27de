"""A small, bounded run of the load test (bench/load_test.py): readers of the HTTP API on
loopback while another process ingests into the same SQLite store get no error.

The writer is the crash test's (tests/crash_writer.py: the real engine and store, a cheap
pipeline), so the run takes seconds; the benchmark itself runs the real ingest.  Timing is
reported by the script, never asserted here.
"""

from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from tests.conftest import ROOT
from tests.test_store_crash import make_corpus


def _load_test_module():
    spec = importlib.util.spec_from_file_location("load_test", ROOT / "bench" / "load_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_readers_while_ingesting_get_no_error(tmp_path) -> None:
    load_test = _load_test_module()
    seeded = make_corpus(tmp_path / "seed", articles=10, seed=1)
    written = make_corpus(tmp_path / "corpus", articles=80, seed=2)
    db = str(tmp_path / "load.db")
    writer = [sys.executable, "-m", "tests.crash_writer", db]
    env = {"PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    figures = load_test.run_load(db, writer + [str(tmp_path / "seed")], writer + [str(tmp_path / "corpus")], readers=4, max_requests=600, max_seconds=90, env=env)
    assert figures["errors"] == 0, figures["error_samples"]
    assert figures["ingest_exit"] == 0
    assert figures["requests_during_ingest"] > 0 and figures["requests"] <= 600 + 4
    assert figures["articles_before"] == seeded and figures["articles_after"] == seeded + written

"""Shared fixtures. The spaCy pipeline is loaded once per test session (it takes ~2 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "000_26e688f8244ad6e1.txt"
SEED_GOLD = SHARED / "seed" / "expected.json"
EVAL_DATA = SHARED / "eval"


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def analyzer(pipeline):
    return pipeline.analyzer


@pytest.fixture(scope="session")
def entities_of(pipeline):
    """The entities stage alone on a text (optionally with place evidence)."""
    from newsgraph.stages.entities import resolve
    from newsgraph.stages.entities.types import load_lexicon

    def run(text: str, evidence=None):
        return resolve(pipeline.analyzer.analyze(text), load_lexicon(), evidence)

    return run


@pytest.fixture
def seed_text() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"the seed article is not beside the checkout ({SEED_ARTICLE.name} in ../shared/seed)")
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def eval_data() -> Path:
    if not EVAL_DATA.exists():
        pytest.skip("the evaluation data is not beside the checkout (../shared/eval)")
    return EVAL_DATA


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server for the session (tests/pg_server.py); skipped, saying
    why, where PostgreSQL is not installed, except in CI where it must be."""
    import os

    from tests.pg_server import find_bindir, running_postgres

    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL is not installed (Debian package postgresql; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with running_postgres(bindir) as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """The URL of a new, empty store on each backend: the contract tests run on both."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("postgres_server").new_database()

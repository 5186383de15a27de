"""Crash safety: a writer killed (SIGKILL) three times at random moments and started again
ends with the same store as a run never killed, and the store passes its integrity check.

The writer (tests/crash_writer.py) runs the real ingest engine and store with a cheap
synthetic pipeline, over a generated corpus with exact copies, near-duplicates and inputs
that are rejected.  Runs on both backends; bounded by subprocess timeouts.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.store import open_store
from tests.conftest import ROOT

PLACES = ["Harrowgate", "Lindqvist Bay", "Port Aveline", "Marrow Hill", "Ostrander", "Quillon", "Belmar Falls", "Tessaly"]
PEOPLE = ["Anna Veldt", "Rui Castell", "Omar Feddes", "Lena Prask", "Tomas Urquin", "Nadia Solberg", "Kofi Brandt", "Ines Maro"]
ACTS = ["opened a new bridge", "met union leaders", "announced a budget for schools", "visited flooded farms", "signed a water agreement", "closed the old harbour"]


def make_corpus(folder: Path, articles: int = 150, seed: int = 7) -> int:
    """Generated English articles, plus exact copies, near-duplicates and binary files."""
    rng = random.Random(seed)
    folder.mkdir()
    texts = []
    for n in range(articles):
        sentences = [
            f"{rng.choice(PEOPLE)} {rng.choice(ACTS)} in {rng.choice(PLACES)} on day {n} of the season, officials said.",
            f"Residents of {rng.choice(PLACES)} told reporters that {rng.choice(PEOPLE)} had promised answers by the end of month {n % 12 + 1}.",
            f"The council of {rng.choice(PLACES)} said it would publish figures number {n * 7 + 3} after a meeting with {rng.choice(PEOPLE)}.",
            f"Critics including {rng.choice(PEOPLE)} said the plan for {rng.choice(PLACES)} left out families living near the river.",
        ]
        texts.append(" ".join(sentences))
        (folder / f"a{n:03d}.txt").write_text(texts[-1])
    for n in range(0, 10, 2):
        (folder / f"copy{n}.txt").write_text(texts[n].upper())
        (folder / f"near{n}.txt").write_text(texts[n + 1] + " More details will follow.")
    for n in range(3):
        (folder / f"blob{n}.bin").write_bytes(bytes([0, 1, 2, n]) * 50)
    return articles + 5


def _writer(url: str, folder: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "tests.crash_writer", url, str(folder)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _run_to_end(url: str, folder: Path) -> float:
    started = time.monotonic()
    proc = _writer(url, folder)
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err.decode()[-2000:]
    return time.monotonic() - started


def _state(url: str) -> dict:
    with open_store(url, create=False) as store:
        return {
            "problems": store.check(),
            "counts": store.counts(),
            "articles": sorted(row["id"] for row in store.articles(limit=10_000)),
            "duplicates": sorted((d["source"], d["article_id"], d["duplicate_of"], d["kind"]) for d in store.duplicates()),
            "rejections": sorted((r["source"], r["code"]) for r in store.rejections()),
            "documents": {doc.article.id: doc for doc in store.documents()},
        }


def _two_urls(backend: str, tmp_path: Path, request) -> tuple[str, str]:
    if backend == "sqlite":
        return str(tmp_path / "clean.db"), str(tmp_path / "crashed.db")
    server = request.getfixturevalue("postgres_server")
    return server.new_database("clean"), server.new_database("crashed")


def _kill_when_stored(url: str, folder: Path, target: int, rng: random.Random) -> int | None:
    """Start a writer and SIGKILL it a random instant after the store holds ``target``
    articles; the number of articles it had then (None if it ended first)."""
    proc = _writer(url, folder)
    deadline = time.monotonic() + 120
    store = None
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
            if store is None:
                try:
                    store = open_store(url, create=False)
                except Exception:  # not created yet
                    continue
            if store.counts()["articles"] >= target:
                time.sleep(rng.uniform(0, 0.05))  # anywhere in the next articles' transactions
                break
        if proc.poll() is not None:
            return None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        return store.counts()["articles"] if store is not None else 0
    finally:
        if store is not None:
            store.close()


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ingest_killed_three_times_ends_like_a_clean_run(backend, tmp_path, request):
    stored = make_corpus(tmp_path / "corpus")
    clean_url, crashed_url = _two_urls(backend, tmp_path, request)
    _run_to_end(clean_url, tmp_path / "corpus")
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    targets = sorted(rng.sample(range(1, stored - 10), 3))  # random moments of the run
    partial = [_kill_when_stored(crashed_url, tmp_path / "corpus", target, rng) for target in targets]
    _run_to_end(crashed_url, tmp_path / "corpus")
    clean, crashed = _state(clean_url), _state(crashed_url)
    assert clean["problems"] == [] and crashed["problems"] == [], f"seed {seed}"
    assert len(clean["articles"]) == stored == len(set(crashed["articles"])), f"seed {seed}"
    for part in ("counts", "articles", "duplicates", "rejections", "documents"):
        assert crashed[part] == clean[part], f"{part} differ (seed {seed}, articles after each kill {partial})"
    assert all(n is not None and 0 < n < stored for n in partial), f"a kill missed the ingest (articles after each kill {partial}, seed {seed})"


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_writers_at_once_end_like_one(backend, tmp_path, request):
    make_corpus(tmp_path / "corpus", articles=60)
    clean_url, shared_url = _two_urls(backend, tmp_path, request)
    _run_to_end(clean_url, tmp_path / "corpus")
    writers = [_writer(shared_url, tmp_path / "corpus") for _ in range(2)]
    for proc in writers:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err.decode()[-2000:]
    clean, shared = _state(clean_url), _state(shared_url)
    assert shared["problems"] == []
    for part in ("counts", "articles", "duplicates", "rejections", "documents"):
        assert shared[part] == clean[part], part

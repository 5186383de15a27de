"""Crash safety: a writer killed (SIGKILL) three times at random moments and started again
ends with the same store as a run never killed, and the store passes its integrity check.

The writer (tests/crash_writer.py) runs the real ingest engine and store with a cheap
synthetic pipeline, over a generated corpus with exact copies, near-duplicates and inputs
that are rejected.  The parallel engine is killed the same way through the real command
(``newsgraph ingest --workers 2``, the model loaded in each worker): its parent, the one
writer, is killed while batches are out with the workers, and the workers must not outlive
it.  Runs on both backends; bounded by subprocess timeouts.
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

from newsgraph.engines import ingest_paths
from newsgraph.store import open_store
from tests.conftest import ROOT

SOME_REJECTED = 1  # the exit status of ingest when some inputs (the corpus's binary files) are rejected
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


def _parallel_ingest(url: str, folder: Path) -> subprocess.Popen:
    """``newsgraph ingest FOLDER --db URL --workers 2``, as a user would run it."""
    command = [sys.executable, "-c", "from newsgraph.cli import main; main()", "ingest", str(folder), "--db", url, "--workers", "2", "-q"]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _gone_within(pids: list[int], seconds: float) -> list[int]:
    """The pids still alive (and not zombies) after waiting up to ``seconds``."""
    deadline = time.monotonic() + seconds
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [pid for pid in alive if _running(pid)]
    return alive


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _run_to_end(url: str, folder: Path, start=None, exit_code: int = 0) -> float:
    started = time.monotonic()
    proc = (start or _writer)(url, folder)
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == exit_code, err.decode()[-2000:]
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


def _kill_when_stored(url: str, folder: Path, target: int, rng: random.Random, start=None, orphans: list | None = None) -> int | None:
    """Start a writer and SIGKILL it a random instant after the store holds ``target``
    articles; the number of articles it had then (None if it ended first).  The writer's
    child processes still running 30 s after the kill are added to ``orphans``."""
    proc = (start or _writer)(url, folder)
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
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if orphans is not None:
            orphans += _gone_within(workers, 30)
        return store.counts()["articles"] if store is not None else 0
    finally:
        if store is not None:
            store.close()


def _assert_same_after_kills(clean_url: str, crashed_url: str, stored: int, partial: list, seed: int) -> None:
    """Both stores sound and equal, every article once, and each kill landed mid-run."""
    clean, crashed = _state(clean_url), _state(crashed_url)
    assert clean["problems"] == [] and crashed["problems"] == [], f"seed {seed}"
    assert len(clean["articles"]) == stored == len(set(crashed["articles"])), f"seed {seed}"
    for part in ("counts", "articles", "duplicates", "rejections", "documents"):
        assert crashed[part] == clean[part], f"{part} differ (seed {seed}, articles after each kill {partial})"
    # each kill landed while the writer ran: amid the articles, or after the last one while it
    # was still finishing (its re-run then finds every article stored, unchanged)
    assert all(n is not None and 0 < n <= stored for n in partial), f"a kill missed the ingest (articles after each kill {partial}, seed {seed})"


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
    _assert_same_after_kills(clean_url, crashed_url, stored, partial, seed)


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


@pytest.mark.slow
@pytest.mark.parametrize("backend, kills", [("sqlite", 2), ("postgresql", 1)])  # each run loads the model twice: kept few
def test_parallel_ingest_killed_in_mid_batch_ends_like_a_clean_run(backend, kills, tmp_path, request, pipeline):
    stored = make_corpus(tmp_path / "corpus", articles=40)
    clean_url, crashed_url = _two_urls(backend, tmp_path, request)
    with open_store(clean_url) as clean:  # the reference: one process, never killed
        ingest_paths([str(tmp_path / "corpus")], clean, pipeline)
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    targets = sorted(rng.sample(range(2, stored - 12), kills))  # later batches are still with the workers then
    orphans: list[int] = []
    partial = [_kill_when_stored(crashed_url, tmp_path / "corpus", target, rng, _parallel_ingest, orphans) for target in targets]
    try:
        assert orphans == [], f"worker processes outlived their killed parent (seed {seed})"
    finally:
        for pid in orphans:
            os.kill(pid, signal.SIGKILL)
    _run_to_end(crashed_url, tmp_path / "corpus", _parallel_ingest, SOME_REJECTED)
    _assert_same_after_kills(clean_url, crashed_url, stored, partial, seed)

"""A bounded load test on loopback: concurrent readers of the HTTP API while an ingest writes
into the same SQLite store.

    .venv/bin/python bench/load_test.py --corpus ../shared/eval/raw-news/bbc-news-2225 \\
        --articles 200 --readers 8 --requests 4000 --seconds 180

Starts ``newsgraph serve`` on 127.0.0.1 (a free port) over a new store, seeds it with a few
articles, then runs ``newsgraph ingest`` of the sample in another process while ``--readers``
threads ask the API in turn for pages, searches, one article, the timeline, the network and
the map.  Bounded: the readers stop after ``--requests`` answers in all or ``--seconds``, or
when the ingest has ended (after at least one round of every path); the ingest is stopped at
the time limit too.  Prints one JSON object: requests, errors (any answer but 200, or no
answer; there must be none), requests made while the ingest was writing, latency percentiles
in milliseconds, and the articles stored.  Exit status 1 when there were errors.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

CLI = [sys.executable, "-c", "from newsgraph.cli import main; main()"]
# What the readers ask, in turn; {article} is an article id the store holds.
PATHS = (
    "/api/", "/api/articles?limit=20", "/api/articles?search=minister", "/api/articles/{article}", "/api/entities?type=PERSON",
    "/api/events?limit=50", "/api/quotes?search=said", "/api/corpus-events", "/api/timeline", "/api/network", "/api/places",
    "/api/articles?limit=20&offset=20",
)


@dataclass
class Tally:
    """What the readers saw; threads add to it under the lock."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies_ms: list[float] = field(default_factory=list)
    during_ingest: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, ms: float, writing: bool, error: str | None) -> int:
        with self.lock:
            self.latencies_ms.append(ms)
            self.during_ingest += writing
            if error is not None:
                self.errors.append(error)
            return len(self.latencies_ms)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([*CLI, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--create"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server ended: {proc.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(base + "/api/", timeout=2):
                return proc, base
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start within 60 s")


def fetch(url: str) -> tuple[float, str | None]:
    """Milliseconds to a full answer, and what went wrong (None: a 200 answer)."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
        exc.read()
    except OSError as exc:
        return (time.perf_counter() - started) * 1000, f"{url}: {type(exc).__name__}: {exc}"
    ms = (time.perf_counter() - started) * 1000
    return ms, None if status == 200 else f"{url}: status {status}"


def reader(number: int, base: str, article: str, writer: subprocess.Popen, tally: Tally, max_requests: int, deadline: float) -> None:
    """Ask PATHS in turn (each reader from its own starting point) until a bound is reached."""
    asked = 0
    while time.monotonic() < deadline:
        path = PATHS[(number + asked) % len(PATHS)].format(article=article)
        writing = writer.poll() is None
        ms, error = fetch(base + path)
        asked += 1
        if tally.add(ms, writing, error) >= max_requests or (not writing and asked >= len(PATHS)):
            return


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_load(db: str, seed_command: list[str], writer_command: list[str], readers: int, max_requests: int, max_seconds: float, env: dict[str, str] | None = None) -> dict:
    """Serve ``db``, fill it a little with ``seed_command``, then read with ``readers`` threads
    while ``writer_command`` writes; the figures as a dict."""
    env = {**os.environ, **(env or {})}
    seeded = subprocess.run(seed_command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=max_seconds)
    if seeded.returncode not in (0, 1):  # 1: some inputs rejected, the rest stored
        raise RuntimeError(f"seeding the store failed: {seeded.stderr.decode()[-2000:]}")
    server, base = start_server(db, env)
    tally = Tally()
    try:
        with urllib.request.urlopen(base + "/api/articles?limit=1", timeout=10) as response:
            article = json.loads(response.read())["items"][0]["id"]
        before = _stored(base)
        started = time.monotonic()
        deadline = started + max_seconds
        writer = subprocess.Popen(writer_command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        threads = [threading.Thread(target=reader, args=(n, base, article, writer, tally, max_requests, deadline)) for n in range(readers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        try:
            writer_exit = writer.wait(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            writer.kill()
            writer_exit = "stopped at the time limit"
        seconds = time.monotonic() - started
        after = _stored(base)
    finally:
        server.terminate()
        server.wait(timeout=30)
    ms = tally.latencies_ms
    return {
        "readers": readers,
        "requests": len(ms),
        "errors": len(tally.errors),
        "error_samples": tally.errors[:5],
        "requests_during_ingest": tally.during_ingest,
        "seconds": round(seconds, 1),
        "requests_per_s": round(len(ms) / seconds, 1) if seconds else None,
        "latency_ms": {"p50": round(statistics.median(ms), 1), "p95": round(percentile(ms, 0.95), 1), "p99": round(percentile(ms, 0.99), 1), "max": round(max(ms), 1)} if ms else None,
        "articles_before": before,
        "articles_after": after,
        "ingest_exit": writer_exit,
    }


def _stored(base: str) -> int:
    with urllib.request.urlopen(base + "/api/", timeout=30) as response:
        return int(json.loads(response.read())["counts"]["articles"])


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import SINGLE_THREAD, corpus_files, load_average

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, help="a folder of article files (e.g. the BBC News set)")
    parser.add_argument("--articles", type=int, default=200, help="articles the ingest writes during the test")
    parser.add_argument("--seed-articles", type=int, default=10, help="articles stored before the readers start")
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--requests", type=int, default=4000, help="answers in all, at most")
    parser.add_argument("--seconds", type=float, default=180, help="time limit of the reading and writing")
    args = parser.parse_args()
    files = corpus_files(args.corpus, args.seed_articles + args.articles)
    with tempfile.TemporaryDirectory(prefix="newsgraph-load-") as folder:
        db = str(Path(folder) / "load.db")
        seed = [*CLI, "ingest", *files[: args.seed_articles], "--db", db, "-q"]
        write = [*CLI, "ingest", *files[args.seed_articles:], "--db", db, "-q"]
        before = load_average()
        figures = run_load(db, seed, write, args.readers, args.requests, args.seconds, env=SINGLE_THREAD)
    figures["load_before"], figures["load_after"] = before, load_average()
    print(json.dumps(figures, indent=1))
    sys.exit(1 if figures["errors"] else 0)


if __name__ == "__main__":
    main()

"""Soak: a long bounded ingest, with the resident memory sampled as it goes.

Ingests ``--articles`` articles (default 10,000) into a new SQLite store in a temporary folder,
with one process (``--workers 1``) or a pool of worker processes replaced every
``--recycle-after`` articles, and samples the resident memory (VmRSS, Linux) of this process
and of the live worker processes every ``--every`` articles.  Prints one JSON object: the
samples, the memory after warm-up (``--warmup`` articles) and at the end, the growth between
the two (the goal is under 10%), the ingest summary and the seconds.

The articles are the bundled examples/articles, or the ``.txt`` files of ``--corpus DIR``
(read where they lie, never copied into the project), each written again with its paragraphs
in a seeded random order and a numbered closing line, so that no two are the same text (an
exact duplicate is not analysed again and would not load the pipeline).

Run: ``.venv/bin/python bench/soak.py --articles 10000`` (one process), then
``.venv/bin/python bench/soak.py --articles 10000 --workers 2 --recycle-after 1000``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

from corpus import corpus_files, load_average

from newsgraph.engines import ingest_paths
from newsgraph.engines.pool import PoolReport
from newsgraph.pipeline import Pipeline
from newsgraph.store import open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process in MB (0 when it has just ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    line = next(x for x in status.splitlines() if x.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def source_texts(corpus: str | None, limit: int) -> list[str]:
    files = corpus_files(corpus, limit) if corpus else sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    return [Path(f).read_text(encoding="utf-8", errors="replace") for f in files]


def variant(text: str, number: int, rng: random.Random) -> str:
    """The text with its body paragraphs in another order and a numbered closing line."""
    head, *body = [p for p in text.split("\n") if p.strip()]
    rng.shuffle(body)
    return "\n".join([head, *body, f"This is report {number} of the series, filed on day {number % 365 + 1}."])


def write_articles(folder: Path, texts: list[str], count: int, seed: int) -> None:
    rng = random.Random(seed)
    for number in range(count):
        (folder / f"{number:06d}.txt").write_text(variant(texts[number % len(texts)], number, rng), encoding="utf-8")


class Sampler:
    """The progress callback of the ingest: samples memory every ``every`` settled articles."""

    def __init__(self, every: int) -> None:
        self.every, self.settled, self.samples = every, 0, []
        self.started = time.perf_counter()

    def __call__(self, outcome: str) -> None:
        self.settled += 1
        if self.settled % self.every == 0:
            self.sample()

    def sample(self) -> None:
        workers = [rss_mb(child.pid) for child in multiprocessing.active_children()]
        self.samples.append({
            "articles": self.settled,
            "seconds": round(time.perf_counter() - self.started, 1),
            "parent_mb": round(rss_mb(), 1),
            "workers_mb": [round(w, 1) for w in workers],
            "total_mb": round(rss_mb() + sum(workers), 1),
        })
        print(json.dumps(self.samples[-1]), file=sys.stderr, flush=True)  # a run cut short still tells


def growth(samples: list[dict], warmup: int, key: str) -> dict:
    after = [s for s in samples if s["articles"] >= warmup]
    if not after:
        return {}
    first, last = after[0][key], after[-1][key]
    return {"after_warmup_mb": first, "end_mb": last, "max_after_warmup_mb": max(s[key] for s in after), "growth_percent": round(100 * (last - first) / first, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", default=None, help="a folder of .txt articles (default: the bundled examples)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--recycle-after", type=int, default=0)
    parser.add_argument("--warmup", type=int, default=1_000, help="articles after which memory is taken as the reference")
    parser.add_argument("--every", type=int, default=500, help="articles between memory samples")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts = source_texts(args.corpus, min(args.articles, 2_000))
    if not texts:
        sys.exit("no articles found")
    report = PoolReport()
    sampler = Sampler(args.every)
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "articles"
        articles.mkdir()
        write_articles(articles, texts, args.articles, args.seed)
        pipeline = Pipeline(lazy_model=args.workers > 1)
        with open_store(f"{folder}/soak.db") as store:
            load = load_average()
            summary = ingest_paths([str(articles)], store, pipeline, workers=args.workers, recycle_after=args.recycle_after, progress=sampler, pool_report=report)
    print(json.dumps({
        "articles": args.articles,
        "workers": args.workers,
        "recycle_after": args.recycle_after,
        "seconds": round(summary.seconds, 1),
        "summary": {k: v for k, v in summary.to_dict().items() if k in ("read", "stored", "duplicates", "near_duplicates", "rejected", "rejected_by_reason")},
        "parent": growth(sampler.samples, args.warmup, "parent_mb"),
        "total": growth(sampler.samples, args.warmup, "total_mb"),
        "pool": report.to_dict() if args.workers > 1 else None,
        "load_before": load,
        "load_after": load_average(),
        "samples": sampler.samples,
    }, indent=1))


if __name__ == "__main__":
    main()

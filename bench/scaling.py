"""Scaling of `ingest` from 1 to 2 worker processes on the same articles, in one run.

Each run is a fresh process that ingests the same files into a new SQLite store: reading,
duplicate search, analysis and the single writer, start-up included.  The figure that
matters is the ratio of the 2-worker rate to the 1-worker rate, measured minutes apart on
the same machine (printed with the load average beside it).
"""

from __future__ import annotations

import argparse
import json

from corpus import corpus_files, load_average, run_child


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True, help="a folder of article files (e.g. the BBC News set)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--recycle-after", type=int, default=0)
    args = parser.parse_args()
    files = corpus_files(args.corpus, args.articles)
    runs = []
    for workers in args.workers:
        before = load_average()
        result = run_child("child_ingest.py", {"files": files, "workers": workers, "recycle_after": args.recycle_after})
        result["articles_per_s"] = round(len(files) / result["seconds_total"], 2)
        result["articles_per_s_per_core"] = round(result["articles_per_s"] / workers, 2)
        result["load_before"], result["load_after"] = before, load_average()
        runs.append(result)
        print(json.dumps(result), flush=True)
    base = runs[0]["articles_per_s"]
    cpu = {r["workers"]: r["cpu_seconds_parent"] + r["cpu_seconds_workers"] for r in runs}
    print(json.dumps({
        "articles": len(files),
        "speed_up": {r["workers"]: round(r["articles_per_s"] / base, 3) for r in runs},
        # CPU seconds of all processes of a run over those of the first run: the work the pool
        # adds (start-up of each worker, sending documents back); with free cores the speed-up
        # of N workers is at most N divided by it
        "cpu_work_ratio": {w: round(c / cpu[runs[0]["workers"]], 3) for w, c in cpu.items()},
    }))


if __name__ == "__main__":
    main()

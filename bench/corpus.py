"""What the benchmarks share: the articles of a corpus folder, fresh child processes, load."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SINGLE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")}


def corpus_files(folder: str, count: int) -> list[str]:
    """The first ``count`` article files under ``folder`` (sorted; READMEs and notes left out).

    With a folder of category subfolders (the BBC News set) the files are taken in turn from
    each subfolder, so a sample of any size mixes the categories."""
    root = Path(folder)
    if not root.is_dir():
        sys.exit(f"no corpus folder at {folder}")
    groups = [sorted(p for p in sub.rglob("*.txt") if p.is_file()) for sub in sorted(root.iterdir()) if sub.is_dir()]
    groups = [g for g in groups if g] or [sorted(p for p in root.rglob("*.txt") if p.is_file() and not p.name.upper().startswith("README"))]
    mixed = [path for row in _zip_longest(groups) for path in row]
    return [str(p) for p in mixed[:count]]


def _zip_longest(groups: list[list[Path]]):
    for index in range(max(len(g) for g in groups)):
        yield [g[index] for g in groups if index < len(g)]


def run_child(script: str, payload: dict, env: dict | None = None) -> dict:
    """Run ``bench/<script>`` in a fresh Python process; it reads JSON on stdin, prints JSON."""
    full_env = {**os.environ, **SINGLE_THREAD, **(env or {})}
    done = subprocess.run([sys.executable, str(HERE / script)], input=json.dumps(payload), capture_output=True, text=True, env=full_env, check=False)
    if done.returncode != 0:
        sys.exit(f"{script} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def load_average() -> str:
    """The 1, 5 and 15 minute load averages and the core count, to print beside timings."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"

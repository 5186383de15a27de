"""Fuzz one target of fuzz/targets.py with atheris (libFuzzer), bounded in inputs and time.

    .venv/bin/python fuzz/run.py TARGET [--runs 100000] [--max-seconds 1800] [--timeout 10]
    .venv/bin/python fuzz/run.py all --runs 100000      # every cheap target in turn

The fuzzer runs in a child process (libFuzzer ends its process when it is done) started from
the seeds of fuzz/seeds.py, with newsgraph's code instrumented for coverage.  An exception
outside the contract of fuzz/targets.py, an input running longer than ``--timeout`` seconds
(a hang) or a crash stops the run; the input that did it is kept in ``--artifacts`` and
its path printed.  The last line printed is one JSON object: the target, the inputs run,
the seconds, and the finding (null when there was none).  Exit status 0 only without one.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: make the fuzz package importable

from fuzz import CHEAP, TARGETS  # noqa: E402  (names only: newsgraph is imported instrumented, in the child)

MAX_LEN = {"stages": 2048, "pipeline": 2048}  # bytes per input; the spaCy parse dominates
DONE = re.compile(r"Done (\d+) runs in (\d+) second")
ARTIFACT = re.compile(r"Test unit written to (\S+)")


def child(target: str, runs: int, seconds: int, timeout: int, artifacts: str) -> None:
    """This process becomes the fuzzer: libFuzzer exits it when done."""
    import atheris

    with atheris.instrument_imports(include=["newsgraph", "fuzz.targets", "fuzz.seeds"]):  # the parsers it calls would cost 30x the speed
        from fuzz import seeds, targets
    targets.warm_up()
    check = targets.target(target)
    with tempfile.TemporaryDirectory() as corpus:
        for number, seed in enumerate(seeds.seeds(target)):
            Path(corpus, f"seed-{number}").write_bytes(seed)
        argv = [sys.argv[0], f"-runs={runs}", f"-max_total_time={seconds}", f"-timeout={timeout}", "-rss_limit_mb=4096",
                f"-max_len={MAX_LEN.get(target, 16384)}", f"-artifact_prefix={artifacts}/", "-print_final_stats=1", corpus]
        atheris.Setup(argv, check)
        atheris.Fuzz()


def run(target: str, runs: int, seconds: int, timeout: int, artifacts: str) -> dict:
    """Fuzz ``target`` in a child process; what it did, and its finding if any."""
    Path(artifacts).mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    command = [sys.executable, __file__, target, "--child", f"--runs={runs}", f"--max-seconds={seconds}", f"--timeout={timeout}", f"--artifacts={artifacts}"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120, check=False)
        log, code = done.stderr, done.returncode
    except subprocess.TimeoutExpired as expired:  # libFuzzer missed its own time bound: a hang
        log, code = (expired.stderr or b"").decode(errors="replace"), -1
    counted = DONE.search(log)
    finding = None
    if code != 0 or not counted:
        written = ARTIFACT.search(log)
        finding = {"exit_code": code, "input": written.group(1) if written else None, "log_tail": log[-3000:]}
    return {
        "target": target,
        "inputs": int(counted.group(1)) if counted else _last_count(log),
        "seconds": round(time.monotonic() - started, 1),
        "finding": finding,
    }


def _last_count(log: str) -> int | None:
    """The input count of libFuzzer's last status line (``#12345 ...``) when it did not finish."""
    counts = re.findall(r"^#(\d+)\s", log, flags=re.MULTILINE)
    return int(counts[-1]) if counts else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("target", choices=(*TARGETS, "all"), help="a layer to fuzz, or all: every cheap layer in turn")
    parser.add_argument("--runs", type=int, default=100_000, help="inputs to run (libFuzzer -runs)")
    parser.add_argument("--max-seconds", type=int, default=1_800, help="stop after this many seconds even if the inputs are not all run")
    parser.add_argument("--timeout", type=int, default=10, help="seconds after which one input counts as a hang")
    parser.add_argument("--artifacts", default="fuzz-findings", help="folder for inputs that broke the contract")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.target, args.runs, args.max_seconds, args.timeout, args.artifacts)
        return
    failed = False
    for target in CHEAP if args.target == "all" else (args.target,):
        result = run(target, args.runs, args.max_seconds, args.timeout, args.artifacts)
        print(json.dumps(result), flush=True)
        failed = failed or result["finding"] is not None
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

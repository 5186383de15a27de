"""Child process of the benchmarks: `ingest` of the given files into a new SQLite store.

Reads {"files": [...], "workers": N, "recycle_after": M} on stdin; prints one JSON line: the
start-up (process start to pipeline built, and with one worker the pipeline warmed up: model and
resources loaded), the wall-clock seconds from the start of the process (imports, model load
and all), the seconds of the ingest itself, the ingest summary, the pool's report and peak memory.
"""

from __future__ import annotations

import inspect
import json
import resource
import sys
import tempfile
import time

STARTED = time.perf_counter()

from newsgraph.engines import ingest_paths  # noqa: E402
from newsgraph.pipeline import Pipeline  # noqa: E402
from newsgraph.store import open_store  # noqa: E402


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return round(usage.ru_utime + usage.ru_stime, 1)


def main() -> None:
    job = json.load(sys.stdin)
    workers = job.get("workers", 1)
    options = {"workers": workers}
    report = None
    if "pool_report" in inspect.signature(ingest_paths).parameters:  # older engines have none
        from newsgraph.engines.pool import PoolReport

        report = PoolReport()
        options.update(pool_report=report, recycle_after=job.get("recycle_after", 0))
    lazy = {"lazy_model": True} if "lazy_model" in inspect.signature(Pipeline).parameters else {}
    pipeline = Pipeline(**lazy)
    if workers == 1:  # this process analyses: be ready (model and resources loaded) before the clock starts
        if hasattr(pipeline, "warm_up"):
            pipeline.warm_up()
        elif hasattr(pipeline.analyzer, "load"):  # older versions
            pipeline.analyzer.load()
    ready, ready_cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as folder, open_store(f"{folder}/bench.db") as store:
        summary = ingest_paths(job["files"], store, pipeline, **options)
    done, done_cpu = time.perf_counter(), time.process_time()
    print(json.dumps({
        "workers": workers,
        "startup_seconds": round(ready - STARTED, 2),
        "seconds_total": round(done - STARTED, 2),
        "seconds_ingest": round(done - ready, 2),
        "cpu_seconds_ingest": round(done_cpu - ready_cpu, 2),  # this process only
        "summary": {k: v for k, v in summary.to_dict().items() if k in ("read", "stored", "duplicates", "near_duplicates", "rejected")},
        "pool": report.to_dict() if report else None,
        "cpu_seconds_parent": _cpu(resource.RUSAGE_SELF),
        "cpu_seconds_workers": _cpu(resource.RUSAGE_CHILDREN),
        "peak_rss_mb_parent": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_mb_children": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }))


if __name__ == "__main__":
    main()

"""Child process of the benchmarks: the start-up of one worker, as a pool's worker does it.

Prints one JSON line: wall-clock and CPU seconds from the start of the process to the
pipeline ready (imports, stages built, model loaded), then to the first article analysed
(the indexes the stages load on first use), and the peak memory then.
"""

from __future__ import annotations

import json
import resource
import sys
import time

STARTED = time.perf_counter()


def main() -> None:
    from newsgraph.ingest import article_from_string
    from newsgraph.pipeline import Pipeline

    pipeline = Pipeline()
    getattr(pipeline.analyzer, "load", lambda: None)()
    ready, ready_cpu = time.perf_counter(), time.process_time()
    pipeline.run(article_from_string(sys.stdin.read()))
    done, done_cpu = time.perf_counter(), time.process_time()
    print(json.dumps({
        "ready_seconds": round(ready - STARTED, 2), "ready_cpu_seconds": round(ready_cpu, 2),
        "first_article_seconds": round(done - STARTED, 2), "first_article_cpu_seconds": round(done_cpu, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }))


if __name__ == "__main__":
    main()

"""Child process of the benchmarks: bare spaCy (the same model) over the given texts.

Reads {"texts": path of a JSON list, "model": name} on stdin; prints one JSON line: start-up
(process start to model loaded), the wall-clock and CPU seconds of `nlp.pipe` over the
texts, peak memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time

STARTED = time.perf_counter()


def main() -> None:
    job = json.load(sys.stdin)
    import spacy

    nlp = spacy.load(job["model"])
    nlp.max_length = max(nlp.max_length, 2_000_000)
    ready, ready_cpu = time.perf_counter(), time.process_time()
    with open(job["texts"], encoding="utf-8") as handle:
        texts = json.load(handle)
    count = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    done, done_cpu = time.perf_counter(), time.process_time()
    print(json.dumps({
        "articles": count,
        "startup_seconds": round(ready - STARTED, 2),
        "seconds": round(done - ready, 2),
        "cpu_seconds": round(done_cpu - ready_cpu, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }))


if __name__ == "__main__":
    main()

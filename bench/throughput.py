"""Throughput of the full pipeline as a ratio to the spaCy parse alone, measured in one run."""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from newsgraph import Pipeline
from newsgraph.ingest import article_from_string

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=40, help="how many times each example article is processed")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] * args.repeat
    pipeline = Pipeline()
    list(pipeline.analyzer.analyze_many(texts[:5]))  # warm up

    started = time.perf_counter()
    for _ in pipeline.analyzer.analyze_many(texts):
        pass
    baseline = _rate(len(texts), time.perf_counter() - started)

    started = time.perf_counter()
    for _ in pipeline.run_many(article_from_string(t) for t in texts):
        pass
    full = _rate(len(texts), time.perf_counter() - started)

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "articles": len(texts),
        "stages": list(pipeline.stage_names),
        "parse_only_articles_per_s": round(baseline, 1),
        "pipeline_articles_per_s": round(full, 1),
        "pipeline_to_parse_ratio": round(full / baseline, 3),
        "peak_memory_mb": round(peak_mb),
    }, indent=2))


if __name__ == "__main__":
    main()

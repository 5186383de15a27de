"""newsgraph end to end against bare spaCy with the same model on the same texts, in one run.

Both run in fresh single-threaded processes, one after the other (then in the other order with
--rounds 2), on one core each:

- bare spaCy: `spacy.load(model)` then `nlp.pipe` over the article texts (the texts newsgraph's
  readers make of the files, so both parse exactly the same characters);
- newsgraph: `ingest` of the files into a new SQLite store with one process: reading,
  cleaning, duplicate search, the parse, every stage and the writer.

Printed: articles per CPU second (the rate per core, which other work on the machine does
not skew) and per wall-clock second of each (model load excluded, start-up given apart),
peak resident memory, and the ratios newsgraph / spaCy.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile

from corpus import corpus_files, load_average, run_child

from newsgraph.ingest import read_inputs
from newsgraph.model import Article
from newsgraph.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True, help="a folder of article files (e.g. the BBC News set)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=1, help="2: spaCy, newsgraph, newsgraph, spaCy")
    args = parser.parse_args()
    settings = Settings.load()
    files = corpus_files(args.corpus, args.articles)
    texts = [item.text for item in read_inputs(files, settings) if isinstance(item, Article)]
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as handle:
        json.dump(texts, handle)
        handle.flush()
        order = ["spacy", "newsgraph", "newsgraph", "spacy"][: 2 * args.rounds] if args.rounds > 1 else ["spacy", "newsgraph"]
        results: dict[str, list[dict]] = {"spacy": [], "newsgraph": []}
        for name in order:
            load = load_average()
            if name == "spacy":
                run = run_child("child_spacy.py", {"texts": handle.name, "model": settings.model})
                run["articles_per_s"] = round(len(texts) / run["seconds"], 2)
                run["articles_per_cpu_s"] = round(len(texts) / run["cpu_seconds"], 2)
            else:
                run = run_child("child_ingest.py", {"files": files, "workers": 1})
                run["articles_per_s"] = round(len(texts) / run["seconds_ingest"], 2)
                run["articles_per_cpu_s"] = round(len(texts) / run["cpu_seconds_ingest"], 2)
                run["peak_rss_mb"] = run["peak_rss_mb_parent"]
            run["load_before"] = load
            results[name].append(run)
            print(json.dumps({name: run}), flush=True)
    rate = {name: statistics.mean(r["articles_per_s"] for r in runs) for name, runs in results.items()}
    cpu_rate = {name: statistics.mean(r["articles_per_cpu_s"] for r in runs) for name, runs in results.items()}
    peak = {name: max(r["peak_rss_mb"] for r in runs) for name, runs in results.items()}
    start = {name: statistics.mean(r["startup_seconds"] for r in runs) for name, runs in results.items()}
    print(json.dumps({
        "files": len(files), "articles": len(texts), "words": sum(len(t.split()) for t in texts),
        "articles_per_cpu_second": cpu_rate, "articles_per_wall_second": rate,
        "peak_rss_mb": peak, "startup_seconds": start,
        "throughput_ratio_cpu": round(cpu_rate["newsgraph"] / cpu_rate["spacy"], 3),
        "throughput_ratio_wall": round(rate["newsgraph"] / rate["spacy"], 3),
        "memory_ratio": round(peak["newsgraph"] / peak["spacy"], 3),
        "load_after": load_average(),
    }))


if __name__ == "__main__":
    main()

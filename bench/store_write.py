"""Writing speed and size on disk of each store backend, for a folder of articles.

The articles are analysed once (the slow part) and the documents kept in a cache file, so the
store is measured alone: each document is added in its own transaction with its fingerprint
and pipeline version, as ``newsgraph ingest`` does, then the corpus view is rebuilt.

    .venv/bin/python bench/store_write.py --corpus ../shared/eval/raw-news/bbc-news-2225 \
        --docs ~/bbc-docs.jsonl.gz [--workers 2] [--backend sqlite --backend postgresql]

PostgreSQL runs as a throwaway server (tests/pg_server.py) with fsync on, as in production.
Prints one JSON object per backend and a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.pg_server starts the PostgreSQL server

from newsgraph import Document, Pipeline, Rejection, extract_many  # noqa: E402
from newsgraph.corpus import rebuild  # noqa: E402
from newsgraph.corpus.dedup import signature, signature_bytes  # noqa: E402
from newsgraph.engines import pipeline_version  # noqa: E402
from newsgraph.ingest import read_inputs  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402
from newsgraph.store import open_store  # noqa: E402


def cached_documents(corpus: Path, cache: Path, workers: int) -> tuple[list[Document], str]:
    """The documents of ``corpus``, analysed once and kept in ``cache`` (JSON lines, gzip)."""
    if not cache.exists():
        pipeline = Pipeline()
        version = pipeline_version(pipeline)
        started = time.perf_counter()
        with gzip.open(cache, "wt", encoding="utf-8") as out:
            out.write(json.dumps({"pipeline_version": version}) + "\n")
            for item in extract_many(read_inputs([str(corpus)], Settings.load()), pipeline=pipeline, workers=workers):
                if not isinstance(item, Rejection):
                    out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        print(f"analysed {corpus} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with gzip.open(cache, "rt", encoding="utf-8") as lines:
        version = json.loads(next(lines))["pipeline_version"]
        return [Document.from_dict(json.loads(line)) for line in lines], version


def measure(url: str, docs: list[Document], version: str) -> dict:
    fingerprints = [signature_bytes(signature(doc.article.text)) for doc in docs]
    with open_store(url) as store:
        empty = store.size_bytes()  # the schema alone (PostgreSQL: the catalog of a new database)
        started = time.perf_counter()
        outcomes = [store.add(doc, fp, version).outcome for doc, fp in zip(docs, fingerprints)]
        seconds = time.perf_counter() - started
        stored = outcomes.count("stored")
        started = time.perf_counter()
        corpus = rebuild(store).to_dict()
        corpus_seconds = time.perf_counter() - started
        size = store.size_bytes()
        counts = store.counts()
    return {
        "backend": store.backend, "documents": len(docs), "stored": stored, "seconds": round(seconds, 2),
        "articles_per_s": round(stored / seconds, 1), "mb_per_1000_articles": round((size - empty) / stored * 1000 / 2**20, 2),
        "mb_total": round(size / 2**20, 1), "mb_empty": round(empty / 2**20, 1),
        "corpus_rebuild_s": round(corpus_seconds, 2), "corpus": corpus, "rows": counts,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval" / "raw-news" / "bbc-news-2225")
    parser.add_argument("--docs", type=Path, required=True, help="cache of the analysed documents (made if missing)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--backend", action="append", choices=["sqlite", "postgresql"], help="default: both")
    args = parser.parse_args()
    docs, version = cached_documents(args.corpus, args.docs, args.workers)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for backend in args.backend or ["sqlite", "postgresql"]:
            if backend == "sqlite":
                results.append(measure(str(Path(folder) / "bench.db"), docs, version))
            else:
                from tests.pg_server import find_bindir, running_postgres

                with running_postgres(find_bindir(), fsync=True) as server:
                    results.append(measure(server.new_database("bench"), docs, version))
    for result in results:
        print(json.dumps(result))
    print("\n| backend | articles stored | articles/s written | MB on disk per 1,000 articles | corpus rebuild (s) |\n|---|---|---|---|---|")
    for r in results:
        print(f"| {r['backend']} | {r['stored']} | {r['articles_per_s']} | {r['mb_per_1000_articles']} | {r['corpus_rebuild_s']} |")


if __name__ == "__main__":
    main()

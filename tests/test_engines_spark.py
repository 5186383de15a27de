"""The Spark engine in local mode gives the same events and the same store as the local engine.

Run on 20 articles of the BBC News set when it is beside the checkout (read where it lies),
else on the bundled example articles.  Bounded: local[2] with retries, one session.
"""

from __future__ import annotations

import json
import shutil

import pytest

from .conftest import EVAL_DATA, EXAMPLES

pytest.importorskip("pyspark")
pytestmark = [pytest.mark.slow, pytest.mark.spark, pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")]

BBC = EVAL_DATA / "raw-news" / "bbc-news-2225"
COUNT = 20


def _inputs() -> list[str]:
    if not BBC.is_dir():
        return [str(p) for p in sorted(EXAMPLES.iterdir()) if p.is_file()]
    groups = [sorted(sub.glob("*.txt")) for sub in sorted(BBC.iterdir()) if sub.is_dir()]
    mixed = [path for row in zip(*groups) for path in row]  # every category in turn
    return [str(p) for p in mixed[:COUNT]]


def _events(doc) -> list[tuple]:
    def actor(a):
        return json.dumps(a.to_dict(), sort_keys=True) if a is not None else None

    return sorted(((e.type, actor(e.actor), actor(e.recipient), e.date, e.mode) for e in doc.events), key=repr)


def test_spark_local_mode_gives_the_local_engines_events_and_store(tmp_path, pipeline):
    from newsgraph.engines import ingest_paths
    from newsgraph.engines.spark import SparkOptions, ingest_with_spark, spark_session
    from newsgraph.store import open_store

    inputs = _inputs()
    with open_store(str(tmp_path / "local.db")) as store:
        local = ingest_paths(inputs, store, pipeline).to_dict()
        local_docs = {doc.article.source_name: doc for doc in map(store.get, store_ids(store))}
    options = SparkOptions(master="local[2,2]", out=str(tmp_path / "docs.parquet"))
    session = spark_session(options)
    try:
        with open_store(str(tmp_path / "spark.db")) as store:
            spark = ingest_with_spark(inputs, store, pipeline, options=options, spark=session).to_dict()
            spark_docs = {doc.article.source_name: doc for doc in map(store.get, store_ids(store))}
        parquet_rows = _parquet_input_rows(session, tmp_path, pipeline)
    finally:
        session.stop()

    assert spark["outcomes"] == local["outcomes"] and spark["corpus"] == local["corpus"], spark["rejected_by_reason"]
    assert spark_docs.keys() == local_docs.keys() and len(local_docs) >= 5
    assert sum(len(d.events) for d in local_docs.values()) > 0
    for source, doc in local_docs.items():
        assert _events(spark_docs[source]) == _events(doc), source
    partitions = {p.name for p in (tmp_path / "docs.parquet").iterdir() if p.is_dir()}
    assert partitions and all(name.startswith("date=") for name in partitions)
    assert parquet_rows == [("2024-05-01", "Attack in Varnok", 1), ("2024-05-02", "Talks in Kestrel", 1)]


def _parquet_input_rows(session, tmp_path, pipeline) -> list[tuple]:
    """A Parquet input (one article a row, the columns of a JSON record), written only."""
    from newsgraph.engines.spark import SparkOptions, decode_row, ingest_with_spark

    rows = [
        ("Rebels attacked a police post in Varnok on Tuesday, officials in Kestrel said. Two officers were hurt.", "Attack in Varnok", "2024-05-01"),
        ("The prime minister of Valdoria met the foreign minister of Ostland in Kestrel on Monday to discuss trade.", "Talks in Kestrel", "2024-05-02"),
    ]
    session.createDataFrame(rows, "text string, title string, date string").write.parquet(str(tmp_path / "in.parquet"))
    options = SparkOptions(master="local[2,2]", out=str(tmp_path / "out.parquet"))
    summary = ingest_with_spark([str(tmp_path / "in.parquet")], None, pipeline, options=options, spark=session)
    assert summary.stored == 2 and summary.rejected_total == 0
    found = [decode_row(row) for row in session.read.parquet(options.out).orderBy("file_seq", "item").collect()]
    return sorted((doc.article.date.value, doc.article.title, len(doc.events)) for _item, doc in found)  # Parquet rows have no order


def store_ids(store) -> list[str]:
    return [row["id"] for row in store.articles(limit=1000)]

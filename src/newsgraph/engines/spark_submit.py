"""The Spark engine as a spark-submit application (the master and resources come from
spark-submit; see docs/spark.md).

    spark-submit [spark options] .../newsgraph/engines/spark_submit.py INPUT ... --parquet DIR [--db URL]
"""

from __future__ import annotations

import argparse
import json

# absolute imports: spark-submit runs this file as a script, outside its package
from newsgraph.engines.spark import SUBMITTED, SparkOptions, ingest_with_spark
from newsgraph.pipeline import Pipeline, parse_date_argument
from newsgraph.store import open_store


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="files, folders, Parquet or scheme:// URLs")
    parser.add_argument("--parquet", required=True, help="where the documents go, partitioned by date")
    parser.add_argument("--db", default=None, help="a store to load them into (a postgresql:// URL on a cluster)")
    parser.add_argument("--date", default=None, help="YYYY-MM-DD: the date of inputs that have none")
    args = parser.parse_args(argv)
    pipeline = Pipeline(lazy_model=True)  # the driver only plans: the executors load the model
    options = SparkOptions(master=SUBMITTED, out=args.parquet)
    date = parse_date_argument(args.date)
    if args.db is None:
        summary = ingest_with_spark(args.inputs, None, pipeline, date, options)
    else:
        with open_store(args.db) as store:
            summary = ingest_with_spark(args.inputs, store, pipeline, date, options)
    print(json.dumps(summary.to_dict()))


if __name__ == "__main__":  # spark-submit runs the file as a script
    main()

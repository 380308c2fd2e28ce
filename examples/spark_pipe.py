"""Run lede over JSON Lines with Apache Spark's RDD.pipe, in local mode or on a cluster.

lede is a filter, one JSON line in and one out, with no shared state, so Spark only has to
hand each partition's lines to a lede process on each worker:

    python3 examples/spark_pipe.py INPUT.jsonl OUTPUT_DIR [--lede PATH] [--partitions N]

Each input line is {"text": ..., "id": ..., "date": "YYYY-MM-DD"} (id and date optional);
the output directory holds lede's JSON Lines, one analysis per input line, with the id.
Needs pyspark (pip install pyspark) and Java. On a cluster, ship the lede binary to the
workers (spark-submit --files target/release/lede) and pass --lede ./lede.
"""

import argparse
import os
import time

from pyspark.sql import SparkSession


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--lede", default=os.path.abspath("target/release/lede"))
    ap.add_argument("--partitions", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()

    spark = SparkSession.builder.master("local[*]").appName("lede").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    start = time.time()
    lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
    # One lede process per partition, one thread each: Spark provides the parallelism.
    analyzed = lines.pipe(f"{args.lede} --input jsonl --jobs 1")
    analyzed.saveAsTextFile(args.output)
    count = spark.sparkContext.textFile(args.output).count()
    seconds = time.time() - start
    size = os.path.getsize(args.input)
    print(f"{count} articles, {size} bytes in {seconds:.1f} s ({size / seconds / 1e6:.1f} MB/s)")
    spark.stop()


if __name__ == "__main__":
    main()

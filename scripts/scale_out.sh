#!/usr/bin/env bash
# Runs the README's scale-out recipes on a corpus and checks them against one lede process:
# GNU parallel (`parallel --pipe`) must print the same bytes, Apache Spark (`rdd.pipe`, local
# mode, examples/spark_pipe.py) the same lines in some order. Prints each one's time.
# Usage: scripts/scale_out.sh [CORPUS_DIR]   (default: ../shared/data/bbc-news)
# Needs: a release build, python3; GNU parallel and pyspark with Java for their recipes (a
# recipe whose tools are missing is reported as skipped). Exits non-zero on any difference.
set -euo pipefail
# A corpus given on the command line is relative to where the script was started.
if [ $# -gt 0 ]; then corpus_arg=$(realpath -m -- "$1"); fi
cd "$(dirname "$0")/.."
bin=$PWD/target/release/lede
corpus=${corpus_arg:-../shared/data/bbc-news}
if [ -z "$(find "$corpus" -name '*.txt' -print -quit 2> /dev/null)" ]; then
  echo "scale_out.sh: no *.txt files under $corpus; give a corpus directory: scripts/scale_out.sh DIR" >&2
  exit 2
fi
[ -x "$bin" ] || cargo build --release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The corpus as JSON Lines: one article a line, its path as the id.
python3 - "$corpus" > "$tmp/in.jsonl" << 'EOF'
import json, pathlib, sys
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    print(json.dumps({"id": str(p), "text": p.read_text(encoding="utf-8")}))
EOF
lines=$(wc -l < "$tmp/in.jsonl")
bytes=$(stat -c %s "$tmp/in.jsonl")
echo "corpus: $lines articles, $bytes bytes of JSON Lines"

seconds() { python3 -c "import time; print(time.time())"; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }
failed=0

start=$(seconds)
"$bin" --input jsonl --jobs 2 < "$tmp/in.jsonl" > "$tmp/direct.jsonl"
echo "one process, --jobs 2: $(elapsed "$start" "$(seconds)") s"
[ "$(wc -l < "$tmp/direct.jsonl")" -eq "$lines" ] || { echo "one process: wrong line count"; exit 1; }

if command -v parallel > /dev/null; then
  start=$(seconds)
  parallel --pipe --block 1M --keep-order -j 2 "$bin" --input jsonl --jobs 1 \
    < "$tmp/in.jsonl" > "$tmp/parallel.jsonl"
  took=$(elapsed "$start" "$(seconds)")
  if cmp -s "$tmp/direct.jsonl" "$tmp/parallel.jsonl"; then
    echo "GNU parallel: $took s, output identical"
  else
    echo "GNU parallel: $took s, OUTPUT DIFFERS"
    failed=1
  fi
else
  echo "GNU parallel: skipped (not installed)"
fi

if python3 -c "import pyspark" 2> /dev/null && command -v java > /dev/null; then
  start=$(seconds)
  python3 examples/spark_pipe.py "$tmp/in.jsonl" "$tmp/spark" --lede "$bin" 2> "$tmp/spark.log" \
    || { cat "$tmp/spark.log"; exit 1; }
  took=$(elapsed "$start" "$(seconds)")
  if cmp -s <(sort "$tmp/direct.jsonl") <(cat "$tmp"/spark/part-* | sort); then
    echo "Apache Spark, local mode: $took s with Spark's start-up, output identical (sorted)"
  else
    echo "Apache Spark, local mode: $took s, OUTPUT DIFFERS"
    failed=1
  fi
else
  echo "Apache Spark: skipped (pyspark or java missing)"
fi
exit "$failed"

#!/usr/bin/env bash
# Process-level figures for lede: start-up, throughput on one and two cores, peak memory,
# and time at 1, 10 and 100 MB for one long line and for many short lines.
# Usage: scripts/bench.sh [CORPUS_DIR]   (default: ../shared/data/bbc-news)
# Needs: a release build (cargo build --release), GNU time (/usr/bin/time); uses hyperfine
# when installed. Large inputs are generated into a temporary directory and removed.
set -euo pipefail
# A corpus given on the command line is relative to where the script was started.
if [ $# -gt 0 ]; then corpus_arg=$(realpath -m -- "$1"); fi
cd "$(dirname "$0")/.."
bin=target/release/lede
corpus=${corpus_arg:-../shared/data/bbc-news}
if [ -z "$(find "$corpus" -name '*.txt' -print -quit 2> /dev/null)" ]; then
  echo "bench.sh: no *.txt files under $corpus; give a corpus directory: scripts/bench.sh DIR" >&2
  exit 2
fi
[ -x "$bin" ] || cargo build --release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

find "$corpus" -name '*.txt' | sort > "$tmp/files"
xargs cat < "$tmp/files" > "$tmp/corpus.txt"
bytes=$(stat -c %s "$tmp/corpus.txt")
# The start-up article: the shared sample article when present, else the corpus's first.
sample=$(find ../shared/seeds -name '*.txt' 2> /dev/null | sort | head -n 1)
[ -n "$sample" ] || sample=$(head -n 1 "$tmp/files")
echo "corpus: $(wc -l < "$tmp/files") files, $bytes bytes; start-up article: $(basename "$sample"), $(stat -c %s "$sample") bytes"

# Seconds and peak RSS (KB) of a command, stdout to /dev/null.
measure() { /usr/bin/time -f "%e %M" "$@" > /dev/null 2> "$tmp/time" || true; tail -n 1 "$tmp/time"; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / s / 1e6 : 0) }'; }

echo
echo "## start-up: one article, process start to exit"
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 5 --runs 100 --export-json "$tmp/h.json" "$bin --compact $sample" > /dev/null
  python3 -c "import json; r = json.load(open('$tmp/h.json'))['results'][0]; print('median %.2f ms, mean %.2f ms, min %.2f ms' % (r['median'] * 1e3, r['mean'] * 1e3, r['min'] * 1e3))"
else
  for i in $(seq 20); do measure "$bin" --compact "$sample"; done | sort -n | awk 'NR == 10 { print "median " $1 " s" }'
fi
read -r s kb <<< "$(measure "$bin" --compact "$sample")"
echo "peak RSS ${kb} KB"

echo
echo "## throughput (JSON Lines to /dev/null)"
# Enough copies of the corpus for a few seconds of work.
for i in 1 2 3 4; do cat "$tmp/files"; done > "$tmp/files4"
total=$((bytes * 4))
for jobs in 1 2; do
  read -r s kb <<< "$(measure xargs -a "$tmp/files4" "$bin" --compact --jobs "$jobs")"
  echo "files, --jobs $jobs: $total bytes in $s s = $(mbps "$total" "$s") MB/s, peak RSS $kb KB"
done
read -r s kb <<< "$(measure "$bin" --compact "$tmp/corpus.txt")"
echo "one input of $bytes bytes: $s s = $(mbps "$bytes" "$s") MB/s, peak RSS $kb KB"

echo
echo "## growth: one line without newlines, and many short lines"
tr '\n' ' ' < "$tmp/corpus.txt" > "$tmp/line.txt"
for mb in 1 10 100; do
  head -c $((mb * 1000000)) "$tmp/line.txt" > "$tmp/l$mb.txt" 2> /dev/null || true
  while [ "$(stat -c %s "$tmp/l$mb.txt")" -lt $((mb * 1000000)) ]; do cat "$tmp/line.txt" >> "$tmp/l$mb.txt"; done
  truncate -s $((mb * 1000000)) "$tmp/l$mb.txt"
  # Cut back to a whole UTF-8 character.
  python3 -c "import sys; p = sys.argv[1]; b = open(p, 'rb').read(); open(p, 'wb').write(b.decode('utf-8', 'ignore').encode())" "$tmp/l$mb.txt"
  read -r s kb <<< "$(measure "$bin" --compact "$tmp/l$mb.txt")"
  echo "one line, $mb MB: $s s, peak RSS $kb KB"
  rm -f "$tmp/l$mb.txt"
done
for n in 100000 1000000 10000000; do
  awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) print "Word." }' > "$tmp/short.txt"
  read -r s kb <<< "$(measure "$bin" --compact "$tmp/short.txt")"
  echo "$n one-word lines: $s s, peak RSS $kb KB"
done

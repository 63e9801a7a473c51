#!/usr/bin/env bash
# Makes a corpus of N text disclosures for batch and Spark benchmarks: the three budget seeds 000, 001 and 004
# (ingest/src/test/resources/seeds; 003 is a final-accounts disclosure, which the reader does not read yet) copied
# round-robin, 1,000 files per subdirectory. Identical copies let the reader's and checker's memo caches
# hit more often than real, varied documents would; docs/benchmarks.md says so next to the figures.
# Usage: benchmarks/batch/seed-corpus.sh N DIR
set -euo pipefail
n=$1
dir=$2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seeds=("$root"/ingest/src/test/resources/seeds/00[014]_*.txt)
mkdir -p "$dir"
for ((i = 0; i < n; i++)); do
  sub="$dir/$(printf '%03d' $((i / 1000)))"
  [ -d "$sub" ] || mkdir -p "$sub"
  seed="${seeds[$((i % ${#seeds[@]}))]}"
  cp "$seed" "$sub/$(printf '%06d' "$i")_$(basename "$seed")"
done
echo "$n documents in $dir" >&2

#!/usr/bin/env bash
# How batch time grows with the corpus: gongkai batch (2 threads, Parquet) over generated text corpora of each
# size given; per-document CPU time is the figure linearity is about. Corpora are generated once into
# $GONGKAI_BENCH_DIR (default /tmp/gongkai-bench) and reused. On an idle 2-core machine 1k and 10k take under
# 4 minutes together (generation aside); 100k takes about ten times 10k.
# Usage: benchmarks/scripts/batch-growth.sh [SIZE...]   (default: 1000 10000)
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for n in "${sizes[@]}"; do
  dir=$(corpus txt "$n")
  timed "batch, text, 2 threads" "$n" java -Xmx2g -jar "$jar" batch "$dir" --out "$out/o$n" --threads 2 \
      --format parquet
done

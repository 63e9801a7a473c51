#!/usr/bin/env bash
# gongkai batch over N generated PDFs (the planted-defect corpus rendered by the render module's PDF writer),
# 2 threads, Parquet. The corpus is generated once into $GONGKAI_BENCH_DIR (default /tmp/gongkai-bench) and reused.
# Usage: benchmarks/scripts/batch-pdf.sh [N=1000]
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n=${1:-1000}
dir=$(corpus pdf "$n")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
timed "batch, PDF, 2 threads" "$n" java -Xmx2g -jar "$jar" batch "$dir" --out "$out/o" --threads 2 --format parquet

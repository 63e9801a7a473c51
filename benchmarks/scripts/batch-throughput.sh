#!/usr/bin/env bash
# Batch throughput: `gongkai batch` (2 threads, Parquet) over a generated planted-defect corpus of each size given,
# from JVM start to the last part written; one line per size (see lib.sh's `timed`). Per-document CPU across sizes
# is what linearity is about.
#
# Usage: benchmarks/scripts/batch-throughput.sh [SIZE...]          (default: 10000; build first:
#                                                                  ./mvnw -q -pl cli -am package -DskipTests)
#   benchmarks/scripts/batch-throughput.sh 1000 10000 100000       growth with size
#   FORMAT=pdf benchmarks/scripts/batch-throughput.sh 1000         1,000 generated PDFs (also docx, xlsx)
#   FORMAT=seeds benchmarks/scripts/batch-throughput.sh 10000      copies of the seeds, for comparison
#   GONGKAI_JAVA_OPTIONS="-XX:+UseG1GC" ...                       other JVM options than the launcher's (./gongkai)
# Corpora are generated once into $GONGKAI_BENCH_DIR (default /tmp/gongkai-bench); 10,000 text documents take
# about 2 minutes to generate on 2 idle cores.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
format=${FORMAT:-txt}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for n in "${sizes[@]}"; do
  dir=$(corpus "$format" "$n")
  timed "batch, $format, 2 threads" "$n" "$root/gongkai" batch "$dir" --out "$out/o$n" --threads 2 --format parquet
done

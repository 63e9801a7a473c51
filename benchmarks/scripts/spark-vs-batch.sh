#!/usr/bin/env bash
# Spark 4 local[2] (CorpusAuditJob through SparkSubmit, benchmarks/scripts/spark-submit-local.sh) against
# gongkai batch --threads 2, back to back, over the same generated planted-defect text corpus.
# Usage: benchmarks/scripts/spark-vs-batch.sh [N=500]
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
n=${1:-500}
dir=$(corpus txt "$n")
# Build the job jar now if it is missing or stale, outside the timing (spark-submit-local.sh checks it too).
if stale "$root/spark/target/gongkai-spark.jar"; then
  (cd "$root" && ./mvnw -q -B -pl spark -am package -DskipTests)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# spark-submit-local.sh dumps the driver's class archive on its first run and maps it later: make it now, over the
# budget seeds, so that the timed run measures what every later run gets (as lib.sh does for batch's archive).
if [ "${GONGKAI_CDS:-1}" != 0 ] && [ ! "$root/spark/target/spark-submit-local.jsa" -nt "$root/spark/target/gongkai-spark.jar" ]; then
  "$root/benchmarks/scripts/spark-submit-local.sh" 'local[2]' "$root/ingest/src/test/resources/seeds" "$out/warm" \
    > /dev/null 2>&1 || true
fi
timed "Spark local[2]" "$n" "$root/benchmarks/scripts/spark-submit-local.sh" 'local[2]' "$dir" "$out/spark"
timed "batch, 2 threads" "$n" "$root/gongkai" batch "$dir" --out "$out/batch" --threads 2 --format parquet

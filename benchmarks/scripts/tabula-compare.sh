#!/usr/bin/env bash
# Gongkai's PDF reader against tabula-java on the same PDFs: time per document and cells right against the
# hand-typed goldens. See docs/benchmarks.md ("Table extraction against tabula-java").
# Usage (from the repository root, after `./mvnw -q -pl benchmarks,benchmarks-tabula -am package -DskipTests`):
#   benchmarks/scripts/tabula-compare.sh [DIR] [WARMUP] [REPEATS]
# Needs LibreOffice (soffice) for the third-party PDFs. Prints the machine load, then one Markdown table.
set -euo pipefail
dir=${1:-/tmp/gongkai-tabula}
warmup=${2:-3}
repeats=${3:-5}
rm -rf "$dir" && mkdir -p "$dir"
echo "load before: $(uptime)"
java -cp benchmarks/target/benchmarks.jar io.gongkai.benchmarks.TableComparison prepare "$dir"
java -jar benchmarks-tabula/target/benchmarks-tabula.jar "$dir" "$warmup" "$repeats" "$dir"/lo-*.pdf "$dir"/gk-*.pdf \
  | tee "$dir/tabula-times.tsv"
java -cp benchmarks/target/benchmarks.jar io.gongkai.benchmarks.TableComparison score "$dir" "$warmup" "$repeats"
echo "load after: $(uptime)"

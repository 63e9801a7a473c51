# Shared by the benchmark scripts: the jar, generated corpora kept between runs, and one timed run per line.
# Source it: . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/cli/target/gongkai.jar"
bench_dir=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench}
# stale JAR: the jar is missing or a module's main sources or a pom are newer than it (the launcher's own test).
stale() {
  [ ! -f "$1" ] || [ -n "$(cd "$root" && find . -path ./.git -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
    -type f -newer "$1" -print -quit)" ]
}
# The launcher builds the jar when it is missing or older than the sources: let it do so now, outside any timing.
"$root/gongkai" --help > /dev/null
# The launcher dumps a class archive (AppCDS) on a command's first run and maps it on later ones: make batch's now,
# from a run over the budget seeds, so that no timed run pays for the dump (docs/benchmarks.md, "Fourth session").
if [ ! "$root/cli/target/gongkai-batch.jsa" -nt "$jar" ]; then
  warm_out=$(mktemp -d)
  "$root/gongkai" batch "$root/ingest/src/test/resources/seeds" --out "$warm_out/o" --threads 2 > /dev/null 2>&1 || true
  rm -rf "$warm_out"
fi
mkdir -p "$bench_dir"

# corpus FORMAT N: prints the directory of a generated planted-defect corpus of N documents in FORMAT (defect rate
# 0.5), generating it on first use only (generation is never part of a timing). Two generators run in parallel,
# half each: seed 20261122 into a/ and seed 20261123 into b/. FORMAT "seeds" instead copies the budget seeds
# 000, 001 and 004 round-robin (identical copies flatter the reader's and checker's memo caches).
corpus() {
  local format=$1 n=$2
  local dir="$bench_dir/$format-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "generating $n $format documents in $dir (once; not timed) ..." >&2
    if [ "$format" = seeds ]; then
      local seeds=("$root"/ingest/src/test/resources/seeds/00[014]_*.txt) i sub seed
      for ((i = 0; i < n; i++)); do
        sub="$dir/$(printf '%03d' $((i / 1000)))"
        [ -d "$sub" ] || mkdir -p "$sub"
        seed="${seeds[$((i % ${#seeds[@]}))]}"
        cp "$seed" "$sub/$(printf '%06d' "$i")_$(basename "$seed")"
      done
    else
      local half=$((n / 2))
      java -Xmx2g -jar "$jar" corpus --count "$half" --seed 20261122 --out "$dir/a" --formats "$format" >&2 &
      local first=$!
      java -Xmx2g -jar "$jar" corpus --count $((n - half)) --seed 20261123 --out "$dir/b" --formats "$format" >&2
      wait "$first"
    fi
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# timed LABEL N COMMAND...: runs COMMAND, then prints one line: wall, documents/s on wall time, CPU (user + sys of
# the command and its children), CPU ms per document, the documents/s that CPU allows on 2 idle cores, max RSS,
# and the load average before and after (the figures mean something only on a quiet machine).
timed() {
  local label=$1 n=$2
  shift 2
  local load_before times
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  times=$(mktemp)
  /usr/bin/time -f "%e %U %S %M" -o "$times" "$@" > /dev/null 2> "$times.err" || { cat "$times.err" >&2; return 1; }
  tail -1 "$times.err" >&2
  read -r wall user sys rss < "$times"
  awk -v l="$label" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v a="$load_before" \
      -v b="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
        printf "%-30s %7d docs  wall %7.1f s  %6.1f docs/s  CPU %7.1f s  %6.2f ms CPU/doc (%4.0f docs/s on 2 cores)  RSS %5d MB  load %s -> %s\n",
               l, n, w, n / w, u + s, 1000 * (u + s) / n, 2 * n / (u + s), m / 1024, a, b }'
  rm -f "$times" "$times.err"
}

# Shared by the benchmark scripts: the jar, generated corpora kept between runs, and one timed run per line.
# Source it: . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/cli/target/gongkai.jar"
bench_dir=${GONGKAI_BENCH_DIR:-/tmp/gongkai-bench}
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -pl cli -am package -DskipTests)
mkdir -p "$bench_dir"

# corpus FORMAT N: prints the directory of a generated planted-defect corpus of N documents in FORMAT (seed
# 20261122, defect rate 0.5), generating it on first use only (generation is not part of any timing).
corpus() {
  local format=$1 n=$2
  local dir="$bench_dir/$format-$n"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    echo "generating $n $format documents in $dir (once; not timed) ..." >&2
    java -Xmx2g -jar "$jar" corpus --count "$n" --seed 20261122 --out "$dir" --formats "$format" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# timed LABEL N COMMAND...: runs COMMAND, then prints one line: wall, documents/s on wall time, CPU (user + sys of
# the command and its children), CPU ms per document, and the load average before and after.
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
        printf "%-34s %7d docs  wall %8.1f s  %7.1f docs/s  CPU %8.1f s  %7.1f ms CPU/doc  RSS %5d MB  load %s -> %s\n",
               l, n, w, n / w, u + s, 1000 * (u + s) / n, m / 1024, a, b }'
  rm -f "$times" "$times.err"
}

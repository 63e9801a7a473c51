#!/usr/bin/env bash
# Database import throughput: `gongkai import` of one generated corpus into H2 (a fresh data directory) and into
# PostgreSQL (a throwaway cluster of the Debian package `postgresql`, started here as the postgres user), then a
# second H2 run over the same corpus (everything skipped). Prints documents/s on wall time and the CPU seconds of
# the import process (user + sys), and for PostgreSQL also the server's CPU seconds. Under 4 minutes on an idle
# 2-core machine with the default 300 documents.
# Usage: benchmarks/scripts/import-throughput.sh [COUNT] [THREADS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count=${1:-300}
threads=${2:-2}
jar="$root/cli/target/gongkai.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -pl cli -am package -DskipTests)
work=$(mktemp -d /tmp/gongkai-import-bench.XXXXXX)
chmod 755 "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
cleanup() {
  if [ -n "${pgbin:-}" ] && [ -f "$work/pg/postmaster.pid" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar "$jar" corpus --count "$count" --seed 20261122 --out "$work/corpus" 2>/dev/null
echo "corpus: $count generated text documents (seed 20261122)"

# run LABEL ARGS...: times one import; prints documents/s (wall) and CPU (user+sys) of the java process.
run() {
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" java -Xmx1g -jar "$jar" import "$work/corpus" --threads "$threads" \
      "$@" 2>"$work/log" || true
  tail -1 "$work/log"
  read -r wall user sys < "$work/time"
  awk -v l="$label" -v n="$count" -v w="$wall" -v u="$user" -v s="$sys" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "%-28s wall %7.1f s  %6.1f docs/s (wall)  CPU %6.1f s  %6.1f ms CPU/doc  load %s\n",
             l, w, n / w, u + s, 1000 * (u + s) / n, load }'
}

run "H2 (fresh ./data)" --data "$work/h2"
run "H2 again (all skipped)" --data "$work/h2"

if [ -z "$pgbin" ]; then
  echo "PostgreSQL: skipped (apt-get install postgresql)"
  exit 0
fi
mkdir -p "$work/pg" && chown postgres "$work/pg"
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres -A trust >/dev/null
port=55432
runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" \
  -l "$work/pg/log" -w start >/dev/null
runuser -u postgres -- "$pgbin/createdb" -h 127.0.0.1 -p $port -U postgres gongkai
postmaster=$(head -1 "$work/pg/postmaster.pid")
ticks=$(getconf CLK_TCK)
# server_cpu: user + sys + children's (backends that have exited) of the postmaster, in seconds
server_cpu() { awk -v t="$ticks" '{ printf "%.1f", ($14 + $15 + $16 + $17) / t }' "/proc/$postmaster/stat"; }
before=$(server_cpu)
run "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}')" --db "jdbc:postgresql://127.0.0.1:$port/gongkai" \
  --db-user postgres
echo "PostgreSQL server CPU during the import: $(awk -v a="$before" -v b="$(server_cpu)" 'BEGIN{printf "%.1f", b - a}') s"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

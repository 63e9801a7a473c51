#!/usr/bin/env bash
# Load measurement of the web application with 10,000 stored reports, on H2 and on PostgreSQL (docs/benchmarks.md).
#
#   benchmarks/web/web-load.sh            # both databases; build the server; build each database once
#   DATABASES=h2 SKIP_BUILD=1 benchmarks/web/web-load.sh
#
# The databases are kept in $BENCH_DIR (default /tmp/gongkai-web-bench): a later run skips their generation
# (3–6 min each). Each URL is requested a few times to warm up, then wrk runs $CONNECTIONS connections for
# $DURATION on loopback. Printed per URL: p50/p90/p95/p99 latency, requests/s, errors, the server's CPU time per
# request (from /proc, user + system) and the load average.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/gongkai-web-bench}
COUNT=${COUNT:-10000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-4}
DATABASES=${DATABASES:-"h2 postgres"}
PORT=${PORT:-18081}
LUA="$ROOT/benchmarks/web/percentiles.lua"
mkdir -p "$BENCH_DIR"
cd "$ROOT"

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$BENCH_DIR/classpath.txt" ]; then
  echo "== building the server and its test classes"
  ./mvnw -q -o -pl server -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_DIR/classpath.txt"
fi
# The server runs from a copy, so that a build during the measurement cannot replace the jar under it.
cp "$ROOT/server/target/gongkai-server-exec.jar" "$BENCH_DIR/server.jar"
JAR="$BENCH_DIR/server.jar"
GENERATOR_CP="$ROOT/server/target/test-classes:$ROOT/server/target/classes:$(cat "$BENCH_DIR/classpath.txt")"

SERVER_PID=""
POSTGRES_PID=""
stop() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$POSTGRES_PID" ]; then kill "$POSTGRES_PID" 2>/dev/null || true; wait "$POSTGRES_PID" 2>/dev/null || true; fi
  SERVER_PID=""
  POSTGRES_PID=""
}
trap stop EXIT

start_server() { # database options...
  java -Xmx2g -jar "$JAR" --port "$PORT" --public --server.address=127.0.0.1 "$@" >"$BENCH_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/api/rules"; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "server died, see $BENCH_DIR/server.log"; exit 1; fi
    sleep 1
  done
  echo "server did not start within 10 min"; exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }

measure() { # database name url
  local database=$1 name=$2 url=$3
  for _ in 1 2 3 4 5; do curl -s -o /dev/null "$url"; done
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  local before after line load
  before=$(cpu_ticks)
  line=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s "$LUA" "$url" | grep '^RESULT')
  after=$(cpu_ticks)
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  # RESULT p50 p90 p95 p99 requests rps errors
  read -r _ p50 p90 p95 p99 requests rps errors <<<"$line"
  local cpu_ms
  cpu_ms=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }')
  printf '| %-8s | %-24s | %3s | %7s | %7s | %7s | %7s | %6s | %4s | %6s | %s |\n' "$database" "$name" "$status" \
    "$p50" "$p90" "$p95" "$p99" "$rps" "$errors" "$cpu_ms" "$load"
}

run_pages() { # database
  local base="http://127.0.0.1:$PORT"
  measure "$1" "list /" "$base/"
  measure "$1" "list /?year=2024" "$base/?year=2024"
  measure "$1" "report /reports/5000" "$base/reports/5000"
  measure "$1" "search /?q=商务" "$base/?q=%E5%95%86%E5%8A%A1"
  measure "$1" "search /?q=第777号" "$base/?q=%E7%AC%AC777%E5%8F%B7"
  measure "$1" "API /api/reports" "$base/api/reports"
  measure "$1" "API /api/reports/5000" "$base/api/reports/5000"
}

echo "| database | URL | HTTP | p50 ms | p90 ms | p95 ms | p99 ms | req/s | errors | server CPU ms/req | load average |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for database in $DATABASES; do
  case $database in
    h2)
      if [ ! -f "$BENCH_DIR/h2/gongkai.mv.db" ]; then
        echo "== generating $COUNT reports in H2 ($BENCH_DIR/h2)" >&2
        rm -rf "$BENCH_DIR/h2.partial"
        java -Xmx2g -cp "$GENERATOR_CP" io.gongkai.server.bench.BenchmarkDatabase h2 "$BENCH_DIR/h2.partial" \
          "$COUNT" >"$BENCH_DIR/generate-h2.log" 2>&1
        mv "$BENCH_DIR/h2.partial" "$BENCH_DIR/h2"
      fi
      start_server --data "$BENCH_DIR/h2"
      ;;
    postgres)
      if [ ! -f "$BENCH_DIR/postgres.filled" ]; then
        echo "== generating $COUNT reports in PostgreSQL ($BENCH_DIR/postgres)" >&2
        rm -rf "$BENCH_DIR/postgres"
      fi
      java -Xmx2g -cp "$GENERATOR_CP" io.gongkai.server.bench.BenchmarkDatabase postgres "$BENCH_DIR/postgres" \
        "$COUNT" >"$BENCH_DIR/postgres.log" 2>&1 &
      POSTGRES_PID=$!
      until grep -q '^ready ' "$BENCH_DIR/postgres.log"; do
        if ! kill -0 "$POSTGRES_PID" 2>/dev/null; then echo "PostgreSQL failed, see $BENCH_DIR/postgres.log"; exit 1; fi
        sleep 2
      done
      touch "$BENCH_DIR/postgres.filled"
      start_server --db "jdbc:postgresql://localhost:54329/postgres?user=postgres"
      ;;
  esac
  run_pages "$database"
  stop
done

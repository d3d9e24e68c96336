#!/usr/bin/env bash
# Benchmark of the live theme walls (docs/performance.md, "Live walls"), server and load generator
# together on this machine. Starts the production layout (scripts/run-production.sh, serial collector,
# heap capped at 512 MB, GC log) on 127.0.0.1 with a fresh data directory, waits until it is ready,
# runs bench/LiveLoad.java against it (the generator creates an event as the demo moderator, joins the
# posting participants, opens the streams, posts ideas and dots at the set rates and reports
# idea-to-screen latency, rates, errors, lost and duplicated events, and the server's heap and CPU),
# stops the server and prints the figures. Bounded in time: warm-up + duration + grace, plus setup.
#
# Usage: scripts/bench-live.sh [LiveLoad options]       (JAVA_HOME of a JDK 25 for the AOT cache)
#   defaults: --clients 2000 --ideas-per-second 20 --dots-per-second 200 --warmup 20 --duration 60
#   e.g. a short trial: scripts/bench-live.sh --clients 50 --warmup 0 --duration 10
# Environment: BENCH_PORT (18081), BENCH_JAVA_OPTS (server JVM options; default the launcher's
#   -XX:+UseSerialGC -Xmx512m -Xmn64m), BENCH_LOAD_JAVA_OPTS (the generator's; default -XX:+UseSerialGC
#   -Xmx1g), BENCH_KEEP=1 keeps the work directory (server log, GC log, samples).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18081}
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# 2,000 streams need 2,000 sockets on each side, plus the database connections and files
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge 8192 ] || { echo "ulimit -n is $(ulimit -n); 8192 or more needed" >&2; exit 1; }
[ -d target/production ] || scripts/build-production.sh >/dev/null
work=$(mktemp -d /tmp/werkstatt-bench-live-XXXXXX)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "work directory kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "$(date -Is) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?)" >&2
WERKSTATT_JAVA_OPTS="${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m -Xmn64m} -Xlog:gc:file=$work/gc.log" \
  WERKSTATT_DATA_DIR="$work/postgres" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 \
  scripts/run-production.sh >"$work/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
echo "server ready (pid $pid)" >&2

status=0
read -r -a load_opts <<< "${BENCH_LOAD_JAVA_OPTS:--XX:+UseSerialGC -Xmx1g}"
"$java_bin" "${load_opts[@]}" bench/LiveLoad.java --base "http://127.0.0.1:$PORT" \
  --clients 2000 --ideas-per-second 20 --dots-per-second 200 --warmup 20 --duration 60 --grace 10 \
  --result "$work/result.md" "$@" || status=$?

kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
# the heap after each collection, from the GC log: the live data, not the garbage between collections
awk '/Pause/ { split($0, a, "->"); if (a[2] != "") { sub(/\(.*/, "", a[2]); v = a[2] + 0; if (v > max) max = v } }
     END { if (max) printf "server heap after GC, max (GC log): %d MB\n", max }' "$work/gc.log" || true
exit $status

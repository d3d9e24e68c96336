#!/usr/bin/env bash
# What one idle live stream costs (issue 13, "Scale and memory"): starts the production layout
# (scripts/run-production.sh: serial collector, -Xmx512m -Xmn64m, plus native memory tracking) on 127.0.0.1 with
# a fresh data directory, opens idle participant streams on the demo's live workshop (code DEMO) in steps with
# bench/IdleStreams.java, and at each step runs a full collection and reads the heap in use, the live objects by
# class, the resident memory and the native memory. Prints heap per stream = Δheap / Δstreams against the
# warm-up, and the classes that grew most per stream. Nothing is posted: the streams only get keep-alives.
#
# Usage: scripts/measure-live-memory.sh [IdleStreams options]   (JAVA_HOME of a JDK 25)
#   defaults: --warmup 200 --steps 1000,2000,3000
#   e.g. scripts/measure-live-memory.sh --steps 1000,2000,4000,8000
# On a shared machine: flock /tmp/werkstatt-bench.lock scripts/measure-live-memory.sh
# Environment: BENCH_PORT (18210), BENCH_JAVA_OPTS (server JVM options; default -XX:+UseSerialGC -Xmx512m
#   -Xmn64m), BENCH_MAX_STREAMS (the server's WERKSTATT_LIVE_MAX_STREAMS; default 20000, so that the admission
#   limit does not cut the measurement), BENCH_KEEP=1 keeps the work directory (server log).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18210}
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ -d target/production ] || scripts/build-production.sh >/dev/null
work=$(mktemp -d /tmp/werkstatt-live-memory-XXXXXX)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "work directory kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "$(date -Is) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?), ulimit -n $(ulimit -n)" >&2
WERKSTATT_JAVA_OPTS="${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m -Xmn64m} -XX:NativeMemoryTracking=summary" \
  WERKSTATT_DATA_DIR="$work/postgres" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 \
  WERKSTATT_LIVE_MAX_STREAMS=${BENCH_MAX_STREAMS:-20000} scripts/run-production.sh >"$work/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
# the JVM's own pid (run-production.sh execs java)
echo "server ready (pid $pid)" >&2
"$java_bin" -Xmx256m bench/IdleStreams.java --base "http://127.0.0.1:$PORT" --pid "$pid" "$@"

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
. scripts/bench-server.sh
bench_work werkstatt-live-memory

echo "$(date -Is) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?), ulimit -n $(ulimit -n)" >&2
WERKSTATT_LIVE_MAX_STREAMS=${BENCH_MAX_STREAMS:-20000} bench_start "-XX:NativeMemoryTracking=summary"
"$java_bin" -Xmx256m bench/IdleStreams.java --base "http://127.0.0.1:$PORT" --pid "$pid" "$@"

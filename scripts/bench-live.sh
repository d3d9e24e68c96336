#!/usr/bin/env bash
# Benchmark of the live theme walls (docs/performance.md, "Live walls"), server and load generator
# together on this machine. Starts the production layout (scripts/run-production.sh, serial collector,
# heap capped at 512 MB, GC log) on 127.0.0.1 with a fresh data directory, waits until it is ready,
# runs bench/LiveLoad.java against it (the generator creates an event as the demo moderator, joins the
# posting participants, opens the streams, posts ideas and dots at the set rates and reports
# idea-to-screen latency, rates, errors, lost and duplicated events, and the server's heap and CPU),
# stops the server and prints the figures. Bounded in time: warm-up + duration + grace, plus setup.
#
# Usage: scripts/bench-live.sh [--scenario NAME] [LiveLoad options]   (JAVA_HOME of a JDK 25 for the AOT cache)
#   defaults: --clients 2000 --ideas-per-second 20 --dots-per-second 200 --warmup 20 --duration 60
#   e.g. a short trial: scripts/bench-live.sh --clients 50 --warmup 0 --duration 10
#   scenarios of issue 13 (options after the scenario override its values; see java bench/LiveLoad.java --help):
#     big          10,000 phones, 20 ideas/s, 200 dots/s (idea-to-screen p99 under 500 ms)
#     second-wave  2,000 phones stop reading (half-open, as after a Wi-Fi drop), 5 s later 2,000 more connect
#     vanish       2,000 phones, a fifth of them stop reading; the server's open streams must drop within seconds
#     storm        5,000 phones, 10 s in every one reconnects at once with Last-Event-ID, old connections left open
#     overload     the server's limit (BENCH_MAX_STREAMS, default 1000) + 20 % phones: the excess gets 503; the others p99 under 500 ms
#     dots         2,000 phones, 20 ideas/s, 1,000 dot actions/s on the 20 popular ideas, half of them taking a
#                  dot back that the same participant put (the write path: dots answered p99 under 100 ms)
# Environment: BENCH_PORT (18081), BENCH_JAVA_OPTS (server JVM options; default the launcher's
#   -XX:+UseSerialGC -Xmx512m -Xmn64m), BENCH_LOAD_JAVA_OPTS (the generator's; default -XX:+UseSerialGC
#   -Xmx1g), BENCH_MAX_STREAMS (the server's WERKSTATT_LIVE_MAX_STREAMS; default derived from the heap, 1000
#   for the overload scenario), BENCH_KEEP=1 keeps the work directory (server log, GC log, samples).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18081}
scenario=()
max_streams=${BENCH_MAX_STREAMS:-0}
if [ "${1:-}" = --scenario ]; then
  case "${2:-}" in
    big) scenario=(--clients 10000 --target-p99 500) ;;
    second-wave) scenario=(--clients 2000 --vanish 1 --second-wave 2000 --wave-delay 5) ;;
    vanish) scenario=(--clients 2000 --vanish 0.2) ;;
    storm) scenario=(--clients 5000 --storm 5000 --storm-at 10) ;;
    overload) scenario=(--overload 0.2 --target-p99 500); max_streams=${BENCH_MAX_STREAMS:-1000} ;;
    dots) scenario=(--clients 2000 --ideas-per-second 20 --dots-per-second 1000 --dot-pattern popular --hot 20 --take-back 0.5) ;;
    *) echo "unknown scenario '${2:-}': big, second-wave, vanish, storm, overload or dots" >&2; exit 1 ;;
  esac
  shift 2
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# 2,000 streams need 2,000 sockets on each side, plus the database connections and files
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
# each phone is a socket on both sides, a storm opens a second one per phone: 1.6 x the streams + 1,000
streams=2000
args=("${scenario[@]}" "$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in --clients) streams=${args[$((i + 1))]} ;; esac
done
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in --second-wave|--storm) streams=$((streams + ${args[$((i + 1))]})) ;; esac
done
need=$((streams * 16 / 10 + 1000))
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge "$need" ] || { echo "ulimit -n is $(ulimit -n); $need or more needed for $streams streams" >&2; exit 1; }
[ -d target/production ] || scripts/build-production.sh >/dev/null
. scripts/bench-server.sh
bench_work werkstatt-bench-live

echo "$(date -Is) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?)" >&2
WERKSTATT_LIVE_MAX_STREAMS=$max_streams bench_start "-Xlog:gc:file=$work/gc.log"

status=0
read -r -a load_opts <<< "${BENCH_LOAD_JAVA_OPTS:--XX:+UseSerialGC -Xmx1g}"
"$java_bin" "${load_opts[@]}" bench/LiveLoad.java --base "http://127.0.0.1:$PORT" \
  --clients 2000 --ideas-per-second 20 --dots-per-second 200 --warmup 20 --duration 60 --grace 10 \
  --result "$work/result.md" "${scenario[@]}" "$@" || status=$?

kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
# the heap after each collection, from the GC log: the live data, not the garbage between collections
awk '/Pause/ { split($0, a, "->"); if (a[2] != "") { sub(/\(.*/, "", a[2]); v = a[2] + 0; if (v > max) max = v } }
     END { if (max) printf "server heap after GC, max (GC log): %d MB\n", max }' "$work/gc.log" || true
exit $status

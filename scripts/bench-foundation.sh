#!/usr/bin/env bash
# Benchmark of the foundation (issue 2), on this machine, server and load generator together:
#  1. time from process start to ready (health/readiness UP) on an empty data directory,
#  2. the same on the existing data directory,
#  3. resident memory (RSS) of the idle server,
#  4. requests per second and latency percentiles of the public start page under 50 concurrent
#     clients for 30 s (wrk, on 127.0.0.1 only; bounded in time, stops by itself).
# Usage: scripts/bench-foundation.sh            (builds the jar if needed; needs wrk: apt-get install wrk)
# Prints a Markdown table row set for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-30s}
CLIENTS=${BENCH_CLIENTS:-50}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
jar=$(ls target/werkstatt-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/werkstatt-*.jar | grep -v plain | head -n 1)
fi
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
data=$(mktemp -d /tmp/werkstatt-bench-XXXXXX)
log="$data/server.log"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; echo "log kept: $log"' EXIT

start_and_time() {
  local begin end
  begin=$(date +%s%N)
  WERKSTATT_DATA_DIR="$data/postgres" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 \
    "$java_bin" -jar "$jar" >>"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "server died, see $log" >&2; tail -50 "$log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  elapsed_ms=$(( (end - begin) / 1000000 ))
}

stop() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

start_and_time
empty_ms=$elapsed_ms
stop
start_and_time
existing_ms=$elapsed_ms
curl -fs "http://127.0.0.1:$PORT/" >/dev/null
sleep 10
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
# warm-up, then the measured run
wrk -t2 -c"$CLIENTS" -d10s "http://127.0.0.1:$PORT/" >/dev/null
result=$(wrk -t2 -c"$CLIENTS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/")
rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
p50=$(echo "$result" | awk '$1=="50%" {print $2}')
p99=$(echo "$result" | awk '$1=="99%" {print $2}')
errors=$(echo "$result" | awk '/Non-2xx|Socket errors/ {print}')
stop

echo "| ready on an empty data directory | ${empty_ms} ms |"
echo "| ready on the existing data directory | ${existing_ms} ms |"
echo "| resident memory, idle after start | $((rss_kb / 1024)) MiB |"
echo "| start page, ${CLIENTS} clients, ${DURATION} | ${rps} requests/s, p50 ${p50}, p99 ${p99} ${errors:+($errors)} |"
echo
echo "$result"

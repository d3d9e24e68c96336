#!/usr/bin/env bash
# Benchmark of the foundation (issue 2), on this machine, server and load generator together.
#  1. time from process start to ready (health/readiness UP), on an empty and on the existing data
#     directory, for the plain jar (java -jar) and for the production layout with its AOT cache
#     (scripts/build-production.sh, scripts/run-production.sh);
#  2. resident memory (RSS) of the idle server after start;
#  3. requests per second and latency percentiles of the public start page under 50 concurrent
#     clients for 30 s (wrk on 127.0.0.1, bounded in time): "/" as an anonymous visitor gets (served
#     from the public page micro-cache); "/?lang=de" is rendered every time (a query string bypasses
#     the cache), to show the cost of a full render.
# Usage: scripts/bench-foundation.sh   (needs wrk: apt-get install wrk; JAVA_HOME of a JDK 25 for the AOT cache)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-30s}
CLIENTS=${BENCH_CLIENTS:-50}
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d target/production ] || scripts/build-production.sh >/dev/null
jar=$(ls target/werkstatt-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d /tmp/werkstatt-bench-XXXXXX)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

# start_and_time DATA_DIR COMMAND...: starts the server, sets elapsed_ms when it is ready
start_and_time() {
  local data=$1; shift
  local begin end
  begin=$(date +%s%N)
  WERKSTATT_DATA_DIR="$data" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 "$@" >>"$work/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  elapsed_ms=$(( (end - begin) / 1000000 ))
}

stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

load() {
  local url=$1 result
  result=$(wrk -t2 -c"$CLIENTS" -d"$DURATION" --latency "$url")
  echo "$result" >>"$work/wrk.txt"
  printf '%s requests/s, p50 %s, p99 %s, errors: %s' \
    "$(echo "$result" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$result" | awk '$1=="50%" {print $2}')" \
    "$(echo "$result" | awk '$1=="99%" {print $2}')" \
    "$(echo "$result" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' | sed 's/^$/none/')"
}

start_and_time "$work/plain/postgres" "$java_bin" -jar "$jar"; plain_empty=$elapsed_ms; stop
start_and_time "$work/plain/postgres" "$java_bin" -jar "$jar"; plain_existing=$elapsed_ms; stop
start_and_time "$work/prod/postgres" scripts/run-production.sh; prod_empty=$elapsed_ms; stop
start_and_time "$work/prod/postgres" scripts/run-production.sh; prod_existing=$elapsed_ms
sleep 10
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
# warm-up: the JIT compiler needs about a minute of load on two cores
wrk -t2 -c"$CLIENTS" -d60s "http://127.0.0.1:$PORT/" >/dev/null
wrk -t2 -c"$CLIENTS" -d30s "http://127.0.0.1:$PORT/?lang=de" >/dev/null
cached=$(load "http://127.0.0.1:$PORT/")
rendered=$(load "http://127.0.0.1:$PORT/?lang=de")
stop

cat <<TABLE
| measure | result |
|---|---|
| ready, empty data directory, \`java -jar\` | ${plain_empty} ms |
| ready, existing data directory, \`java -jar\` | ${plain_existing} ms |
| ready, empty data directory, production layout with AOT cache | ${prod_empty} ms |
| ready, existing data directory, production layout with AOT cache | ${prod_existing} ms |
| resident memory, idle after start (production layout) | $((rss_kb / 1024)) MiB |
| start page \`/\`, ${CLIENTS} clients, ${DURATION} (anonymous, micro-cached) | ${cached} |
| start page \`/?lang=de\`, ${CLIENTS} clients, ${DURATION} (rendered every time) | ${rendered} |
TABLE

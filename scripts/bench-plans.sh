#!/usr/bin/env bash
# Benchmark of the transparency pages (issue 4), on this machine, server and load generator together.
# Starts the production layout on a fresh data directory with the demo, adds bench/plan-seed.sql
# (a public plan with 1,000 measures, a workshop with 20,000 ideas and their published decisions),
# warms up, then serves each page to 50 concurrent clients for 30 s with wrk on 127.0.0.1:
#  - the public plan page and a measure page as an anonymous visitor asks for them (micro-cached for
#    5 s, like the start page);
#  - the same pages rendered every time (a query string passes the cache by), and the plan page
#    filtered by status, to show the cost of a full render.
# Usage: scripts/bench-plans.sh   (needs wrk: apt-get install wrk; JAVA_HOME of a JDK 21+, 25 for the AOT cache)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18081}
DURATION=${BENCH_DURATION:-30s}
CLIENTS=${BENCH_CLIENTS:-50}
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d target/production ] || scripts/build-production.sh >/dev/null
driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)
work=$(mktemp -d /tmp/werkstatt-bench-plans-XXXXXX)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

WERKSTATT_DATA_DIR="$work/postgres" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 scripts/run-production.sh \
  >"$work/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
db_port=$(sed -n 4p "$work/postgres/postmaster.pid")
"$java_bin" -cp "$driver" bench/RunSql.java "jdbc:postgresql://127.0.0.1:$db_port/postgres" postgres bench/plan-seed.sql
# the uuid PostgreSQL makes of md5(name)
uuid() { printf %s "$1" | md5sum | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'; }
plan=$(uuid bench-plan)
measure=$(uuid bench-measure-1)
base="http://127.0.0.1:$PORT"
for path in "/plans/$plan" "/measures/$measure"; do
  curl -fs -o /dev/null "$base$path" || { echo "$path does not answer 200" >&2; exit 1; }
done
echo "measures on the plan page: $(curl -s "$base/plans/$plan" | grep -o '[0-9.,]* von [0-9.,]* Maßnahmen' | head -n 1);" \
  "ideas on the measure page: $(curl -s "$base/measures/$measure" | grep -c '<blockquote')"

# warm-up: the JIT compiler needs about a minute of load on two cores
wrk -t2 -c"$CLIENTS" -d40s "$base/plans/$plan?warm=1" >/dev/null
wrk -t2 -c"$CLIENTS" -d20s "$base/measures/$measure?warm=1" >/dev/null

load() {
  local label=$1 path=$2
  local line
  line=$(wrk -t2 -c"$CLIENTS" -d"$DURATION" -s bench/percentiles.lua "$base$path" | grep '^RESULT')
  echo "| $label | ${line#RESULT } |"
}
echo "| page (${CLIENTS} clients, ${DURATION}) | result |"
echo "|---|---|"
load "plan page, anonymous (micro-cached)" "/plans/$plan"
load "measure page, anonymous (micro-cached)" "/measures/$measure"
load "plan page, rendered every time" "/plans/$plan?page=1"
load "measure page, rendered every time" "/measures/$measure?r=1"
load "plan page filtered by status, rendered every time" "/plans/$plan?status=DONE"
heap=$("${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" GC.heap_info 2>/dev/null | head -n 3 | tr '\n' ' ' || true)
echo "heap: ${heap:-n/a}"
grep -c ' ERROR ' "$work/server.log" | sed 's/^/server log errors: /'

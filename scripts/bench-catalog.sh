#!/usr/bin/env bash
# Benchmark of the catalog's public search (issue 11), on this machine, server and load generator together.
# Starts the production layout on a fresh data directory with the demo, adds bench/catalog-seed.sql (10,000
# published offers with 30,000 runs), warms up, then 50 concurrent clients ask /offers for 30 s with wrk on
# 127.0.0.1, each request with a text query and two facets, varied across requests (bench/catalog-search.lua).
# No request is served by the public page cache: it keeps only addresses without a query string, and every
# request here has one; the script also starts the server with WERKSTATT_PAGE_CACHE_TTL=0s (cache off).
# Usage: [BENCH_LUA=bench/catalog-heavy.lua] [BENCH_CLIENTS=50] scripts/bench-catalog.sh [runs]   (needs wrk: apt-get install wrk; JAVA_HOME of a JDK 21+, 25 for the AOT cache)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1}
PORT=${BENCH_PORT:-18093}
DURATION=${BENCH_DURATION:-30s}
CLIENTS=${BENCH_CLIENTS:-50}
# the load: the mix of the target (default), or bench/catalog-heavy.lua (full pages only) to vary it
LUA=${BENCH_LUA:-bench/catalog-search.lua}
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d target/production ] || scripts/build-production.sh >/dev/null
driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)
work=$(mktemp -d /tmp/werkstatt-bench-catalog-XXXXXX)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

WERKSTATT_PAGE_CACHE_TTL=0s WERKSTATT_DATA_DIR="$work/postgres" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 \
  scripts/run-production.sh >"$work/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
db_port=$(sed -n 4p "$work/postgres/postmaster.pid")
"$java_bin" -cp "$driver" bench/RunSql.java "jdbc:postgresql://127.0.0.1:$db_port/postgres" postgres bench/catalog-seed.sql
base="http://127.0.0.1:$PORT"
sample="/offers?q=Bewerbung&format=DIGITAL&basis=DE_SGB3_81_FBW"
curl -fs -o /dev/null "$base$sample" || { echo "$sample does not answer 200" >&2; exit 1; }
echo "published offers: $(curl -s "$base/offers?q=" | grep -o '[0-9.]* Angebote gefunden' | head -n 1);" \
  "sample $sample: $(curl -s "$base$sample" | grep -o '[0-9.]* Angebote gefunden\|1 Angebot gefunden' | head -n 1)"

# warm-up: the JIT compiler needs about a minute of load on two cores
wrk -t2 -c"$CLIENTS" -d60s -s "$LUA" "$base" >/dev/null

echo "| run (${CLIENTS} clients, ${DURATION}, ${LUA##*/}, no page cache) | result |"
echo "|---|---|"
for run in $(seq 1 "$RUNS"); do
  line=$(wrk -t2 -c"$CLIENTS" -d"$DURATION" -s "$LUA" "$base" | grep '^RESULT')
  echo "| $run | ${line#RESULT } |"
done
heap=$("${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" GC.heap_info 2>/dev/null | head -n 3 | tr '\n' ' ' || true)
echo "heap: ${heap:-n/a}"
grep -c ' ERROR ' "$work/server.log" | sed 's/^/server log errors: /' || true

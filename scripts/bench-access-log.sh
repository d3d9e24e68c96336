#!/usr/bin/env bash
# Benchmark of the data-protection officer's access-log search (issue 12): "one participant over two years among
# 2,000,000 entries under 200 ms". Starts the production layout on a fresh data directory with the demo, adds
# bench/access-log-seed.sql (10,000 participants, 2,000,000 chained entries over two years, about 5.8 million
# participant mentions), signs in as the officer, warms up, then asks the search page for one participant with the
# period of the last two years, sequentially (one officer), and prints the median, p95, p99 and max of the whole
# request (page rendered, its own access-log entry written), plus the database's plan and time of the query alone.
# Usage: scripts/bench-access-log.sh [requests]   (JAVA_HOME of a JDK 21+, 25 for the AOT cache; needs curl)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-200}
PORT=${BENCH_PORT:-18094}
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -d target/production ] || scripts/build-production.sh >/dev/null
driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)
work=$(mktemp -d /tmp/werkstatt-bench-access-log-XXXXXX)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

WERKSTATT_DATA_DIR="$work/postgres" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 \
  scripts/run-production.sh >"$work/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
  sleep 0.2
done
db_port=$(sed -n 4p "$work/postgres/postmaster.pid")
jdbc="jdbc:postgresql://127.0.0.1:$db_port/postgres"
# the seed in three statements: set-up, the filling procedure (commits per batch), the end
awk -v dir="$work" 'BEGIN{n=1} /^-- split/{n++} {print > (dir "/seed-" n ".sql")}' bench/access-log-seed.sql
for part in 1 2 3; do
  "$java_bin" -cp "$driver" bench/RunSql.java "$jdbc" postgres "$work/seed-$part.sql"
done

sql() { "$java_bin" -cp "$driver" bench/Query.java "$jdbc" postgres "$1"; }
# the participant named by the most entries (the first run took bench participant 1, which the seed names in list
# views only: 200 entries against about 600 for most)
participant=$(sql "select participant_id from access_log_participant group by 1 order by count(*) desc limit 1")
mentions=$(sql "select count(*) from access_log_participant where participant_id = '$participant'")
entries=$(sql "select count(*) from access_log")
echo "entries: $entries; participant $participant named by $mentions entries"

base="http://127.0.0.1:$PORT"
jar="$work/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=datenschutz@jobcenter-hafenstadt.example" \
  --data-urlencode "password=Werkstatt-Demo-2026" --data-urlencode "_csrf=$csrf" "$base/login"
from=$(date -d '730 days ago' +%F)
to=$(date +%F)
path="/work/jobcenter-hafenstadt/access-log?participant=$participant&from=$from&to=$to"
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$jar" "$base$path")
[ "$status" = 200 ] || { echo "$path answers $status" >&2; exit 1; }
grep -q 'access-log-entries' "$work/page.html" || { echo "no entries on the page" >&2; exit 1; }

for i in $(seq 1 100); do curl -s -o /dev/null -b "$jar" "$base$path&page=$(( i % 3 + 1 ))"; done
for i in $(seq 1 "$REQUESTS"); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base$path"
done | sort -n | awk '{t[NR]=$1*1000} END {printf "search page, %d requests one after another: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", NR, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR]}'

echo "the query alone (first page, newest first):"
sql "explain (analyze, buffers) select l.* from access_log_participant ap join access_log l on l.id = ap.entry_id
 where ap.participant_id = '$participant' and ap.at >= now() - interval '730 days' and ap.at < now()
 order by ap.at desc, ap.entry_id desc limit 51 offset 0" | tail -n 4
grep -c ' ERROR ' "$work/server.log" | sed 's/^/server log errors: /' || true

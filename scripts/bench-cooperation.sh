#!/usr/bin/env bash
# Benchmark of the cooperation between jobcenter and provider (issue 12), on this machine, server and load generator
# together. Starts the production layout on a fresh data directory with the demo and adds
#   bench/cooperation-seed.sql: 50 active agreements, 10,000 participants (1,000 in agreement 1), plans, messages,
#     1,000,000 attendance days;
#   bench/AccessLogSeed.java: 2,000,000 access-log entries over two years naming them, continuing the hash chain.
# Then it measures the three targets of the issue:
#   1. the provider's participant list and a participant's plan page (each request rendered and written to the
#      access log), 50 clients for 30 s with wrk, the provider coordinator signed in 50 times: lists alone, plans
#      alone, and both mixed; p99 under 100 ms;
#   2. the quarterly report of the agreement with 1,000 participants (the report page with the last quarter's
#      figures, generated on every request), one request after another: under 1 s;
#   3. the data-protection officer's access-log search for one participant over two years: under 200 ms.
# Usage: [BENCH_CLIENTS=50] [BENCH_DURATION=30s] [BENCH_WARMUP=120s] [BENCH_HOLD=1] scripts/bench-cooperation.sh [runs]
#   (BENCH_HOLD=1: seed, sign in, then keep the server running for a closer look until interrupted; with
#    WERKSTATT_DB_STATEMENT_STATS=1 the embedded PostgreSQL loads pg_stat_statements, so that after
#    "create extension pg_stat_statements" the statements per request can be counted)
#   (needs wrk and curl; JAVA_HOME of a JDK 21+, 25 for the AOT cache)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-1}
PORT=${BENCH_PORT:-18095}
DURATION=${BENCH_DURATION:-30s}
CLIENTS=${BENCH_CLIENTS:-50}
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -d target/production ] || scripts/build-production.sh >/dev/null
driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)
. scripts/bench-server.sh
bench_work werkstatt-bench-cooperation
bench_start ""
db_port=$(sed -n 4p "$work/postgres/postmaster.pid")
jdbc="jdbc:postgresql://127.0.0.1:$db_port/postgres"
sql() { "$java_bin" -cp "$driver" bench/Query.java "$jdbc" postgres "$1"; }
run_parts() { # the statements of a seed file, split at its "-- split" lines, one after another
  rm -f "$work"/part-*.sql
  awk -v dir="$work" 'BEGIN{n=1} /^-- split/{n++} {print > (dir "/part-" n ".sql")}' "$1"
  for part in $(ls "$work"/part-*.sql | sort -V); do
    "$java_bin" -cp "$driver" bench/RunSql.java "$jdbc" postgres "$part" | sed "s|$work/part-|$1 part |"
  done
}
run_parts bench/cooperation-seed.sql
"$java_bin" -cp "$driver" bench/AccessLogSeed.java "$jdbc" postgres "${BENCH_LOG_ENTRIES:-2000000}"
# a bulk load is followed by a vacuum, as in any database after one: without it autovacuum works through the fresh
# millions of rows (throttled, for minutes) while the first runs measure
echo "vacuum (analyze)" >"$work/vacuum.sql"
"$java_bin" -cp "$driver" bench/RunSql.java "$jdbc" postgres "$work/vacuum.sql" | sed "s|$work/||"
echo "agreements: $(sql "select count(*) from agreement"); participants: $(sql "select count(*) from coop_participant");" \
  "attendance days: $(sql "select count(*) from coop_attendance_day"); access-log entries: $(sql "select count(*) from access_log")"

base="http://127.0.0.1:$PORT"
sign_in() { # $1 e-mail, $2 cookie jar
  local csrf
  csrf=$(curl -s -c "$2" -b "$2" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "email=$1" --data-urlencode "password=Werkstatt-Demo-2026" \
    --data-urlencode "_csrf=$csrf" "$base/login"
}
for i in $(seq 1 "$CLIENTS"); do
  sign_in traeger@bildungswerk-kai.example "$work/jar-$i"
  awk '$6 == "WERKSTATT_SESSION" {print $6 "=" $7}' "$work/jar-$i"
done >"$work/cookies"
[ "$(wc -l <"$work/cookies")" = "$CLIENTS" ] || { echo "sign-in failed" >&2; exit 1; }

# the addresses: every agreement's list, and the plan pages of 2,000 participants the coordinator may read
sql "select '/work/coop/' || id || '/participants' from bench_agreement order by n" >"$work/lists"
sql "select '/work/coop/' || p.agreement_id || '/participants/' || p.id || '/plan' from coop_participant p
 join bench_participant b on b.id = p.id where b.n % 50 <> 49 order by md5(p.id::text) limit 2000" >"$work/plans"
cat "$work/lists" "$work/plans" >"$work/mixed"
for f in lists plans; do
  path=$(head -n 1 "$work/$f")
  status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$work/jar-1" "$base$path")
  [ "$status" = 200 ] || { echo "$path answers $status" >&2; exit 1; }
done
largest=$(sql "select count(*) from coop_participant where agreement_id = (select id from bench_agreement where n = 1)")
echo "sample list: $(head -n 1 "$work/lists") ($largest participants in the agreement)"
entries_before=$(sql "select count(*) from access_log")

if [ -n "${BENCH_HOLD:-}" ]; then # keep the seeded server for a closer look (profiling), until interrupted
  echo "holding: $base (pid $pid), addresses and cookies in $work"
  wait "$pid"
fi

load() { # $1 address file
  BENCH_PATHS="$work/$1" BENCH_COOKIES="$work/cookies" wrk -t2 -c"$CLIENTS" -d"${2:-$DURATION}" \
    -s bench/cooperation.lua "$base" | grep '^RESULT'
}
# warm-up: a fresh server needs about two minutes of load on two cores before its CPU per request settles (JIT; on a
# held server the mix cost 3.3, 1.7, 1.1, 1.1 ms of server CPU per request in four 30 s steps: docs/performance.md)
load mixed "${BENCH_WARMUP:-120s}" >/dev/null

echo "| run ($CLIENTS clients, $DURATION each) | participant lists | plan pages | both mixed |"
echo "|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  lists=$(load lists); plans=$(load plans); mixed=$(load mixed)
  echo "| $run | ${lists#RESULT } | ${plans#RESULT } | ${mixed#RESULT } |"
done
entries_after=$(sql "select count(*) from access_log")
echo "access-log entries written under load: $((entries_after - entries_before))"

# 2. the quarterly report of the agreement with 1,000 participants, last quarter
month=$(date +%-m)
quarter_start=$(date -d "$(date +%Y)-$(printf %02d $(( (month - 1) / 3 * 3 + 1 )))-01 -3 months" +%F)
report="/work/coop/$(sql "select id from bench_agreement where n = 1")/reports?period=$quarter_start"
status=$(curl -s -o "$work/report.html" -w '%{http_code}' -b "$work/jar-1" "$base$report")
[ "$status" = 200 ] || { echo "$report answers $status" >&2; exit 1; }
for i in $(seq 1 5); do curl -s -o /dev/null -b "$work/jar-1" "$base$report"; done
for i in $(seq 1 30); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$work/jar-1" "$base$report"
done | sort -n | awk -v q="$quarter_start" '{t[NR]=$1*1000} END {printf "quarterly report from %s, 1,000 participants, %d requests one after another: median %.0f ms, max %.0f ms\n", q, NR, t[int(NR*0.5)], t[NR]}'

# 3. the officer's access-log search for the participant named by the most entries, over two years
sign_in datenschutz@jobcenter-hafenstadt.example "$work/officer"
participant=$(sql "select participant_id from access_log_participant group by 1 order by count(*) desc limit 1")
mentions=$(sql "select count(*) from access_log_participant where participant_id = '$participant'")
path="/work/jobcenter-hafenstadt/access-log?participant=$participant&from=$(date -d '730 days ago' +%F)&to=$(date +%F)"
status=$(curl -s -o "$work/search.html" -w '%{http_code}' -b "$work/officer" "$base$path")
[ "$status" = 200 ] || { echo "$path answers $status" >&2; exit 1; }
grep -q 'access-log-entries' "$work/search.html" || { echo "no entries on the search page" >&2; exit 1; }
for i in $(seq 1 100); do curl -s -o /dev/null -b "$work/officer" "$base$path&page=$(( i % 3 + 1 ))"; done
for i in $(seq 1 200); do
  curl -s -o /dev/null -w '%{time_total}\n' -b "$work/officer" "$base$path"
done | sort -n | awk -v m="$mentions" '{t[NR]=$1*1000} END {printf "access-log search, one participant named by %d entries, two years, %d requests one after another: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", m, NR, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR]}'

heap=$("${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" GC.heap_info 2>/dev/null | head -n 3 | tr '\n' ' ' || true)
echo "heap: ${heap:-n/a}"
grep -c ' ERROR ' "$work/server.log" | sed 's/^/server log errors: /' || true
# what they were: the error lines' messages and the exception classes named in the lines after them
grep ' ERROR ' "$work/server.log" | sed 's/.* ERROR [0-9]* --- //' | cut -c1-200 | sort | uniq -c | sort -rn | head -n 5 || true
grep -A3 ' ERROR ' "$work/server.log" | grep -oE '[a-z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_$]+)+(Exception|Error)' \
  | sort | uniq -c | sort -rn | head -n 5 || true

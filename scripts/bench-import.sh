#!/usr/bin/env bash
# Benchmark of the measure import (issue 4): a generated file of N rows (default 1,000) uploaded, previewed
# and confirmed by a planner against a running Werkstatt, three times in a row; target: under 5 s in all.
# Usage: scripts/bench-import.sh PLAN_ID [ROWS]
#   env: BENCH_BASE (http://127.0.0.1:8080), BENCH_SLUG (jobcenter-hafenstadt),
#        BENCH_EMAIL (planung@jobcenter-hafenstadt.example), BENCH_PASSWORD (Werkstatt-Demo-2026)
# The plan must belong to BENCH_SLUG; each run adds N measures with numbers of their own (B1a2-1 …).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 PLAN_ID [ROWS]" >&2; exit 2; }
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for run in 1 2 3; do
  echo "run $run"
  "$java_bin" bench/ImportLoad.java "${BENCH_BASE:-http://127.0.0.1:8080}" "${BENCH_SLUG:-jobcenter-hafenstadt}" "$1" \
    "${BENCH_EMAIL:-planung@jobcenter-hafenstadt.example}" "${BENCH_PASSWORD:-Werkstatt-Demo-2026}" "${2:-1000}"
done

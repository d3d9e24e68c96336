#!/usr/bin/env bash
# Benchmark of the catalog import (issue 11): a generated openQ-cat catalog of N offers (default 1,000) with
# R runs each (default 2) uploaded, previewed and confirmed by provider staff against a running Werkstatt,
# three times in a row; target: under 10 s in all (parse + preview + confirm).
# Usage: scripts/bench-catalog-import.sh [OFFERS] [RUNS_PER_OFFER]
#   env: BENCH_BASE (http://127.0.0.1:8080), BENCH_SLUG (bildungswerk-kai),
#        BENCH_EMAIL (traeger@bildungswerk-kai.example), BENCH_PASSWORD (Werkstatt-Demo-2026)
# Each run adds N offers (submitted for approval) with external ids of their own (B1a2b3-1 …).
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for run in 1 2 3; do
  echo "run $run"
  "$java_bin" bench/CatalogImportLoad.java "${BENCH_BASE:-http://127.0.0.1:8080}" "${BENCH_SLUG:-bildungswerk-kai}" \
    "${BENCH_EMAIL:-traeger@bildungswerk-kai.example}" "${BENCH_PASSWORD:-Werkstatt-Demo-2026}" "${1:-1000}" "${2:-2}"
done

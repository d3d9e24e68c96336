# Sourced by the benchmarks (bench-live.sh, measure-live-memory.sh, bench-cooperation.sh): a work directory that is
# removed on exit (kept with BENCH_KEEP=1, printed) and the production layout started on it.
#   bench_work NAME               sets $work to a new /tmp/NAME-XXXXXX and $pid to "" and stops the server on exit
#   bench_start EXTRA_JAVA_OPTS   starts scripts/run-production.sh on 127.0.0.1:$PORT with BENCH_JAVA_OPTS (default
#                                 -XX:+UseSerialGC -Xmx512m -Xmn64m) plus EXTRA_JAVA_OPTS and a fresh data directory,
#                                 its output in $work/server.log; sets $pid and waits until it is ready. Further
#                                 WERKSTATT_ variables can be given in front of the call.

bench_cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "work directory kept: $work" >&2; else rm -rf "$work"; fi
}

bench_work() {
  work=$(mktemp -d "/tmp/$1-XXXXXX")
  pid=""
  trap bench_cleanup EXIT
}

bench_start() {
  WERKSTATT_JAVA_OPTS="${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m -Xmn64m} $1" \
    WERKSTATT_DATA_DIR="$work/postgres" PORT=$PORT WERKSTATT_BIND_ADDRESS=127.0.0.1 \
    scripts/run-production.sh >"$work/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "server ready (pid $pid)" >&2
}

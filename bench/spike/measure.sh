#!/usr/bin/env bash
# Issue 13, step 3 spike: heap per idle stream of a stand-alone stream server without a thread per stream, measured
# as scripts/measure-live-memory.sh measures the application (bench/IdleStreams.java, the production JVM options).
# Usage: bench/spike/measure.sh jetty|tomcat|tomcat-defaults|tomcat-small [IdleStreams options, e.g. --steps 2000,5000,10000]
# On a shared machine: flock /tmp/werkstatt-bench.lock bench/spike/measure.sh jetty
set -euo pipefail
cd "$(dirname "$0")/../.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
m2=${M2_REPO:-$HOME/.m2/repository}
jetty=12.1.13
port=${BENCH_PORT:-18220}
opts=(-XX:+UseSerialGC -Xmx512m -Xmn64m -XX:NativeMemoryTracking=summary)
case "${1:-}" in
  jetty) cp="$m2/org/eclipse/jetty/jetty-server/$jetty/jetty-server-$jetty.jar:$m2/org/eclipse/jetty/jetty-http/$jetty/jetty-http-$jetty.jar:$m2/org/eclipse/jetty/jetty-io/$jetty/jetty-io-$jetty.jar:$m2/org/eclipse/jetty/jetty-util/$jetty/jetty-util-$jetty.jar:$m2/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar"
    main=bench/spike/JettyCoreStreams.java ;;
  tomcat|tomcat-defaults|tomcat-small) cp="$m2/org/apache/tomcat/embed/tomcat-embed-core/11.0.27/tomcat-embed-core-11.0.27.jar"
    main=bench/spike/TomcatAsyncStreams.java
    [ "$1" = tomcat-defaults ] && opts+=(-Dspike.defaults=true)
    [ "$1" = tomcat-small ] && opts+=(-Dspike.responseBuffer=1024) ;;
  *) echo "jetty, tomcat, tomcat-defaults or tomcat-small" >&2; exit 1 ;;
esac
shift
log=$(mktemp /tmp/werkstatt-spike-XXXXXX.log)
"$java_bin" -cp "$cp" "${opts[@]}" "$main" "$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
until grep -q '^ready' "$log"; do kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }; sleep 0.2; done
echo "$(date -Is) load average $(cut -d' ' -f1-3 /proc/loadavg); spike server ready (pid $pid)" >&2
"$java_bin" -Xmx256m bench/IdleStreams.java --base "http://127.0.0.1:$port" --pid "$pid" --classes 15 "$@"

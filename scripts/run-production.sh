#!/usr/bin/env bash
# Starts Werkstatt from target/production (see scripts/build-production.sh), with its AOT cache when
# there is one. Settings come from the environment (README, "Configuration"); extra arguments are
# passed to the JVM, e.g. scripts/run-production.sh -Xmx512m
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
app=$(ls target/production/werkstatt-*.jar 2>/dev/null | head -n 1)
[ -n "$app" ] || { echo "run scripts/build-production.sh first" >&2; exit 1; }
aot=()
[ -f target/production/werkstatt.aot ] && aot=(-XX:AOTCache=target/production/werkstatt.aot)
exec "$java_bin" "${aot[@]}" -XX:+UseSerialGC "$@" -jar "$app"

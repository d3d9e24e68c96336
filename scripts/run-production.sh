#!/usr/bin/env bash
# Starts Werkstatt from target/production (see scripts/build-production.sh), with its AOT cache when
# there is one. Settings come from the environment (README, "Configuration"). JVM options come from
# WERKSTATT_JAVA_OPTS (default: the serial collector and a 512 MB heap, which gave the steadiest
# latency on two cores, with a 64 MB young generation: 2,000 open live streams keep 300 MB or more
# alive, and with the default third of the heap for the young generation the old one could not take
# them, so every collection became a full one of half a second; see docs/performance.md); extra
# arguments are passed to the JVM as well. The JVM always exits on OutOfMemoryError, also with
# WERKSTATT_JAVA_OPTS set: a node without heap stays up without serving (a zombie) unless it ends and its
# supervisor starts it again (README, "Running under a supervisor"). It also raises -XX:SweeperThreshold from
# 15 to 50 % of the code cache (WERKSTATT_JAVA_OPTS may set it again): with the serial collector, the collection
# that unloads compiled code is a full one, and the default threshold started one a minute or two after every
# start, while the compiler was still warming up: a pause of 0.5 to 1 s with 10,000 live streams open
# (docs/performance.md). A code cache that runs short still starts it (the JVM's aggressive unloading).
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
app=$(ls target/production/werkstatt-*.jar 2>/dev/null | head -n 1)
[ -n "$app" ] || { echo "run scripts/build-production.sh first" >&2; exit 1; }
aot=()
[ -f target/production/werkstatt.aot ] && aot=(-XX:AOTCache=target/production/werkstatt.aot)
read -r -a opts <<< "${WERKSTATT_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m -Xmn64m}"
exec "$java_bin" "${aot[@]}" -XX:SweeperThreshold=50 "${opts[@]}" -XX:+ExitOnOutOfMemoryError "$@" -jar "$app"

#!/usr/bin/env bash
# Builds the production layout in target/production: the application jar extracted for fast class
# loading, plus (on JDK 25 or newer) an ahead-of-time cache (JEP 483/514/515) recorded during a short
# training run. scripts/run-production.sh starts from it. The training run uses a throwaway data
# directory and 127.0.0.1 only; it starts the application, opens a few pages and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f target/werkstatt-*.jar ] 2>/dev/null || ./mvnw -B -q -DskipTests package
jar=$(ls target/werkstatt-*.jar | grep -v plain | head -n 1)
out=target/production
rm -rf "$out"
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
app=$(ls "$out"/werkstatt-*.jar | head -n 1)
version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
if [ "${version%%.*}" -lt 25 ]; then
  echo "JDK $version: no AOT cache (needs 25 or newer); $out is ready without it"
  exit 0
fi
train=$(mktemp -d /tmp/werkstatt-train-XXXXXX)
port=${TRAIN_PORT:-18090}
WERKSTATT_DATA_DIR="$train/postgres" PORT=$port WERKSTATT_BIND_ADDRESS=127.0.0.1 \
  "$java_bin" -XX:AOTCacheOutput="$out/werkstatt.aot" -jar "$app" >"$train/training.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "training run failed, see $train/training.log" >&2; exit 1; }
  sleep 0.2
done
for path in / /?lang=en /login /o/buendnis-nordufer /imprint /does-not-exist; do
  for _ in 1 2 3; do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done
done
kill "$pid"
wait "$pid" || true
rm -rf "$train"
ls -la "$out/werkstatt.aot"
echo "production layout with AOT cache in $out"

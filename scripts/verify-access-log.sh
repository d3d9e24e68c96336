#!/usr/bin/env bash
# Verifies the access log's hash chain (issue 12): starts Werkstatt without its web server against the configured
# database (SPRING_DATASOURCE_URL, or the embedded one in WERKSTATT_DATA_DIR while no other instance uses it),
# walks the chain and prints "ACCESS LOG CHAIN WHOLE: n entries verified" (exit 0) or the first broken entry's id
# and what is wrong with it (exit 3). The same verification is on the data-protection officer's page.
# Usage: scripts/verify-access-log.sh   (JAVA_HOME of a JDK 21+; builds the jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/werkstatt-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package >&2
  jar=$(ls target/werkstatt-*.jar | grep -v plain | head -n 1)
fi
exec "$java_bin" -jar "$jar" --spring.main.web-application-type=none --werkstatt.access-log.verify=true \
  --logging.level.root=WARN --spring.main.banner-mode=off

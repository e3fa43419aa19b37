#!/usr/bin/env bash
# SiKerja local run: builds (first time, or when sources changed) and starts everything on loopback:
# PostgreSQL 16, Kafka (KRaft), the MongoDB stand-in, the four services, the gateway, demo data.
# Options: --reset (start from nothing), --no-demo, --data-dir=DIR, --help.  Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=deploy/target/sikerja-local.jar
stale=""
if [ -f "$JAR" ]; then
  stale=$(find . \( -path ./.sikerja -o -path '*/target' -o -path ./.git \) -prune -o -type f \
    \( -name '*.java' -o -name '*.yml' -o -name '*.yaml' -o -name '*.json' -o -name '*.properties' \
       -o -name '*.xml' \) -newer "$JAR" -print -quit)
fi
if [ ! -f "$JAR" ] || [ -n "$stale" ]; then
  echo "SiKerja: building (first run, or sources changed since the last build) ..."
  ./mvnw -q -B -DskipTests clean package
fi
# One JVM hosts the broker and all applications; PostgreSQL runs beside it. Measured budget: docs/benchmarks.md.
JAVA_OPTS=${JAVA_OPTS:-"-Xms128m -Xmx1g -XX:MaxMetaspaceSize=384m -XX:ReservedCodeCacheSize=128m -XX:+UseSerialGC -Xss512k"}
# shellcheck disable=SC2086
exec java $JAVA_OPTS -Duser.timezone=Asia/Jakarta -jar "$JAR" "$@"

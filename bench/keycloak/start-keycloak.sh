#!/usr/bin/env bash
# Starts Keycloak 26.4.5 in production mode (kc.sh start --optimized) on a fresh PostgreSQL database
# keycloak_bench, with the realm bench-realm.json imported, HTTP on 8680 and health on 9600/health/ready.
# Leaves it running in the background: PID in bench/out/keycloak.pid, log in bench/out/keycloak-console.log.
# Stop it with bench/keycloak/stop-keycloak.sh.
# Settings (environment): CPUS (e.g. 0 or 0-1: pins the server with taskset), KC_JAVA_HOME (the JDK; default
# JDK 17, which 26.4.5 supports; 21 is not on this machine; 25 runs but is supported only from Keycloak 26.6).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$HERE/../.."

VERSION=26.4.5
OUT=$PWD/bench/out
KC=$OUT/keycloak-$VERSION
PID_FILE=$OUT/keycloak.pid
LOG=$OUT/keycloak-console.log
HTTP_PORT=8680
MANAGEMENT_PORT=9600
DB=keycloak_bench
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
ZIP=$M2_REPO/org/keycloak/keycloak-quarkus-dist/$VERSION/keycloak-quarkus-dist-$VERSION.zip
export JAVA_HOME=${KC_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
# Keycloak's own JVM defaults (G1, -Xms64m -Xmx512m): nothing from the caller's environment overrides them.
unset JAVA JAVA_OPTS JAVA_OPTS_KC_HEAP KC_RUN_IN_CONTAINER
BUILD_OPTS=(--db=postgres --health-enabled=true)

if [[ -f $PID_FILE ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
  echo "Keycloak is already running (PID $(cat "$PID_FILE")); stop it with bench/keycloak/stop-keycloak.sh" >&2
  exit 1
fi
for port in $HTTP_PORT $MANAGEMENT_PORT; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "Port $port is in use" >&2; exit 1; fi
done
mkdir -p "$OUT"

# 1. The distribution: from Maven Central into ~/.m2, unzipped once. Maven runs in bench/out, away from the
#    project's pom.xml.
if [[ ! -f $ZIP ]]; then
  (cd "$OUT" && mvn -B -q -Dmaven.repo.local="$M2_REPO" dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:$VERSION:zip) \
    >"$OUT/keycloak-download.log" 2>&1 || { cat "$OUT/keycloak-download.log" >&2; exit 1; }
fi
if [[ ! -x $KC/bin/kc.sh ]]; then
  rm -rf "$KC"
  unzip -q "$ZIP" -d "$OUT"
fi

# 2. A fresh database.
PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# 3. The build-time options, applied once per unzip (again if they or the JDK change).
BUILD_ID="${BUILD_OPTS[*]} $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
if [[ "$(cat "$KC/.bench-build" 2>/dev/null)" != "$BUILD_ID" ]]; then
  start=$(date +%s.%N)
  "$KC/bin/kc.sh" build "${BUILD_OPTS[@]}" >"$OUT/keycloak-build.log" 2>&1 \
    || { cat "$OUT/keycloak-build.log" >&2; exit 1; }
  echo "$BUILD_ID" >"$KC/.bench-build"
  printf 'kc.sh build: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
fi

mkdir -p "$KC/data/import"
rm -f "$KC"/data/import/*.json
cp "$HERE/bench-realm.json" "$KC/data/import/"

# 4. Start in the background (setsid: it does not belong to the caller's terminal or process group).
PIN=()
[[ -n ${CPUS:-} ]] && PIN=(taskset -c "$CPUS")
start=$(date +%s.%N)
setsid "${PIN[@]}" "$KC/bin/kc.sh" start --optimized \
  --http-enabled=true --http-port=$HTTP_PORT --hostname-strict=false \
  --http-management-port=$MANAGEMENT_PORT \
  --db-url=jdbc:postgresql://127.0.0.1:5432/$DB --db-username=postgres --db-password=x \
  --import-realm </dev/null >"$LOG" 2>&1 &
SH_PID=$!

fail() {
  echo "$1; see $LOG" >&2; tail -30 "$LOG" >&2
  kill -KILL -- -"$SH_PID" 2>/dev/null || true   # the group setsid made: kc.sh and java (TERM waits for startup)
  rm -f "$PID_FILE"; exit 1
}

# 5. Wait for readiness, at most 180 s. kc.sh runs java as its child and forwards TERM to it; the PID file
#    holds java's PID.
JAVA_PID=
until [[ -n $JAVA_PID ]] && curl -sf -o /dev/null http://127.0.0.1:$MANAGEMENT_PORT/health/ready; do
  if [[ -z $JAVA_PID ]]; then
    JAVA_PID=$(pgrep -P "$SH_PID" -x java || true)
    [[ -n $JAVA_PID ]] && echo "$JAVA_PID" >"$PID_FILE"
  fi
  kill -0 "${JAVA_PID:-$SH_PID}" 2>/dev/null || fail "Keycloak exited during startup"
  (( $(echo "$(date +%s.%N) - $start > 180" | bc) )) && fail "Keycloak not ready after 180 s"
  sleep 0.2
done
printf 'Keycloak %s ready in %.1f s (PID %s, %s%s)\n' "$VERSION" "$(echo "$(date +%s.%N) - $start" | bc)" \
  "$JAVA_PID" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" "${CPUS:+, CPUs $CPUS}"

#!/usr/bin/env bash
# Benchmark of GET /v1/analytics/user-booking-attendance on PostgreSQL (see bench/README.md):
#   1. a fresh database workgate_bench, a copy of the provisioned WildFly in bench/out/server with the EAR,
#      started on port offset 500 (HTTP 8580, management 10490);
#   2. the data set (USERS people × DAYS days) created through the admin API and loaded by JDBC batch inserts;
#   3. the measurements: the server's GET (and the same by curl), one SQL query and the server's own queries over
#      JDBC, and the server's heap;
#   4. the figures printed and appended to bench/RESULTS.md; the server stopped (the database is kept).
#
# Settings (environment): USERS (5000), DAYS (30, at most 30), FIRST_DAY (2025-11-03), RUNS (5), WARMUPS (3),
# SEED (42), NOTE (free text for the RESULTS.md line), PROFILE (1: record the server with JFR during the
# measurements into bench/out/server.jfr; the line then says so), RESULTS_FILE (bench/RESULTS.md; another file
# keeps experiments out of it), EAR (ear/target/workgate.ear; another build of the EAR to measure).
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-5000}
DAYS=${DAYS:-30}
FIRST_DAY=${FIRST_DAY:-2025-11-03}
RUNS=${RUNS:-5}
WARMUPS=${WARMUPS:-3}
SEED=${SEED:-42}
NOTE=${NOTE:-}
PROFILE=${PROFILE:-}
RESULTS_FILE=${RESULTS_FILE:-bench/RESULTS.md}

PORT_OFFSET=500
HTTP_PORT=8580
MANAGEMENT_PORT=10490
BASE_URL=http://127.0.0.1:$HTTP_PORT
PG_HOST=127.0.0.1
PG_USER=postgres
PG_PASSWORD=x
DATABASE=workgate_bench
JDBC_URL=jdbc:postgresql://$PG_HOST:5432/$DATABASE

OUT=bench/out
SERVER_HOME=$OUT/server
PROVISIONED=ear/target/server
EAR=${EAR:-ear/target/workgate.ear}

M2=${M2_REPO:-$HOME/.m2/repository}
CLASSPATH_JARS=(
  "$M2/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar"
  "$M2/com/fasterxml/jackson/core/jackson-core/2.19.2/jackson-core-2.19.2.jar"
  "$M2/com/fasterxml/jackson/core/jackson-databind/2.19.2/jackson-databind-2.19.2.jar"
  "$M2/com/fasterxml/jackson/core/jackson-annotations/2.19.2/jackson-annotations-2.19.2.jar"
)

say() { printf '\n== %s\n' "$*"; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
maven_running_here() {   # another build (bin/test runs mvn clean verify) that deletes and re-creates ear/target
  local pid
  for pid in $(pgrep -f plexus-classworlds || true); do
    [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$PWD" ] && return 0
  done
  return 1
}

# --- preconditions --------------------------------------------------------------------------------------------
if [ "$EAR" != ear/target/workgate.ear ] && [ ! -f "$EAR" ]; then
  echo "no $EAR" >&2
  exit 1
fi
if [ ! -f "$EAR" ] || [ ! -f "$PROVISIONED/jboss-modules.jar" ]; then
  if maven_running_here; then
    echo "No $EAR yet, and another Maven build runs in $PWD (bin/test?) that is re-creating ear/target." >&2
    echo "Run this again once that build has packaged the EAR." >&2
    exit 1
  fi
  say "no $EAR or $PROVISIONED: building (mvn -B -q -DskipTests install)"
  mvn -B -q -DskipTests install
fi
if [ "$EAR" = ear/target/workgate.ear ]; then
  BUILD="EAR of $(date -u -r "$EAR" '+%Y-%m-%d %H:%M'), tree $(git rev-parse --short HEAD)"
  [ -z "$(git status --porcelain -- . ':!bench' 2>/dev/null)" ] || BUILD="$BUILD with uncommitted changes"
else
  BUILD="EAR $EAR of $(date -u -r "$EAR" '+%Y-%m-%d %H:%M')"
fi
for jar in "${CLASSPATH_JARS[@]}"; do
  [ -f "$jar" ] || { echo "missing $jar (run a Maven build once)" >&2; exit 1; }
done
CLASSPATH=$(IFS=:; echo "${CLASSPATH_JARS[*]}")
for port in $HTTP_PORT $MANAGEMENT_PORT; do
  if listening "$port"; then
    echo "Something already listens on port $port (an earlier benchmark server?). Stop it first." >&2
    exit 1
  fi
done

# --- 1. database and server -----------------------------------------------------------------------------------
say "fresh database $DATABASE"
psql -h "$PG_HOST" -U "$PG_USER" -d postgres -q -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"

say "server copy in $SERVER_HOME (without standalone/data, log, tmp), EAR deployed"
rm -rf "$SERVER_HOME"
mkdir -p "$SERVER_HOME"
tar -C "$PROVISIONED" --exclude=./standalone/data --exclude=./standalone/log --exclude=./standalone/tmp \
    --exclude='./standalone/deployments/*' --exclude=./standalone/configuration/standalone_xml_history \
    -cf - . | tar -C "$SERVER_HOME" -xf -
# While a test suite runs on the provisioned server, its standalone.xml names the EAR that the tests deployed
# through the management API (the content is in standalone/data, not copied). This copy deploys from its folder.
sed -i '/<deployments>/,/<\/deployments>/d' "$SERVER_HOME/standalone/configuration/standalone.xml"
cp "$EAR" "$SERVER_HOME/standalone/deployments/workgate.ear"

ADMIN_KEY=$(cat /proc/sys/kernel/random/uuid)
ADMIN_SECRET=$(openssl rand -hex 24)
PID_FILE=$OUT/server.pid
rm -f "$PID_FILE"

say "starting WildFly on $BASE_URL (console: $OUT/server-console.log)"
env WORKGATE_DB=postgresql POSTGRESQL_URL="$JDBC_URL" POSTGRESQL_USER="$PG_USER" POSTGRESQL_PASSWORD="$PG_PASSWORD" \
    WORKGATE_ADMIN_KEY="$ADMIN_KEY" WORKGATE_ADMIN_SECRET="$ADMIN_SECRET" \
    WORKGATE_MASTER_KEY="$(openssl rand -base64 32)" \
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$PWD/$PID_FILE" \
    "$SERVER_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset=$PORT_OFFSET \
    >"$OUT/server-console.log" 2>&1 &
LAUNCHER_PID=$!
SERVER_PID=

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    say "stopping the server (java pid $SERVER_PID)"
    kill -TERM "$SERVER_PID"
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "still running after 60 s: SIGKILL"
      kill -KILL "$SERVER_PID"
    fi
  fi
  wait "$LAUNCHER_PID" 2>/dev/null || true
}
trap stop_server EXIT

for _ in $(seq 1 60); do
  [ -s "$PID_FILE" ] && break
  sleep 0.5
done
SERVER_PID=$(cat "$PID_FILE" 2>/dev/null || pgrep -P "$LAUNCHER_PID" java || true)
[ -n "$SERVER_PID" ] || { echo "no java process under standalone.sh ($LAUNCHER_PID)" >&2; exit 1; }
echo "java pid $SERVER_PID"

deadline=$((SECONDS + 300))
until curl -sf -o /dev/null "$BASE_URL/health/ready"; do
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited; see $OUT/server-console.log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "not ready within 300 s; see $OUT/server-console.log" >&2; exit 1; }
  sleep 1
done
echo "ready"

# --- 2. data --------------------------------------------------------------------------------------------------
say "loading $USERS users × $DAYS days"
java -cp "$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.adminKey="$ADMIN_KEY" -Dbench.adminSecret="$ADMIN_SECRET" \
  -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser="$PG_USER" -Dbench.jdbcPassword="$PG_PASSWORD" \
  -Dbench.users="$USERS" -Dbench.days="$DAYS" -Dbench.firstDay="$FIRST_DAY" -Dbench.seed="$SEED" \
  -Dbench.tenantFile="$OUT/tenant.properties" \
  bench/src/LoadAttendanceData.java

# --- 3 and 4. measurements, figures ---------------------------------------------------------------------------
MACHINE="$(nproc) cpus, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo),"
MACHINE="$MACHINE $(psql -h "$PG_HOST" -U "$PG_USER" -d postgres -Atc 'show server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /')"
if [ "$PROFILE" = 1 ]; then
  jcmd "$SERVER_PID" JFR.start name=bench settings=profile >/dev/null
  NOTE="JFR profiling on${NOTE:+; $NOTE}"
fi
say "measuring ($RUNS runs each after $WARMUPS warm-ups)"
java -cp "$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.serverPid="$SERVER_PID" -Dbench.runs="$RUNS" -Dbench.warmups="$WARMUPS" \
  -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser="$PG_USER" -Dbench.jdbcPassword="$PG_PASSWORD" \
  -Dbench.tenantFile="$OUT/tenant.properties" -Dbench.sqlFile=bench/sql/attendance-by-one-query.sql \
  -Dbench.resultsFile="$RESULTS_FILE" -Dbench.machine="$MACHINE" \
  -Dbench.note="$BUILD${NOTE:+; $NOTE}" \
  bench/src/MeasureAttendance.java
if [ "$PROFILE" = 1 ]; then
  jcmd "$SERVER_PID" JFR.dump name=bench filename="$PWD/$OUT/server.jfr" >/dev/null
  echo "server profile: $OUT/server.jfr (jfr print --events jdk.ExecutionSample, or JDK Mission Control)"
fi

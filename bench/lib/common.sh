# Shared by the benchmark scripts (sourced, from the project's root): the PostgreSQL database, a copy of the
# provisioned WildFly with the EAR started on port offset 500 (HTTP 8580, management 10490), the benchmark
# programs built by the Maven module bench (bench/pom.xml: bench/target/classes, and the jars they need, in the
# project's pinned versions, in bench/target/lib), and the machine line of the results.

PORT_OFFSET=500
HTTP_PORT=8580
MANAGEMENT_PORT=10490
BASE_URL=http://127.0.0.1:$HTTP_PORT
PG_HOST=127.0.0.1
PG_USER=postgres
PG_PASSWORD=x
DATABASE=${DATABASE:-workgate_bench}
JDBC_URL=jdbc:postgresql://$PG_HOST:5432/$DATABASE

OUT=bench/out
SERVER_HOME=$OUT/server
PROVISIONED=${PROVISIONED:-ear/target/server}
EAR=${EAR:-ear/target/workgate.ear}

BENCH_CLASSES=bench/target/classes
BENCH_LIB=bench/target/lib
CLASSPATH="$BENCH_LIB/*"   # a class path wildcard for java, not for the shell: keep it quoted

SERVER_PID=
LAUNCHER_PID=

say() { printf '\n== %s\n' "$*"; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
maven_running_here() {   # another build (bin/test runs mvn clean verify) that deletes and re-creates ear/target
  local pid
  for pid in $(pgrep -f plexus-classworlds || true); do
    [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$PWD" ] && return 0
  done
  return 1
}

# The EAR and the provisioned server (built when missing), the client jars, free ports; sets BUILD.
check_preconditions() {
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
    say "no $EAR or $PROVISIONED: building (mvn -B -q -DskipTests package)"
    mvn -B -q -DskipTests package
  fi
  if [ "$EAR" = ear/target/workgate.ear ]; then
    BUILD="EAR of $(date -u -r "$EAR" '+%Y-%m-%d %H:%M'), tree $(git rev-parse --short HEAD)"
    [ -z "$(git status --porcelain -- . ':!bench' 2>/dev/null)" ] || BUILD="$BUILD with uncommitted changes"
  else
    BUILD="EAR $EAR of $(date -u -r "$EAR" '+%Y-%m-%d %H:%M')"
  fi
  local port
  for port in $HTTP_PORT $MANAGEMENT_PORT; do
    if listening "$port"; then
      echo "Something already listens on port $port (an earlier benchmark server?). Stop it first." >&2
      exit 1
    fi
  done
}

# The programs under bench/src and their jars, by the Maven module bench (Maven fetches what ~/.m2 lacks).
compile_bench_programs() {
  mkdir -p "$OUT"
  rm -rf "$BENCH_CLASSES" "$BENCH_LIB"
  mvn -B -q -f bench/pom.xml package >"$OUT/bench-build.log" 2>&1 || {
    cat "$OUT/bench-build.log" >&2
    echo "building the benchmark programs failed (mvn -B -f bench/pom.xml package)" >&2
    exit 1
  }
}

fresh_database() {
  say "fresh database $DATABASE"
  psql -h "$PG_HOST" -U "$PG_USER" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE"
}

# Copies the provisioned server (without data, logs, deployments), deploys the EAR and starts it on PostgreSQL,
# under `taskset -c $SERVER_CPUS` when that is set; waits for /health/ready. KEEP_DATA=1 restarts the copy as it
# is (same data, keys and master key). Sets SERVER_PID, ADMIN_KEY,
# ADMIN_SECRET and STARTUP_SECONDS (launch to ready). Callers trap stop_workgate on EXIT before calling it.
start_workgate() {
  if [ -z "${KEEP_DATA:-}" ]; then
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
    MASTER_KEY=$(openssl rand -base64 32)
  fi
  local pid_file=$OUT/server.pid pin=()
  rm -f "$pid_file"
  [ -z "${SERVER_CPUS:-}" ] || pin=(taskset -c "$SERVER_CPUS")

  say "starting WildFly on $BASE_URL${SERVER_CPUS:+ pinned to cpu $SERVER_CPUS} (console: $OUT/server-console.log)"
  local launched=$(date +%s.%N)
  env WORKGATE_DB=postgresql POSTGRESQL_URL="$JDBC_URL" POSTGRESQL_USER="$PG_USER" POSTGRESQL_PASSWORD="$PG_PASSWORD" \
      WORKGATE_ADMIN_KEY="$ADMIN_KEY" WORKGATE_ADMIN_SECRET="$ADMIN_SECRET" \
      WORKGATE_MASTER_KEY="$MASTER_KEY" \
      LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$PWD/$pid_file" \
      "${pin[@]}" "$SERVER_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset=$PORT_OFFSET \
      >"$OUT/server-console.log" 2>&1 &
  LAUNCHER_PID=$!

  local _
  for _ in $(seq 1 120); do
    [ -s "$pid_file" ] && break
    sleep 0.1
  done
  SERVER_PID=$(cat "$pid_file" 2>/dev/null || pgrep -P "$LAUNCHER_PID" java || true)
  [ -n "$SERVER_PID" ] || { echo "no java process under standalone.sh ($LAUNCHER_PID)" >&2; exit 1; }
  echo "java pid $SERVER_PID"

  local deadline=$((SECONDS + 300))
  until curl -sf -o /dev/null "$BASE_URL/health/ready"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited; see $OUT/server-console.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "not ready within 300 s; see $OUT/server-console.log" >&2; exit 1; }
    sleep 0.1
  done
  STARTUP_SECONDS=$(awk -v from="$launched" -v to="$(date +%s.%N)" 'BEGIN { printf "%.1f", to - from }')
  echo "ready after $STARTUP_SECONDS s"
}

# SIGTERM to the server's java process, SIGKILL after 60 s.
stop_workgate() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    say "stopping the server (java pid $SERVER_PID)"
    kill -TERM "$SERVER_PID"
    local _
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "still running after 60 s: SIGKILL"
      kill -KILL "$SERVER_PID"
    fi
  fi
  [ -z "$LAUNCHER_PID" ] || wait "$LAUNCHER_PID" 2>/dev/null || true
  SERVER_PID=
}

machine_line() {
  local pg
  pg=$(psql -h "$PG_HOST" -U "$PG_USER" -d postgres -Atc 'show server_version' | cut -d' ' -f1)
  echo "$(nproc) cpus, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), PostgreSQL $pg"
}

other_wildfly_servers() {
  pgrep -f jboss-modules.jar | grep -vx "${SERVER_PID:-none}" | wc -l
}

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

source bench/lib/common.sh

# --- 1. database and server -----------------------------------------------------------------------------------
check_preconditions
compile_bench_programs
fresh_database
trap stop_workgate EXIT
start_workgate

# --- 2. data --------------------------------------------------------------------------------------------------
say "loading $USERS users × $DAYS days"
java -cp "$BENCH_CLASSES:$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.adminKey="$ADMIN_KEY" -Dbench.adminSecret="$ADMIN_SECRET" \
  -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser="$PG_USER" -Dbench.jdbcPassword="$PG_PASSWORD" \
  -Dbench.users="$USERS" -Dbench.days="$DAYS" -Dbench.firstDay="$FIRST_DAY" -Dbench.seed="$SEED" \
  -Dbench.tenantFile="$OUT/tenant.properties" \
  bench.LoadAttendanceData

# --- 3 and 4. measurements, figures ---------------------------------------------------------------------------
MACHINE=$(machine_line)
if [ "$PROFILE" = 1 ]; then
  jcmd "$SERVER_PID" JFR.start name=bench settings=profile >/dev/null
  NOTE="JFR profiling on${NOTE:+; $NOTE}"
fi
say "measuring ($RUNS runs each after $WARMUPS warm-ups)"
java -cp "$BENCH_CLASSES:$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.serverPid="$SERVER_PID" -Dbench.runs="$RUNS" -Dbench.warmups="$WARMUPS" \
  -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser="$PG_USER" -Dbench.jdbcPassword="$PG_PASSWORD" \
  -Dbench.tenantFile="$OUT/tenant.properties" -Dbench.sqlFile=bench/sql/attendance-by-one-query.sql \
  -Dbench.resultsFile="$RESULTS_FILE" -Dbench.machine="$MACHINE" \
  -Dbench.note="$BUILD${NOTE:+; $NOTE}" \
  bench.MeasureAttendance
if [ "$PROFILE" = 1 ]; then
  jcmd "$SERVER_PID" JFR.dump name=bench filename="$PWD/$OUT/server.jfr" >/dev/null
  echo "server profile: $OUT/server.jfr (jfr print --events jdk.ExecutionSample, or JDK Mission Control)"
fi

#!/usr/bin/env bash
# Benchmark 2 (see bench/README.md): POST /v1/presence with 100 events a request on PostgreSQL, against a raw JDBC
# batch insert of the same rows into the same table and against PostgreSQL COPY of them, and single-event requests;
# WildFly's resident memory under that load (benchmark 5). Figures printed and appended to bench/RESULTS-ingestion.md.
#
# Every phase starts from the same table; each reports the CPU per event of the server, PostgreSQL and the load
# generator, and of the server's, the share of its JIT compilers.
#
# Before each of the server's phases, closed-loop load until its JIT compilers go quiet (bench/src/bench/JitSettling).
#
# Settings (environment): CONNECTIONS (16), USERS (1000), JIT_SETTLE_MAX (420 s of that load at most), WARMUP (30 s),
# WINDOW (10 s), RUNS (3), NOTE, RESULTS_FILE, EAR.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh

RESULTS_FILE=${RESULTS_FILE:-bench/RESULTS-ingestion.md}

check_preconditions
compile_bench_programs
fresh_database
trap stop_workgate EXIT
start_workgate

say "measuring"
java -cp "$BENCH_CLASSES:$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.adminKey="$ADMIN_KEY" -Dbench.adminSecret="$ADMIN_SECRET" \
  -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser="$PG_USER" -Dbench.jdbcPassword="$PG_PASSWORD" \
  -Dbench.serverPid="$SERVER_PID" -Dbench.connections="${CONNECTIONS:-16}" -Dbench.users="${USERS:-1000}" \
  -Dbench.jitSettleMaxSeconds="${JIT_SETTLE_MAX:-420}" \
  -Dbench.warmupSeconds="${WARMUP:-30}" -Dbench.windowSeconds="${WINDOW:-10}" -Dbench.runs="${RUNS:-3}" \
  -Dbench.resultsFile="$RESULTS_FILE" -Dbench.machine="$(machine_line)" \
  -Dbench.note="$BUILD; heap $(grep -o -- '-Xmx[0-9]*[kKmMgG]' "$SERVER_HOME/bin/standalone.conf" | head -1); other WildFly servers: $(other_wildfly_servers)${NOTE:+; $NOTE}" \
  bench.IngestBench

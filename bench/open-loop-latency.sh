#!/usr/bin/env bash
# Benchmark 6 (see bench/README.md): latency under a fixed load. For presence batches (100 events a request) and
# for tokens (POST /v1/auth): the most the server does in a closed loop, then an open loop at half that rate on a
# fixed schedule, latencies measured from the moment each request was due; p50 / p99 / p99.9 / max against the
# goals (p99 ≤ 20 ms and ≤ 10 ms). The server is pinned to cpu 0, the load generator to cpu 1. Figures printed and
# appended to bench/RESULTS-latency.md.
#
# Settings (environment): CLOSED_CONNECTIONS (16), OPEN_CONNECTIONS (64), FRACTION (0.5), USERS (1000), KEYS (1000),
# HISTORY (200000 earlier events stored by JDBC first), JIT_SETTLE_MAX (420 s of closed-loop load at most before
# each load, until the server's JIT compilers go quiet), WARMUP (15 s), WINDOW (10 s), RUNS (3), NOTE, RESULTS_FILE,
# EAR.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh

RESULTS_FILE=${RESULTS_FILE:-bench/RESULTS-latency.md}

check_preconditions
compile_bench_programs
fresh_database
trap stop_workgate EXIT
SERVER_CPUS=0 start_workgate

say "measuring (load generator pinned to cpu 1)"
taskset -c 1 java -cp "$BENCH_CLASSES:$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.adminKey="$ADMIN_KEY" -Dbench.adminSecret="$ADMIN_SECRET" \
  -Dbench.serverPid="$SERVER_PID" -Dbench.jitSettleMaxSeconds="${JIT_SETTLE_MAX:-420}" \
  -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser="$PG_USER" -Dbench.jdbcPassword="$PG_PASSWORD" \
  -Dbench.historyEvents="${HISTORY:-200000}" \
  -Dbench.closedConnections="${CLOSED_CONNECTIONS:-16}" -Dbench.openConnections="${OPEN_CONNECTIONS:-64}" \
  -Dbench.fraction="${FRACTION:-0.5}" -Dbench.users="${USERS:-1000}" -Dbench.keys="${KEYS:-1000}" \
  -Dbench.warmupSeconds="${WARMUP:-15}" -Dbench.windowSeconds="${WINDOW:-10}" -Dbench.runs="${RUNS:-3}" \
  -Dbench.resultsFile="$RESULTS_FILE" -Dbench.machine="$(machine_line)" \
  -Dbench.note="$BUILD; other WildFly servers: $(other_wildfly_servers)${NOTE:+; $NOTE}" \
  bench.LatencyBench

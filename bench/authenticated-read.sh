#!/usr/bin/env bash
# Benchmark 3 (see bench/README.md): requests per second of a small read with a bearer JWT against the same read
# without authentication; the server on PostgreSQL pinned to cpu 0, the load generator to cpu 1. Figures printed and
# appended to bench/RESULTS-authenticated-read.md.
#
# Settings (environment): CONNECTIONS (16), WARMUP (15 s), WINDOW (10 s), RUNS (3), NOTE, RESULTS_FILE, EAR.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh

RESULTS_FILE=${RESULTS_FILE:-bench/RESULTS-authenticated-read.md}

check_preconditions
compile_bench_programs
fresh_database
trap stop_workgate EXIT
SERVER_CPUS=0 start_workgate

say "measuring (load generator pinned to cpu 1)"
taskset -c 1 java -cp "$BENCH_CLASSES:$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.adminKey="$ADMIN_KEY" -Dbench.adminSecret="$ADMIN_SECRET" \
  -Dbench.connections="${CONNECTIONS:-16}" -Dbench.warmupSeconds="${WARMUP:-15}" \
  -Dbench.windowSeconds="${WINDOW:-10}" -Dbench.runs="${RUNS:-3}" \
  -Dbench.resultsFile="$RESULTS_FILE" -Dbench.machine="$(machine_line)" \
  -Dbench.note="$BUILD; other WildFly servers: $(other_wildfly_servers)${NOTE:+; $NOTE}" \
  bench.AuthReadBench

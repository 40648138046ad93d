#!/usr/bin/env bash
# Benchmark 1 (see bench/README.md): POST /v1/auth (HMAC) tokens per second against Keycloak's client-credentials
# grant, both servers on PostgreSQL and pinned to cpu 0, the load generator pinned to cpu 1; and the RS256 signing
# limit of one core. Figures printed and appended to bench/RESULTS-tokens.md.
#
# Settings (environment): CONNECTIONS (16,64), WARMUP (20 s), WINDOW (10 s), RUNS (3), KEYS (200),
# KEYCLOAK (1; 0 measures Workgate alone, for quick tuning), NOTE, RESULTS_FILE, EAR.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh

CONNECTIONS=${CONNECTIONS:-16,64}
RESULTS_FILE=${RESULTS_FILE:-bench/RESULTS-tokens.md}
KEYCLOAK=${KEYCLOAK:-1}
KEYCLOAK_URL=http://127.0.0.1:8680

check_preconditions
compile_bench_programs
fresh_database

stop_both() {
  stop_workgate
  [ "$KEYCLOAK" != 1 ] || bench/keycloak/stop-keycloak.sh || true
}
trap stop_both EXIT
if [ "$KEYCLOAK" = 1 ]; then
  say "Keycloak on $KEYCLOAK_URL, pinned to cpu 0"
  CPUS=0 bench/keycloak/start-keycloak.sh
fi
SERVER_CPUS=0 start_workgate

say "measuring (load generator pinned to cpu 1)"
taskset -c 1 java -cp "$BENCH_CLASSES:$CLASSPATH" \
  -Dbench.baseUrl="$BASE_URL" -Dbench.adminKey="$ADMIN_KEY" -Dbench.adminSecret="$ADMIN_SECRET" \
  -Dbench.keycloakUrl="$([ "$KEYCLOAK" = 1 ] && echo "$KEYCLOAK_URL")" \
  -Dbench.connections="$CONNECTIONS" -Dbench.keys="${KEYS:-200}" \
  -Dbench.warmupSeconds="${WARMUP:-20}" -Dbench.windowSeconds="${WINDOW:-10}" -Dbench.runs="${RUNS:-3}" \
  -Dbench.resultsFile="$RESULTS_FILE" -Dbench.machine="$(machine_line)" \
  -Dbench.note="$BUILD; other WildFly servers: $(other_wildfly_servers)${NOTE:+; $NOTE}" \
  bench.TokenBench

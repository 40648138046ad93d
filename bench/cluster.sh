#!/usr/bin/env bash
# Cluster benchmark (issue #14, see bench/README.md): tokens/s (POST /v1/auth) and events/s (POST /v1/presence,
# 100 a request) through HAProxy, with 1 node and with 2 nodes of bin/cluster, each node pinned to its own cpu
# (node i on cpu i-1); the load generator, HAProxy and PostgreSQL are not pinned. Figures printed and one row
# appended to bench/RESULTS-cluster.md.
#
# Settings (environment): CONNECTIONS (32), WARMUP (20 s), WINDOW (10 s), RUNS (3), KEYS (200), USERS (1000),
# HISTORY (200000 earlier events stored and analyzed first: on an empty, analyzed table PostgreSQL plans the
# duplicate check as a scan, and a run without history measured 835 events/s instead of tens of thousands),
# NOTE, RESULTS_FILE. Needs the whole machine: on a shared one run it under its WildFly lock
# (flock /tmp/workgate-wildfly.lock bench/cluster.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh

CONNECTIONS=${CONNECTIONS:-32}
RESULTS_FILE=${RESULTS_FILE:-bench/RESULTS-cluster.md}
LB_PORT=8780
LB_URL=http://127.0.0.1:$LB_PORT
export WORKGATE_CLUSTER_PORT=$LB_PORT WORKGATE_CLUSTER_DIR=$PWD/$OUT/cluster WORKGATE_CLUSTER_CPUS="0 1"
export WORKGATE_DB=postgresql POSTGRESQL_URL=$JDBC_URL POSTGRESQL_USER=$PG_USER POSTGRESQL_PASSWORD=$PG_PASSWORD

check_preconditions
compile_bench_programs
trap 'bin/cluster stop >/dev/null 2>&1 || true' EXIT

# one figure: the median of "a / b / c" after the given label in a program's output
median_after() { grep -m1 -- "$1" "$2" | sed -E "s/.*$1[^0-9]*([0-9.]+) \/ ([0-9.]+) \/ ([0-9.]+).*/\2/"; }

measure() {   # $1 = number of nodes
  local nodes=$1 log=$OUT/cluster-$1.log
  fresh_database >/dev/null
  rm -rf "$WORKGATE_CLUSTER_DIR"
  say "$nodes node(s) behind HAProxy on $LB_URL"
  bin/cluster start "$nodes"
  # shellcheck disable=SC1091
  source "$WORKGATE_CLUSTER_DIR/cluster.env"
  local common=(-cp "$BENCH_CLASSES:$CLASSPATH" -Dbench.baseUrl="$LB_URL" -Dbench.adminKey="$WORKGATE_ADMIN_KEY"
    -Dbench.adminSecret="$WORKGATE_ADMIN_SECRET" -Dbench.connections="$CONNECTIONS"
    -Dbench.warmupSeconds="${WARMUP:-20}" -Dbench.windowSeconds="${WINDOW:-10}" -Dbench.runs="${RUNS:-3}"
    -Dbench.machine="$(machine_line)" -Dbench.note="cluster of $nodes")
  say "tokens/s, $nodes node(s)"
  java "${common[@]}" -Dbench.keys="${KEYS:-200}" -Dbench.resultsFile="$OUT/cluster-scratch.md" bench.TokenBench \
    | tee "$log"
  say "events/s, $nodes node(s)"
  java "${common[@]}" -Dbench.users="${USERS:-1000}" -Dbench.historyEvents="${HISTORY:-200000}" \
    -Dbench.jdbcUrl="$JDBC_URL" -Dbench.jdbcUser="$PG_USER" -Dbench.jdbcPassword="$PG_PASSWORD" \
    -Dbench.serverPid="$(cat "$WORKGATE_CLUSTER_DIR/node1.jvm.pid")" \
    -Dbench.resultsFile="$OUT/cluster-scratch.md" bench.IngestBench | tee -a "$log"
  bin/cluster stop
  TOKENS[$nodes]=$(median_after "$CONNECTIONS connections  Workgate" "$log")
  EVENTS[$nodes]=$(median_after "Workgate, 100 a request" "$log")
  SINGLE[$nodes]=$(median_after "single-event requests" "$log")
}

declare -A TOKENS EVENTS SINGLE
measure 1
measure 2

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
say "through HAProxy, $CONNECTIONS connections, medians"
printf '  tokens/s               1 node %s   2 nodes %s   ratio %s\n' "${TOKENS[1]}" "${TOKENS[2]}" "$(ratio "${TOKENS[2]}" "${TOKENS[1]}")"
printf '  events/s (100 a req.)  1 node %s   2 nodes %s   ratio %s\n' "${EVENTS[1]}" "${EVENTS[2]}" "$(ratio "${EVENTS[2]}" "${EVENTS[1]}")"
printf '  single-event req/s     1 node %s   2 nodes %s   ratio %s\n' "${SINGLE[1]}" "${SINGLE[2]}" "$(ratio "${SINGLE[2]}" "${SINGLE[1]}")"

if [ ! -f "$RESULTS_FILE" ]; then
  cat > "$RESULTS_FILE" <<'EOF'
# Cluster benchmark results

Appended by `bench/cluster.sh` (see `bench/README.md`): through HAProxy (`bin/cluster`), node i pinned to cpu i-1,
the load generator, HAProxy and PostgreSQL unpinned, a fresh database for each node count. Medians of the timed
windows; the ratio is 2 nodes / 1 node.

| date (UTC) | machine | connections | tokens/s 1 node / 2 nodes (ratio) | events/s, 100 a request, 1 / 2 (ratio) | single-event requests/s 1 / 2 (ratio) | notes |
|---|---|---|---|---|---|---|
EOF
fi
printf '| %s | %s | %s | %s / %s (%s) | %s / %s (%s) | %s / %s (%s) | %s; other WildFly servers: %s%s |\n' \
  "$(date -u '+%Y-%m-%d %H:%M')" "$(machine_line)" "$CONNECTIONS" \
  "${TOKENS[1]}" "${TOKENS[2]}" "$(ratio "${TOKENS[2]}" "${TOKENS[1]}")" \
  "${EVENTS[1]}" "${EVENTS[2]}" "$(ratio "${EVENTS[2]}" "${EVENTS[1]}")" \
  "${SINGLE[1]}" "${SINGLE[2]}" "$(ratio "${SINGLE[2]}" "${SINGLE[1]}")" \
  "$BUILD" "$(other_wildfly_servers)" "${NOTE:+; $NOTE}" >> "$RESULTS_FILE"
echo "appended to $RESULTS_FILE"

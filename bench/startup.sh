#!/usr/bin/env bash
# Benchmark 5, start-up (see bench/README.md): launch of standalone.sh to the first 200 of /health/ready, for the
# first start on an empty PostgreSQL database and for RESTARTS restarts on it. Figures printed and appended to
# bench/RESULTS-startup.md. Resident memory under load is measured by bench/ingestion.sh.
#
# Settings (environment): RESTARTS (3), NOTE, RESULTS_FILE, EAR.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh

RESTARTS=${RESTARTS:-3}
RESULTS_FILE=${RESULTS_FILE:-bench/RESULTS-startup.md}

check_preconditions
fresh_database
trap stop_workgate EXIT

start_workgate
first=$STARTUP_SECONDS
rss_first=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status")
stop_workgate
restarts=()
for _ in $(seq 1 "$RESTARTS"); do
  KEEP_DATA=1 start_workgate
  restarts+=("$STARTUP_SECONDS")
  stop_workgate
done
spread=$(printf '%s\n' "${restarts[@]}" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f / %.1f / %.1f", v[1], m, v[NR] }')

say "start-up to ready, s"
echo "  first start (empty database)   $first"
echo "  restarts (min / median / max)  $spread"
echo "  resident memory after the first start: $rss_first MiB"
if [ ! -f "$RESULTS_FILE" ]; then
  cat >"$RESULTS_FILE" <<'HEADER'
# Start-up benchmark results

Appended by `bench/startup.sh` (see `bench/README.md`). Seconds from launching `standalone.sh` to the first 200
of `/health/ready`, on PostgreSQL, server not pinned: the first start on an empty database, and restarts on it
(min / median / max). RSS: resident memory of the server right after the first start.

| date (UTC) | machine | first start s | restarts s | RSS after start MiB | notes |
|---|---|---|---|---|---|
HEADER
fi
echo "| $(date -u '+%Y-%m-%d %H:%M') | $(machine_line) | $first | $spread | $rss_first | $RESTARTS restarts; $BUILD; other WildFly servers: $(other_wildfly_servers)${NOTE:+; $NOTE} |" >>"$RESULTS_FILE"

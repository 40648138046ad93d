#!/usr/bin/env bash
# Stops the Keycloak started by start-keycloak.sh: TERM to the PID in bench/out/keycloak.pid, KILL after 30 s.
set -euo pipefail
cd "$(dirname "$0")/../.."

PID_FILE=bench/out/keycloak.pid
if [[ ! -f $PID_FILE ]]; then echo "No $PID_FILE: Keycloak is not running"; exit 0; fi
PID=$(cat "$PID_FILE")
# Only our Keycloak's java (the PID may have been reused since).
if ! ps -o args= -p "$PID" 2>/dev/null | grep -q 'keycloak-.*quarkus-run\.jar'; then
  echo "Keycloak (PID $PID) was not running"; rm -f "$PID_FILE"; exit 0
fi
kill -TERM "$PID" 2>/dev/null || true
for _ in $(seq 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$PID" 2>/dev/null; then
  echo "Keycloak (PID $PID) still running after 30 s; killing it" >&2
  kill -KILL "$PID" 2>/dev/null || true
  while kill -0 "$PID" 2>/dev/null; do sleep 0.1; done
fi
rm -f "$PID_FILE"
echo "Keycloak (PID $PID) stopped"

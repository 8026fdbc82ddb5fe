#!/usr/bin/env bash
# Stops the Galera nodes that start.sh started, by PID, node 3 first and node 1 last (so node 1
# holds the newest state and may bootstrap the next start).
#
#   deploy/galera/stop.sh            # keeps the data directories
#   deploy/galera/stop.sh --purge    # and removes $GALERA_RUN
set -euo pipefail
source "$(dirname "$0")/common.sh"

for n in $(seq $NODES -1 1); do
  pid=$(pid_of "galera-$n") || { rm -f "$RUN/pids/galera-$n.pid"; continue; }
  log "stopping galera-$n (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && { log "galera-$n still runs after 60 s; killing it"; kill -KILL "$pid"; }
  rm -f "$RUN/pids/galera-$n.pid"
done
if [ "${1:-}" = --purge ]; then
  rm -rf "$RUN"
  log "removed $RUN"
fi

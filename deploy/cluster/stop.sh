#!/usr/bin/env bash
# Stops what start.sh started, by PID (never by name):
#
#   deploy/cluster/stop.sh               # nginx and every node; keeps $CLUSTER_RUN (logs, data)
#   deploy/cluster/stop.sh --node 2      # one node (a normal shutdown)
#   deploy/cluster/stop.sh --kill 2      # one node with SIGKILL, as a crash would
#   deploy/cluster/stop.sh --purge       # everything, then removes $CLUSTER_RUN
set -euo pipefail
source "$(dirname "$0")/common.sh"

case "${1:-}" in
  --node) stop_pid "node-${2:?}"; exit 0 ;;
  --kill) stop_pid "node-${2:?}" KILL; exit 0 ;;
esac
stop_pid nginx
for file in "$RUN"/pids/node-*.pid; do
  [ -e "$file" ] || continue
  stop_pid "$(basename "$file" .pid)"
done
if [ "${1:-}" = --purge ]; then
  rm -rf "$RUN"
  log "removed $RUN"
fi

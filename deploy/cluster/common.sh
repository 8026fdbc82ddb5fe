# Settings shared by start.sh, stop.sh and the scripts beside them (sourced, not run).
# Every value can be set in the environment; see README.md.
CLUSTER_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$CLUSTER_DIR/../.." && pwd)
RUN=${CLUSTER_RUN:-/tmp/ordna-cluster}
NODES=${CLUSTER_NODES:-2}
LB_PORT=${CLUSTER_LB_PORT:-19080}
HTTP_BASE=${CLUSTER_HTTP_BASE:-19081}
GRID_BASE=${CLUSTER_GRID_BASE:-19701}
JAR=${CLUSTER_JAR:-$ROOT/cms-web/target/cms.jar}
JAVA_OPTS=${CLUSTER_JAVA_OPTS:--Xmx512m}
READY_TIMEOUT=${CLUSTER_READY_TIMEOUT:-300}

log() { printf 'cluster: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

node_port() { echo $((HTTP_BASE + $1 - 1)); }
grid_port() { echo $((GRID_BASE + $1 - 1)); }
members() { # the data-grid members, as a list (Payara takes no port ranges)
  local i out=""
  for i in $(seq 1 "$NODES"); do out="$out${out:+,}127.0.0.1:$(grid_port "$i")"; done
  echo "$out"
}
pid_of() { # pid_of NAME: the PID in $RUN/pids/NAME.pid if that process still runs
  local file=$RUN/pids/$1.pid pid
  [ -s "$file" ] || return 1
  pid=$(cat "$file")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}
stop_pid() { # stop_pid NAME [KILL]: TERM (or KILL), wait up to 30 s, then KILL
  local name=$1 signal=${2:-TERM} pid
  pid=$(pid_of "$name") || { rm -f "$RUN/pids/$name.pid"; return 0; }
  log "stopping $name (pid $pid, $signal)"
  kill -"$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$RUN/pids/$name.pid"
}
# Every socket the process listens on must be on 127.0.0.1.
check_loopback() { # check_loopback NAME
  local pid listening
  pid=$(pid_of "$1") || die "$1 does not run"
  listening=$(ss -ltnpH | grep -E "pid=$pid," || true)
  [ -n "$listening" ] || die "$1 (pid $pid) listens on nothing"
  if echo "$listening" | awk '{ print $4 }' | grep -vqE '^127\.0\.0\.1:'; then
    die "$1 (pid $pid) listens beyond 127.0.0.1: $listening"
  fi
  echo "$listening" | awk -v n="$1" '{ print "cluster: " n " listens on " $4 }' >&2
}
await_ready() { # await_ready NAME URL
  local started
  started=$(date +%s)
  until [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$2/health/ready")" = 200 ]; do
    pid_of "$1" >/dev/null || { tail -30 "$RUN/logs/$1.log" >&2; die "$1 exited"; }
    [ $(($(date +%s) - started)) -lt "$READY_TIMEOUT" ] || die "$1 not ready in $READY_TIMEOUT s"
    sleep 1
  done
  log "$1 ready at $2 after $(($(date +%s) - started)) s"
}

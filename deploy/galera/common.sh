# Settings shared by start.sh and stop.sh (sourced). See README.md.
GALERA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RUN=${GALERA_RUN:-/tmp/ordna-galera}
SQL_BASE=${GALERA_SQL_BASE:-19306}     # node N: SQL on SQL_BASE+N-1
GCOMM_BASE=${GALERA_GCOMM_BASE:-19401} # node N: group communication on GCOMM_BASE+N-1
IST_BASE=${GALERA_IST_BASE:-19411}     # incremental state transfer
SST_BASE=${GALERA_SST_BASE:-19421}     # full state transfer (rsync)
NODES=3

log() { printf 'galera: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
sql_port() { echo $((SQL_BASE + $1 - 1)); }
sock() { echo "$RUN/node-$1/mysqld.sock"; }
on_node() { # on_node N SQL...: as root over node N's socket
  local n=$1
  shift
  mariadb --no-defaults -uroot -S "$(sock "$n")" -N -B "$@"
}
pid_of() {
  local file=$RUN/pids/$1.pid pid
  [ -s "$file" ] || return 1
  pid=$(cat "$file")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

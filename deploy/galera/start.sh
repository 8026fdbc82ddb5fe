#!/usr/bin/env bash
# Starts a three-node MariaDB Galera cluster on loopback (Debian's mariadb-server and galera-4):
#
#   deploy/galera/start.sh
#
# Each node has its own data directory under $GALERA_RUN (default /tmp/ordna-galera), SQL on
# 127.0.0.1:19306-19308, group communication on 19401-19403, IST on 19411-19413 and rsync SST on
# 19421-19423, all bound to 127.0.0.1 (checked with `ss -ltnp`). Node 1 bootstraps the cluster, 2
# and 3 join it by state transfer. Creates the database `cms` and the user `cms` with a generated
# password, written to $GALERA_RUN/env (mode 600) with the JDBC URL of each node:
#
#   GALERA_URL_1=jdbc:mariadb://127.0.0.1:19306/cms  (…_2, …_3)  GALERA_USER  GALERA_PASSWORD
#
# PIDs in $GALERA_RUN/pids; stop.sh stops them by PID. A second start reuses the data directories.
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ -x /usr/sbin/mariadbd ] || die "mariadb-server is missing (apt-get install mariadb-server galera-4)"
[ -f /usr/lib/galera/libgalera_smm.so ] || die "galera-4 is missing (apt-get install galera-4)"
command -v rsync >/dev/null || die "rsync is missing (the state transfer uses it)"
# mariadbd runs as mysql, as Debian runs it (so does the rsync daemon of a state transfer, which
# would otherwise drop to nobody and find no way into the data directory)
id mysql >/dev/null 2>&1 || die "no user mysql (apt-get install mariadb-server creates it)"
mkdir -p "$RUN/pids"
chmod 755 "$RUN"
members=""
for n in $(seq 1 $NODES); do members="$members${members:+,}127.0.0.1:$((GCOMM_BASE + n - 1))"; done

configure() { # configure N: the node's directory, configuration and (first time) system tables
  local n=$1 dir=$RUN/node-$1
  mkdir -p "$dir"
  chown mysql:mysql "$dir"
  sed -e "s#@DIR@#$dir#g" -e "s#@PORT@#$(sql_port "$n")#g" -e "s#@MEMBERS@#$members#g" \
    -e "s#@NAME@#galera-$n#g" -e "s#@GCOMM_PORT@#$((GCOMM_BASE + n - 1))#g" \
    -e "s#@IST_PORT@#$((IST_BASE + n - 1))#g" -e "s#@SST_PORT@#$((SST_BASE + n - 1))#g" \
    "$GALERA_DIR/node.cnf" >"$dir/my.cnf"
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql --skip-test-db \
      --auth-root-authentication-method=socket >"$dir/install.log" 2>&1 \
      || { cat "$dir/install.log" >&2; die "mariadb-install-db failed for node $n"; }
  fi
}

start_node() { # start_node N [--wsrep-new-cluster]
  local n=$1 dir=$RUN/node-$1
  shift
  pid_of "galera-$n" >/dev/null && { log "galera-$n runs already"; return 0; }
  /usr/sbin/mariadbd --defaults-file="$dir/my.cnf" --user=mysql "$@" >>"$dir/stdout.log" 2>&1 &
  echo $! >"$RUN/pids/galera-$n.pid"
  log "started galera-$n (pid $!) on 127.0.0.1:$(sql_port "$n") $*"
  local waited=0 state=""
  until state=$(on_node "$n" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2) \
    && [ "$state" = Synced ]; do
    pid_of "galera-$n" >/dev/null || { tail -30 "$dir/error.log" >&2; die "galera-$n exited"; }
    [ $waited -lt 240 ] || die "galera-$n not synced in 240 s (state: ${state:-none})"
    sleep 1
    waited=$((waited + 1))
  done
  log "galera-$n synced after $waited s"
}

for n in $(seq 1 $NODES); do configure "$n"; done
# The node stopped last holds the newest state; stop.sh stops node 1 last. A cluster that crashed
# as a whole needs an operator's decision (galera_recovery); this throwaway one bootstraps node 1.
sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$RUN/node-1/data/grastate.dat" 2>/dev/null || true
start_node 1 --wsrep-new-cluster
start_node 2
start_node 3

size=$(on_node 1 -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)
[ "$size" = 3 ] || die "cluster size $size, not 3"
if [ ! -s "$RUN/env" ]; then
  password=galera-$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  on_node 1 -e "
    CREATE DATABASE IF NOT EXISTS cms CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
    CREATE USER IF NOT EXISTS 'cms'@'127.0.0.1' IDENTIFIED BY '$password';
    GRANT ALL PRIVILEGES ON cms.* TO 'cms'@'127.0.0.1';"
  umask 077
  {
    for n in $(seq 1 $NODES); do echo "GALERA_URL_$n=jdbc:mariadb://127.0.0.1:$(sql_port "$n")/cms"; done
    echo "GALERA_USER=cms"
    echo "GALERA_PASSWORD=$password"
  } >"$RUN/env"
  umask 022
fi

for n in $(seq 1 $NODES); do
  pid=$(pid_of "galera-$n")
  listening=$(ss -ltnpH | grep -E "pid=$pid," || true)
  if echo "$listening" | awk '{ print $4 }' | grep -vqE '^127\.0\.0\.1:'; then
    die "galera-$n listens beyond 127.0.0.1: $listening"
  fi
  echo "$listening" | awk -v n="galera-$n" '{ print "galera: " n " listens on " $4 }' >&2
done
log "up: 3 nodes synced; JDBC URLs and credentials in $RUN/env"

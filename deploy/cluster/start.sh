#!/usr/bin/env bash
# Starts a cluster of Ordna CMS nodes behind nginx on loopback (see README.md):
#
#   deploy/cluster/start.sh              # CLUSTER_NODES nodes (default 2) and nginx, all at once
#   deploy/cluster/start.sh --node 3     # one more node (e.g. a late joiner), into a running set
#
# Each node is cms.jar with its own data directory under $CLUSTER_RUN, one shared asset store,
# Payara's data grid with TCP/IP membership (the list of every node's grid port, never multicast)
# bound to 127.0.0.1, and CMS_TRUSTED_PROXIES=127.0.0.1 for nginx. PIDs go to $CLUSTER_RUN/pids,
# logs to $CLUSTER_RUN/logs; stop.sh stops them by PID. Every process is checked with `ss -ltnp`
# to listen on 127.0.0.1 only.
#
# The database: CMS_DB_URL / CMS_DB_USER / CMS_DB_PASSWORD, or per node CLUSTER_DB_URLS (a comma
# list, node 1 first: one Galera node each). Without CMS_DB_URL it creates the MariaDB database
# cms_cluster (as root over the local socket) and a user with a generated password.
set -euo pipefail
source "$(dirname "$0")/common.sh"

ONLY=""
if [ "${1:-}" = --node ]; then
  ONLY=${2:?"--node needs a number"}
fi
mkdir -p "$RUN/pids" "$RUN/logs" "$RUN/assets"
chmod 700 "$RUN"
command -v nginx >/dev/null || die "nginx is missing (apt-get install nginx)"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -q -DskipTests package)

# --- database and secrets (kept in $RUN/env, mode 600, for the next --node and the tools) ---------
if [ -s "$RUN/env" ]; then
  # shellcheck disable=SC1091
  source "$RUN/env"
else
  if [ -z "${CMS_DB_URL:-}" ] && [ -z "${CLUSTER_DB_URLS:-}" ]; then
    CMS_DB_USER=cms_cluster
    CMS_DB_PASSWORD=cluster-$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    CMS_DB_URL=jdbc:mariadb://127.0.0.1:3306/cms_cluster
    log "creating the database cms_cluster and its user (MariaDB root over the local socket)"
    mariadb -uroot -e "
      DROP DATABASE IF EXISTS cms_cluster;
      CREATE DATABASE cms_cluster CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
      CREATE USER IF NOT EXISTS 'cms_cluster'@'127.0.0.1' IDENTIFIED BY '$CMS_DB_PASSWORD';
      ALTER USER 'cms_cluster'@'127.0.0.1' IDENTIFIED BY '$CMS_DB_PASSWORD';
      GRANT ALL PRIVILEGES ON cms_cluster.* TO 'cms_cluster'@'127.0.0.1';"
  fi
  CMS_ADMIN_PASSWORD=${CMS_ADMIN_PASSWORD:-$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')}
  umask 077
  {
    printf 'CMS_DB_URL=%q\nCMS_DB_USER=%q\nCMS_DB_PASSWORD=%q\n' \
      "${CMS_DB_URL:-}" "${CMS_DB_USER:-cms}" "${CMS_DB_PASSWORD:-cms}"
    printf 'CLUSTER_DB_URLS=%q\nCMS_ADMIN_PASSWORD=%q\n' "${CLUSTER_DB_URLS:-}" "$CMS_ADMIN_PASSWORD"
  } >"$RUN/env"
  umask 022
fi

db_url_of() { # node N's database: its entry in CLUSTER_DB_URLS, else CMS_DB_URL
  local urls
  IFS=, read -r -a urls <<<"${CLUSTER_DB_URLS:-}"
  if [ ${#urls[@]} -gt 0 ]; then echo "${urls[$(( ($1 - 1) % ${#urls[@]} ))]}"; else echo "$CMS_DB_URL"; fi
}

start_node() { # start_node N
  local n=$1 name="node-$1"
  pid_of "$name" >/dev/null && { log "$name runs already"; return 0; }
  mkdir -p "$RUN/$name"
  (
    cd "$RUN/$name"
    # shellcheck disable=SC2086 # JAVA_OPTS is a word list
    exec env CMS_PORT="$(node_port "$n")" CMS_BIND=127.0.0.1 CMS_DATA_DIR="$RUN/$name" \
      CMS_ASSETS_DIR="$RUN/assets" CMS_DB_URL="$(db_url_of "$n")" CMS_DB_USER="$CMS_DB_USER" \
      CMS_DB_PASSWORD="$CMS_DB_PASSWORD" CMS_ADMIN_PASSWORD="$CMS_ADMIN_PASSWORD" \
      CMS_CLUSTER_MEMBERS="$(members)" CMS_CLUSTER_PORT="$(grid_port "$n")" \
      CMS_CLUSTER_INTERFACE=127.0.0.1 CMS_INSTANCE_NAME="$name" CMS_TRUSTED_PROXIES=127.0.0.1 \
      CMS_PUBLIC_BASE_URL="${CMS_PUBLIC_BASE_URL:-http://127.0.0.1:$LB_PORT}" \
      java $JAVA_OPTS -jar "$JAR" >>"$RUN/logs/$name.log" 2>&1
  ) &
  echo $! >"$RUN/pids/$name.pid"
  log "started $name (pid $!) on 127.0.0.1:$(node_port "$n"), grid 127.0.0.1:$(grid_port "$n"), database $(db_url_of "$n")"
}

start_nginx() {
  pid_of nginx >/dev/null && { log "nginx runs already"; return 0; }
  local upstreams="" i
  for i in $(seq 1 "$NODES"); do
    upstreams="$upstreams    server 127.0.0.1:$(node_port "$i") max_fails=1 fail_timeout=5s;"$'\n'
  done
  mkdir -p "$RUN/nginx/tmp"
  awk -v u="$upstreams" '{ if ($0 == "@UPSTREAMS@") printf "%s", u; else print }' \
    "$CLUSTER_DIR/nginx.conf" | sed -e "s#@DIR@#$RUN/nginx#g" -e "s#@PORT@#$LB_PORT#g" \
    >"$RUN/nginx/nginx.conf"
  nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -t 2>/dev/null || die "bad nginx.conf"
  nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g 'daemon off;' 2>>"$RUN/logs/nginx.log" &
  echo $! >"$RUN/pids/nginx.pid"
  log "started nginx (pid $!) on 127.0.0.1:$LB_PORT"
}

if [ -n "$ONLY" ]; then
  start_node "$ONLY"
  await_ready "node-$ONLY" "http://127.0.0.1:$(node_port "$ONLY")"
  check_loopback "node-$ONLY"
  exit 0
fi

# All nodes at the same moment: their first-start work is serialised by a database lease.
for i in $(seq 1 "$NODES"); do start_node "$i"; done
start_nginx
for i in $(seq 1 "$NODES"); do await_ready "node-$i" "http://127.0.0.1:$(node_port "$i")"; done
await_ready nginx "http://127.0.0.1:$LB_PORT"
for i in $(seq 1 "$NODES"); do check_loopback "node-$i"; done
check_loopback nginx
for i in $(seq 1 "$NODES"); do
  grep -q "shared with the cluster" "$RUN/logs/node-$i.log" || die "node-$i did not join the data grid"
done
log "up: http://127.0.0.1:$LB_PORT (admin password in $RUN/env); stop with deploy/cluster/stop.sh"

#!/usr/bin/env bash
# The delivery API's HTTP load run, in one command (see bench/README.md):
#
#   bench/run.sh
#
# 1. installs wrk and nginx from Debian's packages if missing (apt-get);
# 2. makes sure MariaDB answers on 127.0.0.1:3306 (starts it if not) and creates a fresh database
#    cms_bench and its user, with a generated non-empty password;
# 3. builds cms-web/target/cms.jar if missing, starts it on that database with the demo data on a
#    free loopback port, and waits (bounded) for /health/ready;
# 4. generates 10,000 published nb articles, 2,000 of them with published se variants
#    (bench/generate.py, over the management API);
# 5. warms up, then runs wrk (-t2 -c32 -d30s --latency) for each scenario, and the same JSON as a
#    static file from nginx on another loopback port as the ceiling;
# 6. writes bench/results/<timestamp>.md (git-ignored) and prints the table;
# 7. stops what it started, by PID.
#
# Everything listens on 127.0.0.1 and all load goes to 127.0.0.1. Knobs (environment):
#   BENCH_DURATION=30s BENCH_THREADS=2 BENCH_CONNECTIONS=32   wrk settings of a measured run
#   BENCH_WARMUP=10          seconds of load per CMS scenario before measuring (JIT warm-up)
#   BENCH_ARTICLES=10000 BENCH_SE=2000 BENCH_WORKERS=6   generated data, generator concurrency
#   BENCH_GENERATE_ARGS=""   more options for bench/generate.py (e.g. --no-review: publish without
#                            the review steps, about three times as fast for large sets)
#   BENCH_SCENARIOS="a a-rotating c1 e b c f g d m va vb"   the scenarios to measure (README), in order
#                            (va, vb: (a) and (b) through Varnish; only where varnishd and the
#                            xkey module are installed)
#   BENCH_FRESH_ROUNDS=50    publish -> fresh answer at Varnish, rounds
#   BENCH_QUIET=0.25 BENCH_QUIET_MAX=60 BENCH_RETRIES=1   the machine is shared: before each
#                            measured run wait (at most QUIET_MAX s) until other processes use
#                            less than QUIET cores; repeat a run during which they used more (at
#                            most RETRIES times) and keep the quietest attempt
#   BENCH_REUSE_DB=1         keep the database and data lists of the previous run on it
#                            (skips the generation; for experiments with the settings below)
#   BENCH_DB=cms_bench       the database (and user); its data lists are kept in
#                            bench/results/data (cms_bench) or bench/results/data-<BENCH_DB>, so
#                            several sizes can be kept side by side (see bench/scale.sh)
#   BENCH_PAGES=200          (g): how many pages of the 20-newest list to follow with `next`
#   BENCH_READY_MAX=600      seconds to wait for /health/ready
#   BENCH_JAVA_OPTS="-Xmx512m"   JVM options of cms.jar
#   BENCH_CMS_ARGS=""        extra arguments for cms.jar (passed on to Payara Micro)
#   BENCH_INDEX_ON_DISK=0    1: the search index on disk (CMS_SEARCH_INDEX_DIR), kept with the
#                            database's data lists, so the first run on a database builds it and
#                            later runs catch up from the publication log (start-up of both kinds)
#   CMS_HTTP_REQUEST_LOG     passed on to cms.jar (unset: the product default, one line a request)
#   BENCH_LABEL=""           a word for the results file name and heading
#   BENCH_JAR                the bundle to run (default cms-web/target/cms.jar)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
DURATION=${BENCH_DURATION:-30s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WARMUP=${BENCH_WARMUP:-10}
ARTICLES=${BENCH_ARTICLES:-10000}
SE=${BENCH_SE:-2000}
WORKERS=${BENCH_WORKERS:-6}
# shellcheck disable=SC2206
GENERATE_ARGS=(${BENCH_GENERATE_ARGS:-})
QUIET=${BENCH_QUIET:-0.25}
QUIET_MAX=${BENCH_QUIET_MAX:-60}
RETRIES=${BENCH_RETRIES:-1}
SCENARIOS=${BENCH_SCENARIOS:-a a-rotating c1 e b c f g d m va vb}
PAGES=${BENCH_PAGES:-200}
READY_MAX=${BENCH_READY_MAX:-600}
FRESH_ROUNDS=${BENCH_FRESH_ROUNDS:-50}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
CMS_ARGS=${BENCH_CMS_ARGS:-}
LABEL=${BENCH_LABEL:-}
JAR=${BENCH_JAR:-$ROOT/cms-web/target/cms.jar}
DB_NAME=${BENCH_DB:-cms_bench}
DB_USER=$DB_NAME
DB_HOST=127.0.0.1
DB_PORT=3306
RESULTS=$BENCH_DIR/results
if [ "$DB_NAME" = cms_bench ]; then DATA=$RESULTS/data; else DATA=$RESULTS/data-$DB_NAME; fi
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$RESULTS/$STAMP${LABEL:+-$LABEL}.md

mkdir -p "$RESULTS" "$DATA"
WORK=$(mktemp -d /tmp/ordna-bench.XXXXXX)
chmod 755 "$WORK"
CMS_PID="" NGINX_PID="" VARNISH_PID="" MARIADB_PIDFILE=""

log() { printf 'bench: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

stop_pid() { # stop_pid PID NAME: TERM, wait up to 30 s, then KILL
  local pid=$1 name=$2
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  stop_pid "$VARNISH_PID" varnishd
  stop_pid "$NGINX_PID" nginx
  stop_pid "$CMS_PID" cms.jar
  if [ -n "$MARIADB_PIDFILE" ] && [ -s "$MARIADB_PIDFILE" ]; then
    stop_pid "$(cat "$MARIADB_PIDFILE")" mariadbd
  fi
  [ -f "$WORK/cms.log" ] && cp "$WORK/cms.log" "$RESULTS/$STAMP${LABEL:+-$LABEL}.cms.log" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
on_signal() { exit 130; }
trap on_signal INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- 1. tools -------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]} (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v wrk >/dev/null && command -v nginx >/dev/null || die "wrk or nginx missing"

# --- 2. MariaDB -----------------------------------------------------------------------------------
db_answers() {
  mysqladmin -h "$DB_HOST" -P "$DB_PORT" -uroot ping >/dev/null 2>&1 \
    || mysqladmin -uroot ping >/dev/null 2>&1
}
as_root() {
  if command -v mariadb >/dev/null 2>&1 && mariadb -uroot -e "select 1" >/dev/null 2>&1; then
    mariadb -uroot "$@"
  else
    mysql -h "$DB_HOST" -P "$DB_PORT" -uroot "$@"
  fi
}
if ! db_answers; then
  if [ ! -x /usr/sbin/mariadbd ]; then
    log "installing mariadb-server (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq mariadb-server >/dev/null
  fi
  log "MariaDB does not answer on $DB_HOST:$DB_PORT; starting it"
  install -d -o mysql -g mysql /run/mysqld
  MARIADB_PIDFILE=$WORK/mariadbd.pid
  start-stop-daemon --start --oknodo --background --make-pidfile --pidfile "$MARIADB_PIDFILE" \
    --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
  for _ in $(seq 1 60); do db_answers && break; sleep 1; done
  db_answers || die "MariaDB did not start"
fi
DB_PASSWORD=$(python3 -c 'import secrets; print("bench-" + secrets.token_hex(12))')
if [ "${BENCH_REUSE_DB:-}" = 1 ] && [ -s "$DATA/slugs-nb.txt" ] \
  && as_root -e "USE $DB_NAME" 2>/dev/null; then
  REUSE=1
  log "reusing the database $DB_NAME and the data lists of the previous run"
else
  REUSE=0
  as_root -e "DROP DATABASE IF EXISTS $DB_NAME;
    CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  rm -f "$DATA"/*
fi
as_root -e "
  CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
  FLUSH PRIVILEGES;"

# --- 3. cms.jar -----------------------------------------------------------------------------------
if [ ! -f "$JAR" ]; then
  log "building the bundle (mvn -q -DskipTests package)"
  (cd "$ROOT" && mvn -q -DskipTests package)
fi
PORT=$(free_port)
# Varnish in front of the CMS with the documented VCL (deploy/varnish/cms.vcl), purged by the CMS
VARNISH=""
if ! echo " $SCENARIOS " | grep -qE ' (va|vb) '; then
  log "no Varnish scenario asked for: no Varnish"
elif [ -x /usr/sbin/varnishd ] && [ -e /usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so ]; then
  VARNISH_PORT=$(free_port)
  VARNISH=http://127.0.0.1:$VARNISH_PORT
  sed "s/\.port = \"8080\"/.port = \"$PORT\"/" "$ROOT/deploy/varnish/cms.vcl" >"$WORK/cms.vcl"
  chmod 644 "$WORK/cms.vcl"
  /usr/sbin/varnishd -F -n "$WORK/varnish" -a "127.0.0.1:$VARNISH_PORT" -T none -f "$WORK/cms.vcl" \
    -s malloc,256m >"$WORK/varnish.log" 2>&1 &
  VARNISH_PID=$!
  log "varnishd on $VARNISH in front of the CMS"
else
  log "no varnishd with the xkey module (Debian: varnish, varnish-modules): no Varnish scenarios"
  SCENARIOS=$(echo "$SCENARIOS" | tr ' ' '\n' | grep -vx 'va\|vb' | paste -sd' ')
fi
# The administrator's password is kept with the data lists (git-ignored, mode 600): on a reused
# database the administrator exists already and only that password signs in (scenario (m)).
if [ "$REUSE" = 1 ] && [ -s "$DATA/admin-password" ]; then
  ADMIN_PASSWORD=$(cat "$DATA/admin-password")
else
  ADMIN_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
  [ "$REUSE" = 1 ] || (umask 077 && echo "$ADMIN_PASSWORD" >"$DATA/admin-password")
fi
INDEX_DIR=
if [ "${BENCH_INDEX_ON_DISK:-0}" = 1 ]; then
  INDEX_DIR=$DATA/search-index
  # a fresh database has no index yet: an index left from an earlier database of that name goes
  [ "$REUSE" = 1 ] || rm -rf "$INDEX_DIR"
  mkdir -p "$INDEX_DIR"
fi
BASE=http://127.0.0.1:$PORT
log "starting cms.jar on $BASE (MariaDB $DB_NAME, demo data, request log ${CMS_HTTP_REQUEST_LOG:-default})"
(
  cd "$WORK"
  # shellcheck disable=SC2086 # JAVA_OPTS and CMS_ARGS are word lists
  exec env -u CMS_CLUSTER_MEMBERS CMS_PORT="$PORT" CMS_BIND=127.0.0.1 CMS_DATA_DIR="$WORK/data" \
    CMS_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME" CMS_DB_USER="$DB_USER" \
    CMS_DB_PASSWORD="$DB_PASSWORD" CMS_DEMO_DATA=true CMS_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    CMS_OUTBOUND_ALLOWED_HOSTS=127.0.0.1 ${VARNISH:+CMS_VARNISH_URL="$VARNISH/"} \
    ${INDEX_DIR:+CMS_SEARCH_INDEX_DIR="$INDEX_DIR"} \
    java $JAVA_OPTS -jar "$JAR" $CMS_ARGS >"$WORK/cms.log" 2>&1
) &
CMS_PID=$!
started=$(date +%s)
until [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$BASE/health/ready")" = 200 ]; do
  kill -0 "$CMS_PID" 2>/dev/null || { tail -40 "$WORK/cms.log" >&2; die "cms.jar exited"; }
  [ $(($(date +%s) - started)) -lt "$READY_MAX" ] || { tail -40 "$WORK/cms.log" >&2; die "not ready in $READY_MAX s"; }
  sleep 1
done
READY_S=$(($(date +%s) - started))
log "ready after $READY_S s"
# The search index is built in the background after start-up; a search answers 503 until it is.
until [ "$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$BASE/api/v1/search?q=kompetanse&locale=nb")" = 200 ]; do
  kill -0 "$CMS_PID" 2>/dev/null || die "cms.jar exited"
  [ $(($(date +%s) - started)) -lt 900 ] || { SEARCH_READY_S="not within 900"; break; }
  sleep 1
done
SEARCH_READY_S=${SEARCH_READY_S:-$(($(date +%s) - started))}
INDEX_BUILT=$(grep -o 'Search index built: [0-9]* documents in [0-9]* ms' "$WORK/cms.log" | tail -1 || true)
log "search answers after $SEARCH_READY_S s ($INDEX_BUILT)"
# The JVM's heap after a full collection (jcmd GC.run, then GC.heap_info), and the resident size.
java_pid() { pgrep -P "$CMS_PID" java || echo "$CMS_PID"; }
heap_after_gc() { # prints "<used MB> of <committed MB>"
  local pid
  pid=$(java_pid)
  jcmd "$pid" GC.run >/dev/null 2>&1 || { echo "?"; return; }
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '
    / total [0-9]+K, used [0-9]+K/ && !seen {
      for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
      gsub(/[K,]/, "", t); gsub(/[K,]/, "", u); printf "%d MB of %d MB", u / 1024, t / 1024; seen = 1 }'
}
rss_mb() { echo $(($(ps -o rss= -p "$(java_pid)" | tr -d ' ') / 1024)); }
HEAP_START=$(heap_after_gc)
RSS_START=$(rss_mb)
log "after start-up: heap after GC $HEAP_START, RSS $RSS_START MB"

# --- 4. data --------------------------------------------------------------------------------------
if [ "$REUSE" = 0 ]; then
  log "generating $ARTICLES published nb articles, $SE with published se variants ($WORKERS workers)"
  python3 "$BENCH_DIR/generate.py" --base "$BASE" --user admin --password "$ADMIN_PASSWORD" \
    --count "$ARTICLES" --se-count "$SE" --workers "$WORKERS" --out "$DATA" "${GENERATE_ARGS[@]}" >&2
fi
[ -s "$DATA/slugs-nb.txt" ] || die "no generated data"

# The scenarios' URLs. (a): one article in the middle of the set; (a'): every 10th nb slug (1,000
# with 10,000 articles); (c1): an article without an se variant, read in se (falls back to nb).
SLUG_A=$(sed -n "$(( ($(wc -l <"$DATA/slugs-nb.txt") + 1) / 2 ))p" "$DATA/slugs-nb.txt")
SLUG_NB_ONLY=$(sed -n "$(( ($(wc -l <"$DATA/nb-only-slugs.txt") + 1) / 2 ))p" "$DATA/nb-only-slugs.txt")
# (a') takes 1,000 slugs spread evenly over the set whatever its size, so that its working set is
# the same at 10,000 and at 100,000 articles.
awk -v n="$(wc -l <"$DATA/slugs-nb.txt")" 'BEGIN { step = int(n / 1000); if (step < 1) step = 1 }
  (NR - 1) % step == 0 && c < 1000 { print "/api/v1/content/article/" $0 "?locale=nb"; c++ }' \
  "$DATA/slugs-nb.txt" >"$WORK/rotating-paths.txt"
ROTATING=$(wc -l <"$WORK/rotating-paths.txt")
PATH_A="/api/v1/content/article/$SLUG_A?locale=nb"
PATH_B="/api/v1/content/article?locale=nb&sort=-publishDate&limit=20"
PATH_C="/api/v1/content/article?locale=se&sort=-publishDate&limit=20"
PATH_C1="/api/v1/content/article/$SLUG_NB_ONLY?locale=se"
PATH_D="/api/v1/search?q=kompetanse&locale=nb"
# (f): a filtered and sorted list: one tag (about 2 in 5 articles have it), in title order.
PATH_F="/api/v1/content/article?locale=nb&tags=fagskole&sort=title&limit=20"
# (m): the management list (authenticated, never cached): the newest changed articles.
PATH_M="/api/v1/manage/items?type=article&limit=20"

# (g): the 20-newest list followed with `next` PAGES pages deep; the pages' paths, for wrk to
# request round-robin. The walk itself is timed: every page is then a cache miss.
walk_started=$(date +%s%N)
python3 - "$BASE" "$PATH_B" "$PAGES" >"$WORK/page-paths.txt" <<'PY' || die "could not follow $PAGES pages of $PATH_B"
import json, sys, urllib.parse, urllib.request
base, path, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
for _ in range(pages):
    print(path)
    with urllib.request.urlopen(base + path, timeout=30) as answer:
        nxt = json.load(answer).get("next")
    if not nxt:
        sys.exit("the list ended before page %d" % pages)
    path = path.split("&cursor=")[0] + "&cursor=" + urllib.parse.quote(nxt)
PY
WALK_MS_PER_PAGE=$((($(date +%s%N) - walk_started) / 1000000 / PAGES))
log "followed $PAGES pages of (b) with next: $WALK_MS_PER_PAGE ms a page (each a cache miss)"
DEEPEST=$(tail -1 "$WORK/page-paths.txt")
# A sign-in token for (m).
MANAGE_TOKEN=$(curl -s --max-time 60 -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$BASE/api/v1/auth/token" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin).get("token", ""))' 2>/dev/null || true)
if [ -z "$MANAGE_TOKEN" ]; then
  log "no sign-in token (the administrator's password of this database is not known): no (m)"
  SCENARIOS=$(echo "$SCENARIOS" | tr ' ' '\n' | grep -vx m | paste -sd' ')
fi

# Saves a CMS answer (status and ETag checked) as a file for nginx; echoes its ETag.
save() { # save PATH FILE
  local status
  status=$(curl -s --max-time 10 -D "$WORK/headers" -o "$2" -w '%{http_code}' "$BASE$1")
  [ "$status" = 200 ] || die "GET $1 answered $status"
  tr -d '\r' <"$WORK/headers" | awk -F': ' 'tolower($1) == "etag" { print $2 }'
}
mkdir -p "$WORK/www" "$WORK/nginx-tmp"
ETAG_A=$(save "$PATH_A" "$WORK/www/a.json")
save "$PATH_B" "$WORK/www/b.json" >/dev/null
save "$PATH_C" "$WORK/www/c.json" >/dev/null
save "$PATH_C1" "$WORK/c1.json" >/dev/null
save "$PATH_F" "$WORK/f.json" >/dev/null
save "$DEEPEST" "$WORK/g.json" >/dev/null
chmod 644 "$WORK/www/"*.json
grep -q '"fallback":true' "$WORK/c1.json" || die "$PATH_C1 is not a fallback answer"
status=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG_A" "$BASE$PATH_A")
[ "$status" = 304 ] || die "If-None-Match on $PATH_A answered $status, not 304"
SEARCH_STATUS=$(curl -s --max-time 10 -o "$WORK/d.json" -w '%{http_code}' "$BASE$PATH_D" || true)

# --- nginx ----------------------------------------------------------------------------------------
NGINX_PORT=$(free_port)
NGINX=http://127.0.0.1:$NGINX_PORT
sed -e "s#@DIR@#$WORK#g" -e "s#@PORT@#$NGINX_PORT#g" "$BENCH_DIR/nginx.conf" >"$WORK/nginx.conf"
nginx -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' 2>>"$WORK/nginx.err" &
NGINX_PID=$!
for _ in $(seq 1 20); do
  [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$NGINX/a.json")" = 200 ] && break
  sleep 0.5
done
cmp -s <(curl -s --max-time 5 "$NGINX/a.json") "$WORK/www/a.json" || die "nginx does not serve a.json"
NGINX_ETAG=$(curl -s --max-time 5 -D - -o /dev/null "$NGINX/a.json" | tr -d '\r' \
  | awk -F': ' 'tolower($1) == "etag" { print $2 }')

# Loopback only: every socket our processes listen on must be on 127.0.0.1.
pids_of() { # a process and its descendants
  local p=$1
  echo "$p"
  for c in $(pgrep -P "$p" 2>/dev/null); do pids_of "$c"; done
}
OUR_PIDS=$( (pids_of "$CMS_PID"; pids_of "$NGINX_PID"; [ -z "$VARNISH_PID" ] || pids_of "$VARNISH_PID") \
  | sort -u | paste -sd'|')
LISTENERS=$(ss -ltnpH | grep -E "pid=($OUR_PIDS)," || true)
echo "$LISTENERS" | awk '{ print $4 }' | grep -vE '^(127\.0\.0\.1:|$)' \
  && die "a process of this run listens beyond 127.0.0.1: $LISTENERS"
echo "$LISTENERS" | grep -q "127.0.0.1:$PORT " || die "cms.jar does not listen on 127.0.0.1:$PORT"

# --- 5. load --------------------------------------------------------------------------------------
# CPU time (clock ticks) of the whole machine, and of this run's own processes: cms.jar, nginx
# and (through `times`) this script's children such as wrk. What is left is other work on the
# machine during a measured run: the "others" column, in cores (0.00 = the run had the machine).
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 }' /proc/stat; }
proc_ticks() { # the user + system ticks of the given PIDs
  local sum=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] || continue
    sum=$((sum + $(sed 's/.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }')))
  done
  echo "$sum"
}
# snapshot: sets SNAP_BUSY, SNAP_OWN (ticks of cms.jar, nginx, the kernel's softirq threads and
# this shell's finished children, such as wrk) and SNAP_T. Runs in the current shell: `times`
# in a subshell would not see this shell's children.
snapshot() {
  times >"$WORK/times"
  SNAP_BUSY=$(busy_ticks)
  SNAP_OWN=$(($(proc_ticks $(pids_of "$CMS_PID") $(pids_of "$NGINX_PID") \
    $([ -z "$VARNISH_PID" ] || pids_of "$VARNISH_PID") $(pgrep -x 'ksoftirqd/[0-9]+')) \
    + $(tail -1 "$WORK/times" | awk -v hz="$(getconf CLK_TCK)" '{
        split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * hz }')))
  SNAP_T=$(date +%s.%N)
}
# others_since: cores used by other processes since the last snapshot (takes a new one).
others_since() {
  local busy0=$SNAP_BUSY own0=$SNAP_OWN t0=$SNAP_T
  snapshot
  OTHERS=$(awk -v b="$((SNAP_BUSY - busy0))" -v o="$((SNAP_OWN - own0))" -v t0="$t0" \
    -v t1="$SNAP_T" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { x = (b - o) / hz / (t1 - t0); printf "%.2f", x < 0 ? 0 : x }')
}
# wait_quiet: waits (at most QUIET_MAX s) until other processes use less than QUIET cores over 3 s.
wait_quiet() {
  local waited=0
  while :; do
    snapshot
    sleep 3
    others_since
    awk -v x="$OTHERS" -v q="$QUIET" 'BEGIN { exit !(x < q) }' && return 0
    [ "$waited" -ge "$QUIET_MAX" ] && { log "machine still busy (others $OTHERS); measuring anyway"; return 0; }
    [ "$waited" = 0 ] && log "other processes use $OTHERS cores; waiting for a quiet machine"
    waited=$((waited + 3))
  done
}

# run_wrk NAME URL [wrk args...]: one measured run, repeated (up to RETRIES more times) when other
# processes used QUIET cores or more during it; keeps the quietest attempt. Appends
# "NAME|BENCH ...|others" to $WORK/rows.
run_wrk() {
  local name=$1 url=$2
  shift 2
  local attempt others line best="" best_others=99 server server0 server1 requests
  case $name in nginx-*) server=$NGINX_PID ;; v*) server=$VARNISH_PID ;; *) server=$CMS_PID ;; esac
  for attempt in $(seq 0 "$RETRIES"); do
    wait_quiet
    snapshot
    server0=$(proc_ticks $(pids_of "$server"))
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 5s \
      -s "$BENCH_DIR/wrk.lua" "$@" "$url" >"$WORK/wrk-$name.txt" 2>&1 || true
    server1=$(proc_ticks $(pids_of "$server"))
    others_since
    others=$OTHERS
    line=$(grep '^BENCH ' "$WORK/wrk-$name.txt" || true)
    [ -n "$line" ] || { cat "$WORK/wrk-$name.txt" >&2; die "wrk failed for $name"; }
    # The server's CPU time per request, in microseconds: steadier than requests/s on a busy machine.
    requests=$(echo "$line" | tr ' ' '\n' | awk -F= '$1 == "requests" { print $2 }')
    line="$line cpu_us=$(awk -v t="$((server1 - server0))" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }')"
    log "$name: $line others=$others"
    if awk -v x="$others" -v b="$best_others" 'BEGIN { exit !(x < b) }'; then
      best=$line best_others=$others
      cp "$WORK/wrk-$name.txt" "$WORK/best-$name.txt"
    fi
    awk -v x="$others" -v q="$QUIET" 'BEGIN { exit !(x < q) }' && break
  done
  echo "$name|$best|$best_others" >>"$WORK/rows"
}
# For scenario(), which calls CMD [ARGS...] URL [wrk args...].
run_named() { local n=$1; shift; run_wrk "$n" "$@"; }
warm() { # warm URL [wrk args...]
  local url=$1
  shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/wrk.lua" "$@" "$url" >/dev/null 2>&1 || true
}

: >"$WORK/rows"
# scenario NAME [wrk args...]: the CMS request of a scenario (for run_wrk or warm).
scenario() {
  local name=$1
  shift
  case $name in
    a) "$@" "$BASE$PATH_A" ;;
    a-rotating) BENCH_PATHS=$WORK/rotating-paths.txt "$@" "$BASE/" ;;
    b) "$@" "$BASE$PATH_B" ;;
    c) "$@" "$BASE$PATH_C" ;;
    c1) "$@" "$BASE$PATH_C1" ;;
    d) "$@" "$BASE$PATH_D" ;;
    e) "$@" "$BASE$PATH_A" -H "If-None-Match: $ETAG_A" ;;
    f) "$@" "$BASE$PATH_F" ;;
    g) BENCH_PATHS=$WORK/page-paths.txt "$@" "$BASE/" ;;
    m) "$@" "$BASE$PATH_M" -H "Authorization: Bearer $MANAGE_TOKEN" ;;
    va) "$@" "$VARNISH$PATH_A" ;;
    vb) "$@" "$VARNISH$PATH_B" ;;
    nginx-a) "$@" "$NGINX/a.json" ;;
    nginx-b) "$@" "$NGINX/b.json" ;;
    nginx-c) "$@" "$NGINX/c.json" ;;
    nginx-e) "$@" "$NGINX/a.json" -H "If-None-Match: $NGINX_ETAG" ;;
    *) die "unknown scenario $name" ;;
  esac
}
# The nginx run each CMS scenario is compared with.
ceiling() {
  case $1 in
    a | a-rotating | c1 | va) echo nginx-a ;;
    b | vb) echo nginx-b ;;
    c) echo nginx-c ;;
    e) echo nginx-e ;;
  esac
}
[ "$SEARCH_STATUS" = 200 ] || SCENARIOS=$(echo "$SCENARIOS" | tr ' ' '\n' | grep -vx d | paste -sd' ')

log "warming up ($WARMUP s per CMS scenario)"
for name in $SCENARIOS; do scenario "$name" warm; done
WARMUP=2 warm "$NGINX/a.json"

log "measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (each nginx ceiling run next to its CMS pair)"
for name in $SCENARIOS; do
  pair=$(ceiling "$name")
  if [ -n "$pair" ] && ! grep -q "^$pair|" "$WORK/rows"; then
    scenario "$pair" run_named "$pair"
  fi
  scenario "$name" run_named "$name"
done
CMS_RSS_MB=$(rss_mb)
HEAP_END=$(heap_after_gc)
log "after the runs: heap after GC $HEAP_END, RSS $CMS_RSS_MB MB"
FRESH=""
if [ -n "$VARNISH" ]; then
  log "publish -> fresh answer at Varnish, $FRESH_ROUNDS rounds"
  FRESH=$(python3 "$BENCH_DIR/fresh.py" --cms "$BASE" --cache "$VARNISH" --password "$ADMIN_PASSWORD" \
    --path "$PATH_A" --rounds "$FRESH_ROUNDS") || die "fresh.py failed"
  log "$FRESH"
fi

# --- 6. report ------------------------------------------------------------------------------------
field() { # field NAME KEY
  awk -F'|' -v n="$1" '$1 == n { print $2 }' "$WORK/rows" | tr ' ' '\n' \
    | awk -F= -v k="$2" '$1 == k { print $2 }'
}
othersof() { awk -F'|' -v n="$1" '$1 == n { print $3 }' "$WORK/rows"; }
bytes() { wc -c <"$1" | tr -d ' '; }
ratio() { # ratio NAME CEILING
  local r c
  r=$(field "$1" rps)
  c=$(field "$2" rps)
  [ -n "$r" ] && [ -n "$c" ] && awk -v r="$r" -v c="$c" 'BEGIN { printf "%.2f", r / c }'
}
row() { # row LABEL NAME CEILING BODY
  local name=$2
  [ -n "$(field "$name" rps)" ] || return 0
  local errors
  errors=$(($(field "$name" status_errors) + $(field "$name" socket_errors)))
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(field "$name" rps)" \
    "$(field "$name" p50)" "$(field "$name" p99)" "${3:+$(ratio "$name" "$3")}" \
    "$(field "$name" cpu_us)" "$4" "$errors" \
    "$(othersof "$name")"
}
{
  echo "# Delivery API load run ${LABEL:+($LABEL) }— $STAMP"
  echo
  echo "## Table"
  echo
  echo "\`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` on 127.0.0.1; latencies in ms; \"vs nginx\" is requests/s over nginx serving the same bytes as a static file (for (e) nginx's own 304)."
  echo
  echo "| scenario | req/s | p50 | p99 | vs nginx | server CPU µs/req | body bytes | errors | others |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  row "(a) one article by slug, nb" a nginx-a "$(bytes "$WORK/www/a.json")"
  row "(a') $ROTATING different articles by slug, round-robin" a-rotating nginx-a "~$(bytes "$WORK/www/a.json")"
  row "(b) 20 newest articles, nb" b nginx-b "$(bytes "$WORK/www/b.json")"
  row "(c) 20 newest articles, se with fallback to nb" c nginx-c "$(bytes "$WORK/www/c.json")"
  row "(c1) one article in se, falling back to nb" c1 nginx-a "$(bytes "$WORK/c1.json")"
  if [ "$SEARCH_STATUS" = 200 ]; then
    row "(d) search \`q=kompetanse\`, nb" d "" "$(bytes "$WORK/d.json")"
  else
    echo "| (d) search \`q=kompetanse\`, nb | not available (GET /api/v1/search answered HTTP $SEARCH_STATUS) | | | | | | | |"
  fi
  row "(e) 304 revalidation of (a) (If-None-Match)" e nginx-e 0
  row "(f) filtered and sorted list: \`tags=fagskole&sort=title\`, nb" f "" "$(bytes "$WORK/f.json")"
  row "(g) pages 1–$PAGES of (b), followed with \`next\`, round-robin" g "" "~$(bytes "$WORK/g.json")"
  row "(m) management list \`type=article&limit=20\` (token)" m "" ""
  row "(va) (a) through Varnish in front of the CMS" va nginx-a "$(bytes "$WORK/www/a.json")"
  row "(vb) (b) through Varnish in front of the CMS" vb nginx-b "$(bytes "$WORK/www/b.json")"
  row "nginx: static file of (a)" nginx-a "" "$(bytes "$WORK/www/a.json")"
  row "nginx: static file of (b)" nginx-b "" "$(bytes "$WORK/www/b.json")"
  row "nginx: static file of (c)" nginx-c "" "$(bytes "$WORK/www/c.json")"
  row "nginx: 304 of (a)'s file" nginx-e "" 0
  if [ -n "$FRESH" ]; then
    echo
    echo "Publish -> fresh answer at Varnish ($FRESH_ROUNDS rounds: edit, publish, read through Varnish until the new title shows; ms):"
    echo
    echo '```'
    echo "$FRESH"
    echo '```'
  fi
  echo
  echo "## Set-up"
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(($(awk '/MemTotal/ { print $2 }' /proc/meminfo) / 1024 / 1024)) GiB, $(uname -sr); shared by the CMS, MariaDB, nginx and wrk (and whatever else ran: the "others" column is the CPU, in cores, that processes other than cms.jar, nginx and wrk used during each measured run — MariaDB included, which a cached read does not touch)"
  echo "- $(java -version 2>&1 | head -1); cms.jar JVM options \`$JAVA_OPTS\`${CMS_ARGS:+, cms.jar arguments \`$CMS_ARGS\`}; request log: ${CMS_HTTP_REQUEST_LOG:-product default (on)}"
  echo "- MariaDB $(as_root -N -e 'SELECT VERSION()'); nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "- data: the demo dataset plus $(cat "$DATA/summary.json" 2>/dev/null || echo '(reused)')"
  echo "- warm-up: $WARMUP s of load per CMS scenario before measuring; cms.jar RSS after the run: $CMS_RSS_MB MB"
  echo "- start-up: ready (\`/health/ready\` 200) after $READY_S s; search answering after $SEARCH_READY_S s (${INDEX_BUILT:-no build line in the log})"
  echo "- memory: after start-up heap after GC $HEAP_START, RSS $RSS_START MB; after the runs heap after GC $HEAP_END, RSS $CMS_RSS_MB MB"
  echo "- following (b) with \`next\` $PAGES pages deep (each a cache miss): $WALK_MS_PER_PAGE ms a page"
  echo "- URLs: (a) \`$PATH_A\`, (b) \`$PATH_B\`, (c) \`$PATH_C\`, (c1) \`$PATH_C1\`, (d) \`$PATH_D\`, (f) \`$PATH_F\`, (g) \`$PATH_B&cursor=…\` pages 1–$PAGES, (m) \`$PATH_M\`"
  echo "- listening sockets of this run's processes:"
  echo
  echo '```'
  echo "$LISTENERS" | awk '{ print $4, $6 }'
  echo '```'
  echo
  echo "## wrk output (the kept attempt of each run)"
  for f in "$WORK"/best-*.txt; do
    echo
    echo "### $(basename "$f" .txt | sed 's/^best-//')"
    echo
    echo '```'
    grep -v '^BENCH ' "$f"
    echo '```'
  done
} >"$OUT"
log "results: $OUT"
sed -n '/^| scenario/,/^$/p' "$OUT"

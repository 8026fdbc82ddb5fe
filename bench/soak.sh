#!/usr/bin/env bash
# Soak: N minutes of mixed reads and writes at a steady rate against cms.jar (-Xmx512m) on
# MariaDB, sampled every minute (bench/soak.py: heap after a full GC, resident size, server CPU,
# requests, errors, p50/p99 latency). Not part of the build.
#
#   bench/soak.sh                       # 30 minutes at 15 requests a second
#   SOAK_MINUTES=5 SOAK_RATE=20 bench/soak.sh
#
# Starts cms.jar on 127.0.0.1 with the demo data on a fresh database, runs the load, prints the
# table and writes it to bench/results/soak-<timestamp>.md (git-ignored), stops what it started
# (by PID) and drops the database. Needs MariaDB on 127.0.0.1:3306 (root without password), Java
# 17 with jcmd, Python 3. Knobs (environment):
#   SOAK_MINUTES=30 SOAK_RATE=15        length, and operations started a second (open loop; a save is two requests, a publish up to six)
#   SOAK_MIX=cached=50,uncached=12,list=15,search=10,save=9,publish=4   weights (bench/soak.py)
#   SOAK_ARTICLES=200 SOAK_WORKERS=8    articles worked on, client threads
#   SOAK_DB=cms_bench_soak SOAK_DB_USER=cms_soak   the throw-away database and its user
#   SOAK_JAVA_OPTS="-Xmx512m"           JVM options of cms.jar
#   BENCH_JAR                           the bundle (default cms-web/target/cms.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-cms-web/target/cms.jar}
[ -f "$JAR" ] || mvn -q -B -DskipTests package
DB=${SOAK_DB:-cms_bench_soak}
DB_USER=${SOAK_DB_USER:-cms_soak}
JAVA_OPTS=${SOAK_JAVA_OPTS:--Xmx512m}
PASSWORD="soak-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB;
  CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
  ALTER USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
  GRANT ALL ON $DB.* TO '$DB_USER'@'127.0.0.1';"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA=$(mktemp -d /tmp/ordna-soak.XXXXXX)
mkdir -p bench/results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LOG=bench/results/soak-$STAMP.server.log
# shellcheck disable=SC2086 # JAVA_OPTS is a word list
env -u CMS_CLUSTER_MEMBERS CMS_PORT="$PORT" CMS_BIND=127.0.0.1 CMS_DATA_DIR="$DATA" \
  CMS_ADMIN_PASSWORD="$PASSWORD" CMS_DEMO_DATA=true \
  CMS_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" CMS_DB_USER="$DB_USER" CMS_DB_PASSWORD="$PASSWORD" \
  java $JAVA_OPTS -Dhazelcast.phone.home.enabled=false -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
cleanup() {
  kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  rm -rf "$DATA"
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; DROP USER IF EXISTS '$DB_USER'@'127.0.0.1';" || true
}
trap cleanup EXIT
for _ in $(seq 1 240); do
  curl -fsS --max-time 2 "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { echo "cms.jar exited; see $LOG" >&2; exit 1; }
  sleep 1
done
curl -fsS --max-time 2 "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "not ready; see $LOG" >&2; exit 1; }
echo "soak: cms.jar pid $PID on 127.0.0.1:$PORT ($JAVA_OPTS), $(nproc) cores," \
  "load $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"
python3 bench/soak.py --base "http://127.0.0.1:$PORT" --password "$PASSWORD" --pid "$PID" \
  --minutes "${SOAK_MINUTES:-30}" --rate "${SOAK_RATE:-15}" \
  --mix "${SOAK_MIX:-cached=50,uncached=12,list=15,search=10,save=9,publish=4}" \
  --articles "${SOAK_ARTICLES:-200}" --workers "${SOAK_WORKERS:-8}" \
  --out "bench/results/soak-$STAMP.md"

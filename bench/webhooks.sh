#!/usr/bin/env bash
# Publish -> webhook latency and dispatch rate (bench/webhooks.py) against cms.jar on MariaDB.
# Starts cms.jar on 127.0.0.1 with a throw-away database, runs the measurement, stops what it
# started (by PID). Needs MariaDB on 127.0.0.1:3306 (root without password), Java 17, Python 3.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${BENCH_JAR:-cms-web/target/cms.jar}
[ -f "$JAR" ] || mvn -q -B -DskipTests package
DB=cms_bench_webhooks
PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4;
  CREATE USER IF NOT EXISTS 'cms_bench'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
  ALTER USER 'cms_bench'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
  GRANT ALL ON $DB.* TO 'cms_bench'@'127.0.0.1';"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATA=$(mktemp -d)
mkdir -p bench/results
LOG=${BENCH_LOG:-bench/results/webhooks-server.log}
CMS_PORT=$PORT CMS_BIND=127.0.0.1 CMS_DATA_DIR=$DATA CMS_ADMIN_PASSWORD=$PASSWORD \
  CMS_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB CMS_DB_USER=cms_bench CMS_DB_PASSWORD=$PASSWORD \
  CMS_OUTBOUND_ALLOWED_HOSTS=127.0.0.1 CMS_WEBHOOK_MAX_ATTEMPTS=1 CMS_HTTP_REQUEST_LOG=false \
  java -Xmx512m -jar "$JAR" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do
  curl -fsS --max-time 2 "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { echo "cms.jar exited; see $LOG" >&2; exit 1; }
  sleep 1
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"
python3 bench/webhooks.py --cms "http://127.0.0.1:$PORT" --password "$PASSWORD" \
  --publishes "${BENCH_PUBLISHES:-200}" --backlog "${BENCH_BACKLOG:-1000}"

#!/usr/bin/env bash
# A larger benchmark database made by copying one generated through the management API
# (see bench/README.md, "A large set by copying"):
#
#   bench/multiply.sh SRC_DB DST_DB FACTOR
#
# DST_DB becomes a full copy of SRC_DB (mysqldump --single-transaction: SRC_DB is only read) plus
# FACTOR-1 copies of every generated article: the articles not made by the demo data (created by
# someone other than `system`), with everything they consist of — content_item, content_variant,
# content_revision, snapshot (published and preview), snapshot_field, snapshot_reference,
# snapshot_asset and their publication_log entries. Each copy gets new ids (UUIDs), new slugs
# (the original's with "-c<N>", N = 2..FACTOR, in the columns and in every JSON document) and a
# shifted publishDate: copy N lands (N-1)/FACTOR of the average gap between two originals after
# its original, in whole minutes, plus N-1 seconds (so that no two dates coincide when the
# originals' are whole minutes, as generate.py's are, and FACTOR <= 60), so the copies interleave
# with the originals in date order. Its other times (created, updated, published) are the original's
# plus N-1 seconds. The log entries of the copies are numbered after the source's last one and the
# 'publication' counter is moved to the end, so an instance whose search index is on disk catches
# up with them from the log. Not copied: the demo data's items (they stay once), audit_event rows
# (the audit trail of the generation), webhook events and deliveries, edit locks.
#
# Then writes DST_DB's data lists, as bench/run.sh expects them, to bench/results/data-<DST_DB>:
# slugs-nb.txt (every generated nb slug, copies included, in publishDate order), slugs-se.txt,
# nb-only-slugs.txt, summary.json, and admin-password (copied from the source's lists: the
# administrator's row is copied, so its password is the same), and creates the database user
# DST_DB@127.0.0.1 with the database's privileges (bench/run.sh sets its password at every run).
# Afterwards:  BENCH_REUSE_DB=1 BENCH_DB=DST_DB bench/run.sh  and  bench/verify-scale.py DST_DB.
#
# Environment: MULTIPLY_SRC_DATA (the source's data lists; default bench/results/data-<SRC_DB>,
# or bench/results/data for cms_bench), MULTIPLY_DST_DATA (default bench/results/data-<DST_DB>).
# DST_DB is dropped first if it exists. Needs the mysql client and root on 127.0.0.1:3306.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
RESULTS=$BENCH_DIR/results
[ $# -eq 3 ] || { echo "usage: bench/multiply.sh SRC_DB DST_DB FACTOR" >&2; exit 2; }
SRC=$1 DST=$2 FACTOR=$3
log() { printf 'multiply: %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
[[ $SRC =~ ^[A-Za-z0-9_]+$ && $DST =~ ^[A-Za-z0-9_]+$ ]] || die "database names: letters, digits, _"
[ "$SRC" != "$DST" ] || die "SRC_DB and DST_DB must differ"
[[ $FACTOR =~ ^[0-9]+$ ]] && [ "$FACTOR" -ge 1 ] && [ "$FACTOR" -le 1000 ] || die "FACTOR: 1..1000"
data_dir() { if [ "$1" = cms_bench ]; then echo "$RESULTS/data"; else echo "$RESULTS/data-$1"; fi; }
SRC_DATA=${MULTIPLY_SRC_DATA:-$(data_dir "$SRC")}
DST_DATA=${MULTIPLY_DST_DATA:-$(data_dir "$DST")}

sql() { mysql -h 127.0.0.1 -P 3306 -uroot --default-character-set=utf8mb4 "$@"; }
sql -e "USE \`$SRC\`" 2>/dev/null || die "no database $SRC"
started=$(date +%s)
# The source must be API-generated: copying a multiplied database would give slugs taken already.
COPIES=$(sql -N "$SRC" -e "SELECT COUNT(*) FROM content_variant v JOIN content_item i ON i.id = v.item_id
  WHERE i.type_key = 'article' AND i.created_by <> 'system' AND v.slug REGEXP '-c[0-9]+\$'")
[ "$COPIES" = 0 ] || die "$SRC holds $COPIES copies already (slugs ending in -c<N>): copy an API-generated database"

# --- 1. a full copy -------------------------------------------------------------------------------
read -r CHARSET COLLATION < <(sql -N -e "SELECT default_character_set_name, default_collation_name
  FROM information_schema.schemata WHERE schema_name = '$SRC'")
log "copying $SRC to $DST (mysqldump --single-transaction; $SRC is only read)"
sql -e "DROP DATABASE IF EXISTS \`$DST\`; CREATE DATABASE \`$DST\` CHARACTER SET $CHARSET COLLATE $COLLATION;"
mysqldump -h 127.0.0.1 -P 3306 -uroot --default-character-set=utf8mb4 --single-transaction --quick \
  --skip-triggers --no-tablespaces "$SRC" | sql "$DST"
log "copied in $(($(date +%s) - started)) s"

# --- 2. the copies --------------------------------------------------------------------------------
# mc_source: the generated articles of the source (the demo data loads as `system`). The date
# step: the average gap between two originals' publishDates, divided by FACTOR.
sql "$DST" <<SQL
CREATE TABLE mc_source (id CHAR(36) NOT NULL PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO mc_source SELECT id FROM content_item WHERE type_key = 'article' AND created_by <> 'system';
CREATE TABLE mc_all (id CHAR(36) NOT NULL PRIMARY KEY) ENGINE=InnoDB;
INSERT INTO mc_all SELECT id FROM mc_source;
CREATE TABLE mc_param (step_s BIGINT NOT NULL) ENGINE=InnoDB;
INSERT INTO mc_param
  SELECT COALESCE(FLOOR(TIMESTAMPDIFF(SECOND, MIN(d), MAX(d)) / GREATEST(COUNT(*) - 1, 1) / $FACTOR), 0)
  FROM (SELECT CAST(REPLACE(REPLACE(JSON_VALUE(i.shared_fields, '$.publishDate'), 'T', ' '), 'Z', '')
          AS DATETIME(6)) AS d
        FROM content_item i JOIN mc_source s ON s.id = i.id) dates WHERE d IS NOT NULL;
SQL
read -r ARTICLES STEP < <(sql -N "$DST" -e "SELECT (SELECT COUNT(*) FROM mc_source), step_s FROM mc_param")
[ "$ARTICLES" -gt 0 ] || die "$SRC has no generated articles"

log "$ARTICLES generated articles in $SRC; $((FACTOR - 1)) copies of each; publishDate step $STEP s"

# An ISO-8601 instant as the product writes it (Instant.toString: seconds always, then the
# fraction if any, then Z), moved by a whole number of seconds: the fraction and Z are kept as text.
shifted() { # shifted EXPR SECONDS_EXPR
  echo "IF($1 LIKE '____-__-__T__:__:__%Z', CONCAT(DATE_FORMAT(CAST(REPLACE(REPLACE($1, 'T', ' '), 'Z', '') AS DATETIME(6)) + INTERVAL ($2) SECOND, '%Y-%m-%dT%H:%i:%s'), SUBSTRING($1, 20)), NULL)"
}
# REPLACE of a JSON member's exact text ("key":"old" -> "key":"new"), or nothing when old is NULL.
swap() { # swap COLUMN_EXPR KEY OLD NEW
  echo "IF($3 IS NULL OR $4 IS NULL, $1, REPLACE($1, CONCAT('\"$2\":\"', $3, '\"'), CONCAT('\"$2\":\"', $4, '\"')))"
}

for n in $(seq 2 "$FACTOR"); do
  k=$((n - 1))
  t0=$(date +%s)
  sql "$DST" <<SQL
SET SESSION sql_mode = CONCAT(@@sql_mode, ',STRICT_TRANS_TABLES');
CREATE TEMPORARY TABLE mc_item (old_id CHAR(36) NOT NULL PRIMARY KEY, new_id CHAR(36) NOT NULL,
  old_pd VARCHAR(64), new_pd VARCHAR(64), pd_shift BIGINT NOT NULL) ENGINE=InnoDB;
INSERT INTO mc_item
  SELECT i.id, UUID(), pd, $(shifted pd "FLOOR(p.step_s * $k / 60) * 60 + $k"),
    FLOOR(p.step_s * $k / 60) * 60 + $k
  FROM (SELECT i.id, JSON_VALUE(i.shared_fields, '$.publishDate') AS pd
        FROM content_item i JOIN mc_source s ON s.id = i.id) i CROSS JOIN mc_param p;
CREATE TEMPORARY TABLE mc_variant (old_id CHAR(36) NOT NULL PRIMARY KEY, new_id CHAR(36) NOT NULL,
  new_item CHAR(36) NOT NULL, old_slug VARCHAR(200), new_slug VARCHAR(200), old_pd VARCHAR(64),
  new_pd VARCHAR(64), pd_shift BIGINT NOT NULL) ENGINE=InnoDB;
INSERT INTO mc_variant
  SELECT v.id, UUID(), m.new_id, v.slug, IF(v.slug IS NULL, NULL, CONCAT(v.slug, '-c$n')), m.old_pd,
    m.new_pd, m.pd_shift
  FROM content_variant v JOIN mc_item m ON m.old_id = v.item_id;
CREATE TEMPORARY TABLE mc_snapshot (old_id CHAR(36) NOT NULL PRIMARY KEY, new_id CHAR(36) NOT NULL,
  old_pa VARCHAR(64), new_pa VARCHAR(64), old_fpa VARCHAR(64), new_fpa VARCHAR(64)) ENGINE=InnoDB;
INSERT INTO mc_snapshot
  SELECT id, UUID(), pa, $(shifted pa $k), fpa, $(shifted fpa $k)
  FROM (SELECT s.id, JSON_VALUE(s.document, '$.publishedAt') AS pa,
          JSON_VALUE(s.document, '$.firstPublishedAt') AS fpa
        FROM snapshot s JOIN mc_source src ON src.id = s.item_id) s;

START TRANSACTION;
INSERT INTO content_item (id, type_key, original_locale, shared_fields, shared_version, created_at,
    created_by, updated_at, updated_by, version, deleted_at, deleted_by)
  SELECT m.new_id, i.type_key, i.original_locale, $(swap i.shared_fields publishDate m.old_pd m.new_pd),
    i.shared_version, i.created_at + INTERVAL $k SECOND, i.created_by,
    i.updated_at + INTERVAL $k SECOND, i.updated_by, i.version,
    i.deleted_at + INTERVAL $k SECOND, i.deleted_by
  FROM content_item i JOIN mc_item m ON m.old_id = i.id;
INSERT INTO content_variant (id, item_id, type_key, locale, fields, title, title_folded, slug, status,
    revision, variant_version, source_locale, source_revision, created_at, created_by, updated_at,
    updated_by, published_revision, published_at, first_published_at, translation_outdated,
    title_key, scheduled_publish_at, scheduled_unpublish_at, scheduled_by)
  SELECT m.new_id, m.new_item, v.type_key, v.locale,
    $(swap "$(swap v.fields slug m.old_slug m.new_slug)" publishDate m.old_pd m.new_pd),
    v.title, v.title_folded, m.new_slug, v.status, v.revision, v.variant_version, v.source_locale,
    v.source_revision, v.created_at + INTERVAL $k SECOND, v.created_by,
    v.updated_at + INTERVAL $k SECOND, v.updated_by, v.published_revision,
    v.published_at + INTERVAL $k SECOND, v.first_published_at + INTERVAL $k SECOND,
    v.translation_outdated, v.title_key, v.scheduled_publish_at + INTERVAL $k SECOND,
    v.scheduled_unpublish_at + INTERVAL $k SECOND, v.scheduled_by
  FROM content_variant v JOIN mc_variant m ON m.old_id = v.id;
INSERT INTO content_revision (id, variant_id, item_id, locale, number, fields, shared_fields, comment,
    created_at, created_by)
  SELECT UUID(), m.new_id, m.new_item, r.locale, r.number,
    $(swap "$(swap r.fields slug m.old_slug m.new_slug)" publishDate m.old_pd m.new_pd),
    $(swap r.shared_fields publishDate m.old_pd m.new_pd), r.comment,
    r.created_at + INTERVAL $k SECOND, r.created_by
  FROM content_revision r JOIN mc_variant m ON m.old_id = r.variant_id;
INSERT INTO snapshot (id, channel, variant_id, item_id, type_key, locale, slug, title, title_key,
    sort_date, published_at, first_published_at, revision, document)
  SELECT ms.new_id, s.channel, mv.new_id, mi.new_id, s.type_key, s.locale, mv.new_slug, s.title,
    s.title_key, IF(mi.new_pd IS NULL, s.sort_date, s.sort_date + INTERVAL mi.pd_shift SECOND),
    s.published_at + INTERVAL $k SECOND, s.first_published_at + INTERVAL $k SECOND, s.revision,
    $(swap "$(swap "$(swap "$(swap "$(swap s.document id mi.old_id mi.new_id)" slug mv.old_slug mv.new_slug)" publishDate mi.old_pd mi.new_pd)" publishedAt ms.old_pa ms.new_pa)" firstPublishedAt ms.old_fpa ms.new_fpa)
  FROM snapshot s JOIN mc_snapshot ms ON ms.old_id = s.id JOIN mc_variant mv ON mv.old_id = s.variant_id
    JOIN mc_item mi ON mi.old_id = s.item_id;
INSERT INTO snapshot_field (id, snapshot_id, field_key, value_text, value_number, value_time)
  SELECT UUID(), ms.new_id, f.field_key,
    CASE WHEN f.value_text = mv.old_slug AND f.field_key = 'slug' THEN mv.new_slug
         WHEN f.value_text = mv.old_pd AND mv.new_pd IS NOT NULL THEN mv.new_pd
         ELSE f.value_text END,
    f.value_number,
    IF(f.value_text = mv.old_pd AND mv.new_pd IS NOT NULL AND f.value_time IS NOT NULL,
       f.value_time + INTERVAL mv.pd_shift SECOND,
       f.value_time)
  FROM snapshot_field f JOIN mc_snapshot ms ON ms.old_id = f.snapshot_id
    JOIN snapshot s ON s.id = f.snapshot_id JOIN mc_variant mv ON mv.old_id = s.variant_id;
INSERT INTO snapshot_reference (id, snapshot_id, target_item_id)
  SELECT UUID(), ms.new_id, r.target_item_id FROM snapshot_reference r JOIN mc_snapshot ms ON ms.old_id = r.snapshot_id;
INSERT INTO snapshot_asset (id, snapshot_id, asset_id)
  SELECT UUID(), ms.new_id, a.asset_id FROM snapshot_asset a JOIN mc_snapshot ms ON ms.old_id = a.snapshot_id;
-- The copies' log entries, numbered after the last one under the counter's row lock, in the
-- originals' order; then the counter is moved to the end.
SELECT value INTO @last FROM cms_counter WHERE name = 'publication' FOR UPDATE;
INSERT INTO publication_log (seq, item_id, type_key, locale, action, logged_at)
  SELECT @last + ROW_NUMBER() OVER (ORDER BY l.seq), m.new_id, l.type_key, l.locale, l.action,
    l.logged_at + INTERVAL $k SECOND
  FROM publication_log l JOIN mc_item m ON m.old_id = l.item_id;
UPDATE cms_counter SET value = (SELECT MAX(seq) FROM publication_log) WHERE name = 'publication';
INSERT INTO mc_all SELECT new_id FROM mc_item;
COMMIT;
SQL
  log "copy $n of $FACTOR: $(($(date +%s) - t0)) s"
done

# --- 3. checks ------------------------------------------------------------------------------------
# Every table's copied rows, and dates: no two published nb articles share a publishDate.
sql -t "$DST" <<SQL
SELECT 'content_item' AS rows_of, (SELECT COUNT(*) FROM content_item i JOIN mc_all a ON a.id = i.id) AS generated_incl_copies,
  (SELECT COUNT(*) FROM content_item) AS total
UNION ALL SELECT 'content_variant', (SELECT COUNT(*) FROM content_variant v JOIN mc_all a ON a.id = v.item_id), (SELECT COUNT(*) FROM content_variant)
UNION ALL SELECT 'content_revision', (SELECT COUNT(*) FROM content_revision r JOIN mc_all a ON a.id = r.item_id), (SELECT COUNT(*) FROM content_revision)
UNION ALL SELECT 'snapshot', (SELECT COUNT(*) FROM snapshot s JOIN mc_all a ON a.id = s.item_id), (SELECT COUNT(*) FROM snapshot)
UNION ALL SELECT 'snapshot_field', (SELECT COUNT(*) FROM snapshot_field f JOIN snapshot s ON s.id = f.snapshot_id JOIN mc_all a ON a.id = s.item_id), (SELECT COUNT(*) FROM snapshot_field)
UNION ALL SELECT 'publication_log', (SELECT COUNT(*) FROM publication_log l JOIN mc_all a ON a.id = l.item_id), (SELECT COUNT(*) FROM publication_log)
UNION ALL SELECT 'cms_counter publication', (SELECT value FROM cms_counter WHERE name = 'publication'), (SELECT MAX(seq) FROM publication_log);
SQL
DUP_DATES=$(sql -N "$DST" -e "SELECT COUNT(*) FROM (SELECT sort_date FROM snapshot WHERE channel = 'published'
  AND type_key = 'article' AND locale = 'nb' GROUP BY sort_date HAVING COUNT(*) > 1) d")
DUP_SLUGS=$(sql -N "$DST" -e "SELECT COUNT(*) FROM (SELECT slug FROM snapshot WHERE channel = 'published'
  AND type_key = 'article' GROUP BY locale, slug HAVING COUNT(*) > 1) d")
log "published nb articles sharing a publishDate with another: $DUP_DATES; slugs used twice: $DUP_SLUGS"
[ "$DUP_SLUGS" = 0 ] || die "duplicate slugs"

# --- 4. data lists --------------------------------------------------------------------------------
mkdir -p "$DST_DATA"
rm -f "$DST_DATA"/slugs-nb.txt "$DST_DATA"/slugs-se.txt "$DST_DATA"/nb-only-slugs.txt "$DST_DATA"/summary.json
published() { # published LOCALE [extra condition]: the generated articles' published slugs, by date
  sql -N "$DST" -e "SELECT s.slug FROM snapshot s JOIN mc_all a ON a.id = s.item_id
    JOIN content_item i ON i.id = s.item_id
    WHERE s.channel = 'published' AND s.locale = '$1' AND i.deleted_at IS NULL ${2:-}
    ORDER BY s.sort_date, s.id"
}
published nb >"$DST_DATA/slugs-nb.txt"
published se >"$DST_DATA/slugs-se.txt"
published nb "AND NOT EXISTS (SELECT 1 FROM snapshot o WHERE o.channel = 'published'
  AND o.item_id = s.item_id AND o.locale = 'se')" >"$DST_DATA/nb-only-slugs.txt"
if [ -s "$SRC_DATA/admin-password" ]; then
  (umask 077 && cp "$SRC_DATA/admin-password" "$DST_DATA/admin-password")
else
  log "no $SRC_DATA/admin-password: bench/run.sh's management scenario (m) will be left out"
fi
NB=$(wc -l <"$DST_DATA/slugs-nb.txt")
SE=$(wc -l <"$DST_DATA/slugs-se.txt")
read -r PUB_NB PUB_SE < <(sql -N "$DST" -e "SELECT
  (SELECT COUNT(*) FROM snapshot WHERE channel = 'published' AND type_key = 'article' AND locale = 'nb'),
  (SELECT COUNT(*) FROM snapshot WHERE channel = 'published' AND type_key = 'article' AND locale = 'se')")
SECONDS_TAKEN=$(($(date +%s) - started))
printf '{"articles": %d, "seVariants": %d, "copiedFrom": "%s", "sourceArticles": %d, "factor": %d, "seconds": %d, "publishedNb": %d, "publishedSeWithoutFallback": %d}\n' \
  "$NB" "$SE" "$SRC" "$ARTICLES" "$FACTOR" "$SECONDS_TAKEN" "$PUB_NB" "$PUB_SE" >"$DST_DATA/summary.json"
if [ -s "$SRC_DATA/slugs-nb.txt" ]; then
  SRC_NB=$(wc -l <"$SRC_DATA/slugs-nb.txt")
  [ "$NB" -eq $((SRC_NB * FACTOR)) ] \
    || log "note: $NB nb slugs, not $FACTOR × the source list's $SRC_NB (drafts or a list that differs from $SRC)"
fi
sql "$DST" -e "DROP TABLE mc_source, mc_all, mc_param"
# Fresh index statistics for the optimizer, now that the tables are FACTOR times larger.
sql "$DST" -e "ANALYZE TABLE content_item, content_variant, content_revision, snapshot, snapshot_field,
  snapshot_reference, snapshot_asset, publication_log" >/dev/null

# --- 5. the database user bench/run.sh uses (it sets the password at every run) -------------------
PASSWORD=$(python3 -c 'import secrets; print("bench-" + secrets.token_hex(12))')
sql -e "CREATE USER IF NOT EXISTS '$DST'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
  GRANT ALL PRIVILEGES ON \`$DST\`.* TO '$DST'@'127.0.0.1'; FLUSH PRIVILEGES;"
log "done in $SECONDS_TAKEN s: $(cat "$DST_DATA/summary.json")"
log "data lists in $DST_DATA; next: BENCH_REUSE_DB=1 BENCH_DB=$DST bench/run.sh, bench/verify-scale.py $DST"

#!/usr/bin/env python3
"""Checks a benchmark database made by bench/multiply.sh through the product's public API
(Python 3 standard library, the mysql client and java/jcmd only).

  bench/verify-scale.py DB [--jar cms-web/target/cms.jar] [--data bench/results/data-DB]
                        [--index-dir DIR] [--quick]

Starts cms.jar on DB (a free port on 127.0.0.1, -Xmx512m, Hazelcast's phone-home off; the
database user DB@127.0.0.1 gets a fresh password, as bench/run.sh does), reports the seconds to
/health/ready and until search answers (with the index build's log line: from scratch, or with
--index-dir caught up from the index on disk) and the heap after a full GC, then checks:

  1. the 20-newest nb list (--walk-limit) followed with `next` to its end holds every published nb article
     (generated, copies and demo: as many as the database's published nb snapshots), each once,
     newest first, and every slug of the data list slugs-nb.txt;
  2. a copied article (slug ending in -c<N>) read by its slug in nb and in se (same item, no
     fallback), and an nb-only copy read in se (falls back to nb);
  3. the filtered list tags=fagskole&sort=title and the search q=kompetanse include copies, and a
     search for one article's title finds the original and all its copies;
  4. the management list (type=article) followed with `next` to its end holds every article;
  5. editing and publishing a copied article through the management API works and the public
     answer shows the new title (the article stays changed).

--quick does only the start-up figures and checks 2 and 3. Stops cms.jar (by its PID) at the end.
Exit status 0 when every check passed.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
failures = []


def log(text):
    print("verify: " + text, file=sys.stderr, flush=True)


def check(ok, text):
    log(("ok: " if ok else "FAILED: ") + text)
    if not ok:
        failures.append(text)
    return ok


def sql(db, query):
    out = subprocess.run(
        ["mysql", "-h", "127.0.0.1", "-P", "3306", "-uroot", "-N", "-B",
         "--default-character-set=utf8mb4", db, "-e", query],
        check=True, capture_output=True, text=True,
    ).stdout
    return [line.split("\t") for line in out.splitlines()]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Http:
    def __init__(self, base):
        self.base = base
        self.token = None

    def call(self, method, path, body=None, headers=None, expect=(200,)):
        hdrs = {"Accept": "application/json"}
        if self.token:
            hdrs["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            hdrs["Content-Type"] = "application/json"
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        hdrs.update(headers or {})
        request = urllib.request.Request(self.base + path, data=data, headers=hdrs, method=method)
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                status, head, raw = answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as e:
            status, head, raw = e.code, e.headers, e.read()
        if status not in expect:
            raise RuntimeError(f"{method} {path} -> {status}: {raw[:300]!r}")
        return status, head, (json.loads(raw) if raw else None)

    def get(self, path, **kw):
        return self.call("GET", path, **kw)[2]


def heap_after_gc(pid):
    try:
        subprocess.run(["jcmd", str(pid), "GC.run"], check=True, capture_output=True, timeout=60)
        info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], check=True,
                              capture_output=True, text=True, timeout=60).stdout
    except (subprocess.SubprocessError, OSError):
        return "?"
    m = re.search(r"total (\d+)K, used (\d+)K", info)
    return f"{int(m.group(2)) // 1024} MB of {int(m.group(1)) // 1024} MB" if m else "?"


def start(args, work):
    password = "bench-" + secrets.token_hex(12)
    sql("mysql", f"CREATE USER IF NOT EXISTS '{args.db}'@'127.0.0.1' IDENTIFIED BY '{password}';"
        f" ALTER USER '{args.db}'@'127.0.0.1' IDENTIFIED BY '{password}';"
        f" GRANT ALL PRIVILEGES ON `{args.db}`.* TO '{args.db}'@'127.0.0.1'; FLUSH PRIVILEGES;")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "CMS_CLUSTER_MEMBERS"}
    env.update(
        CMS_PORT=str(port), CMS_BIND="127.0.0.1", CMS_DATA_DIR=os.path.join(work, "data"),
        CMS_DB_URL=f"jdbc:mariadb://127.0.0.1:3306/{args.db}", CMS_DB_USER=args.db,
        CMS_DB_PASSWORD=password, CMS_DEMO_DATA="true", CMS_ADMIN_PASSWORD=args.admin_password,
        CMS_OUTBOUND_ALLOWED_HOSTS="127.0.0.1",
    )
    if args.index_dir:
        env["CMS_SEARCH_INDEX_DIR"] = args.index_dir
    logfile = open(os.path.join(work, "cms.log"), "w")
    process = subprocess.Popen(
        ["java", "-Xmx512m", "-Dhazelcast.phone.home.enabled=false", "-jar", args.jar],
        cwd=work, env=env, stdout=logfile, stderr=subprocess.STDOUT,
    )
    log(f"started cms.jar (pid {process.pid}) on http://127.0.0.1:{port}, database {args.db}")
    return process, f"http://127.0.0.1:{port}"


def stop(process):
    if process.poll() is None:
        log(f"stopping cms.jar (pid {process.pid})")
        process.terminate()
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for(process, url, seconds):
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if process.poll() is not None:
            raise RuntimeError("cms.jar exited")
        try:
            with urllib.request.urlopen(url, timeout=30) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    raise RuntimeError(f"{url} not 200 within {seconds} s")


def walk(api, path, key=lambda item: item["id"]):
    """Follows `next` from path to the end; returns the items' keys in order and the items."""
    keys, items, pages, cursor = [], [], 0, None
    while True:
        page = api.get(path + ("&cursor=" + urllib.parse.quote(cursor) if cursor else ""))
        for item in page["items"]:
            keys.append(key(item))
            items.append(item)
        pages += 1
        cursor = page.get("next")
        if not cursor:
            return keys, items, pages


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db")
    p.add_argument("--jar", default=os.environ.get("BENCH_JAR", os.path.join(ROOT, "cms-web/target/cms.jar")))
    p.add_argument("--data", help="the data lists (default bench/results/data-DB)")
    p.add_argument("--index-dir", help="CMS_SEARCH_INDEX_DIR for this start")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--skip-list-walk", action="store_true",
                   help="leave out check 1 (at 100,000 articles a deep page of the date list reads"
                   " every newer row: the walk to the end takes hours; see bench/README.md)")
    p.add_argument("--walk-limit", type=int, default=20,
                   help="page size of the newest-first list walked to its end (1-100; default 20)")
    p.add_argument("--ready-max", type=int, default=900)
    args = p.parse_args()
    data = args.data or os.path.join(BENCH, "results", "data" if args.db == "cms_bench" else "data-" + args.db)
    with open(os.path.join(data, "admin-password"), encoding="utf-8") as f:
        args.admin_password = f.read().strip()
    with open(os.path.join(data, "slugs-nb.txt"), encoding="utf-8") as f:
        slugs_nb = [line.strip() for line in f if line.strip()]
    with open(os.path.join(data, "nb-only-slugs.txt"), encoding="utf-8") as f:
        nb_only = [line.strip() for line in f if line.strip()]

    # What the database holds, to compare the API's answers with.
    published_nb = int(sql(args.db, "SELECT COUNT(*) FROM snapshot WHERE channel = 'published'"
                           " AND type_key = 'article' AND locale = 'nb'")[0][0])
    articles = int(sql(args.db, "SELECT COUNT(*) FROM content_item WHERE type_key = 'article'"
                       " AND deleted_at IS NULL")[0][0])
    copy_item, copy_nb, copy_se = sql(args.db, """
        SELECT nb.item_id, nb.slug, se.slug FROM snapshot nb JOIN snapshot se
          ON se.item_id = nb.item_id AND se.channel = 'published' AND se.locale = 'se'
        WHERE nb.channel = 'published' AND nb.locale = 'nb' AND nb.type_key = 'article'
          AND nb.slug REGEXP '-c[0-9]+$' ORDER BY nb.sort_date, nb.id LIMIT 1 OFFSET 7""")[0]
    copy_only = next((s for s in nb_only[len(nb_only) // 2:] if re.search(r"-c\d+$", s)), None)
    log(f"{args.db}: {published_nb} published nb articles, {articles} articles,"
        f" {len(slugs_nb)} generated nb slugs in the data list")

    work = tempfile.mkdtemp(prefix="verify-scale-")
    process = None
    try:
        process, base = start(args, work)
        t0 = time.monotonic()
        wait_for(process, base + "/health/ready", args.ready_max)
        ready = time.monotonic() - t0
        wait_for(process, base + "/api/v1/search?q=kompetanse&locale=nb", args.ready_max)
        search_ready = time.monotonic() - t0
        with open(os.path.join(work, "cms.log"), encoding="utf-8", errors="replace") as f:
            text = f.read()
        lines = re.findall(r"Search index (?:built|caught up)[^\n]*", text)
        log(f"ready after {ready:.0f} s; search answers after {search_ready:.0f} s"
            f" ({lines[-1].strip() if lines else 'no index line in the log'})")
        log(f"heap after GC: {heap_after_gc(process.pid)}")
        api = Http(base)

        # 2. a copy by its slug, in nb and se; an nb-only copy in se falls back to nb
        nb = api.get(f"/api/v1/content/article/{copy_nb}?locale=nb")
        se = api.get(f"/api/v1/content/article/{copy_se}?locale=se")
        check(nb["id"] == copy_item and nb["slug"] == copy_nb and nb["locale"] == "nb",
              f"copy {copy_nb} read by slug in nb")
        check(se["id"] == copy_item and se["slug"] == copy_se and se["locale"] == "se"
              and not se.get("fallback"), f"copy {copy_se} read by slug in se (same item)")
        if copy_only:
            fb = api.get(f"/api/v1/content/article/{copy_only}?locale=se")
            check(fb.get("fallback") is True and fb["locale"] == "nb",
                  f"nb-only copy {copy_only} read in se falls back to nb")

        # 3. the filtered list, search
        page = api.get("/api/v1/content/article?locale=nb&tags=fagskole&sort=title&limit=100")
        slugs = [i.get("slug") or "" for i in page["items"]]
        check(any(re.search(r"-c\d+$", s) for s in slugs) and all("fagskole" in i["fields"].get("tags", []) for i in page["items"]),
              f"tags=fagskole&sort=title: {sum(1 for s in slugs if re.search(r'-c[0-9]+$', s))} copies on the first page of {len(slugs)}")
        found = api.get("/api/v1/search?q=kompetanse&locale=nb&limit=50")
        copies = [i for i in found["items"] if re.search(r"-c\d+$", i.get("slug") or "")]
        check(len(copies) > 0, f"search q=kompetanse: total {found['total']}, {len(copies)} copies in the first 50")
        base_slug = re.sub(r"-c\d+$", "", copy_nb)
        title = nb["title"]
        words = " ".join(title.split()[-3:])
        hits = api.get("/api/v1/search?" + urllib.parse.urlencode({"q": words, "locale": "nb", "limit": 50}))
        same = sorted(i["slug"] for i in hits["items"] if re.fullmatch(re.escape(base_slug) + r"(-c\d+)?", i.get("slug") or ""))
        expected = int(sql(args.db, f"SELECT COUNT(*) FROM snapshot WHERE channel = 'published' AND locale = 'nb'"
                           f" AND slug REGEXP '^{base_slug}(-c[0-9]+)?$'")[0][0])
        check(len(same) == expected and expected > 1,
              f"search for '{words}' finds the original and its copies: {len(same)} of {expected}")
        if args.quick:
            return

        # 1. the 20-newest list to its end
        t1 = time.monotonic()
        if args.skip_list_walk:
            log("the newest-first list walk is left out (--skip-list-walk)")
        else:
            keys, items, pages = walk(api, f"/api/v1/content/article?locale=nb&sort=-publishDate&limit={args.walk_limit}",
                                      key=lambda i: i.get("slug"))
            dates = [i["fields"].get("publishDate") or i.get("publishDate") for i in items]
            log(f"walked {pages} pages of the {args.walk_limit}-newest list in {time.monotonic() - t1:.0f} s")
            check(len(keys) == published_nb and len(set(keys)) == len(keys),
                  f"{args.walk_limit}-newest list with next: {len(keys)} items, {len(set(keys))} distinct; {published_nb} published nb articles")
            check(all(a >= b for a, b in zip(dates, dates[1:]) if a and b), "the list is newest first")
            missing = set(slugs_nb) - set(keys)
            check(not missing, f"every slug of slugs-nb.txt is in the list ({len(missing)} missing)")

        # sign in for checks 5 and 4
        _, _, token = api.call("POST", "/api/v1/auth/token",
                               {"username": "admin", "password": args.admin_password})
        api.token = token["token"]

        # 5. edit and publish a copy through the management API
        status, head, item = api.call("GET", f"/api/v1/manage/items/{copy_item}")
        fields = dict(item["variants"]["nb"]["fields"])
        fields["title"] = fields["title"] + " (edited)"
        _, _, item = api.call("PUT", f"/api/v1/manage/items/{copy_item}/variants/nb",
                              {"fields": fields}, headers={"If-Match": head["ETag"]})
        definition = api.get("/api/v1/manage/content-types/article")
        actions = ("submit", "approve", "publish") if definition.get("reviewRequired") else ("publish",)
        for action in actions:
            _, _, item = api.call("POST", f"/api/v1/manage/items/{copy_item}/variants/nb/transitions",
                                  {"action": action}, headers={"If-Match": item["etag"]})
        token_value, api.token = api.token, None
        deadline = time.monotonic() + 30
        while True:
            read = api.get(f"/api/v1/content/article/{copy_nb}?locale=nb")
            if read["title"] == fields["title"] or time.monotonic() > deadline:
                break
            time.sleep(1)
        check(read["title"] == fields["title"], f"edited and published copy {copy_nb}: the public answer has the new title")

        # 4. the management list to its end
        api.token = token_value
        t1 = time.monotonic()
        ids, _, pages = walk(api, "/api/v1/manage/items?type=article&limit=100")
        log(f"walked {pages} pages of the management list in {time.monotonic() - t1:.0f} s")
        check(len(ids) == articles and len(set(ids)) == len(ids),
              f"management list with next: {len(ids)} items, {len(set(ids))} distinct; {articles} articles")
    finally:
        if process:
            stop(process)
        shutil.copy(os.path.join(work, "cms.log"), os.path.join(BENCH, "results", f"verify-{args.db}.cms.log")) \
            if os.path.exists(os.path.join(work, "cms.log")) and os.path.isdir(os.path.join(BENCH, "results")) else None
        shutil.rmtree(work, ignore_errors=True)
        log("all checks passed" if not failures else f"{len(failures)} check(s) FAILED")


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as e:
        log(f"FAILED: {e}")
        sys.exit(1)
    sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""Generates the benchmark's content over the management API (Python 3 standard library only).

Creates COUNT articles in nb and publishes them; every (COUNT // SE_COUNT)-th one also gets an se
variant, published too. Deterministic (fixed seed): the same run gives the same titles, dates and
slugs. Each worker thread keeps one keep-alive connection; every call has a timeout, and any
failed call stops the run with a non-zero exit status.

Writes to OUT_DIR: slugs-nb.txt (every nb slug, in creation order), slugs-se.txt (the se slugs),
nb-only-slugs.txt (nb slugs of articles without an se variant) and summary.json.

  python3 bench/generate.py --base http://127.0.0.1:18480 --user admin --password ... \
      --count 10000 --se-count 2000 --workers 6 --out /tmp/dir
"""

import argparse
import concurrent.futures
import datetime
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse

NB_WORDS = (
    "kompetanse arbeidsliv voksne opplæring strategi fylkeskommune karriereveiledning "
    "fagskole læring utdanning kvalifisering nettverk digital innsats partene regjeringen "
    "yrkesfag kommune samarbeid bransje omstilling ferdigheter livslang tiltak tilbud "
    "innvandrere lesing regning norskopplæring evaluering rapport forskning kurs modul"
).split()
SE_WORDS = (
    "máhttu bargoeallin rávesolbmot oahpahus strategiija fylkkagielda bagadallan oahppu "
    "skuvlejupmi ovttasbargu suohkan ođđasit gelbbolašvuohta eallinagi doaibmabijut fálaldat "
    "lohkan rehkenastin árvvoštallan raporta dutkan kursa sámegiella guovlu"
).split()
# Writes answered 500 are repeated (see Api.call): concurrent first saves can hit a MariaDB
# deadlock in the snapshot table (reported in bench/README.md); the transaction is rolled back.
RETRIES = 5
TAGS = "kompetansereformen karriere fagskole voksnes-laering digital sami forskning".split()


def sentence(rng, words, n):
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def paragraphs(rng, words, count):
    return "".join(
        "<p>" + " ".join(sentence(rng, words, rng.randint(8, 16)) for _ in range(4)) + "</p>"
        for _ in range(count)
    )


def fields_nb(rng, i):
    start = datetime.datetime(2015, 1, 1, 8, 0, tzinfo=datetime.timezone.utc)
    # Distinct publish dates, newest last: 10,000 articles over ~9.5 years, ~8 h apart.
    publish = start + datetime.timedelta(hours=8 * i, minutes=rng.randint(0, 59))
    return {
        "title": sentence(rng, NB_WORDS, rng.randint(4, 8))[:-1] + f" {i:05d}",
        "lead": sentence(rng, NB_WORDS, rng.randint(18, 30)),
        "body": paragraphs(rng, NB_WORDS, rng.randint(4, 6)),
        "publishDate": publish.isoformat(),
        "tags": sorted(rng.sample(TAGS, rng.randint(1, 3))),
    }


def fields_se(rng, i):
    return {
        "title": sentence(rng, SE_WORDS, rng.randint(4, 8))[:-1] + f" {i:05d}",
        "lead": sentence(rng, SE_WORDS, rng.randint(18, 30)),
        "body": paragraphs(rng, SE_WORDS, rng.randint(4, 6)),
    }


class Api:
    """One keep-alive connection per thread, a timeout on every call."""

    def __init__(self, base, timeout):
        url = urllib.parse.urlsplit(base)
        if url.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("generate.py: the base URL must be on loopback: " + base)
        self.host, self.port, self.timeout = url.hostname, url.port or 80, timeout
        self.local = threading.local()
        self.token = None
        self.retried = 0
        self.lock = threading.Lock()

    def _conn(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.local.conn = conn
        return conn

    def call(self, method, path, body=None, headers=None, expect=(200,), retry_500=0):
        """One call; with retry_500, a write whose transaction the server rolled back (a 500, or a
        409 concurrent-update, which is how a database deadlock is answered) is repeated up to that
        many times, and counted."""
        for attempt in range(retry_500 + 1):
            response, data = self._call(method, path, body, headers)
            rolled_back = response.status == 500 or (
                response.status == 409 and b"concurrent-update" in data
            )
            if not rolled_back or attempt == retry_500:
                break
            with self.lock:
                self.retried += 1
            time.sleep(0.05 * (attempt + 1))
        if response.status not in expect:
            raise RuntimeError(
                f"{method} {path} -> {response.status}: {data[:500].decode('utf-8', 'replace')}"
            )
        parsed = json.loads(data) if data else None
        return response, parsed

    def _call(self, method, path, body, headers):
        hdrs = {"Accept": "application/json"}
        if self.token:
            hdrs["Authorization"] = "Bearer " + self.token
        if body is not None:
            hdrs["Content-Type"] = "application/json"
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
        hdrs.update(headers or {})
        for attempt in (1, 2):
            conn = self._conn()
            try:
                conn.request(method, path, body=body, headers=hdrs)
                response = conn.getresponse()
                data = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A keep-alive connection the server closed between calls: reconnect once. The
                # request was not processed, so repeating it is safe.
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    raise
        return response, data


def make_article(api, i, with_se, seed, review=True):
    rng = random.Random(seed * 1_000_003 + i)
    response, item = api.call(
        "POST",
        "/api/v1/manage/items",
        {"type": "article", "locale": "nb", "fields": fields_nb(rng, i)},
        expect=(201,),
        retry_500=RETRIES,
    )
    item_id = item["id"]
    etag = response.getheader("ETag")
    slug_nb = item["variants"]["nb"]["slug"]
    slug_se = None
    if with_se:
        _, item = api.call(
            "PUT",
            f"/api/v1/manage/items/{item_id}/variants/se",
            {"fields": fields_se(rng, i)},
            headers={"If-Match": etag},
            expect=(200, 201),
            retry_500=RETRIES,
        )
        slug_se = item["variants"]["se"]["slug"]
    # Articles need review before publishing: submit, approve (the admin may), publish. With
    # review switched off for the run (--no-review), publish at once.
    actions = ("submit", "approve", "publish") if review else ("publish",)
    for locale in ("nb", "se") if with_se else ("nb",):
        for action in actions:
            _, item = api.call(
                "POST",
                f"/api/v1/manage/items/{item_id}/variants/{locale}/transitions",
                {"action": action},
                headers={"If-Match": item["etag"]},
                retry_500=RETRIES,
            )
    return i, item_id, slug_nb, slug_se


def set_review(api, required):
    """Switches the article type's reviewRequired (a type change, through the management API)."""
    response, definition = api.call("GET", "/api/v1/manage/content-types/article")
    if definition.get("reviewRequired") == required:
        return
    definition["reviewRequired"] = required
    api.call(
        "PUT",
        "/api/v1/manage/content-types/article",
        definition,
        headers={"If-Match": response.getheader("ETag")},
    )
    print(f"generate: article reviewRequired={required}", flush=True)


def count_published(api, locale, fallback):
    """Walks the public list with cursors and counts the items."""
    total, cursor, pages = 0, None, 0
    while True:
        query = {"locale": locale, "limit": "100", "fields": "title"}
        if not fallback:
            query["fallback"] = "false"
        if cursor:
            query["cursor"] = cursor
        _, page = api.call("GET", "/api/v1/content/article?" + urllib.parse.urlencode(query))
        total += len(page["items"])
        cursor = page.get("next")
        pages += 1
        if not cursor or pages > 10000:
            return total


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", required=True)
    p.add_argument("--user", default="admin")
    p.add_argument("--password", required=True)
    p.add_argument("--count", type=int, default=10000)
    p.add_argument(
        "--start",
        type=int,
        default=0,
        help="the first article's number: adds articles START..COUNT-1 to a database that has the"
        " first START already (the slug lists are appended to)",
    )
    p.add_argument(
        "--no-review",
        action="store_true",
        help="switch the article type's reviewRequired off for the run (one publish call instead of"
        " submit, approve, publish) and back on afterwards",
    )
    p.add_argument("--se-count", type=int, default=2000)
    p.add_argument("--workers", type=int, default=6)
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument(
        "--max-seconds",
        type=float,
        default=0,
        help="stop starting new articles after this many seconds (0: no limit); what was made is"
        " written out and checked as usual",
    )
    p.add_argument("--seed", type=int, default=20160601)
    p.add_argument("--out", required=True)
    args = p.parse_args()

    api = Api(args.base, args.timeout)
    _, token = api.call(
        "POST", "/api/v1/auth/token", {"username": args.user, "password": args.password}
    )
    api.token = token["token"]

    every = max(1, args.count // args.se_count) if args.se_count else 0
    jobs = [(i, bool(every) and i % every == every - 1) for i in range(args.start, args.count)]
    results = [None] * args.count
    if args.no_review:
        set_review(api, False)
    started = time.monotonic()
    done = 0

    def one(*job):
        if args.max_seconds and time.monotonic() - started > args.max_seconds:
            return None
        return make_article(*job)

    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [
            pool.submit(one, api, i, se, args.seed, not args.no_review) for i, se in jobs
        ]
        try:
            for future in concurrent.futures.as_completed(futures):
                if future.result() is None:
                    continue  # not started: past --max-seconds
                i, item_id, slug_nb, slug_se = future.result()
                results[i] = (item_id, slug_nb, slug_se)
                done += 1
                if done % 1000 == 0:
                    rate = done / (time.monotonic() - started)
                    print(
                        f"generate: {args.start + done}/{args.count} articles ({rate:.0f}/s)",
                        flush=True,
                    )
        except Exception as e:  # stop at the first failure, loudly
            for f in futures:
                f.cancel()
            print(f"generate: FAILED: {e}", file=sys.stderr)
            sys.exit(1)
        finally:
            if args.no_review:
                set_review(api, True)
    seconds = time.monotonic() - started

    results = [r for r in results[args.start :] if r]
    mode = "a" if args.start else "w"
    with open(f"{args.out}/slugs-nb.txt", mode, encoding="utf-8") as f:
        f.writelines(r[1] + "\n" for r in results)
    with open(f"{args.out}/slugs-se.txt", mode, encoding="utf-8") as f:
        f.writelines(r[2] + "\n" for r in results if r[2])
    with open(f"{args.out}/nb-only-slugs.txt", mode, encoding="utf-8") as f:
        f.writelines(r[1] + "\n" for r in results if not r[2])

    nb = count_published(api, "nb", fallback=False)
    se = count_published(api, "se", fallback=False)
    se_variants = sum(1 for r in results if r[2]) + sum(
        1 for i in range(args.start) if every and i % every == every - 1
    )
    summary = {
        "articles": args.start + len(results),
        "seVariants": se_variants,
        "generatedNow": len(results),
        "seconds": round(seconds, 1),
        "review": not args.no_review,
        "retriedAfter500": api.retried,
        "publishedNb": nb,
        "publishedSeWithoutFallback": se,
    }
    with open(f"{args.out}/summary.json", "w", encoding="utf-8") as f:
        json.dump(summary, f)
    print("generate: " + json.dumps(summary), flush=True)
    if nb < summary["articles"] or se < summary["seVariants"]:
        print("generate: FAILED: fewer published articles than generated", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

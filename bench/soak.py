#!/usr/bin/env python3
"""Soak: mixed reads and writes at a steady rate against one cms.jar, sampled every minute.

Python 3 standard library only (and bench/generate.py's client). Run by bench/soak.sh, which
starts the server; on its own:

  python3 bench/soak.py --base http://127.0.0.1:18480 --password ... --pid <java pid> \
      --minutes 30 --rate 15

1. Creates --articles articles (submitted, approved, published) to work on.
2. For --minutes minutes, starts operations at a constant rate (--rate a second, open loop, like
   wrk2: each request has a scheduled start, and its latency is counted from that start, so a
   stall of the server shows as latency instead of as fewer requests). The mix (--mix):
     cached    a published article by id (a small hot set: answered from the delivery cache)
     uncached  the same article in preview (never cached: computed from the drafts every time)
     list      a page of the public article list (a random page size of 1-40: many cache keys)
     search    the public search for a random word
     save      a new draft of an article (read its ETag, PUT the nb variant with If-Match)
     publish   submit, approve and publish an article's draft (three requests)
3. Every minute: the server's heap after a full GC (jcmd <pid> GC.run, then GC.heap_info), its
   resident size (VmRSS), its CPU use in that minute, and per minute the requests, errors (a
   5xx, an unexpected 4xx, a timeout or a refused connection; a 412 of two writers on one article
   is counted as a conflict, not an error), p50 and p99 latency.
4. Prints the table (Markdown) and writes it to --out; exits non-zero when any request erred.
"""

import argparse
import json
import os
import queue
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402 (the benchmark's client and article generator)

WORDS = generate.NB_WORDS
DEFAULT_MIX = "cached=50,uncached=12,list=15,search=10,save=9,publish=4"


class Minute:
    """What happened in one minute of the run."""

    def __init__(self):
        self.latencies = []
        self.errors = 0
        self.conflicts = 0
        self.by_kind = {}
        self.first_errors = []


class Soak:
    def __init__(self, args):
        self.args = args
        self.api = generate.Api(args.base, args.timeout)  # signed in as the administrator
        self.public = generate.Api(args.base, args.timeout)  # no token
        self.preview = generate.Api(args.base, args.timeout)  # a preview token
        self.samples = {}
        self.lock = threading.Lock()
        self.minutes = {}
        self.articles = []  # (id, slug)
        self.started = None

    def record(self, scheduled, kind, seconds, outcome, detail=""):
        minute = int((scheduled - self.started) // 60)
        with self.lock:
            m = self.minutes.setdefault(minute, Minute())
            m.latencies.append(seconds)
            m.by_kind[kind] = m.by_kind.get(kind, 0) + 1
            if outcome == "error":
                m.errors += 1
                if len(m.first_errors) < 5:
                    m.first_errors.append(f"{kind}: {detail}"[:300])
            elif outcome == "conflict":
                m.conflicts += 1

    # --- the operations: each returns "ok", "conflict" or raises -----------------------------------

    def get(self, api, path):
        response, data = api._call("GET", path, None, None)
        if response.status != 200:
            raise RuntimeError(f"GET {path} -> {response.status}: {data[:200]!r}")
        return "ok"

    def op_cached(self, rng):
        item_id, _ = rng.choice(self.articles[:20])
        return self.get(self.public, f"/api/v1/content/article/{item_id}?locale=nb")

    def op_uncached(self, rng):
        item_id, _ = rng.choice(self.articles)
        return self.get(self.preview, f"/api/v1/content/article/{item_id}?locale=nb&preview=true")

    def op_list(self, rng):
        return self.get(self.public, f"/api/v1/content/article?locale=nb&limit={rng.randint(1, 40)}")

    def op_search(self, rng):
        query = urllib.parse.urlencode({"q": rng.choice(WORDS), "locale": "nb"})
        return self.get(self.public, f"/api/v1/search?{query}")

    def op_save(self, rng):
        item_id, _ = rng.choice(self.articles)
        response, item = self.api.call("GET", f"/api/v1/manage/items/{item_id}")
        fields = generate.fields_nb(rng, rng.randint(0, 99999))
        fields.pop("publishDate", None)
        response, data = self.api._call(
            "PUT",
            f"/api/v1/manage/items/{item_id}/variants/nb",
            {"fields": fields},
            {"If-Match": response.getheader("ETag")},
        )
        if response.status == 412:
            return "conflict"
        if response.status != 200:
            raise RuntimeError(f"save -> {response.status}: {data[:200]!r}")
        return "ok"

    def op_publish(self, rng):
        """Submits, approves and publishes the draft of an article, each step as the workflow
        allows it now; an article with nothing new to publish is left as it is."""
        item_id, _ = rng.choice(self.articles)
        path = f"/api/v1/manage/items/{item_id}/variants/nb/transitions"
        for _ in range(3):
            _, state = self.api.call("GET", path)
            allowed = state.get("allowed", [])
            action = next((a for a in ("submit", "approve", "publish") if a in allowed), None)
            if action is None:
                return "ok"
            item, _ = self.api.call("GET", f"/api/v1/manage/items/{item_id}")
            response, data = self.api._call(
                "POST", path, {"action": action}, {"If-Match": item.getheader("ETag")}
            )
            if response.status in (409, 412):
                return "conflict"  # another writer moved the variant on in between
            if response.status != 200:
                raise RuntimeError(f"{action} -> {response.status}: {data[:200]!r}")
            if action == "publish":
                return "ok"
        return "ok"

    # --- the run ------------------------------------------------------------------------------------

    def prepare(self):
        _, token = self.api.call(
            "POST",
            "/api/v1/auth/token",
            {"username": "admin", "password": self.args.password},
        )
        self.api.token = token["token"]
        _, preview = self.api.call(
            "POST",
            "/api/v1/manage/preview-tokens",
            {"expiresIn": "PT12H", "types": ["article"]},
            expect=(201,),
        )
        self.preview.token = preview["token"]
        for i in range(self.args.articles):
            _, item_id, slug, _ = generate.make_article(self.api, 900000 + i, False, 7)
            self.articles.append((item_id, slug))

    def worker(self, jobs, mix):
        rng = random.Random()
        while True:
            job = jobs.get()
            if job is None:
                return
            scheduled, kind = job
            outcome, detail = "ok", ""
            try:
                outcome = getattr(self, "op_" + kind)(rng)
            except Exception as e:  # noqa: BLE001 (every failure is counted and shown)
                outcome, detail = "error", repr(e)
            self.record(scheduled, kind, time.monotonic() - scheduled, outcome, detail)

    def run(self):
        mix = []
        for part in self.args.mix.split(","):
            kind, weight = part.split("=")
            if not hasattr(self, "op_" + kind):
                raise SystemExit("soak.py: unknown operation in --mix: " + kind)
            mix += [kind] * int(weight)
        jobs = queue.Queue()
        threads = [
            threading.Thread(target=self.worker, args=(jobs, mix), daemon=True)
            for _ in range(self.args.workers)
        ]
        for t in threads:
            t.start()
        rng = random.Random(1)
        interval = 1.0 / self.args.rate
        self.started = time.monotonic()
        end = self.started + 60 * self.args.minutes
        sampler = threading.Thread(target=self.sample_every_minute, args=(end,), daemon=True)
        sampler.start()
        n = 0
        while True:
            scheduled = self.started + n * interval
            if scheduled >= end:
                break
            delay = scheduled - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            jobs.put((scheduled, rng.choice(mix)))
            n += 1
        for _ in threads:
            jobs.put(None)
        for t in threads:
            t.join(timeout=self.args.timeout + 5)
        sampler.join(timeout=120)
        return n

    # --- sampling the server ------------------------------------------------------------------------

    def sample_every_minute(self, end):
        cpu0, t0 = self.cpu_seconds(), time.monotonic()
        for minute in range(self.args.minutes):
            wake = self.started + 60 * (minute + 1)
            time.sleep(max(0, wake - time.monotonic()))
            cpu1, t1 = self.cpu_seconds(), time.monotonic()
            self.samples[minute] = {
                "heap": self.heap_after_gc(),
                "rss": self.rss_mb(),
                "cpu": (cpu1 - cpu0) / (t1 - t0) * 100,
                "load": os.getloadavg()[0],
            }
            cpu0, t0 = self.cpu_seconds(), time.monotonic()

    def jcmd(self, command):
        return subprocess.run(
            ["jcmd", str(self.args.pid), command],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        ).stdout

    def heap_after_gc(self):
        """MB in use on the heap just after a full collection."""
        self.jcmd("GC.run")
        info = self.jcmd("GC.heap_info")
        found = re.search(r"total\s+(\d+)K, used\s+(\d+)K", info)
        return int(found.group(2)) / 1024 if found else float("nan")

    def rss_mb(self):
        with open(f"/proc/{self.args.pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def cpu_seconds(self):
        """CPU seconds (user + system) of the server process so far."""
        with open(f"/proc/{self.args.pid}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def table(soak, scheduled):
    rows = [
        "| minute | operations | errors | 412/409 conflicts | p50 ms | p99 ms | heap after GC MB"
        " | RSS MB | server CPU % of a core | load (1 min) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for minute in range(soak.args.minutes):
        m = soak.minutes.get(minute, Minute())
        s = soak.samples.get(minute, {})
        lat = m.latencies or [float("nan")]
        rows.append(
            f"| {minute + 1} | {len(m.latencies)} | {m.errors} | {m.conflicts}"
            f" | {percentile(lat, 50) * 1000:.1f} | {percentile(lat, 99) * 1000:.1f}"
            f" | {s.get('heap', float('nan')):.0f} | {s.get('rss', float('nan')):.0f}"
            f" | {s.get('cpu', float('nan')):.0f} | {s.get('load', float('nan')):.1f} |"
        )
    total = sum(len(m.latencies) for m in soak.minutes.values())
    errors = sum(m.errors for m in soak.minutes.values())
    kinds = {}
    for m in soak.minutes.values():
        for k, v in m.by_kind.items():
            kinds[k] = kinds.get(k, 0) + v
    summary = {
        "scheduled": scheduled,
        "done": total,
        "errors": errors,
        "conflicts": sum(m.conflicts for m in soak.minutes.values()),
        "byOperation": kinds,
        "rate": soak.args.rate,
        "minutes": soak.args.minutes,
        "articles": soak.args.articles,
    }
    shown = [e for m in soak.minutes.values() for e in m.first_errors][:10]
    return "\n".join(rows), summary, shown


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--pid", type=int, required=True, help="the server's (java) process id")
    p.add_argument("--minutes", type=int, default=30)
    p.add_argument("--rate", type=float, default=15.0, help="operations started a second")
    p.add_argument("--mix", default=DEFAULT_MIX)
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--workers", type=int, default=8)
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument("--out", default="")
    args = p.parse_args()

    soak = Soak(args)
    soak.prepare()
    print(
        f"soak: {len(soak.articles)} articles; {args.minutes} min at {args.rate:g} req/s,"
        f" mix {args.mix}",
        flush=True,
    )
    scheduled = soak.run()
    rows, summary, errors = table(soak, scheduled)
    text = rows + "\n\n" + json.dumps(summary) + "\n"
    if errors:
        text += "\nfirst errors:\n" + "\n".join(errors) + "\n"
    print(text, flush=True)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    sys.exit(1 if summary["errors"] else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Publish -> fresh answer at a cache in front (Varnish): for N rounds, edit an article's title,
publish it, and read it through the cache until the new title shows; prints p50/p99/max of the
time from sending the publish request (and from its answer) to the first fresh read. The cached
answer is primed (read twice) before each round, so without a purge it would stay stale for
max-age. Standard library only; every call has a timeout."""
import argparse
import json
import time
import urllib.request


def call(url, method="GET", token=None, body=None, headers=None, timeout=20):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read().decode(), dict(response.headers)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cms", required=True)
    parser.add_argument("--cache", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--path", required=True, help="delivery path of one nb article")
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    token = json.loads(call(args.cms + "/api/v1/auth/token", "POST",
                            body={"username": "admin", "password": args.password})[0])["token"]
    item = json.loads(call(args.cms + args.path)[0])
    item_id, title = item["id"], item["fields"]["title"]
    manage = "%s/api/v1/manage/items/%s" % (args.cms, item_id)
    from_request, from_answer = [], []
    for n in range(args.rounds):
        call(args.cache + args.path)
        call(args.cache + args.path)
        new_title = "%s (%d)" % (title, n)
        _, headers = call(manage, token=token)
        _, headers = call(manage + "/variants/nb", "PUT", token, {"fields": {"title": new_title}},
                          {"If-Match": headers["ETag"]})
        sent = time.perf_counter()
        call(manage + "/variants/nb/transitions", "POST", token, {"action": "publish"},
             {"If-Match": headers["ETag"]})
        answered = time.perf_counter()
        deadline = sent + 70
        while json.dumps(new_title, ensure_ascii=False) not in call(args.cache + args.path)[0]:
            if time.perf_counter() > deadline:
                raise SystemExit("the cached answer did not change within 70 s")
            time.sleep(0.002)
        fresh = time.perf_counter()
        from_request.append((fresh - sent) * 1000)
        from_answer.append((fresh - answered) * 1000)
    for name, values in (("from the publish request", from_request), ("from the publish answer", from_answer)):
        print("FRESH %s p50=%.1f p99=%.1f max=%.1f" % (
            name.replace(" ", "_"), percentile(values, 50), percentile(values, 99), max(values)))


if __name__ == "__main__":
    main()

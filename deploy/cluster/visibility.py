#!/usr/bin/env python3
"""Publish on one node, read on another: how long until the other node serves the new version.

  python3 deploy/cluster/visibility.py --publish http://127.0.0.1:19081 \
      --read http://127.0.0.1:19082 --password ... --rounds 200

Creates one item of a small content type of its own (through --publish), then per round: saves a
new title, publishes it through --publish, and polls --read (1 ms apart, a 5 s timeout per call)
until it serves that title. Prints p50/p90/p99/max of (a) the publish call and (b) the time from
sending the publish until the first fresh read on --read, and how many reads straight after the
publish had answered were stale (the contract says none). Standard library only; every call has a
timeout; loopback addresses only.
"""

import argparse
import http.client
import json
import sys
import time
import urllib.parse


class Node:
    def __init__(self, base, token=None):
        url = urllib.parse.urlsplit(base)
        if url.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("visibility.py: loopback addresses only: " + base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
        self.token = token

    def call(self, method, path, body=None, headers=None):
        hdrs = {"Accept": "application/json"}
        if self.token:
            hdrs["Authorization"] = "Bearer " + self.token
        if body is not None:
            hdrs["Content-Type"] = "application/json"
            body = json.dumps(body).encode()
        hdrs.update(headers or {})
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=body, headers=hdrs)
                response = self.conn.getresponse()
                return response, response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                if attempt == 2:
                    raise


def expect(result, *statuses):
    response, data = result
    if response.status not in statuses:
        raise SystemExit(f"visibility.py: {response.status}: {data[:300]!r}")
    return response, json.loads(data) if data else None


def pct(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--publish", required=True)
    p.add_argument("--read", required=True)
    p.add_argument("--user", default="admin")
    p.add_argument("--password", required=True)
    p.add_argument("--rounds", type=int, default=200)
    args = p.parse_args()

    writer = Node(args.publish)
    _, token = expect(
        writer.call("POST", "/api/v1/auth/token", {"username": args.user, "password": args.password}),
        200,
    )
    writer.token = token["token"]
    reader = Node(args.read)
    key = "visibility" + str(int(time.time()))
    expect(
        writer.call(
            "POST",
            "/api/v1/manage/content-types",
            {"key": key, "name": {"nb": "Synlighet"}, "titleField": "title",
             "fields": [{"key": "title", "type": "text", "required": True}]},
        ),
        201,
    )
    response, item = expect(
        writer.call("POST", "/api/v1/manage/items",
                    {"type": key, "locale": "nb", "fields": {"title": "Runde 0"}}),
        201,
    )
    item_id, etag = item["id"], response.getheader("ETag")
    path = f"/api/v1/content/{key}/{item_id}?locale=nb"
    publish_ms, visible_ms, stale_after_answer, polls = [], [], 0, 0
    for n in range(1, args.rounds + 1):
        title = f"Runde {n}"
        response, _ = expect(
            writer.call("PUT", f"/api/v1/manage/items/{item_id}/variants/nb",
                        {"fields": {"title": title}}, {"If-Match": etag}),
            200,
        )
        etag = response.getheader("ETag")
        started = time.perf_counter()
        response, _ = expect(
            writer.call("POST", f"/api/v1/manage/items/{item_id}/variants/nb/transitions",
                        {"action": "publish"}, {"If-Match": etag}),
            200,
        )
        answered = time.perf_counter()
        etag = response.getheader("ETag") or etag
        publish_ms.append((answered - started) * 1000)
        first = True
        deadline = answered + 10
        while True:
            r, data = reader.call("GET", path)
            polls += 1
            if r.status == 200 and json.loads(data).get("fields", {}).get("title") == title:
                visible_ms.append((time.perf_counter() - started) * 1000)
                break
            if first:
                stale_after_answer += 1
            first = False
            if time.perf_counter() > deadline:
                raise SystemExit(f"visibility.py: round {n} not visible on {args.read} in 10 s")
            time.sleep(0.001)

    def line(name, values):
        return (f"{name}: p50 {pct(values, 50):.1f} ms, p90 {pct(values, 90):.1f} ms, "
                f"p99 {pct(values, 99):.1f} ms, max {max(values):.1f} ms")

    print(f"rounds: {args.rounds}; publish on {args.publish}, read on {args.read}")
    print(line("publish call (answers once every member has applied it)", publish_ms))
    print(line("publish sent -> first fresh read on the other node", visible_ms))
    print(f"stale first reads after the publish had answered: {stale_after_answer}; polls: {polls}")
    json.dump({"publishMs": publish_ms, "visibleMs": visible_ms,
               "staleAfterAnswer": stale_after_answer}, sys.stderr)


if __name__ == "__main__":
    main()

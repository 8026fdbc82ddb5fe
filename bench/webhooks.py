#!/usr/bin/env python3
"""Publish -> webhook received latency, and how fast one instance dispatches a backlog.

Runs against a CMS started with CMS_OUTBOUND_ALLOWED_HOSTS=127.0.0.1 and
CMS_WEBHOOK_MAX_ATTEMPTS=1 (bench/webhooks.sh does that). Standard library only; every call
has a timeout; the receiver listens on 127.0.0.1 only.

1. latency: N publishes one after another, each of a new item; for each, the time from sending
   the publish request to the webhook's arrival at the receiver, and from the publish answer to
   the arrival (p50, p99, max).
2. dispatch rate: M publishes while the receiver answers 503 (with one try allowed, each
   delivery is dead at once), then the receiver answers 204 and one call replays every dead
   delivery: the rate at which the backlog arrives is the dispatcher's.
"""
import argparse
import http.server
import json
import statistics
import threading
import time
import urllib.request
import uuid

arrivals = {}          # item id -> arrival time (first 2xx-answered receipt)
arrival_lock = threading.Lock()
state = {"status": 204, "received": 0, "ok": 0}


class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        now = time.perf_counter()
        status = state["status"]
        with arrival_lock:
            state["received"] += 1
            if status < 300:
                state["ok"] += 1
                item = json.loads(body)["data"].get("itemId")
                arrivals.setdefault(item, now)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def call(base, method, path, token=None, body=None, timeout=30, if_match=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if if_match:
        request.add_header("If-Match", if_match)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        text = response.read()
        return json.loads(text) if text else None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cms", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--publishes", type=int, default=200)
    parser.add_argument("--backlog", type=int, default=1000)
    args = parser.parse_args()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook_url = "http://127.0.0.1:%d/hook" % server.server_address[1]

    token = call(args.cms, "POST", "/api/v1/auth/token", body={"username": "admin", "password": args.password})["token"]
    type_key = "bench-" + uuid.uuid4().hex[:8]
    call(args.cms, "POST", "/api/v1/manage/content-types", token, {
        "key": type_key, "name": {"nb": "Benk"}, "titleField": "title",
        "fields": [{"key": "title", "type": "text", "required": True}, {"key": "slug", "type": "slug"}]})
    hook = call(args.cms, "POST", "/api/v1/manage/webhooks", token, {
        "url": hook_url, "events": ["content.published"], "contentTypes": [type_key]})

    def publish(title):
        item = call(args.cms, "POST", "/api/v1/manage/items", token,
                    {"type": type_key, "locale": "nb", "fields": {"title": title}})
        sent = time.perf_counter()
        call(args.cms, "POST", "/api/v1/manage/items/%s/variants/nb/transitions" % item["id"], token,
             {"action": "publish"}, if_match=item["etag"])
        return item["id"], sent, time.perf_counter()

    def wait_for(item, limit=30):
        deadline = time.time() + limit
        while time.time() < deadline:
            with arrival_lock:
                if item in arrivals:
                    return arrivals[item]
            time.sleep(0.0005)
        raise SystemExit("no webhook for %s within %ss" % (item, limit))

    for i in range(20):  # warm-up
        item, _, _ = publish("Oppvarming %d" % i)
        wait_for(item)
    from_request, from_answer = [], []
    for i in range(args.publishes):
        item, sent, answered = publish("Måling %d" % i)
        arrived = wait_for(item)
        from_request.append((arrived - sent) * 1000)
        from_answer.append((arrived - answered) * 1000)

    # backlog: every delivery dies at its one try while the receiver answers 503
    state["status"] = 503
    before = state["received"]
    items = [publish("Kø %d" % i)[0] for i in range(args.backlog)]
    deadline = time.time() + 120
    while state["received"] - before < args.backlog and time.time() < deadline:
        time.sleep(0.05)
    state["status"] = 204
    ok_before = state["ok"]
    start = time.perf_counter()
    replayed = call(args.cms, "POST", "/api/v1/manage/webhooks/%s/deliveries/replay" % hook["id"], token, {})
    deadline = time.time() + 300
    while state["ok"] - ok_before < replayed["replayed"] and time.time() < deadline:
        time.sleep(0.01)
    elapsed = time.perf_counter() - start
    delivered = state["ok"] - ok_before

    print("publish -> webhook received, %d publishes one after another:" % args.publishes)
    for name, values in (("from the publish request", from_request), ("from the publish answer", from_answer)):
        print("  %-26s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  mean %6.1f ms" % (
            name, percentile(values, 50), percentile(values, 99), max(values), statistics.mean(values)))
    print("backlog of %d dead deliveries replayed at once: %d delivered in %.2f s = %.0f events/s" % (
        replayed["replayed"], delivered, elapsed, delivered / elapsed if elapsed else 0))
    server.shutdown()


if __name__ == "__main__":
    main()

"""Latency of filtered event queries through the HTTP API, on loopback, bounded in time.

    .venv/bin/python tools/api_latency.py --db bbc.db [--requests 400] [--seconds 60]

Serves the store on 127.0.0.1 (a free port, stopped at the end) and asks /api/events with a
rotating set of filters (type, country, actor, dates, search, offsets) taken from what the
store holds, one request at a time; prints the 50th and 95th percentiles and the slowest
answer in milliseconds, and the same for /api/articles?search=.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import urllib.parse
import urllib.request

from newsgraph.store import browse, open_store
from newsgraph.web import WebSettings, create_app
from newsgraph.web.local import serving


def event_queries(store) -> list[dict[str, str]]:
    facets = browse.facets(store)
    types = list(facets["event_types"])[:6] or ["CONSULT"]
    countries = list(facets["countries"])[:6] or ["USA"]
    dated = [r["date"] for r in browse.page(store, "events", {}, 200).rows if r["date"]]
    since = min(dated).isoformat() if dated else "2000-01-01"
    queries = []
    for i in range(24):
        q = {"type": types[i % len(types)], "limit": "50"}
        if i % 2:
            q["country"] = countries[i % len(countries)]
        if i % 3 == 0:
            q["since"] = since
        if i % 4 == 1:
            q["actor"] = countries[(i + 1) % len(countries)]
        if i % 5 == 2:
            q["offset"] = "50"
        if i % 6 == 3:
            q["search"] = "minister"
        queries.append(q)
    return queries


def measure(base: str, path: str, queries: list[dict[str, str]], requests: int, seconds: float) -> list[float]:
    times: list[float] = []
    deadline = time.monotonic() + seconds
    for i in range(requests):
        if time.monotonic() > deadline:
            break
        url = f"{base}{path}?{urllib.parse.urlencode(queries[i % len(queries)])}"
        started = time.perf_counter()
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            assert response.status == 200
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return f"{name}: {len(times)} requests, p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=60.0, help="stop each series after this long")
    args = parser.parse_args()
    store = open_store(args.db, create=False)
    counts = store.counts()
    queries = event_queries(store)
    searches = [{"search": w, "limit": "20"} for w in ("election", "co-chairman", "minister AND", '"market', "bank rates", "film")]
    with serving(create_app(store, WebSettings.load(environ={}))) as base:
        measure(base, "/api/events", queries, 20, 10)  # warm up
        events = measure(base, "/api/events", queries, args.requests, args.seconds)
        search = measure(base, "/api/articles", searches, args.requests // 2, args.seconds)
    store.close()
    print(f"store: {counts['articles']} articles, {counts['events']} events ({store.backend})")
    print(report("GET /api/events with filters", events))
    print(report("GET /api/articles?search=", search))
    return 0


if __name__ == "__main__":
    sys.exit(main())

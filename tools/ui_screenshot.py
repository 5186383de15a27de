"""Screenshots of the web UI for the docs, taken in headless Debian chromium from a store.

    make demo                                  # builds demo.db from examples/articles
    .venv/bin/python tools/ui_screenshot.py --db demo.db --out docs/ui.png

Serves the store on 127.0.0.1 (a free port, stopped at the end), opens the article with the
most events, marks its first event's evidence and saves the page.  ``--view`` takes another
view instead (timeline, network, map).  Needs the test dependencies (playwright).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from newsgraph.store import open_store
from newsgraph.web import WebSettings, create_app
from newsgraph.web.local import CHROMIUM, CHROMIUM_FLAGS, serving


def busiest_article(store) -> str:
    rows = store.articles(limit=10_000)
    return max(rows, key=lambda row: (row["events"], row["entities"], row["id"]))["id"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="demo.db")
    parser.add_argument("--out", type=Path, default=Path("docs/ui.png"))
    parser.add_argument("--view", choices=("article", "corpus", "timeline", "network", "map"), default="article")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    store = open_store(args.db, create=False)
    route = f"#/article/{busiest_article(store)}?event=v1" if args.view == "article" else f"#/{args.view}"
    with serving(create_app(store, WebSettings.load(environ={}))) as url, tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_FLAGS), viewport={"width": args.width, "height": args.height})
        page = context.new_page()
        page.goto(f"{url}/{route}")
        page.wait_for_selector(f"#main[data-ready='{args.view if args.view != 'article' else 'article'}']", timeout=15_000)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(args.out))
        context.close()
    store.close()
    print(f"{args.out} ({args.view} view of {args.db})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

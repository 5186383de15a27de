"""A small store for the API and browser tests, built from invented articles (names, places
and outlets made up for the tests), one of them full of markup that must stay inert."""

from __future__ import annotations

import json
from pathlib import Path

ARTICLES = {
    "talks.txt": (
        "LIMA - Peruvian Foreign Minister Ana Quispe-Lorca met Chilean envoy Tomas Ilabaca in Lima on March 3, 2024 "
        "to discuss a fishing dispute along their maritime border.\n\n"
        "\"We will not accept new tariffs on our fishermen,\" Ilabaca told reporters after the meeting.\n\n"
        "Quispe-Lorca said the two governments would meet again in April."
    ),
    "protest.txt": (
        "NAIROBI, May 14, 2024 - Thousands of farmers protested in Nairobi against a new tax on fertiliser, "
        "the Lakeside Courier reported. Kenyan police fired tear gas at the crowd, witnesses said."
    ),
    "aid.txt": (
        "Germany pledged 40 million euros in flood aid to Pakistan on August 30, 2022, "
        "Development Minister Petra Vollrath said in Berlin. \"The water is still rising,\" she added."
    ),
}

EVIL_TITLE = 'Council vote <img src=x onerror="window.__pwned=1">'
EVIL = {
    "title": EVIL_TITLE,
    "url": "javascript:window.__pwned=2",
    "outlet": "Harbour Gazette",
    "date": "2024-04-02",
    "text": (
        "Mayor Ilse Brandvold of the town council said on Tuesday that the <script>window.__pwned=3</script> vote "
        "would go ahead. Critics posted <img src=x onerror=\"window.__pwned=4\"> and "
        "<a href=\"javascript:window.__pwned=5\">a link</a> on the council website, the Harbour Gazette reported. "
        "\"Click <b onclick=\"window.__pwned=6\" onmouseover=\"window.__pwned=7\">here</b> or "
        "<a href=\" JaVaScRiPt:window.__pwned=8\">there</a>,\" Brandvold said of the <svg onload=\"window.__pwned=9\"> page."
    ),
}


def write_inputs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "evil.json").write_text(json.dumps(EVIL), encoding="utf-8")
    return folder


def build_store(path: Path, pipeline) -> str:
    """Ingest the test articles into a new SQLite store at ``path``; returns its path."""
    from newsgraph.engines import ingest_paths
    from newsgraph.store import open_store

    inputs = write_inputs(path.parent / "inputs")
    store = open_store(str(path))
    try:
        summary = ingest_paths([str(inputs)], store, pipeline)
    finally:
        store.close()
    assert summary.stored == len(ARTICLES) + 1, summary.to_dict()
    return str(path)


def evil_id() -> str:
    from newsgraph.ingest.ids import article_id

    return article_id(EVIL["text"])

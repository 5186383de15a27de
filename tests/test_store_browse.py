"""The paged reads of the API (store/browse.py) on both backends: same filters, pages that
follow each other, user text never read as LIKE or full-text syntax, the UI's aggregates."""

from __future__ import annotations

import pytest

from newsgraph.store import browse, open_store
from tests.web_store import write_inputs


@pytest.fixture
def store(store_url, pipeline, tmp_path):
    from newsgraph.engines import ingest_paths

    store = open_store(store_url)
    ingest_paths([str(write_inputs(tmp_path / "inputs"))], store, pipeline)
    yield store
    store.close()


def test_pages_follow_each_other(store) -> None:
    for kind in browse.FILTERS:
        whole = browse.page(store, kind, {}, 500).rows
        assert whole, kind
        pages = [browse.page(store, kind, {}, 2, offset) for offset in range(0, len(whole) + 2, 2)]
        assert [row for p in pages for row in p.rows] == whole, kind
        assert [p.more for p in pages if p.rows][-1] is False


def test_filters_and_literal_text(store) -> None:
    names = [r["name"] for r in browse.page(store, "entities", {"search": "quispe"}, 10).rows]
    assert "Ana Quispe-Lorca" in names and all("Quispe" in n for n in names)
    for hostile in ("%", "_", "\\", "%quispe%"):
        assert browse.page(store, "entities", {"search": hostile}, 10).rows == []
    for hostile in ("co-chairman", "AND", '"', "NEAR(x", "*", "a OR b"):
        browse.page(store, "articles", {"search": hostile}, 10)
    assert len(browse.page(store, "articles", {"search": "fertiliser"}, 10).rows) == 1
    consult = browse.page(store, "events", {"type": "consult", "actor": "PER", "recipient": "chl"}, 10).rows
    assert len(consult) == 1 and consult[0]["date"].isoformat() == "2024-03-03"
    with pytest.raises(ValueError):
        browse.page(store, "entities", {"since": "2024-01-01"}, 10)


def test_aggregates(store) -> None:
    assert {"date": consult_day(store), "type": "CONSULT", "events": 1} in [{**r, "date": r["date"].isoformat()} for r in browse.timeline(store, {})]
    graph = browse.network(store, {}, 10)
    assert any(e["source"] == "PER" and e["target"] == "CHL" and e["types"] == {"CONSULT": 1} for e in graph["edges"])
    consult_only = browse.network(store, {"type": "CONSULT"}, 10)["edges"]
    assert consult_only and all(set(e["types"]) == {"CONSULT"} for e in consult_only)
    names = {p["name"] for p in browse.place_points(store, {}, 100)}
    assert "Lima" in names
    facets = browse.facets(store)
    assert facets["event_types"]["CONSULT"] >= 1 and "Harbour Gazette" in facets["outlets"]


def consult_day(store) -> str:
    return browse.page(store, "events", {"type": "CONSULT"}, 1).rows[0]["date"].isoformat()

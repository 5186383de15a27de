"""Full-text search with any user text, on both backends: words are quoted for the engine,
never read as its query syntax (FTS5 operators, tsquery punctuation)."""

from __future__ import annotations

import pytest

from newsgraph.store import open_store
from tests.made_store import document_a, document_b

NASTY = ["co-chairman", "AND", "OR NOT", "\"unbalanced", "'", "*", "(", ")", "NEAR(a b)", "col:umn", "a & b | !c", "^", "-", "", "   "]


@pytest.mark.parametrize("text", NASTY)
def test_any_search_text_is_answered(store_url, text) -> None:
    with open_store(store_url) as store:
        store.add(document_a())
        store.add(document_b())
        rows = store.articles(search=text)
    assert isinstance(rows, list)


def test_hyphenated_and_operator_words_are_words(store_url) -> None:
    with open_store(store_url) as store:
        store.add(document_a())
        store.add(document_b())
        assert {r["id"] for r in store.articles(search="co-chairman")} == {"a" * 16, "b" * 16}
        assert [r["id"] for r in store.articles(search="Harvest Party")] == ["a" * 16]
        assert [r["id"] for r in store.articles(search="\"Harvest")] == ["a" * 16]
        assert store.articles(search="Harvest AND Gazette") == []


def test_flags_values_and_natural_id_order_on_both_backends(store_url) -> None:
    """What the flags command and the filter checks read, the same on each backend."""
    from newsgraph.corpus import rebuild
    from newsgraph.model import Rejection

    with open_store(store_url) as store:
        store.add(document_a())
        store.add(document_b())
        store.add_rejection(Rejection("notes/empty.txt", "NG102", "empty", "the input is empty"))
        rebuild(store)
        flags = store.flags(type="future_past")
        assert [(f["source"], f["kind"], f["values"]) for f in flags] == [("a.txt", "future_past", ["2024-03-09"])]
        assert store.flags(since="2024-03-04") == []
        assert store.distinct("events.type") == ["COERCE", "CONSULT"]
        assert store.distinct("events.country") == ["KEN", "UGA"]
        assert store.distinct("entities.type") == ["COUNTRY", "PERSON", "PLACE"]
        assert store.distinct("rejections.type") == ["empty"]
        ids = [r["event_id"] for r in store.events(limit=50) if r["article_id"] == "a" * 16]
        assert ids == [f"v{n}" for n in range(1, 12)]

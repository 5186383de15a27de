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

"""The SQLite store: documents, exact and near-duplicate links, fingerprints, rejections."""

from __future__ import annotations

from newsgraph.model import Article, Document, Rejection
from newsgraph.store import open_store
from newsgraph.store.base import DuplicateLink

TEXT = "The council approved the new cycle path on Monday after a long campaign by residents."


def doc(text: str = TEXT, article_id: str = "a1", source: str = "one.txt") -> Document:
    return Document(article=Article(text=text, id=article_id, title="Cycle path", source_name=source))


def test_add_and_get_round_trip(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        result = store.add(doc(), fingerprint=b"\x01" * 16)
        assert (result.outcome, result.article_id) == ("stored", "a1")
        assert store.get("a1") == doc()
        assert store.has_article("a1") and not store.has_article("zz")
        assert list(store.fingerprints())[0][0::2] == ("a1", b"\x01" * 16)


def test_same_text_is_linked_not_stored_twice(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        store.add(doc())
        result = store.add(doc(TEXT.upper(), article_id="a1", source="copy.txt"))
        assert (result.outcome, result.duplicate_of) == ("duplicate", "a1")
        assert store.counts()["articles"] == 1
        assert store.duplicates() == [{"source": "copy.txt", "article_id": "a1", "duplicate_of": "a1", "kind": "exact", "similarity": 1.0}]


def test_near_duplicate_link(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        store.add(doc())
        store.add(doc(TEXT + " Work starts in June.", article_id="a2", source="rewrite.txt"))
        store.add_duplicate(DuplicateLink("rewrite.txt", "a2", "a1", "near", 0.86))
        assert store.counts()["articles"] == 2
        assert store.duplicates()[0]["kind"] == "near" and store.duplicates()[0]["similarity"] == 0.86


def test_rejections_are_stored_and_counted(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store:
        store.add_rejection(Rejection("bad.bin", "NG103", "binary", "the input is binary", "give text"))
        assert store.rejections()[0]["reason"] == "binary"
        assert store.counts()["rejections"] == 1


def test_fingerprints_survive_reopening(tmp_path):
    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        store.add(doc(), fingerprint=b"\x02" * 8)
        store.add(doc("Another story entirely, about a school choir that won a prize.", "a2", "two.txt"))
    with open_store(path) as store:
        rows = {row[0]: row for row in store.fingerprints()}
        assert rows["a1"][2] == b"\x02" * 8 and rows["a2"][2] is None

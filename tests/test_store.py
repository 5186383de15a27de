"""The store contract, run against every backend (SQLite and a throwaway PostgreSQL server).

``store_url`` (conftest.py) gives a new empty store on each backend; a test here must pass on
both, with the same typed values.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import InvalidDate, NotAStore, StoreMissing
from newsgraph.model import Actor, Article, ArticleDate, Document, Entity, Event, Flag, Quote, Rejection, Span, TimeExpr
from newsgraph.store import SCHEMA_VERSION, open_store
from newsgraph.store.base import CorpusRows, DuplicateLink

TEXT = "The council of Brindleford approved the new cycle path on Monday after a long campaign by residents."


def doc(text: str = TEXT, article_id: str = "a1", source: str = "one.txt", day: str | None = "2024-03-04") -> Document:
    council = Span(4, 11, "council")
    return Document(
        article=Article(text=text, id=article_id, title="Cycle path", source_name=source, outlet="Brindleford Gazette", date=ArticleDate(day, inferred=True, source="text") if day else None),
        entities=(Entity("e1", "Brindleford council", "ORG", (council,), country="GBR", roles=("council",)), Entity("e2", "Brindleford", "PLACE", (Span(15, 26, "Brindleford"),))),
        quotes=(Quote("q1", "indirect", Span(27, 60, text[27:60]), speaker="e1", speaker_name="Brindleford council", via=("Gazette Wire",)),),
        times=(TimeExpr("t1", Span(83, 89, "Monday"), "DATE", "2024-03-04"),),
        events=(Event("v1", "AGREE", Span(27, 35, "approved"), Span(0, 40, text[:40]), actor=Actor("e1", "Brindleford council", "GBR", "GOV"), date="2024-03-04", place="e2", reported_by=("Gazette Wire",), confidence=0.75),),
        flags=(Flag("date_conflict", "two dates", ("2024-03-04", "2024-03-05")),),
    )


def test_add_and_get_round_trip(store_url):
    with open_store(store_url) as store:
        result = store.add(doc(), fingerprint=b"\x01" * 16, pipeline_version="v1")
        assert (result.outcome, result.article_id) == ("stored", "a1")
        assert store.get("a1") == doc() and store.get("zz") is None
        assert store.has_article("a1") and not store.has_article("zz")
        assert list(store.fingerprints())[0][0::2] == ("a1", b"\x01" * 16)
        assert list(store.documents()) == [doc()]
        assert store.check() == []


def test_rows_are_typed_the_same_way_on_every_backend(store_url):
    with open_store(store_url) as store:
        store.add(doc())
        event = store.events()[0]
        assert event["reported_by"] == ["Gazette Wire"] and event["date"] == date(2024, 3, 4) and event["date_value"] == "2024-03-04"
        assert event["confidence"] == 0.75 and event["place"] == "Brindleford" and event["actor_sector"] == "GOV"
        article = store.articles()[0]
        assert article["date_inferred"] is True and article["date"] == date(2024, 3, 4)
        assert (article["entities"], article["times"], article["events"]) == (2, 1, 1)
        assert store.quotes()[0]["via"] == ["Gazette Wire"] and store.quotes()[0]["date"] == date(2024, 3, 4)
        assert store.entities(type="org") == [{"name": "Brindleford council", "type": "ORG", "country": "GBR", "sector": None, "articles": 1, "mentions": 1}]


def test_same_text_is_linked_once_and_the_same_input_is_unchanged(store_url):
    with open_store(store_url) as store:
        store.add(doc())
        again = store.add(doc())
        assert (again.outcome, again.duplicate_of) == ("unchanged", "a1")
        copy = store.add(doc(TEXT.upper(), source="copy.txt"))
        assert (copy.outcome, copy.duplicate_of) == ("duplicate", "a1")
        assert store.add(doc(TEXT.upper(), source="copy.txt")).outcome == "unchanged"
        assert store.counts()["articles"] == 1 and store.counts()["entities"] == 2
        assert store.duplicates() == [{"source": "copy.txt", "article_id": "a1", "duplicate_of": "a1", "kind": "exact", "similarity": 1.0}]


def test_near_duplicate_link_is_stored_with_the_article(store_url):
    with open_store(store_url) as store:
        store.add(doc())
        link = DuplicateLink("rewrite.txt", "a2", "a1", "near", 0.86)
        result = store.add(doc(TEXT + " Work starts in June.", article_id="a2", source="rewrite.txt"), near=link)
        assert result.linked_near and store.counts()["articles"] == 2
        assert store.duplicates()[0]["kind"] == "near" and store.duplicates()[0]["similarity"] == 0.86
        assert store.add_duplicate(link) is False


def test_rejections_are_stored_once(store_url):
    with open_store(store_url) as store:
        rejection = Rejection("bad.bin", "NG103", "binary", "the input is binary", "give text")
        assert store.add_rejection(rejection) is True and store.add_rejection(rejection) is False
        assert store.rejections()[0]["reason"] == "binary" and store.counts()["rejections"] == 1


def test_filters_and_full_text_search(store_url):
    with open_store(store_url) as store:
        store.add(doc())
        store.add(doc("Flood waters closed the harbour road in Kestrel Bay for three days this week.", "a2", "two.txt", day="2024-05-01"))
        assert [r["id"] for r in store.articles(search="approves cycling")] == ["a1"]  # stemmed, every word
        assert [r["id"] for r in store.articles(search="harbour")] == ["a2"]
        assert [r["id"] for r in store.articles(since="2024-04-01")] == ["a2"]
        assert [r["id"] for r in store.articles(until="2024-03-04")] == ["a1"]
        assert [e["article_id"] for e in store.events(actor="gbr", source="gazette")] == ["a1", "a2"]
        with pytest.raises(InvalidDate):
            store.articles(since="last week")


def test_replace_and_stale_pipeline_versions(store_url):
    with open_store(store_url) as store:
        store.add(doc(), pipeline_version="old")
        store.add(doc("Flood waters closed the harbour road in Kestrel Bay for three days this week.", "a2", "two.txt"), pipeline_version="new")
        assert store.stale("new") == ["a1"]
        fewer = doc().with_(events=(), flags=())
        store.replace(fewer, "new")
        assert store.stale("new") == [] and store.get("a1") == fewer
        assert store.counts()["events"] == 1 and store.check() == []


def test_corpus_rows_are_replaced_as_a_whole(store_url):
    rows = CorpusRows(
        stories=[{"id": 1, "title": "Cycle path", "articles": 1, "outlets": 1, "first_seen": date(2024, 3, 4), "last_seen": date(2024, 3, 4)}],
        story_articles=[{"article_id": "a1", "story_id": 1, "link": "first"}],
        corpus_events=[{"id": 1, "type": "AGREE", "actor_name": "Brindleford council", "actor_country": "GBR", "recipient_name": None, "recipient_country": None,
                        "place": None, "date": date(2024, 3, 4), "articles": 1, "outlets": 1, "mentions": 1, "first_seen": date(2024, 3, 4), "last_seen": date(2024, 3, 4), "story_id": 1}],
        corpus_mentions=[{"article_id": "a1", "event_id": "v1", "corpus_event_id": 1, "outlet": "Brindleford Gazette", "date": date(2024, 3, 4), "place": None, "evidence": "The council"}],
        corpus_flags=[{"corpus_event_id": 1, "flag_no": 1, "kind": "conflicting_date", "message": "m", "values": ["A: 2024-03-04"]}],
    )
    with open_store(store_url) as store:
        store.add(doc())
        store.replace_corpus(rows)
        store.replace_corpus(rows)
        event = store.corpus_events()[0]
        assert event["outlet_names"] == ["Brindleford Gazette"] and event["flags"][0]["values"] == ["A: 2024-03-04"]
        assert event["reports"][0]["date"] == date(2024, 3, 4)
        assert store.stories()[0]["members"][0]["link"] == "first" and store.counts()["corpus_events"] == 1


def test_check_finds_missing_annotation_rows(store_url):
    from sqlalchemy import text

    with open_store(store_url) as store:
        store.add(doc())
        with store._engine.begin() as conn:
            conn.execute(text("DELETE FROM entities WHERE entity_id='e2'"))
        assert any("a1" in problem for problem in store.check())


def test_schema_version_is_recorded_and_older_stores_are_migrated(store_url):
    from sqlalchemy import text

    with open_store(store_url) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.add(doc(), pipeline_version="v")
        with store._engine.begin() as conn:  # back to the layout of migration 1 without 2
            conn.execute(text("DROP INDEX articles_pipeline"))
            conn.execute(text("ALTER TABLE articles DROP COLUMN pipeline_version"))
            conn.execute(text("UPDATE meta SET value='1' WHERE key='newsgraph_schema'"))
    with open_store(store_url, create=False) as store:
        assert store.schema_version == SCHEMA_VERSION and store.get("a1") == doc()
        assert store.stale("v") == ["a1"]


def test_reading_never_creates_a_store(store_url, tmp_path):
    with pytest.raises(StoreMissing) as error:
        open_store(store_url, create=False)
    assert error.value.code == "NG304"
    if "://" not in store_url:
        assert not (tmp_path / "store.db").exists()
    with open_store(store_url) as store:  # and the database is still empty, so creating works
        assert store.counts()["articles"] == 0


def test_another_programs_database_is_refused(store_url):
    from sqlalchemy import create_engine, text

    engine_url = store_url.replace("postgresql://", "postgresql+psycopg://") if "://" in store_url else "sqlite:///" + store_url
    engine = create_engine(engine_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"))
    engine.dispose()
    for create in (True, False):
        with pytest.raises(NotAStore) as error:
            open_store(store_url, create=create)
        assert error.value.code == "NG303" and error.value.exit_code == 2


def test_a_text_file_is_not_a_store(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("shopping: bread, milk\n")
    with pytest.raises(NotAStore):
        open_store(str(notes))
    assert notes.read_text() == "shopping: bread, milk\n" and sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_sqlite_file_of_another_program_is_left_byte_for_byte(tmp_path):
    path = tmp_path / "app.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(NotAStore):
        open_store(str(path))
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["app.sqlite"]


_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_words, title=st.none() | _words, outlet=st.none() | _words)
def test_any_article_round_trips_through_sqlite(tmp_path_factory, text, title, outlet):
    path = tmp_path_factory.mktemp("h") / "s.db"
    article = Article(text=text, id="h1", title=title, outlet=outlet, source_name="h.txt")
    with open_store(str(path)) as store:
        store.add(Document(article=article))
        assert store.get("h1") == Document(article=article) and store.check() == []


def test_a_store_of_a_development_version_is_refused(tmp_path):
    from newsgraph.errors import StoreSchemaError

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY)")
    with pytest.raises(StoreSchemaError):
        open_store(str(path))

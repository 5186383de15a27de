"""The corpus view: story clusters and corpus events (one happening, many reports), and
reprocessing articles that an older pipeline annotated."""

from __future__ import annotations

from datetime import date

from newsgraph.corpus import corpus_rows
from newsgraph.store.base import CorpusInput


def article(aid: str, outlet: str, day: str | None = "2024-07-26") -> dict:
    return {"id": aid, "outlet": outlet, "date": date.fromisoformat(day) if day else None, "title": f"story {aid}"}


def event(aid: str, day: str | None, type_: str = "CONSULT", country: str | None = "GHA", place: str | None = None, recipient: str | None = "CIV", eid: str = "v1") -> dict:
    return {
        "article_id": aid, "event_id": eid, "type": type_, "modality": "asserted", "actor_name": "Ghana", "actor_country": country,
        "actor_sector": "GOV", "recipient_name": "Ivory Coast" if recipient else None, "recipient_country": recipient, "recipient_sector": None,
        "date": date.fromisoformat(day) if day else None, "place": place, "evidence": f"evidence of {aid}",
    }


def names(aid: str, *values: str) -> list[dict]:
    return [{"article_id": aid, "name": v, "type": "PERSON"} for v in values]


def build(articles, events, entities=(), links=()):
    return corpus_rows(CorpusInput(list(articles), list(entities), list(events), list(links)))


def test_reports_a_day_apart_are_one_happening_with_two_outlets():
    rows = build([article("a", "Herald"), article("b", "Post")], [event("a", "2024-07-25"), event("b", "2024-07-26")])
    assert len(rows.corpus_events) == 1
    merged = rows.corpus_events[0]
    assert (merged["articles"], merged["outlets"], merged["mentions"]) == (2, 2, 2)
    assert merged["first_seen"] == merged["last_seen"] == date(2024, 7, 26) and rows.corpus_flags == []


def test_reports_a_month_apart_outside_a_story_stay_apart():
    rows = build([article("a", "Herald"), article("b", "Post")], [event("a", "2024-07-25"), event("b", "2024-06-25")])
    assert len(rows.corpus_events) == 2 and rows.stories == []


def test_outlets_telling_one_story_with_different_dates_get_a_flag():
    people = names("a", "Kwame Oduro", "Aya Bamba") + names("b", "Kwame Oduro", "Aya Bamba")
    rows = build([article("a", "Herald"), article("b", "Post")], [event("a", "2024-07-25"), event("b", "2024-06-25")], people)
    assert [s["articles"] for s in rows.stories] == [2]
    assert len(rows.corpus_events) == 1 and rows.corpus_events[0]["date"] == date(2024, 7, 25)
    flag = rows.corpus_flags[0]
    assert flag["kind"] == "conflicting_date" and flag["values"] == ["Post: 2024-06-25", "Herald: 2024-07-25"]


def test_an_article_telling_both_days_keeps_two_happenings():
    people = names("a", "Kwame Oduro", "Aya Bamba") + names("b", "Kwame Oduro", "Aya Bamba")
    events = [event("a", "2024-07-25"), event("a", "2024-06-25", eid="v2"), event("b", "2024-06-25")]
    rows = build([article("a", "Herald"), article("b", "Post")], events, people)
    assert sorted(e["mentions"] for e in rows.corpus_events) == [1, 2] and rows.corpus_flags == []


def test_places_must_agree_when_both_are_named():
    events = [event("a", "2024-07-25", place="Accra"), event("b", "2024-07-25", place="Kumasi"), event("c", "2024-07-25")]
    rows = build([article("a", "Herald"), article("b", "Post"), article("c", "Wire")], events)
    # c (no place) joins one of them; the chain then links both places and says so
    assert len(rows.corpus_events) == 1 and rows.corpus_flags[0]["kind"] == "conflicting_place"
    rows = build([article("a", "Herald"), article("b", "Post")], events[:2])
    assert len(rows.corpus_events) == 2


def test_other_types_actors_or_recipients_are_other_happenings():
    events = [event("a", "2024-07-25"), event("b", "2024-07-25", type_="ACCUSE"), event("c", "2024-07-25", country="TGO"), event("d", "2024-07-25", recipient="LBR")]
    rows = build([article(x, x.upper()) for x in "abcd"], events)
    assert len(rows.corpus_events) == 4


def test_near_duplicates_make_a_story_with_their_link():
    rows = build([article("a", "Herald"), article("b", "Post")], [], links=[{"article_id": "b", "duplicate_of": "a", "similarity": 0.9}])
    assert rows.stories[0]["articles"] == 2 and rows.stories[0]["outlets"] == 2
    assert {r["article_id"]: r["link"] for r in rows.story_articles} == {"a": "first", "b": "near_duplicate"}


def test_stories_need_close_dates():
    people = names("a", "Kwame Oduro", "Aya Bamba", "Kofi Mensah") + names("b", "Kwame Oduro", "Aya Bamba", "Kofi Mensah")
    assert len(build([article("a", "Herald"), article("b", "Post")], [], people).stories) == 1
    assert build([article("a", "Herald"), article("b", "Post", "2024-09-01")], [], people).stories == []


def test_reprocess_replaces_what_an_older_pipeline_made(tmp_path):
    from newsgraph.engines import ingest_paths, pipeline_version, reprocess
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings
    from newsgraph.store import open_store
    from tests.crash_writer import SyntheticAnalyzer, SyntheticStage
    from tests.test_store_crash import make_corpus

    make_corpus(tmp_path / "corpus", articles=12)
    old = Pipeline(Settings.load(), stages=[SyntheticStage(0)], analyzer=SyntheticAnalyzer())
    new_stage = SyntheticStage(0)
    new_stage.name = "synthetic_v2"
    new = Pipeline(Settings.load(), stages=[new_stage], analyzer=SyntheticAnalyzer())
    with open_store(str(tmp_path / "s.db")) as store:
        ingest_paths([str(tmp_path / "corpus")], store, old)
        before = store.counts()
        assert store.stale(pipeline_version(old)) == [] and len(store.stale(pipeline_version(new))) == before["articles"]
        summary = reprocess(store, new)
        assert (summary.stale, summary.reprocessed, summary.failed) == (before["articles"], before["articles"], 0)
        assert store.stale(pipeline_version(new)) == [] and store.counts() == before and store.check() == []
        assert reprocess(store, new).stale == 0

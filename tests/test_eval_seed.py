"""The seed-gold scorer on a small article and gold written for these tests."""

from __future__ import annotations

import json

from newsgraph.eval import seed
from newsgraph.model import Actor, Article, ArticleDate, Document, Event, Flag, Place, Quote, TimeExpr

from .eval_fakes import entity, factory, span_of

TEXT = (
    "Minister Ana Lima met Paulo Reis in Lisbon on March 3.\n"
    "Lima said: \u201cWe will build the bridge together.\u201d\n"
    "Paulo Reis arrived on March 2, his office said, though a post said March 1.\n"
)

GOLD = {
    "article": {"document_date": {"value_year": 2031, "inferred": False}},
    "entities": {
        "required": [
            {"name": "Ana Lima", "type": "PERSON", "country": "PRT", "roles_any": ["Minister"], "mentions_all": ["Ana Lima", "Lima"]},
            {"name": "Paulo-Reis", "type": "PERSON"},
            {"name": "Lisbon", "type": "PLACE", "lat": 38.72, "lon": -9.14, "tolerance_km": 25},
        ],
        "forbidden": [{"name": "Lisbon", "type": "PERSON"}, {"name": "Paulo Reis", "note": "one entity"}],
    },
    "quotes": {
        "required": [{"kind": "direct", "content_starts": "we will build", "speaker": "Ana Lima", "cue": "said"}],
        "forbidden": [{"content_starts": "We will build", "speaker": "Paulo Reis"}],
    },
    "times": {"required": [{"text": "March 3", "first_occurrence": True, "value": "2031-03-03"}]},
    "events": {
        "required": [{"type": "CONSULT", "actor_country": "PRT", "recipient_country": "BRA", "date": "2031-03-03", "place": "Lisbon", "modality": "asserted"}],
        "forbidden": [{"type": "ASSAULT"}],
    },
    "flags": {"required": [{"kind": "date_conflict", "values": ["2031-03-02", "2031-03-01"]}]},
}


def perfect_document() -> Document:
    article = Article(text=TEXT, date=ArticleDate("2031-03-03", inferred=False, source="metadata"))
    lima = entity(TEXT, "e1", "Ana Lima", "PERSON", (9, 17), (55, 59), country="PRT", roles=("minister",))
    reis_at = TEXT.index("Paulo Reis", 60)
    reis = entity(TEXT, "e2", "Paulo Reis", "PERSON", (22, 32), (reis_at, reis_at + 10), country="BRA")
    lisbon = entity(TEXT, "e3", "Lisbon", "PLACE", (36, 42))
    quote = Quote("q1", "direct", span_of(TEXT, "We will build the bridge together."), cue=span_of(TEXT, "said"), speaker="e1")
    time = TimeExpr("t1", span_of(TEXT, "March 3"), "DATE", "2031-03-03")
    event = Event("v1", "CONSULT", span_of(TEXT, "met"), span_of(TEXT, "Minister Ana Lima met Paulo Reis"), Actor("e1", "Ana Lima", "PRT"), Actor("e2", "Paulo Reis", "BRA"), date="2031-03-03", place="e3")
    flag = Flag("date_conflict", "two dates for the arrival", ("2031-03-02", "2031-03-01"))
    return Document(article, (lima, reis, lisbon), (quote,), (time,), (Place("e3", 38.7223, -9.1393, "PRT"),), (event,), (flag,))


def rows(doc: Document) -> dict[str, seed.SectionResult]:
    return {r.name: r for r in seed.evaluate(doc, GOLD)}


def test_perfect_document_finds_everything_and_hits_nothing_forbidden():
    for result in rows(perfect_document()).values():
        assert result.found == result.required, result
        assert result.attributes_ok == result.attributes, result
        assert result.forbidden_hits == 0, result
    assert seed.metrics_of(seed.evaluate(perfect_document(), GOLD))[-2].value == 1.0


def test_empty_document_finds_nothing():
    results = rows(Document(article=Article(text=TEXT)))
    assert all(r.found == 0 and r.attributes_ok == 0 for r in results.values())
    assert results["entities"].attributes == 4  # stated attributes count as wrong when not found


def test_names_match_with_hyphens_and_case_and_types_must_agree():
    doc = perfect_document()
    assert rows(doc)["entities"].found == 3
    retyped = doc.with_(entities=(doc.entities[0].__class__("e2", "paulo reis", "ORG"),))
    assert rows(retyped)["entities"].found == 0


def test_a_name_split_over_two_entities_is_a_forbidden_hit():
    doc = perfect_document()
    lima, reis, lisbon = doc.entities
    second = reis.__class__("e9", "Reis", "PERSON", (reis.mentions[1],))
    split = doc.with_(entities=(lima, reis.__class__("e2", "Paulo Reis", "PERSON", (reis.mentions[0],)), second, lisbon))
    assert rows(split)["entities"].forbidden_hits == 1
    as_person = doc.with_(entities=(*doc.entities, lisbon.__class__("e4", "Lisbon", "PERSON")))
    assert rows(as_person)["entities"].forbidden_hits == 1


def test_quote_matching_ignores_quote_marks_then_checks_speaker():
    doc = perfect_document()
    wrong_speaker = doc.with_(quotes=(Quote("q1", "direct", span_of(TEXT, "\u201cWe will build the bridge together.\u201d"), cue=span_of(TEXT, "said"), speaker="e2"),))
    result = rows(wrong_speaker)["quotes"]
    assert result.found == 1 and result.attributes_ok == result.attributes - 1
    assert result.forbidden_hits == 1


def test_first_occurrence_and_value_of_times():
    doc = perfect_document()
    wrong_value = doc.with_(times=(TimeExpr("t1", span_of(TEXT, "March 3"), "DATE", "2030-03-03"),))
    assert (rows(wrong_value)["times"].found, rows(wrong_value)["times"].attributes_ok) == (1, 0)


def test_events_need_type_and_both_countries():
    doc = perfect_document()
    event = doc.events[0]
    flipped = doc.with_(events=(event.__class__(event.id, event.type, event.trigger, event.evidence, event.recipient, event.actor),))
    assert rows(flipped)["events"].found == 0
    attack = doc.with_(events=(event.__class__("v2", "ASSAULT", event.trigger, event.evidence),))
    assert rows(attack)["events"].forbidden_hits == 1


def test_flags_must_name_both_values():
    doc = perfect_document()
    half = doc.with_(flags=(Flag("date_conflict", "m", ("2031-03-02",)),))
    assert rows(half)["flags"].found == 0


def test_score_reads_the_article_beside_the_gold_and_prints_a_section_table(tmp_path):
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "expected.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    fixed = perfect_document()
    report = seed.score(gold, factory(lambda article: fixed.with_(article=article)))
    table = report.details["table"]
    assert [row[0] for row in table["rows"]] == list(seed.SECTIONS)
    assert report.metric("entities.required_found") == 1.0
    assert report.metric("article.required_found") == 0.0  # a plain text file states no date
    assert any("stage not built yet" in note for note in report.notes)

"""The event scorer on a few PLOVER-style records and a peer sample written for these tests."""

from __future__ import annotations

import json

import pytest

from newsgraph.eval import events
from newsgraph.model import Actor, Document, Event

from .eval_fakes import factory, nothing, span_of

RECORDS = [
    {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "about this file"},
    {"id": "X-AGREE-0001", "event": "AGREE", "text": "Chile and Peru agreed to reopen the border.",
     "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}], "target": ""},
    {"id": "X-DEMAND-0001", "event": "DEMAND", "text": "Norway urged Sweden to release the sailors.", "mode": "release",
     "source": [{"actorText": "Norway", "code": "NOR"}], "target": [{"actorText": "Sweden", "code": "SWE"}]},
]
SENTENCES = [("S1", "Chile and Peru agreed to reopen the border."), ("S2", "Norway urged Sweden to release the sailors."), ("S3", "It rained.")]


@pytest.fixture
def data(tmp_path):
    (tmp_path / "plover-gsr").mkdir()
    (tmp_path / "plover-gsr" / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps(RECORDS), encoding="utf-8")
    (tmp_path / "petrarch2-validation").mkdir()
    body = "".join(f'<Sentence date="20300101" id="{i}" source="X" sentence="True"><Text>\n{t}\n</Text></Sentence>' for i, t in SENTENCES)
    (tmp_path / "petrarch2-validation" / "GigaWord.sample.PETR.xml").write_text(f"<Sentences>{body}</Sentences>", encoding="utf-8")
    (tmp_path / "petrarch2-peer-baseline").mkdir()
    peer = "20300101\tCHL\tPER\t057\t\tS1\tX\tChile\tPeru\tagreed\n20300101\tNOR\tSWE\t102\t\tS2\tX\tNorway\tSweden\turged\n"
    (tmp_path / "petrarch2-peer-baseline" / "petrarch2_events_GigaWord.sample.tsv").write_text(peer, encoding="utf-8")
    return tmp_path


def coded(article) -> Document:
    """Right type, countries, mode and CAMEO root for both example sentences."""
    text = article.text
    if text.startswith("Chile"):
        event = Event("v1", "AGREE", span_of(text, "agreed"), span_of(text, text), Actor(None, "Chile", "CHL"), Actor(None, "Peru", "PER"), cameo="057")
    elif text.startswith("Norway"):
        event = Event("v1", "REQUEST", span_of(text, "urged"), span_of(text, text), Actor(None, "Norway", "NOR"), Actor(None, "Sweden", "SWE"), mode="release", cameo="102")
    else:
        return Document(article)
    return Document(article, events=(event,))


def test_reader_skips_the_header_record_and_renames_old_categories(data):
    gold, peers = events.read_gold(data)
    assert [g.type for g in gold] == ["AGREE", "REQUEST"]
    assert gold[0].actor_countries == {"CHL", "PER"} and not gold[0].recipient_countries
    assert [p.roots for p in peers] == [{"05"}, {"10"}, set()]
    assert peers[0].text.text == SENTENCES[0][1] and peers[0].text.date == "2030-01-01"


def test_perfect_prediction_scores_one(data):
    report = events.score(data, factory(coded, ("events",)))
    for name in ("plover.type.f1", "plover.full.f1", "plover.actor_country.accuracy", "plover.recipient_country.accuracy",
                 "plover.mode.accuracy", "peer.root.f1", "peer.sentence_agreement"):
        assert report.metric(name) == 1.0, name


def test_empty_prediction_scores_zero(data):
    report = events.score(data, factory(nothing))
    assert report.metric("plover.type.f1") == 0.0 and report.metric("peer.root.f1") == 0.0
    assert report.metric("peer.sentence_agreement") == pytest.approx(1 / 3)  # both code nothing on S3
    assert "stage not built yet: events" in report.notes[0]


def test_wrong_country_keeps_the_type_but_not_the_full_match(data):
    def misplaced(article):
        doc = coded(article)
        return doc.with_(events=tuple(e.__class__(e.id, e.type, e.trigger, e.evidence, Actor(None, "x", "USA"), e.recipient, cameo=e.cameo) for e in doc.events))

    report = events.score(data / "plover-gsr" / "PLOVER_GSR_CAMEO.txt", factory(misplaced))
    assert report.metric("plover.type.f1") == 1.0
    assert report.metric("plover.full.f1") == 0.0
    assert report.metric("plover.actor_country.accuracy") == 0.0
    assert report.metric("plover.mode.accuracy") == 0.0


@pytest.mark.parametrize(("old", "new"), [("confiscate", "seize"), ("destroy", "seize"), ("riot-spon", "riot"), ("release", "release")])
def test_old_mode_names_are_read_as_the_plover_0_8_mode_that_covers_them(old, new):
    assert events._mode(old) == new

"""The GUM-style NER scorer, on a tiny CoNLL-U document written for the test."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsgraph.eval import ner
from newsgraph.model import Analysis, Article, Document, Entity, NamedSpan, Span

ROWS = [
    ("1", "The", "DET", "3", "Entity=(1-organization-new-x-x-1-sgl"),
    ("2", "Blue", "PROPN", "3", "_"),
    ("3", "Party", "PROPN", "5", "Entity=1)"),
    ("4", "quickly", "ADV", "5", "_"),
    ("5", "praised", "VERB", "0", "_"),
    ("6-7", "Mira's", "_", "_", "_"),
    ("6", "Mira", "PROPN", "8", "Entity=(2-person-new-x-x-1-sgl"),
    ("7", "'s", "PART", "6", "Entity=2)"),
    ("8", "plan", "NOUN", "5", "Entity=(3-abstract-new-x-x-1-sgl)"),
    ("9", "in", "ADP", "10", "_"),
    ("10", "Oslo", "PROPN", "5", "Entity=(4-place-new-x-x-1-sgl)|SpaceAfter=No"),
    ("11", ".", "PUNCT", "5", "_"),
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    lines = ["# newdoc id = test_doc", "# text = The Blue Party quickly praised Mira's plan in Oslo."]
    for ident, form, upos, head, misc in ROWS:
        lines.append("\t".join([ident, form, form, upos, "_", "_", head, "dep", "_", misc]))
    path = tmp_path / "GUM_news_test.conllu"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_reads_text_and_countable_mentions(gold_file):
    doc = ner.read_document(gold_file)
    assert doc.text == "The Blue Party quickly praised Mira's plan in Oslo.\n"
    found = {(doc.text[s:e], t) for s, e, t in doc.mentions}
    # "the" and the possessive are left out; "plan" is not a person/place/organization
    assert found == {("Blue Party", "ORG"), ("Mira", "PER"), ("Oslo", "LOC")}


def _fake_pipeline(named, entities):
    class Analyzer:
        def analyze(self, text):
            return Analysis(text, named=tuple(NamedSpan(s, e, label, text[s:e], 0, 0) for s, e, label in named))

    class Stage:
        name = "entities"

        def __call__(self, doc: Document, analysis: Analysis) -> Document:
            text = doc.article.text
            return doc.with_(entities=tuple(
                Entity(f"e{i}", text[s:e], etype, (Span.of(text, s, e),)) for i, (s, e, etype) in enumerate(entities)
            ))

    return SimpleNamespace(analyzer=Analyzer(), stages=(Stage(),))


def test_scores_project_and_baseline_in_one_run(gold_file):
    text = ner.read_document(gold_file).text
    blue, mira, oslo = text.index("Blue Party"), text.index("Mira"), text.index("Oslo")
    # the model calls the party a place and misses Mira; the project gets all three right
    named = [(blue, blue + 10, "GPE"), (oslo, oslo + 4, "GPE")]
    ours = [(blue, blue + 10, "ORG"), (mira, mira + 4, "PERSON"), (oslo, oslo + 4, "PLACE")]
    report = ner.score(gold_file, lambda: _fake_pipeline(named, ours), None)
    assert report.metric("ours.overall.f1") == pytest.approx(1.0)
    assert report.metric("baseline.overall.precision") == pytest.approx(0.5)
    assert report.metric("baseline.overall.recall") == pytest.approx(1 / 3)
    assert report.metric("baseline.untyped.f1") == pytest.approx(0.8)
    assert report.metric("gain.overall.f1") == pytest.approx(1.0 - 0.4)


def test_pronouns_and_descriptions_are_not_scored_as_names():
    assert ner.project_mentions(
        Document(Article(text="He met the minister."), entities=(
            Entity("e1", "X", "PERSON", (Span(0, 2, "He"), Span(7, 19, "the minister"))),
        )),
        lambda text: text[:1].isupper() and text.split()[0].lower() not in {"he", "the"},
    ) == set()


def test_missing_gold_is_a_typed_error(tmp_path):
    from newsgraph.errors import GoldDataMissing

    with pytest.raises(GoldDataMissing):
        ner.gold_files(tmp_path)


@pytest.mark.shared
def test_gum_news_beats_the_bare_model(eval_data, pipeline):
    report = ner.score(eval_data / "ner" / "gum-news", lambda: pipeline, 4)
    assert report.metric("ours.overall.f1") > report.metric("baseline.overall.f1")

"""The pipeline on the project's own example articles: real output, valid against the schema."""

from __future__ import annotations

import pickle

import pytest

import newsgraph
from newsgraph.model import Article, Rejection
from newsgraph.schema import validation_errors
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))


def _spans_point_into_text(doc: newsgraph.Document) -> None:
    text = doc.article.text
    spans = [m for e in doc.entities for m in e.mentions] + [t.span for t in doc.times]
    for span in spans:
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_articles_give_valid_documents(path, pipeline) -> None:
    doc = newsgraph.extract(path.read_text(encoding="utf-8"), pipeline=pipeline)
    assert validation_errors(doc.to_dict()) == []
    _spans_point_into_text(doc)
    assert doc.entities and doc.times
    # every example opens with a dateline ("NAIROBI, March 14, 2024 - ...")
    assert doc.article.date is not None and doc.article.date.source == "dateline"


def test_countries_get_their_iso_code(pipeline) -> None:
    doc = newsgraph.extract("Germany sent aid to Pakistan. North Korea and the United States held talks.", date="2024-01-10", pipeline=pipeline)
    codes = {e.name: e.country for e in doc.entities if e.type == "COUNTRY"}
    assert codes == {"Germany": "DEU", "Pakistan": "PAK", "North Korea": "PRK", "United States": "USA"}


def test_dates_are_normalized_against_the_article_date(pipeline) -> None:
    doc = newsgraph.extract("The minister arrived on July 25 for a three-day visit, and left on Friday.", date="2023-07-26", pipeline=pipeline)
    values = {t.span.text: t.value for t in doc.times}
    assert values["July 25"] == "2023-07-25"
    assert values["three-day"] == "P3D"
    assert values["Friday"] == "2023-07-21"


def test_no_date_anywhere_is_said(pipeline) -> None:
    doc = newsgraph.extract("The minister arrived on Tuesday and met the president.", pipeline=pipeline)
    assert doc.article.date is None
    assert any(f.kind == "date_unknown" for f in doc.flags)


def test_a_dateline_without_its_year_takes_the_year_of_the_date_given(pipeline) -> None:
    text = "ZELKOVA, Jan 1 - The ministry said it met the union yesterday. Sales fell in 2019, and the 2031 target stands."
    doc = newsgraph.extract(text, date="2025-12-30", pipeline=pipeline)  # filed the evening before
    assert (doc.article.date.value, doc.article.date.source, doc.article.date.inferred) == ("2026-01-01", "dateline", False)
    assert {t.span.text: t.value for t in doc.times}["yesterday"] == "2025-12-31"
    # Alone, the years the text writes say nothing of its own: no year is made up.
    alone = newsgraph.extract(text, pipeline=pipeline)
    assert alone.article.date is None
    assert any(f.kind == "date_unknown" for f in alone.flags)


def test_stream_keeps_order_and_passes_rejections_through(pipeline) -> None:
    rejection = Rejection("bad.txt", "NG102", "empty", "the input is empty")
    items = ["Russia and China held talks on Monday.", rejection, Article(text="Kenya signed a deal on May 2, 2021.", id="k1")]
    out = list(newsgraph.extract_many(items, pipeline=pipeline))
    assert isinstance(out[0], newsgraph.Document) and out[1] is rejection and out[2].article.id == "k1"


def test_documents_pickle_for_worker_processes(pipeline) -> None:
    doc = newsgraph.extract("France and Italy agreed on a plan on March 3, 2022.", pipeline=pipeline)
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_a_failing_stage_becomes_a_rejection_not_a_crash(pipeline) -> None:
    class Broken:
        name, requires, provides = "broken", frozenset({"analysis"}), frozenset()

        def __call__(self, doc, analysis):
            raise KeyError("boom")

    broken = newsgraph.Pipeline(stages=[Broken()], analyzer=pipeline.analyzer)
    out = list(broken.run_many([Article(text="Some text.", id="x", source_name="x.txt")]))
    assert isinstance(out[0], Rejection) and out[0].code == "NG111" and "boom" in out[0].message


def test_process_pool_gives_the_same_documents_in_order(pipeline) -> None:
    texts = [f"Kenya and Uganda signed trade deal number {i} in Nairobi on May {i + 1}, 2021." for i in range(5)]
    serial = list(newsgraph.extract_many(texts, pipeline=pipeline))
    pooled = list(newsgraph.extract_many(texts, pipeline=pipeline, workers=2))
    assert pooled == serial


def test_another_spacy_pipeline_can_be_named(tmp_path) -> None:
    """A user's own pipeline (here a blank English one with only a sentencizer) runs end to end."""
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.to_disk(tmp_path / "tiny_pipeline")
    settings = newsgraph.Settings.load({"model": str(tmp_path / "tiny_pipeline")}, environ={})
    doc = newsgraph.extract("Officials met in the capital on March 3, 2021. They agreed to meet again.", pipeline=newsgraph.Pipeline(settings))
    assert validation_errors(doc.to_dict()) == []
    assert [t.value for t in doc.times if t.type == "DATE"] == ["2021-03-03"]


def test_the_output_does_not_hang_on_the_hash_seed(tmp_path) -> None:
    """Two processes with different hash seeds give the same document (no set order leaks)."""
    import json
    import os
    import subprocess
    import sys

    text = (
        "VELMORA, March 3 (Wirecast) - Velmoran President Amsel Korvin met Dravkan Foreign Minister "
        "Irena Tolst in Velmora City on Tuesday. Korvin said the Dravka Trade Council and the "
        "Northern Grain Board would sign a deal. The Grain Board - which Tolst praised - and the "
        "Trade Council meet again in April, Korvin told Wirecast. Tolst left for Ostrava on Wednesday."
    )
    script = "import json, sys, newsgraph; print(json.dumps(newsgraph.extract(sys.argv[1]).to_dict(), sort_keys=True))"
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script, text], env=env, capture_output=True, text=True, timeout=300, check=True)
        document = json.loads(done.stdout)
        document.get("meta", {}).pop("processed_at", None)
        outputs.append(document)
    assert outputs[0] == outputs[1]


def test_warm_up_loads_everything_and_changes_nothing(pipeline) -> None:
    text = "Officials of Velmora met Dravkan envoys in Ostrenburg on March 3, 2021, and agreed to meet again."
    before = newsgraph.extract(text, pipeline=pipeline).to_dict()
    pipeline.warm_up()
    pipeline.warm_up()  # twice is harmless
    assert newsgraph.extract(text, pipeline=pipeline).to_dict() == before

"""The TempEval-3 scorer on a TimeML file written for this test, and on the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.timex import read_tml, score
from newsgraph.errors import GoldDataMissing
from newsgraph.model import Document, Span, TimeExpr

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-10" functionInDocument="CREATION_TIME">20240510</TIMEX3></DCT>
<TEXT>
The ferry <EVENT eid="e1">sank</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2024-05-08">Wednesday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P2D">two-day</TIMEX3> storm &amp; rain.
</TEXT>
</TimeML>
"""


class FakePipeline:
    """Predicts fixed times, so the scorer's arithmetic is checked without a model."""

    def __init__(self, predictions):
        self.predictions = predictions

    def run_many(self, articles):
        for article in articles:
            text = article.text
            times = []
            for i, (surface, type_, value) in enumerate(self.predictions):
                start = text.index(surface)
                times.append(TimeExpr(f"t{i}", Span.of(text, start, start + len(surface)), type_, value))
            yield Document(article, times=tuple(times))


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "TEST001.tml"
    path.write_text(TIMEML, encoding="utf-8")
    return tmp_path


def test_reader_keeps_offsets_and_skips_the_dct(gold: Path) -> None:
    doc = read_tml(gold / "TEST001.tml")
    assert doc.dct == "2024-05-10"
    assert [(t.text, t.value) for t in doc.timexes] == [("Wednesday", "2024-05-08"), ("two-day", "P2D")]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert "storm & rain" in doc.text


def test_strict_relaxed_and_value_figures(gold: Path) -> None:
    predictions = [("on Wednesday", "DATE", "2024-05-08"), ("two-day", "DURATION", "P3D"), ("storm", "DATE", "X")]
    report = score(gold, lambda: FakePipeline(predictions))
    assert report.metric("strict.precision") == pytest.approx(1 / 3)
    assert report.metric("strict.recall") == pytest.approx(1 / 2)
    assert report.metric("relaxed.recall") == 1.0
    assert report.metric("type.accuracy") == 1.0
    assert report.metric("value.accuracy") == pytest.approx(1 / 2)


def test_missing_gold_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(GoldDataMissing):
        score(tmp_path / "absent", lambda: None)


@pytest.mark.slow
@pytest.mark.shared
def test_tempeval_sample_meets_the_floor(eval_data: Path, pipeline) -> None:
    gold = eval_data / "temporal" / "tempeval3-tbaq-cleaned" / "AQUAINT"
    if not gold.exists():
        pytest.skip("TempEval-3 TBAQ-cleaned is not beside the checkout")
    report = score(gold, lambda: pipeline, limit=12)
    assert report.metric("strict.f1") >= 0.75
    assert report.metric("value.accuracy") >= 0.75

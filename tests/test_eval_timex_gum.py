"""The GUM date scorer on a small TEI + CoNLL-U pair written for this test, and on the shared data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.eval.timex import score as score_timex
from newsgraph.eval.timex_gum import gold_value, is_gum_folder, range_value, read_gum, same_value
from newsgraph.model import Document, Span, TimeExpr

XML = """<text id="GUM_news_ferry" type="news" dateCreated="2024-05-10" title="Ferry">
<p>
<s type="decl">
The\tDT\tthe
ferry\tNN\tferry
sank\tVBD\tsink
<date when="2024-05-08">
Wednesday
</date>
after\tIN\tafter
a\tDT\ta
storm\tNN\tstorm
<date from="2024-04-29" to="2024-05-05">
last\tJJ\tlast
week\tNN\tweek
</date>
&amp;\tCC\t&amp;
<date notBefore="2021" notAfter="2024">
three\tCD\tthree
years\tNNS\tyear
</date>
.\t.\t.
</s>
</p>
</text>
"""

CONLLU = """# newdoc id = GUM_news_ferry
# meta::dateCreated = 2024-05-10
# newpar
# text = The ferry sank Wednesday after a storm last week & three years.
1\tThe\t_\t_\t_\t_\t_\t_\t_\t_
2\tferry\t_\t_\t_\t_\t_\t_\t_\t_
3\tsank\t_\t_\t_\t_\t_\t_\t_\t_
4\tWednesday\t_\t_\t_\t_\t_\t_\t_\t_
5\tafter\t_\t_\t_\t_\t_\t_\t_\t_
6\ta\t_\t_\t_\t_\t_\t_\t_\t_
7\tstorm\t_\t_\t_\t_\t_\t_\t_\t_
8\tlast\t_\t_\t_\t_\t_\t_\t_\t_
9\tweek\t_\t_\t_\t_\t_\t_\t_\t_
10\t&\t_\t_\t_\t_\t_\t_\t_\t_
11\tthree\t_\t_\t_\t_\t_\t_\t_\t_
12\tyears\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
13\t.\t_\t_\t_\t_\t_\t_\t_\t_

"""


class FakePipeline:
    """Predicts fixed times, so the scorer's arithmetic is checked without a model."""

    def __init__(self, predictions):
        self.predictions = predictions

    def run_many(self, articles):
        for article in articles:
            times = []
            for i, (surface, type_, value) in enumerate(self.predictions):
                start = article.text.index(surface)
                times.append(TimeExpr(f"t{i}", Span.of(article.text, start, start + len(surface)), type_, value))
            yield Document(article, times=tuple(times))


@pytest.fixture
def gum(tmp_path: Path) -> Path:
    (tmp_path / "xml").mkdir()
    (tmp_path / "dep").mkdir()
    (tmp_path / "xml" / "GUM_news_ferry.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "dep" / "GUM_news_ferry.conllu").write_text(CONLLU, encoding="utf-8")
    return tmp_path


def test_reader_rebuilds_text_and_converts_values(gum: Path) -> None:
    doc = read_gum(gum / "xml" / "GUM_news_ferry.xml", gum / "dep" / "GUM_news_ferry.conllu")
    assert doc.date_created == "2024-05-10"
    assert doc.text == "The ferry sank Wednesday after a storm last week & three years."
    assert [(d.text, d.value) for d in doc.dates] == [("Wednesday", "2024-05-08"), ("last week", "2024-W18"), ("three years", "")]
    assert is_gum_folder(gum)


def test_calendar_ranges_become_timex_values() -> None:
    assert range_value(date(2024, 5, 4), date(2024, 5, 5)) == "2024-W18-WE"
    assert range_value(date(2024, 5, 5), date(2024, 5, 12)) == "2024-W19"  # Sunday to Sunday
    assert range_value(date(1960, 1, 1), date(1969, 12, 31)) == "196"
    assert range_value(date(1900, 1, 1), date(1999, 12, 31)) == "19"
    assert range_value(date(2022, 6, 1), date(2022, 8, 31)) == "2022-SU"
    assert range_value(date(2022, 2, 1), date(2022, 2, 28)) == "2022-02"
    assert range_value(date(2022, 2, 3), date(2022, 2, 20)) is None
    assert gold_value("date", {"when": "2010-09-04T22:30:00"}) == "2010-09-04T22:30"
    assert gold_value("time", {"when": "15:11:00"}) == "T15:11"
    assert gold_value("date", {"notBefore": "2001", "notAfter": "2001"}) == "2001"
    assert same_value("2024-05-08", "2024-05-08TNI") and not same_value("2024-05", "2024-05-08")


def test_spans_values_and_what_counts_for_precision(gum: Path) -> None:
    predictions = [
        ("Wednesday", "DATE", "2024-05-08"),
        ("last week", "DATE", "2024-W19"),
        ("three years", "DURATION", "P3Y"),  # no comparable gold value: counts for the span only
        ("a storm", "DATE", "2024"),  # a spurious date
    ]
    report = score_timex(gum, lambda: FakePipeline(predictions))
    assert report.dataset == f"{gum.name} dates"
    assert report.metric("relaxed.recall") == pytest.approx(3 / 3)
    assert report.metric("relaxed.precision") == pytest.approx(3 / 4)
    assert report.metric("value.accuracy") == pytest.approx(1 / 2)


@pytest.mark.slow
@pytest.mark.shared
def test_gum_dates_meet_the_floor(eval_data: Path, pipeline) -> None:
    gold = eval_data / "ner" / "gum-news"
    if not (gold / "xml").exists():
        pytest.skip("GUM news is not beside the checkout")
    report = score_timex(gold, lambda: pipeline, limit=8)
    assert report.metric("relaxed.f1") >= 0.8
    assert report.metric("value.accuracy") >= 0.85

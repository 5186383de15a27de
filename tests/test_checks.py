"""Consistency checks: each flag kind, and sentences that must not flag."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, ArticleDate, Document
from newsgraph.stages.checks import CheckStage
from newsgraph.stages.times import TimeStage

pytestmark = pytest.mark.slow


def flags(pipeline, text: str, date: str = "2024-05-10", inferred: bool = False):
    analysis = pipeline.analyzer.analyze(text)
    doc = Document(Article(text=text, date=ArticleDate(date, inferred=inferred, source="text" if inferred else "argument")))
    doc = CheckStage()(TimeStage()(doc, analysis), analysis)
    return [f for f in doc.flags if f.kind != "date_unknown"]


def test_two_days_for_one_arrival(pipeline) -> None:
    text = (
        "The foreign minister arrived in Hanoi on May 6 for a two-day visit. "
        "A video showed that she was welcomed by officials at the airport on April 6."
    )
    (flag,) = flags(pipeline, text)
    assert flag.kind == "date_conflict"
    assert flag.values == ("2024-05-06", "2024-04-06")
    assert "arrived in Hanoi on May 6" in flag.evidence[0].text
    assert flag.evidence[1].text.endswith("at the airport on April 6")


def test_two_people_arriving_on_two_days_do_not_conflict(pipeline) -> None:
    text = "Dupont arrived in Lima on May 6. Okafor arrived in Lima on May 8."
    assert flags(pipeline, text) == []


def test_unnamed_people_dying_on_two_days_do_not_conflict(pipeline) -> None:
    assert flags(pipeline, "Two soldiers died on May 6. Another died on May 8.") == []


def test_a_named_actor_and_a_pronoun_can_conflict(pipeline) -> None:
    text = "Minister Alvarez died on May 6, officials said. He died on May 3 in a clinic, his family said."
    assert [f.values for f in flags(pipeline, text)] == [("2024-05-06", "2024-05-03")]


def test_arrival_and_departure_do_not_conflict(pipeline) -> None:
    assert flags(pipeline, "The envoy arrived on May 6 and left the capital on May 8.") == []


def test_duration_that_does_not_fit_its_dates(pipeline) -> None:
    (flag,) = flags(pipeline, "The delegation began a three-day visit from May 2 to May 9.")
    assert flag.kind == "duration_mismatch"
    assert flag.values == ("P3D", "2024-05-02/2024-05-09")
    assert [s.text for s in flag.evidence] == ["three-day", "May 2 to May 9"]


def test_duration_that_fits_does_not_flag(pipeline) -> None:
    assert flags(pipeline, "The delegation began a three-day visit from May 2 to May 4.") == []


def test_anniversary_whose_arithmetic_fails(pipeline) -> None:
    (flag,) = flags(pipeline, "Crowds marked the 60th anniversary of the 1948 uprising in 2018.", "2018-06-01")
    assert flag.kind == "anniversary_mismatch"
    assert flag.values == ("1948", "2018")


def test_anniversary_that_adds_up_does_not_flag(pipeline) -> None:
    assert flags(pipeline, "Crowds marked the 70th anniversary of the 1948 uprising in 2018.", "2018-06-01") == []


def test_future_date_reported_as_past(pipeline) -> None:
    (flag,) = flags(pipeline, "The court released the journalist on May 20, 2024.", "2024-05-10")
    assert flag.kind == "future_past"
    assert flag.values == ("2024-05-20", "2024-05-10")
    assert flag.evidence[0].text == "released the journalist on May 20, 2024"


def test_yearless_past_date_resolves_into_the_past_and_does_not_flag(pipeline) -> None:
    assert flags(pipeline, "The court released the journalist on May 20.", "2024-05-10") == []


def test_future_date_in_the_future_tense_does_not_flag(pipeline) -> None:
    assert flags(pipeline, "The court will release the journalist on May 20, 2024.", "2024-05-10") == []


def test_target_date_of_a_past_decision_does_not_flag(pipeline) -> None:
    assert flags(pipeline, "The court postponed the hearing until May 20.", "2024-05-10") == []


def test_no_future_past_against_an_inferred_date(pipeline) -> None:
    assert flags(pipeline, "The court released the journalist on May 20, 2024.", "2024-05-10", inferred=True) == []

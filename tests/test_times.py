"""The time stage: anchoring, article date inference and the seed's times."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.model import Article, ArticleDate
from newsgraph.stages.times import TimeStage

SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "seed" / "expected.json"

pytestmark = pytest.mark.slow


def run(pipeline, text: str, date: str | None = None):
    article_date = ArticleDate(date, source="argument") if date else None
    analysis = pipeline.analyzer.analyze(text)
    from newsgraph.model import Document

    return TimeStage()(Document(Article(text=text, date=article_date)), analysis)


def values(doc) -> dict[str, str]:
    return {t.span.text: t.value for t in doc.times}


def test_relative_dates_anchor_on_the_given_date(pipeline) -> None:
    doc = run(pipeline, "The mayor resigned on Monday. A new vote will be held next month.", "2024-05-08")
    assert values(doc) == {"Monday": "2024-05-06", "next month": "2024-06"}
    assert doc.article.date.inferred is False


def test_article_date_inferred_from_anniversary_and_lead(pipeline) -> None:
    text = (
        "Veterans gathered in Valletta on May 4 to mark the 80th anniversary of the landing "
        "(May 4, 1944 - May 4, 2024). The mayor laid a wreath on May 3."
    )
    doc = run(pipeline, text)
    date = doc.article.date
    assert date.inferred is True and date.source == "text"
    assert date.value == "2024-05-04"
    assert any("anniversary" in span.text for span in date.evidence)
    assert values(doc)["May 3"] == "2024-05-03"


def test_no_year_anywhere_keeps_x_and_flags(pipeline) -> None:
    doc = run(pipeline, "The ferry sank on August 9 near the cape.")
    assert doc.article.date is None
    assert values(doc)["August 9"] == "XXXX-08-09"
    assert [f.kind for f in doc.flags] == ["date_unknown"]


def test_today_in_a_quote_is_the_day_of_the_speech(pipeline) -> None:
    text = "“Today we open the new bridge,” the minister said on Tuesday."
    doc = run(pipeline, text, "2024-05-10")
    assert values(doc) == {"Today": "2024-05-07", "Tuesday": "2024-05-07"}


def test_signal_before_a_year_becomes_the_mod(pipeline) -> None:
    doc = run(pipeline, "Before 2015, the clinic had no surgeon.", "2024-05-10")
    (time,) = doc.times
    assert (time.span.text, time.value, time.mod) == ("2015", "2015", "BEFORE")


def test_counted_numbers_are_not_years(pipeline) -> None:
    doc = run(pipeline, "The storm destroyed 1500 homes in 2019.", "2024-05-10")
    assert values(doc) == {"2019": "2019"}


@pytest.mark.shared
def test_seed_without_a_date(pipeline, seed_text) -> None:
    from newsgraph.model import Document

    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    doc = pipeline.run(Article(text=seed_text))
    assert isinstance(doc, Document)
    assert doc.article.date.inferred is True and doc.article.date.source == "text"
    assert doc.article.date.value.startswith(str(gold["article"]["document_date"]["value_year"]))
    by_text: dict[str, list] = {}
    for time in doc.times:
        by_text.setdefault(time.span.text, []).append(time)
    for item in gold["times"]["required"]:
        assert item["text"] in by_text, item
        assert by_text[item["text"]][0].value == item["value"], item
        if "type" in item:
            assert by_text[item["text"]][0].type == item["type"]
    for item in gold["flags"]["required"]:
        kinds = [f for f in doc.flags if f.kind == item["kind"] and set(item["values"]) <= set(f.values)]
        assert kinds, item


def test_that_day_and_the_next_day_follow_the_last_date(pipeline) -> None:
    text = "The dam failed on March 3, 2021. Crews arrived that day and the roads reopened the next day."
    doc = run(pipeline, text, "2024-05-08")
    assert values(doc) == {"March 3, 2021": "2021-03-03", "that day": "2021-03-03", "the next day": "2021-03-04"}


def test_later_that_year_takes_the_year_mentioned(pipeline) -> None:
    doc = run(pipeline, "The firm was sold in 2016. Later that year its founder retired.", "2024-05-08")
    assert values(doc)["Later that year"] == "2016"


def test_a_year_after_the_is_a_year_even_before_a_plural(pipeline) -> None:
    doc = run(pipeline, "Turnout fell after the 2014 protests.", "2024-05-08")
    assert values(doc) == {"2014": "2014"}


def test_is_to_be_held_looks_ahead(pipeline) -> None:
    doc = run(pipeline, "The summit is to be held on November 20, officials said.", "2024-05-08")
    assert values(doc) == {"November 20": "2024-11-20"}


def test_what_a_past_decision_set_out_to_do_takes_the_nearest_date(pipeline) -> None:
    # The hearing was decided before the article, but falls nine days after it.
    doc = run(pipeline, "Lawmakers decided on Tuesday to hold a hearing on the budget on March 13.", "1999-03-04")
    assert values(doc)["March 13"] == "1999-03-13"


def test_a_weekday_that_opens_a_name_is_no_date(pipeline) -> None:
    doc = run(pipeline, "The Sunday Times says the minister will resign. The Monday Club met on Tuesday.", "2024-05-08")
    assert values(doc) == {"Tuesday": "2024-05-07"}


# A month name that is part of a person's name is not a date.


@pytest.mark.parametrize(
    "text, name",
    [
        ("The envoy met her Ghanaian counterpart April Mensah in Accra on Monday.", "April"),
        ("June Okafor, the committee chair, opened the hearing on Monday.", "June"),
        ("The opposition leader was joined by his deputy, May Henderson, on Monday.", "May"),
        ("Helen May, the shadow minister, told the committee on Monday that the plans were flawed.", "May"),  # a given name before
        ("Mrs May told the committee on Monday that the plans were flawed.", "May"),  # a title before
    ],
)
def test_month_name_in_a_person_name_is_no_date(pipeline, text: str, name: str) -> None:
    doc = run(pipeline, text, "2024-05-08")
    assert name not in values(doc)
    assert values(doc)["Monday"] == "2024-05-06"


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("In January Okafor resigned from the board.", "January", "2024-01"),  # a preposition governs it
        ("Since March Parliament has passed three laws.", "March", "2024-03"),
        ("Traders watched the June Fed meeting closely.", "June", "2024-06"),  # a determiner before it
        ("January sales fell by a tenth.", "January", "2024-01"),  # a common noun follows
        ("The port reopened in April.", "April", "2024-04"),
    ],
)
def test_month_name_governed_as_a_date_stays_a_date(pipeline, text: str, span: str, value: str) -> None:
    assert values(run(pipeline, text, "2024-07-10"))[span] == value


# Arrangements stated in the present look ahead; stated in the past they stay past.


@pytest.mark.parametrize(
    "text",
    [
        "The premier is due to visit Lisbon on Thursday.",
        "The premier is set to visit Lisbon on Thursday.",
        "The premier is scheduled to visit Lisbon on Thursday.",
        "The premier plans to visit Lisbon on Thursday.",
        "The premier will visit Lisbon on Thursday.",
        "The premier is expected to visit Lisbon on Thursday.",
        "The premier is to visit Lisbon on Thursday.",
        "The premier is likely to visit Lisbon on Thursday.",
        "The final report is due on Thursday.",
    ],
)
def test_arranged_weekday_resolves_forward(pipeline, text: str) -> None:
    # 2024-05-06 is a Monday: the coming Thursday is the 9th, the last one the 2nd.
    assert values(run(pipeline, text, "2024-05-06"))["Thursday"] == "2024-05-09"


@pytest.mark.parametrize(
    "text",
    [
        "The premier was due to visit Lisbon on Thursday but stayed home.",
        "The premier had been due to visit Lisbon on Thursday.",
        "The final report was due on Thursday.",
        "The premier said on Thursday that she is due to visit Lisbon.",
        "The premier visited Lisbon on Thursday.",
        "The firm had agreed on Thursday to buy the stake.",
    ],
)
def test_past_arrangement_or_past_report_keeps_the_last_weekday(pipeline, text: str) -> None:
    assert values(run(pipeline, text, "2024-05-06"))["Thursday"] == "2024-05-02"


# Article dates inferred from the text rest on dates that name their month.


def test_inferred_day_ignores_weekdays_and_today(pipeline) -> None:
    text = "The airline cut 300 jobs in September 2019. Today the union said it would strike on Saturday."
    date = run(pipeline, text).article.date
    assert date.value == "2019"  # no day: "Today" and "Saturday" move with the unknown day
    assert [s.text for s in date.evidence] == ["September 2019"]


def test_a_past_day_that_writes_its_year_or_a_holiday_gives_no_day(pipeline) -> None:
    # news leaves the year off the days of its own year: "on 3 March 2021" is of an earlier one
    text = "The festival opened on Christmas Day. Its director resigned on 3 March 2021."
    assert run(pipeline, text).article.date.value == "2021"
    text = "The festival opened in January 2021. Its director resigned on 3 March, and the board met on 9 April."
    assert run(pipeline, text).article.date.value == "2021"  # a year read off a written date only bounds the article


def test_bare_years_alone_give_no_article_date(pipeline) -> None:
    doc = run(pipeline, "The brewery was founded in 1887 and moved north in 1952.")
    assert doc.article.date is None


def test_bare_past_year_raises_a_written_date_year(pipeline) -> None:
    text = "The mine closed in June 2015. Output fell sharply in 2017, the owners said."
    assert run(pipeline, text).article.date.value == "2017"


def test_a_year_in_a_participle_of_what_was_done_raises_an_old_written_date(pipeline) -> None:
    text = (
        "The ministry appealed against a ruling that threw out its claim, filed in 1999. Central to "
        "the case was a meeting on 15 December, 1953. Lawyers have until 21 March to appeal."
    )
    assert run(pipeline, text).article.date.value == "1999"  # not 1953, and no deadline's day
    text = "Output fell in June 2003. Growth of 5% is forecast for 2004, with a rise expected in 2006."
    assert run(pipeline, text).article.date.value.startswith("2003")  # an expectation is no past


def test_deadlines_and_future_dates_do_not_date_the_article(pipeline) -> None:
    text = (
        "Shares fell in March 2010. The firm said it would open a plant in May 2013 "
        "and aimed to double sales by 2015."
    )
    assert run(pipeline, text).article.date.value.startswith("2010")


def test_the_year_of_a_laws_title_is_no_time(pipeline) -> None:
    doc = run(pipeline, "The men were arrested under the Terrorism Act 2000 when they landed on Tuesday.", "2005-01-26")
    assert values(doc) == {"Tuesday": "2005-01-25"}
    doc = run(pipeline, "The act was passed in 2000 after a long debate.", "2005-01-26")
    assert values(doc) == {"2000": "2000"}


def test_a_day_with_its_year_in_a_participle_gives_no_day(pipeline) -> None:
    text = "Most suspects are held under laws introduced after the attacks on 11 September 2001. The minister spoke on Monday."
    assert run(pipeline, text).article.date.value == "2001"

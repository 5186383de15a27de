"""The time-expression grammar on sentences written for these tests (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.stages.timex import Context, find_time_expressions, normalize
from newsgraph.stages.timex.calendar import granularity

ANCHOR = date(2024, 3, 14)  # a Thursday


def found(text: str, anchor: date | None = ANCHOR, tense: str | None = None) -> list[tuple[str, str, str, str | None]]:
    result = []
    for cand in find_time_expressions(text):
        before = text[max(0, cand.start - 30) : cand.start]
        value = cand.value(Context(anchor, tense, before, text))
        if value is not None:
            result.append((text[cand.start : cand.end], value.type, value.value, value.mod))
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port reopened on March 9.", ("March 9", "DATE", "2024-03-09", None)),
        ("The treaty was signed on Nov. 4, 1999 in Oslo.", ("Nov. 4, 1999", "DATE", "1999-11-04", None)),
        ("The plant closed in September 2019.", ("September 2019", "DATE", "2019-09", None)),
        ("The ministers met on 12 February 2021.", ("12 February 2021", "DATE", "2021-02-12", None)),
        ("Prices rose by 3% in the third quarter.", ("the third quarter", "DATE", "2023-Q3", None)),
        ("He began a four-day tour of the region.", ("four-day", "DURATION", "P4D", None)),
        ("Talks lasted the past two months.", ("the past two months", "DURATION", "P2M", None)),
        ("Rebels held the town for nearly three years.", ("nearly three years", "DURATION", "P3Y", "LESS_THAN")),
        ("The bridge was finished two weeks ago.", ("two weeks ago", "DATE", "2024-W09", None)),
        ("Inflation was lower last year.", ("last year", "DATE", "2023", None)),
        ("Exports fell sharply last month.", ("last month", "DATE", "2024-02", None)),
        ("The council meets every Monday.", ("every Monday", "SET", "XXXX-WXX-1", None)),
        ("The ferry sails daily.", ("daily", "SET", "P1D", None)),
        ("Polls close at 8 p.m. tomorrow.", ("8 p.m. tomorrow", "TIME", "2024-03-15T20:00", None)),
        ("The vote is expected this morning.", ("this morning", "TIME", "2024-03-14TMO", None)),
        ("The mill operated in the 1970s.", ("the 1970s", "DATE", "197", None)),
        ("The market is now calmer.", ("now", "DATE", "PRESENT_REF", None)),
        ("Shops close on Christmas Day.", ("Christmas Day", "DATE", "2024-12-25", None)),
        ("The dam was built before 1960.", ("1960", "DATE", "1960", "BEFORE")),
        ("Production started in late April.", ("late April", "DATE", "2023-04", "END")),
    ],
)
def test_expression_kinds(text: str, expected: tuple) -> None:
    assert expected in found(text)


def test_weekday_follows_tense() -> None:
    assert found("The rally took place on Friday.", tense="past") == [("Friday", "DATE", "2024-03-08", None)]
    assert found("The rally will take place on Friday.", tense="future") == [("Friday", "DATE", "2024-03-15", None)]


def test_bare_month_leans_past_unless_the_clause_looks_ahead() -> None:
    assert found("Output will double in April.", tense="future")[0][2] == "2024-04"
    assert found("Output doubled in April.", tense="past")[0][2] == "2023-04"


def test_last_or_next_before_a_month_says_which_one_whatever_the_verb() -> None:
    assert found("Prices will stay where OPEC set them last December.", tense="future")[0][:3] == ("last December", "DATE", "2023-12")
    assert found("Talks resume next January.", tense="past")[0][2] == "2025-01"
    assert found("The vote is due this November.")[0][2] == "2024-11"
    assert found("He resigned last November 25.", tense="past")[0][:3] == ("November 25", "DATE", "2023-11-25")  # the day is kept


def test_month_day_without_year_takes_the_nearest_year() -> None:
    assert found("Fighting resumed on Dec. 30.", anchor=date(2024, 1, 2), tense="past")[0][2] == "2023-12-30"


def test_without_anchor_unknown_parts_stay_x() -> None:
    assert found("The summit opened on June 3.", anchor=None)[0][2] == "XXXX-06-03"
    assert found("They met on Tuesday.", anchor=None)[0][2] == "XXXX-WXX-2"


def test_words_that_are_not_dates() -> None:
    assert found("Troops may march into the valley.") == []
    assert found("Envoy Kim Sun Ho met the delegation.") == []
    assert found("Half of the 2000 workers were paid.") == [("2000", "DATE", "2000", None)]  # the stage drops counts


def test_hyphenated_duration_leaves_the_article_out() -> None:
    assert found("She made a two-week trip.")[0][0] == "two-week"


def test_normalize_one_span() -> None:
    assert normalize("July 26", date(2023, 7, 27)).value == "2023-07-26"
    assert normalize("three-day").value == "P3D"
    assert normalize("ninety minutes").value == "PT90M"
    assert normalize("Sun") is None


@pytest.mark.parametrize(
    ("value", "kind"),
    [("2023-07-26", "day"), ("2023-07", "month"), ("2023", "year"), ("2023-W30", "week"), ("2023-Q3", "quarter"),
     ("2023-07-26T00:00", "time"), ("197", "decade"), ("PRESENT_REF", None), ("P3D", None)],
)
def test_granularity(value: str, kind: str | None) -> None:
    assert granularity(value) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jazz clubs flourished in the sixties.", ("the sixties", "DATE", "196", None)),
        ("The canal dates from the nineteenth century.", ("the nineteenth century", "DATE", "18", None)),
        ("Steel defined the 20th century.", ("the 20th century", "DATE", "19", None)),
        ("The league was founded in nineteen eighty-two.", ("nineteen eighty-two", "DATE", "1982", None)),
        ("The polls closed at 21:45 and counting began.", ("21:45", "TIME", "2024-03-14T21:45", None)),
        ("The outage began at 06:10 UTC.", ("06:10 UTC", "TIME", "2024-03-14T06:10", None)),
        ("Attendance doubled this past week.", ("this past week", "DATE", "2024-W10", None)),
        ("Sales peaked this past Saturday.", ("this past Saturday", "DATE", "2024-03-09", None)),
        ("The fund closes at the end of the year.", ("the end of the year", "DATE", "2024", "END")),
        ("The mine shut a decade ago.", ("a decade ago", "DATE", "2014", None)),
        ("Profit beat the 2022 fourth quarter.", ("the 2022 fourth quarter", "DATE", "2022-Q4", None)),
        ("Water use rose last summer.", ("last summer", "DATE", "2023-SU", None)),
        ("The audit runs every week.", ("every week", "SET", "P1W", None)),
        ("Dues are paid annually.", ("annually", "SET", "P1Y", None)),
        ("The mill opened in 1890 and hired people in recent years.", ("recent years", "DATE", "PAST_REF", None)),
        ("The keeper is 35 years old.", ("35 years old", "DURATION", "P35Y", None)),
        ("The quarry is currently closed.", ("currently", "DATE", "PRESENT_REF", None)),
        ("The office opens at 3 p.m.", ("3 p.m.", "TIME", "2024-03-14T15:00", None)),
    ],
)
def test_more_expression_kinds(text: str, expected: tuple) -> None:
    assert expected in found(text, tense="past")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew landed two days after the storm.", ("two days", "DURATION", "P2D", None)),
        ("Rescuers arrived three hours later.", ("three hours", "DURATION", "PT3H", None)),
        ("A 1500 year old bowl was found.", ("A 1500 year old", "DURATION", "P1500Y", None)),
    ],
)
def test_durations_before_after_or_later_keep_their_own_span(text: str, expected: tuple) -> None:
    assert found(text, tense="past") == [expected]


def test_halves_of_a_match_are_not_half_years() -> None:
    assert found("The visitors scored twice in the second half.", tense="past") == []
    assert ("the first half", "DATE", "2024-H1", None) in found("Profit rose in the first half of the year.", tense="past")


def test_this_weekend_in_the_past_tense_is_the_weekend_just_gone() -> None:
    assert found("The fair drew crowds this weekend.", tense="past")[0][2] == "2024-W10-WE"
    assert found("The fair opens this weekend.", tense="future")[0][2] == "2024-W11-WE"


def test_a_year_before_a_singular_unit_is_a_year() -> None:
    assert ("2019", "DATE", "2019", None) in found("The 2019 day of action drew crowds.")


def test_this_coming_weekday_is_ahead_of_the_anchor() -> None:
    # the anchor is a Thursday: the coming Sunday is three days on, whatever the verb
    assert found("Women's Day is this coming Sunday.", tense="past")[0][2] == "2024-03-17"
    assert found("The talks resume on the upcoming Monday.")[0][2] == "2024-03-18"
    assert found("He left last Friday.")[0][2] == "2024-03-08"


def test_a_month_alone_said_in_that_month_is_this_one_in_either_tense() -> None:
    early = date(2024, 3, 5)  # the month's middle is more than a week ahead
    assert found("The vote is in March.", early, tense="past")[0][2] == "2024-03"
    assert found("The vote was in March.", early, tense="past")[0][2] == "2024-03"
    assert found("The vote was in April.", early, tense="past")[0][2] == "2023-04"
    assert found("The vote will be in February.", early, tense="future")[0][2] == "2025-02"


def test_a_day_spelled_out_after_its_month_is_that_day() -> None:
    assert found("Women's Day is this coming Sunday, March seventeenth.")[0][:3] == ("Sunday, March seventeenth", "DATE", "2024-03-17")
    assert found("The vote is on the twenty-first of March.")[0][2] == "2024-03-21"
    assert [f[0] for f in found("Sales in the March second-quarter rose.")] != ["March second"]

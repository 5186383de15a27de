"""Calendar arithmetic for TIMEX3 values: shifting an anchor date by units, at a granularity.

Values follow TIMEX3: 2023 (year), 2023-07 (month), 2023-W30 (ISO week), 2023-Q3 (quarter),
2023-SU (season), 202 (decade), 20 (century), 2023-07-26 (day), 2023-07-26T00:00 (time).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache


def year_of(value: int | None) -> str:
    return f"{value:04d}" if value is not None else "XXXX"


def ymd(year: int | None, month: int | None = None, day: int | None = None) -> str:
    text = year_of(year)
    if month is None:
        return text
    text += f"-{month:02d}"
    return text if day is None else text + f"-{day:02d}"


def valid_day(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def shift(anchor: date | None, unit: str, steps: int) -> str:
    """The TIMEX3 value of the period ``steps`` units from the anchor's (unit D, W, M, Q, Y ...)."""
    if anchor is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")
    if unit == "D":
        return (anchor + timedelta(days=steps)).isoformat()
    if unit.startswith("T"):  # hours or minutes from a date-only anchor: that day
        return anchor.isoformat()
    if unit in ("W", "WE"):
        return week(anchor + timedelta(weeks=steps)) + ("-WE" if unit == "WE" else "")
    if unit == "M":
        index = anchor.year * 12 + anchor.month - 1 + steps
        return ymd(index // 12, index % 12 + 1)
    if unit == "Q":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + steps
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "DE":
        return f"{anchor.year // 10 + steps:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + steps:02d}"
    return year_of(anchor.year + steps)


def nearest_year(anchor: date, month: int, day: int | None, tense: str | None) -> int:
    """The year for month/day: the nearest to the anchor, or with a tense the last one on or
    before it (past) or the first on or after it (future), with a week's leeway."""
    if day is None and tense in ("past", "future"):
        # a month alone holds the anchor's own day: "in March" said in March is this March
        here = (anchor.year, anchor.month)
        before = [y for y in (anchor.year - 1, anchor.year) if (y, month) <= here]
        after = [y for y in (anchor.year, anchor.year + 1) if (y, month) >= here]
        return max(before) if tense == "past" else min(after)
    day = day or 15
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if valid_day(y, month, day)]
    leeway = timedelta(days=7)
    if tense == "past":
        fitting = [y for y in years if date(y, month, day) <= anchor + leeway]
        return max(fitting) if fitting else anchor.year
    if tense == "future":
        fitting = [y for y in years if date(y, month, day) >= anchor - leeway]
        return min(fitting) if fitting else anchor.year
    return min(years, key=lambda y: abs((date(y, month, day) - anchor).days))


_AHEAD = frozenset({"next", "coming", "upcoming", "following"})
_BACK = frozenset({"last", "previous"})


def weekday_date(anchor: date, weekday: int, tense: str | None, shift_word: str = "") -> date:
    """The date of a weekday (0 = Monday) near the anchor: the last one, or the next one."""
    delta = weekday - anchor.weekday()
    ahead = shift_word in _AHEAD  # "this coming Sunday", "the upcoming Friday"
    if ahead or (tense == "future" and shift_word not in _BACK):
        return anchor + timedelta(days=delta + 7 if delta < 0 or (delta == 0 and ahead) else delta)
    if shift_word in _BACK and delta >= 0:
        return anchor + timedelta(days=delta - 7)
    if shift_word == "this":
        return anchor + timedelta(days=delta)
    return anchor + timedelta(days=delta - 7 if delta > 0 else delta)


def parse_anchor(value: str | None) -> date | None:
    """A date from an article-date value (YYYY-MM-DD, or YYYY-MM / YYYY taken at their start)."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return None
    numbers += [1] * (3 - len(numbers))
    try:
        return date(*numbers[:3])
    except ValueError:
        return None


_GRANULARITY = (
    (r"^\d{4}-\d\d-\d\dT", "time"),
    (r"^\d{4}-\d\d-\d\d$", "day"),
    (r"^\d{4}-W\d\d-WE$", "weekend"),
    (r"^\d{4}-W\d\d", "week"),
    (r"^\d{4}-\d\d$", "month"),
    (r"^\d{4}-Q\d$", "quarter"),
    (r"^\d{4}-H\d$", "half"),
    (r"^\d{4}-(SP|SU|FA|WI)$", "season"),
    (r"^\d{4}$", "year"),
    (r"^\d{3}$", "decade"),
    (r"^\d{2}$", "century"),
)
_GRANULARITY_COMPILED = tuple((re.compile(pattern), name) for pattern, name in _GRANULARITY)


@lru_cache(maxsize=4096)
def granularity(value: str) -> str | None:
    """How fine a TIMEX3 date value is: time, day, week, month, quarter, year ... (None if vague)."""
    return next((name for pattern, name in _GRANULARITY_COMPILED if pattern.match(value)), None)

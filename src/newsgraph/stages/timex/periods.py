"""Rules for expressions beyond plain calendar dates: spelled decades and years, centuries,
24-hour clock times and anaphoric dates ("that day", "the next day") resolved to the date
mentioned last.  Each is a handler as in ``grammar``: a match and a ``Context`` in, a
``TimexValue`` out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from .grammar import Context, TimexValue, _edge_mod, _g, clock_time
from .lexicon import lexicon

L = lexicon()
_TENS_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
SPELLED_DECADE = rf"(?P<tens>{'|'.join(_TENS_WORDS)})"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "nineteen ninety-eight", "twenty twelve", "nineteen oh five": the two halves of a year said aloud.
SPELLED_YEAR = rf"(?P<high>nineteen|twenty)[\s-]+(?P<low>(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|oh[\s-](?:{_ONES}))"
ZONE = r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local\s+time)"
# A bare 24-hour time counts only after a preposition of time or before a time zone ("at 22:30",
# "15:11 GMT"): elsewhere "3:1" is a score or a ratio.
_TIME_PREPOSITION = "|".join(rf"(?<=\b{word}\s)" for word in ("at", "until", "till", "from", "by", "around", "before", "after", "to"))
CLOCK_24 = r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)"
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def spelled_decade(match: re.Match, ctx: Context) -> TimexValue | None:
    """'the sixties' -> 196: the century of the anchor unless that decade is still to come."""
    digit = _TENS_WORDS.index(_g(match, "tens")) + 2
    century = 19 if ctx.anchor is None or digit * 10 > ctx.anchor.year % 100 else ctx.anchor.year // 100
    return TimexValue("DATE", f"{century}{digit}", _edge_mod(match))


def century(match: re.Match, ctx: Context) -> TimexValue | None:
    """'the 20th century' -> 19 (TIMEX3 writes a century as its first two digits)."""
    number = _g(match, "cnum")
    digits = re.match(r"\d+", number)
    ordinal = int(digits[0]) if digits else int(L.get("ordinal", number) or 0)
    if not 1 <= ordinal <= 22:
        return None
    return TimexValue("DATE", f"{ordinal - 1:02d}", _edge_mod(match))


def spelled_year(match: re.Match, ctx: Context) -> TimexValue | None:
    high = 19 if _g(match, "high") == "nineteen" else 20
    words = re.split(r"[\s-]+", _g(match, "low"))
    numbers = lexicon().by_kind["number"]
    low = sum(int(float(numbers.get(w, 0))) for w in words if w != "oh")
    return TimexValue("DATE", f"{high}{low:02d}")


def clock_24(match: re.Match, ctx: Context) -> TimexValue | None:
    return clock_time(match, ctx)


def anaphoric(match: re.Match, ctx: Context) -> TimexValue | None:
    """'that day', 'the same year', 'the next day': the date mentioned last, else the anchor."""
    unit_word = _g(match, "unit")
    steps = {"the next": 1, "the following": 1, "the previous": -1}.get(_g(match, "which"), 0)
    part = _PARTS.get(unit_word)
    unit = "D" if part else L.get("unit", unit_word)
    base = _base_day(ctx.previous) if unit in ("D", "W") else None
    if unit == "D":
        value = (base + timedelta(days=steps)).isoformat() if base else cal.shift(ctx.anchor, "D", steps)
        # A day with a part of it is a date in TimeBank, as with "Friday night".
        return TimexValue("DATE", f"{value}T{part}" if part else value, None, True)
    if unit == "W":
        if ctx.previous and re.match(r"\d{4}-W\d\d", ctx.previous) and steps == 0:
            return TimexValue("DATE", ctx.previous[:8], None, True)
        return TimexValue("DATE", cal.week(base) if base else cal.shift(ctx.anchor, "W", steps), None, True)
    width = {"M": 7, "Y": 4}.get(unit or "")
    if width is None or unit is None:
        return None
    previous = ctx.previous or ""
    if re.match(r"\d{4}" + (r"-\d\d" if unit == "M" else ""), previous) and steps == 0:
        return TimexValue("DATE", previous[:width], None, True)
    return TimexValue("DATE", cal.shift(ctx.anchor, unit, steps), None, True)


def _base_day(previous: str | None) -> date | None:
    if previous and (day := re.match(r"(\d{4})-(\d\d)-(\d\d)", previous)):
        return date(int(day[1]), int(day[2]), int(day[3]))
    return None

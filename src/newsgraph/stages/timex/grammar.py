"""Patterns of English time expressions, each with the rule that gives its TIMEX3 value.

A family is (name, compiled regex, handler); the table of families is in ``families``.  The
same regex finds expressions in text and, fully matched, reads one recognized span; the handler turns the match into a ``TimexValue``
given a ``Context`` (anchor date, tense of the governing verb, text just before the span).
Spans follow TimeML: determiners and modifiers in ("the past two months", "late November"),
prepositions out ("in 1990" -> "1990"); a preceding signal such as "before" becomes the mod.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import calendar as cal
from .lexicon import lexicon, number


@dataclass(frozen=True, slots=True)
class TimexValue:
    type: str
    value: str
    mod: str | None = None
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    anchor: date | None = None
    tense: str | None = None  # "past", "future" or None: leans underspecified dates
    before: str = ""  # text just before the span, for signals ("before", "for", "$5 a year")
    sentence: str = ""
    year_only: bool = False  # the anchor knows only its year: undated days fall in that year
    previous: str | None = None  # the last date value before the span ("that day" refers to it)


L = lexicon()
MONTH = rf"(?P<month>{L.alternation('month')})\.?"
FULL_MONTHS = "|".join(w for w in L.words("month") if len(w) > 4 or w in ("may", "june", "july"))
WEEKDAY = rf"(?P<weekday>{L.alternation('weekday')})"
_UNITS = "second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centuries|millennium"
UNIT = rf"(?P<unit>{_UNITS})s?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUM = rf"(?P<num>\d+(?:\.\d+)?|(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|several|a\s+few|few|many|a\s+couple\s+of|some)"
# a day as a number or spelled out ("March eighth", as broadcast transcripts write it)
DAY = rf"(?P<day>[12]\d|3[01]|0?[1-9]|{L.alternation('ordinal')}(?![-\w]))(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
PART = rf"(?P<part>{L.alternation('part_of_day')})"
ORDINAL = rf"(?P<ordinal>{L.alternation('ordinal')})"
SEASON = rf"(?P<season>{L.alternation('season')})"
EDGE = r"(?P<edge>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
QMOD = rf"(?P<qmod>{L.alternation('quantity_mod')})"
SHIFT = r"(?P<shift>this\s+past|last|this|next|past|coming|previous|current|following|upcoming)"
CLOCK = r"(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|o'clock)(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|local\s+time))?"
_EDGE_MOD = {"early": "START", "mid": "MID", "late": "END", "the end of": "END", "the beginning of": "START", "the start of": "START", "the middle of": "MID"}

Handler = Callable[[re.Match, Context], "TimexValue | None"]


def _g(match: re.Match, name: str) -> str:
    """A named group's text, lower-cased and with single spaces ('' when absent)."""
    try:
        text = match.group(name)
    except IndexError:
        return ""
    return " ".join(text.lower().split()) if text else ""


def _edge_mod(match: re.Match) -> str | None:
    edge = _g(match, "edge").replace("-", "")
    return _EDGE_MOD.get(edge)


def _month(match: re.Match) -> int:
    return int(L.value("month", _g(match, "month")))


def _signal_mod(before: str) -> str | None:
    tail = " ".join(before.lower().split()[-3:])
    for word, mod in sorted(L.by_kind["signal_mod"].items(), key=lambda kv: -len(kv[0])):
        if tail.endswith(word):
            return mod
    return None


def _day_part(match: re.Match, ctx: Context, day_value: str, relative: bool) -> TimexValue:
    """A day with an optional clock time or part of day."""
    if _g(match, "hour") or _g(match, "clock_word"):
        return TimexValue("TIME", day_value + _clock(match), _signal_mod(ctx.before), relative)
    if part := _g(match, "part"):
        # A named day with a part of it ("Friday night") is annotated as a date in TimeBank.
        return TimexValue("DATE", day_value + "T" + L.value("part_of_day", part), None, relative)
    return TimexValue("DATE", day_value, _signal_mod(ctx.before) or _edge_mod(match), relative)


def _clock(match: re.Match) -> str:
    word = _g(match, "clock_word")
    if word:
        # The convention: midnight opens the day it names ("midnight on July 26").
        return "T00:00" if word == "midnight" else "T12:00"
    hour, minute, ampm = int(_g(match, "hour")), _g(match, "minute") or "00", _g(match, "ampm")
    if ampm.startswith("p") and hour < 12:
        hour += 12
    if ampm.startswith("a") and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute}"


def explicit_date(match: re.Match, ctx: Context) -> TimexValue | None:
    written = _g(match, "day")
    month, day = _month(match), int(written if written.isdigit() else L.value("ordinal", written))
    year = int(_g(match, "year")) if _g(match, "year") else None
    if not cal.valid_day(year, month, day):
        return None
    relative = year is None
    if relative and ctx.anchor:
        year = ctx.anchor.year if ctx.year_only else cal.nearest_year(ctx.anchor, month, day, ctx.tense)
    return _day_part(match, ctx, cal.ymd(year, month, day), relative)


def month_year(match: re.Match, ctx: Context) -> TimexValue | None:
    year = int(_g(match, "year")) if _g(match, "year") else None
    relative = year is None
    shift = _SHIFT_TENSE.get(_g(match, "shift"), "")  # "last December" is the one before, whatever the verb
    if relative and ctx.anchor and shift == "this":
        year = ctx.anchor.year
    elif relative and ctx.anchor:
        year = ctx.anchor.year if ctx.year_only else cal.nearest_year(ctx.anchor, _month(match), None, shift or ctx.tense or "past")
        shift_word = (_g(match, "shift") or "").lower()
        if _month(match) == ctx.anchor.month and not ctx.year_only and shift_word in ("last", "next"):
            # "last March" said in March is a year ago, "next March" a year ahead
            year = ctx.anchor.year + (1 if shift_word == "next" else -1)
    return TimexValue("DATE", cal.ymd(year, _month(match)), _signal_mod(ctx.before) or _edge_mod(match), relative)


def month_of_shifted_year(match: re.Match, ctx: Context) -> TimexValue | None:
    """'January next year', 'June last year': that month of the year before, of or after the anchor's."""
    if not ctx.anchor:
        return TimexValue("DATE", cal.ymd(None, _month(match)), _edge_mod(match), True)
    year = ctx.anchor.year + _YEAR_SHIFT[_g(match, "yshift")]
    return TimexValue("DATE", cal.ymd(year, _month(match)), _signal_mod(ctx.before) or _edge_mod(match), True)


_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}

_SHIFT_TENSE = {
    "last": "past",
    "past": "past",
    "this past": "past",
    "previous": "past",
    "next": "future",
    "coming": "future",
    "following": "future",
    "upcoming": "future",
    "this": "this",
    "current": "this",
}


def numeric_date(match: re.Match, ctx: Context) -> TimexValue | None:
    text = match.group(0)
    if iso := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", text):
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    else:
        month, day, year = (int(p) for p in re.split(r"[/.]", text))
        year += 1900 if year < 100 and year > 30 else (2000 if year < 100 else 0)
    if not cal.valid_day(year, month, day):
        return None
    return TimexValue("DATE", cal.ymd(year, month, day))


def year_only(match: re.Match, ctx: Context) -> TimexValue | None:
    year = _g(match, "year")
    if _g(match, "decade"):
        return TimexValue("DATE", year[:3], _edge_mod(match))
    return TimexValue("DATE", year, _signal_mod(ctx.before) or _edge_mod(match))


def short_decade(match: re.Match, ctx: Context) -> TimexValue | None:
    digits = _g(match, "yy")
    century = "19" if ctx.anchor is None or int(digits) > ctx.anchor.year % 100 else str(ctx.anchor.year // 100)
    return TimexValue("DATE", century + digits[0], _edge_mod(match))


def weekday(match: re.Match, ctx: Context) -> TimexValue | None:
    index = int(L.value("weekday", _g(match, "weekday"))) - 1
    shift_word = _g(match, "shift")
    if shift_word == "this past":  # "this past Friday": the last one
        shift_word, ctx = "", Context(ctx.anchor, "past", ctx.before, ctx.sentence, ctx.year_only, ctx.previous)
    if ctx.anchor is None or ctx.year_only:  # a year alone cannot place a weekday
        return _day_part(match, ctx, f"XXXX-WXX-{index + 1}", True)
    day = cal.weekday_date(ctx.anchor, index, ctx.tense, shift_word)
    return _day_part(match, ctx, day.isoformat(), True)


def relative_day(match: re.Match, ctx: Context) -> TimexValue | None:
    word = _g(match, "relday")
    offset = int(L.value("relative_day", word))
    value = cal.shift(_day_anchor(ctx), "D", offset)
    if word == "tonight":
        return TimexValue("TIME", value + "TNI", None, True)
    return _day_part(match, ctx, value, True)


def part_of_today(match: re.Match, ctx: Context) -> TimexValue | None:
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(_g(match, "which"), 0)
    part = L.value("part_of_day", _g(match, "part"))
    if _g(match, "which") == "last" and part != "NI":
        return None
    return TimexValue("TIME", cal.shift(_day_anchor(ctx), "D", offset) + "T" + part, None, True)


def _day_anchor(ctx: Context) -> date | None:
    """The anchor a day counts from ("yesterday", "tonight"): none when it knows only its year."""
    return None if ctx.year_only else ctx.anchor


def clock_time(match: re.Match, ctx: Context) -> TimexValue | None:
    day = cal.shift(_day_anchor(ctx), "D", 0)
    return TimexValue("TIME", day + _clock(match), _signal_mod(ctx.before), True)


def shifted_period(match: re.Match, ctx: Context) -> TimexValue | None:
    shift_word, unit_word = _g(match, "shift"), _g(match, "unit")
    steps = {"last": -1, "past": -1, "this past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "upcoming": 1}.get(shift_word, 0)
    unit = L.get("unit", unit_word)
    if unit is None or unit in ("D",) or unit.startswith("T"):
        return None
    if unit == "WE" and steps == 0 and ctx.tense == "past" and ctx.anchor and ctx.anchor.isoweekday() < 6:
        steps = -1  # "was there this weekend", written on a weekday: the weekend just gone
    if shift_word == "past" and unit != "WE":
        return TimexValue("DURATION", f"P1{unit}", relative=True)
    mod = _edge_mod(match) or {"earlier": "START", "later": "END"}.get(_g(match, "side"))
    anchor = _day_anchor(ctx) if unit in ("W", "WE", "M") else ctx.anchor  # "last week" of a year alone: unknown
    return TimexValue("DATE", cal.shift(anchor, unit, steps), mod, True)


# What follows "the fall" when it is a drop, not autumn ("the fall in profits", "the fall of Baghdad")
_DROP_AFTER = re.compile(r"\s+(?:in|from|to|by|of\s+(?!\d))", re.IGNORECASE)


def shifted_season(match: re.Match, ctx: Context) -> TimexValue | None:
    if match.group(0).lower().startswith("the ") and not _g(match, "shift") and not _g(match, "year") and _DROP_AFTER.match(match.string, match.end()):
        return None
    season = L.get("season", _g(match, "season"))
    year = int(_g(match, "year")) if _g(match, "year") else None
    if year is None and ctx.anchor:
        steps = {"last": -1, "next": 1, "past": -1}.get(_g(match, "shift"), 0)
        year = ctx.anchor.year + steps
        # Last winter seen from January is the one that began the year before.
        if steps == -1 and season == "WI" and ctx.anchor.month <= 3:
            year = ctx.anchor.year - 1
    return TimexValue("DATE", f"{cal.year_of(year)}-{season}", _edge_mod(match), year is None or not _g(match, "year"))


def quarter(match: re.Match, ctx: Context) -> TimexValue | None:
    ordinal = L.get("ordinal", _g(match, "ordinal") or "") or ""
    half = _g(match, "unit") == "half"
    year = int(_g(match, "year")) if _g(match, "year") else None
    which = _g(match, "which")
    anchor = ctx.anchor
    if half and not ordinal and not which:
        return None  # "half of the shares"
    if half and not year and not _FINANCIAL.search(ctx.sentence):
        return None  # the first half of a match, a concert, a book
    if year is None and anchor:
        year = anchor.year
        current = cal.quarter_of(anchor) if not half else (anchor.month - 1) // 6 + 1
        if which in ("year-earlier", "year-ago", "year earlier", "year ago"):
            year -= 1
        if not ordinal:
            number_ = current - (0 if which in ("current", "this") else 1)
            if number_ < 1:
                number_, year = number_ + (2 if half else 4), year - 1
            ordinal = str(number_)
        elif int(ordinal) > current and ctx.tense != "future":
            year -= 1
    if year is not None and not ordinal and not half and anchor and _g(match, "year_first"):
        ordinal = str(cal.quarter_of(anchor) - 1 or 4)  # "the 1988 quarter": the one reported now
    letter = "H" if half else "Q"
    return TimexValue("DATE", f"{cal.year_of(year)}-{letter}{ordinal or 'X'}", None, not _g(match, "year"))


# Words that make "the first half" a half-year: the halves of reports and budgets.
_FINANCIAL = re.compile(r"\b(?:fiscal|earnings|profits?|revenues?|sales|quarters?|economy|economic|growth|year|budget|results)\b", re.IGNORECASE)


def ago(match: re.Match, ctx: Context) -> TimexValue | None:
    amount = number(_g(match, "num"))
    unit = L.get("unit", _g(match, "unit"))
    if unit is None:
        return None
    if amount is None or amount != int(amount):
        return TimexValue("DATE", "PAST_REF" if _g(match, "dir") in ("ago", "earlier", "before") else "FUTURE_REF", relative=True)
    sign = -1 if _g(match, "dir") in ("ago", "earlier", "before") else 1
    if unit in ("DE", "CE"):  # "a decade ago" names a year, ten years back, not a decade
        unit, amount = "Y", amount * (10 if unit == "DE" else 100)
    if unit == "Y" and "quarter" in ctx.sentence.lower() and ctx.anchor:
        # Financial news: "a year ago" is the reported quarter (the last one) a year back.
        return TimexValue("DATE", cal.shift(ctx.anchor, "Q", sign * 4 * int(amount) - 1), relative=True)
    return TimexValue("DATE", cal.shift(ctx.anchor, unit, sign * int(amount)), _qmod(match), True)


def year_earlier(match: re.Match, ctx: Context) -> TimexValue | None:
    if "quarter" in ctx.sentence.lower() and ctx.anchor:
        return TimexValue("DATE", cal.shift(ctx.anchor, "Q", -5), relative=True)
    return TimexValue("DATE", cal.shift(ctx.anchor, "Y", -1), relative=True)


def _qmod(match: re.Match) -> str | None:
    return L.get("quantity_mod", _g(match, "qmod")) if _g(match, "qmod") else None


def duration(match: re.Match, ctx: Context) -> TimexValue | None:
    unit_word = _g(match, "unit")
    unit = L.get("unit", unit_word)
    if unit is None:
        return None
    amount = number(_g(match, "num")) if _g(match, "num") else None
    if (_g(match, "num") and amount is None) or amount is None:
        count = "X"
    elif amount != int(amount):
        return _fractional(amount, unit)
    else:
        count = str(int(amount))
    return TimexValue("DURATION", _period(count, unit), _qmod(match))


def _period(count: str, unit: str) -> str:
    if unit == "DE":
        return f"P{int(count) * 10}Y" if count.isdigit() else "PXDE"
    if unit == "CE":
        return f"P{int(count) * 100}Y" if count.isdigit() else "PXCE"
    if unit == "2W":
        return f"P{int(count) * 2}W" if count.isdigit() else "PXW"
    if unit == "Q":
        return f"P{int(count) * 3}M" if count.isdigit() else "PXM"
    if unit == "WE":
        return f"P{int(count) * 2}D" if count.isdigit() else "PXD"
    if unit.startswith("T"):  # hours, minutes, seconds: PT1H, PT30M
        return f"PT{count}{unit[1:]}"
    return f"P{count}{unit}"


def _fractional(amount: float, unit: str) -> TimexValue:
    smaller = {"Y": ("M", 12), "D": ("TH", 24), "TH": ("TM", 60), "W": ("D", 7), "M": ("D", 30)}
    if unit not in smaller:
        return TimexValue("DURATION", _period(f"{amount:g}", unit))
    letter, factor = smaller[unit]
    return TimexValue("DURATION", _period(str(int(amount * factor)), letter))


def minutes_duration(match: re.Match, ctx: Context) -> TimexValue | None:
    amount = number(_g(match, "num"))
    count = "X" if amount is None else f"{amount:g}"
    return TimexValue("DURATION", f"PT{count}M", _qmod(match))


def bare_unit(match: re.Match, ctx: Context) -> TimexValue | None:
    """'the year', 'the week': a duration after for/during/over, else the anchor's period."""
    unit = L.value("unit", _g(match, "unit"))
    if re.search(r"\b(for|during|throughout|all)\s*$", ctx.before.lower()):
        return TimexValue("DURATION", _period("1", unit))
    if unit == "Q" and not _g(match, "edge"):
        return quarter(match, ctx)
    return TimexValue("DATE", cal.shift(ctx.anchor, unit, 0), _edge_mod(match), True)


def plural_units(match: re.Match, ctx: Context) -> TimexValue | None:
    unit = L.value("unit", _g(match, "unit").replace("centurie", "century"))
    if _g(match, "lead") == "recent" and unit == "Y":
        return TimexValue("DATE", "PAST_REF", relative=True)
    return TimexValue("DURATION", _period("X", unit))


def reference(match: re.Match, ctx: Context) -> TimexValue | None:
    return TimexValue("DATE", L.value("reference", _g(match, "ref")), None, True)


def set_adverb(match: re.Match, ctx: Context) -> TimexValue | None:
    return TimexValue("SET", L.value("set_adverb", _g(match, "adverb")))


def set_every(match: re.Match, ctx: Context) -> TimexValue | None:
    if _g(match, "weekday"):
        return TimexValue("SET", f"XXXX-WXX-{L.get('weekday', _g(match, 'weekday'))}")
    amount = number(_g(match, "num")) if _g(match, "num") else 1
    unit = L.value("unit", _g(match, "unit"))
    return TimexValue("SET", _period(str(int(amount or 1)), unit))


def holiday(match: re.Match, ctx: Context) -> TimexValue | None:
    rule = L.value("holiday", _g(match, "holiday"))
    year = int(_g(match, "year")) if _g(match, "year") else (ctx.anchor.year if ctx.anchor else None)
    month, _, rest = rule.partition("-")
    if not _g(match, "year") and ctx.anchor and not ctx.year_only:
        # A holiday without a year is the last one in a past-tense clause, else the next one.
        after = int(month) > ctx.anchor.month
        if ctx.tense == "past" and after:
            year = ctx.anchor.year - 1
        elif ctx.tense != "past" and int(month) < ctx.anchor.month:
            year = ctx.anchor.year + 1
    if rest.isdigit():
        return TimexValue("DATE", cal.ymd(year, int(month), int(rest)), None, not _g(match, "year"))
    return TimexValue("DATE", _nth_weekday(year, int(month), rest), None, not _g(match, "year"))


def _nth_weekday(year: int | None, month: int, rule: str) -> str:
    """W04-4 = fourth Thursday, WL-1 = last Monday of the month."""
    if year is None:
        return cal.ymd(None, month)
    which, weekday_number = rule[1:].split("-")
    days = [date(year, month, d) for d in range(1, 32) if cal.valid_day(year, month, d)]
    matching = [d for d in days if d.isoweekday() == int(weekday_number)]
    chosen = matching[-1] if which == "L" else matching[int(which) - 1]
    return chosen.isoformat()

"""The table of time-expression families: (name, pattern, handler), compiled once.

Patterns are built from the pieces in ``grammar`` (months, units, numbers ...); the handlers
live in ``grammar`` (calendar dates, durations, sets) and ``periods`` (decades and centuries,
24-hour times, anaphoric dates).  Every pattern is wrapped so it starts and ends at a word
boundary; ``find_time_expressions`` keeps the longest of overlapping matches.
"""

from __future__ import annotations

import re

from .grammar import (
    CLOCK,
    DAY,
    EDGE,
    FULL_MONTHS,
    MONTH,
    NUM,
    ORDINAL,
    PART,
    QMOD,
    SEASON,
    SHIFT,
    UNIT,
    WEEKDAY,
    YEAR,
    Context,
    Handler,
    L,
    TimexValue,
    _g,
    ago,
    bare_unit,
    clock_time,
    duration,
    explicit_date,
    holiday,
    minutes_duration,
    month_of_shifted_year,
    month_year,
    numeric_date,
    part_of_today,
    plural_units,
    quarter,
    reference,
    relative_day,
    set_adverb,
    set_every,
    shifted_period,
    shifted_season,
    short_decade,
    weekday,
    year_earlier,
    year_only,
)
from .periods import _TIME_PREPOSITION, CLOCK_24, SPELLED_DECADE, SPELLED_YEAR, ZONE, anaphoric, century, clock_24, spelled_decade, spelled_year

_DATE_TAIL = rf"(?:,?\s+{YEAR})?"
_UNITS = "second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century"

# The clock_date family has no handler of its own: _clock_date dispatches on what it matched.
FAMILIES: tuple[tuple[str, str, Handler | None], ...] = (
    ("clock_date", rf"(?:{QMOD}\s+)?(?:{CLOCK}|(?P<clock_word>noon|midnight|midday))(?:,?\s+(?:on\s+)?(?:{WEEKDAY}|(?P<relday>today|yesterday|tomorrow)|{MONTH}\s+{DAY}{_DATE_TAIL}))?", None),
    ("weekday_date", rf"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}\b{_DATE_TAIL}(?:\s+{PART})?", explicit_date),
    ("day_month", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}{_DATE_TAIL}", explicit_date),
    ("month_year", rf"(?:{EDGE}[-\s]+)?{MONTH}(?:,?\s+|\s+of\s+){YEAR}", month_year),
    ("month_shifted_year", rf"(?:{EDGE}[-\s]+)?(?P<month>{FULL_MONTHS})\s+(?:of\s+)?(?P<yshift>last|this|next)\s+year\b", month_of_shifted_year),
    # a day or a year after the month is another family's ("last November 25" keeps its day)
    ("month", rf"(?:{SHIFT}\s+)?(?:{EDGE}[-\s]+)?(?P<month>{FULL_MONTHS})\b(?!\.?,?\s+\d)", month_year),
    ("numeric", r"\b(?:\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d))\b", numeric_date),
    ("year", rf"(?:{EDGE}[-\s]+|fiscal\s+|the\s+year\s+)?{YEAR}(?![\d%])", year_only),
    ("decade", rf"(?:{EDGE}[-\s]+)?(?:the\s+)?{YEAR}(?P<decade>'?s)", year_only),
    ("short_decade", rf"(?:{EDGE}[-\s]+)?the\s+'?(?P<yy>[1-9]0)'?s\b", short_decade),
    ("weekday", rf"(?:{SHIFT}\s+)?{WEEKDAY}(?:\s+{PART})?(?!s)", weekday),
    ("relative_day", rf"(?P<relday>today|yesterday|tomorrow|tonight)(?:\s+{PART})?", relative_day),
    ("part_of_today", rf"(?P<which>this|last|yesterday|tomorrow|later\s+this|earlier\s+this)\s+{PART}", part_of_today),
    ("shifted_period", rf"(?:(?P<side>earlier|later)\s+)?(?:{EDGE}[-\s]+)?(?:the\s+)?{SHIFT}\s+(?P<unit>week|weekend|month|quarter|year|decade|century)", shifted_period),
    ("shifted_season", rf"(?:{EDGE}[-\s]+)?(?:(?:the\s+)?{SHIFT}\s+|the\s+|this\s+){SEASON}(?:\s+of\s+{YEAR})?", shifted_season),
    ("season_year", rf"(?:{EDGE}[-\s]+)?{SEASON}\s+(?:of\s+)?{YEAR}", shifted_season),
    (
        "quarter",
        rf"(?:the\s+)?(?:(?P<which>latest|current|last|past|previous|same|year-earlier|year-ago|this)\s+)?(?:fiscal\s+)?(?:{ORDINAL}[-\s]+)?(?:fiscal[-\s]+)?(?P<unit>quarter|half)(?:\s+of\s+(?:fiscal\s+)?{YEAR})?",
        quarter,
    ),
    ("year_quarter", rf"(?:the\s+)?(?P<year_first>{YEAR})\s+(?:fiscal\s+)?(?:{ORDINAL}[-\s]+)?(?P<unit>quarter|half)", quarter),
    ("ago", rf"(?:{QMOD}\s+)?{NUM}[-\s]+{UNIT}\s+(?P<dir>ago|from\s+now|hence)", ago),
    ("year_earlier", r"(?:the\s+)?year[-\s](?:earlier|ago)(?:\s+(?:period|quarter|level|results))?|a\s+year\s+earlier", year_earlier),
    (
        "duration",
        rf"(?!(?:the\s+|a\s+)?(?:1[5-9]|20)\d\d\s+(?:{_UNITS})\b(?!\s+(?:old|long)))(?:(?:the|a)\s+)?(?:(?:past|last|next|first|coming|previous|final|recent|following)\s+)?(?:{QMOD}\s+)?{NUM}[-\s]+{UNIT}(?:\s+(?:long|old))?",
        duration,
    ),
    ("minutes", rf"(?:{QMOD}\s+)?{NUM}[-\s]+minutes?", minutes_duration),
    (
        "plural_units",
        r"(?P<lead>recent|the\s+past\s+few|the\s+past\s+several|the\s+last\s+few|the\s+next\s+few|the\s+coming|the\s+past|the\s+last|the\s+next|several|many|a\s+few|few|(?<=\bfor\s))\s*(?P<unit>second|minute|hour|day|week|month|year|decade|centurie|quarter)s\b",
        plural_units,
    ),
    ("bare_unit", rf"(?:{EDGE}\s+)?the\s+(?P<unit>year|week|weekend|month|quarter)\b(?!-|\s+(?:earlier|ago|before))", bare_unit),
    ("reference", rf"(?P<ref>{L.alternation('reference')})\b", reference),
    ("set_adverb", rf"(?P<adverb>{L.alternation('set_adverb')})\b", set_adverb),
    ("set_every", rf"(?:every|each|per)\s+(?:other\s+)?(?:{NUM}\s+)?(?:{WEEKDAY}|{UNIT})", set_every),
    ("set_per", rf"(?:(?<=\bonce\s)|(?<=\btwice\s)|(?<=\btimes\s))a\s+{UNIT}", set_every),
    ("spelled_decade", rf"(?:{EDGE}[-\s]+)?the\s+'?{SPELLED_DECADE}\b", spelled_decade),
    ("century", rf"(?:{EDGE}[-\s]+)?the\s+(?P<cnum>\d{{1,2}}(?:st|nd|rd|th)|{L.alternation('ordinal')})[-\s]+century", century),
    ("spelled_year", rf"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bof\s)){SPELLED_YEAR}(?![\s-]+(?:{_UNITS}|percent|people|dollars))", spelled_year),
    ("clock_24_zone", rf"{CLOCK_24}\s+{ZONE}", clock_24),
    ("clock_24_signal", rf"(?:{_TIME_PREPOSITION}){CLOCK_24}(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|[:\d]))", clock_24),
    ("anaphor_same", r"(?:(?P<side>earlier|later)\s+)?(?P<which>that|the\s+same)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)(?!s)", anaphoric),
    ("anaphor_next", r"(?P<which>the\s+next|the\s+following|the\s+previous)\s+(?P<unit>day|morning|afternoon|evening|night)(?!s)", anaphoric),
    ("holiday", rf"(?P<holiday>{L.alternation('holiday')})(?:\s+{YEAR})?", holiday),
)


def _clock_date(match: re.Match, ctx: Context) -> TimexValue | None:
    if _g(match, "month"):
        return explicit_date(match, ctx)
    if _g(match, "weekday"):
        return weekday(match, ctx)
    if _g(match, "relday"):
        return relative_day(match, ctx)
    return clock_time(match, ctx)


HANDLERS: dict[str, Handler] = {name: handler or _clock_date for name, _, handler in FAMILIES}
COMPILED: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rf"(?<![\w$.-]){pattern}(?![\w-])", re.IGNORECASE)) for name, pattern, _ in FAMILIES)

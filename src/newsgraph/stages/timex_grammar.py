"""A small grammar of English time expressions: find them, and normalize one span TIMEX3-style.

``find_time_expressions(text)`` returns character ranges of explicit expressions; it never
reads a bare word like "Sun" or "may" as a date.  ``normalize(span_text, anchor)`` turns one
recognized span into a ``TimexValue`` (type, value, mod), resolving missing parts against
the anchor date; without an anchor, unknown parts are written as X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": None, "few": None,
}
UNIT_CODES = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "M", "decade": "DE"}

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:day|week|month|year|hour|decade)"

PATTERNS = [
    rf"\b{_MONTH} {_DAY},? {_YEAR}\b",
    rf"\b{_DAY} {_MONTH},? {_YEAR}\b",
    rf"\b{_MONTH} {_DAY}\b(?!,? ?\d)",
    rf"\b{_DAY} {_MONTH}\b",
    rf"\b{_MONTH},? {_YEAR}\b",
    r"\b\d{4}-\d{2}-\d{2}\b",
    rf"\b(?:(?:last|next|this) )?{_WEEKDAY}\b",
    r"\b(?:today|yesterday|tomorrow|tonight)\b",
    rf"\b(?:last|next|this|past|coming) (?:week|month|year)\b",
    rf"\b{_NUM}-{_UNIT}\b",
    rf"\b{_NUM} {_UNIT}s?\b",
    rf"\b(?:in|since|before|after|until|by) {_YEAR}\b",
]
_FINDER = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)
_CAPITALIZED_ONLY = re.compile(rf"^(?:{_MONTH}|{_WEEKDAY})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TimexValue:
    type: str
    value: str
    mod: str | None = None
    relative: bool = False


def find_time_expressions(text: str) -> list[tuple[int, int]]:
    """Character ranges of explicit time expressions in ``text``."""
    found = []
    for match in _FINDER.finditer(text):
        word = match.group(0)
        # Month and weekday names are proper nouns: "may" or "march" in lower case are verbs.
        if _CAPITALIZED_ONLY.match(word) and not word[0].isupper():
            continue
        found.append((match.start(), match.end()))
    return found


def normalize(span_text: str, anchor: date | None) -> TimexValue | None:
    """The TIMEX3 value of one recognized expression, or None if it is not understood."""
    text = " ".join(span_text.replace("\u2013", "-").split())
    lowered = text.lower().rstrip(".")
    for rule in _RULES:
        value = rule(lowered, anchor)
        if value is not None:
            return value
    return None


def _ymd(year: int | None, month: int | None, day: int | None) -> str:
    y = f"{year:04d}" if year else "XXXX"
    if month is None:
        return y
    m = f"{month:02d}"
    return f"{y}-{m}" if day is None else f"{y}-{m}-{day:02d}"


def _month_of(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


def _day_of(word: str) -> int:
    return int(re.sub(r"(st|nd|rd|th)$", "", word))


_MDY = re.compile(rf"^(?:(?:on|in) )?({_MONTH}) ({_DAY}),? ({_YEAR})$", re.I)
_DMY = re.compile(rf"^(?:(?:on|in) )?({_DAY}) ({_MONTH}),? ({_YEAR})$", re.I)
_MD = re.compile(rf"^(?:on )?({_MONTH}) ({_DAY})$", re.I)
_DM = re.compile(rf"^(?:on )?(?:the )?({_DAY}) (?:of )?({_MONTH})$", re.I)
_MY = re.compile(rf"^(?:in )?({_MONTH}),? ({_YEAR})$", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR_ONLY = re.compile(rf"^(?:(in|since|before|after|until|by) )?({_YEAR})$", re.I)
_DURATION = re.compile(rf"^(?:a |the )?(?:past |last |next )?({_NUM})[- ]({_UNIT})s?(?: long)?$", re.I)
_WEEKDAY_RE = re.compile(rf"^(?:(last|next|this|on) )?({_WEEKDAY})$", re.I)
_RELATIVE_PERIOD = re.compile(r"^(last|next|this|past|coming) (week|month|year)$", re.I)
_YEAR_MODS = {"before": "BEFORE", "after": "AFTER", "since": "AFTER", "until": "BEFORE", "by": "BEFORE"}


def _rule_full(text: str, anchor: date | None) -> TimexValue | None:
    if m := _MDY.match(text):
        return TimexValue("DATE", _ymd(int(m[3]), _month_of(m[1]), _day_of(m[2])))
    if m := _DMY.match(text):
        return TimexValue("DATE", _ymd(int(m[3]), _month_of(m[2]), _day_of(m[1])))
    if m := _ISO.match(text):
        return TimexValue("DATE", text)
    if m := _MY.match(text):
        return TimexValue("DATE", _ymd(int(m[2]), _month_of(m[1]), None))
    return None


def _rule_month_day(text: str, anchor: date | None) -> TimexValue | None:
    m = _MD.match(text)
    month, day = (_month_of(m[1]), _day_of(m[2])) if m else (None, None)
    if m is None and (m := _DM.match(text)):
        month, day = _month_of(m[2]), _day_of(m[1])
    if m is None or month is None:
        return None
    year = _nearest_year(anchor, month, day) if anchor else None
    return TimexValue("DATE", _ymd(year, month, day), relative=True)


def _nearest_year(anchor: date, month: int, day: int) -> int:
    """The year that puts month/day closest to the anchor (news speaks of recent days)."""
    best = anchor.year
    for year in (anchor.year - 1, anchor.year + 1):
        try:
            if abs((date(year, month, day) - anchor).days) < abs((date(best, month, day) - anchor).days):
                best = year
        except ValueError:
            continue
    return best


def _rule_year(text: str, anchor: date | None) -> TimexValue | None:
    if m := _YEAR_ONLY.match(text):
        return TimexValue("DATE", m[2], _YEAR_MODS.get((m[1] or "").lower()))
    return None


def _rule_relative_day(text: str, anchor: date | None) -> TimexValue | None:
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if text not in offsets:
        return None
    if anchor is None:
        return TimexValue("DATE", "PRESENT_REF" if text == "today" else "XXXX-XX-XX", relative=True)
    value = (anchor + timedelta(days=offsets[text])).isoformat()
    return TimexValue("TIME" if text == "tonight" else "DATE", value + ("TNI" if text == "tonight" else ""), relative=True)


def _rule_weekday(text: str, anchor: date | None) -> TimexValue | None:
    m = _WEEKDAY_RE.match(text)
    if m is None:
        return None
    weekday = WEEKDAYS[m[2].lower()]
    if anchor is None:
        return TimexValue("DATE", f"XXXX-WXX-{weekday + 1}", relative=True)
    delta = weekday - anchor.weekday()
    if (m[1] or "").lower() == "next":
        delta = delta + 7 if delta <= 0 else delta
    elif (m[1] or "").lower() == "last" or delta > 0:
        # News reports mostly look back: a bare weekday is the most recent one.
        delta = delta - 7 if delta > 0 else delta
    return TimexValue("DATE", (anchor + timedelta(days=delta)).isoformat(), relative=True)


def _rule_relative_period(text: str, anchor: date | None) -> TimexValue | None:
    m = _RELATIVE_PERIOD.match(text)
    if m is None:
        return None
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[m[1].lower()]
    unit = m[2].lower()
    if anchor is None:
        return TimexValue("DATE", "XXXX", relative=True)
    if unit == "year":
        return TimexValue("DATE", f"{anchor.year + step:04d}", relative=True)
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return TimexValue("DATE", f"{index // 12:04d}-{index % 12 + 1:02d}", relative=True)
    week = (anchor + timedelta(weeks=step)).isocalendar()
    return TimexValue("DATE", f"{week.year:04d}-W{week.week:02d}", relative=True)


def _rule_duration(text: str, anchor: date | None) -> TimexValue | None:
    m = _DURATION.match(text)
    if m is None:
        return None
    amount = NUMBER_WORDS.get(m[1].lower(), None) if not m[1].isdigit() else int(m[1])
    unit = m[2].lower()
    count = "X" if amount is None else str(amount)
    if unit == "decade":
        return TimexValue("DURATION", f"P{count if amount is None else amount * 10}Y")
    prefix = "PT" if unit in ("hour", "minute") else "P"
    return TimexValue("DURATION", f"{prefix}{count}{UNIT_CODES[unit]}")


_RULES = (_rule_full, _rule_month_day, _rule_year, _rule_relative_day, _rule_weekday, _rule_relative_period, _rule_duration)

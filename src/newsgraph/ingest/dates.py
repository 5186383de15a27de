"""Article dates: normalizing metadata dates, and reading a dateline at the top of the body.

A dateline ("MOSCOW, July 26 (Reuters) -") gives ``ArticleDate(source="dateline")``.  When it
has no year it gives its day with the year unknown (``XXXX-07-26``, ``inferred``): the year is
the one of ``--date`` that puts the day nearest it (``dated_near``), else one the times stage
finds the text gives (an anniversary), else none.  The years a text writes are no guide on their own: wire copy
writes last year's results and next year's targets far more often than its own year (of
1,310 Reuters-21578 stories with a yearless dateline and a year in the text, the latest year
written was the story's own in 288).  The agency in brackets is a cited source.
"""

from __future__ import annotations

import email.utils
import re
import time
from datetime import date, datetime

from ..model import ArticleDate, Span

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
# "March 3", "Mar. 3" and the wire's capitals "MARCH 3"
_MONTH = r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
# A dateline's place written as a name ("New York, March 2 -", as some wire desks write it),
# though not a weekday ("Monday, March 3 - ..."); the places stage reads it too.
DATELINE_NAME = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
# The place in capitals ("NEW YORK"), or written as a name
_PLACE = rf"[A-Z][A-Z.'’ -]{{1,40}}|{DATELINE_NAME}"
DATELINE = re.compile(
    rf"^(?P<place>(?:{_PLACE})(?:,\s*[A-Z][\w.'’ -]{{1,30}})?)\s*,\s*"
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))"
    rf"(?:,?\s+(?P<year>\d{{4}}))?(?:\s*\((?P<agency>[^)]{{1,40}})\))?(?:\s*,)?\s*(?:[-–—:]+|_)\s"
)
# A dateline set on a line of its own ("MIAMI (AP) --", "WASHINGTON _", "JOHANNESBURG,
# August 7 (Xinhua) --"): the first words of the body, not a headline. The underscore is the
# dash of some wires' copy.
DATELINE_ALONE = re.compile(rf"^(?:{_PLACE})(?:,\s*[^()\n]{{1,40}}?)?(?:\s*\([^)\n]{{1,40}}\))?\s*(?:--|[-–—_])$")
YEARLESS = "XXXX-"  # the value of a dateline's day whose year is not known yet
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalize_date(value: object) -> str | None:
    """YYYY-MM-DD for a metadata date (ISO, RFC 2822, time.struct_time, common forms), or None."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return _valid(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if match := _ISO_PREFIX.match(text):
        return _valid(*(int(g) for g in match.groups()))
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        return parsed.strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    return _dateparser(text)


def _dateparser(text: str) -> str | None:
    import dateparser  # slow to import; only needed for unusual metadata dates

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.strftime("%Y-%m-%d") if parsed else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def metadata_date(value: object) -> ArticleDate | None:
    """The ArticleDate of a metadata value, or None when it is not a date."""
    normalized = normalize_date(value)
    return ArticleDate(normalized, inferred=False, source="metadata") if normalized else None


def read_dateline(text: str) -> tuple[ArticleDate | None, str | None]:
    """The date and agency of a dateline opening ``text`` (either may be None)."""
    match = DATELINE.match(text)
    if not match:
        return None, None
    agency = match["agency"].strip() if match["agency"] else None
    month = _MONTHS[(match["month"] or match["month2"])[:3].lower()]
    day = int(match["day"] or match["day2"])
    evidence = (Span.of(text, match.start(), match.start() + len(match.group(0).rstrip(" ,-–—:\n"))),)
    if match["year"]:
        value = _valid(int(match["year"]), month, day)
        return (ArticleDate(value, False, "dateline", evidence) if value else None), agency
    if _valid(2000, month, day) is None:  # a leap year, so that February 29 stays a day
        return None, agency
    return ArticleDate(f"{YEARLESS}{month:02d}-{day:02d}", True, "dateline", evidence), agency


def is_yearless(article_date: ArticleDate) -> bool:
    return article_date.value.startswith(YEARLESS)


def with_year(article_date: ArticleDate, year: int, evidence: tuple[Span, ...] = ()) -> ArticleDate | None:
    """A yearless dateline's day in ``year`` (None when that year lacks the day, February 29),
    still ``inferred``: the year was worked out, not written."""
    month, day = (int(part) for part in article_date.value[len(YEARLESS) :].split("-"))
    value = _valid(year, month, day)
    return ArticleDate(value, True, article_date.source, (*article_date.evidence, *evidence)) if value else None


def dated_near(article_date: ArticleDate, anchor: str) -> ArticleDate | None:
    """A yearless dateline's day in the year that puts it nearest ``anchor`` (YYYY-MM-DD, the
    date the user gave): a story filed on 31 December may carry the dateline of 1 January.
    Given by the user and the dateline together, the date is not ``inferred``."""
    given = date.fromisoformat(anchor[:10])
    candidates = [found for year in (given.year - 1, given.year, given.year + 1) if (found := with_year(article_date, year))]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda found: abs((date.fromisoformat(found.value) - given).days))
    return ArticleDate(nearest.value, False, nearest.source, nearest.evidence)

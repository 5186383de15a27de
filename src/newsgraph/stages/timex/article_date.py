"""The article date inferred from its text, when no metadata, dateline or argument gives one.

The year is the latest of: years that an anniversary's arithmetic yields ("70th anniversary"
with 1953 and 2023 in its sentence gives 2023) and years of explicit dates (a month with
its year, or a day) reported in the past tense (an article is written after what it
reports); else the latest explicit date not in a future-tense clause.  Bare years ("in
2004") reported in the past, or in a participle of what was done ("a claim filed in 1999"),
may raise that year but never give one alone: on their own
they are mostly history.  Years after "by", "until" or "before" are bounds and not used.

When an anniversary gives the year, the day is the latest yearless day of that year reported
in the past tense ("resigned on 12 March"), else the first yearless day named in another
tense; a year read off written dates gives no day, since it only bounds the article from
below and its yearless days may be of either year.  A day that writes its year ("on
17 March 2003", "the laws introduced after the attacks on 11 September 2001") gives no day:
news leaves the year off the days of its own year, so a written year mostly says the day is
of another one (a past one bounds the article from below).  Only days
that name their month count: a weekday or "today" says nothing about the day until the day
is known, and a holiday told in the past ("sales over Christmas") is as often weeks back.  The result is ``inferred`` with source ``text`` and the spans it
rests on as evidence.
"""

from __future__ import annotations

import re
from datetime import date

from ...model import ArticleDate, Span
from . import Candidate, Context
from .syntax import Syntax

ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.IGNORECASE)
_YEAR_IN_VALUE = re.compile(r"^(\d{4})(?:-\d\d(?:-\d\d)?)?$")
_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d\d)-(\d\d)")
BOUNDS = frozenset({"BEFORE", "ON_OR_BEFORE"})
# A calendar year, alone or with a month ("2004", "2004-03", "2004-03-12"); group 2 the month.
YEAR_LED = re.compile(r"^(\d{4})(-\d\d)?(?:-\d\d)?(?:T.*)?$")


def anniversary_years(text: str, syntax: Syntax, candidates: list[Candidate]) -> list[tuple[int, int, list[Span], Span]]:
    """For each "Nth anniversary" with two or more years in its sentence: (N, earliest year,
    the year spans, the mention)."""
    found = []
    for match in ANNIVERSARY.finditer(text):
        sentence = syntax.sentence_span(match.start())
        years = []
        for cand in candidates:
            if sentence.start <= cand.start < sentence.end:
                value = cand.value(Context())
                if value and (m := _YEAR_IN_VALUE.match(value.value)):
                    years.append((int(m[1]), Span.of(text, cand.start, cand.end)))
        if len({y for y, _ in years}) >= 2:
            origin = min(years, key=lambda pair: pair[0])
            found.append((int(match[1]), origin[0], [span for _, span in years], Span.of(text, match.start(), match.end())))
    return found


def infer_article_date(text: str, candidates: list[Candidate], syntax: Syntax) -> ArticleDate | None:
    year, year_evidence, counted = _infer_year(text, candidates, syntax)
    if year is None:
        return None
    # A year read off dates that write it bounds the article from below (news leaves the year
    # off its own year's dates): yearless days may then be of either year, and give no day.
    day, day_span = _infer_day(text, candidates, syntax, year) if counted else (None, None)
    value = f"{year:04d}-{day}" if day else f"{year:04d}"
    evidence = tuple(sorted({*year_evidence, *([day_span] if day_span else [])}, key=lambda s: s.start))
    return ArticleDate(value, inferred=True, source="text", evidence=evidence)


def year_of_writing(text: str, candidates: list[Candidate], syntax: Syntax) -> tuple[int, list[Span]] | None:
    """The year the article is written in, when the text gives it (an anniversary's
    arithmetic) rather than only bounding it from below, with its evidence."""
    year, evidence, counted = _infer_year(text, candidates, syntax)
    return (year, evidence) if year is not None and counted else None


def _infer_year(text: str, candidates: list[Candidate], syntax: Syntax) -> tuple[int | None, list[Span], bool]:
    """The year, its evidence, and whether an anniversary's arithmetic gave it (the year the
    article is written in, not a lower bound of it)."""
    weighted: list[tuple[int, list[Span]]] = []
    for ordinal, origin, spans, mention in anniversary_years(text, syntax, candidates):
        target = origin + ordinal
        if any(span.text.find(str(target)) >= 0 for span in spans):
            weighted.append((target, [mention, *spans]))
    explicit: list[tuple[int, list[Span]]] = []
    past: list[tuple[int, list[Span]]] = []
    bare_past: list[tuple[int, list[Span]]] = []
    for cand in candidates:
        before = text[syntax.sentence_span(cand.start).start : cand.start][-30:]
        value = cand.value(Context(before=before))
        if value is None or value.type not in ("DATE", "TIME") or not (m := YEAR_LED.match(value.value)):
            continue
        if value.mod in BOUNDS:
            continue  # "expected to reach $5bn by 2008": a deadline, not when something happened
        entry = (int(m[1]), [Span.of(text, cand.start, cand.end)])
        tense = syntax.tense_at(cand.start, cand.end)
        if tense == "past":
            (past if m[2] else bare_past).append(entry)
        elif tense is None and not m[2] and _done_participle(syntax, cand.start, cand.end):
            bare_past.append(entry)  # "a claim filed in 1999": done before the article, which is later
        elif m[2] and tense != "future":
            explicit.append(entry)  # "plans for March 2026" tells when the article was not
    pool = weighted + past or explicit
    if not pool:
        return None, [], False  # bare years alone are mostly history ("founded in 1997"): no date
    # A bare year reported in the past may raise the year a written-out date gives.
    best = max(pool + bare_past, key=lambda entry: entry[0])
    return best[0], best[1], any(best is entry for entry in weighted)


def _done_participle(syntax: Syntax, start: int, end: int) -> bool:
    """A year in a participle clause of a noun with no auxiliary ("the claim, filed in 1999"):
    what it dates was done, as a past-tense verb would say ("to be held in 2012" is not)."""
    verb = syntax.governing_verb(start, end)
    if verb is None or verb.tag != "VBN" or verb.dep != "acl":
        return False
    return not any(syntax.tokens[i].dep in ("aux", "auxpass") for i in syntax.children.get(verb.i, ()))


def _infer_day(text: str, candidates: list[Candidate], syntax: Syntax, year: int) -> tuple[str | None, Span | None]:
    # Two anchors in the same year: a day that moves with the anchor ("Saturday", "today")
    # is relative to the unknown day and is no evidence for it.
    january, july = Context(anchor=date(year, 1, 1), year_only=True), Context(anchor=date(year, 7, 1), year_only=True)
    days = []
    for cand in candidates:
        value = cand.value(january)
        if value is None or value.type not in ("DATE", "TIME") or not (m := _DAY_VALUE.match(value.value)):
            continue
        before = text[syntax.sentence_span(cand.start).start : cand.start][-30:]
        bound = cand.value(Context(anchor=date(year, 1, 1), year_only=True, before=before))
        if bound is not None and bound.mod in BOUNDS:
            continue  # "have until 21 March to appeal": a deadline after the article, not its day
        if cand.family == "holiday":
            continue
        other = cand.value(july)
        if int(m[1]) != year or other is None or other.value != value.value:
            continue
        if not value.relative:
            continue  # "resigned on 17 March 2003": news leaves the year off its own year's days
        in_past = syntax.tense_at(cand.start, cand.end) == "past"
        days.append((f"{m[2]}-{m[3]}", in_past, Span.of(text, cand.start, cand.end)))
    if not days:
        return None, None
    # The latest yearless day reported in the past ("resigned on 12 March"), else the first day.
    past = [d for d in days if d[1]]
    chosen = max(past, key=lambda d: d[0]) if past else days[0]
    return chosen[0], chosen[2]

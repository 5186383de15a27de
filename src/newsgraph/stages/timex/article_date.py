"""The article date inferred from its text, when no metadata, dateline or argument gives one.

The year is the latest of: years that an anniversary's arithmetic yields ("70th anniversary"
with 1953 and 2023 in its sentence gives 2023) and years of explicit dates reported in the
past tense (else of any explicit date).  The day is the latest day-level date in that year
reported in the past tense (an article is written after what it reports), else the first one.
The result is ``inferred`` with source ``text`` and the spans it rests on as evidence.
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
    year, year_evidence = _infer_year(text, candidates, syntax)
    if year is None:
        return None
    day, day_span = _infer_day(text, candidates, syntax, year)
    value = f"{year:04d}-{day}" if day else f"{year:04d}"
    evidence = tuple(sorted({*year_evidence, *([day_span] if day_span else [])}, key=lambda s: s.start))
    return ArticleDate(value, inferred=True, source="text", evidence=evidence)


def _infer_year(text: str, candidates: list[Candidate], syntax: Syntax) -> tuple[int | None, list[Span]]:
    weighted: list[tuple[int, list[Span]]] = []
    for ordinal, origin, spans, mention in anniversary_years(text, syntax, candidates):
        target = origin + ordinal
        if any(span.text.find(str(target)) >= 0 for span in spans):
            weighted.append((target, [mention, *spans]))
    explicit, past = [], []
    for cand in candidates:
        value = cand.value(Context())
        if value is None or value.type not in ("DATE", "TIME") or not re.match(r"^\d{4}-\d\d", value.value):
            continue
        entry = (int(value.value[:4]), [Span.of(text, cand.start, cand.end)])
        explicit.append(entry)
        if syntax.tense_at(cand.start, cand.end) == "past":
            past.append(entry)
    pool = weighted + past or explicit
    if not pool:
        return None, []
    best = max(pool, key=lambda entry: entry[0])
    return best[0], best[1]


def _infer_day(text: str, candidates: list[Candidate], syntax: Syntax, year: int) -> tuple[str | None, Span | None]:
    anchor_context = Context(anchor=date(year, 1, 1), year_only=True)
    days = []
    for cand in candidates:
        value = cand.value(anchor_context)
        if value is None or value.type not in ("DATE", "TIME") or not (m := _DAY_VALUE.match(value.value)):
            continue
        if int(m[1]) != year:
            continue
        days.append((f"{m[2]}-{m[3]}", syntax.tense_at(cand.start, cand.end) == "past", Span.of(text, cand.start, cand.end)))
    if not days:
        return None, None
    past = [d for d in days if d[1]]
    chosen = max(past, key=lambda d: d[0]) if past else days[0]
    return chosen[0], chosen[2]

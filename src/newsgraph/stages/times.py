"""Times: time expressions recognized and normalized TIMEX3-style against the article date.

Requires the analysis; provides ``times`` and ``article.date``.  Recognition is rule-based
(month names, numeric dates, weekdays, relative days, durations), completed by the model's
DATE entities; normalization is the grammar in ``timex_grammar`` on each recognized span
only, never on the whole text (free-text date search finds dates in names).

The article date comes from the input (metadata, dateline or ``--date``); when there is none
it is inferred from the explicit full dates in the text and marked ``inferred``.  When no
date can be found at all, relative expressions keep unknown parts as X (``XXXX-07-26``) and a
``date_unknown`` flag says so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import Analysis, ArticleDate, Document, Flag, Span, TimeExpr
from ..settings import Settings
from .base import ANALYSIS, next_id
from .timex_grammar import TimexValue, find_time_expressions, normalize


class TimeStage:
    name = "times"
    requires = frozenset({ANALYSIS})
    provides = frozenset({"times", "article.date"})

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        text = doc.article.text
        spans = _candidate_spans(text, analysis)
        article_date = doc.article.date or _infer_article_date(text, spans)
        anchor = _anchor(article_date)
        times = []
        for span in spans:
            value = normalize(span.text, anchor)
            if value is not None:
                times.append(_time(len(times), span, value, article_date))
        article = doc.article if article_date is doc.article.date else replace(doc.article, date=article_date)
        flags = doc.flags if article_date else doc.flags + (_unknown_date_flag(),)
        return doc.with_(article=article, times=tuple(times), flags=flags)


def _candidate_spans(text: str, analysis: Analysis) -> list[Span]:
    """Rule matches first; model DATE/TIME entities where no rule matched."""
    spans = [Span.of(text, s, e) for s, e in find_time_expressions(text)]
    for named in analysis.named:
        if named.label not in ("DATE", "TIME"):
            continue
        candidate = Span.of(text, named.start, named.end)
        if not any(candidate.overlaps(s) for s in spans):
            spans.append(candidate)
    return sorted(spans, key=lambda s: s.start)


def _anchor(article_date: ArticleDate | None) -> date | None:
    if article_date is None:
        return None
    parts = article_date.value.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    return None


FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _infer_article_date(text: str, spans: list[Span]) -> ArticleDate | None:
    """The latest explicit full date in the text, as the best guess of when it was written."""
    dated = []
    for span in spans:
        value = normalize(span.text, None)
        if value is not None and FULL_DATE.match(value.value):
            dated.append((value.value, span))
    if not dated:
        return None
    value, span = max(dated, key=lambda pair: pair[0])
    return ArticleDate(value, inferred=True, source="text", evidence=(span,))


def _time(index: int, span: Span, value: TimexValue, article_date: ArticleDate | None) -> TimeExpr:
    anchor = article_date.value if (article_date and value.relative) else None
    return TimeExpr(next_id("t", index), span, value.type, value.value, value.mod, anchor)


def _unknown_date_flag() -> Flag:
    return Flag(
        kind="date_unknown",
        message="the article has no date and none could be inferred; relative dates keep X for unknown parts",
    )


def make(settings: Settings) -> TimeStage:
    return TimeStage()

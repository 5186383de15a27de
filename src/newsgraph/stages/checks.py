"""Checks: places where an article's times contradict each other, as ``flags``.

Requires the analysis and ``times``; provides ``flags``.  Each flag names both values and
cites both spans.  Kinds:

- ``date_conflict``: one happening given two days.  A day-level date is tied to the clause
  it governs; a clause naming a once-only happening (arrival, departure, death, birth,
  resignation, inauguration: ``resources/happenings.tsv``) with the same or an unnamed actor
  on another day conflicts ("arrived on July 25" vs "greeted at an airport on June 25").
- ``duration_mismatch``: a duration beside a date range it does not fit ("a three-day visit
  from May 3 to May 9").  Inclusive and exclusive counts are both accepted.
- ``anniversary_mismatch``: "Nth anniversary" with two or more years in its sentence, none of
  whose differences is N.
- ``future_past``: a date after the article's date (given, not inferred) governed by a verb in
  the past tense.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import combinations
from types import MappingProxyType
from typing import Iterator, Mapping

from ..model import Analysis, Document, Flag, Span, TimeExpr, Token
from ..resources import read_table
from ..settings import Settings
from .base import ANALYSIS
from .timex.article_date import ANNIVERSARY
from .timex.calendar import granularity, parse_anchor
from .timex.syntax import Syntax

_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|thru|-|–|—|and)\s*$")
_NEAR = re.compile(r"^[^();]{0,40}$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_REPEAT_WORDS = frozenset({"again", "return", "second", "another"})


@lru_cache(maxsize=1)
def happening_classes() -> Mapping[str, str]:
    return MappingProxyType({row["lemma"]: row["class"] for row in read_table("happenings.tsv")})


class CheckStage:
    name = "checks"
    requires = frozenset({ANALYSIS, "times"})
    provides = frozenset({"flags"})

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        syntax = Syntax(analysis)
        flags = (
            *date_conflicts(doc, syntax),
            *duration_mismatches(doc, syntax),
            *anniversary_mismatches(doc, syntax),
            *future_past(doc, syntax),
        )
        return doc.with_(flags=doc.flags + tuple(flags)) if flags else doc


def _clause_tokens(syntax: Syntax, head: Token) -> list[Token]:
    """The clause under ``head``: its subtree, without nested clauses."""
    found, stack = [], [head.i]
    while stack:
        index = stack.pop()
        found.append(syntax.tokens[index])
        for child in syntax.children.get(index, ()):
            tok = syntax.tokens[child]
            if not (tok.pos in ("VERB", "AUX") and tok.dep in ("ccomp", "advcl", "relcl", "conj", "parataxis")):
                stack.append(child)
    return found


def _happening(syntax: Syntax, time: TimeExpr) -> tuple[str, Token, list[Token]] | None:
    root = syntax.root_of(time.span.start, time.span.end)
    if root is None:
        return None
    head = syntax.clause_head(root)
    clause = _clause_tokens(syntax, head)
    classes = happening_classes()
    if any(t.lemma.lower() in _REPEAT_WORDS for t in clause):
        return None
    for tok in [head, *clause]:
        if tok.lemma.lower() in classes and not (tok.start >= time.span.start and tok.end <= time.span.end):
            return classes[tok.lemma.lower()], head, clause
    return None


def _actor(syntax: Syntax, head: Token) -> str | None:
    """The named subject of the clause (None for a pronoun, a passive without agent, nothing)."""
    for child in syntax.children.get(head.i, ()):
        tok = syntax.tokens[child]
        if tok.dep in ("nsubj", "nsubjpass") and tok.pos == "PROPN":
            return tok.text.lower()
    return None


def _same_actor(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a in b or b in a


def _evidence(text: str, head: Token, time: TimeExpr) -> Span:
    start, end = min(head.start, time.span.start), max(head.end, time.span.end)
    return Span.of(text, start, end)


def date_conflicts(doc: Document, syntax: Syntax) -> Iterator[Flag]:
    text = doc.article.text
    seen: dict[str, list[tuple[TimeExpr, Token, str | None]]] = {}
    for time in doc.times:
        if time.type not in ("DATE", "TIME") or not _DAY.match(time.value):
            continue
        found = _happening(syntax, time)
        if found:
            kind, head, _ = found
            seen.setdefault(kind, []).append((time, head, _actor(syntax, head)))
    reported: set[tuple[str, str, str]] = set()
    for kind, items in seen.items():
        for (t1, h1, a1), (t2, h2, a2) in combinations(items, 2):
            v1, v2 = t1.value[:10], t2.value[:10]
            if v1 == v2 or not _same_actor(a1, a2) or (kind, v1, v2) in reported:
                continue
            reported.add((kind, v1, v2))
            yield Flag(
                "date_conflict",
                f"the {kind} is dated {v1} here and {v2} there",
                (v1, v2),
                (_evidence(text, h1, t1), _evidence(text, h2, t2)),
            )


def _ranges(doc: Document) -> Iterator[tuple[TimeExpr, TimeExpr]]:
    text = doc.article.text
    for first, second in zip(doc.times, doc.times[1:]):
        if _DAY.match(first.value) and _DAY.match(second.value) and _RANGE_JOIN.match(text[first.span.end : second.span.start]):
            yield first, second


def _fits(duration: str, start: date, end: date) -> bool | None:
    m = re.fullmatch(r"P(\d+)([DWMY])", duration)
    if m is None:
        return None
    n, unit, days = int(m[1]), m[2], (end - start).days
    if unit == "D":
        return days in (n, n - 1)
    if unit == "W":
        return abs(days - 7 * n) <= 3
    months = (end.year - start.year) * 12 + end.month - start.month
    return abs(months - (n if unit == "M" else 12 * n)) <= 1


def duration_mismatches(doc: Document, syntax: Syntax) -> Iterator[Flag]:
    text = doc.article.text
    durations = [t for t in doc.times if t.type == "DURATION"]
    for first, second in _ranges(doc):
        for duration in durations:
            gap = text[duration.span.end : first.span.start] if duration.span.end <= first.span.start else text[second.span.end : duration.span.start]
            if duration.span.start >= second.span.end + 41 or not _NEAR.match(gap):
                continue
            start, end = parse_anchor(first.value), parse_anchor(second.value)
            if start and end and _fits(duration.value, start, end) is False:
                whole = Span.of(text, first.span.start, second.span.end)
                yield Flag(
                    "duration_mismatch",
                    f"{duration.span.text!r} ({duration.value}) does not fit {first.value} to {second.value}",
                    (duration.value, f"{first.value}/{second.value}"),
                    (duration.span, whole),
                )


def anniversary_mismatches(doc: Document, syntax: Syntax) -> Iterator[Flag]:
    text = doc.article.text
    for match in ANNIVERSARY.finditer(text):
        sentence = syntax.sentence_span(match.start())
        years = [
            (int(t.value[:4]), t) for t in doc.times
            if sentence.start <= t.span.start < sentence.end and t.type == "DATE" and re.match(r"^\d{4}(-\d\d)*$", t.value)
        ]
        distinct = sorted({y for y, _ in years})
        ordinal = int(match[1])
        if len(distinct) < 2 or any(b - a == ordinal for a, b in combinations(distinct, 2)):
            continue
        first = next(t for y, t in years if y == distinct[0])
        last = next(t for y, t in years if y == distinct[-1])
        yield Flag(
            "anniversary_mismatch",
            f"the {match[0]} does not fit {distinct[0]} and {distinct[-1]} ({distinct[-1] - distinct[0]} years apart)",
            (str(distinct[0]), str(distinct[-1])),
            (Span.of(text, match.start(), match.end()), first.span, last.span),
        )


def future_past(doc: Document, syntax: Syntax) -> Iterator[Flag]:
    article_date = doc.article.date
    if article_date is None or article_date.inferred or granularity(article_date.value) != "day":
        return
    text = doc.article.text
    for time in doc.times:
        kind = granularity(time.value)
        if time.type not in ("DATE", "TIME") or kind not in ("day", "time", "month", "year"):
            continue
        width = {"day": 10, "time": 10, "month": 7, "year": 4}[kind]
        if time.value[:width] <= article_date.value[:width]:
            continue
        verb = syntax.governing_verb(time.span.start, time.span.end)
        if verb is not None and syntax.tense(verb) == "past" and verb.lemma not in ("schedule", "plan", "set", "expect"):
            yield Flag(
                "future_past",
                f"{time.value} is after the article's date {article_date.value} but reported as past ({verb.text!r})",
                (time.value, article_date.value),
                (_evidence(text, verb, time), time.span),
            )


def make(settings: Settings) -> CheckStage:
    return CheckStage()

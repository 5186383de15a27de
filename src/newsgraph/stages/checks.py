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
- ``future_past``: an explicit calendar date (a month name with a day or year) after the
  article's date (given, not inferred) hanging directly on a verb in the past tense.  Target
  dates ("postponed until May 20") and schedules do not count; a yearless date in a past-tense
  clause is already resolved into the past by the time stage, so only written-out years or
  dates within a week after the article's date can trip it.

Measured on the 256 TempEval-3 training documents (dated by their DCT), the checks raise two
flags in all; both are about arrivals a day apart and are worth a reader's look.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache
from itertools import combinations
from types import MappingProxyType

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
# The day must be named in the span: a bare "10 p.m." only borrows the article's day.
_NAMED_DAY = re.compile(r"\d{4}|[A-Z][a-z]{2}\.?\s+\d|\d\s+[A-Z][a-z]{2}|day\b|\b(?:today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:to|until|till|for|by|through|before)\s+$", re.IGNORECASE)
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


_PERSONAL = frozenset({"he", "she", "it", "they", "we", "i"})
_DEFINITE = frozenset({"the", "this", "that", "his", "her", "its", "their"})


def _actor(syntax: Syntax, head: Token) -> tuple[str, str] | None:
    """The clause's subject as (kind, key): name, definite (the minister), pronoun or other."""
    for child in syntax.children.get(head.i, ()):
        tok = syntax.tokens[child]
        if tok.dep not in ("nsubj", "nsubjpass"):
            continue
        if tok.pos == "PROPN":
            return ("name", tok.text.lower())
        if tok.text.lower() in _PERSONAL:
            return ("pronoun", tok.text.lower())
        determiners = {syntax.tokens[i].text.lower() for i in syntax.children.get(tok.i, ()) if syntax.tokens[i].dep in ("det", "poss")}
        if tok.pos == "NOUN" and determiners & _DEFINITE and tok.tag == "NN":
            return ("definite", tok.lemma.lower())
        return ("other", tok.lemma.lower())
    return None


def _same_actor(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """One actor in both clauses, as far as the words tell.

    At least one side must name someone (a proper name or a definite singular noun such as
    "the minister"); the other may be the same, a pronoun or no subject.  "Two soldiers died
    on Monday, another on Tuesday" names nobody, so no conflict is claimed.
    """
    sides = [x for x in (a, b) if x is not None]
    if any(kind == "other" for kind, _ in sides):
        return False
    named = [x for x in sides if x[0] in ("name", "definite")]
    if not named:
        return False
    if len(named) == 2 and named[0][0] == named[1][0]:
        first, second = named[0][1], named[1][1]
        return first in second or second in first
    return True


def _evidence(text: str, head: Token, time: TimeExpr) -> Span:
    start, end = min(head.start, time.span.start), max(head.end, time.span.end)
    return Span.of(text, start, end)


def date_conflicts(doc: Document, syntax: Syntax) -> Iterator[Flag]:
    text = doc.article.text
    seen: dict[str, list[tuple[TimeExpr, Token, tuple[str, str] | None]]] = {}
    for time in doc.times:
        if time.type not in ("DATE", "TIME") or not _DAY.match(time.value) or not _NAMED_DAY.search(time.span.text):
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
    for first, second in itertools.pairwise(doc.times):
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
        years = [(int(t.value[:4]), t) for t in doc.times if sentence.start <= t.span.start < sentence.end and t.type == "DATE" and re.match(r"^\d{4}(-\d\d)*$", t.value)]
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


_MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d|,?\s+\d{4}|$)|^\d{4}-\d\d-\d\d$")


def _attached_to(syntax: Syntax, time: TimeExpr) -> Token | None:
    """The verb the time hangs on directly ("released ... on May 20"), else None."""
    root = syntax.root_of(time.span.start, time.span.end)
    if root is None or root.head == root.i:
        return None
    head = syntax.tokens[root.head]
    if head.dep == "prep" and head.head != head.i:
        head = syntax.tokens[head.head]
    return head if head.pos in ("VERB", "AUX") else None


def future_past(doc: Document, syntax: Syntax) -> Iterator[Flag]:
    """Explicit calendar dates after a given article date that a past-tense verb governs."""
    article_date = doc.article.date
    if article_date is None or article_date.inferred or granularity(article_date.value) != "day":
        return
    text = doc.article.text
    for time in doc.times:
        kind = granularity(time.value)
        if time.type not in ("DATE", "TIME") or kind not in ("day", "time", "month") or not _MONTH_NAME.search(time.span.text):
            continue
        width = 7 if kind == "month" else 10
        if time.value[:width] <= article_date.value[:width]:
            continue
        if _TARGET.search(text[max(0, time.span.start - 12) : time.span.start]):
            continue  # "postponed until May 20": a target date, not when it happened
        verb = _attached_to(syntax, time)
        if verb is not None and syntax.tense(verb) == "past" and verb.lemma not in ("schedule", "plan", "set", "expect", "end"):
            yield Flag(
                "future_past",
                f"{time.value} is after the article's date {article_date.value} but reported as past ({verb.text!r})",
                (time.value, article_date.value),
                (_evidence(text, verb, time), time.span),
            )


def make(settings: Settings) -> CheckStage:
    return CheckStage()

"""English time expressions: find them in text and normalize them TIMEX3-style.

``find_time_expressions(text)`` returns the leftmost-longest, non-overlapping matches of the
pattern families in ``grammar``; a month or weekday name counts only when capitalized, so the
verbs "may" and "march" are not dates, and nothing here searches free text with a date
parser (that finds dates in names).  ``Candidate.value(ctx)`` and ``normalize(text, anchor)``
give the TIMEX3 type, value and mod of one recognized span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .families import COMPILED, HANDLERS
from .grammar import Context, TimexValue
from .prefilter import lowered_for_filter, may_match, required_words

__all__ = ["Candidate", "Context", "TimexValue", "find_time_expressions", "normalize"]

_NAME_GROUPS = ("month", "weekday")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    family: str
    match: re.Match

    def value(self, ctx: Context) -> TimexValue | None:
        return HANDLERS[self.family](self.match, ctx)


def _proper_names_capitalized(match: re.Match) -> bool:
    for group in _NAME_GROUPS:
        text = match.groupdict().get(group)
        if text and not text[0].isupper():
            return False
    return True


_ARTICLE_BEFORE_ADJECTIVE = re.compile(r"(?:an?|the)\s+(?=\S+-(?:\S+)$)", re.IGNORECASE)


# Each family with the strings one of which any match needs (``prefilter``).
_FILTERED = tuple((family, pattern, required_words(pattern)) for family, pattern in COMPILED)


def _all_matches(text: str) -> list[Candidate]:
    found = []
    lowered = lowered_for_filter(text)
    for family, pattern, words in _FILTERED:
        if not may_match(words, lowered):
            continue
        for match in pattern.finditer(text):
            if match.end() > match.start() and _proper_names_capitalized(match):
                found.append(_trimmed(Candidate(match.start(), match.end(), family, match)))
    return found


def _trimmed(cand: Candidate) -> Candidate:
    """TimeML leaves the article out of a hyphenated modifier: a [three-day] visit."""
    lead = _ARTICLE_BEFORE_ADJECTIVE.match(cand.match.group(0))
    if lead and cand.family in ("duration", "quarter") and not cand.match.group(0).lower().startswith("the past"):
        return Candidate(cand.start + lead.end(), cand.end, cand.family, cand.match)
    return cand


def find_time_expressions(text: str) -> list[Candidate]:
    """Non-overlapping candidates, the longest winning, in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(_all_matches(text), key=lambda c: (-(c.end - c.start), c.start)):
        if not any(cand.start < end and start < cand.end for start, end in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def normalize(span_text: str, anchor: date | None = None, tense: str | None = None) -> TimexValue | None:
    """The TIMEX3 value of one expression given on its own, or None if it is not understood."""
    text = " ".join(span_text.replace("\u2013", "-").split()).rstrip(",;")
    for family, pattern in COMPILED:
        match = pattern.fullmatch(text)
        if match and _proper_names_capitalized(match):
            value = HANDLERS[family](match, Context(anchor, tense, "", text))
            if value is not None:
                return value
    return None

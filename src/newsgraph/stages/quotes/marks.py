"""Quoted stretches of text: pairs of quote marks inside one paragraph.

Double marks (“…”, "…", «…») are the outer quotes; single curly marks (‘…’) count as a quote
of their own only outside double marks (inside they are a quote within the quote, part of the
outer one). A closing ’ followed by a letter is an apostrophe ("today’s"). A double quote
left open at the end of a paragraph runs to the paragraph's end: news writing opens each
paragraph of a long quote again and closes only the last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
CONTENT_TRIM = " \t,"
# Every character ``_in_paragraph`` acts on, and the doubled marks ``_mark_at`` reads as one.
_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT + SINGLE_OPEN + SINGLE_CLOSE) + "]|''|``")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted stretch: ``open_at`` and ``close_at`` are the marks (``close_at`` is the
    paragraph end when unclosed); ``start``/``end`` the words inside, without the marks."""

    open_at: int
    close_at: int
    start: int
    end: int
    single: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def quoted_spans(text: str) -> list[Quoted]:
    """Every quoted stretch of the text, in order."""
    found: list[Quoted] = []
    for start, end in paragraphs(text):
        found.extend(_in_paragraph(text, start, end))
    return found


def _in_paragraph(text: str, start: int, end: int) -> list[Quoted]:
    found: list[Quoted] = []
    double_at: int | None = None
    double_width = 1
    single_at: int | None = None
    at = start
    while at < end:
        # Only marks change anything: go straight to the next one (every character passed over
        # is one wide, so the walk stops where a character-by-character walk would).
        mark = _MARK.search(text, at)
        if mark is None or mark.start() >= end:
            break
        at = mark.start()
        char, width = _mark_at(text, at)
        if double_at is None and (char in DOUBLE_OPEN or char == STRAIGHT):
            double_at, double_width, single_at = at, width, None
        elif double_at is not None and (char in DOUBLE_CLOSE or char == STRAIGHT or (char == "“" and _closes(text, at, end))):
            found.append(_make(text, double_at, at, double_width))
            double_at = None
        elif double_at is None and char == SINGLE_OPEN and (at == start or not text[at - 1].isalnum()):
            single_at = at
        elif double_at is None and single_at is not None and char == SINGLE_CLOSE and _closes(text, at, end):
            found.append(_make(text, single_at, at, single=True))
            single_at = None
        at += width
    if double_at is not None and text[double_at] in DOUBLE_OPEN:
        found.append(_make(text, double_at, end))
    return [q for q in found if q.end > q.start]


def _mark_at(text: str, at: int) -> tuple[str, int]:
    """The mark at ``at`` and its width: two apostrophes or backquotes ('' ``) are one
    straight double mark, as some wire and newspaper archives write them."""
    if text[at : at + 2] in ("''", "``"):
        return STRAIGHT, 2
    return text[at], 1


def _closes(text: str, at: int, end: int) -> bool:
    """A mark closes when no letter follows it (else it is an apostrophe or a stray mark)."""
    return at + 1 >= end or not text[at + 1].isalpha()


def _make(text: str, open_at: int, close_at: int, width: int = 1, single: bool = False) -> Quoted:
    start, end = open_at + width, close_at
    while start < end and text[start] in CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in CONTENT_TRIM:
        end -= 1
    return Quoted(open_at, close_at, start, end, single)

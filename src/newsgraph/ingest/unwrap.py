"""Hard-wrapped plain text (e-mail, wire copy, old archives) joined back into paragraphs.

Such text breaks lines at a fixed width inside sentences; the stages read a line as a
paragraph, so a quote or a sentence cut at a line break would be lost.  The text is taken to
be wrapped when most lines that another line follows are about as long as the longest of them
(the wrap width, at most ``MAX_WIDTH`` characters).  A line then joins the next one when the
next line's first word would not have fitted after it: a writer (or a mail program) wrapping
at that width had to break there.  A short line whose next word would have fitted ends its
paragraph on purpose (a heading, a list item, a signature), a line indented deeper than the
one before opens a paragraph, and blank lines always stay.

Joined lines are separated by one space (a line ending in a hyphen joins without one, the
hyphen kept: "well-" + "known").  Offsets of the stages point into the joined text.
"""

from __future__ import annotations

import itertools
import math

MAX_WIDTH = 120  # wider lines are paragraphs, not wrapped lines
WIDTH_SHARE = 0.9  # share of those lines no longer than the width
MIN_WRAPPED_LINES = 3  # lines followed by another line, needed to tell a width
FULL_SHARE = 0.6  # share of those lines that must be near the width ...
FULL_RATIO = 0.7  # ... at least this fraction of it
_SLACK = 1  # a wrapper may leave a trailing space or count a character differently


def unwrap(text: str) -> str:
    """``text`` with the lines of wrapped paragraphs joined; unchanged when not wrapped."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip() and _wrapped(out[-1], line, width):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out)


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None when it is not hard-wrapped."""
    inner = [len(line) for line, after in itertools.pairwise(lines) if line.strip() and after.strip()]
    if len(inner) < MIN_WRAPPED_LINES:
        return None
    ordered = sorted(inner)
    width = ordered[math.ceil(WIDTH_SHARE * len(ordered)) - 1]  # a long URL may stick out
    if width > MAX_WIDTH:
        return None
    full = sum(1 for n in inner if n >= FULL_RATIO * width)
    return width if full >= FULL_SHARE * len(inner) else None


def _wrapped(line: str, after: str, width: int) -> bool:
    """The break after ``line`` was forced: the next word would not have fitted (and the next
    line is not indented deeper: an indent opens a paragraph)."""
    stripped = after.lstrip()
    if len(after) - len(stripped) > len(line) - len(line.lstrip()):
        return False
    first_word = stripped.split(" ", 1)[0]
    return len(line) + 1 + len(first_word) > width - _SLACK


def _join(line: str, after: str) -> str:
    after = after.lstrip()
    if line.endswith("-") and len(line) > 1 and line[-2].isalpha():
        return line + after
    return line + " " + after

"""Where a name is written in a text, found with ``str.find``.

The rules ask where a given name stands as a whole word ("Zelkova", not the "Zelkova" of
"Zelkovas" or "Zelkova-based") and which word stands before it.  A regex per name did that,
but compiling a regex for each name of each article cost more than the search itself; these
functions give the same spans as those regexes (``\\w`` is a letter, digit or underscore).
"""

from __future__ import annotations

import re
from functools import lru_cache

_BLANKS = " \t"


def _runs_on(char: str) -> bool:
    """A character that continues a word: ``[\\w\\-]``."""
    return char.isalnum() or char == "_" or char == "-"


def _is_word_char(char: str) -> bool:
    """``[\\w.\\-]``: a character of the word before a name (abbreviations keep their points)."""
    return char.isalnum() or char in "_.-"


def _free_before(text: str, start: int) -> bool:
    return start == 0 or not _runs_on(text[start - 1])


def _free_after(text: str, end: int) -> bool:
    return end == len(text) or not _runs_on(text[end])


@lru_cache(maxsize=4096)
def whole_word_spans(text: str, name: str, plural: bool = False) -> tuple[tuple[int, int], ...]:
    """The spans of ``(?<![\\w\\-])NAME(?![\\w\\-])`` in ``text``, left to right and not
    overlapping; with ``plural``, of ``NAME`` or ``NAMEs`` (``NAMEs?``)."""
    if not name:  # matches everywhere: left to the regex
        return tuple(m.span() for m in re.finditer(rf"(?<![\w\-]){'s?' if plural else ''}(?![\w\-])", text))
    found: list[tuple[int, int]] = []
    size = len(name)
    start = text.find(name)
    while start >= 0:
        end = start + size
        if plural and text[end : end + 1] == "s" and _free_after(text, end + 1):
            end += 1
        if _free_before(text, start) and _free_after(text, end):
            found.append((start, end))
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)
    return tuple(found)


@lru_cache(maxsize=4096)
def words_before(text: str, name: str) -> tuple[str, ...]:
    """The words ``re.finditer(rf"([\\w.\\-]+)[ \\t]+{re.escape(name)}(?![\\w\\-])", text)``
    captures: the run of word characters before blanks before each whole-word use of the name
    (a match starts no earlier than the last one ended)."""
    if not name or name[0] in _BLANKS:  # the blanks before it are not where the name starts: left to the regex
        return tuple(m.group(1) for m in re.finditer(rf"([\w.\-]+)[ \t]+{re.escape(name)}(?![\w\-])", text))
    found: list[str] = []
    size = len(name)
    last_end = 0
    start = text.find(name)
    while start >= 0:
        end = start + size
        if _free_after(text, end):
            blank = start
            while blank > 0 and text[blank - 1] in _BLANKS:
                blank -= 1
            word = blank
            while word > last_end and _is_word_char(text[word - 1]):
                word -= 1
            if blank < start and word < blank:
                found.append(text[word:blank])
                last_end = end
        start = text.find(name, start + 1)
    return tuple(found)

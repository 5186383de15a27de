"""Plain-text articles: the whole text is the body; a short first line set off by a blank
line is the headline (the common "headline, blank line, paragraphs" layout of text dumps).
Hard-wrapped text (lines broken at a fixed width inside sentences) is joined back into
paragraphs first (see ``unwrap``); the document's offsets point into the joined text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Article, Rejection
from ..settings import Settings
from .base import Draft, RawInput
from .dates import DATELINE_ALONE
from .decode import decode_bytes
from .ids import article_id
from .unwrap import unwrap

MAX_TITLE_CHARS = 150


def split_title(text: str) -> tuple[str | None, str]:
    """(headline, body) when the text opens with a headline line, else (None, text)."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.startswith("\n") or not rest.strip():
        return None, text
    line = first.strip()
    if not line or len(line) > MAX_TITLE_CHARS or (line[-1] in '.!?:;,"”’)' and not _ends_with_initials(line)):
        return None, text
    if DATELINE_ALONE.match(line):
        return None, text  # "MIAMI (AP) --" on a line of its own opens the body, no headline
    return line, rest.lstrip("\n")


_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


def _ends_with_initials(line: str) -> bool:
    """ "CHINA CALLS FOR BETTER TRADE DEAL WITH U.S.": a headline's last word may be initials,
    whose full stop ends no sentence."""
    return _INITIALS.search(line) is not None


def article_from_text(text: str, source: str) -> Article:
    """A draft Article of ``text`` (line endings normalized, headline split off)."""
    body = unwrap(text.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")
    title, body = split_title(body)
    return Article(text=body, id="", title=title, source_name=source)


class TextReader:
    """Any decodable text; the fallback when no other reader recognizes the input."""

    name = "text"

    def detect(self, raw: RawInput) -> float:
        return 0.1

    def read(self, raw: RawInput, settings: Settings) -> Iterator[Draft | Rejection]:
        yield Draft(article_from_text(decode_bytes(raw.data, raw.name), raw.name))


def make(settings: Settings | None = None) -> TextReader:
    return TextReader()


__all__ = ["TextReader", "article_from_text", "article_id", "make", "split_title"]

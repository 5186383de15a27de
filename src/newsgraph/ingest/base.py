"""What readers share: the raw input they are handed and the protocol they implement.

A reader turns one ``RawInput`` (bytes with a name) into draft articles or rejections.  A
draft is an ``Article`` whose text is the body as found; ``prepare_article`` then cleans it the
same way for every format.  Readers register through the ``newsgraph.readers`` entry-point
group (see ``registry.py``), the built-in ones included.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..model import Article, Rejection
from ..settings import Settings


@dataclass(frozen=True, slots=True)
class RawInput:
    """The bytes of one input and what we know of where they came from."""

    name: str  # shown in rejections: a path, "-", "feed.xml#2", "pages.warc:1234"
    data: bytes
    path: Path | None = None  # the file on disk, for readers that look for sibling files
    hint: str = ""  # the file name without a compression suffix, e.g. "story.html"
    url: str | None = None  # where the bytes were fetched from, when known (WARC, feeds)


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft article and captions found in markup (caption, credit) for the cleaning step."""

    article: Article
    captions: tuple[tuple[str, str | None], ...] = ()


class Reader(Protocol):
    """One input format."""

    name: str

    def detect(self, raw: RawInput) -> float:
        """How sure the reader is that ``raw`` is its format: 0 not at all, 1 certain."""
        ...

    def read(self, raw: RawInput, settings: Settings) -> Iterator[Draft | Rejection]:
        """Draft articles (to be cleaned and checked) and rejections found in ``raw``."""
        ...


def head_text(raw: RawInput, size: int = 2048) -> str:
    """The first bytes as lower-case text with the leading white space and BOM dropped, for sniffing."""
    return raw.data[:size].decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()

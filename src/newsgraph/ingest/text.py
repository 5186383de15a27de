"""Plain-text articles: the whole text is the body."""

from __future__ import annotations

from ..model import Article
from .ids import article_id


def article_from_text(text: str, source: str) -> Article:
    """An Article of ``text`` as it is (line endings normalized, outer blank lines dropped)."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return Article(text=body, id=article_id(body), source_name=source)

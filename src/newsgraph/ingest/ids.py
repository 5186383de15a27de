"""Stable article ids: the same text always gets the same id, wherever it was read."""

from __future__ import annotations

from ..model import text_hash


def article_id(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalized text (``model.text_hash``)."""
    return text_hash(text)[:16]

"""Stable article ids: the same text always gets the same id, wherever it was read."""

from __future__ import annotations

import hashlib


def normalized_for_hash(text: str) -> str:
    """Text with case and whitespace differences removed, for exact-duplicate detection."""
    return " ".join(text.casefold().split())


def article_id(text: str) -> str:
    """16 hex digits of the SHA-256 of the normalized text."""
    return hashlib.sha256(normalized_for_hash(text).encode("utf-8")).hexdigest()[:16]

"""Duplicates across a corpus: exact copies and near-duplicates (rewrites of the same story).

- Exact: the SHA-256 of the text with case and white space normalized (the store's
  ``text_hash``), so a copy that differs only in line breaks or capitals is still a copy.
- Near: MinHash signatures of word 5-gram shingles in an LSH index (datasketch).  A
  candidate from the index counts only when the estimated Jaccard overlap of the two
  shingle sets reaches the threshold (``near_duplicate_percent``, 80 by default): syndicated
  copies with a changed headline, byline or last paragraph.

Duplicates are recorded as links to the first-seen article, never dropped silently.  The
index can be seeded from a store (``seed``) so a second run still finds copies of articles
stored by the first.  Signatures are kept as bytes so a store can hold them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import text_hash

NUM_PERM = 128
SCHEME = "affine32"  # named, so stored signatures stay comparable across datasketch versions
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """The first-seen article a text duplicates, how (exact or near) and how similar."""

    duplicate_of: str
    kind: str  # "exact" | "near"
    similarity: float


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Overlapping runs of ``size`` words (all words for a shorter text)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash


def signature_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint64).tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


class DuplicateIndex:
    """The articles seen so far, to tell whether a new text repeats one of them."""

    def __init__(self, threshold: float = 0.8) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        self._signatures: dict[str, MinHash] = {}
        # the index only proposes candidates: ask it a little below the threshold for recall
        # (and never above 0.95, where it would need more bands than permutations)
        self._lsh = MinHashLSH(threshold=max(0.1, min(0.95, threshold - 0.1)), num_perm=NUM_PERM)

    def __len__(self) -> int:
        return len(self._exact)

    def seed(self, rows: Iterable[tuple[str, str, bytes | None]]) -> None:
        """Load (article id, text hash, signature bytes or None) rows of stored articles."""
        for article_id, hashed, data in rows:
            self._exact.setdefault(hashed, article_id)
            if data is not None and article_id not in self._signatures:
                self._remember(article_id, signature_from_bytes(data))

    def find(self, text: str, minhash: MinHash | None = None) -> DuplicateMatch | None:
        """The first-seen article ``text`` duplicates, or None."""
        first = self._exact.get(text_hash(text))
        if first is not None:
            return DuplicateMatch(first, "exact", 1.0)
        minhash = minhash or signature(text)
        best: DuplicateMatch | None = None
        for candidate in self._lsh.query(minhash):
            similarity = minhash.jaccard(self._signatures[candidate])
            if similarity >= self.threshold and (best is None or similarity > best.similarity):
                best = DuplicateMatch(candidate, "near", round(similarity, 3))
        return best

    def add(self, article_id: str, text: str, minhash: MinHash | None = None) -> MinHash:
        """Remember an article as first seen; returns its signature (for the store)."""
        minhash = minhash or signature(text)
        self._exact.setdefault(text_hash(text), article_id)
        if article_id not in self._signatures:
            self._remember(article_id, minhash)
        return minhash

    def discard(self, article_id: str, text: str) -> None:
        """Forget an article (it was not stored after all), so a later copy is analysed."""
        hashed = text_hash(text)
        if self._exact.get(hashed) == article_id:
            del self._exact[hashed]
        if self._signatures.pop(article_id, None) is not None:
            self._lsh.remove(article_id)

    def _remember(self, article_id: str, minhash: MinHash) -> None:
        self._signatures[article_id] = minhash
        self._lsh.insert(article_id, minhash)

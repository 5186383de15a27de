"""Duplicates across a corpus: exact copies and near-duplicates (rewrites of the same story).

- Exact: the SHA-256 of the text with case and white space normalized (the store's
  ``text_hash``), so a copy that differs only in line breaks or capitals is still a copy.
- Near: MinHash signatures of word 5-gram shingles (datasketch), found through locality
  sensitive hashing: a signature is cut into bands and two articles that share a band are
  candidates.  A candidate counts only when the estimated Jaccard overlap of the two shingle
  sets reaches the threshold (``near_duplicate_percent``, 80 by default): syndicated copies
  with a changed headline, byline or last paragraph.

The index lives in a private SQLite file in the temporary folder, not in memory: it holds
every article seen, so in memory it would grow with the corpus (some 5 MB per 1,000
articles, 5 GB for a million) while the analysis stays flat.  On disk, the process keeps
only SQLite's small page cache; the file goes when the index is closed.

Duplicates are recorded as links to the first-seen article, never dropped silently.  The
index can be seeded from a store (``seed``) so a second run still finds copies of articles
stored by the first.  Signatures are kept as bytes so a store can hold them.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import text_hash

NUM_PERM = 128
SCHEME = "affine32"  # named, so stored signatures stay comparable across datasketch versions
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")
_SEED_BATCH = 5_000  # stored rows loaded per transaction when seeding
_SCHEMA = """
CREATE TABLE exact (text_hash TEXT PRIMARY KEY, article_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE signatures (seen INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, minhash BLOB NOT NULL);
CREATE TABLE bands (band_key INTEGER NOT NULL, seen INTEGER NOT NULL);
CREATE INDEX bands_by_key ON bands (band_key);
"""


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


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The permutation parameters every signature uses (datasketch's default seed), made once:
    drawing them again for each text costs more than hashing its shingles."""
    permutations: np.ndarray = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations
    permutations.flags.writeable = False
    return permutations


def signature(text: str) -> MinHash:
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(list(shingles(text)))
    return minhash


def signature_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint64).tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME, permutations=_permutations())


def _compact(minhash: MinHash) -> np.ndarray:
    # the affine32 scheme's values are below 2**32: half the bytes on disk, the same estimate
    return minhash.hashvalues.astype(np.uint32)


@dataclass(frozen=True, slots=True)
class Lookup:
    """What ``DuplicateIndex.lookup`` found, with the text's hash and (unless it is an exact
    copy) its signature."""

    match: DuplicateMatch | None
    text_hash: str
    minhash: MinHash | None


class DuplicateIndex:
    """The articles seen so far, to tell whether a new text repeats one of them.

    Close it (or use it in a ``with`` block) to remove its file; ``folder`` chooses where the
    file goes (the system's temporary folder by default).
    """

    def __init__(self, threshold: float = 0.8, folder: str | None = None) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        # the bands only propose candidates: cut them for a little below the threshold, for
        # recall (and never above 0.95, where it would need more bands than permutations);
        # datasketch chooses the layout that balances false positives and negatives there
        layout = MinHashLSH(threshold=max(0.1, min(0.95, threshold - 0.1)), num_perm=NUM_PERM)
        self._bands: list[tuple[int, int]] = list(layout.hashranges)
        # one placeholder per band: the layout is fixed for the index, the keys are parameters
        self._candidates_query = "SELECT article_id, minhash FROM signatures WHERE seen IN (SELECT seen FROM bands WHERE band_key IN (" + ", ".join("?" * len(self._bands)) + ")) ORDER BY seen"
        self._folder = tempfile.TemporaryDirectory(prefix="newsgraph-dedup-", dir=folder)
        self._db = sqlite3.connect(Path(self._folder.name, "index.db"), isolation_level=None)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -4096", "temp_store = FILE"):
            self._db.execute(f"PRAGMA {pragma}")  # a scratch file: nothing to recover after a crash
        self._db.executescript(_SCHEMA)

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM exact").fetchone()[0])

    def __enter__(self) -> DuplicateIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()

    def seed(self, rows: Iterable[tuple[str, str, bytes | None]]) -> None:
        """Load (article id, text hash, signature bytes or None) rows of stored articles."""
        rows = iter(rows)
        while batch := list(islice(rows, _SEED_BATCH)):
            with self._transaction():
                for article_id, hashed, data in batch:
                    self._db.execute("INSERT OR IGNORE INTO exact VALUES (?, ?)", (hashed, article_id))
                    if data is not None:
                        self._remember(article_id, signature_from_bytes(data))

    def find(self, text: str, minhash: MinHash | None = None) -> DuplicateMatch | None:
        """The first-seen article ``text`` duplicates, or None."""
        return self.lookup(text, minhash).match

    def lookup(self, text: str, minhash: MinHash | None = None) -> Lookup:
        """``find``, with the text hash and the signature it worked out, for ``add``."""
        hashed = text_hash(text)
        row = self._db.execute("SELECT article_id FROM exact WHERE text_hash = ?", (hashed,)).fetchone()
        if row is not None:
            return Lookup(DuplicateMatch(row[0], "exact", 1.0), hashed, minhash)
        minhash = minhash or signature(text)
        values = _compact(minhash)
        best_id, best = "", 0.0
        for article_id, stored in self._candidates(values):
            similarity = float(np.count_nonzero(values == np.frombuffer(stored, dtype=np.uint32))) / NUM_PERM
            if similarity >= self.threshold and similarity > best:  # a tie keeps the first seen
                best_id, best = article_id, similarity
        return Lookup(DuplicateMatch(best_id, "near", round(best, 3)) if best_id else None, hashed, minhash)

    def add(self, article_id: str, text: str, minhash: MinHash | None = None, hashed: str | None = None) -> MinHash:
        """Remember an article as first seen; returns its signature (for the store).

        ``minhash`` and ``hashed`` (its ``text_hash``) save working them out again after a ``lookup``."""
        minhash = minhash or signature(text)
        with self._transaction():
            self._db.execute("INSERT OR IGNORE INTO exact VALUES (?, ?)", (hashed or text_hash(text), article_id))
            self._remember(article_id, minhash)
        return minhash

    def discard(self, article_id: str, text: str) -> None:
        """Forget an article (it was not stored after all), so a later copy is analysed."""
        with self._transaction():
            self._db.execute("DELETE FROM exact WHERE text_hash = ? AND article_id = ?", (text_hash(text), article_id))
            row = self._db.execute("SELECT seen FROM signatures WHERE article_id = ?", (article_id,)).fetchone()
            if row is not None:
                self._db.execute("DELETE FROM bands WHERE seen = ?", row)
                self._db.execute("DELETE FROM signatures WHERE seen = ?", row)

    def _remember(self, article_id: str, minhash: MinHash) -> None:
        values = _compact(minhash)
        inserted = self._db.execute("INSERT OR IGNORE INTO signatures (article_id, minhash) VALUES (?, ?)", (article_id, values.tobytes()))
        if inserted.rowcount == 1:  # an article already known keeps its first signature
            self._db.executemany("INSERT INTO bands VALUES (?, ?)", ((key, inserted.lastrowid) for key in self._band_keys(values)))

    def _candidates(self, values: np.ndarray) -> Iterator[tuple[str, bytes]]:
        """Stored (article id, compact signature) sharing a band with ``values``, first seen first."""
        yield from self._db.execute(self._candidates_query, self._band_keys(values))

    def _band_keys(self, values: np.ndarray) -> list[int]:
        """One 64-bit key per band: the band's number and values, hashed (a collision only adds a
        candidate, which the similarity check then drops)."""
        keys = []
        for number, (start, end) in enumerate(self._bands):
            digest = hashlib.blake2b(values[start:end].tobytes(), digest_size=8, person=number.to_bytes(2, "big")).digest()
            keys.append(int.from_bytes(digest, "big", signed=True))
        return keys

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN ... COMMIT around a group of writes (one commit per article, not per row)."""
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

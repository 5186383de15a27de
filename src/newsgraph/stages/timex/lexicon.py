"""The words of English time expressions, loaded from ``resources/timex_words.tsv``.

Each row is (word, kind, value): a month is its number, a unit its ISO 8601 letter, a
reference word its TIMEX3 token (now -> PRESENT_REF).  The table is read once and cached: it
never changes while a process runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from ...resources import read_table


@dataclass(frozen=True, slots=True)
class Lexicon:
    by_kind: Mapping[str, Mapping[str, str]]

    def get(self, kind: str, word: str) -> str | None:
        return self.by_kind.get(kind, {}).get(" ".join(word.lower().rstrip(".").split()))

    def value(self, kind: str, word: str) -> str:
        """The value of a word that a pattern built from this table matched, so always listed."""
        found = self.get(kind, word)
        if found is None:
            raise KeyError(f"{word!r} is not a {kind} in timex_words.tsv")
        return found

    def words(self, kind: str) -> tuple[str, ...]:
        return tuple(self.by_kind.get(kind, {}))

    def alternation(self, kind: str) -> str:
        """A regex alternation of one kind's words, longest first, spaces as any whitespace."""
        words = sorted(self.words(kind), key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    table: dict[str, dict[str, str]] = {}
    for row in read_table("timex_words.tsv"):
        table.setdefault(row["kind"], {})[row["word"]] = row["value"]
    return Lexicon(MappingProxyType({k: MappingProxyType(v) for k, v in table.items()}))


def number(word: str) -> float | None:
    """The value of a number written in digits or words ("12", "twenty-four", "a"); None if vague."""
    cleaned = word.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return float(cleaned)
    words = lexicon().by_kind["number"]
    if cleaned in words:
        return float(words[cleaned])
    parts = re.split(r"[\s-]+", cleaned)
    if parts and all(p in words for p in parts):
        return sum(float(words[p]) for p in parts)
    return None

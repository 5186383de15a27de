"""The words that introduce quotes: cue verbs and phrases, and the media written words sit on.

Loaded from ``resources/quote_cues.tsv`` and ``resources/quote_media.tsv`` (see the README
there for where each entry came from).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ...resources import read_table


@dataclass(frozen=True, slots=True)
class CueWord:
    """One cue: a verb lemma ("say") or a phrase ("according to"), its kind and medium."""

    words: tuple[str, ...]
    kind: str  # speech, report, write, thought or evidence
    medium: str | None
    takes: frozenset[str] = frozenset()  # content besides a clause: "object", "to"


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    verbs: dict[str, CueWord]
    phrases: tuple[CueWord, ...]
    media: frozenset[str]
    # The phrases by their first word, in the order of ``phrases`` (every token asks for them).
    _by_first: dict[str, tuple[CueWord, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        empty = tuple(p for p in self.phrases if not p.words)  # would start at any word
        firsts = {p.words[0] for p in self.phrases if p.words}
        by_first = {w: tuple(p for p in self.phrases if not p.words or p.words[0] == w) for w in firsts}
        object.__setattr__(self, "_by_first", {"": empty, **by_first} if empty else by_first)

    def phrases_from(self, word: str) -> tuple[CueWord, ...]:
        """The phrases that can start at a word (casefolded), in the order of ``phrases``."""
        found = self._by_first.get(word)
        return found if found is not None else self._by_first.get("", ())


@lru_cache(maxsize=1)
def load_quote_lexicon() -> QuoteLexicon:
    verbs: dict[str, CueWord] = {}
    phrases: list[CueWord] = []
    for row in read_table("quote_cues.tsv"):
        cue = CueWord(tuple(row["cue"].casefold().split()), row["kind"], row["medium"] or None, frozenset((row.get("takes") or "").split()))
        if row["form"] == "phrase":
            phrases.append(cue)
        else:
            verbs[row["cue"].casefold()] = cue
    media = frozenset(row["noun"].casefold() for row in read_table("quote_media.tsv"))
    return QuoteLexicon(verbs, tuple(sorted(phrases, key=lambda c: -len(c.words))), media)

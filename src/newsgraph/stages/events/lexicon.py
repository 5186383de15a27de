"""The data the events stage reads: trigger patterns, the CAMEO -> PLOVER table, cue words.

Files (see resources/README.md): ``plover_verbs.tsv`` (lemma patterns -> CAMEO code, PLOVER
type and mode), ``cameo_plover.tsv`` (every CAMEO code -> PLOVER type, mode, contexts) and
``event_cues.tsv`` (modality cues, reporting verbs, light and occurrence verbs).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...errors import ConfigurationError
from ...resources import read_table


@dataclass(frozen=True, slots=True)
class Pattern:
    """A trigger: ``head`` lemma plus ``others`` lemmas that must hang below it in the parse."""

    head: str
    others: tuple[str, ...]
    pos: str  # "V": the head is a verb; "N": an event noun (head is the last word)
    cameo: str
    type: str
    mode: str | None

    @property
    def size(self) -> int:
        return 1 + len(self.others)


@dataclass(frozen=True, slots=True)
class Coding:
    type: str
    mode: str | None
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventLexicon:
    patterns: dict[tuple[str, str], tuple[Pattern, ...]]  # (pos, head lemma) -> longest first
    cameo: dict[str, Coding]
    cues: dict[str, dict[str, str]]  # kind -> word -> value

    @property
    def verb_heads(self) -> "_Heads":
        return _Heads(self.patterns, "V")

    def words(self, kind: str) -> frozenset[str]:
        return frozenset(self.cues.get(kind, {}))

    def coding(self, code: str) -> Coding | None:
        """The PLOVER coding of a CAMEO code, else of its nearest listed parent code."""
        for length in range(len(code), 1, -1):
            found = self.cameo.get(code[:length])
            if found is not None:
                return found
        return None


@dataclass(frozen=True, slots=True)
class _Heads:
    """The head lemmas of one part of speech, as a container (no copy of the table)."""

    patterns: dict[tuple[str, str], tuple[Pattern, ...]]
    pos: str

    def __contains__(self, lemma: object) -> bool:
        return (self.pos, lemma) in self.patterns


def _pattern(row: dict[str, str]) -> Pattern:
    words = row["pattern"].split()
    if not words or row["pos"] not in ("V", "N"):
        raise ConfigurationError(f"bad event pattern row: {row}")
    head, others = (words[0], tuple(words[1:])) if row["pos"] == "V" else (words[-1], tuple(words[:-1]))
    return Pattern(head, others, row["pos"], row["cameo"], row["type"], row.get("mode") or None)


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    grouped: dict[tuple[str, str], list[Pattern]] = {}
    for row in read_table("plover_verbs.tsv"):
        pattern = _pattern(row)
        grouped.setdefault((pattern.pos, pattern.head), []).append(pattern)
    patterns = {key: tuple(sorted(group, key=lambda p: -p.size)) for key, group in grouped.items()}
    cameo = {
        row["cameo"]: Coding(row["type"], row.get("mode") or None, tuple(c for c in (row.get("context") or "").split("|") if c))
        for row in read_table("cameo_plover.tsv")
    }
    cues: dict[str, dict[str, str]] = {}
    for row in read_table("event_cues.tsv"):
        cues.setdefault(row["kind"], {})[row["word"]] = row.get("value") or ""
    return EventLexicon(patterns, cameo, cues)

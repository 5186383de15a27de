"""The data the events stage reads: trigger patterns, the CAMEO -> PLOVER table, cue words.

Files (see resources/README.md): ``plover_verbs.tsv`` (lemma patterns -> CAMEO code, PLOVER
type and mode), the CAMEO verb dictionary ``petrarch2/CAMEO.2.0.txt`` (read by
``cameo_verbs``: it fills the gaps of the project's table), ``cameo_plover.tsv`` (every CAMEO
code -> PLOVER type, mode, contexts) and ``event_cues.tsv`` (modality cues, reporting verbs,
light and occurrence verbs).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...errors import ConfigurationError
from ...resources import read_table


@dataclass(frozen=True, slots=True)
class Pattern:
    """A trigger: ``head`` lemma plus ``others`` lemmas that must hang below it in the parse,
    and ``subject`` lemmas that must sit in the verb's subject.  An empty ``type`` is a frame
    that codes nothing ("present a report"): it beats shorter patterns of its head."""

    head: str
    others: tuple[str, ...]
    pos: str  # "V": the head is a verb; "N": an event noun (head is the last word)
    cameo: str
    type: str
    mode: str | None
    subject: tuple[str, ...] = ()
    # "table": plover_verbs.tsv; "cameo": the CAMEO verb dictionary; "frame": recoded by
    # event_frames.tsv; "advice": recoded as what one state said another should do
    origin: str = "table"

    @property
    def size(self) -> int:
        """Words the pattern needs: a slot of alternatives counts its shortest ("air strike|raid": 1)."""
        return _size(self.others, self.subject)


@lru_cache(maxsize=65536)
def _size(others: tuple[str, ...], subject: tuple[str, ...]) -> int:
    return 1 + sum(min(len(a.split()) for a in slot.split("|")) for slot in (*others, *subject))


_NO_WORDS: frozenset[str] = frozenset()
_ATTACK_TYPES = frozenset({"ASSAULT"})


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
    # The words of each kind of cue, made once (stages ask for them for every trigger).
    _words: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_words", {kind: frozenset(words) for kind, words in self.cues.items()})

    def words(self, kind: str) -> frozenset[str]:
        return self._words.get(kind, _NO_WORDS)

    def names_type(self, lemma: str, types: frozenset[str], parts: tuple[str, ...] = ("V", "N")) -> bool:
        """Whether a word's patterns (as a verb or a noun, per ``parts``) code one of ``types``
        ("attack" an ASSAULT, "strike" as a noun an ASSAULT or a PROTEST)."""
        return any(p.type in types for part in parts for p in self.patterns.get((part, lemma.lower()), ()))

    def names_an_attack(self, lemma: str, parts: tuple[str, ...] = ("N",)) -> bool:
        """Whether a noun (or, per ``parts``, a verb) names an armed attack ("bombing", "attack",
        "explosion"; "kill", "shoot")."""
        return self.names_type(lemma, _ATTACK_TYPES, parts)

    def coding(self, code: str) -> Coding | None:
        """The PLOVER coding of a CAMEO code, else of its nearest listed parent code."""
        for length in range(len(code), 1, -1):
            found = self.cameo.get(code[:length])
            if found is not None:
                return found
        return None


def _pattern(row: dict[str, str], cues: dict[str, dict[str, str]]) -> Pattern:
    words = [_expanded(w, cues) for w in row["pattern"].split()]
    if not words or row["pos"] not in ("V", "N"):
        raise ConfigurationError(f"bad event pattern row: {row}")
    head, others = (words[0], tuple(words[1:])) if row["pos"] == "V" else (words[-1], tuple(words[:-1]))
    return Pattern(head, others, row["pos"], row["cameo"], row["type"], row.get("mode") or None)


def _expanded(word: str, cues: dict[str, dict[str, str]]) -> str:
    """A slot written as a kind of cue ("call <disapproval>") stands for every word of that kind
    in event_cues.tsv, so the list is kept in one place."""
    if not (word.startswith("<") and word.endswith(">")):
        return word
    kind = cues.get(word[1:-1])
    if not kind:
        raise ConfigurationError(f"event pattern slot {word} names no kind of event_cues.tsv")
    return "|".join(sorted(kind))


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """The project's patterns, then the CAMEO verb dictionary's (cached: read once a process).

    On one head the longest pattern wins; between patterns of the same size the project's come
    first, so its table wins where both give a pattern for the same head and words."""
    cues: dict[str, dict[str, str]] = {}
    for row in read_table("event_cues.tsv"):
        cues.setdefault(row["kind"], {})[row["word"]] = row.get("value") or ""
    own = [_pattern(row, cues) for row in read_table("plover_verbs.tsv")]
    cameo = {row["cameo"]: Coding(row["type"], row.get("mode") or None, tuple(c for c in (row.get("context") or "").split("|") if c)) for row in read_table("cameo_plover.tsv")}
    grouped: dict[tuple[str, str], list[Pattern]] = {}
    for pattern in own + _gap_fillers(own, EventLexicon({}, cameo, cues).coding):
        grouped.setdefault((pattern.pos, pattern.head), []).append(pattern)
    patterns = {key: tuple(sorted(group, key=lambda p: -p.size)) for key, group in grouped.items()}  # stable
    return EventLexicon(patterns, cameo, cues)


def _gap_fillers(own: list[Pattern], coding) -> list[Pattern]:
    """The dictionary's patterns that fill the gaps of the project's table.  On a verb the table
    codes, a dictionary frame may make the code more precise within the table's types
    ("killed by a roadside bomb": 183, still ASSAULT) or say the frame is no event, never
    change the type ("deployed troops" stays MOBILIZE); a verb the table codes only in frames
    ("release prisoner") gets no bare code from the dictionary."""
    from .cameo_verbs import load_dictionary_patterns  # imported here: it imports this module

    types: dict[str, set[str]] = {}
    modes: dict[tuple[str, str], set[str | None]] = {}
    for pattern in own:
        if pattern.pos == "V":
            types.setdefault(_verb_of(pattern), set()).add(pattern.type)
            modes.setdefault((pattern.head, pattern.type), set()).add(pattern.mode)
    bare = {p.head for p in own if p.pos == "V" and not p.others}
    framed = frozenset(p.head for p in own if p.pos == "V") - bare
    kept = []
    for p in load_dictionary_patterns(coding, framed):
        verb = _verb_of(p) if _verb_of(p) in types else p.head
        if p.type and verb in types and p.type not in types[verb]:
            continue
        table_modes = modes.get((p.head, p.type), set())
        if p.mode is None and len(table_modes) == 1:  # "hack into computers" keeps the table's "cyber"
            p = replace(p, mode=next(iter(table_modes)))
        kept.append(p)
    return kept


# A phrasal verb is a verb of its own: the table's "take over" (a takeover) leaves the
# dictionary's "take to the streets" and "take control" their types.
_PARTICLES = frozenset({"over", "off", "down", "up", "out", "back", "away"})


def _verb_of(pattern: Pattern) -> str:
    if pattern.others and pattern.others[0] in _PARTICLES:
        return f"{pattern.head} {pattern.others[0]}"
    return pattern.head

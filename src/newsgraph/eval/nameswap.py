"""Name-swap invariance: does the output change when the names change?

Each text is read once as written and again with every person, outlet, place and weapon name
the engine found replaced by an invented name on no list of the project (and of no country,
city or actor the dictionaries know).  A word is replaced the same way wherever it occurs, in
any of its cases ("Santiago", "SANTIAGO"), so a surname alone follows its full name.  The
output must be the same up to the names:

- entities: every entity of the original keeps its type, under its swapped name;
- quote speakers: every quote keeps its speaker and the outlets it came through (``via``);
- event roles: every event keeps its type, actor and recipient.

Countries and organizations keep their names: they stand for the lists the engine knows,
and the test is about what it does without them.  What stays of the lists is the words of
outlet names that say what they are ("News Agency", "Times"), and likewise the words of
place names that say what they are ("Airport", "Park", "North", "City": resources
site_heads.tsv, facility_words.tsv, place_words.tsv) and a saint's title ("St."), kept as
written.  An acronym is
replaced by an invented acronym ("SLBMs" by "DUKEs").

The figure is the share of those items unchanged; ``swapped`` counts the names replaced
(distinct words per text and variant).
"""

from __future__ import annotations

import random
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Document
from ..resources import city, countries, normalize_name, outlet_heads, outlets, titles
from ..resources.phoenix import phoenix_actors
from ..stages.entities.coref import is_name_mention

SWAPPED_TYPES = ("PERSON", "OUTLET", "PLACE", "WEAPON")
_KEPT_WORDS = {"of", "the", "de", "del", "da", "al", "el", "bin", "van", "von", "la", "le", "and", "&"}
_ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "tr")
_VOWELS = ("a", "e", "i", "o", "u", "a", "o")
_CODAS = ("", "", "n", "r", "l", "s", "k", "m", "v")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019\u00c0-\u024f]*")


@dataclass
class Swap:
    """The word-by-word replacement for one text and variant."""

    words: dict[str, str] = field(default_factory=dict)

    def apply(self, text: str | None) -> str | None:
        if not text or not self.words:
            return text
        return _replacer(self.words)(text)


def _replacer(words: dict[str, str]) -> Callable[[str], str]:
    """Replace whole words as written, in title case and in upper case alike."""
    table: dict[str, str] = {}
    for old, new in words.items():
        table[old] = new
        table[old.upper()] = new.upper()
    pattern = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)) + r")(?![\w])")
    return lambda text: pattern.sub(lambda m: table[m.group(1)], text)


@lru_cache(maxsize=1)
def _outlet_head_words() -> frozenset[str]:
    return frozenset(w for head in outlet_heads() for w in head.split())


@lru_cache(maxsize=1)
def _place_kind_words() -> frozenset[str]:
    """Words of place names that say what the place is, not which one ("Airport", "North")."""
    from ..stages.entities.places import site_heads
    from ..stages.places.names import name_kinds

    words = {w for kind in name_kinds().words.values() for phrase in kind for w in phrase.split()}
    words |= {w for head in site_heads() for w in head.split()}
    return frozenset(w.rstrip(".") for w in words)


@lru_cache(maxsize=1)
def _saint_words() -> frozenset[str]:
    """ "St", "Saint": a saint's title, kept before a town's name and a person's alike, as
    other titles are."""
    from ..stages.places.names import name_kinds

    return frozenset(w.rstrip(".") for w in name_kinds().words["saint"])


@lru_cache(maxsize=1)
def _listed_words() -> frozenset[str]:
    """Words of outlet names on the list and of titles: an invented word must be none."""
    found = {w.casefold() for e in outlets() for n in (e.name, *e.aliases) for w in n.split()}
    found |= {w for t in titles() for w in t.split()}
    return frozenset(found)


def on_no_list(word: str) -> bool:
    """True when ``word`` is no country, nationality, city, actor, outlet or title word."""
    gazetteer = countries()
    return gazetteer.lookup(word) is None and gazetteer.demonym(word) is None and city(word) is None and phoenix_actors().lookup(word) is None and word.casefold() not in _listed_words()


def invented_word(rng: random.Random, taken: set[str], length: int = 2) -> str:
    """A pronounceable capitalized word on no list and not yet used in this swap."""
    while True:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(max(1, length - 1)))
        word = (word + rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)).capitalize()
        if word not in taken and on_no_list(word):
            taken.add(word)
            return word


def swappable_words(doc: Document) -> list[str]:
    """The words of the names to replace, in order of first appearance."""
    found: list[str] = []
    heads = _outlet_head_words()
    for entity in doc.entities:
        if entity.type not in SWAPPED_TYPES:
            continue
        for mention in entity.mentions:
            text = mention.text
            if not is_name_mention(text):
                continue  # "he", "He", "the minister", "The minister": no name
            for match in _WORD.finditer(text):
                word = match.group()
                if word.endswith(("'s", "\u2019s")):
                    word = word[:-2]
                if len(word) < 2 or word.casefold() in _KEPT_WORDS or word in heads or not word[:1].isupper():
                    continue
                if (entity.type == "PLACE" and word.casefold() in _place_kind_words()) or word.casefold() in _saint_words():
                    continue  # "Tovar Airport", "St. Kelm": the words saying what the place is stay
                if word.isupper() and len(word) > 1 and not any(c.isdigit() for c in word):
                    word = word.capitalize() if entity.type != "WEAPON" else word
                if normalize_name(word) in titles() or countries().lookup(word) or countries().demonym(word):
                    continue  # "General", "Korean": not the name's own words
                if word not in found:
                    found.append(word)
    return found


def make_swap(words: Iterable[str], seed: int) -> Swap:
    rng = random.Random(seed)
    taken: set[str] = set()
    return Swap({word: _shaped_like(word, invented_word(rng, taken, length=2 if len(word) < 7 else 3)) for word in words})


def _shaped_like(word: str, invented: str) -> str:
    """An acronym in the plural ("SLBMs") is replaced by one ("ZEDUKs"), not by a name
    ("Zeduk"): the swap changes which name, never what kind of word it is."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return invented.upper() + "s"
    return invented


# --- comparing outputs -------------------------------------------------------------------------


def entity_items(doc: Document, swap: Swap | None = None) -> Counter:
    convert = swap.apply if swap else (lambda s: s)
    return Counter((e.type, convert(_written_name(doc, e))) for e in doc.entities)


def _written_name(doc: Document, entity) -> str:
    """The entity's name, or, when that is a list's display name the text never writes
    ("Associated Press" for "AP"), its first mention as written: an invented name has no
    display name, so only the written form can be the same up to the names."""
    if entity.name in doc.article.text:
        return entity.name
    return next((m.text for m in entity.mentions if is_name_mention(m.text)), entity.name)


def quote_items(doc: Document, swap: Swap | None = None) -> Counter:
    convert = swap.apply if swap else (lambda s: s)
    return Counter((q.kind, convert(q.speaker_name), tuple(sorted(convert(v) or "" for v in q.via))) for q in doc.quotes)


def event_items(doc: Document, swap: Swap | None = None) -> Counter:
    convert = swap.apply if swap else (lambda s: s)
    return Counter((e.type, convert(e.actor.name), convert(e.recipient.name) if e.recipient else None, tuple(convert(r) for r in e.reported_by)) for e in doc.events)


@dataclass
class Tally:
    kept: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    swapped: int = 0
    changes: list[str] = field(default_factory=list)

    def add(self, kind: str, expected: Counter, found: Counter, label: str) -> None:
        kept = sum((expected & found).values())
        self.kept[kind] += kept
        self.total[kind] += sum(expected.values())
        extra = sorted(map(str, found - expected))
        for item in expected - found:
            self.changes.append(f"{label}: {kind} {item} not kept; new: {'; '.join(extra)[:300]}")

    def share(self, kind: str | None = None) -> float:
        kept = self.kept[kind] if kind else sum(self.kept.values())
        total = self.total[kind] if kind else sum(self.total.values())
        return kept / total if total else 1.0


def compare(original: Document, swapped: Document, swap: Swap, tally: Tally, label: str) -> None:
    """Add to ``tally`` how much of the original output the swapped text kept."""
    tally.swapped += len(swap.words)
    tally.add("entities", entity_items(original, swap), entity_items(swapped), label)
    tally.add("quote_speakers", quote_items(original, swap), quote_items(swapped), label)
    tally.add("event_roles", event_items(original, swap), event_items(swapped), label)


def run(texts: Iterable[tuple[str, str]], annotate: Callable[[str], Document], variants: int = 2) -> Tally:
    """Swap the names of every (label, text) ``variants`` times and compare the outputs."""
    tally = Tally()
    for label, text in texts:
        original = annotate(text)
        words = swappable_words(original)
        if not words:
            continue
        for variant in range(variants):
            swap = make_swap(words, seed=hash_seed(text, variant))
            compare(original, annotate(swap.apply(text) or ""), swap, tally, f"{label}#{variant} {swap.words}")
    return tally


def hash_seed(text: str, variant: int) -> int:
    """A seed that is the same on every run (Python's str hash is not) and hangs on the text
    alone, so a text keeps its invented names when tests around it move or are added."""
    return zlib.crc32(text.encode("utf-8")) * 31 + variant


# --- the project's own texts ---------------------------------------------------------------------

_PROSE = re.compile(r"[A-Z][^\n]*[.!?\"\u201d]$", re.DOTALL)


def project_texts(root) -> list[tuple[str, str]]:
    """(label, text) of the example articles and of the prose the tests are written on:
    string constants in tests/*.py of eight words or more that read as sentences with a name."""
    import ast
    from pathlib import Path

    root = Path(root)
    found: dict[str, str] = {}
    for path in sorted((root / "examples" / "articles").glob("*.txt")):
        found.setdefault(path.read_text(encoding="utf-8"), f"examples/{path.name}")
    for path in sorted((root / "tests").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _reads_as_news(node.value):
                found.setdefault(node.value, f"tests/{path.name}:{node.lineno}")
    return [(label, text) for text, label in found.items()]


def _reads_as_news(text: str) -> bool:
    words = text.split()
    if len(words) < 8 or "<" in text or "\t" in text or "{" in text or not _PROSE.match(text.strip()):
        return False
    return any(w[:1].isupper() for w in words[1:])

"""Which person a personal pronoun stands for, scored on GUM's coreference (part of ``eval ner``).

Gold: every one-word GUM mention of a person written he/him/his/himself/she/her/hers/herself
whose coreference chain holds a name before it (a mention holding a proper noun): the
pronouns an engine that resolves pronouns to named entities can get right.  A pronoun is
right when the entity the entities stage gives it has a name mention that lies inside a mention
of the pronoun's gold chain and holds that mention's head word ("Donald Trump" inside "US
President Donald Trump").  Unresolved pronouns count as wrong.

Systems, under the same rule: ``ours`` is the entities stage; ``baseline`` is recency, the
person name the entities stage found nearest before the pronoun (the rule the stage used
before it weighed grammatical roles).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from .base import Metric, prf
from .ner import _layout, _proper, _sentences, _Word, entity_spans

PERSONAL = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    chain: str
    head: tuple[int, int]  # span of the mention's head word
    named: bool  # holds a proper noun


@dataclass(frozen=True, slots=True)
class GoldPronoun:
    start: int
    end: int
    chain: str


def read_chains(path: Path) -> tuple[list[GoldMention], list[GoldPronoun]]:
    """The mentions of one CoNLL-U file with their chain ids, and its scorable pronouns."""
    mentions: list[GoldMention] = []
    parts: list[str] = []
    offset = 0
    for rows in _sentences(path.read_text(encoding="utf-8")):
        words, text = _layout(rows, offset)
        mentions.extend(_sentence_mentions(words))
        parts.append(text + "\n")
        offset += len(text) + 1
    text = "".join(parts)
    pronouns = []
    for mention in mentions:
        if mention.named or not mention.chain.startswith("person:") or text[mention.start : mention.end].lower() not in PERSONAL:
            continue
        if any(m.chain == mention.chain and m.start < mention.start and m.named for m in mentions):
            pronouns.append(GoldPronoun(mention.start, mention.end, mention.chain))
    return mentions, pronouns


def _sentence_mentions(words: list[_Word]) -> list[GoldMention]:
    return [_mention(words, first, last, ident, etype) for first, last, ident, etype in entity_spans(words)]


def _mention(words: list[_Word], first: int, last: int, ident: str, etype: str) -> GoldMention:
    inside = range(first, last + 1)
    head = next((words[i] for i in inside if words[i].head not in inside), words[last])
    named = any(_proper(words[i]) for i in inside)
    return GoldMention(words[first].start, words[last].end, f"{etype}:{ident}", (head.start, head.end), named)


@dataclass
class PronounTally:
    """Right and resolved pronouns of both systems over the documents scored."""

    gold: int = 0
    resolved: int = 0
    right: int = 0
    baseline_resolved: int = 0
    baseline_right: int = 0

    def add(self, doc: Document, mentions: list[GoldMention], pronouns: list[GoldPronoun]) -> None:
        text = doc.article.text
        named = [(m.start, m.end, e.id) for e in doc.entities if e.type == "PERSON" for m in e.mentions if text[m.start : m.end].lower() not in PERSONAL]
        owner = {(m.start, m.end): e.id for e in doc.entities for m in e.mentions}
        for pronoun in pronouns:
            self.gold += 1
            chain = [m for m in mentions if m.chain == pronoun.chain and m.named]
            ours = owner.get((pronoun.start, pronoun.end))
            if ours is not None:
                self.resolved += 1
                self.right += any(_names(chain, start, end) for start, end, entity in named if entity == ours)
            before = [n for n in named if n[1] <= pronoun.start]
            if before:
                nearest = max(before, key=lambda n: n[0])
                self.baseline_resolved += 1
                self.baseline_right += any(_names(chain, start, end) for start, end, entity in named if entity == nearest[2])

    def metrics(self) -> list[Metric]:
        return [*prf(self.right, self.resolved, self.gold, prefix="ours.pronouns"), *prf(self.baseline_right, self.baseline_resolved, self.gold, prefix="baseline.pronouns")]


def _names(chain: list[GoldMention], start: int, end: int) -> bool:
    """Our name mention names a gold mention: it lies inside it and holds its head word."""
    return any(m.start <= start and end <= m.end and start <= m.head[0] and m.head[1] <= end for m in chain)

"""Event triggers: lexicon patterns matched on the dependency parse.

A verb pattern ("hold talk", "express gratitude") matches a verb whose lemma is the first word
when the other words hang below it (at most three steps down, never into another clause).
A noun pattern ("parade", "hunger strike") names an event only where the sentence says it
happens: the noun is the object of a light verb ("staged a protest"), the subject of an
occurrence ("the parade will take place", "an attack killed", "talks were held").  Event
nouns elsewhere ("for a three-day visit", "today's talks will help") are no events of their own.
On one head the longest pattern wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Analysis, Span, Token
from .lexicon import EventLexicon, Pattern
from ..timex.syntax import Syntax

# Pattern words may sit in an infinitive ("refused to meet") but not in other clauses.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "csubj", "parataxis", "acl"})
_VERB_POS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FUNCTION_DEPS = frozenset({"aux", "auxpass", "mark", "punct"})


@dataclass(frozen=True, slots=True)
class Trigger:
    head: Token  # the verb (for nouns: the event noun)
    tokens: tuple[Token, ...]  # every matched word
    pattern: Pattern
    verb: Token  # the verb whose clause carries the event (light or occurrence verb for nouns)

    def span(self, text: str) -> Span:
        start = min(t.start for t in self.tokens)
        end = max(t.end for t in self.tokens)
        return Span.of(text, start, end)


def find_triggers(analysis: Analysis, syntax: Syntax, lexicon: EventLexicon, skip: tuple[Span, ...] = ()) -> list[Trigger]:
    """Every trigger of the text, in text order, outside the ``skip`` stretches (captions)."""
    found: list[Trigger] = []
    used: set[int] = set()
    for token in analysis.tokens:
        if any(s.start <= token.start < s.end for s in skip):
            continue
        if token.pos in _VERB_POS:
            trigger = _verb_trigger(token, syntax, lexicon)
            if trigger is not None:
                found.append(trigger)
                used.update(t.i for t in trigger.tokens)
    for token in analysis.tokens:
        if token.pos in ("NOUN", "PROPN") and token.i not in used and not any(s.start <= token.start < s.end for s in skip):
            trigger = _noun_trigger(token, syntax, lexicon)
            if trigger is not None and not used.intersection(t.i for t in trigger.tokens):
                found.append(trigger)
    return sorted(found, key=lambda t: t.head.start)


def _lemma(token: Token) -> str:
    return token.lemma.lower()


def _lemma_in(token: Token, known) -> str | None:
    """The token's lemma if ``known`` has it; else, for a verb the model mislemmatized
    ("staged" -> "stag"), the base form its spelling gives, if known."""
    lemma = _lemma(token)
    if lemma in known:
        return lemma
    word = token.text.lower()
    if token.pos in _VERB_POS and word.endswith("ed") and word[:-1] == lemma + "e" and word[:-1] in known:
        return word[:-1]
    return None


def descendants(token: Token, syntax: Syntax, depth: int = 3) -> list[Token]:
    """Tokens below ``token`` within ``depth`` steps, breadth first, not entering other clauses."""
    out: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        following = []
        for node in frontier:
            for index in syntax.children.get(node.i, ()):
                child = syntax.tokens[index]
                if child.dep in _CLAUSE_DEPS and child.pos in _VERB_POS:
                    continue
                out.append(child)
                following.append(child)
        frontier = following
    return out


def _match(pattern: Pattern, pool: list[Token]) -> tuple[Token, ...] | None:
    matched: list[Token] = []
    for word in pattern.others:
        hit = next((t for t in pool if _lemma(t) == word or t.text.lower() == word), None)
        if hit is None:
            return None
        matched.append(hit)
    return tuple(matched)


def _verb_trigger(token: Token, syntax: Syntax, lexicon: EventLexicon) -> Trigger | None:
    patterns = lexicon.patterns.get(("V", _lemma_in(token, lexicon.verb_heads) or _lemma(token)), ())
    if not patterns:
        return None
    pool = [t for t in descendants(token, syntax) if t.dep not in _FUNCTION_DEPS]  # "to protest" is no "protest to"
    for pattern in patterns:
        matched = _match(pattern, pool)
        if matched is not None:
            return Trigger(token, (token, *matched), pattern, token)
    return None


def _noun_trigger(token: Token, syntax: Syntax, lexicon: EventLexicon) -> Trigger | None:
    patterns = lexicon.patterns.get(("N", _lemma(token)), ())
    if not patterns:
        return None
    verb = _happening_verb(token, syntax, lexicon)
    if verb is None:
        return None
    pool = [syntax.tokens[i] for i in syntax.children.get(token.i, ())]
    for pattern in patterns:
        matched = _match(pattern, pool)
        if matched is not None:
            return Trigger(token, (*matched, token), pattern, verb)
    return None


def _happening_verb(noun: Token, syntax: Syntax, lexicon: EventLexicon) -> Token | None:
    """The verb that says the event noun happens, or None when the noun is only mentioned."""
    if noun.head == noun.i:
        return None
    governor = syntax.tokens[noun.head]
    if governor.pos not in _VERB_POS:
        return None
    light, occurring = lexicon.words("light_verb"), lexicon.words("occurrence")
    if noun.dep == "dobj" and _lemma_in(governor, light):
        return governor
    if noun.dep == "nsubjpass" and _lemma_in(governor, light):
        return governor  # "talks were held"
    if noun.dep in _SUBJECTS:
        for verb in _verb_chain(governor, syntax):
            if _lemma(verb) in occurring:
                return governor
    return None


def _verb_chain(verb: Token, syntax: Syntax) -> list[Token]:
    """The verb and the infinitives it governs: "is expected to take place" -> expected, take."""
    chain = [verb]
    for _ in range(3):
        nxt = next((syntax.tokens[i] for i in syntax.children.get(chain[-1].i, ()) if syntax.tokens[i].dep == "xcomp"), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain

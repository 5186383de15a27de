"""Means of violence: how a violent event was done, from the words of its clause.

A casualty verb ("killed", "wounded") or a generic attack says nothing of the means; the
clause often does ("a suicide bomber killed", "killed in an air strike", "police fired tear
gas"). The first row of ``resources/violence_means.tsv`` found among the trigger's words, its
subject's words and the words below the trigger (not in other clauses) gives the CAMEO code
and PLOVER mode. Triggers that already name a means keep it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...model import Token
from ...resources import read_table
from ..timex.syntax import Syntax
from .triggers import Trigger, descendants

_VIOLENT_ROOTS = ("18", "19", "20")


@dataclass(frozen=True, slots=True)
class Means:
    words: tuple[str, ...]
    cameo: str
    mode: str


@lru_cache(maxsize=1)
def load_means() -> tuple[Means, ...]:
    return tuple(Means(tuple(row["words"].lower().split()), row["cameo"], row["mode"]) for row in read_table("violence_means.tsv"))


def means_of(trigger: Trigger, syntax: Syntax) -> Means | None:
    """The means named in a violent trigger's clause, or None (also for triggers with a mode)."""
    if trigger.pattern.mode or not trigger.pattern.cameo.startswith(_VIOLENT_ROOTS):
        return None
    pool = _clause_words(trigger, syntax)
    return next((m for m in load_means() if any(_matches(m.words, token, syntax) for token in pool)), None)


def _clause_words(trigger: Trigger, syntax: Syntax) -> list[Token]:
    words = list(trigger.tokens)
    for top in {trigger.verb.i: trigger.verb, trigger.head.i: trigger.head}.values():
        words += descendants(top, syntax, 4)
    return words


def _matches(words: tuple[str, ...], token: Token, syntax: Syntax) -> bool:
    if words[-1] not in _form(token):
        return False
    if len(words) == 1:
        return True
    previous = syntax.tokens[token.i - 1] if token.i > 0 else None
    return previous is not None and words[0] in _form(previous)


def _form(token: Token) -> set[str]:
    return {token.lemma.lower(), token.text.lower()}

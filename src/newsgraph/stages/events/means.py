"""Means: how an event was done, from the words of its clause.

A casualty verb ("killed", "wounded") or a generic attack says nothing of the means; the
clause often does ("a suicide bomber killed", "killed in an air strike", "police fired tear
gas, wounding 20"); a consultation may be "in a phone call". The first row of
``resources/event_means.tsv`` for the event's type found among the trigger's words and the
words below it (not in other clauses; for a participle clause, the clause it hangs on too)
gives the CAMEO code and PLOVER mode. Triggers that already name a means keep it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...model import Token
from ...resources import read_table
from ..timex.syntax import Syntax
from .triggers import Trigger, descendants

_PARTICIPLE_CLAUSES = frozenset({"advcl", "conj", "xcomp"})


@dataclass(frozen=True, slots=True)
class Means:
    type: str
    words: tuple[str, ...]
    cameo: str
    mode: str


@lru_cache(maxsize=1)
def load_means() -> tuple[Means, ...]:
    return tuple(Means(row["type"], tuple(row["words"].lower().split()), row["cameo"], row["mode"]) for row in read_table("event_means.tsv"))


def means_of(trigger: Trigger, syntax: Syntax) -> Means | None:
    """The means named in a trigger's clause, or None (also for triggers with a mode)."""
    rows = [m for m in load_means() if m.type == trigger.pattern.type]
    if not rows:
        return None
    pool = _clause_words(trigger, syntax)
    found = next((m for m in rows if any(_matches(m.words, token, syntax) for token in pool)), None)
    code = trigger.pattern.cameo
    own_mode = trigger.pattern.mode and trigger.pattern.origin == "table"
    # violence: the words of the clause say how better than the verb ("used machetes", "killed")
    if found is None or (not own_mode and (_generic(code) or trigger.pattern.type == "ASSAULT")):
        return found
    # a trigger that names its kind ("shell", "abuse", "put on alert"): only a narrower code
    # wins, or the same code when the trigger's mode is only its code's default (143: a strike
    # or a boycott, the clause says which)
    narrower = found.cameo.startswith(code) and len(found.cameo) > len(code)
    return found if narrower or (found.cameo == code and not own_mode) else None


def _generic(code: str) -> bool:
    """A category's own code (190 use conventional force, 140 protest) says nothing of how."""
    return len(code) <= 2 or (len(code) == 3 and code.endswith("0"))


def _clause_words(trigger: Trigger, syntax: Syntax) -> list[Token]:
    tops = {trigger.verb.i: trigger.verb, trigger.head.i: trigger.head}
    verb = trigger.verb
    if verb.dep in _PARTICIPLE_CLAUSES and verb.head != verb.i:
        tops[verb.head] = syntax.tokens[verb.head]  # "fired tear gas, wounding 20"
    words = list(trigger.tokens) + list(tops.values())
    for top in tops.values():
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

"""Which pattern families can match a text at all, from words every match must contain.

Running each family's regex over the whole text costs about the same whether it finds
anything or not, and most articles have no season, holiday or clock time.  For each compiled
pattern this module works out, from the parsed regex itself, a set of lower-case strings at
least one of which any match (or the text a lookaround checks) must contain: a run of
literals, or the union over the branches of an alternation.  A family whose strings are all
absent from the lower-cased text cannot match and is skipped.  Nothing is written by hand, so
the skip never changes what is found; a pattern with no such strings always runs.

Case-insensitive matching lets four non-ASCII characters stand for ASCII letters (the dotted
and dotless i, the long s and the Kelvin sign); a text that has any of them is not filtered.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

# Characters that match an ASCII letter under re.IGNORECASE but do not lower-case to it.
_CASE_ALIASES = ("\u0130", "\u0131", "\u017f", "\u212a")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def required_words(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of lower-case strings such that every text the pattern matches has one of each set."""
    if not pattern.flags & re.IGNORECASE:
        return ()  # the strings are compared with a lower-cased text
    needs = _needs(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    # A string that contains another of its set adds nothing; the longest strings are the rarest.
    shortest = {frozenset(w for w in words if not any(o != w and o in w for o in words)) for words in needs}
    return tuple(sorted(shortest, key=lambda words: (-min(map(len, words)), len(words), sorted(words))))


def _needs(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """What a sequence needs: each run of literals, and what each item that must match needs."""
    needs: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            needs.append({run})
            run = ""
        needs.extend(_item(op, av))
    if run:
        needs.append({run})
    return needs


def _item(op: Any, av: Any) -> list[set[str]]:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return [] if add_flags or del_flags else _needs(list(sub))
    if op is sre.ASSERT:
        # A positive lookbehind or lookahead: what it checks is in the text too.
        return _needs(list(av[1]))
    if op in _REPEATS:
        low, _high, sub = av
        return _needs(list(sub)) if low >= 1 else []
    if op is sre.BRANCH:
        # One of the branches matches: the union of one set from each branch.
        union: set[str] = set()
        for branch in av[1]:
            needs = _needs(list(branch))
            if not needs:
                return []
            union |= max(needs, key=lambda words: (min(map(len, words)), -len(words)))
        return [union]
    return []


def lowered_for_filter(text: str) -> str | None:
    """The text to look the required strings up in, or None when it cannot be filtered."""
    if not text.isascii() and any(c in text for c in _CASE_ALIASES):
        return None
    return text.lower()


def may_match(needs: tuple[frozenset[str], ...], lowered: str | None) -> bool:
    """False when some set has none of its strings in the text: the pattern cannot match it."""
    if lowered is None:
        return True
    return all(any(w in lowered for w in words) for words in needs)

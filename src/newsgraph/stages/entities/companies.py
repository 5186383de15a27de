"""Company names the statistical model missed, found by their legal form.

"ChemLawn Corp said ...", "Mitsubishi Motor Sales of America Inc said ...": the small model
often leaves an unknown company unlabelled, above all as the first words of a sentence (a
wire lead after its dateline).  A run of capitalized words closed by a legal form written
with a capital (resources/legal_suffixes.tsv: "Corp", "Inc", "Ltd", "Plc" ...), or an
abbreviated one in lower case as wires write it ("ChemLawn corp said"), is a company, unless
the model already labelled a name there (a date or a number it took in is no name) other than
exactly the words before the legal form (the model took "ChemLawn" for a person).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Analysis, NamedSpan
from .aliases import legal_suffixes
from .types import TRUST_MODEL, Mention

_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# Abbreviated legal forms a wire may write in lower case; never "company" or "co", common words.
_LOWERCASE_ABBREVIATIONS = ("corp", "inc", "ltd", "plc", "llc")
_LEADING_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "Yesterday", "Today"})


@lru_cache(maxsize=1)
def _company_name() -> re.Pattern[str]:
    forms = sorted({s.rstrip(".") for s in legal_suffixes() if s.replace(".", "").isalpha()}, key=len, reverse=True)
    word = r"[A-Z][\w'\u2019\-]*(?:\.[A-Z])*\.?"  # "U.S. West Inc": initials with their periods
    joiner = r"(?:[ \t]+(?:and|&)[ \t]+)"  # not "of": "Chairman of Tovar Corp" is no name
    suffix = "|".join(re.escape(f.capitalize()) for f in forms)
    suffix += "|" + "|".join(re.escape(f) for f in _LOWERCASE_ABBREVIATIONS if f in forms)
    return re.compile(rf"(?<![\w\-])({word}(?:(?:[ \t]+|{joiner}){word})*?)[ \t]+(?:{suffix})(?![\w\-])")


def company_mentions(analysis: Analysis) -> list[Mention]:
    """ORG mentions of company names by legal form where the model labelled no name."""
    text = analysis.text
    found = []
    for match in _company_name().finditer(text):
        start, end = match.start(), match.end()
        first = match.group(1).split()[0]
        if first in _LEADING_WORDS:
            start = text.index(" ", start) + 1
            while text[start] in " \t":
                start += 1
        names_there = [n for n in analysis.named if n.label in _NAMED_LABELS and n.start < end and start < n.end]
        # "U.S. West Inc": a country the model saw opening the name is the name's first word, and
        # the model's pieces inside the name are the name's
        if any(n.label == "GPE" and n.start == start and n.end < match.end(1) and "." in text[n.start : n.end] for n in names_there) and not _joined_names(text[start:end]):
            names_there = [n for n in names_there if n.start < start or n.end > end]
        if start >= end or any(not _the_words_before_the_form(n, start, match.end(1)) for n in names_there):
            continue
        found.append(Mention(start, end, "ORG", text[start:end], trust=TRUST_MODEL))
    return found


def _joined_names(name: str) -> bool:
    """Two names joined, or one owned ("Italy's Gruppo Ferruzzi and Britain's Tate & Lyle")."""
    return any(mark in name for mark in ("'s ", "\u2019s ", " and ", " & ", ","))


def _the_words_before_the_form(name: NamedSpan, start: int, end: int) -> bool:
    """The model's name is exactly the words the legal form closes: the form says what it is."""
    return name.start == start and name.end == end

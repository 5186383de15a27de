"""Company names the statistical model missed, found by their legal form.

"ChemLawn Corp said ...", "Mitsubishi Motor Sales of America Inc said ...": the small model
often leaves an unknown company unlabelled, above all as the first words of a sentence (a
wire lead after its dateline).  A run of capitalized words closed by a legal form written
with a capital (resources/legal_suffixes.tsv: "Corp", "Inc", "Ltd", "Plc" ...) is a company,
unless the model already labelled a name there (a date or a number it took in is no name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Analysis
from .aliases import legal_suffixes
from .types import TRUST_MODEL, Mention

_NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
_LEADING_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "Yesterday", "Today"})


@lru_cache(maxsize=1)
def _company_name() -> re.Pattern[str]:
    forms = sorted({s.rstrip(".") for s in legal_suffixes() if s.replace(".", "").isalpha()}, key=len, reverse=True)
    word = r"[A-Z][\w'\u2019\-]*\.?"
    joiner = r"(?:[ \t]+(?:and|&)[ \t]+)"  # not "of": "Chairman of Tovar Corp" is no name
    suffix = "|".join(re.escape(f.capitalize()) for f in forms)
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
        if start >= end or any(n.label in _NAMED_LABELS and n.start < end and start < n.end for n in analysis.named):
            continue
        found.append(Mention(start, end, "ORG", text[start:end], trust=TRUST_MODEL))
    return found

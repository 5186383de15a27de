"""Where the lead proper starts after a dateline.

"SEOUL, November 18, 2022 (Agency) - North Korea fired ...": the dateline names where the
article was written; it is not part of the first sentence, though the parser reads it as
one (the city becomes the subject).  Ingest records a dated dateline as the evidence of the
article's date; a dateline without a date ("LIMA -") is found as ``entities.places`` finds it.
"""

from __future__ import annotations

import re

from ..model import Document
from .entities.places import dateline_place

# After the place (or the dated evidence): an optional region or date, an optional
# "(Agency)", then the dash that ends the dateline.
_DASH = r",?(?:\s*(?:--|[\u2013\u2014])|\s+[-_])\s*"  # "CHICAGO, March 4, - ...": a stray comma before the dash
_AGENCY = r"(?:\s*\([^)\n]{1,40}\))?"
_AFTER_EVIDENCE = re.compile(_AGENCY + _DASH)
_AFTER_PLACE = re.compile(r"[^\n()]{0,60}?" + _AGENCY + _DASH)


def dateline_end(text: str) -> int:
    """The offset after the dash of a dateline opening ``text`` ("SAO PAULO, March 5 - "), read
    from the text alone; 0 without one.  Used before any stage has run (the parse)."""
    place = dateline_place(text)
    if place is None:
        return 0
    match = _AFTER_PLACE.match(text, place[1])
    return match.end() if match else 0


def body_start(doc: Document) -> int:
    """The offset where the text after the dateline starts; 0 without a dateline."""
    text = doc.article.text
    date = doc.article.date
    evidence = date.evidence[0] if date is not None and date.source == "dateline" and date.evidence else None
    if evidence is None:
        return dateline_end(text)
    if dateline_place(text, evidence) is None:
        return 0
    match = _AFTER_EVIDENCE.match(text, evidence.end)
    return match.end() if match else 0

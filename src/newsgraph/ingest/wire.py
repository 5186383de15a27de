"""Wire copy's own credits: the closing credit and the agency of a dateline.

- "(Reporting by Jane Ross in Lima and Tom Reed; Editing by Ann Lee)" closes a wire story,
  as its own line or at the end of the last paragraph.  The people of the reporting and
  writing roles (resources/wire_credits.tsv) are the story's byline; editors are not.
- "LIMA (Reuters) - " opens one: the agency in brackets is a cited source, with or without a
  date in the dateline.  The dateline stays in the text (the stages read its place).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..resources import read_table

_SEGMENT = re.compile(r"^(?P<role>[A-Za-z][A-Za-z \-]*?)\s+by\s+(?P<people>.+)$", re.IGNORECASE)
_TRAILING_CREDIT = re.compile(r"\s*\((?P<credit>[^()]*\bby\b[^()]*)\)\s*$", re.IGNORECASE)
_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'\u2019\- ]*$")
_SPLIT_PEOPLE = re.compile(r"\s*(?:,|\band\b|&)\s*")
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z.'\u2019 -]{1,40}(?:,[^()\n]{1,40})?\s*\((?P<agency>[A-Z][\w .&\-]{0,30})\)\s*[-\u2013\u2014:]")


@dataclass(frozen=True, slots=True)
class WireCredit:
    """The people a closing credit names for the byline, and the text before the credit."""

    byline: tuple[str, ...]
    before: str


@lru_cache(maxsize=1)
def _roles() -> dict[str, bool]:
    return {row["role"]: row["byline"] == "yes" for row in read_table("wire_credits.tsv")}


def read_credit(line: str, is_person: Callable[[str], bool]) -> WireCredit | None:
    """The closing credit of ``line`` (the whole line, bracketed or not, or a bracketed credit
    ending it), or None when there is none.  ``is_person`` tells a personal name."""
    stripped = line.strip()
    whole = stripped[1:-1] if stripped.startswith("(") and stripped.endswith(")") else None
    if whole is not None or _SEGMENT.match(stripped.split(";")[0].strip()):
        people = _credited_people(whole if whole is not None else stripped, is_person)
        if people is not None:
            return WireCredit(people, "")
    trailing = _TRAILING_CREDIT.search(stripped)
    if trailing:
        people = _credited_people(trailing["credit"], is_person)
        if people is not None:
            return WireCredit(people, stripped[: trailing.start()].rstrip())
    return None


def _credited_people(credit: str, is_person: Callable[[str], bool]) -> tuple[str, ...] | None:
    """The byline people of a credit, or None when any segment is not "ROLE by NAMES"."""
    roles = _roles()
    people: list[str] = []
    for segment in (s.strip(" .") for s in credit.split(";")):
        if not segment:
            continue
        match = _SEGMENT.match(segment)
        if not match or match["role"].casefold() not in roles:
            return None
        names = [_PLACE.sub("", n).strip(" .") for n in _SPLIT_PEOPLE.split(match["people"]) if n.strip(" .")]
        names = [n for n in names if n]
        if not names or not all(is_person(n) for n in names):
            return None
        if roles[match["role"].casefold()]:
            people.extend(n for n in names if n not in people)
    return tuple(people)


def dateline_agency(line: str) -> str | None:
    """The agency in brackets in a dateline opening ``line`` ("LIMA (Reuters) - ...")."""
    match = _DATELINE_AGENCY.match(line.strip())
    return match["agency"].strip() if match else None

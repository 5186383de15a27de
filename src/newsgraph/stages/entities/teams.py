"""National teams: in a report of a game, a country's name stands for its team.

"Sweden faced South Korea", "Belgium defeated Panama 3 – 0", "a goal for Belgium": sports news
names national teams by their countries, and what they do is play, not govern.  A text is a
match report when a score line joins two names ("Sweden 1 – 0 Korea", "beat Panama 3-0") and
three words of games stand in it (resources/sport_words.tsv).  In such a text every country
named in a score line is a team, an organization with that country; its mentions after a
place preposition ("in Russia", "at England's ground") stay the country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...resources import read_table
from .types import Lexicon, Mention

_SCORE = r"\d{1,2}[ \t]*[\u2013\u2014\-:][ \t]*\d{1,2}(?![\d.,:/])"
_NAME = r"[A-Z][\w.'\u2019\-]*(?:[ \t]+[A-Z][\w.'\u2019\-]*){0,2}"
_SCORE_LINE = re.compile(rf"(?P<a>{_NAME})[ \t]+{_SCORE}[ \t]+(?P<b>{_NAME})|(?P<c>{_NAME})[ \t]+{_SCORE}(?![ \t]+[A-Z])")
_PLACE_WORDS = ("in", "at", "near", "across", "throughout", "inside", "outside")


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("sport_words.tsv"))


def type_teams(text: str, mentions: list[Mention], lexicon: Lexicon) -> None:
    """Retype, in a match report, the mentions of countries named in a score line as teams."""
    if not _match_report(text):
        return
    countries = [m for m in mentions if m.type == "COUNTRY" and m.kind == "name"]
    teams = {found.alpha3 for s, e in _score_line_sides(text) if (found := lexicon.countries.lookup(text[s:e]))}
    for mention in countries:
        if mention.country in teams and not _after_place_word(text, mention.start):
            mention.type = "ORG"


def _match_report(text: str) -> bool:
    words = {w.casefold() for w in re.findall(r"[A-Za-z\-]+", text)}
    return len(words & sport_words()) >= 3 and _SCORE_LINE.search(text) is not None


def _score_line_sides(text: str) -> list[tuple[int, int]]:
    """The spans of the names on either side of every score line."""
    sides: list[tuple[int, int]] = []
    for match in _SCORE_LINE.finditer(text):
        sides.extend(match.span(g) for g in ("a", "b", "c") if match.start(g) >= 0)
    return sides


def _after_place_word(text: str, start: int) -> bool:
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 15) : start])
    return before is not None and before.group(1).casefold() in _PLACE_WORDS

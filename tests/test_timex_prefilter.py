"""The family prefilter: skipping a family never changes what the grammar finds."""

from __future__ import annotations

import re

import pytest

from newsgraph.stages.timex import _FILTERED
from newsgraph.stages.timex.families import COMPILED
from newsgraph.stages.timex.prefilter import lowered_for_filter, may_match, required_words

TEXTS = [
    "The port reopened on March 9, two days after the storm, and by 10:30 GMT on Friday it was busy.",
    "In the sixties, and again in nineteen ninety-eight, the firm lost money every other year.",
    "Profits rose 5% in the third quarter of 2004, compared with a year earlier; shares fell 3p.",
    "She spoke at 22:30 last night; the vote is due on Tuesday afternoon, once a week since 1990.",
    "Three months ago the minister said the 1990s were over. Christmas 2003 was the year's peak.",
    "The ſecond time, at 3 p.m. on 4 July, KELVIN \u212aelvin arrived in \u0130stanbul.",
    "No date at all in this one.",
    "",
]


def _plain(text: str) -> list[tuple[str, int, int]]:
    return [(family, m.start(), m.end()) for family, pattern in COMPILED for m in pattern.finditer(text)]


def _filtered(text: str) -> list[tuple[str, int, int]]:
    lowered = lowered_for_filter(text)
    return [(family, m.start(), m.end()) for family, pattern, needs in _FILTERED if may_match(needs, lowered) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_filtered_matches_equal_plain_matches(text: str) -> None:
    assert _filtered(text) == _plain(text)


def test_every_family_match_has_its_required_strings() -> None:
    # Each family's own matches, found in the sentences above, contain one string of each set.
    for family, pattern, needs in _FILTERED:
        for text in TEXTS:
            for m in pattern.finditer(text):
                assert may_match(needs, lowered_for_filter(text)), (family, m.group(0))


def test_strings_come_from_literals_alternations_and_lookarounds() -> None:
    assert required_words(re.compile(r"(?<![\w-])(?:the\s+)?(?:next|last)\s+week", re.IGNORECASE)) == (frozenset({"week"}), frozenset({"last", "next"}))
    assert required_words(re.compile(r"(?<=\bonce\s)a\s+day", re.IGNORECASE)) == (frozenset({"once"}), frozenset({"day"}), frozenset({"a"}))
    # An optional part or a bare class gives nothing to require.
    assert required_words(re.compile(r"(?:week)?\d+", re.IGNORECASE)) == ()
    assert required_words(re.compile(r"week")) == ()  # case-sensitive patterns are not filtered


def test_case_aliases_turn_the_filter_off() -> None:
    pattern = re.compile("second", re.IGNORECASE)
    assert pattern.search("the \u017fecond")  # the long s matches s without lower-casing to it
    assert lowered_for_filter("the \u017fecond") is None
    assert may_match(required_words(pattern), lowered_for_filter("the \u017fecond"))
    assert not may_match(required_words(pattern), lowered_for_filter("the first"))

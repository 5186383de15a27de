"""Where a name is written: the str.find searches and the gazetteer regexes give what the
plain regexes gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.resources import outlets, weapons
from newsgraph.stages.entities.occurrences import whole_word_spans, words_before
from newsgraph.stages.entities.types import _name_pattern, _whole_name_pattern

# few characters, so names recur: word characters, blanks, hyphens, points, a digit that is
# no decimal ("²"), an accented letter and a line break
_CHARS = st.sampled_from(list("aAbs -\t._,\n²é'"))
_TEXTS = st.text(_CHARS, max_size=30)
_NAMES = st.text(_CHARS, min_size=1, max_size=4)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS, _NAMES, st.booleans())
def test_whole_word_spans_are_the_regex_spans(text: str, name: str, plural: bool) -> None:
    pattern = rf"(?<![\w\-]){re.escape(name)}{'s?' if plural else ''}(?![\w\-])"
    assert whole_word_spans(text, name, plural) == tuple(m.span() for m in re.finditer(pattern, text))


@settings(max_examples=3000, deadline=None)
@given(_TEXTS, _NAMES)
def test_words_before_are_the_regex_words(text: str, name: str) -> None:
    pattern = rf"([\w.\-]+)[ \t]+{re.escape(name)}(?![\w\-])"
    assert words_before(text, name) == tuple(m.group(1) for m in re.finditer(pattern, text))


def test_a_name_inside_a_longer_word_is_not_found() -> None:
    text = "Zelkova reported. Zelkovas and Zelkova-based firms; Mr. Zelkova, Ana  Zelkova"
    assert whole_word_spans(text, "Zelkova") == ((0, 7), (56, 63), (70, 77))
    assert whole_word_spans(text, "Zelkova", plural=True) == ((0, 7), (18, 26), (56, 63), (70, 77))
    assert words_before(text, "Zelkova") == ("Mr.", "Ana")


def test_the_gazetteer_regexes_find_what_a_lookbehind_first_regex_finds() -> None:
    names = [n for entry in (*outlets(), *weapons()) for n in (entry.name, *entry.aliases)]
    contexts = ["{}", "a {} b", "x{}", "-{}", "{}-y", "{}s.", "{}es,", "({})", "{}'s", "\u2019{} {}", "the {}\n{}"]
    for name in names:
        for plural, flags in ((False, 0), (True, re.IGNORECASE)):
            listed = re.compile(_whole_name_pattern(name, plural), flags)
            plain = re.compile(rf"(?<![\w\-]){_name_pattern(name, plural)}(?![\w\-])", flags)
            for written in (name, name.upper(), name.lower(), name.replace(" ", "-"), name.replace("'", "\u2019")):
                for context in contexts:
                    text = context.format(written, written)
                    assert [m.span() for m in listed.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)

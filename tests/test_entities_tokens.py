"""Tokens near a place in the text: the bisections give what a filter over every token gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.model import Analysis, Token
from newsgraph.stages.entities.tokens import first_token_in, last_token_in, sentence_tokens_before, tokens_after


@st.composite
def _parses(draw) -> Analysis:
    """Tokens in text order that do not overlap (gaps of zero to two characters), in sentences
    of consecutive tokens."""
    tokens, position, sentence = [], draw(st.integers(0, 2)), 0
    for index in range(draw(st.integers(0, 12))):
        size = draw(st.integers(1, 3))
        sentence += draw(st.integers(0, 1))
        tokens.append(Token(index, position, position + size, "x" * size, "x", "X", "", "dep", index, sentence))
        position += size + draw(st.integers(0, 2))
    return Analysis("x" * (position + 2), tuple(tokens))


_OFFSETS = st.integers(-1, 45)


@settings(max_examples=2000, deadline=None)
@given(_parses(), _OFFSETS, _OFFSETS, st.integers(0, 5), st.integers(-1, 2))
def test_tokens_near_a_place_are_those_a_filter_finds(analysis: Analysis, start: int, end: int, count: int, later: int) -> None:
    inside = analysis.tokens_in(start, end)
    assert first_token_in(analysis, start, end) == (inside[0] if inside else None)
    assert last_token_in(analysis, start, end) == (inside[-1] if inside else None)
    assert tokens_after(analysis, start, count) == tuple([t for t in analysis.tokens if t.start >= start][:count])
    # the sentence of a place in the text is none (-1) or not before that of a token before it
    before = [t.sent for t in analysis.tokens if t.end <= start]
    sentence = -1 if later < 0 else (before[-1] if before else 0) + later
    assert sentence_tokens_before(analysis, start, sentence) == [t for t in analysis.tokens if t.end <= start and t.sent == sentence]

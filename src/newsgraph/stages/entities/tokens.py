"""Tokens near a place in the text, found by bisection: the tokens of a parse are in text
order and do not overlap, so a filter over all of them per name is not needed."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...model import Analysis, Token, token_end, token_start


def tokens_after(analysis: Analysis, offset: int, count: int) -> tuple[Token, ...]:
    """The first ``count`` tokens that start at or after ``offset``."""
    first = bisect_left(analysis.tokens, offset, key=token_start)
    return analysis.tokens[first : first + count]


def first_token_in(analysis: Analysis, start: int, end: int) -> Token | None:
    """``analysis.tokens_in(start, end)[0]`` (None for no token), without slicing out the rest."""
    tokens = analysis.tokens
    first = bisect_left(tokens, start, key=token_start)
    return tokens[first] if first < len(tokens) and tokens[first].end <= end else None


def last_token_in(analysis: Analysis, start: int, end: int) -> Token | None:
    """``analysis.tokens_in(start, end)[-1]`` (None for no token), without slicing out the rest."""
    tokens = analysis.tokens
    last = bisect_right(tokens, end, key=token_end)
    return tokens[last - 1] if last > 0 and tokens[last - 1].start >= start else None


def sentence_tokens_before(analysis: Analysis, offset: int, sentence: int) -> list[Token]:
    """The tokens of sentence ``sentence``, the one ``offset`` is in (or -1), that end at or
    before ``offset``: a sentence's tokens are one run of the parse, so they close the tokens
    before ``offset``."""
    tokens = analysis.tokens
    last = bisect_right(tokens, offset, key=token_end)
    first = last
    while first > 0 and tokens[first - 1].sent == sentence:
        first -= 1
    return list(tokens[first:last])

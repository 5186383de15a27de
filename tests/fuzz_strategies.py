"""Hypothesis strategies for the fuzz tests: seeds of each format with edits spliced in, and
news-like text made of words, dates, quotes, names and awkward characters."""

from __future__ import annotations

from hypothesis import strategies as st

from fuzz.seeds import seeds

AWKWARD = "\"'“”‘’«»„‹›—–-…\u00a0\u200b\u200e\u200f\u202e\u2066\ufeff\ufffd\t\r\n\x00\x07\x1b\x7f\x85\u2028\u0301\u05e9\u05dc\u0645\u0631\u4e2d\U0001f600<>&;:{}[]\\/#%"
WORDS = (
    "the", "minister", "said", "told", "reporters", "on", "Monday", "last", "week", "March", "3", "2024", "in", "Nairobi",
    "Kenya", "President", "Alda", "Veltri", "of", "Valdoria", "police", "arrested", "protesters", "attacked", "signed",
    "a", "deal", "with", "according", "to", "Reuters", "AP", "two", "days", "ago", "next", "year", "at", "5", "p.m.",
    "\"", "“", "”", "'", ",", ".", "-", "\n", "\n\n", "NAIROBI,", "(Reuters)", "—", "Dr.", "Mr", "U.S.", "the 1990s",
)

AWKWARD_TEXT = st.text(alphabet=st.sampled_from(AWKWARD) | st.characters(codec="utf-8"), max_size=40)
NEWSY_TEXT = st.lists(st.sampled_from(WORDS) | AWKWARD_TEXT, min_size=1, max_size=120).map(" ".join)


@st.composite
def edited(draw, target: str) -> bytes:
    """A seed of ``target`` with a few bytes or strings inserted, removed or replaced."""
    data = bytearray(draw(st.sampled_from(seeds(target))))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        end = draw(st.integers(at, min(len(data), at + 64)))
        piece = draw(st.binary(max_size=40) | AWKWARD_TEXT.map(str.encode) | NEWSY_TEXT.map(str.encode))
        data[at:end] = piece
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


def inputs_for(target: str) -> st.SearchStrategy[bytes]:
    """Edited seeds, news-like text, or any bytes."""
    return edited(target) | NEWSY_TEXT.map(str.encode) | st.binary(max_size=300)

"""One quote from its parts: a quote split by its attribution, or continued over paragraphs.

News writing splits one speaker's words around the attribution ("“A,” she said. “B.”",
"“A,” said Ann Lee, “B.”") and opens each paragraph of a long quote again without closing
the one before.  Such pieces are one quote: ``content`` covers them from the first word to
the last (as attribution corpora such as PolNeAR mark it) and ``parts`` lists the quoted
stretches.

Two neighbouring quotes of one kind join when they share their cue (the second has none of
its own and continued the first's) and what lies between them is only that attribution:

- in one paragraph, nothing but punctuation, or only words of the sentence(s) holding the
  cue, the cue itself among them;
- over a paragraph break, the first is left open at its paragraph's end and the second opens
  the next paragraph; the cue may be in either (the joined quote takes the one there is).

A quote with its own, different cue ("“B,” he added") or with narrative text before it is a
quote of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Quote, Span
from .marks import Quoted
from .parse import ParseIndex

_CLOSING_MARKS = "”\"’»'`"


@dataclass(frozen=True, slots=True)
class Piece:
    """A direct or written quote with the quoted stretch it was read from and whether it
    found a cue of its own (a continued quote borrows its cue from the one before)."""

    quote: Quote
    quoted: Quoted
    own_cue: bool


def join_pieces(text: str, index: ParseIndex, pieces: list[Piece]) -> list[tuple[Quote, list[Quoted]]]:
    """The quotes with their parts joined, each with the quoted stretches it holds."""
    joined: list[tuple[Quote, list[Quoted]]] = []
    for piece in pieces:
        if joined and _joins(text, index, joined[-1], piece):
            first, stretches = joined[-1]
            if first.cue is None:  # attributed in a later paragraph: its cue and speaker
                first = replace(piece.quote, content=first.content, parts=first.parts)
            joined[-1] = (_joined_quote(text, first, stretches, piece.quoted), [*stretches, piece.quoted])
        else:
            joined.append((piece.quote, [piece.quoted]))
    return joined


def _joins(text: str, index: ParseIndex, previous: tuple[Quote, list[Quoted]], piece: Piece) -> bool:
    quote, stretches = previous
    last = stretches[-1]
    if piece.quote.kind != quote.kind or piece.quoted.open_at <= last.close_at:
        return False
    gap = text[last.close_at : piece.quoted.open_at]
    if "\n" in gap:  # the attribution may come with the first paragraph or the last
        return (not piece.own_cue or quote.cue is None) and _left_open(text, last) and not gap.strip()
    if piece.quote.cue != quote.cue:
        return False
    if not any(c.isalnum() for c in gap):
        return True
    return quote.cue is not None and _only_attribution(index, last, piece.quoted, quote.cue)


def _left_open(text: str, quoted: Quoted) -> bool:
    """The stretch runs to its paragraph's end with no closing mark."""
    return quoted.close_at >= len(text) or (text[quoted.close_at] == "\n" and text[quoted.close_at - 1] not in _CLOSING_MARKS)


def _only_attribution(index: ParseIndex, before: Quoted, after: Quoted, cue: Span) -> bool:
    """Between two stretches only the cue and the words of its sentence(s)."""
    if not (before.close_at < cue.start and cue.end <= after.open_at):
        return False
    first_cue = index.first_token_at(cue.start)
    low = index.sentence(first_cue)[0]
    high = index.sentence(index.first_token_at(cue.end) - 1)[1]
    for i in index.tokens_between(before.close_at + 1, after.open_at):
        token = index.tokens[i]
        if any(c.isalnum() for c in token.text) and not low <= i <= high:
            return False
    return True


def _joined_quote(text: str, quote: Quote, stretches: list[Quoted], added: Quoted) -> Quote:
    parts = [Span.of(text, q.start, q.end) for q in (*stretches, added)]
    return replace(quote, content=Span.of(text, parts[0].start, parts[-1].end), parts=tuple(parts))

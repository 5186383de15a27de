"""Read-only helpers over the parse for time work: sentences, span heads, governing verbs, tense."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from ...model import Analysis, Span, Token
from .lexicon import lexicon

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "could", "may", "might"})
# Verbs of intention look ahead: "planned to leave on Thursday" is a coming Thursday.
_INTENT = frozenset(lexicon().words("intent_verb"))
# Words of arrangement after "be": "is due to travel on Tuesday" is the coming Tuesday, while
# "was due to travel on Tuesday" stays in the past with its "was".
_ARRANGEMENT = frozenset(lexicon().words("arrangement"))
_PAST_AUX = frozenset({"had", "has", "have", "was", "were", "did", "'d"})
# Acts a timetable holds: their simple present tells what is to come ("ministers meet on Thursday").
_SCHEDULED = frozenset(lexicon().words("scheduled_verb"))
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "acl", "pcomp", "csubj", "parataxis"})


class Syntax:
    """Tokens with their children, and the questions times and checks ask about them."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.tokens = analysis.tokens
        children: dict[int, list[int]] = {}
        for tok in analysis.tokens:
            if tok.head != tok.i:
                children.setdefault(tok.head, []).append(tok.i)
        self.children = {k: tuple(v) for k, v in children.items()}

    def sentence_span(self, offset: int) -> Span:
        index = self.analysis.sentence_of(offset)
        if index < 0:
            return Span(offset, offset, "")
        return self.analysis.sentences[index]

    @cached_property
    def _bounds(self) -> tuple[list[int], list[int]] | None:
        """Token starts and ends, when the tokens are in text order and none overlap (a parse)."""
        starts = [t.start for t in self.tokens]
        ends = [t.end for t in self.tokens]
        ordered = all(e <= s for e, s in zip(ends, starts[1:], strict=False)) and all(s <= e for s, e in zip(starts, ends, strict=True))
        return (starts, ends) if ordered else None

    def tokens_between(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that overlap ``[start, end)``, in text order."""
        bounds = self._bounds
        if bounds is None:
            return tuple(t for t in self.tokens if t.start < end and start < t.end)
        starts, ends = bounds
        # Ends and starts both rise: the tokens that end after ``start`` and start before ``end``.
        first = bisect_right(ends, start)
        last = bisect_left(starts, end, lo=first)
        return tuple(t for t in self.tokens[first:last] if t.start < end and start < t.end)

    def root_of(self, start: int, end: int) -> Token | None:
        """The token of ``[start, end)`` whose head lies outside it (the span's syntactic head)."""
        inside = self.tokens_between(start, end)
        indices = {t.i for t in inside}
        for tok in inside:
            if tok.head not in indices or tok.head == tok.i:
                return tok
        return inside[0] if inside else None

    def governing_verb(self, start: int, end: int, steps: int = 6) -> Token | None:
        """The nearest verb above the span in the dependency tree (the clause it belongs to)."""
        tok = self.root_of(start, end)
        for _ in range(steps):
            if tok is None:
                return None
            if tok.pos in ("VERB", "AUX") and (start >= tok.end or tok.start >= end):
                return tok
            if tok.head == tok.i:
                return None
            tok = self.tokens[tok.head]
        return None

    def clause_head(self, tok: Token, steps: int = 8) -> Token:
        """The verb heading the clause of ``tok`` (the token itself if it is one)."""
        for _ in range(steps):
            if tok.pos in ("VERB", "AUX") and (tok.dep in _CLAUSE_DEPS or tok.head == tok.i):
                return tok
            if tok.head == tok.i:
                return tok
            tok = self.tokens[tok.head]
        return tok

    def tense(self, verb: Token) -> str | None:
        """'past', 'future' or None (present or unknown) from the verb's tag and auxiliaries."""
        auxes = [self.tokens[i].text.lower() for i in self.children.get(verb.i, ()) if self.tokens[i].dep in ("aux", "auxpass")]
        if "had" in auxes:
            return "past"  # "had agreed on Monday to buy": a past perfect, whatever it agreed to do
        if any(a in _FUTURE_AUX for a in auxes) or (verb.lemma in _INTENT and verb.tag == "VBN"):
            return "future"
        if verb.tag == "VBD" or any(a in _PAST_AUX for a in auxes):
            return "past"
        if verb.tag in ("VBZ", "VBP") and verb.lemma.lower() in _SCHEDULED and not auxes:
            return "future"  # "EU ministers meet on Thursday", "the freeze expires on April 1"
        if verb.lemma == "be" and (arrangement := self._child(verb, "acomp", _ARRANGEMENT)) is not None:
            return self._arrangement_tense(arrangement)  # "the vote is due on Tuesday"
        # "expects OPEC to meet before June": an infinitive with its own subject is parsed as a
        # clausal complement, but its time leans on the governing verb as an xcomp's does.
        if (verb.dep == "xcomp" or (verb.dep == "ccomp" and "to" in auxes)) and verb.head != verb.i:
            governor = self.tokens[verb.head]
            if governor.lemma.lower() in _ARRANGEMENT or governor.text.lower() in _ARRANGEMENT:
                return self._arrangement_tense(governor)
            # "is to be held": present "be" + to-infinitive is an arrangement still to come.
            arranged = governor.lemma == "be" and governor.tag in ("VBZ", "VBP") and "to" in auxes
            if governor.lemma in _INTENT or arranged:
                return "future"
            governed = self.tense(governor)
            # "decided to hold a hearing on March 13": what a past act set out to do may still be
            # ahead, so its date is the nearest, not the last one before the article.
            return None if governed == "past" and "to" in auxes else governed
        return None

    def _child(self, tok: Token, dep: str, words: frozenset[str]) -> Token | None:
        return next((self.tokens[i] for i in self.children.get(tok.i, ()) if self.tokens[i].dep == dep and self.tokens[i].text.lower() in words), None)

    def _arrangement_tense(self, word: Token) -> str:
        """'future' for an arrangement stated in the present ("is due to"), 'past' after "was"."""
        holders = [word, self.tokens[word.head]] if word.dep == "acomp" else [word]
        be_forms = [*holders[1:], *(self.tokens[i] for h in holders for i in self.children.get(h.i, ()) if self.tokens[i].dep in ("aux", "auxpass"))]
        if any(b.tag == "VBD" or b.text.lower() in _PAST_AUX for b in be_forms):
            return "past"
        return "future"

    def tense_at(self, start: int, end: int) -> str | None:
        verb = self.governing_verb(start, end)
        return self.tense(verb) if verb is not None else None

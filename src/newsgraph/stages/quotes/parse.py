"""Reading the parse for quotes: cue words, their subjects, and the phrases tokens head.

Works on the plain ``Analysis`` (tokens with dep and head); nothing here imports spaCy.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ...model import Analysis, Token
from .lexicon import CueWord, QuoteLexicon

# dependents that end a speaker's phrase ("Ann Lee, who spoke first," -> "Ann Lee"); coordinated
# speakers stay ("regulators and environmental groups")
_PHRASE_CUT = frozenset({"appos", "relcl", "acl", "punct", "advcl", "dep"})
# a participle or second verb takes the subject of the verb it hangs on ("..., saying",
# "began by saying": through the preposition to its verb)
_SUBJECT_FROM_HEAD = frozenset({"advcl", "conj", "xcomp", "pcomp", "prep"})
_CLIMB = 5
_VERB_TAGS = frozenset({"VERB", "AUX"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue in the text: tokens ``first``..``last`` (inclusive); ``head`` is the token whose
    subject or object names the speaker (the verb, or "to" of "according to")."""

    first: int
    last: int
    head: int
    word: CueWord


class ParseIndex:
    """Tokens of one analysis with their children, for walking the dependency tree."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.tokens: tuple[Token, ...] = analysis.tokens
        children: dict[int, list[int]] = {}
        for token in self.tokens:
            if token.head != token.i:
                children.setdefault(token.head, []).append(token.i)
        self._children = {head: tuple(kids) for head, kids in children.items()}
        bounds: dict[int, tuple[int, int]] = {}
        for token in self.tokens:
            low, _ = bounds.get(token.sent, (token.i, token.i))
            bounds[token.sent] = (low, token.i)
        self._sentences = bounds
        self._starts = [t.start for t in self.tokens]
        self._subtrees: dict[frozenset[str], dict[int, tuple[int, int]]] = {}

    def sentence(self, i: int) -> tuple[int, int]:
        """First and last token index of the sentence holding token ``i``."""
        if i >= len(self.tokens):
            return len(self.tokens), len(self.tokens) - 1
        return self._sentences[self.tokens[i].sent]

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens that start within ``[start, end)``."""
        return range(bisect_left(self._starts, start), bisect_left(self._starts, end))

    def children(self, i: int) -> tuple[Token, ...]:
        return tuple(self.tokens[k] for k in self._children.get(i, ()))

    def subtree(self, i: int, cut: frozenset[str] = frozenset()) -> tuple[int, int]:
        """Leftmost and rightmost token index under ``i``, leaving out dependents in ``cut``.

        Kept per ``cut`` for every token walked: a long sentence with many cues (each asking
        for its subject's phrase) costs one walk of the tree, not one per cue."""
        known = self._subtrees.setdefault(cut, {})
        stack = [(i, False)]
        while stack:  # children first, then their parent from their bounds
            current, children_done = stack.pop()
            if current in known:
                continue
            kids = [k.i for k in self.children(current) if k.dep not in cut]
            if children_done:
                known[current] = (min([current, *(known[k][0] for k in kids)]), max([current, *(known[k][1] for k in kids)]))
            else:
                stack.append((current, True))
                stack.extend((k, False) for k in kids if k not in known)
        return known[i]

    def char_span(self, low: int, high: int) -> tuple[int, int]:
        return self.tokens[low].start, self.tokens[high].end

    def first_token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (len(tokens) if none)."""
        return bisect_left(self._starts, offset)


def cue_at(index: ParseIndex, lexicon: QuoteLexicon, i: int) -> Cue | None:
    """The cue that starts at token ``i``, if any."""
    cue = _cue_starting(index, lexicon, i)
    if cue is not None and _inside_a_name(index, index.tokens[i]):
        return None  # "Oil Minister Mana Said al-Oteiba": a word of a name (in a headline, "Podesta Said ..." is the verb)
    return cue


def _cue_starting(index: ParseIndex, lexicon: QuoteLexicon, i: int) -> Cue | None:
    token = index.tokens[i]
    lower = token.text.casefold()
    if token.pos != "NOUN":  # "a call for ..." is a noun, not the verb phrase "called for"
        for phrase in lexicon.phrases_from(lower):
            words = index.tokens[i : i + len(phrase.words)]
            if len(words) == len(phrase.words) and tuple(t.text.casefold() for t in words) == phrase.words:
                return Cue(i, i + len(words) - 1, i + len(words) - 1, phrase)
    word = lexicon.verbs.get(token.lemma.casefold()) or lexicon.verbs.get(lower)
    if (word is not None and token.pos in _VERB_TAGS and token.tag != "VBN") or (word is not None and _active_participle(index, token)):
        return Cue(i, i, i, word)
    return None


def _inside_a_name(index: ParseIndex, token: Token) -> bool:
    """A capitalized word inside a person's name, in a sentence not written in title case as
    headlines are ("He will meet ... Minister Mana Said al-Oteiba" has words in lower case)."""
    if token.ent_type != "PERSON" or token.ent_iob != "I" or not token.text[:1].isupper():
        return False
    sentence = index.analysis.sentences[token.sent]
    lower = [t for t in index.analysis.tokens_in(sentence.start, sentence.end) if t.text.isalpha() and len(t.text) > 3 and t.text.islower()]
    return len(lower) >= 2


def _active_participle(index: ParseIndex, token: Token) -> bool:
    """ "has said" is a cue; "was told" is not (the subject is the listener)."""
    if token.tag != "VBN" or token.pos not in _VERB_TAGS:
        return False
    return not any(k.dep == "auxpass" for k in index.children(token.i))


def speaker_token(index: ParseIndex, cue: Cue) -> Token | None:
    """The token naming who speaks through ``cue``: the verb's subject (climbing from a
    participle to its verb), the object of "according to", or a name after an inverted
    verb ("..., said Ann Lee")."""
    if cue.word.words[-1] == "to":
        return next((k for k in index.children(cue.head) if k.dep == "pobj"), None)
    current = index.tokens[cue.head]
    for _ in range(_CLIMB):
        subject = _subject(index, current, index.tokens[cue.first])
        if subject is not None:
            return _antecedent(index, subject, current)
        if current.dep not in _SUBJECT_FROM_HEAD or current.head == current.i:
            break
        current = index.tokens[current.head]
    verb = index.tokens[cue.head]
    head = index.tokens[verb.head]
    if verb.dep == "compound" and head.pos == "PROPN":  # "Said Ann Lee: ..." parsed as a name
        return head
    return next(
        (k for k in index.children(verb.i) if k.i > verb.i and k.pos in ("PROPN", "NOUN", "PRON") and k.dep in ("dobj", "attr", "npadvmod", "dep")),
        None,
    )


def _subject(index: ParseIndex, verb: Token, cue: Token) -> Token | None:
    """The verb's subject in the cue's paragraph, the nearest one when the parse gives two
    (a time line or dateline read as a second subject: "12:15 p.m. / Ann Lee says")."""
    text = index.analysis.text
    found = [k for k in index.children(verb.i) if k.dep == "nsubj"]
    same = [k for k in found if "\n" not in text[min(k.start, cue.start) : max(k.end, cue.end)]]
    return min(same, key=lambda k: abs(k.i - verb.i)) if same else None


def _antecedent(index: ParseIndex, subject: Token, verb: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("Ann Lee, who said ...")."""
    if subject.tag in _RELATIVE_TAGS and verb.dep == "relcl" and verb.head != verb.i:
        return index.tokens[verb.head]
    return subject


def phrase_of(index: ParseIndex, token: Token) -> tuple[int, int]:
    """Character span of the phrase ``token`` heads, without appositions and clauses."""
    low, high = index.subtree(token.i, _PHRASE_CUT)
    return index.char_span(low, high)


def is_verb(token: Token) -> bool:
    return token.pos in _VERB_TAGS

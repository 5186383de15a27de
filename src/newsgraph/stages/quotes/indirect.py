"""Indirect quotes: reported speech without quote marks.

- A cue verb with a clausal complement: "Ann Lee said (that) the talks would resume",
  "The talks will resume, officials said." The content is the complement clause (with its
  "that"), the speaker the verb's subject. A cue the parser hangs on the reported clause
  ("The talks, he said, will resume") takes that clause, around the cue when it sits inside.
- "according to X": the content is the rest of the sentence (the part before or after the
  phrase when it opens or closes the sentence, else the whole sentence); the speaker is X.

A dateline opening the text is no part of any content.  Complements that are mostly a direct quote's words are left to it. A reporting verb the
parser sets beside another cue rather than over a clause ("Ann Lee said, Kyodo reported")
has no complement: the outlet joins the reporting chain (``via``), not a quote of its own.
"""

from __future__ import annotations

from ...model import Document, Quote, Span, Token
from ..dateline import body_start
from .attribution import medium_of_cue, speaker_fields, speaker_of_cue, via_outlets
from .lexicon import QuoteLexicon
from .marks import Quoted
from .parse import Cue, ParseIndex, cue_at

_EDGE_PUNCT = " \t\n,;:.—–-"
_MOSTLY_QUOTED = 0.5
_MIN_OBJECT_WORDS = 2


def indirect_quotes(doc: Document, index: ParseIndex, lexicon: QuoteLexicon, quoted: list[Quoted], captions: list[Span]) -> list[Quote]:
    """Indirect quotes outside ``quoted``, the quoted stretches already taken as direct or
    written quotes (a quoted phrase inside reported speech stays part of it)."""
    found: list[Quote] = []
    body = body_start(doc)  # content never takes in the dateline ("CITY, May 9 -")
    for token in index.tokens:
        cue = cue_at(index, lexicon, token.i)
        if cue is None or any(c.start <= token.start < c.end for c in captions) or _in_quoted(token.start, quoted):
            continue
        content = _according_content(index, cue) if cue.word.words[-1] == "to" else _complement(index, lexicon, cue) or _host_clause(index, lexicon, cue)
        content = _in_paragraph(index.analysis.text, content, token.start, body) if content else None
        if content is None or _mostly_quoted(content, quoted):
            continue
        found.append(_quote(doc, index, lexicon, cue, content))
    return _outermost(found)


def _outermost(found: list[Quote]) -> list[Quote]:
    """Reported speech inside reported speech ("Ann Lee said she thinks ...") is part of the
    outer quote's content, not a quote of its own."""
    return [q for q in found if q.cue is None or not any(o is not q and o.content.start <= q.cue.start and q.cue.end <= o.content.end for o in found)]


def _in_paragraph(text: str, content: tuple[int, int], anchor: int, floor: int = 0) -> tuple[int, int] | None:
    """The content cut to the paragraph of the cue at ``anchor`` (parses can run across) and
    to start at or after ``floor``."""
    start = max(content[0], text.rfind("\n", 0, anchor) + 1, floor)
    line_end = text.find("\n", anchor)
    end = min(content[1], line_end if line_end >= 0 else len(text))
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return (start, end) if end > start else None


def _in_quoted(offset: int, quoted: list[Quoted]) -> bool:
    return any(q.open_at <= offset <= q.close_at for q in quoted)


def _mostly_quoted(content: tuple[int, int], quoted: list[Quoted]) -> bool:
    start, end = content
    covered = sum(max(0, min(end, q.close_at) - max(start, q.open_at)) for q in quoted)
    return covered > _MOSTLY_QUOTED * (end - start)


def _complement(index: ParseIndex, lexicon: QuoteLexicon, cue: Cue) -> tuple[int, int] | None:
    """What the cue reports: its clause ("said (that) ..."), else, for the cues that take them
    (lexicon ``takes``), a to-infinitive with the object before it ("urged voters to ...") or
    the direct object ("denied the charges")."""
    children = index.children(cue.head)
    clause = next((k for k in children if k.dep == "ccomp"), None)
    if clause is not None:
        low, high = index.subtree(clause.i)
    elif "to" in cue.word.takes and (verb := next((k for k in children if k.dep == "xcomp" and k.pos in ("VERB", "AUX")), None)) is not None:
        low, high = index.subtree(verb.i)
        listener = next((k for k in children if k.dep == "dobj" and k.i < verb.i), None)
        low = index.subtree(listener.i)[0] if listener is not None else low
    elif "object" in cue.word.takes and (thing := next((k for k in children if k.dep == "dobj"), None)) is not None:
        low, high = index.subtree(thing.i)
        if sum(1 for i in range(low, high + 1) if index.tokens[i].text.isalpha()) < _MIN_OBJECT_WORDS:
            return None  # "denied it": a pronoun reports nothing
    else:
        return None
    if low <= cue.first <= high:
        return None
    return _trimmed(index, low, high)


def _host_clause(index: ParseIndex, lexicon: QuoteLexicon, cue: Cue) -> tuple[int, int] | None:
    """The clause a parenthetical cue hangs on: "The talks, he said, will resume." The content
    runs over the whole clause when the cue sits inside it (the reported words around it)."""
    verb = index.tokens[cue.head]
    if verb.head == verb.i or verb.sent != index.tokens[verb.head].sent:
        return None
    if verb.dep != "parataxis" and not (verb.dep == "conj" and _said_after_a_comma(index, verb)):
        return None
    host = index.tokens[verb.head]
    if cue_at(index, lexicon, host.i) is not None:
        return None
    low, high = index.subtree(host.i)
    cue_low, cue_high = index.subtree(verb.i)
    if cue_low <= low:
        low = cue_high + 1
    elif cue_high >= high:
        high = cue_low - 1
    return _trimmed(index, low, high) if low <= high else None


def _said_after_a_comma(index: ParseIndex, verb: Token) -> bool:
    """ "X is lifting the lockout, union spokesman Y said": a cue with its own subject after a
    comma, parsed as the last conjunct of the clause it reports (no "and" or "but" joins
    them, as in "X resigned, and Y said ...")."""
    if verb.head > verb.i or not any(k.dep in ("nsubj", "nsubjpass") for k in index.children(verb.i)):
        return False
    low = index.subtree(verb.i)[0]
    low += index.tokens[low].text == ","  # the comma may hang on the cue itself
    siblings = index.children(verb.head)
    before = max((k.i for k in siblings if k.dep == "conj" and k.i < verb.i), default=verb.head)  # "lifting X and plans Y, Z said"
    joined = any(k.dep == "cc" and before < k.i < verb.i for k in siblings) or any(k.dep == "cc" for k in index.children(verb.i))
    return low > 0 and index.tokens[low - 1].text == "," and not joined


def _according_content(index: ParseIndex, cue: Cue) -> tuple[int, int] | None:
    """The sentence around "according to X" without that phrase."""
    phrase_low, phrase_high = index.subtree(cue.first)
    phrase_high = max(phrase_high, index.subtree(cue.last)[1])
    first, last = index.sentence(cue.first)
    words = [i for i in range(first, last + 1) if index.tokens[i].text.strip()]
    if not words:
        return None
    low, high = words[0], words[-1]
    if _only_punct(index, low, phrase_low):
        low = phrase_high + 1
    elif _only_punct(index, phrase_high + 1, high + 1):
        high = phrase_low - 1
    if low > high:
        return None
    return _trimmed(index, low, high)


def _only_punct(index: ParseIndex, low: int, high: int) -> bool:
    """True when tokens ``low``..``high - 1`` are punctuation or space only."""
    return all(not any(c.isalnum() for c in index.tokens[i].text) for i in range(low, high))


def _trimmed(index: ParseIndex, low: int, high: int) -> tuple[int, int] | None:
    start, end = index.char_span(low, high)
    text = index.analysis.text
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return (start, end) if end > start else None


def _quote(doc: Document, index: ParseIndex, lexicon: QuoteLexicon, cue: Cue, content: tuple[int, int]) -> Quote:
    text = doc.article.text
    speaker = speaker_of_cue(doc, index, cue)
    return Quote(
        id="",
        kind="indirect",
        content=Span.of(text, *content),
        cue=Span.of(text, index.tokens[cue.first].start, index.tokens[cue.last].end),
        **speaker_fields(text, speaker),
        via=via_outlets(doc, index, lexicon, index.sentence(cue.first), cue, speaker),
        medium=medium_of_cue(index, lexicon, cue),
    )

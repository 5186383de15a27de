"""Quotes: direct, indirect and written, with speaker, cue and the outlets that passed them on.

Requires ``entities``; provides ``quotes``.  The work is split in these modules:

- ``marks``: quoted stretches of text (paired quote marks inside a paragraph);
- ``lexicon``: cue verbs and phrases, written media (data in resources/);
- ``parse``: cues in the parse, their subjects, the phrases tokens head;
- ``attribution``: speaker entity, medium and the reporting chain (``via``);
- ``indirect``: reported speech without quote marks ("X said that ...",
  "according to X, ...");
- ``labels``: statements after a speaker's name and a colon ("Graham: ...", "PENCE: ...");
- ``parts``: a quote split by its attribution or continued over paragraphs as one quote;
- ``signature``: a quote signed with a dash ("“...” ― Ann Lee");
- ``speakers``: pronoun and role speakers the entity stage left open, read in a run of quotes.

A quoted stretch is a direct quote when it stands as a statement: it opens a sentence or
follows a colon, a cue verb, or a comma with a cue, and it has a verb or four words or more.  A quoted
name in the middle of a sentence (a film title, a scare-quoted word) is not a quote.  The cue
is the nearest cue word after the closing mark in the quote's sentences ("..., Ann Lee said"),
else the nearest before the opening mark (also in a previous sentence of the paragraph that
ends with a colon).  Written quotes are direct ones in a medium (see ``attribution``).

A quote with no cue of its own takes the speaker, cue and reporting chain of the quote before
it when both are in one paragraph, or when it is a whole paragraph right after the previous
quote's, and no other person, organization or outlet is named between
them (names inside the previous quote's own attribution sentence do not count): news writing
continues one speaker's words across sentences ("“...,” she said. “...”"), attributed by that
one cue, and names a new speaker when it changes.
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Analysis, Document, Quote, Span
from ...settings import Settings
from ..base import next_id
from .attribution import NO_SPEAKER, author_of_medium, medium_before, medium_of_cue, speaker_fields, speaker_of_cue, speaker_of_span, via_outlets
from .indirect import indirect_quotes
from .labels import labelled_statements
from .lexicon import QuoteLexicon, load_quote_lexicon
from .marks import Quoted, paragraphs, quoted_spans
from .parse import Cue, ParseIndex, cue_at, is_verb
from .parts import Piece, join_pieces
from .signature import dash_signature
from .speakers import resolve_speakers

_STATEMENT_BEFORE = ".!?:,;—–"
_CLOSERS = '”"’»'
_CRY_ENDS = ",!?"
_LABELLING = "label"
_CRY_CUE_GAP = 4  # “Never again,” Ann Lee said
_NOT_AFTER_CUE = frozenset({"that", "if", "whether", "as", "how", "what", "why", "when"})
_CUE_OBJECT_DEPS = frozenset({"dobj", "dative", "npadvmod", "prep", "pobj", "det", "amod", "compound", "poss", "prt", "advmod", "punct", "nummod"})
_CUE_AFTER_GAP = 40
_CUE_BEFORE_GAP = 20
_CUE_NEXT_SENTENCE = 6  # "Ann Lee said." / "said Ann Lee, a senator from Ohio."
_OWN_CLAUSE = frozenset({"ccomp", "xcomp", "dobj"})
_SPEAKER_TYPES = frozenset({"PERSON", "ORG", "OUTLET", "COUNTRY"})


class QuoteStage:
    name = "quotes"
    requires = frozenset({"entities"})
    provides = frozenset({"quotes"})

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        return doc.with_(quotes=find_quotes(doc, analysis, self.lexicon))


def find_quotes(doc: Document, analysis: Analysis, lexicon: QuoteLexicon) -> tuple[Quote, ...]:
    """Every quote of one parsed document, in text order, with ids q1, q2 ..."""
    index = ParseIndex(analysis)
    captions = [c.span for c in doc.article.captions]
    quoted = [q for q in quoted_spans(analysis.text) if not any(c.start <= q.open_at < c.end for c in captions)]
    inside = _inside_quotes(index, quoted)  # once: it is the same for every quote
    found = [(q, d) for q in quoted if (d := _direct(doc, index, lexicon, q, inside)) is not None]
    continued = _continue_speakers(doc, index, [d for _, d in found])
    pieces = [Piece(quote, q, d.cue is not None) for (q, d), quote in zip(found, continued, strict=True)]
    joined = join_pieces(doc.article.text, index, pieces)
    direct = [quote for quote, _ in joined]
    taken = [q for _, stretches in joined for q in stretches]
    indirect = indirect_quotes(doc, index, lexicon, taken, captions)
    indirect += labelled_statements(doc, [*direct, *indirect])
    ordered = resolve_speakers(doc, sorted((*direct, *indirect), key=lambda q: (q.content.start, q.content.end)))
    return tuple(replace(q, id=next_id("q", i)) for i, q in enumerate(ordered))


# --- direct and written quotes ---------------------------------------------------------------


def _direct(doc: Document, index: ParseIndex, lexicon: QuoteLexicon, quoted: Quoted, inside: set[int]) -> Quote | None:
    text = doc.article.text
    after = _cue_after(index, lexicon, quoted, inside)
    if not (_substantial(index, quoted) or _exclaimed(text, index, quoted, after)):
        return None
    opening = _opening(text, index, lexicon, quoted)
    if opening is None:
        return None
    cue = after or _cue_before(text, index, lexicon, quoted, inside)
    if cue is None and _title_like(text, quoted):
        return None  # “The Long Road Home” won the prize: a title, not words said
    speaker = speaker_of_cue(doc, index, cue) if cue else NO_SPEAKER
    cue_span = Span.of(text, index.tokens[cue.first].start, index.tokens[cue.last].end) if cue else None
    if cue is None and (signed := dash_signature(text, quoted)) is not None:
        cue_span, speaker = Span.of(text, *signed.dash), speaker_of_span(doc, *signed.name)
    medium = medium_of_cue(index, lexicon, cue) if cue else None
    open_token = index.first_token_at(quoted.open_at)
    if medium is None:
        noun = medium_before(index, lexicon, _sentence_bounds(index, open_token)[0], open_token)
        if noun is not None and (cue is None or cue.first > open_token):
            medium = noun.lemma.casefold()
            speaker = author_of_medium(doc, index, noun)
    if opening == "comma" and cue_span is None and medium is None:
        return None  # "..., including, “...”": a comma opens a quote only for a cue
    if medium is not None and speaker.entity is None and speaker.name and speaker.name.casefold().split()[-1] in lexicon.media:
        speaker = NO_SPEAKER  # "the statement said": the medium itself names no author
    low, high = _frame(index, quoted, cue)
    return Quote(
        id="",
        kind="written" if medium else "direct",
        content=Span.of(text, quoted.start, quoted.end),
        cue=cue_span,
        **speaker_fields(text, speaker),
        via=via_outlets(doc, index, lexicon, (low, high), cue, speaker),
        medium=medium,
    )


def _substantial(index: ParseIndex, quoted: Quoted) -> bool:
    """A statement, not a name: a verb, four words or more, or closing punctuation."""
    tokens = index.analysis.tokens_in(quoted.start, quoted.end)
    words = [t for t in tokens if any(c.isalnum() for c in t.text)]
    if len(words) < 2:
        return False
    return len(words) >= 4 or any(is_verb(t) for t in tokens) or tokens[-1].text in ".!?"


def _exclaimed(text: str, index: ParseIndex, quoted: Quoted, cue: Cue | None) -> bool:
    """A short cry with its cue right after it: “Never again,” she said."""
    words = [t for t in index.analysis.tokens_in(quoted.start, quoted.end) if any(c.isalnum() for c in t.text)]
    if cue is None or len(words) < 2 or text[quoted.end : quoted.close_at + 1].strip()[:1] not in _CRY_ENDS:
        return False
    return cue.first - _close_token(index, quoted) <= _CRY_CUE_GAP


def _title_like(text: str, quoted: Quoted) -> bool:
    """Capitalised words with no closing punctuation: the name of a work, a slogan, a
    headline ("The Long Road Home"), not a sentence someone said."""
    inside = text[quoted.start : quoted.end].rstrip()
    if not inside or inside[-1] in ".!?,;:" or text[quoted.end : quoted.close_at].strip(" ,"):
        return False
    words = [w for w in inside.split() if any(c.isalpha() for c in w)]
    significant = [w for w in words if len(w.strip("\"“”‘’'()")) > 3]
    return len(words) >= 2 and bool(significant) and all(w.lstrip("\"“‘'(")[:1].isupper() for w in significant)


def _opening(text: str, index: ParseIndex, lexicon: QuoteLexicon, quoted: Quoted) -> str | None:
    """How a quote opens: "sentence" (at a sentence start or after a colon or dash), "comma"
    (after a comma: a cue must be found), "cue" (right after a cue verb and its object),
    "medium" (after a written medium: "a sign reading"), or None when it sits inside a
    sentence (a title, a scare-quoted phrase, "said that '...'")."""
    line_start = text.rfind("\n", 0, quoted.open_at) + 1
    before = text[line_start : quoted.open_at].rstrip()
    if len(before) > 1 and before[-1] in _CLOSERS and before[-2] in _STATEMENT_BEFORE:
        before = before[:-1]  # after another quote's closing mark: “...,” “...”
    if not before:
        return "sentence"
    if before[-1] in _STATEMENT_BEFORE:
        return "comma" if before[-1] in ",;" else "sentence"
    open_token = index.first_token_at(quoted.open_at)
    for i in range(open_token - 1, max(open_token - 5, -1), -1):
        token = index.tokens[i]
        if token.text.casefold() in _NOT_AFTER_CUE or token.start < line_start:
            return None
        if _quoting_cue(index, lexicon, i) is not None:
            return "cue" if _only_cue_objects(index, i, open_token) else None
    if medium_before(index, lexicon, _sentence_bounds(index, open_token)[0], open_token) is not None:
        return "medium"  # "a sign reading “...”"
    return None


def _only_cue_objects(index: ParseIndex, cue: int, open_token: int) -> bool:
    """Between a cue and a quote only the cue's own objects and adverbials ("told reporters
    on Monday"), not a clause of its own ("said there remains a 'gap'")."""
    between = range(cue + 1, open_token)
    return all(index.tokens[i].dep in _CUE_OBJECT_DEPS and (index.tokens[i].head == cue or index.tokens[i].head in between) for i in between)


def _inside_quotes(index: ParseIndex, every: list[Quoted]) -> set[int]:
    """Token indices within any quoted stretch, marks included: cue words there are quoted."""
    inside: set[int] = set()
    for quoted in every:
        inside.update(i for i in index.tokens_between(quoted.open_at, quoted.close_at + 1) if index.tokens[i].end <= quoted.close_at + 1)
    return inside


def _sentence_bounds(index: ParseIndex, i: int) -> tuple[int, int]:
    """First and last token index of the sentence holding token ``i``."""
    return index.sentence(i)


def _close_token(index: ParseIndex, quoted: Quoted) -> int:
    """Index of the closing mark's token (the last token of the quote if it is unclosed)."""
    i = index.first_token_at(quoted.close_at)
    return min(i, len(index.tokens) - 1)


def _cue_after(index: ParseIndex, lexicon: QuoteLexicon, quoted: Quoted, inside: set[int]) -> Cue | None:
    close = _close_token(index, quoted)
    last = _sentence_bounds(index, close)[1]
    cue = _scan_for_cue(index, lexicon, range(close + 1, min(last, close + _CUE_AFTER_GAP) + 1), inside)
    if cue is None and not _any_word_between(index, close + 1, last + 1):
        cue = _attribution_sentence(index, lexicon, last + 1, inside)
    return cue


def _attribution_sentence(index: ParseIndex, lexicon: QuoteLexicon, first: int, inside: set[int]) -> Cue | None:
    """A quote that ends its sentence ("“...?”") may have its attribution as the next one
    ("Ann Lee asked."): a cue early in that sentence with no reported clause of its own (else
    the sentence reports something else: "Ann Lee said that ...")."""
    if first >= len(index.tokens) or "\n" in index.analysis.text[index.tokens[first - 1].start : index.tokens[first].start]:
        return None  # the next paragraph attributes nothing here
    last = _sentence_bounds(index, first)[1]
    cue = _scan_for_cue(index, lexicon, range(first, min(last, first + _CUE_NEXT_SENTENCE) + 1), inside)
    if cue is None or any(k.dep in _OWN_CLAUSE for k in index.children(cue.head)):
        return None
    return cue


def _any_word_between(index: ParseIndex, low: int, high: int) -> bool:
    """Stops at the first word: a long sentence after many quotes must not cost their product."""
    return any(any(c.isalnum() for c in index.tokens[i].text) for i in range(low, high))


def _cue_before(text: str, index: ParseIndex, lexicon: QuoteLexicon, quoted: Quoted, inside: set[int]) -> Cue | None:
    open_token = index.first_token_at(quoted.open_at)
    line_start = text.rfind("\n", 0, quoted.open_at) + 1
    before = text[:line_start].rstrip()
    if line_start > 0 and not text[line_start : quoted.open_at].strip() and before.endswith(":"):
        # "Ann Lee continued:" closing the paragraph before introduces this one
        colon = index.first_token_at(len(before) - 1)
        first = _sentence_bounds(index, colon)[0]
        return _scan_for_cue(index, lexicon, range(colon - 1, max(first, colon - _CUE_BEFORE_GAP) - 1, -1), inside)
    first = _sentence_bounds(index, open_token)[0]
    if first == open_token and open_token > 0 and text[: quoted.open_at].rstrip().endswith(":"):
        first = _sentence_bounds(index, open_token - 1)[0]  # "Ann Lee said: / “...”"
    return _scan_for_cue(index, lexicon, range(open_token - 1, max(first, open_token - _CUE_BEFORE_GAP) - 1, -1), inside)


def _scan_for_cue(index: ParseIndex, lexicon: QuoteLexicon, positions: range, inside: set[int]) -> Cue | None:
    """The first cue at ``positions``, stopping at a line break or another quote's tokens."""
    for i in positions:
        if "\n" in index.tokens[i].text or i in inside:
            return None
        cue = _quoting_cue(index, lexicon, i)
        if cue is not None:
            return cue
    return None


def _quoting_cue(index: ParseIndex, lexicon: QuoteLexicon, i: int) -> Cue | None:
    """A cue that can introduce quoted words: not one that names or describes ("called it
    a “giveaway”", "described as “temporary”": the quoted words are the writer's label)."""
    cue = cue_at(index, lexicon, i)
    return cue if cue is not None and cue.word.kind != _LABELLING else None


def _frame(index: ParseIndex, quoted: Quoted, cue: Cue | None) -> tuple[int, int]:
    """Token range of the sentences holding the quote and its cue."""
    low = _sentence_bounds(index, index.first_token_at(quoted.open_at))[0]
    high = _sentence_bounds(index, _close_token(index, quoted))[1]
    if cue is not None:
        low = min(low, _sentence_bounds(index, cue.first)[0])
        high = max(high, _sentence_bounds(index, cue.last)[1])
    return low, high


# --- one speaker across a paragraph ---------------------------------------------------------


def _continue_speakers(doc: Document, index: ParseIndex, quotes: list[Quote]) -> list[Quote]:
    lines = paragraphs(doc.article.text)
    result: list[Quote] = []
    for quote in quotes:
        previous = result[-1] if result else None
        if previous is not None and _continues(doc, index, lines, previous, quote):
            quote = replace(quote, cue=previous.cue, speaker=previous.speaker, speaker_name=previous.speaker_name, speaker_span=previous.speaker_span, via=quote.via or previous.via)
        result.append(quote)
    return result


def _continues(doc: Document, index: ParseIndex, lines: list[tuple[int, int]], previous: Quote, quote: Quote) -> bool:
    if quote.cue is not None or quote.kind != "direct" or previous.kind != "direct" or previous.speaker_name is None:
        return False
    if quote.content.start < previous.content.end:
        return False
    if not any(start <= previous.content.start and quote.content.end <= end for start, end in lines) and not _next_paragraph(doc.article.text, lines, previous, quote):
        return False
    # names in the previous quote's own attribution ("said Ann Lee, a professor at Yale") do
    # not interrupt: only what comes after that sentence does
    attribution_end = previous.content.end
    if previous.cue is not None:
        last = _sentence_bounds(index, index.first_token_at(previous.cue.start))[1]
        attribution_end = max(attribution_end, index.tokens[last].end)
    between = Span(attribution_end, quote.content.start, "")
    return not any(entity.id != previous.speaker and entity.type in _SPEAKER_TYPES and any(between.contains(m) for m in entity.mentions) for entity in doc.entities)


def _next_paragraph(text: str, lines: list[tuple[int, int]], previous: Quote, quote: Quote) -> bool:
    """``quote`` is all of its paragraph (nothing but marks around it) and that paragraph
    comes right after the previous quote's: a speaker's words over several paragraphs."""
    at = next((k for k, (start, end) in enumerate(lines) if start <= quote.content.start < end), None)
    if at is None or at == 0 or not lines[at - 1][0] <= previous.content.end <= lines[at - 1][1]:
        return False
    start, end = lines[at]
    outside = text[start : quote.content.start] + text[quote.content.end : end]
    return not any(c.isalnum() for c in outside)


def make(settings: Settings) -> QuoteStage:
    return QuoteStage(load_quote_lexicon())

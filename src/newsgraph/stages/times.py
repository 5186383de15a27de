"""Times: time expressions recognized and normalized TIMEX3-style against the right anchor.

Requires the analysis; provides ``times`` and ``article.date``.  Recognition is the grammar in
``stages.timex`` (never a date parser over free text: that finds dates in names).  Each span
is normalized with a ``Context``: the anchor (the article date; inside a quotation, the date
of the speech when its sentence gives one), the tense of the governing verb (a bare "Friday"
in a past-tense clause is the last Friday, but "last December" is the one before the anchor
whatever the verb), and the words before it ("before 2018" gives mod
BEFORE while the span stays "2018", as in TimeML).

The article date comes from the input (metadata, dateline or ``--date``).  Without one it is
inferred from the text (``article_date.infer``) and marked ``inferred`` with its evidence; a
dateline's day without a year ("LIMA, March 3 -") takes the year of ``--date``, or one an
anniversary's arithmetic gives, and no date otherwise.
When nothing gives a year, relative values keep X for unknown parts (``XXXX-07-26``) and a
``date_unknown`` flag says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..ingest.dates import is_yearless, with_year
from ..model import Analysis, ArticleDate, Document, Flag, Span, TimeExpr
from ..resources import gender_words
from ..settings import Settings
from .base import ANALYSIS, next_id
from .timex import Candidate, Context, find_time_expressions
from .timex.article_date import infer_article_date, year_of_writing
from .timex.calendar import parse_anchor
from .timex.syntax import Syntax

_QUOTE = re.compile(r"[\"“]([^\"“”]{1,2000})[\"”]")
_CALENDAR_VALUE = re.compile(r"^\d{4}(?:-(?:\d\d|W\d\d))?")
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "this", "that"})
_TIME_NOUNS = frozenset({"year", "years", "fiscal", "season", "quarter", "budget", "census", "model", "election", "elections", "class", "vintage"})


class TimeStage:
    name = "times"
    requires = frozenset({ANALYSIS})
    provides = frozenset({"times", "article.date"})

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        text = doc.article.text
        syntax = Syntax(analysis)
        candidates = [c for c in find_time_expressions(text) if not _is_counted_year(c, syntax) and not _is_name_part(c, syntax) and not _year_of_a_law(c, syntax)]
        article_date = _article_date(doc.article.date, text, candidates, syntax)
        times = _normalize_all(text, candidates, syntax, article_date)
        article = doc.article if article_date is doc.article.date else replace(doc.article, date=article_date)
        flags = doc.flags if article_date else (*doc.flags, _unknown_date_flag())
        return doc.with_(article=article, times=tuple(times), flags=flags)


def _article_date(given: ArticleDate | None, text: str, candidates: list[Candidate], syntax: Syntax) -> ArticleDate | None:
    """The input's date; else the one inferred from the text.  A dateline's day without its
    year takes the year only an anniversary's arithmetic gives: the years a text writes bound
    the article from below, and wire copy writes last year's results and the due years of
    its bonds more than its own year (of 200 Reuters-21578 stories with a yearless dateline,
    the year the inference below gave was wrong in 28 of 36)."""
    if given is None:
        return infer_article_date(text, candidates, syntax)
    if not is_yearless(given):
        return given
    found = year_of_writing(text, candidates, syntax)
    return with_year(given, found[0], tuple(found[1])) if found else None


def _is_counted_year(cand: Candidate, syntax: Syntax) -> bool:
    """'2000 people': a four-digit number counting a noun is not a year."""
    if cand.family != "year" or cand.end - cand.start != 4:
        return False
    token = syntax.root_of(cand.start, cand.end)
    if token is None or token.dep != "nummod":
        return False
    if token.i > 0 and syntax.tokens[token.i - 1].text.lower() in _YEAR_DETERMINERS:
        return False  # "the 2014 protests": a determiner before it makes it a year
    head = syntax.tokens[token.head]
    # Years modify singular nouns ("the 1996 campaign"); counts modify plural ones.
    return head.lemma.lower() not in _TIME_NOUNS and head.tag in ("NNS", "NNPS")


def _names_someone(word: str) -> bool:
    """Whether a word is a given name or a title written before a surname (gender_words.tsv)."""
    table = gender_words()
    return word in table["given"] or word.rstrip(".") in table["title"]


def _year_of_a_law(cand: Candidate, syntax: Syntax) -> bool:
    """'the Terrorism Act 2000', 'the Licensing Act 2003': a year that ends a law's title names
    the law, not a time (the model reads the title as a LAW; the word before is the law's)."""
    if cand.family != "year":
        return False
    inside = syntax.tokens_between(cand.start, cand.end)
    if len(inside) != 1 or inside[0].i == 0:
        return False
    before = syntax.tokens[inside[0].i - 1]
    in_law = any(n.label == "LAW" and n.start < cand.start and cand.end <= n.end for n in syntax.analysis.named)
    return in_law and before.text in _LAW_TITLE_WORDS


_LAW_TITLE_WORDS = frozenset({"Act", "Bill", "Order", "Regulations", "Treaty", "Directive", "Convention", "Charter"})


def _is_name_part(cand: Candidate, syntax: Syntax) -> bool:
    """'his counterpart January Makamba', 'Theresa May': a bare month name that starts or ends a
    person's name; 'the Sunday Times', 'the Monday Club': a bare weekday that opens a name.

    The month is a name when the model reads it inside a PERSON, or when a capitalized word
    that is no number follows it; a preposition or determiner before it keeps the date
    ("in January Smith resigned", "the January Fed meeting").
    """
    if cand.family == "weekday":
        return _opens_a_name(cand, syntax)
    if cand.family != "month" or cand.match.group("edge"):
        return False
    inside = syntax.tokens_between(cand.start, cand.end)
    if len(inside) != 1:
        return False
    month = inside[0]
    before = syntax.tokens[month.i - 1] if month.i > 0 and syntax.tokens[month.i - 1].sent == month.sent else None
    if before is not None and (before.pos in ("ADP", "DET") or before.tag in ("IN", "TO", "DT", "PRP$", "POS", "WDT")):
        return False
    if before is not None and _names_someone(before.text):
        return True  # "Theresa May", "Mrs May": a surname after a given name or a title
    in_person = any(n.label == "PERSON" and n.start <= cand.start and cand.end <= n.end for n in syntax.analysis.named)
    after = syntax.tokens[month.i + 1] if month.i + 1 < len(syntax.tokens) else None
    followed_by_name = after is not None and after.sent == month.sent and after.text[:1].isupper() and after.text.isalpha() and after.pos == "PROPN" and not find_time_expressions(after.text)
    return in_person or followed_by_name


def _opens_a_name(cand: Candidate, syntax: Syntax) -> bool:
    """'The Sunday Times says': a weekday after "the" and before a capitalized name word."""
    if cand.match.group("shift") or cand.match.group("part"):
        return False
    inside = syntax.tokens_between(cand.start, cand.end)
    if len(inside) != 1 or inside[0].i == 0 or inside[0].i + 1 >= len(syntax.tokens):
        return False
    day = inside[0]
    before, after = syntax.tokens[day.i - 1], syntax.tokens[day.i + 1]
    if before.sent != day.sent or after.sent != day.sent or before.text.lower() != "the":
        return False
    return after.pos == "PROPN" and after.text[:1].isupper() and after.text.isalpha() and not find_time_expressions(after.text)


def _normalize_all(text: str, candidates: list[Candidate], syntax: Syntax, article_date: ArticleDate | None) -> list[TimeExpr]:
    anchor_value = article_date.value if article_date else None
    quotes = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)]
    speech_dates = _speech_dates(text, candidates, quotes, syntax, anchor_value)
    times: list[TimeExpr] = []
    previous = None  # the last calendar date, for "that day" and "the next day"
    for cand in candidates:
        in_quote = next(((s, e) for s, e in quotes if s <= cand.start < e), None)
        anchor = speech_dates.get(in_quote, anchor_value) if in_quote else anchor_value
        value = cand.value(_context(text, cand, syntax, anchor, previous))
        if value is None:
            continue
        if value.type in ("DATE", "TIME") and _CALENDAR_VALUE.match(value.value):
            previous = value.value
        span = Span.of(text, cand.start, cand.end)
        times.append(TimeExpr(next_id("t", len(times)), span, value.type, value.value, value.mod, anchor if value.relative else None))
    return times


def _context(text: str, cand: Candidate, syntax: Syntax, anchor: str | None, previous: str | None = None) -> Context:
    sentence = syntax.sentence_span(cand.start)
    before = text[max(sentence.start, cand.start - 30) : cand.start]
    year_only = anchor is not None and len(anchor) == 4
    # The sentence with the one before it: "a year ago" is quarter-level when quarters are the topic.
    sentence_before = syntax.sentence_span(max(0, sentence.start - 2)) if sentence.start else sentence
    surroundings = text[sentence_before.start : sentence.end]
    return Context(parse_anchor(anchor), syntax.tense_at(cand.start, cand.end), before, surroundings, year_only, previous)


def _speech_dates(text: str, candidates: list[Candidate], quotes: list[tuple[int, int]], syntax: Syntax, anchor: str | None) -> dict[tuple[int, int], str]:
    """For each quotation, the day its sentence gives outside the quotation, if any."""
    dates = {}
    for quote in quotes:
        sentence = syntax.sentence_span(quote[0])
        for cand in candidates:
            outside = not (quote[0] <= cand.start < quote[1])
            if outside and sentence.start <= cand.start < sentence.end:
                value = cand.value(_context(text, cand, syntax, anchor))
                if value and value.type in ("DATE", "TIME") and re.match(r"^\d{4}-\d\d-\d\d", value.value):
                    dates[quote] = value.value[:10]
                    break
    return dates


def _unknown_date_flag() -> Flag:
    return Flag(
        kind="date_unknown",
        message="the article has no date and none could be inferred; relative dates keep X for unknown parts",
    )


def make(settings: Settings) -> TimeStage:
    return TimeStage()

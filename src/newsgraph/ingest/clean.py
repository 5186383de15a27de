"""The cleaning every reader's body text goes through: boilerplate, captions, bylines, sources.

Works line by line (a line is a paragraph in every format we read):

- page furniture ("Source", "Comment (0)", share and subscribe lines) matched as whole lines
  by ``resources/boilerplate.tsv`` is taken out and recorded as a ``Removal``;
- a photo caption (a line ending in a credit such as "Photo: TASS") is kept apart from the
  body: the caption text MOVES to a caption section after the body, separated by a blank line,
  and ``Article.captions`` holds its span there and its credit.  Captions stay in
  ``article.text`` because they name people and places the stages should see (a caption is
  often the only place a second spelling of a name occurs), but they no longer interrupt the
  narrative, so quotes and events are not read across them; a stage can skip caption spans.
  The credit marker itself ("Photo: TASS") is removed from the text and recorded;
- a byline ("By Jane Ross", or a name followed by a source line) and source lines ("According
  to Yonhap, TASS, The Moscow Times") at the head or tail of the text fill ``byline`` and
  ``cited_sources``; the lines are removed and recorded.  A sentence that merely starts with
  "According to" is not a source line: the rest of a source line must be a list of names;
- the angle brackets wire copy puts around company names and stock symbols ("<Exco
  International Plc>", "NEC Corp <NIPNY>") are taken off a name, and a symbol is taken out;
  the line as it was is recorded;
- a wire story's closing credit ("(Reporting by Jane Ross; Editing by Tom Reed)"), as its own
  line or ending the last paragraph, gives the byline (reporters and writers, not editors)
  and is removed and recorded; the agency of an opening dateline ("LIMA (Reuters) - ") is a
  cited source (``wire.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Caption, Removal, Span
from .patterns import CAPTION_CREDIT_GATE, boilerplate_rules, caption_credit_pattern, source_line_pattern
from .wire import dateline_agency, read_credit

TAIL_LINES = 4  # bylines and source lines are looked for among the last lines ...
HEAD_LINES = 2  # ... and the first ones
CAPTION_SEPARATOR = "\n\n"
MAX_CAPTION_CHARS = 1_000

_BULLETS = " \t\u00a0•·|»>-–—*"
_NAME_CONNECTORS = frozenset({"of", "the", "de", "del", "da", "van", "von", "al", "el", "la", "le", "news", "agency", "and", "for", "on", "&"})
_LIST_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|&)\s*")
_BY_LINE = re.compile(r"^by\s+(?P<name>.+?)\.?$", re.IGNORECASE)
# no two parts may take the same characters (here: spaces), or a line of spaces takes cubic time
_NAME_WITH_SOURCES = re.compile(r"^(?P<name>[^()]+)\((?P<sources>[^()]+)\)\s*\.?$")
_BY = re.compile(r"^by\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned text and what cleaning found in and took out of it."""

    text: str
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removal, ...] = ()
    byline: str | None = None
    cited_sources: tuple[str, ...] = ()


@dataclass
class _Work:
    lines: list[str | None]
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    byline: str | None = None
    sources: list[str] = field(default_factory=list)


def clean_body(text: str, extra_captions: tuple[tuple[str, str | None], ...] = ()) -> Cleaned:
    """Clean ``text``; ``extra_captions`` are (caption, credit) pairs found in markup."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    work = _Work(lines=list(lines))
    _unmark_wire_names(work)
    _drop_boilerplate(work)
    _take_captions(work)
    _take_head_and_tail(work)
    for caption, credit in extra_captions:
        _add_caption(work, caption, credit)
    return _assemble(work)


# Wire copy marks company names and their stock symbols with angle brackets ("<Exco
# International Plc> ... NEC Corp <NIPNY>"); the parser reads the brackets as words of the name.
_WIRE_MARK = re.compile(r"(?P<space>\s?)<(?P<inner>[A-Z][^<>\n]{0,60}?)>(?P<stop>[.,;:]?)")
_TICKER = re.compile(r"[A-Z0-9&.\-]{1,12}")


def _unmark_wire_names(work: _Work) -> None:
    """A bracketed name loses its brackets and a bracketed stock symbol is taken out (read as
    a word, "NEC Corp <NIPNY> said" makes the symbol part of the name or a name of its own),
    or put in parentheses before punctuation; the line as it was is recorded."""
    for i, line in enumerate(work.lines):
        if line and "<" in line:
            unmarked = _WIRE_MARK.sub(_unmarked, line)
            if unmarked != line:
                work.removed.append(Removal("wire_marks", line))
                work.lines[i] = unmarked


def _unmarked(match: re.Match[str]) -> str:
    inner, stop = match["inner"], match["stop"]
    if not _TICKER.fullmatch(inner):
        return match["space"] + inner + stop
    # before a full stop the symbol stays, in parentheses, or "Corp." would read as an abbreviation
    return f"{match['space']}({inner}){stop}" if stop else ""


def is_boilerplate(line: str) -> str | None:
    """The boilerplate kind of a whole line, or None."""
    core = line.strip(_BULLETS).strip()
    if not core:
        return None
    for rule in boilerplate_rules():
        if rule.pattern.fullmatch(core):
            return rule.kind
    return None


def _drop_boilerplate(work: _Work) -> None:
    for i, line in enumerate(work.lines):
        if line and (kind := is_boilerplate(line)):
            work.removed.append(Removal(kind, line))
            work.lines[i] = None


def split_caption(line: str) -> tuple[str, str] | None:
    """(caption, credit) when ``line`` ends with a photo credit, else None (a line longer than
    any caption is not tried: the pattern is quadratic in runs of separators)."""
    if len(line) > MAX_CAPTION_CHARS or not CAPTION_CREDIT_GATE.search(line):
        return None
    match = caption_credit_pattern().match(line)
    if not match:
        return None
    credit = match["credit"].strip(" .")
    if not _is_name_list(credit):
        return None
    return match["caption"].strip(), credit


def _take_captions(work: _Work) -> None:
    for i, line in enumerate(work.lines):
        if not line:
            continue
        found = split_caption(line)
        if found is None:
            continue
        caption, credit = found
        work.removed.append(Removal("caption_credit", line[len(caption) :].strip(" .")))
        work.lines[i] = None
        if caption:
            work.captions.append((caption, credit))
        else:
            _attach_credit_to_previous(work, i, credit)


_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019)]?\s+[A-Z\u201c\"]")


def _attach_credit_to_previous(work: _Work, index: int, credit: str) -> None:
    """A credit alone on its line belongs to the line just above it when that is caption-like.

    A caption is one short sentence; a paragraph of several sentences above a lone credit is
    body text (the credit then names the article's photo, whose caption is not in the text).
    """
    for j in range(index - 1, -1, -1):
        previous = work.lines[j]
        if previous:
            if len(previous) < 250 and not _SENTENCE_BREAK.search(previous.strip()):
                work.lines[j] = None
                work.captions.append((previous, credit))
            return


def _add_caption(work: _Work, caption: str, credit: str | None) -> None:
    caption = " ".join(caption.split())
    if not caption:
        return
    if credit is None and (found := split_caption(caption)):
        work.removed.append(Removal("caption_credit", caption[len(found[0]) :].strip(" .")))
        caption, credit = found
    work.lines = [None if line and " ".join(line.split()) == caption else line for line in work.lines]
    if all(caption != known for known, _ in work.captions):
        work.captions.append((caption, credit))


def _take_head_and_tail(work: _Work) -> None:
    filled = [i for i, line in enumerate(work.lines) if line]
    for i in reversed(filled[-TAIL_LINES:]):
        if not _take_credit_line(work, i, at_tail=True):
            break
    if filled and (agency := dateline_agency(work.lines[filled[0]] or "")):
        work.sources.append(agency)
    for i in filled[:HEAD_LINES]:
        if work.lines[i] and not _take_credit_line(work, i, at_tail=False):
            break


def _take_credit_line(work: _Work, i: int, *, at_tail: bool) -> bool:
    """Take line ``i`` if it is a byline or a source line; False if it is story text."""
    line = work.lines[i] or ""
    credit = read_credit(line, _is_one_person) if at_tail else None
    if credit is not None:
        if credit.byline and work.byline is None:
            work.byline = ", ".join(credit.byline)
        if credit.before:
            work.removed.append(Removal("wire_credit", line[len(credit.before) :].strip()))
            work.lines[i] = credit.before
            return False  # the rest of the line is story text
        return _remove(work, i, "wire_credit")
    sources = parse_source_line(line)
    if sources:
        work.sources[:0] = sources
        return _remove(work, i, "source_line")
    match = _NAME_WITH_SOURCES.match(line)
    name = _BY.sub("", match["name"].strip()) if match else ""
    if match and _is_person_list(name) and (sources := parse_source_line(match["sources"])):
        work.byline = work.byline or name
        work.sources[:0] = sources
        return _remove(work, i, "byline")
    match = _BY_LINE.match(line)
    if match and _is_person_list(match["name"].split(",")[0]):
        work.byline = work.byline or match["name"].strip()
        return _remove(work, i, "byline")
    if at_tail and _is_person_list(line) and work.sources and work.byline is None:
        work.byline = line  # a bare name right above the source line
        return _remove(work, i, "byline")
    return False


def _remove(work: _Work, i: int, kind: str) -> bool:
    work.removed.append(Removal(kind, work.lines[i] or ""))
    work.lines[i] = None
    return True


def parse_source_line(line: str) -> list[str]:
    """The outlets a source line names, or [] if the line is not one."""
    match = source_line_pattern().match(line.strip())
    if not match:
        return []
    names = [n.strip(" .") for n in _LIST_SPLIT.split(match["names"]) if n.strip(" .")]
    if not names or not all(_is_name(n, max_words=5) for n in names):
        return []
    return names


def _is_name(text: str, max_words: int, *, digits: bool = True) -> bool:
    """A proper name: a few words, each capitalized, except small connecting words."""
    words = text.split()
    if not 1 <= len(words) <= max_words or (not digits and any(ch.isdigit() for ch in text)):
        return False
    capitalized = [w for w in words if w.lower() not in _NAME_CONNECTORS]
    return bool(capitalized) and all(w[0].isupper() or w[0].isdigit() or w[0] in "'’" for w in capitalized)


def _is_name_list(text: str) -> bool:
    parts = [p for p in _LIST_SPLIT.split(text) if p]
    return bool(parts) and all(_is_name(p, max_words=6) for p in parts)


def _is_person_list(text: str) -> bool:
    """One or more personal names ("Jane Ross", "Jane Ross and Tom Reed")."""
    parts = [p for p in _LIST_SPLIT.split(text.strip(" .")) if p]
    return bool(parts) and all(2 <= len(p.split()) <= 4 and _is_name(p, max_words=4, digits=False) for p in parts)


def _is_one_person(text: str) -> bool:
    return 2 <= len(text.split()) <= 4 and _is_name(text, max_words=4, digits=False)


def _assemble(work: _Work) -> Cleaned:
    body = _join_paragraphs(work.lines)
    captions: list[Caption] = []
    text = body
    for caption, credit in work.captions:
        text += CAPTION_SEPARATOR if len(captions) == 0 and body else "\n" if captions else ""
        start = len(text)
        text += caption
        captions.append(Caption(Span.of(text, start, len(text)), credit))
    return Cleaned(text, tuple(captions), tuple(work.removed), work.byline, tuple(dict.fromkeys(work.sources)))


def _join_paragraphs(lines: list[str | None]) -> str:
    """Kept lines with the blank-line structure of the input (removed lines leave no gap)."""
    out: list[str] = []
    blank_pending = False
    for line in lines:
        if line is None:
            continue
        if line == "":
            blank_pending = bool(out)
            continue
        if blank_pending:
            out.append("")
            blank_pending = False
        out.append(line)
    return "\n".join(out)

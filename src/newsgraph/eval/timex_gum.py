"""A second check of date normalization: the TEI ``<date>`` elements of GUM news.

GUM (``../shared/eval/ner/gum-news``) gives each news document as vertical TEI XML
(``xml/*.xml``: one token per line, ``<date when="2010-09-24">`` around date expressions) and as
CoNLL-U (``dep/*.conllu``, whose ``SpaceAfter=No`` and ``# newpar`` let the plain text be
rebuilt).  Both are read and aligned token by token; the document's ``dateCreated`` is its
article date, as the DCT is in TempEval.

What is counted, and how GUM differs from TimeML:

- Gold items are every ``<date>`` element and the ``<time>`` elements (clock times).  GUM marks
  dates only, so predictions count against precision only when they are dates or times with a
  calendar value (type DATE or TIME, value starting with a digit); durations, sets and
  PRESENT_REF/PAST_REF count only where they overlap a gold date.
- Spans: overlap match, one-to-one (GUM's spans follow TEI, not TimeML, so strict agreement is
  reported too but is not the point).
- Values: ``when`` is compared as a TIMEX3 value (``2010-09-04T22:30:00`` -> ``2010-09-04T22:30``;
  a ``<time when="15:11:00">`` only on its clock part ``T15:11``).  A ``from``/``to`` range
  that is one calendar unit becomes that unit (a Monday-to-Sunday week -> ``2015-W38``, a
  weekend -> ``2015-W38-WE``, a whole month, season, year, decade or century), and a
  ``notBefore`` equal to its ``notAfter`` is that value.  Other ranges (durations such as
  "the past 30 days", open bounds) count for spans but have no comparable value.
- A gold day matches a finer prediction of that day ("Friday night" -> ``2015-09-18TNI``): TEI
  has no way to write the part of day.
- TEI writes some ends of periods as days ("the end of the year" -> 2006-12-31) where TIMEX3
  gives the period with a mod (2006, END); those are scored as written, so they count as wrong.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import EvaluationError, GoldDataMissing
from ..model import Article, ArticleDate, Document, TimeExpr
from .base import Metric, Report, prf
from .timex import GoldTimex, match_relaxed

if TYPE_CHECKING:
    from ..pipeline import Pipeline

_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_SEASONS = {(3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI"}


@dataclass(frozen=True, slots=True)
class GumDocument:
    id: str
    date_created: str
    text: str
    dates: tuple[GoldTimex, ...]  # value "" when the gold has no TIMEX3-comparable value


def is_gum_folder(path: Path) -> bool:
    """True for a GUM folder (its ``xml/`` holds ``GUM_*.xml``) rather than TimeML."""
    path = Path(path)
    return path.is_dir() and any((path / "xml").glob("GUM_*.xml"))


def gum_documents(folder: Path) -> Iterator[GumDocument]:
    folder = Path(folder)
    xml_files = sorted((folder / "xml").glob("*.xml"))
    if not xml_files:
        raise GoldDataMissing(f"no GUM xml files under {folder / 'xml'}")
    for xml_path in xml_files:
        conllu_path = folder / "dep" / (xml_path.stem + ".conllu")
        if not conllu_path.exists():
            raise GoldDataMissing(f"{xml_path.name}: no CoNLL-U beside it at {conllu_path}")
        yield read_gum(xml_path, conllu_path)


def read_gum(xml_path: Path, conllu_path: Path) -> GumDocument:
    """One document: the text rebuilt from the CoNLL-U, the date elements from the XML."""
    words, offsets, text = _conllu_text(conllu_path)
    header, xml_words, elements = _xml_elements(xml_path)
    if xml_words != words:
        raise EvaluationError(f"{xml_path.name}: its tokens do not match {conllu_path.name}")
    dates = []
    for tag, attributes, first, last in elements:
        if first > last:
            continue  # an empty element marks a date without text
        start, end = offsets[first][0], offsets[last][1]
        value = gold_value(tag, attributes) or ""
        dates.append(GoldTimex(start, end, tag, value, text[start:end]))
    created = header.get("dateCreated", "")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", created):
        raise EvaluationError(f"{xml_path.name}: no dateCreated (YYYY-MM-DD) on <text>")
    return GumDocument(header.get("id", xml_path.stem), created, text, tuple(dates))


def _conllu_text(path: Path) -> tuple[list[str], list[tuple[int, int]], str]:
    """Token forms, their character offsets and the text (paragraphs apart by a blank line)."""
    pieces: list[str] = []
    words: list[str] = []
    offsets: list[tuple[int, int]] = []
    length, glue, joined_until, multiword_space = 0, "", 0, True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            glue = "\n\n" if pieces else ""
            continue
        if not line or line.startswith("#"):
            continue
        columns = line.split("\t")
        token_id, form, misc = columns[0], columns[1], columns[9]
        if "-" in token_id:  # a multiword token ("year's"): its parts are written without spaces
            joined_until = int(token_id.split("-")[1])
            multiword_space = "SpaceAfter=No" not in misc
            continue
        if "." in token_id:
            continue
        pieces.append(glue)
        length += len(glue)
        offsets.append((length, length + len(form)))
        pieces.append(form)
        length += len(form)
        words.append(form)
        inside = joined_until and int(token_id) < joined_until
        closes = joined_until and int(token_id) == joined_until
        spaced = multiword_space if closes else "SpaceAfter=No" not in misc
        glue = "" if inside or not spaced else " "
        if closes:
            joined_until = 0
    return words, offsets, "".join(pieces)


def _xml_elements(path: Path) -> tuple[dict[str, str], list[str], list[tuple[str, dict[str, str], int, int]]]:
    """The <text> attributes, the token forms and each date/time element as token indices."""
    header: dict[str, str] = {}
    words: list[str] = []
    open_elements: list[tuple[str, dict[str, str], int]] = []
    elements = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("<text "):
            header = {k: html.unescape(v) for k, v in _ATTRIBUTE.findall(line)}
        elif line.startswith(("<date", "<time")):
            tag = "date" if line.startswith("<date") else "time"
            open_elements.append((tag, dict(_ATTRIBUTE.findall(line)), len(words)))
            if line.rstrip().endswith("/>"):
                tag, attributes, first = open_elements.pop()
                elements.append((tag, attributes, first, first - 1))
        elif line.startswith(("</date", "</time")):
            if not open_elements:
                raise EvaluationError(f"{path.name}: a closing {line.strip()} without its opening tag")
            tag, attributes, first = open_elements.pop()
            elements.append((tag, attributes, first, len(words) - 1))
        elif line.strip() and not line.startswith("<"):
            words.append(html.unescape(line.split("\t")[0]))
    return header, words, elements


def gold_value(tag: str, attributes: dict[str, str]) -> str | None:
    """The TIMEX3 value of a TEI date or time element, or None when it has none comparable."""
    if "when" in attributes:
        return _when_value(tag, attributes["when"])
    start, end = attributes.get("from") or attributes.get("notBefore"), attributes.get("to") or attributes.get("notAfter")
    if not start or not end:
        return None
    if start == end:
        return _when_value(tag, start)
    if "from" in attributes and re.fullmatch(r"\d{4}-\d\d-\d\d", start) and re.fullmatch(r"\d{4}-\d\d-\d\d", end):
        return range_value(date.fromisoformat(start), date.fromisoformat(end))
    return None


def _when_value(tag: str, when: str) -> str:
    if tag == "time" and re.fullmatch(r"\d\d:\d\d(:\d\d)?", when):
        return "T" + when[:5]
    clock = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::00)?", when)
    return f"{clock[1]}T{clock[2]}" if clock else when


def range_value(first: date, last: date) -> str | None:
    """The calendar unit a closed range of days is, as a TIMEX3 value (None if it is none)."""
    days = (last - first).days + 1
    if days == 1:
        return first.isoformat()
    if days == 2 and first.isoweekday() == 6:
        iso = first.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}-WE"
    if 6 <= days <= 8:  # a week, Monday to Sunday or Sunday to Sunday: the ISO week of its middle
        iso = (first + timedelta(days=days // 2)).isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    starts_year, ends_year = (first.month, first.day) == (1, 1), (last.month, last.day) == (12, 31)
    if starts_year and ends_year:
        span = last.year - first.year + 1
        if span == 1:
            return f"{first.year:04d}"
        if span == 10 and first.year % 10 == 0:
            return f"{first.year // 10:03d}"
        if span == 100 and first.year % 100 == 0:
            return f"{first.year // 100:02d}"
    month_end = (last + timedelta(days=1)).day == 1
    if first.day == 1 and month_end:
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.year:04d}-{first.month:02d}"
        if season := _SEASONS.get((first.month, last.month)):
            return f"{first.year:04d}-{season}"
    return None


def score(gold: Path, pipeline_factory: Callable[[], Pipeline], limit: int | None = None) -> Report:
    """Score the pipeline's dates against the GUM ``<date>``/``<time>`` elements under ``gold``."""
    docs = list(gum_documents(Path(gold)))[:limit] if limit else list(gum_documents(Path(gold)))
    pipeline = pipeline_factory()
    articles = [Article(text=d.text, id=d.id, date=ArticleDate(d.date_created, source="metadata")) for d in docs]
    counts = _Counts()
    errors: list[dict] = []
    for doc, predicted in zip(docs, pipeline.run_many(articles), strict=True):
        if isinstance(predicted, Document):
            counts.add(doc, predicted, errors)
    return Report("timex", f"{Path(gold).name} dates", len(docs), counts.metrics(), _NOTES, {"errors": errors})


def same_value(gold: str, predicted: str) -> bool:
    """Equal values; a clock-only gold matches on its clock part, and a day matches a finer
    prediction of that day ("Friday night" is 2015-09-18TNI; TEI can only write the day)."""
    if gold.startswith("T"):
        return predicted.endswith(gold)
    return predicted == gold or (len(gold) == 10 and predicted.startswith(gold + "T"))


def is_calendar_prediction(time: TimeExpr) -> bool:
    return time.type in ("DATE", "TIME") and bool(re.match(r"\d", time.value))


@dataclass
class _Counts:
    gold: int = 0
    predicted: int = 0
    overlap: int = 0
    strict: int = 0
    comparable: int = 0
    value_ok: int = 0

    def add(self, doc: GumDocument, predicted: Document, errors: list[dict]) -> None:
        gold = list(doc.dates)
        times = [t for t in predicted.times if is_calendar_prediction(t)]
        # Durations and sets count only where they overlap a gold date (GUM marks no others).
        scored = match_relaxed(gold, list(predicted.times))
        self.gold += len(gold)
        self.predicted += len(times) + sum(1 for _, p in scored if not is_calendar_prediction(p))
        self.overlap += len(scored)
        self.strict += sum(1 for g, p in scored if (g.start, g.end) == (p.span.start, p.span.end))
        for g, p in scored:
            if not g.value:
                continue
            self.comparable += 1
            correct = same_value(g.value, p.value)
            self.value_ok += correct
            if not correct:
                errors.append({"doc": doc.id, "gold": [g.text, g.value], "predicted": [p.span.text, p.type, p.value]})
        matched_gold, matched_pred = {id(g) for g, _ in scored}, {id(p) for _, p in scored}
        errors.extend({"doc": doc.id, "missed": [g.text, g.value]} for g in gold if id(g) not in matched_gold)
        errors.extend({"doc": doc.id, "spurious": [p.span.text, p.type, p.value]} for p in times if id(p) not in matched_pred)

    def metrics(self) -> tuple[Metric, ...]:
        return (
            *prf(self.overlap, self.predicted, self.gold, "relaxed"),
            *prf(self.strict, self.predicted, self.gold, "strict"),
            Metric("value.accuracy", self.value_ok / self.comparable if self.comparable else 0.0, self.comparable),
        )


_NOTES = (
    "gold: GUM <date> and <time> elements; each document anchored on its dateCreated",
    "precision counts only predicted dates/times with a calendar value (GUM marks no durations or sets)",
    "value accuracy: overlapping matches whose gold is one calendar unit (when=, or a from/to week, weekend, month, season, year, decade, century)",
)

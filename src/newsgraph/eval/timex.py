"""TempEval-3 scorer for time expressions (TIMEX3 recognition and normalization).

Reads TimeML ``.tml`` files (for example ``../shared/eval/temporal/tempeval3-tbaq-cleaned``):
the text of each ``<TEXT>`` element with its ``<TIMEX3>`` elements as gold spans.  Each
document is run through the pipeline with its own DCT (document creation time) as the article
date; the DCT expression itself is metadata and is not scored.

Metrics, as in TempEval-3: strict span precision/recall/F1 (same start and end), relaxed span
P/R/F1 (overlap, one-to-one), and on relaxed matches the accuracy of ``type`` and ``value``;
``value.f1`` counts a prediction as correct only when it overlaps a gold span and has its value.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import EvaluationError, GoldDataMissing
from ..model import Article, ArticleDate, Document, TimeExpr
from .base import Metric, Report, prf

if TYPE_CHECKING:
    from ..pipeline import Pipeline


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    dct: str
    text: str
    timexes: tuple[GoldTimex, ...]


def read_tml(path: Path) -> GoldDocument:
    """One TimeML file as plain text, its DCT (YYYY-MM-DD) and its gold TIMEX3 spans."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as exc:
        raise EvaluationError(f"{path.name}: not well-formed TimeML: {exc}") from exc
    dct_timex = root.find("DCT/TIMEX3")
    text_element = root.find("TEXT")
    if dct_timex is None or text_element is None:
        raise EvaluationError(f"{path.name}: not a TimeML document with DCT and TEXT")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    _flatten(text_element, pieces, timexes)
    docid = root.findtext("DOCID") or path.stem
    return GoldDocument(docid.strip(), dct_timex.get("value", "")[:10], "".join(pieces), tuple(timexes))


def _flatten(element: ElementTree.Element, pieces: list[str], timexes: list[GoldTimex]) -> None:
    """Append the element's text to ``pieces``, recording where each TIMEX3 starts and ends."""
    start = sum(len(p) for p in pieces)
    if element.text:
        pieces.append(element.text)
    for child in element:
        _flatten(child, pieces, timexes)
        if child.tail:
            pieces.append(child.tail)
    if element.tag == "TIMEX3":
        end = sum(len(p) for p in pieces)
        text = "".join(pieces)[start:end]
        timexes.append(GoldTimex(start, end, element.get("type", ""), element.get("value", ""), text))


def gold_documents(gold: Path) -> Iterator[GoldDocument]:
    if not gold.exists():
        raise GoldDataMissing(f"no gold data at {gold}")
    files = sorted(gold.rglob("*.tml")) if gold.is_dir() else [gold]
    for path in files:
        yield read_tml(path)


def match_relaxed(gold: list[GoldTimex], predicted: list[TimeExpr]) -> list[tuple[GoldTimex, TimeExpr]]:
    """One-to-one overlap matches, exact matches first, then by largest overlap."""
    pairs = []
    for g in gold:
        for p in predicted:
            overlap = min(g.end, p.span.end) - max(g.start, p.span.start)
            if overlap > 0:
                exact = g.start == p.span.start and g.end == p.span.end
                pairs.append((not exact, -overlap, id(g), g, p))
    pairs.sort(key=lambda row: row[:3])
    used_gold, used_pred, matches = set(), set(), []
    for _, _, _, g, p in pairs:
        if id(g) in used_gold or id(p) in used_pred:
            continue
        used_gold.add(id(g))
        used_pred.add(id(p))
        matches.append((g, p))
    return matches


@dataclass
class _Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, doc: GoldDocument, predicted: Document, errors: list[dict]) -> None:
        times = list(predicted.times)
        gold = list(doc.timexes)
        self.gold += len(gold)
        self.predicted += len(times)
        matches = match_relaxed(gold, times)
        self.relaxed += len(matches)
        for g, p in matches:
            self.strict += g.start == p.span.start and g.end == p.span.end
            self.type_ok += g.type == p.type
            self.value_ok += g.value == p.value
            if g.value != p.value or (g.start, g.end) != (p.span.start, p.span.end):
                errors.append({"doc": doc.id, "gold": [g.text, g.type, g.value], "predicted": [p.span.text, p.type, p.value]})
        matched_gold = {id(g) for g, _ in matches}
        matched_pred = {id(p) for _, p in matches}
        errors.extend({"doc": doc.id, "missed": [g.text, g.type, g.value]} for g in gold if id(g) not in matched_gold)
        errors.extend({"doc": doc.id, "spurious": [p.span.text, p.type, p.value]} for p in times if id(p) not in matched_pred)


def score(gold: Path, pipeline_factory: Callable[[], Pipeline], limit: int | None = None) -> Report:
    """Score the pipeline's times against TimeML gold under ``gold`` (a folder or one file).

    A GUM folder (``xml/GUM_*.xml``) is scored on its TEI dates instead (``timex_gum``).
    """
    from . import timex_gum  # imported here: it builds on this module

    if timex_gum.is_gum_folder(Path(gold)):
        return timex_gum.score(Path(gold), pipeline_factory, limit)
    docs = list(gold_documents(Path(gold)))
    if limit is not None:
        docs = docs[:limit]
    if not docs:
        raise GoldDataMissing(f"no .tml files under {gold}")
    pipeline = pipeline_factory()
    articles = [Article(text=d.text, id=d.id, date=ArticleDate(d.dct, source="metadata")) for d in docs]
    counts = _Counts()
    errors: list[dict] = []
    for doc, predicted in zip(docs, pipeline.run_many(articles), strict=True):
        if isinstance(predicted, Document):
            counts.add(doc, predicted, errors)
    return Report("timex", Path(gold).name, len(docs), _metrics(counts), _notes(), {"errors": errors})


def _metrics(c: _Counts) -> tuple[Metric, ...]:
    matched = c.relaxed
    return (
        *prf(c.strict, c.predicted, c.gold, "strict"),
        *prf(c.relaxed, c.predicted, c.gold, "relaxed"),
        Metric("type.accuracy", c.type_ok / matched if matched else 0.0, matched),
        Metric("value.accuracy", c.value_ok / matched if matched else 0.0, matched),
        prf(c.value_ok, c.predicted, c.gold, "value")[2],
    )


def _notes() -> tuple[str, ...]:
    return ("each document is anchored on its own DCT; the DCT timex is metadata and not scored", "type and value accuracy are over relaxed (overlapping) matches")

"""Hold-out check of name detection on the N3 news sets (Reuters-128, RSS-500).

The N3 files (NIF corpus XML, one ``Document`` per article or sentence) mark named entities
linked to DBpedia, without types, so only the span of a name is scored: untyped exact-span
precision, recall and F1 of the engine (``ours``) and of the bare model (``baseline``), with
the same trimming as on GUM (no leading "the", no final possessive, no titles before a
name), applied to the gold spans and to both systems' spans alike.  A document's text is the concatenation of its ``SimpleTextPart`` and
``NamedEntityInText`` children, so a mention's offsets fall out of that concatenation.

No rule of the engine was tuned on these sets; they show whether the gain measured on GUM
holds on news nobody looked at.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..errors import GoldDataMissing
from .base import Metric, prf

FOLDER = "n3-reuters128-rss500"
_NAMESPACE = "{http://semweb.unister.de/xml-corpus-schema-2013}"
_ARTICLES = ("the ", "The ")
_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class N3Document:
    name: str
    text: str
    mentions: frozenset[Span]


def gold_files(gold: Path) -> list[Path]:
    """The N3 XML files under ``gold`` (the n3 folder, or one file)."""
    if gold.is_file():
        return [gold]
    files = sorted(gold.glob("*.xml"))
    if not files:
        raise GoldDataMissing(f"no N3 .xml files under {gold}", hint=f"pass the {FOLDER} folder of the evaluation data")
    return files


def read_documents(path: Path, limit: int | None = None) -> list[N3Document]:
    """The documents of one N3 file (the first ``limit`` of them), with their mentions."""
    root = ElementTree.parse(path).getroot()
    found: list[N3Document] = []
    for element in root.iter(f"{_NAMESPACE}Document"):
        body = element.find(f"{_NAMESPACE}TextWithNamedEntities")
        if body is None:
            continue
        found.append(_document(f"{path.stem}#{element.get('id', len(found))}", body))
        if limit and len(found) >= limit:
            break
    return found


def _document(name: str, body: ElementTree.Element) -> N3Document:
    parts: list[str] = []
    offset = 0
    spans: list[Span] = []
    for child in body:
        piece = child.text or ""
        if child.tag == f"{_NAMESPACE}NamedEntityInText" and piece.strip():
            spans.append((offset, offset + len(piece)))
        parts.append(piece)
        offset += len(piece)
    text = "".join(parts)
    return N3Document(name, text, frozenset(_trimmed(text, start, end) for start, end in spans))


def _trimmed(text: str, start: int, end: int) -> Span:
    """A gold name without a leading "the", a final possessive or titles before it, as on
    GUM (untyped: the titles go from any name, on both sides alike), and without a final
    point: N3 marks "N.J" and "Calif" in "N.J." and "Calif.", so "N.J." and "N.J" are one
    name, for both systems alike."""
    from .ner import _trim

    start, end = _trim(text, start, end, "PER")[:2]
    return (start, end - 1) if end - start > 1 and text[end - 1] == "." else (start, end)


@dataclass
class _Counts:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, gold: set[Span], predicted: set[Span]) -> None:
        self.true_positives += len(gold & predicted)
        self.predicted += len(predicted)
        self.gold += len(gold)


def score(gold: Path, pipeline, limit: int | None = None) -> tuple[list[Metric], int]:
    """Untyped exact-span P/R/F1 of the engine and of the bare model, and the document count.

    ``limit`` caps the documents read from each file."""
    from ..stages.entities.actors import is_agent
    from ..stages.entities.coref import is_name_mention
    from .ner import annotate, baseline_mentions, project_mentions

    ours, baseline, count = _Counts(), _Counts(), 0
    for path in gold_files(Path(gold)):
        for document in read_documents(path, limit):
            analysis = pipeline.analyzer.analyze(document.text)
            doc = annotate(pipeline, document.text, analysis)
            predicted = project_mentions(doc, is_name_mention, partial(is_agent, analysis))
            ours.add(set(document.mentions), _untyped(document.text, predicted))
            baseline.add(set(document.mentions), _untyped(document.text, baseline_mentions(analysis)))
            count += 1
    metrics = [*prf(ours.true_positives, ours.predicted, ours.gold, prefix="ours.n3.untyped")]
    metrics += prf(baseline.true_positives, baseline.predicted, baseline.gold, prefix="baseline.n3.untyped")
    gain = _f1(metrics, "ours") - _f1(metrics, "baseline")
    return [*metrics, Metric("gain.n3.untyped.f1", gain)], count


def _untyped(text: str, mentions: set[tuple[int, int, str]]) -> set[Span]:
    """Predicted spans trimmed as the gold ones are, whatever their type."""
    return {_trimmed(text, start, end) for start, end, _ in mentions}


def _f1(metrics: list[Metric], system: str) -> float:
    return next(m.value for m in metrics if m.name == f"{system}.n3.untyped.f1")


def beside(gum: Path) -> Path | None:
    """The N3 folder next to a GUM folder (both under ner/ in the evaluation data), if any."""
    folder = Path(gum).parent / FOLDER
    return folder if folder.is_dir() and any(folder.glob("*.xml")) else None


def is_n3(gold: Path) -> bool:
    """True when ``gold`` names the N3 folder or one of its XML files."""
    return Path(gold).name == FOLDER or Path(gold).suffix == ".xml"

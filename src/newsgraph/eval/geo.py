"""Geoparsing scorer on GeoWebNews (``GWN.xml``) and LGL (``lgl.xml``).

Toponym detection: predicted toponyms are the mentions of PLACE and COUNTRY entities; gold
toponyms are every place name, whatever its use. Metonymic uses ("Turkey said") count as
toponyms, because the engine's entities name places whether or not they act as governments.
For GeoWebNews that is the toponym layer (Literal, Literal_Modifier, Metonymic, Mixed,
Coercion, Embedded_Literal, Embedded_Non_Lit, Non_Literal_Modifier); the enclosing-expression
layer and non-toponyms (Non_Toponym, Demonym, Homonym, Language) are left out, and so are the
few spans whose offsets do not match their text. LGL's toponyms all count.

Geocoding: for each gold toponym with coordinates that a predicted toponym overlaps, the
distance from the predicted entity's coordinates (``doc.places``) to the gold ones.
``acc@161km`` is the share within 161 km among those found (a found toponym with no predicted
coordinates counts as a miss); ``end_to_end@161km`` divides by all gold toponyms with
coordinates; mean and median error are over those with predicted coordinates.
GeoWebNews has no document dates; LGL's crawl time dates its articles.

Baseline (``baseline.gwn.*``, ``baseline.lgl.*``), scored in the same run on the same
predicted toponyms: each mention's text looked up in the same gazetteer, the most populous
place of that name (own or alternate name; a country's name gives the country's point), with
no use of the document.  The gap between ``gwn.acc@161km`` and ``baseline.gwn.acc@161km`` is
what the places stage's use of context is worth.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvaluationError, GoldDataMissing
from ..model import Document
from .base import Metric, Report
from .documents import GoldText, annotate, limited, rejection_notes, stage_notes
from .matching import EXACT, PARTIAL, Counts, Mark, align, distance_metrics, haversine_km, ratio

TOPONYM_TYPES = frozenset({"Literal", "Literal_Modifier", "Metonymic", "Mixed", "Coercion", "Embedded_Literal", "Embedded_Non_Lit", "Non_Literal_Modifier"})
PLACE_TYPES = ("PLACE", "COUNTRY")
DATASETS = {"gwn": "geowebnews/GWN.xml", "lgl": "lgl/lgl.xml"}


@dataclass(frozen=True, slots=True)
class Toponym:
    mark: Mark
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: GoldText
    toponyms: tuple[Toponym, ...]


def _float(element: ET.Element | None) -> float | None:
    return float(element.text) if element is not None and element.text and element.text.strip() else None


def _offset(node: ET.Element, tag: str) -> int:
    value = node.findtext(tag)
    if value is None:
        raise EvaluationError(f"a <{node.tag}> in the gold has no <{tag}>")
    return int(value)


def _gwn_toponym(node: ET.Element, text: str) -> Toponym | None:
    if node.findtext("type") not in TOPONYM_TYPES:
        return None
    start, end = _offset(node, "start"), _offset(node, "end")
    if text[start:end] != (node.findtext("extractedName") or ""):
        return None
    return Toponym((start, end), _float(node.find("latitude")), _float(node.find("longitude")))


def read_gwn(path: Path) -> list[GoldArticle]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        toponyms = [_gwn_toponym(t, text) for t in node.iter("toponym")]
        articles.append(GoldArticle(GoldText(f"gwn-{node.get('file')}", text), tuple(t for t in toponyms if t)))
    return articles


def _lgl_toponym(node: ET.Element) -> Toponym:
    mark = (_offset(node, "start"), _offset(node, "end"))
    tag = node.find("gaztag")
    if tag is None:
        return Toponym(mark)
    return Toponym(mark, _float(tag.find("lat")), _float(tag.find("lon")))


def read_lgl(path: Path) -> list[GoldArticle]:
    articles = []
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        date = (node.findtext("dltime") or "")[:10] or None
        toponyms = tuple(_lgl_toponym(t) for t in node.iter("toponym"))
        articles.append(GoldArticle(GoldText(f"lgl-{node.get('docid')}", text, date), toponyms))
    return articles


def read_gold(path: Path) -> dict[str, list[GoldArticle]]:
    """Dataset key -> articles, for the geoparsing folder or one of its XML files."""
    path = Path(path)
    files = {key: path / sub for key, sub in DATASETS.items()} if path.is_dir() else {_key_of(path): path}
    found = {key: file for key, file in files.items() if file.exists()}
    if not found:
        raise GoldDataMissing(f"no GeoWebNews or LGL XML at {path}")
    return {key: (read_gwn(file) if key == "gwn" else read_lgl(file)) for key, file in found.items()}


def _key_of(path: Path) -> str:
    if not path.exists():
        raise GoldDataMissing(f"no gold file at {path}")
    head = path.read_text(encoding="utf-8", errors="replace")[:5000]
    return "lgl" if "<gaztag" in head or "<dltime>" in head else "gwn"


# --- scoring -------------------------------------------------------------------------------


Locate = Callable[[str], "tuple[float, float] | None"]


@dataclass
class Tally:
    exact: Counts
    partial: Counts
    errors_km: list[float]
    found_with_coordinates: int = 0
    gold_with_coordinates: int = 0
    baseline_km: list[float] | None = None


def population_baseline() -> Locate:
    """Name -> the point of the most populous gazetteer place of that name, or None."""
    from ..resources import countries
    from ..resources.gazetteer import gazetteer

    places = gazetteer()

    def locate(name: str) -> tuple[float, float] | None:
        known = countries().lookup(name)
        point = places.country(known.alpha3) if known else None
        if point is None:
            named, alternate = places.candidates(name)
            point = max(named + alternate, key=lambda p: p.population, default=None)
        return (point.lat, point.lon) if point is not None else None

    return locate


def predicted_toponyms(doc: Document) -> list[tuple[Mark, tuple[float, float] | None]]:
    """Every PLACE or COUNTRY mention with its entity's coordinates when known."""
    where = {p.entity: (p.lat, p.lon) for p in doc.places if p.lat is not None and p.lon is not None}
    return [((m.start, m.end), where.get(e.id)) for e in doc.entities if e.type in PLACE_TYPES for m in e.mentions]


def score_document(tally: Tally, gold: tuple[Toponym, ...], doc: Document, baseline: Locate | None = None) -> None:
    predicted = predicted_toponyms(doc)
    marks = [mark for mark, _ in predicted]
    gold_marks = [t.mark for t in gold]
    tally.exact.add(len(align(gold_marks, marks, EXACT)), len(marks), len(gold_marks))
    pairs = align(gold_marks, marks, PARTIAL)
    tally.partial.add(len(pairs), len(marks), len(gold_marks))
    tally.gold_with_coordinates += sum(1 for t in gold if t.lat is not None)
    for g_index, p_index in pairs:
        toponym, coordinates = gold[g_index], predicted[p_index][1]
        if toponym.lat is None or toponym.lon is None:
            continue
        tally.found_with_coordinates += 1
        if coordinates is not None:
            tally.errors_km.append(haversine_km(coordinates[0], coordinates[1], toponym.lat, toponym.lon))
        if baseline is not None and tally.baseline_km is not None:
            start, end = predicted[p_index][0]
            guess = baseline(doc.article.text[start:end])
            if guess is not None:
                tally.baseline_km.append(haversine_km(guess[0], guess[1], toponym.lat, toponym.lon))


def metrics_of(tally: Tally, prefix: str) -> tuple[Metric, ...]:
    within = sum(1 for e in tally.errors_km if e <= 161.0)
    found = (
        *tally.exact.metrics(f"{prefix}.span.exact"),
        *tally.partial.metrics(f"{prefix}.span.partial"),
        *distance_metrics(tally.errors_km, tally.found_with_coordinates, prefix),
        ratio(within, tally.gold_with_coordinates, f"{prefix}.end_to_end@161km"),
    )
    if tally.baseline_km is None:
        return found
    base_within = sum(1 for e in tally.baseline_km if e <= 161.0)
    return (
        *found,
        ratio(base_within, tally.found_with_coordinates, f"baseline.{prefix}.acc@161km"),
        ratio(base_within, tally.gold_with_coordinates, f"baseline.{prefix}.end_to_end@161km"),
    )


def score_dataset(pipeline, articles: list[GoldArticle], prefix: str, rejected: list[str], baseline: Locate | None = None) -> tuple[Metric, ...]:
    tally = Tally(Counts(), Counts(), [], baseline_km=[] if baseline is not None else None)
    by_id = {a.text.doc_id: a for a in articles}
    for item, doc in annotate(pipeline, [a.text for a in articles], rejected):
        score_document(tally, by_id[item.doc_id].toponyms, doc, baseline)
    return metrics_of(tally, prefix)


def score(gold: Path, pipeline_factory, limit: int | None = None, baseline: Locate | None = None) -> Report:
    """Both datasets (or the one given); ``limit`` applies to each dataset.  ``baseline``
    locates a name without context (default: the population baseline)."""
    datasets = {key: limited(articles, limit) for key, articles in read_gold(Path(gold)).items()}
    pipeline = pipeline_factory()
    baseline = baseline or population_baseline()
    rejected: list[str] = []
    metrics: list[Metric] = []
    for key, articles in datasets.items():
        metrics += score_dataset(pipeline, articles, key, rejected, baseline)
    notes = stage_notes(pipeline, ("places",)) + rejection_notes(rejected)
    documents = sum(len(a) for a in datasets.values())
    return Report("geo", "+".join(datasets), documents, tuple(metrics), notes, {k: len(v) for k, v in datasets.items()})

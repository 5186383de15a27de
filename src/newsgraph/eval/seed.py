"""Scorer for the seed gold: ``expected.json`` beside the seed article it annotates.

The article is read the way a user's file is (ingestion included), since the article section
checks what ingestion finds: byline, cited sources, captions, boilerplate and the date.
Per section (article, entities, quotes, times, events, flags) the report counts required items
found, their attributes right, optional items found and forbidden items hit. Matching rules are
those of the README beside the gold (see ``seed_rules``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldDataMissing
from ..ingest import read_inputs
from ..model import Document, Rejection
from . import seed_rules as rules
from .base import Metric, Report
from .documents import stage_notes
from .matching import canonical_name, greedy_pairs, normalize_text, ratio

SECTIONS = ("article", "entities", "quotes", "times", "events", "flags")
COLUMNS = ("section", "required", "found", "attributes ok", "optional found", "forbidden hits")

# section -> (records of the document, key rule, attribute rule, forbidden rule)
RULES: dict[str, tuple[Callable[[Document], tuple], Callable, Callable, Callable]] = {
    "entities": (lambda d: d.entities, rules.entity_key, rules.entity_attributes, rules.entity_forbidden),
    "quotes": (lambda d: d.quotes, rules.quote_key, rules.quote_attributes, rules.quote_forbidden),
    "times": (lambda d: d.times, rules.time_key, rules.time_attributes, rules.time_forbidden),
    "events": (lambda d: d.events, rules.event_key, rules.event_attributes, rules.event_forbidden),
    "flags": (lambda d: d.flags, rules.flag_key, rules.flag_attributes, rules.flag_forbidden),
}


@dataclass
class SectionResult:
    """What one section of the gold found in the document."""

    name: str
    required: int = 0
    found: int = 0
    attributes_ok: int = 0
    attributes: int = 0
    optional: int = 0
    optional_found: int = 0
    forbidden: int = 0
    forbidden_hits: int = 0
    items: list[dict[str, Any]] = field(default_factory=list)

    def row(self) -> list[str]:
        return [
            self.name,
            str(self.required),
            str(self.found),
            f"{self.attributes_ok}/{self.attributes}",
            f"{self.optional_found}/{self.optional}",
            f"{self.forbidden_hits}/{self.forbidden}",
        ]


def _label(gold: dict[str, Any]) -> str:
    for key in ("name", "text", "content_starts", "content_contains", "kind", "type"):
        if key in gold:
            return str(gold[key])
    return "?"


def _score_tier(result: SectionResult, doc: Document, items: list[dict], tier: str, section: str) -> None:
    records_of, key, attributes_of, _ = RULES[section]
    records = records_of(doc)
    pairs = dict(greedy_pairs(items, records, lambda g, r: key(doc, g, r)))
    for index, gold in enumerate(items):
        record = records[pairs[index]] if index in pairs else None
        checks = attributes_of(doc, gold, record) if record is not None else {}
        if tier == "required":
            result.required += 1
            result.found += record is not None
            result.attributes += len(checks) if record is not None else _attribute_count(doc, gold, section)
            result.attributes_ok += sum(checks.values())
        else:
            result.optional += 1
            result.optional_found += record is not None
        result.items.append({"tier": tier, "item": _label(gold), "found": record is not None, "attributes": checks})


def _attribute_count(doc: Document, gold: dict, section: str) -> int:
    """How many attributes a gold item states (all count as wrong when it is not found)."""
    stated = {
        "entities": ("country", "roles_any", "mentions_all", "mentions_some", "lat"),
        "quotes": ("speaker", "cue", "via", "kind", "medium"),
        "times": ("value", "value_prefix", "type", "mod"),
        "events": ("date", "place", "modality", "modality_any", "reported_by", "mode", "cameo_root", "actor", "recipient", "trigger_any"),
        "flags": ("evidence_any",),
    }[section]
    return sum(1 for key in stated if key in gold)


def score_section(doc: Document, section: str, gold: dict[str, Any]) -> SectionResult:
    result = SectionResult(section)
    _score_tier(result, doc, gold.get("required", []), "required", section)
    _score_tier(result, doc, gold.get("optional", []), "optional", section)
    forbidden_rule = RULES[section][3]
    for item in gold.get("forbidden", []):
        hit = forbidden_rule(doc, item)
        result.forbidden += 1
        result.forbidden_hits += hit
        result.items.append({"tier": "forbidden", "item": _label(item), "hit": hit})
    return result


# --- the article section -------------------------------------------------------------------


def _article_checks(doc: Document, gold: dict[str, Any]) -> list[tuple[str, bool, dict[str, bool]]]:
    """(item, found, attributes) for each article-level expectation."""
    article = doc.article
    checks: list[tuple[str, bool, dict[str, bool]]] = []
    if "byline" in gold:
        checks.append(("byline", article.byline is not None and canonical_name(article.byline) == canonical_name(gold["byline"]), {}))
    cited = {canonical_name(s) for s in article.cited_sources}
    for source in gold.get("cited_sources", []):
        checks.append((f"cited source {source}", canonical_name(source) in cited, {}))
    for caption in gold.get("captions", []):
        checks.append(_caption_check(doc, caption))
    body_lines = {line.strip() for line in article.text.splitlines()}
    for text in gold.get("boilerplate_removed", []):
        checks.append((f"boilerplate {text!r} removed", text.strip() not in body_lines, {}))
    if "document_date" in gold:
        checks.append(_date_check(doc, gold["document_date"]))
    return checks


def _caption_check(doc: Document, gold: dict[str, Any]) -> tuple[str, bool, dict[str, bool]]:
    start = normalize_text(gold["text_starts"])
    match = next((c for c in doc.article.captions if normalize_text(c.span.text).startswith(start)), None)
    attributes = {}
    if match is not None and "credit" in gold:
        attributes["credit"] = match.credit is not None and canonical_name(match.credit) == canonical_name(gold["credit"])
    return (f"caption {gold['text_starts'][:30]!r}", match is not None, attributes)


def _date_check(doc: Document, gold: dict[str, Any]) -> tuple[str, bool, dict[str, bool]]:
    date = doc.article.date
    attributes = {}
    if date is not None and "inferred" in gold:
        attributes["inferred"] = date.inferred == gold["inferred"]
    found = date is not None and date.value[:4] == str(gold.get("value_year", ""))
    return ("document date year", found, attributes)


def score_article(doc: Document, gold: dict[str, Any]) -> SectionResult:
    result = SectionResult("article")
    for item, found, attributes in _article_checks(doc, gold):
        result.required += 1
        result.found += found
        result.attributes += len(attributes) if found else _article_attribute_count(item)
        result.attributes_ok += sum(attributes.values())
        result.items.append({"tier": "required", "item": item, "found": found, "attributes": attributes})
    return result


def _article_attribute_count(item: str) -> int:
    return 1 if item.startswith("caption") or item == "document date year" else 0


# --- reading and reporting -----------------------------------------------------------------


def _seed_article(gold_path: Path) -> Path:
    texts = sorted(gold_path.parent.glob("*.txt"))
    if not texts:
        raise GoldDataMissing(f"no seed article (*.txt) beside {gold_path}")
    return texts[0]


def _read(gold_path: Path, pipeline) -> Document:
    source = _seed_article(gold_path)
    item = next(iter(read_inputs([str(source)], pipeline.settings)))
    if isinstance(item, Rejection):
        raise GoldDataMissing(f"the seed article could not be read: {item.message}", source=str(source))
    return pipeline.run(item)


def evaluate(doc: Document, gold: dict[str, Any]) -> list[SectionResult]:
    """Every section's result for one document against the seed gold."""
    results = [score_article(doc, gold.get("article", {}))]
    results += [score_section(doc, name, gold.get(name, {})) for name in SECTIONS[1:]]
    return results


def metrics_of(results: list[SectionResult]) -> tuple[Metric, ...]:
    metrics: list[Metric] = []
    for r in results:
        metrics += [
            ratio(r.found, r.required, f"{r.name}.required_found"),
            ratio(r.attributes_ok, r.attributes, f"{r.name}.attributes_ok"),
            ratio(r.optional_found, r.optional, f"{r.name}.optional_found"),
            Metric(f"{r.name}.forbidden_hits", float(r.forbidden_hits), r.forbidden),
        ]
    found = sum(r.found for r in results)
    required = sum(r.required for r in results)
    metrics.append(ratio(found, required, "all.required_found"))
    metrics.append(Metric("all.forbidden_hits", float(sum(r.forbidden_hits for r in results)), sum(r.forbidden for r in results)))
    return tuple(metrics)


def score(gold: Path, pipeline_factory, limit: int | None = None) -> Report:
    """Score the seed article against ``expected.json`` (``limit`` has nothing to cut here)."""
    gold = Path(gold)
    if gold.is_dir():
        gold = gold / "expected.json"
    if not gold.exists():
        raise GoldDataMissing(f"no seed gold at {gold}")
    expected = json.loads(gold.read_text(encoding="utf-8"))
    pipeline = pipeline_factory()
    results = evaluate(_read(gold, pipeline), expected)
    table = {"columns": list(COLUMNS), "rows": [r.row() for r in results]}
    return Report(
        task="seed",
        dataset=gold.parent.name + "/" + gold.name,
        documents=1,
        metrics=metrics_of(results),
        notes=stage_notes(pipeline, ("quotes", "places", "events", "checks")),
        details={"table": table, "items": {r.name: r.items for r in results}},
    )

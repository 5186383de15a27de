"""Attribution scorer on PolNeAR (brat standoff: Source, Cue, Content per attribution).

Gold: one annotation file per article (the first annotator ``metadata.tsv`` lists that has a
file, else the first file by name), scored on the ``dev`` split when given the corpus folder.
An attribution's content runs from its first to its last fragment (``Content2`` and
discontinuous fragments joined). It counts as a direct quote when its content opens with a
quote mark. Each article is dated by its publication date from ``metadata.tsv``.

Metrics:
- ``all.exact`` / ``all.partial``: content-span P/R/F1 over every attribution against every
  predicted quote. Exact compares spans after trimming surrounding quote marks, white space
  and clause punctuation on both sides (schemes differ on whether "..." is inside);
  partial counts any overlap, one-to-one.
- ``direct.exact`` / ``direct.partial``: the same for direct quotes against predicted quotes
  of kind ``direct``.
- ``speaker.accuracy``: among partially matched pairs whose gold has a Source, the share
  whose predicted speaker has a mention overlapping the Source, or whose speaker span (where
  the text names the speaker) overlaps it (or whose speaker name is the
  Source's text or its beginning up to a word boundary: a head phrase without the modifiers
  the Source span carries). A Source that is a relative pronoun ("who") stands for the phrase right
  before it: a speaker named there is right.
- ``cue.accuracy``: among matched pairs, the share whose predicted cue overlaps the gold Cue.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..errors import GoldDataMissing
from ..model import Document, Quote
from .base import Metric, Report
from .documents import GoldText, annotate, limited, rejection_notes, stage_notes
from .matching import EXACT, PARTIAL, Counts, Mark, align, normalize_text, overlaps, ratio, trim_mark

QUOTE_OPENERS = "\"“‘'«"
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_BEFORE_RELATIVE = " \t\n,(—–-"


@dataclass(frozen=True, slots=True)
class Attribution:
    content: Mark
    source: Mark | None
    cue: Mark | None
    direct: bool


@dataclass(frozen=True, slots=True)
class GoldArticle:
    text: GoldText
    attributions: tuple[Attribution, ...]


# --- reading brat standoff -----------------------------------------------------------------


def _fragments(offsets: str) -> list[Mark]:
    marks = []
    for part in offsets.split(";"):
        start, end = part.split()
        marks.append((int(start), int(end)))
    return marks


def parse_ann(ann: str, text: str) -> tuple[Attribution, ...]:
    """The attributions of one brat file; Discuss/Discard flags and loose spans are ignored."""
    spans: dict[str, list[Mark]] = {}
    relations: list[dict[str, list[str]]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _label, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = _fragments(offsets)
        elif line.startswith("E") and len(fields) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in fields[1].split():
                role, _, ref = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            relations.append(roles)
    return tuple(a for a in (_attribution(r, spans, text) for r in relations) if a is not None)


def _joined(refs: list[str], spans: dict[str, list[Mark]]) -> Mark | None:
    marks = [m for ref in refs for m in spans.get(ref, [])]
    return (min(m[0] for m in marks), max(m[1] for m in marks)) if marks else None


def _attribution(roles: dict[str, list[str]], spans: dict[str, list[Mark]], text: str) -> Attribution | None:
    content = _joined(roles.get("Content", []), spans)
    if content is None:
        return None
    opening = text[content[0] : content[1]].lstrip()[:1]
    return Attribution(
        content=content,
        source=_joined(roles.get("Source", []), spans),
        cue=_joined(roles.get("Cue", []), spans),
        direct=bool(opening) and opening in QUOTE_OPENERS,
    )


def _metadata(root: Path) -> dict[str, dict[str, str]]:
    path = root / "metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _annotation_for(name: str, folder: Path, meta: dict[str, str] | None) -> Path | None:
    candidates = sorted(folder.glob(f"{name}_*.ann"))
    preferred = (meta or {}).get("annotators", "").split("|")
    for annotator in preferred:
        path = folder / f"{name}_{annotator}.ann"
        if path in candidates:
            return path
    return candidates[0] if candidates else None


def read_split(split: Path, metadata: dict[str, dict[str, str]]) -> list[GoldArticle]:
    """Every article of a split folder (``text/`` and ``attributions/``) in name order."""
    articles = []
    for text_path in sorted((split / "text").glob("*.txt")):
        name = text_path.stem
        meta = metadata.get(name)
        ann_path = _annotation_for(name, split / "attributions", meta)
        if ann_path is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        date = (meta or {}).get("publication_date") or None
        gold = GoldText(name, text, date if date and date != "None" else None)
        articles.append(GoldArticle(gold, parse_ann(ann_path.read_text(encoding="utf-8"), text)))
    return articles


def read_gold(path: Path) -> tuple[str, list[GoldArticle]]:
    """The corpus folder (its dev split) or one split folder."""
    path = Path(path)
    split = path / "dev" if (path / "dev" / "text").is_dir() else path
    if not (split / "text").is_dir():
        raise GoldDataMissing(f"no PolNeAR split (text/ and attributions/) at {path}")
    root = split.parent if (split.parent / "metadata.tsv").exists() else split
    return f"polnear/{split.name}", read_split(split, _metadata(root))


# --- scoring -------------------------------------------------------------------------------


@dataclass
class Tally:
    all_exact: Counts
    all_partial: Counts
    direct_exact: Counts
    direct_partial: Counts
    speaker_hits: int = 0
    speaker_total: int = 0
    cue_hits: int = 0
    cue_total: int = 0


def new_tally() -> Tally:
    return Tally(Counts(), Counts(), Counts(), Counts())


def _speaker_marks(doc: Document, quote: Quote) -> list[Mark]:
    entity = doc.entity(quote.speaker) if quote.speaker else None
    return [(m.start, m.end) for m in entity.mentions] if entity else []


def score_document(tally: Tally, text: str, gold: tuple[Attribution, ...], doc: Document) -> None:
    """Add one article's figures to ``tally``."""
    quotes = list(doc.quotes)

    def trim(mark: Mark) -> Mark:  # the same trimming on both sides
        return trim_mark(text, mark)

    gold_marks = [a.content for a in gold]
    pred_marks = [(q.content.start, q.content.end) for q in quotes]
    tally.all_exact.add(len(align([trim(m) for m in gold_marks], [trim(m) for m in pred_marks], EXACT)), len(pred_marks), len(gold_marks))
    pairs = align(gold_marks, pred_marks, PARTIAL)
    tally.all_partial.add(len(pairs), len(pred_marks), len(gold_marks))
    direct_gold = [a.content for a in gold if a.direct]
    direct_pred = [(q.content.start, q.content.end) for q in quotes if q.kind == "direct"]
    tally.direct_exact.add(len(align([trim(m) for m in direct_gold], [trim(m) for m in direct_pred], EXACT)), len(direct_pred), len(direct_gold))
    tally.direct_partial.add(len(align(direct_gold, direct_pred, PARTIAL)), len(direct_pred), len(direct_gold))
    for g_index, p_index in pairs:
        _score_roles(tally, doc, gold[g_index], quotes[p_index])


def _score_roles(tally: Tally, doc: Document, gold: Attribution, quote: Quote) -> None:
    if gold.source is not None:
        tally.speaker_total += 1
        tally.speaker_hits += _speaker_right(doc, gold.source, quote)
    if gold.cue is not None:
        tally.cue_total += 1
        tally.cue_hits += quote.cue is not None and overlaps(gold.cue, (quote.cue.start, quote.cue.end))


def _speaker_right(doc: Document, source: Mark, quote: Quote) -> bool:
    text = doc.article.text
    source_text = text[source[0] : source[1]]
    if quote.speaker_name is not None and _heads(normalize_text(source_text), normalize_text(quote.speaker_name)):
        return True
    marks = _speaker_marks(doc, quote)
    if quote.speaker_span is not None:
        marks.append((quote.speaker_span.start, quote.speaker_span.end))
    if any(overlaps(source, m) for m in marks):
        return True
    if source_text.strip().casefold() not in RELATIVE_PRONOUNS:
        return False
    # a relative pronoun stands for the phrase right before it ("Ann Lee, who said")
    before = text[: source[0]].rstrip(_BEFORE_RELATIVE)
    named = quote.speaker_name is not None and normalize_text(before).endswith(normalize_text(quote.speaker_name))
    return named or any(0 <= len(before) - end <= 1 or start <= len(before) <= end for start, end in marks)


def _heads(source: str, name: str) -> bool:
    """``name`` is the Source's text or its beginning up to a word boundary ("Experts on
    North Korea" of "Experts on North Korea and nuclear nonproliferation"): Sources are
    surface spans with their modifiers, speaker names head phrases without them."""
    if not name or not source.startswith(name):
        return False
    return len(source) == len(name) or not source[len(name)].isalnum()


def metrics_of(tally: Tally) -> tuple[Metric, ...]:
    return (
        *tally.all_exact.metrics("all.exact"),
        *tally.all_partial.metrics("all.partial"),
        *tally.direct_exact.metrics("direct.exact"),
        *tally.direct_partial.metrics("direct.partial"),
        ratio(tally.speaker_hits, tally.speaker_total, "speaker.accuracy"),
        ratio(tally.cue_hits, tally.cue_total, "cue.accuracy"),
    )


def score(gold: Path, pipeline_factory, limit: int | None = None) -> Report:
    dataset, articles = read_gold(Path(gold))
    articles = limited(articles, limit)
    pipeline = pipeline_factory()
    tally = new_tally()
    rejected: list[str] = []
    by_id = {a.text.doc_id: a for a in articles}
    for item, doc in annotate(pipeline, [a.text for a in articles], rejected):
        score_document(tally, item.text, by_id[item.doc_id].attributions, doc)
    notes = stage_notes(pipeline, ("quotes",)) + rejection_notes(rejected)
    return Report("quotes", dataset, len(articles), metrics_of(tally), notes, {"gold_attributions": tally.all_partial.gold})

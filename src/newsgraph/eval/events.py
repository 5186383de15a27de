"""Event-coding scorer: PLOVER gold records, and PETRARCH-2 side by side on GigaWord sentences.

``plover``: each gold record is one sentence coded with one PLOVER event. Gold categories use
PLOVER 0.5b1 names; they are read under the current names (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT, as the record set's notes say) before scoring.
A predicted event matches the gold one by type (``type`` P/R/F1); ``full`` also needs the
actor's country among the gold actors' codes and, where the gold has a target with a code, the
recipient's country among the targets' codes. An actor's "country" is its ISO code, else the
first three letters of its CAMEO actor code: the gold writes international organizations as
``IGO``, as CAMEO actor codes do (``IGOUNO``). Given a type match, ``actor_country``,
``recipient_country`` and ``mode`` accuracy (mode only where the gold states one). Gold modes
are PLOVER 0.5b1's; those that PLOVER 0.8 renamed or merged are read under their current
name (``MODE_RENAMED``), the others are compared as written. ``confidence.<band>.precision``:
the share of predicted events in each confidence band whose type and actor country are right.

``peer``: no gold exists for the GigaWord sample, so agreement with the PETRARCH-2 output is
measured instead, on CAMEO root codes (first two digits) per sentence: P/R/F1 with the peer as
reference, and the share of sentences whose root sets are equal (both empty included).
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import GoldDataMissing
from ..model import Actor, Document, Event
from .base import Metric, Report
from .documents import GoldText, annotate, limited, rejection_notes, stage_notes
from .matching import Counts, greedy_pairs, ratio, set_agreement

# PLOVER 0.5b1 category names in the gold records -> current PLOVER names.
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# PLOVER 0.5b1 mode names in the gold records -> the PLOVER 0.8 mode that covers them.
MODE_RENAMED = {
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot-spon": "riot",
    "strike-gen": "strike",
    "strike-hun": "hunger",
    "host": "visit",
    "confiscate": "seize",
    "destroy": "seize",  # 0.8 codes damage to property (CAMEO 171, 1712) with mode seize
    "detain": "arrest",
    "ban": "restrict",
}
PLOVER_FILE = "plover-gsr/PLOVER_GSR_CAMEO.txt"
GIGAWORD_FILE = "petrarch2-validation/GigaWord.sample.PETR.xml"
PEER_FILE = "petrarch2-peer-baseline/petrarch2_events_GigaWord.sample.tsv"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    text: GoldText
    type: str
    actor_countries: frozenset[str]
    recipient_countries: frozenset[str]
    mode: str | None


@dataclass(frozen=True, slots=True)
class PeerSentence:
    text: GoldText
    roots: frozenset[str]


# --- reading -------------------------------------------------------------------------------


def _codes(actors) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    return frozenset(a["code"] for a in actors if isinstance(a, dict) and a.get("code"))


def _mode(value) -> str | None:
    return MODE_RENAMED.get(value, value) if isinstance(value, str) and value else None


def actor_key(actor: Actor | None) -> str | None:
    """The actor's country as the gold writes it: ISO code, else its code's first letters."""
    if actor is None:
        return None
    return actor.country or (actor.code[:3] if actor.code else None)


def read_plover(path: Path) -> list[GoldEvent]:
    records = json.loads(path.read_text(encoding="utf-8"))
    events = []
    for record in records:
        kind = record.get("event")
        if not kind or kind == "DOCUMENT" or not record.get("text"):
            continue
        events.append(
            GoldEvent(
                GoldText(record["id"], record["text"]),
                RENAMED.get(kind, kind),
                _codes(record.get("source")),
                _codes(record.get("target")),
                _mode(record.get("mode")),
            )
        )
    return events


def _iso(yyyymmdd: str | None) -> str | None:
    if not yyyymmdd or len(yyyymmdd) != 8 or not yyyymmdd.isdigit():
        return None
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"


def read_peer(sentences_path: Path, peer_path: Path) -> list[PeerSentence]:
    """GigaWord sentences (white space folded) with the CAMEO roots PETRARCH-2 coded on each."""
    roots: dict[str, set[str]] = {}
    with peer_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) >= 6:
                for sentence_id in row[5].split(","):
                    roots.setdefault(sentence_id.strip(), set()).add(row[3][:2])
    sentences = []
    for node in ET.parse(sentences_path).getroot().iter("Sentence"):
        text = " ".join((node.findtext("Text") or "").split())
        sentence_id = node.get("id", "")
        sentences.append(PeerSentence(GoldText(sentence_id, text, _iso(node.get("date"))), frozenset(roots.get(sentence_id, ()))))
    return sentences


def read_gold(path: Path) -> tuple[list[GoldEvent] | None, list[PeerSentence] | None]:
    """The events folder (both sets), the PLOVER file, or the GigaWord XML (peer file beside)."""
    path = Path(path)
    if path.is_dir():
        plover, gigaword, peer = path / PLOVER_FILE, path / GIGAWORD_FILE, path / PEER_FILE
    elif path.suffix == ".xml":
        plover, gigaword, peer = None, path, path.parent.parent / PEER_FILE
    else:
        plover, gigaword, peer = path, None, None
    gold = read_plover(plover) if plover and plover.exists() else None
    peers = read_peer(gigaword, peer) if gigaword and peer and gigaword.exists() and peer.exists() else None
    if gold is None and peers is None:
        raise GoldDataMissing(f"no PLOVER records or GigaWord sample with peer output at {path}")
    return gold, peers


# --- scoring -------------------------------------------------------------------------------


def _type_pair(gold: GoldEvent, event: Event) -> float | None:
    return 1.0 if event.type == gold.type else None


def _full_pair(gold: GoldEvent, event: Event) -> float | None:
    if event.type != gold.type or actor_key(event.actor) not in gold.actor_countries:
        return None
    if gold.recipient_countries and actor_key(event.recipient) not in gold.recipient_countries:
        return None
    return 1.0


# Confidence bands: the share of events in each that are right (type and actor country).
CONFIDENCE_BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


@dataclass
class PloverTally:
    type: Counts
    full: Counts
    actor_hits: int = 0
    recipient_hits: int = 0
    recipient_total: int = 0
    mode_hits: int = 0
    mode_total: int = 0
    bands: dict[tuple[float, float], list[int]] = field(default_factory=lambda: {b: [0, 0] for b in CONFIDENCE_BANDS})

    def add_band(self, confidence: float, right: bool) -> None:
        for band, counts in self.bands.items():
            if band[0] <= confidence < band[1]:
                counts[0] += 1
                counts[1] += right


def score_plover_document(tally: PloverTally, gold: GoldEvent, doc: Document) -> None:
    events = list(doc.events)
    for event in events:
        tally.add_band(event.confidence, event.type == gold.type and actor_key(event.actor) in gold.actor_countries)
    pairs = greedy_pairs([gold], events, _type_pair)
    tally.type.add(len(pairs), len(events), 1)
    tally.full.add(len(greedy_pairs([gold], events, _full_pair)), len(events), 1)
    if not pairs:
        return
    event = events[pairs[0][1]]
    tally.actor_hits += actor_key(event.actor) in gold.actor_countries
    if gold.recipient_countries:
        tally.recipient_total += 1
        tally.recipient_hits += actor_key(event.recipient) in gold.recipient_countries
    if gold.mode:
        tally.mode_total += 1
        tally.mode_hits += event.mode == gold.mode


def plover_metrics(tally: PloverTally) -> tuple[Metric, ...]:
    return (
        *tally.type.metrics("plover.type"),
        *tally.full.metrics("plover.full"),
        ratio(tally.actor_hits, tally.type.tp, "plover.actor_country.accuracy"),
        ratio(tally.recipient_hits, tally.recipient_total, "plover.recipient_country.accuracy"),
        ratio(tally.mode_hits, tally.mode_total, "plover.mode.accuracy"),
        *(ratio(right, total, f"plover.confidence.{low:.2f}-{min(high, 1.0):.2f}.precision") for (low, high), (total, right) in tally.bands.items()),
    )


def cameo_roots(doc: Document) -> frozenset[str]:
    return frozenset(e.cameo[:2] for e in doc.events if e.cameo)


def peer_metrics(rows: list[tuple[frozenset[str], frozenset[str]]]) -> tuple[Metric, ...]:
    """(ours, peer) root sets per sentence -> agreement figures."""
    counts = Counts()
    for ours, peer in rows:
        counts.add(*set_agreement(peer, ours))
    same = sum(1 for ours, peer in rows if ours == peer)
    return (
        *counts.metrics("peer.root"),
        ratio(same, len(rows), "peer.sentence_agreement"),
        Metric("peer.sentences_with_events.ours", float(sum(1 for ours, _ in rows if ours)), len(rows)),
        Metric("peer.sentences_with_events.peer", float(sum(1 for _, peer in rows if peer)), len(rows)),
    )


def score(gold: Path, pipeline_factory, limit: int | None = None) -> Report:
    """PLOVER records and the PETRARCH-2 comparison; ``limit`` applies to each set."""
    plover, peers = read_gold(Path(gold))
    pipeline = pipeline_factory()
    rejected: list[str] = []
    metrics: list[Metric] = []
    datasets: dict[str, int] = {}
    if plover is not None:
        plover = limited(plover, limit)
        tally = PloverTally(Counts(), Counts())
        for gold_event, (_, doc) in zip(plover, annotate(pipeline, [g.text for g in plover], rejected), strict=True):
            score_plover_document(tally, gold_event, doc)
        metrics += plover_metrics(tally)
        datasets["plover-gsr"] = len(plover)
    if peers is not None:
        peers = limited(peers, limit)
        docs = annotate(pipeline, [p.text for p in peers], rejected)
        metrics += peer_metrics([(cameo_roots(doc), p.roots) for p, (_, doc) in zip(peers, docs, strict=True)])
        datasets["gigaword-vs-petrarch2"] = len(peers)
    notes = stage_notes(pipeline, ("events",)) + rejection_notes(rejected)
    return Report("events", "+".join(datasets), sum(datasets.values()), tuple(metrics), notes, datasets)

"""Span matching and small figures every scorer shares.

A mark is a ``(start, end)`` pair of character offsets, end exclusive. Matching is one-to-one:
a predicted mark can count for at most one gold mark, so duplicates in a prediction are
false positives, not extra hits.

- exact: both offsets equal.
- partial: the marks overlap by at least one character (a shifted or cut span still counts).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from statistics import median
from typing import TypeVar

from .base import Metric, prf

Mark = tuple[int, int]
EXACT, PARTIAL = "exact", "partial"
EARTH_RADIUS_KM = 6371.0088

_QUOTE_MARKS = "\"'“”‘’«»„‟‹›`"
_SPACES = re.compile(r"\s+")
G = TypeVar("G")  # a gold item
P = TypeVar("P")  # a predicted item


def overlaps(a: Mark, b: Mark) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def overlap_length(a: Mark, b: Mark) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align(gold: Sequence[Mark], predicted: Sequence[Mark], mode: str = EXACT) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), one-to-one.

    Exact pairs equal marks. Partial pairs overlapping marks, taking the largest overlaps first
    so that a long prediction is given to the gold mark it covers best.
    """
    if mode == EXACT:
        free: dict[tuple[int, ...], list[int]] = {}
        for index, mark in enumerate(predicted):
            free.setdefault(tuple(mark), []).append(index)
        pairs = []
        for g_index, mark in enumerate(gold):
            candidates = free.get(tuple(mark))
            if candidates:
                pairs.append((g_index, candidates.pop(0)))
        return pairs
    if mode != PARTIAL:
        raise ValueError(f"unknown matching mode {mode!r}")
    return greedy_pairs(gold, predicted, lambda g, p: overlap_length(g, p) if overlaps(g, p) else None)


@dataclass
class Counts:
    """True positives, predicted and gold counts, summed over documents."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def metrics(self, prefix: str) -> tuple[Metric, Metric, Metric]:
        return prf(self.tp, self.predicted, self.gold, prefix)


def count_spans(counts: Counts, gold: Sequence[Mark], predicted: Sequence[Mark], mode: str) -> list[tuple[int, int]]:
    """Add one document's span matches to ``counts``; return the pairs for further checks."""
    pairs = align(gold, predicted, mode)
    counts.add(len(pairs), len(predicted), len(gold))
    return pairs


def labelled_counts(gold: Iterable[tuple[Mark, str]], predicted: Iterable[tuple[Mark, str]], mode: str = EXACT) -> dict[str, tuple[int, int, int]]:
    """Per label: (tp, predicted, gold) where a hit needs the same label and matching marks."""
    gold_by: dict[str, list[Mark]] = {}
    pred_by: dict[str, list[Mark]] = {}
    for mark, label in gold:
        gold_by.setdefault(label, []).append(mark)
    for mark, label in predicted:
        pred_by.setdefault(label, []).append(mark)
    result = {}
    for label in sorted(set(gold_by) | set(pred_by)):
        g, p = gold_by.get(label, []), pred_by.get(label, [])
        result[label] = (len(align(g, p, mode)), len(p), len(g))
    return result


def ratio(hits: int, total: int, name: str) -> Metric:
    """An accuracy-style figure, 0.0 when there is nothing to count."""
    return Metric(name, hits / total if total else 0.0, total)


def normalize_text(text: str) -> str:
    """Lower case, quote marks dropped, runs of white space as one space."""
    stripped = "".join(ch for ch in text if ch not in _QUOTE_MARKS)
    return _SPACES.sub(" ", stripped).strip().lower()


def canonical_name(name: str) -> str:
    """Names compare case-insensitively with spaces and hyphens equal ("Kang Sun-nam")."""
    return _SPACES.sub(" ", name.replace("-", " ").replace("‐", " ")).strip().lower()


def trim_mark(text: str, mark: Mark, junk: str = _QUOTE_MARKS + " \t\n,.;:") -> Mark:
    """The mark without surrounding quote marks, white space and clause punctuation."""
    start, end = mark
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_metrics(errors_km: Sequence[float], attempted: int, prefix: str, within_km: float = 161.0) -> tuple[Metric, ...]:
    """Accuracy within ``within_km`` over ``attempted`` items, mean and median error in km."""
    hits = sum(1 for e in errors_km if e <= within_km)
    mean = sum(errors_km) / len(errors_km) if errors_km else 0.0
    return (
        ratio(hits, attempted, f"{prefix}.acc@161km"),
        Metric(f"{prefix}.mean_km", mean, len(errors_km)),
        Metric(f"{prefix}.median_km", median(errors_km) if errors_km else 0.0, len(errors_km)),
    )


def greedy_pairs(gold: Sequence[G], predicted: Sequence[P], score: Callable[[G, P], float | None]) -> list[tuple[int, int]]:
    """One-to-one pairs by best score first; ``score`` returns None where items cannot pair."""
    scored = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            value = score(g, p)
            if value is not None:
                scored.append((-value, g_index, p_index))
    scored.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g_index, p_index in scored:
        if g_index not in used_gold and p_index not in used_pred:
            used_gold.add(g_index)
            used_pred.add(p_index)
            pairs.append((g_index, p_index))
    return sorted(pairs)


def set_agreement(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> tuple[int, int, int]:
    """(tp, predicted, gold) counts for two sets of labels."""
    g, p = set(gold), set(predicted)
    return len(g & p), len(p), len(g)

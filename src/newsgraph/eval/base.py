"""What every scorer returns, and the standard metrics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Metric:
    """One figure of a report: e.g. name "strict.f1", value 0.83, with counts behind it."""

    name: str
    value: float
    support: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": round(self.value, 4), "support": self.support}


@dataclass(frozen=True, slots=True)
class Report:
    """The result of scoring one task on one gold set."""

    task: str
    dataset: str
    documents: int
    metrics: tuple[Metric, ...]
    notes: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    def metric(self, name: str) -> float:
        return next(m.value for m in self.metrics if m.name == name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "dataset": self.dataset,
            "documents": self.documents,
            "metrics": {m.name: round(m.value, 4) for m in self.metrics},
            "support": {m.name: m.support for m in self.metrics if m.support is not None},
            "notes": list(self.notes),
            "details": self.details,
        }


def prf(true_positives: int, predicted: int, gold: int, prefix: str = "") -> tuple[Metric, Metric, Metric]:
    """Precision, recall and F1 from counts (0.0 where undefined, never a division error)."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dot = f"{prefix}." if prefix else ""
    return (
        Metric(f"{dot}precision", precision, predicted),
        Metric(f"{dot}recall", recall, gold),
        Metric(f"{dot}f1", f1, true_positives),
    )

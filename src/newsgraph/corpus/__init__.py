"""Cross-document work: duplicates, story clusters and corpus events (one happening, many reports)."""

from .build import CorpusSummary, corpus_rows, rebuild
from .dedup import DuplicateIndex, DuplicateMatch

__all__ = ["CorpusSummary", "DuplicateIndex", "DuplicateMatch", "corpus_rows", "rebuild"]

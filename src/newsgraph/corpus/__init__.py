"""Cross-document work: duplicates now; event merging and story clusters later."""

from .dedup import DuplicateIndex, DuplicateMatch

__all__ = ["DuplicateIndex", "DuplicateMatch"]

"""Engines run the pipeline over many inputs and store the results.

``local`` runs in this process (spaCy batching); other engines (a process pool, Spark) run the
same pipeline and write to the same store.  ``reprocess`` re-runs stored articles that an
older pipeline annotated.
"""

from .local import IngestSummary, ingest_paths
from .reprocess import ReprocessSummary, reprocess
from .version import pipeline_version

__all__ = ["IngestSummary", "ReprocessSummary", "ingest_paths", "pipeline_version", "reprocess"]

"""Engines run the pipeline over many inputs and store the results.

``local`` runs in this process (spaCy batching); other engines (a process pool, Spark) run the
same pipeline and write to the same store.
"""

from .local import IngestSummary, ingest_paths

__all__ = ["IngestSummary", "ingest_paths"]

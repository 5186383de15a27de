"""Storage of documents: one ``Store`` contract, two backends (SQLite, PostgreSQL).

``open_store(url)`` picks the backend from ``url``: a file path (or ``sqlite:///path``, or
``:memory:``) opens SQLite, a ``postgresql://`` URL opens PostgreSQL (psycopg 3).  The tables,
writing and queries are shared SQLAlchemy Core (``schema.py``, ``sql.py``, ``queries.py``);
``backends.py`` holds what differs (full-text search, integrity check, size on disk);
``migrations.py`` brings a store to the current schema when it is opened.
"""

from __future__ import annotations

from .base import AddResult, CorpusInput, CorpusRows, DuplicateLink, Store
from .migrations import SCHEMA_VERSION
from .sql import SQLStore

DEFAULT_DB = "newsgraph.db"

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "AddResult", "CorpusInput", "CorpusRows", "DuplicateLink", "SQLStore", "Store", "open_store"]


def open_store(url: str = DEFAULT_DB, *, create: bool = True, read_only: bool = False) -> Store:
    """The store at ``url``: a SQLite file path, ``sqlite:///path``, ``:memory:`` or ``postgresql://...``.

    With ``create=False`` (what reading commands use) a missing database is an error
    (``StoreMissing``) instead of a new empty one.  A database that is not newsgraph's is
    refused (``NotAStore``) and left untouched.  With ``read_only=True`` nothing can be written:
    each write is ``StoreReadOnly`` (NG306).  A write that finds the disk full is ``StoreFull``
    (NG305); either way the failed transaction is rolled back and what was stored before stays.
    """
    return SQLStore(url, create=create, read_only=read_only)

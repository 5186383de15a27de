"""Storage of documents: one ``Store`` protocol, SQLite by default.

``open_store(url)`` picks the backend from the URL: a file path (or ``sqlite:///path``) opens
SQLite; a ``postgresql://`` URL selects PostgreSQL where that backend is installed.
"""

from __future__ import annotations

from .base import AddResult, Store
from .sqlite import SQLiteStore

DEFAULT_DB = "newsgraph.db"

__all__ = ["AddResult", "Store", "SQLiteStore", "open_store", "DEFAULT_DB"]


def open_store(url: str = DEFAULT_DB) -> Store:
    """The store at ``url``: a SQLite file path, ``sqlite:///path`` or ``postgresql://...``."""
    if url.startswith(("postgresql://", "postgres://")):
        from ..errors import StoreOpenError

        raise StoreOpenError("the PostgreSQL backend is not part of this version", source=url, hint="use a SQLite file path for --db")
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SQLiteStore(url)

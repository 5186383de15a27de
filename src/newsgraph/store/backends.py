"""What differs between the backends: connecting, telling a newsgraph store from anything else,
the full-text index, sort order of names, integrity checks and size on disk.

Everything else (tables, writing, queries) is shared SQLAlchemy Core in ``sql.py``.

- SQLite: WAL and synchronous=NORMAL (a crash loses at most the last transactions, never
  half of one); FTS5 with the Porter stemmer over title and text; ``PRAGMA integrity_check``.
  Read-only: the file is opened with the URI ``mode=ro``.
- PostgreSQL (psycopg 3): a ``tsvector`` per article with a GIN index, english stemming;
  names sorted with the "C" collation so both backends list rows in the same order.
  Read-only: every transaction is ``default_transaction_read_only``.

A write that finds no room or no right to write is ``StoreFull`` or ``StoreReadOnly``, told
apart by the driver's error code (SQLite result code, PostgreSQL SQLSTATE), not its wording.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import urllib.parse
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, column, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import QueuePool, StaticPool

from ..errors import NotAStore, StoreError, StoreFull, StoreMissing, StoreOpenError, StoreReadOnly

_WORD = re.compile(r"\w+")

# What a database holds before newsgraph opens it.
NEW, NEWSGRAPH, LEGACY = "new", "newsgraph", "legacy"
VERSION_KEY = "newsgraph_schema"
# keys of the transaction locks that keep concurrent writers from racing
MIGRATING, REBUILDING = 7120261, 7120262
# SQLite primary result codes (an extended code keeps them in its low byte)
SQLITE_READONLY, SQLITE_FULL = 8, 13
# A WAL database is read through a shared-memory file (-shm) beside it, which SQLite must create.
WAL_READ_ONLY_HINT = "SQLite needs to create the database's -shm file beside it: give write access to its folder, or copy the database to a folder you may write"
# PostgreSQL SQLSTATEs: 53100 disk_full; 25006 read_only_sql_transaction, 42501 insufficient_privilege
PG_FULL, PG_READ_ONLY = ("53100",), ("25006", "42501")


@dataclass(frozen=True, slots=True)
class Backend(ABC):
    """The backend-specific half of a store."""

    name: str
    url: str
    read_only: bool = False

    def sort_key(self, col: Any) -> Any:
        return col

    @abstractmethod
    def lock(self, conn: Connection, what: int) -> None:
        """Hold off other processes doing ``what`` (MIGRATING, REBUILDING) to the same store
        until this transaction ends."""

    def search_words(self, query: str) -> list[str]:
        return _WORD.findall(query)

    @abstractmethod
    def connect(self) -> Engine: ...

    @abstractmethod
    def inspect(self, engine: Engine) -> str: ...

    @abstractmethod
    def create_fulltext(self, conn: Connection) -> None: ...

    @abstractmethod
    def index_text(self, conn: Connection, article_id: str, title: str | None, body: str, new: bool = False) -> None: ...

    @abstractmethod
    def search_ids(self, query: str) -> Any: ...

    @abstractmethod
    def integrity(self, conn: Connection) -> list[str]: ...

    @abstractmethod
    def size_bytes(self, conn: Connection) -> int: ...

    def write_error(self, exc: DBAPIError) -> StoreError | None:
        """The store error a failed write stands for (no room, no right to write), else None."""
        return None


class SQLiteBackend(Backend):
    def lock(self, conn: Connection, what: int) -> None:
        """Nothing to do: the write lock of BEGIN IMMEDIATE already holds off other processes."""

    def connect(self) -> Engine:
        memory = self.url in (":memory:", "")
        # the path goes to sqlite3 as it is, never through a URL parser ('?' and '#' are legal in names)
        target, uri = (_file_uri(self.url, "ro"), True) if self.read_only and not memory else (self.url or ":memory:", False)
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(target, uri=uri, isolation_level=None, timeout=30, check_same_thread=False),
            poolclass=StaticPool if memory else QueuePool,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # the driver's own transaction handling skips DDL; BEGIN ourselves (SQLAlchemy's recipe)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN"))
        return engine

    def inspect(self, engine: Engine) -> str:
        """NEW, NEWSGRAPH or LEGACY; NotAStore for anything else, without writing to it."""
        if self.url in (":memory:", "") or not os.path.exists(self.url) or os.path.getsize(self.url) == 0:
            return NEW
        try:
            probe = sqlite3.connect(_file_uri(self.url, "ro"), uri=True)
            try:
                names = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                keys = {row[0] for row in probe.execute("SELECT key FROM meta")} if "meta" in names else set()
            finally:
                probe.close()
        except sqlite3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_READONLY:
                raise StoreReadOnly(f"the database cannot be read from this folder ({exc})", source=self.url, hint=WAL_READ_ONLY_HINT) from exc
            raise NotAStore(f"not a SQLite database ({exc})", source=self.url) from exc
        return _classify(names, keys, self.url)

    def create_fulltext(self, conn: Connection) -> None:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize='porter unicode61')")

    def index_text(self, conn: Connection, article_id: str, title: str | None, body: str, new: bool = False) -> None:
        if not new:
            conn.exec_driver_sql("DELETE FROM articles_fts WHERE article_id=?", (article_id,))
        conn.exec_driver_sql("INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)", (article_id, title or "", body))

    def search_ids(self, query: str) -> Any:
        """A SELECT of the ids of articles holding every word of ``query``."""
        words = self.search_words(query) or [""]
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)  # quoted: no FTS5 syntax
        return text("SELECT article_id FROM articles_fts WHERE articles_fts MATCH :match").bindparams(match=match).columns(column("article_id"))

    def integrity(self, conn: Connection) -> list[str]:
        problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"]
        if self.read_only:  # FTS5's check is a write command; the row counts are still compared
            return problems
        try:
            conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        except SQLAlchemyError as exc:
            if not self._cannot_write(exc):
                problems.append(f"full-text index: {exc.__class__.__name__}")
        return problems

    def _cannot_write(self, exc: Exception) -> bool:
        return isinstance(exc, DBAPIError) and isinstance(self.write_error(exc), StoreReadOnly)

    def write_error(self, exc: DBAPIError) -> StoreError | None:
        code = getattr(exc.orig, "sqlite_errorcode", None)
        if code is None:
            return None
        if code & 0xFF == SQLITE_FULL:
            return StoreFull(f"the database is full: {_first_line(exc)}", source=self.url)
        if code & 0xFF == SQLITE_READONLY:
            return StoreReadOnly(f"the database cannot be written: {_first_line(exc)}", source=self.url)
        return None

    def size_bytes(self, conn: Connection) -> int:
        try:
            if not self.read_only:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SQLAlchemyError as exc:
            if not self._cannot_write(exc):
                raise
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        return int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())


class PostgresBackend(Backend):
    def connect(self) -> Engine:
        url = re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql+psycopg://", self.url)
        read_only = {"connect_args": {"options": "-c default_transaction_read_only=on"}} if self.read_only else {}
        return create_engine(url, pool_pre_ping=True, **read_only)

    def inspect(self, engine: Engine) -> str:
        try:
            with engine.connect() as conn:
                names = {r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))}
                keys = {r[0] for r in conn.execute(text("SELECT key FROM meta"))} if "meta" in names else set()
        except SQLAlchemyError as exc:
            raise StoreOpenError(f"cannot connect to PostgreSQL: {_first_line(exc)}", source=_safe_url(self.url)) from exc
        return _classify(names, keys, _safe_url(self.url), hint="give newsgraph a database of its own (createdb newsgraph)")

    def sort_key(self, col: Any) -> Any:
        return col.collate("C")

    def lock(self, conn: Connection, what: int) -> None:
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%(key)s)", {"key": what})

    def create_fulltext(self, conn: Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS articles_fts (article_id VARCHAR(64) PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, words tsvector NOT NULL)")
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS articles_fts_words ON articles_fts USING gin(words)")

    def index_text(self, conn: Connection, article_id: str, title: str | None, body: str, new: bool = False) -> None:
        conn.exec_driver_sql(
            "INSERT INTO articles_fts (article_id, words) VALUES (%(id)s, to_tsvector('english', %(title)s || ' ' || %(body)s)) ON CONFLICT (article_id) DO UPDATE SET words = EXCLUDED.words",
            {"id": article_id, "title": title or "", "body": body},
        )

    def search_ids(self, query: str) -> Any:
        words = " ".join(self.search_words(query))
        return text("SELECT article_id FROM articles_fts WHERE words @@ plainto_tsquery('english', :words)").bindparams(words=words).columns(column("article_id"))

    def integrity(self, conn: Connection) -> list[str]:
        conn.exec_driver_sql("SELECT count(*) FROM articles_fts").scalar()
        return []

    def write_error(self, exc: DBAPIError) -> StoreError | None:
        state = getattr(exc.orig, "sqlstate", None) or ""
        if state in PG_FULL:
            return StoreFull(f"the database server has no room: {_first_line(exc)}", source=_safe_url(self.url))
        if state in PG_READ_ONLY:
            return StoreReadOnly(f"the database cannot be written: {_first_line(exc)}", source=_safe_url(self.url))
        return None

    def size_bytes(self, conn: Connection) -> int:
        return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())


def backend_for(url: str, read_only: bool = False) -> Backend:
    """The backend a ``--db`` value names: a ``postgresql://`` URL, else a SQLite path."""
    if re.match(r"^postgres(ql)?(\+\w+)?://", url):
        return PostgresBackend("postgresql", url, read_only)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///") :]
    return SQLiteBackend("sqlite", url, read_only)


def missing(url: str, backend: Backend) -> StoreMissing:
    where = "in this PostgreSQL database" if backend.name == "postgresql" else "at this path"
    return StoreMissing(f"no newsgraph database {where}", source=_safe_url(url))


def _classify(tables: set[str], keys: set[str], source: str, hint: str | None = None) -> str:
    if VERSION_KEY in keys:
        return NEWSGRAPH
    if "schema_version" in keys and "articles" in tables:
        return LEGACY
    if not tables:
        return NEW
    raise NotAStore(f"the database holds other tables ({', '.join(sorted(tables)[:5])}) and no newsgraph store", source=source, hint=hint)


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _use_wal(cursor: sqlite3.Cursor, attempts: int = 100) -> None:
    """Switch the file to WAL once; retried, since SQLite answers a writer opening the file at the
    same moment with "database is locked" at once, without waiting out the busy timeout."""
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    for attempt in range(attempts):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


def _file_uri(path: str, mode: str) -> str:
    """A SQLite URI for ``path``: quoted, so a '?' or '#' in a file name stays part of the name."""
    return f"file:{urllib.parse.quote(os.path.abspath(path))}?mode={mode}"


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def _first_line(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

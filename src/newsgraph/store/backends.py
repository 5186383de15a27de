"""What differs between the backends: connecting, telling a newsgraph store from anything else,
the full-text index, sort order of names, integrity checks and size on disk.

Everything else (tables, writing, queries) is shared SQLAlchemy Core in ``sql.py``.

- SQLite: WAL and synchronous=NORMAL (a crash loses at most the last transactions, never
  half of one); FTS5 with the Porter stemmer over title and text; ``PRAGMA integrity_check``.
- PostgreSQL (psycopg 3): a ``tsvector`` per article with a GIN index, english stemming;
  names sorted with the "C" collation so both backends list rows in the same order.
"""

from __future__ import annotations

import os
import re
import sqlite3
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, column, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from ..errors import NotAStore, StoreMissing, StoreOpenError

_WORD = re.compile(r"\w+")

# What a database holds before newsgraph opens it.
NEW, NEWSGRAPH, LEGACY = "new", "newsgraph", "legacy"
VERSION_KEY = "newsgraph_schema"
# keys of the transaction locks that keep concurrent writers from racing
MIGRATING, REBUILDING = 7120261, 7120262


@dataclass(frozen=True, slots=True)
class Backend(ABC):
    """The backend-specific half of a store."""

    name: str
    url: str

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


class SQLiteBackend(Backend):
    def lock(self, conn: Connection, what: int) -> None:
        """Nothing to do: the write lock of BEGIN IMMEDIATE already holds off other processes."""
    def connect(self) -> Engine:
        memory = self.url in (":memory:", "")
        pool = {"poolclass": StaticPool} if memory else {}
        engine = create_engine(
            "sqlite+pysqlite://" + ("" if memory else "/" + self.url),
            connect_args={"isolation_level": None, "timeout": 30, "check_same_thread": False},
            **pool,
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
            probe = sqlite3.connect(f"file:{self.url}?mode=ro", uri=True)
            try:
                names = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                keys = {row[0] for row in probe.execute("SELECT key FROM meta")} if "meta" in names else set()
            finally:
                probe.close()
        except sqlite3.DatabaseError as exc:
            raise NotAStore(f"not a SQLite database ({exc})", source=self.url) from exc
        return _classify(names, keys, self.url)

    def create_fulltext(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize='porter unicode61')"
        )

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
        try:
            conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
        except SQLAlchemyError as exc:
            problems.append(f"full-text index: {exc.__class__.__name__}")
        return problems

    def size_bytes(self, conn: Connection) -> int:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        return int(pages) * int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())


class PostgresBackend(Backend):
    def connect(self) -> Engine:
        url = re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql+psycopg://", self.url)
        return create_engine(url, pool_pre_ping=True)

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
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS articles_fts (article_id VARCHAR(64) PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, words tsvector NOT NULL)"
        )
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS articles_fts_words ON articles_fts USING gin(words)")

    def index_text(self, conn: Connection, article_id: str, title: str | None, body: str, new: bool = False) -> None:
        conn.exec_driver_sql(
            "INSERT INTO articles_fts (article_id, words) VALUES (%(id)s, to_tsvector('english', %(title)s || ' ' || %(body)s)) "
            "ON CONFLICT (article_id) DO UPDATE SET words = EXCLUDED.words",
            {"id": article_id, "title": title or "", "body": body},
        )

    def search_ids(self, query: str) -> Any:
        words = " ".join(self.search_words(query))
        return text("SELECT article_id FROM articles_fts WHERE words @@ plainto_tsquery('english', :words)").bindparams(words=words).columns(column("article_id"))

    def integrity(self, conn: Connection) -> list[str]:
        conn.exec_driver_sql("SELECT count(*) FROM articles_fts").scalar()
        return []

    def size_bytes(self, conn: Connection) -> int:
        return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())


def backend_for(url: str) -> Backend:
    """The backend a ``--db`` value names: a ``postgresql://`` URL, else a SQLite path."""
    if re.match(r"^postgres(ql)?(\+\w+)?://", url):
        return PostgresBackend("postgresql", url)
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    return SQLiteBackend("sqlite", url)


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
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def _first_line(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

"""The one store implementation over SQLAlchemy Core; ``backends.py`` holds what differs.

Writing: one transaction per call, so an article is stored with all its annotations or not at
all, whatever kills the writer.  Adding what is already stored writes nothing (re-ingest is a
no-op): the same input is ``unchanged``, the same text from another input is linked once.
A write that finds the disk full or the database read-only is rolled back and raised as
``StoreFull`` or ``StoreReadOnly``: what was committed stays.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from ..errors import StoreError, StoreOpenError, StoreReadOnly, StoreSchemaError
from ..model import Document, Rejection
from ..model import text_hash as model_text_hash
from . import queries, schema
from .backends import LEGACY, NEW, REBUILDING, backend_for, missing
from .base import AddResult, CorpusInput, CorpusRows, DuplicateLink
from .migrations import SCHEMA_VERSION, migrate, recorded_version
from .rows import annotation_rows, article_row, now

# Built once: statements with parameters passed at execution compile once and stay cached
# (values embedded with .values() cost a compile-cache key per row).
_INSERT = {table.name: table.insert() for table in schema.metadata.sorted_tables}


class SQLStore:
    """A newsgraph store at ``url`` (SQLite path, ``:memory:`` or ``postgresql://`` URL).

    ``create=False`` (reading commands) never creates a database: a missing one is
    ``StoreMissing``; a database of another program is ``NotAStore`` and is left untouched.
    ``read_only=True`` opens it so that nothing can be written (every write is
    ``StoreReadOnly``); such a store must exist and be at the current schema.
    """

    def __init__(self, url: str, create: bool = True, read_only: bool = False) -> None:
        self._backend = backend_for(url, read_only)
        self.backend = self._backend.name
        self.url = url
        self._engine = self._backend.connect()
        try:
            state = self._backend.inspect(self._engine)
        except Exception:
            self._engine.dispose()
            raise
        if state == NEW and (read_only or not create):
            self._engine.dispose()
            raise missing(url, self._backend)
        if state == LEGACY:
            self._engine.dispose()
            raise StoreSchemaError("written by a development version of newsgraph before numbered migrations", source=url, hint="ingest the articles again into a new database")
        try:
            self.schema_version = self._current_version() if read_only else self._migrated(reading=not create)
        except StoreError:
            self._engine.dispose()
            raise
        except SQLAlchemyError as exc:
            self._engine.dispose()
            raise StoreOpenError(f"cannot prepare the database: {exc.__class__.__name__}: {str(exc).splitlines()[0]}", source=url) from exc

    def _migrated(self, reading: bool) -> int:
        """The schema version after the migrations the store lacks.  A store that may not be
        written still serves ``reading`` (commands that never create one) when it is current."""
        try:
            with self._writing() as conn:
                return migrate(conn, self._backend, self.url)
        except StoreReadOnly:
            if not reading:
                raise
            return self._current_version()

    def _current_version(self) -> int:
        """The schema version of a store that cannot be written, so cannot be migrated."""
        with self._engine.connect() as conn:
            version = recorded_version(conn)
        if version != SCHEMA_VERSION:
            raise StoreSchemaError(
                f"schema version {version}, and a store that cannot be written cannot be brought to {SCHEMA_VERSION}", source=self.url, hint="open it once with write access to upgrade it"
            )
        return version

    # --- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction; SQLite takes the write lock at its start (BEGIN IMMEDIATE), so
        concurrent writers wait for each other instead of failing half-way.  No room or no right
        to write becomes the store error that says so (the transaction is rolled back)."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(write=True)
                with conn.begin():
                    yield conn
        except DBAPIError as exc:
            error = self._backend.write_error(exc)
            if error is None:
                raise
            raise error from exc

    def add(self, doc: Document, fingerprint: bytes | None = None, pipeline_version: str | None = None, near: DuplicateLink | None = None) -> AddResult:
        """Store a document, or link it to the stored article with the same text.

        ``fingerprint`` is the article's MinHash signature (bytes), kept for near-duplicate
        search in later runs; ``pipeline_version`` names what made the annotations; ``near``
        links the new article to a stored one it nearly repeats, in the same transaction
        (dropped if that article is not stored).
        """
        article = doc.article
        hashed = model_text_hash(article.text)
        try:
            with self._writing() as conn:
                first = conn.execute(select(schema.articles.c.id).where((schema.articles.c.text_hash == hashed) | (schema.articles.c.id == article.id)).limit(1)).scalar()
                if first is not None:
                    linked = _link(conn, DuplicateLink(article.source_name or article.id, article.id, first, "exact", 1.0))
                    return AddResult(article.id, "duplicate" if linked else "unchanged", first)
                self._insert(conn, doc, hashed, pipeline_version)
                if fingerprint is not None:
                    conn.execute(_INSERT["fingerprints"], {"article_id": article.id, "minhash": fingerprint})
                linked = near is not None and conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == near.duplicate_of)).first() is not None
                if near is not None and linked:
                    _link(conn, near)
        except IntegrityError:  # another writer stored the same article meanwhile
            return self.add(doc, fingerprint, pipeline_version, near)
        return AddResult(article.id, "stored", linked_near=linked)

    def replace(self, doc: Document, pipeline_version: str | None = None) -> None:
        """Replace the annotations of a stored article (same text) in one transaction."""
        article_id = doc.article.id
        with self._writing() as conn:
            for table in schema.ANNOTATION_TABLES:
                conn.execute(delete(table).where(table.c.article_id == article_id))
            values = article_row(doc, model_text_hash(doc.article.text), pipeline_version)
            values = {k: v for k, v in values.items() if k not in ("id", "added_at", "source")}
            conn.execute(update(schema.articles).where(schema.articles.c.id == article_id).values(**values))
            self._insert_annotations(conn, doc)

    def add_duplicate(self, link: DuplicateLink) -> bool:
        """Record that ``link.source`` repeats the stored article ``link.duplicate_of``;
        False when nothing new was recorded (the same input again, or a link already kept)."""
        try:
            with self._writing() as conn:
                return _link(conn, link)
        except IntegrityError:  # another writer recorded the same link meanwhile
            return False

    def add_rejection(self, rejection: Rejection) -> bool:
        """Store a rejection; False if this input was already rejected for the same reason."""
        try:
            return self._add_rejection(rejection)
        except IntegrityError:  # another writer stored it meanwhile
            return False

    def _add_rejection(self, rejection: Rejection) -> bool:
        with self._writing() as conn:
            known = conn.execute(select(schema.rejections.c.id).where((schema.rejections.c.source == rejection.source) & (schema.rejections.c.code == rejection.code))).first()
            if known is not None:
                return False
            conn.execute(_INSERT["rejections"], {**rejection.to_dict(), "added_at": now()})
        return True

    def replace_corpus(self, rows: CorpusRows) -> None:
        """Replace the corpus view (stories, corpus events, their mentions and flags) at once."""
        with self._writing() as conn:
            self._backend.lock(conn, REBUILDING)
            for table in schema.CORPUS_TABLES:
                conn.execute(delete(table))
            for table in reversed(schema.CORPUS_TABLES):
                batch = getattr(rows, table.name)
                if batch:
                    conn.execute(table.insert(), batch)

    def _insert(self, conn: Connection, doc: Document, hashed: str, pipeline_version: str | None) -> None:
        conn.execute(_INSERT["articles"], article_row(doc, hashed, pipeline_version))
        self._insert_annotations(conn, doc, new=True)

    def _insert_annotations(self, conn: Connection, doc: Document, new: bool = False) -> None:
        for name, batch in annotation_rows(doc).items():
            if batch:
                conn.execute(_INSERT[name], batch)
        self._backend.index_text(conn, doc.article.id, doc.article.title, doc.article.text, new)

    # --- reading -------------------------------------------------------------------------

    def get(self, article_id: str) -> Document | None:
        if "\x00" in article_id:  # no id holds one, and PostgreSQL refuses it as a parameter
            return None
        with self._engine.connect() as conn:
            found = conn.execute(select(schema.articles.c.document).where(schema.articles.c.id == article_id)).scalar()
        return Document.from_dict(json.loads(found)) if found is not None else None

    def documents(self) -> Iterator[Document]:
        """Every stored document, oldest first (read in pages, so memory stays flat)."""
        last = ""
        while True:
            with self._engine.connect() as conn:
                key = self._backend.sort_key(schema.articles.c.id)  # one collation for order and paging
                page = conn.execute(select(schema.articles.c.id, schema.articles.c.document).where(key > last).order_by(key).limit(500)).all()
            if not page:
                return
            for _id, document in page:
                yield Document.from_dict(json.loads(document))
            last = page[-1][0]

    def articles(self, **filters: Any) -> list[dict[str, Any]]:
        return self._read(queries.articles, filters)

    def entities(self, **filters: Any) -> list[dict[str, Any]]:
        return self._read(queries.entities, filters)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        return self._read(queries.quotes, filters)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        return self._read(queries.events, filters)

    def corpus_events(self, **filters: Any) -> list[dict[str, Any]]:
        return self._read(queries.corpus_events, filters)

    def stories(self, **filters: Any) -> list[dict[str, Any]]:
        return self._read(queries.stories, filters)

    def flags(self, **filters: Any) -> list[dict[str, Any]]:
        return self._read(queries.flags, filters)

    def distinct(self, name: str) -> list[str]:
        """Values present in a filterable column: "events.type", "events.country", "entities.type",
        "entities.country", "corpus_events.type", "corpus_events.country", "flags.type",
        "rejections.type", "duplicates.type"."""
        with self._engine.connect() as conn:
            return queries.distinct(conn, self._backend, name)

    def _read(self, query: Any, filters: dict[str, Any]) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            return query(conn, self._backend, filters)

    def has_article(self, article_id: str) -> bool:
        if "\x00" in article_id:
            return False
        with self._engine.connect() as conn:
            return conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first() is not None

    def fingerprints(self) -> Iterator[tuple[str, str, bytes | None]]:
        """(article id, text hash, MinHash signature or None) of every stored article, streamed
        in batches (a large store is not read into memory at once)."""
        a, f = schema.articles, schema.fingerprints
        query = select(a.c.id, a.c.text_hash, f.c.minhash).outerjoin(f, f.c.article_id == a.c.id).order_by(a.c.added_at, a.c.id)
        with self._engine.connect() as conn:
            for article_id, hashed, minhash in conn.execution_options(yield_per=2_000).execute(query):
                yield article_id, hashed, bytes(minhash) if minhash is not None else None

    def rejections(self) -> list[dict[str, Any]]:
        r = schema.rejections
        with self._engine.connect() as conn:
            return _dicts(conn.execute(select(r.c.source, r.c.code, r.c.reason, r.c.message, r.c.detail, r.c.added_at).order_by(r.c.id)))

    def duplicates(self) -> list[dict[str, Any]]:
        d = schema.duplicates
        with self._engine.connect() as conn:
            return _dicts(conn.execute(select(d.c.source, d.c.article_id, d.c.duplicate_of, d.c.kind, d.c.similarity).order_by(d.c.id)))

    def stale(self, pipeline_version: str) -> list[str]:
        """Ids of the articles whose annotations another pipeline version made."""
        a = schema.articles
        with self._engine.connect() as conn:
            rows = conn.execute(select(a.c.id).where((a.c.pipeline_version != pipeline_version) | a.c.pipeline_version.is_(None)).order_by(a.c.id))
            return [row[0] for row in rows]

    def corpus_input(self) -> CorpusInput:
        with self._engine.connect() as conn:
            return queries.corpus_input(conn, self._backend)

    def counts(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one()) for t in schema.COUNTED_TABLES}

    def check(self) -> list[str]:
        """Problems found (empty when the store is sound): the backend's own integrity check,
        and each article's rows against its stored document."""
        with self._engine.connect() as conn:
            return self._backend.integrity(conn) + queries.consistency(conn, self._backend)

    def size_bytes(self) -> int:
        """Bytes the database takes on disk."""
        with self._engine.connect() as conn:
            return self._backend.size_bytes(conn)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _link(conn: Connection, link: DuplicateLink) -> bool:
    a, d = schema.articles, schema.duplicates
    if link.kind == "exact" and link.article_id == link.duplicate_of:
        stored_source = conn.execute(select(a.c.source).where(a.c.id == link.duplicate_of)).scalar()
        if stored_source == link.source:
            return False
    known = conn.execute(select(d.c.id).where((d.c.source == link.source) & (d.c.article_id == link.article_id) & (d.c.duplicate_of == link.duplicate_of))).first()
    if known is not None:
        return False
    conn.execute(
        _INSERT["duplicates"], {"source": link.source, "article_id": link.article_id, "duplicate_of": link.duplicate_of, "kind": link.kind, "similarity": float(link.similarity), "added_at": now()}
    )
    return True


def _dicts(result: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in result]

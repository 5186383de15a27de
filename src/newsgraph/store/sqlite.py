"""The embedded store: SQLite (standard library) in WAL mode with an FTS5 full-text index.

One transaction per article with all its rows, so a crash never leaves half a document.
Readers keep reading while one writer writes (WAL).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Iterator

from ..errors import StoreOpenError, StoreSchemaError
from ..model import Document, Rejection
from ..model import text_hash as model_text_hash
from .base import AddResult, DuplicateLink, Query

SCHEMA_VERSION = "1"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    """A newsgraph store in one SQLite file (``:memory:`` for a throwaway one)."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(path, timeout=30)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreOpenError(f"cannot open the database: {exc}", source=path) from exc

    def _migrate(self) -> None:
        schema = resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")
        with self._db:
            self._db.executescript(schema)
            row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            elif row["value"] != SCHEMA_VERSION:
                raise StoreSchemaError(f"schema version {row['value']}, this newsgraph reads {SCHEMA_VERSION}", source=self.path)

    # --- writing -------------------------------------------------------------------------

    def add(self, doc: Document, fingerprint: bytes | None = None) -> AddResult:
        """Store a document, or link it to the first-seen article with the same text.

        ``fingerprint`` is the article's MinHash signature (bytes), kept for near-duplicate
        search in later runs.
        """
        article = doc.article
        text_hash = model_text_hash(article.text)
        first = self._db.execute("SELECT id FROM articles WHERE text_hash=? OR id=?", (text_hash, article.id)).fetchone()
        with self._db:
            if first is not None:
                self._insert_link(DuplicateLink(article.source_name or article.id, article.id, first["id"], "exact", 1.0))
                return AddResult(article.id, "duplicate", first["id"])
            self._insert(doc, text_hash)
            if fingerprint is not None:
                self._db.execute("INSERT OR REPLACE INTO fingerprints VALUES (?,?)", (article.id, fingerprint))
        return AddResult(article.id, "stored")

    def add_duplicate(self, link: DuplicateLink) -> None:
        """Record that ``link.source`` repeats the stored article ``link.duplicate_of``."""
        with self._db:
            self._insert_link(link)

    def _insert_link(self, link: DuplicateLink) -> None:
        self._db.execute(
            "INSERT INTO duplicates VALUES (?,?,?,?,?,?)",
            (link.source, link.article_id, link.duplicate_of, link.kind, link.similarity, _now()),
        )

    def add_rejection(self, rejection: Rejection) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO rejections (source, code, reason, message, detail, added_at) VALUES (?,?,?,?,?,?)",
                (rejection.source, rejection.code, rejection.reason, rejection.message, rejection.detail, _now()),
            )

    def _insert(self, doc: Document, text_hash: str) -> None:
        a = doc.article
        date = a.date.value if a.date else None
        inferred = int(bool(a.date and a.date.inferred))
        self._db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.source_name, a.title, a.byline, a.outlet, a.url, a.language, date, inferred, text_hash, json.dumps(doc.to_dict()), _now()),
        )
        self._db.execute("INSERT INTO articles_fts VALUES (?,?,?)", (a.id, a.title or "", a.text))
        self._db.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?)", [
            (a.id, e.id, e.name, e.type, e.country, e.sector, json.dumps(list(e.roles)), len(e.mentions)) for e in doc.entities
        ])
        self._db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?)", [
            (a.id, q.id, q.kind, q.content.text, q.speaker_name, q.cue.text if q.cue else None, json.dumps(list(q.via))) for q in doc.quotes
        ])
        self._db.executemany("INSERT INTO times VALUES (?,?,?,?,?)", [(a.id, t.id, t.span.text, t.type, t.value) for t in doc.times])
        self._db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [_event_row(a.id, e) for e in doc.events])
        self._db.executemany('INSERT INTO flags VALUES (?,?,?,?)', [(a.id, f.kind, f.message, json.dumps(list(f.values))) for f in doc.flags])

    # --- reading -------------------------------------------------------------------------

    def get(self, article_id: str) -> Document | None:
        row = self._db.execute("SELECT document FROM articles WHERE id=?", (article_id,)).fetchone()
        return Document.from_dict(json.loads(row["document"])) if row else None

    def documents(self) -> Iterator[Document]:
        for row in self._db.execute("SELECT document FROM articles ORDER BY date, id"):
            yield Document.from_dict(json.loads(row["document"]))

    def articles(self, **filters: Any) -> list[dict[str, Any]]:
        q = Query.of(**filters)
        sql = ["SELECT a.id, a.date, a.date_inferred, a.outlet, a.title, a.source,",
               "(SELECT COUNT(*) FROM entities e WHERE e.article_id=a.id) AS entities,",
               "(SELECT COUNT(*) FROM times t WHERE t.article_id=a.id) AS times,",
               "(SELECT COUNT(*) FROM events v WHERE v.article_id=a.id) AS events",
               "FROM articles a WHERE 1=1"]
        args: list[Any] = []
        _date_filters(q, "a.date", sql, args)
        if q.source:
            sql.append("AND (a.outlet=? OR a.source LIKE ?)")
            args += [q.source, f"%{q.source}%"]
        if q.search:
            sql.append("AND a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)")
            args.append(q.search)
        sql.append("ORDER BY a.date, a.id LIMIT ?")
        args.append(q.limit)
        return self._rows(" ".join(sql), args)

    def entities(self, **filters: Any) -> list[dict[str, Any]]:
        q = Query.of(**filters)
        sql = ["SELECT name, type, country, sector, COUNT(DISTINCT article_id) AS articles, SUM(mentions) AS mentions FROM entities WHERE 1=1"]
        args: list[Any] = []
        if q.type:
            sql.append("AND type=?")
            args.append(q.type.upper())
        if q.country:
            sql.append("AND country=?")
            args.append(q.country.upper())
        if q.actor or q.search:
            sql.append("AND name LIKE ?")
            args.append(f"%{q.actor or q.search}%")
        sql.append("GROUP BY name, type, country, sector ORDER BY articles DESC, mentions DESC, name LIMIT ?")
        args.append(q.limit)
        return self._rows(" ".join(sql), args)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        q = Query.of(**filters)
        sql = ["SELECT q.article_id, q.quote_id, q.kind, q.speaker_name, q.cue, q.via, q.content, a.date FROM quotes q JOIN articles a ON a.id=q.article_id WHERE 1=1"]
        args: list[Any] = []
        if q.actor:
            sql.append("AND q.speaker_name LIKE ?")
            args.append(f"%{q.actor}%")
        if q.search:
            sql.append("AND q.content LIKE ?")
            args.append(f"%{q.search}%")
        if q.source:
            sql.append("AND q.via LIKE ?")
            args.append(f"%{q.source}%")
        _date_filters(q, "a.date", sql, args)
        sql.append("ORDER BY a.date, q.article_id, q.quote_id LIMIT ?")
        args.append(q.limit)
        return self._rows(" ".join(sql), args)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        q = Query.of(**filters)
        sql = ["SELECT * FROM events WHERE 1=1"]
        args: list[Any] = []
        if q.actor:
            sql.append("AND (actor_country=? OR actor_name LIKE ?)")
            args += [q.actor.upper(), f"%{q.actor}%"]
        if q.country:
            sql.append("AND (actor_country=? OR recipient_country=?)")
            args += [q.country.upper(), q.country.upper()]
        if q.type:
            sql.append("AND type=?")
            args.append(q.type.upper())
        if q.source:
            sql.append("AND reported_by LIKE ?")
            args.append(f"%{q.source}%")
        if q.search:
            sql.append("AND evidence LIKE ?")
            args.append(f"%{q.search}%")
        _date_filters(q, "date", sql, args)
        sql.append("ORDER BY date, article_id, event_id LIMIT ?")
        args.append(q.limit)
        return self._rows(" ".join(sql), args)

    def has_article(self, article_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def fingerprints(self) -> Iterator[tuple[str, str, bytes | None]]:
        """(article id, text hash, MinHash signature or None) of every stored article."""
        rows = self._db.execute("SELECT a.id, a.text_hash, f.minhash FROM articles a LEFT JOIN fingerprints f ON f.article_id=a.id ORDER BY a.added_at, a.id")
        for row in rows:
            yield row[0], row[1], row[2]

    def rejections(self) -> list[dict[str, Any]]:
        return self._rows("SELECT source, code, reason, message, detail, added_at FROM rejections ORDER BY id", [])

    def duplicates(self) -> list[dict[str, Any]]:
        return self._rows("SELECT source, article_id, duplicate_of, kind, similarity FROM duplicates ORDER BY rowid", [])

    def counts(self) -> dict[str, int]:
        tables = ("articles", "duplicates", "fingerprints", "entities", "quotes", "times", "events", "flags", "rejections")
        return {t: self._db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def _rows(self, sql: str, args: list[Any]) -> list[dict[str, Any]]:
        return [dict(row) for row in self._db.execute(sql, args)]

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _date_filters(q: Query, column: str, sql: list[str], args: list[Any]) -> None:
    if q.since:
        sql.append(f"AND {column} >= ?")
        args.append(q.since)
    if q.until:
        sql.append(f"AND {column} <= ?")
        args.append(q.until + "\uffff")


def _event_row(article_id: str, e) -> tuple:
    recipient = e.recipient
    return (
        article_id, e.id, e.type, e.mode, e.cameo, e.actor.name, e.actor.country,
        recipient.name if recipient else None, recipient.country if recipient else None,
        e.date, e.place, e.modality, json.dumps(list(e.reported_by)), e.evidence.text, e.confidence,
    )

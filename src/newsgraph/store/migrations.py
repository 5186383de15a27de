"""Numbered migrations, applied when a store is opened; the version reached is kept in ``meta``.

Each migration is a function of one connection, run in the same transaction as the update of
the recorded version, so a crash leaves the store at one version or the next.  Migrations are
written to be harmless on a store that already has what they add (``schema.py`` is the current
shape and migration 1 creates its tables), so a new store and an upgraded one end the same.
Never change a migration once released: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection

from ..errors import StoreSchemaError
from . import schema
from .backends import MIGRATING, VERSION_KEY, Backend


def _m1_tables(conn: Connection, backend: Backend) -> None:
    """The tables of schema.py and the backend's full-text index."""
    schema.metadata.create_all(conn, checkfirst=True)
    backend.create_fulltext(conn)
    if conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "application")).first() is None:
        conn.execute(schema.meta.insert().values(key="application", value="newsgraph"))


def _m2_pipeline_version(conn: Connection, backend: Backend) -> None:
    """Each article records the pipeline version that made its annotations (for reprocess)."""
    columns = {c["name"] for c in inspect(conn).get_columns("articles")}
    if "pipeline_version" not in columns:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN pipeline_version TEXT")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS articles_pipeline ON articles (pipeline_version)")


MIGRATIONS: tuple[tuple[int, str, Callable[[Connection, Backend], None]], ...] = (
    (1, "tables and full-text index", _m1_tables),
    (2, "pipeline version of each article", _m2_pipeline_version),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def recorded_version(conn: Connection) -> int:
    """The migration the store has reached (0 for a new store)."""
    if not inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == VERSION_KEY)).scalar()
    return int(value) if value is not None else 0


def migrate(conn: Connection, backend: Backend, source: str) -> int:
    """Apply the migrations the store lacks, each with its version; returns the version reached."""
    backend.lock(conn, MIGRATING)
    version = recorded_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreSchemaError(f"schema version {version}, this newsgraph knows up to {SCHEMA_VERSION}", source=source, hint="upgrade newsgraph to read this database")
    for number, _description, apply in MIGRATIONS:
        if number <= version:
            continue
        apply(conn, backend)
        _record(conn, number)
        version = number
    return version


def _record(conn: Connection, number: int) -> None:
    updated = conn.execute(schema.meta.update().where(schema.meta.c.key == VERSION_KEY).values(value=str(number)))
    if updated.rowcount == 0:
        conn.execute(schema.meta.insert().values(key=VERSION_KEY, value=str(number)))

"""The tables of a newsgraph store, as SQLAlchemy Core tables shared by every backend.

One row per article holds the whole document as JSON (lossless, read back by ``get``); the
other tables index it for queries, with typed columns (dates, booleans, JSON lists) so both
backends return the same Python values.  The corpus tables (stories, corpus events) are
derived from the others and rebuilt by ``newsgraph.corpus``.

This module is the current shape; ``migrations.py`` brings an older store to it.  The
full-text index is backend-specific and lives in ``backends.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData()

# JSON lists: JSON text in SQLite, jsonb in PostgreSQL; both give Python lists back.
JsonList = JSON().with_variant(JSONB(), "postgresql")


def _article_fk() -> ForeignKey:
    return ForeignKey("articles.id", ondelete="CASCADE")


meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text),
    Column("title", Text),
    Column("byline", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("language", String(16)),
    Column("date", Date),
    Column("date_inferred", Boolean, nullable=False, default=False),
    Column("text_hash", String(64), nullable=False),
    Column("pipeline_version", Text),
    Column("document", Text, nullable=False),
    Column("added_at", DateTime, nullable=False),
    Index("articles_date", "date"),
    Index("articles_hash", "text_hash"),
    Index("articles_pipeline", "pipeline_version"),
)

duplicates = Table(
    "duplicates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("article_id", String(64), nullable=False),
    Column("duplicate_of", String(64), ForeignKey("articles.id"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("similarity", Float, nullable=False),
    Column("added_at", DateTime, nullable=False),
    UniqueConstraint("source", "article_id", "duplicate_of", name="duplicates_once"),
    Index("duplicates_of", "duplicate_of"),
)

# MinHash signatures of stored articles, so a later run finds near-duplicates of them.
fingerprints = Table(
    "fingerprints",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("country", String(8)),
    Column("sector", Text),
    Column("roles", JsonList, nullable=False),
    Column("mentions", Integer, nullable=False),
    Index("entities_name", "name"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("quote_id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("content", Text, nullable=False),
    Column("speaker_name", Text),
    Column("cue", Text),
    Column("medium", Text),
    Column("via", JsonList, nullable=False),
)

times = Table(
    "times",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("time_id", String(32), primary_key=True),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("event_id", String(32), primary_key=True),
    Column("type", String(32), nullable=False),
    Column("mode", Text),
    Column("cameo", String(8)),
    Column("actor_name", Text),
    Column("actor_country", String(8)),
    Column("actor_sector", Text),
    Column("recipient_name", Text),
    Column("recipient_country", String(8)),
    Column("recipient_sector", Text),
    Column("date", Date),  # the event's day when it is known to the day
    Column("date_value", Text),  # the TIMEX value as written in the document (may be partial)
    Column("place", Text),  # the place's name (the document holds its entity id)
    Column("modality", String(16), nullable=False),
    Column("reported_by", JsonList, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Index("events_date", "date"),
    Index("events_type", "type"),
)

flags = Table(
    "flags",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("flag_no", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("values", JsonList, nullable=False),
)

rejections = Table(
    "rejections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("code", String(8), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("detail", Text),
    Column("added_at", DateTime, nullable=False),
    UniqueConstraint("source", "code", name="rejections_once"),
    Index("rejections_reason", "reason"),
)

# --- the corpus view: derived, rebuilt as a whole in one transaction ----------------------

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("title", Text),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
    Column("first_seen", Date),
    Column("last_seen", Date),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("link", String(16), nullable=False),  # how it joined: first | near_duplicate | shared_event | shared_names
    Index("story_articles_story", "story_id"),
)

corpus_events = Table(
    "corpus_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("type", String(32), nullable=False),
    Column("actor_name", Text),
    Column("actor_country", String(8)),
    Column("recipient_name", Text),
    Column("recipient_country", String(8)),
    Column("place", Text),
    Column("date", Date),
    Column("articles", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("first_seen", Date),
    Column("last_seen", Date),
    Column("story_id", Integer),
    Index("corpus_events_date", "date"),
)

corpus_mentions = Table(
    "corpus_mentions",
    metadata,
    Column("article_id", String(64), _article_fk(), primary_key=True),
    Column("event_id", String(32), primary_key=True),
    Column("corpus_event_id", Integer, ForeignKey("corpus_events.id", ondelete="CASCADE"), nullable=False),
    Column("outlet", Text),
    Column("date", Date),
    Column("place", Text),
    Column("evidence", Text, nullable=False),
    Index("corpus_mentions_event", "corpus_event_id"),
)

corpus_flags = Table(
    "corpus_flags",
    metadata,
    Column("corpus_event_id", Integer, ForeignKey("corpus_events.id", ondelete="CASCADE"), primary_key=True),
    Column("flag_no", Integer, primary_key=True, autoincrement=False),
    Column("kind", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("values", JsonList, nullable=False),
)

ANNOTATION_TABLES = (entities, quotes, times, events, flags)
CORPUS_TABLES = (corpus_flags, corpus_mentions, corpus_events, story_articles, stories)
COUNTED_TABLES = (articles, duplicates, fingerprints, entities, quotes, times, events, flags, rejections, stories, corpus_events)

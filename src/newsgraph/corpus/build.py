"""The corpus view of a store, rebuilt as a whole: stories, corpus events, their flags.

Computed from plain rows of the store (``Store.corpus_input``) and written back in one
transaction (``Store.replace_corpus``), so the view is always the view of one set of
articles.  Ids are given in a fixed order, so every backend holds the same view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..store.base import CorpusInput, CorpusRows, Store
from .events import Report, describe, disagreements, merge_events
from .stories import Story, find_stories


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    stories: int
    corpus_events: int
    merged_reports: int  # reports that joined another report's corpus event
    flags: int

    def to_dict(self) -> dict[str, int]:
        return {"stories": self.stories, "corpus_events": self.corpus_events, "merged_reports": self.merged_reports, "corpus_flags": self.flags}


def rebuild(store: Store) -> CorpusSummary:
    """Recompute the corpus view of ``store`` and replace the stored one."""
    rows = corpus_rows(store.corpus_input())
    store.replace_corpus(rows)
    merged = sum(e["mentions"] - 1 for e in rows.corpus_events)
    return CorpusSummary(len(rows.stories), len(rows.corpus_events), merged, len(rows.corpus_flags))


def corpus_rows(data: CorpusInput) -> CorpusRows:
    """The rows of the corpus tables for the stored articles ``data``."""
    articles = {row["id"]: row for row in data.articles}
    stories = find_stories(data)
    story_of = {aid: n for n, story in enumerate(stories, 1) for aid in story.members}
    rows = CorpusRows()
    for n, story in enumerate(stories, 1):
        rows.stories.append(_story_row(n, story, articles))
        rows.story_articles.extend({"article_id": aid, "story_id": n, "link": story.links[aid]} for aid in story.members)
    happenings = sorted(merge_events(data, story_of), key=_order)
    for n, reports in enumerate(happenings, 1):
        rows.corpus_events.append({"id": n, **describe(reports), "story_id": _story(reports)})
        rows.corpus_mentions.extend(_mention_row(n, r) for r in reports)
        rows.corpus_flags.extend({"corpus_event_id": n, "flag_no": k, "kind": kind, "message": message, "values": values} for k, (kind, message, values) in enumerate(disagreements(reports), 1))
    return rows


def _order(reports: list[Report]) -> tuple:
    """Earliest seen first; then by what is reported, for a fixed order."""
    days = [r.article_day for r in reports if r.article_day] or [r.day for r in reports if r.day]
    first = min(days).isoformat() if days else "9999"
    return (first, min((r.article_id, r.row["event_id"]) for r in reports))


def _story(reports: list[Report]) -> int | None:
    stories = {r.story for r in reports if r.story is not None}
    return min(stories) if stories else None


def _story_row(n: int, story: Story, articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    rows = [articles[aid] for aid in story.members]
    days = [r["date"] for r in rows if r["date"] is not None]
    return {
        "id": n,
        "title": next((r["title"] for r in rows if r["title"]), None),
        "articles": len(rows),
        "outlets": len({r["outlet"] for r in rows if r["outlet"]}),
        "first_seen": min(days) if days else None,
        "last_seen": max(days) if days else None,
    }


def _mention_row(n: int, r: Report) -> dict[str, Any]:
    return {
        "article_id": r.article_id,
        "event_id": r.row["event_id"],
        "corpus_event_id": n,
        "outlet": r.outlet,
        "date": r.day,
        "place": r.row.get("place"),
        "evidence": r.row["evidence"],
    }

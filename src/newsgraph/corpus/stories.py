"""Story clusters: the articles about one happening, grouped.

Two articles are in one story when

- one nearly repeats the other (a near-duplicate link, MinHash over word shingles), or
- both are dated, they report an event with the same type and actor and share two named
  people, organizations or places (``shared_event``), or
- they share most of their names: at least ``MIN_SHARED`` and a Jaccard overlap of at
  least ``MIN_JACCARD`` (``shared_names``),

and, when both are dated, their dates are at most ``MAX_DAYS`` apart.  An event type and
actor say little about one happening without dates (the government of a country accuses
someone every week), so undated articles need most names in common.  Stories are the
connected groups of two or more articles.  Names used by more than ``MAX_NAME_ARTICLES``
articles say nothing about one story and are left out, which also keeps the pairs few.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from ..store.base import CorpusInput
from .keys import event_key, name_key

SALIENT_TYPES = frozenset({"PERSON", "ORG", "PLACE"})
MAX_DAYS = 3
MIN_SHARED = 3
MIN_JACCARD = 0.5
MAX_NAME_ARTICLES = 20


class UnionFind:
    """Disjoint sets of hashable items (path halving)."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, item: Any) -> Any:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: Any, b: Any) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


@dataclass(frozen=True, slots=True)
class Story:
    members: tuple[str, ...]  # article ids, earliest first
    links: dict[str, str]  # article id -> how it joined (first, near_duplicate, ...)


def find_stories(data: CorpusInput) -> list[Story]:
    """Stories of two or more articles, in order of their earliest article."""
    days = {row["id"]: row["date"] for row in data.articles}
    order = {row["id"]: n for n, row in enumerate(data.articles)}
    names = _salient_names(data)
    keys = _event_keys(data)
    groups = UnionFind()
    joined: dict[str, str] = {}
    for link in data.links:
        if link["article_id"] in order and link["duplicate_of"] in order:
            _join(groups, joined, link["duplicate_of"], link["article_id"], "near_duplicate", order)
    for a, b in _candidate_pairs(names):
        day_a, day_b = days.get(a), days.get(b)
        if day_a is not None and day_b is not None and abs((day_a - day_b).days) > MAX_DAYS:
            continue
        shared = names[a] & names[b]
        dated = day_a is not None and day_b is not None
        if dated and len(shared) >= 2 and keys.get(a, set()) & keys.get(b, set()):
            _join(groups, joined, a, b, "shared_event", order)
        elif len(shared) >= MIN_SHARED and len(shared) / len(names[a] | names[b]) >= MIN_JACCARD:
            _join(groups, joined, a, b, "shared_names", order)
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(groups.parent, key=order.__getitem__):
        members[groups.find(article_id)].append(article_id)
    stories = []
    for ids in members.values():
        if len(ids) > 1:
            stories.append(Story(tuple(ids), {aid: ("first" if n == 0 else joined.get(aid, "shared_event")) for n, aid in enumerate(ids)}))
    return sorted(stories, key=lambda s: order[s.members[0]])


def _join(groups: UnionFind, joined: dict[str, str], a: str, b: str, how: str, order: dict[str, int]) -> None:
    if groups.union(a, b):
        later = max(a, b, key=order.__getitem__)
        joined.setdefault(later, how)


def _salient_names(data: CorpusInput) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for row in data.entities:
        if row["type"] in SALIENT_TYPES:
            names[row["article_id"]].add(name_key(row["name"]))
    return names


def _event_keys(data: CorpusInput) -> dict[str, set[tuple]]:
    keys: dict[str, set[tuple]] = defaultdict(set)
    for row in data.events:
        key = event_key(row)
        if key is not None:
            keys[row["article_id"]].add((key[0], key[2]))  # type and actor
    return keys


def _candidate_pairs(names: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Pairs of articles sharing at least one name that few articles use."""
    holders: dict[str, list[str]] = defaultdict(list)
    for article_id, article_names in names.items():
        for name in article_names:
            holders[name].append(article_id)
    pairs: set[tuple[str, str]] = set()
    for ids in holders.values():
        if 1 < len(ids) <= MAX_NAME_ARTICLES:
            pairs.update(combinations(sorted(ids), 2))
    return pairs

"""Corpus events: one happening reported by many articles, with all its reports.

Reports (event mentions) are merged when they have the same type, modality class and actor
(``keys.event_key``), the same recipient or none, the same place or none, and

1. their days are at most one day apart; or
2. one is undated and the other is in the same article or story; or
3. they are in the same story (``stories.py``) and no article reports both days: outlets
   telling one happening with different dates.

Where the reports of one corpus event disagree (days more than a day apart, different
places), a corpus flag names who said what: "Harbour Courier: 2024-07-25".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..store.base import CorpusInput
from .keys import actor_key, event_key, name_key
from .stories import UnionFind


@dataclass(frozen=True, slots=True)
class Report:
    """One event mention, with what is needed to merge and describe it."""

    n: int
    row: dict[str, Any]
    group: tuple
    day: date | None
    place: str | None
    recipient: str | None
    article_id: str
    outlet: str | None
    article_day: date | None
    story: int | None

    @property
    def teller(self) -> str:
        return self.outlet or f"article {self.article_id}"


def merge_events(data: CorpusInput, story_of: dict[str, int]) -> list[list[Report]]:
    """The reports of each corpus event (every event of the store is in exactly one)."""
    articles = {row["id"]: row for row in data.articles}
    reports = [_report(n, row, articles.get(row["article_id"], {}), story_of) for n, row in enumerate(data.events)]
    groups: dict[tuple, list[Report]] = defaultdict(list)
    for report in reports:
        groups[report.group].append(report)
    merged = UnionFind()
    for report in reports:
        merged.find(report.n)
    for members in groups.values():
        if len(members) > 1 and members[0].group[0] is not None:
            _merge_group(members, merged)
    found: dict[int, list[Report]] = defaultdict(list)
    for report in reports:
        found[merged.find(report.n)].append(report)
    return list(found.values())


def _report(n: int, row: dict[str, Any], article: dict[str, Any], story_of: dict[str, int]) -> Report:
    key = event_key(row)
    group = key[:3] if key else (None, n)  # no actor: a corpus event of its own
    recipient = actor_key(row.get("recipient_name"), row.get("recipient_country"), row.get("recipient_sector"))
    return Report(
        n,
        row,
        group,
        row.get("date"),
        name_key(row["place"]) if row.get("place") else None,
        recipient,
        row["article_id"],
        article.get("outlet"),
        article.get("date"),
        story_of.get(row["article_id"]),
    )


def _merge_group(members: list[Report], merged: UnionFind) -> None:
    dated = sorted(((r.day, r) for r in members if r.day is not None), key=lambda pair: pair[0])
    for i, (day_a, a) in enumerate(dated):  # rule 1: a sweep over days, neighbours within one day
        for day_b, b in dated[i + 1 :]:
            if (day_b - day_a).days > 1:
                break
            if _compatible(a, b):
                merged.union(a.n, b.n)
    undated = [r for r in members if r.day is None]
    for a in undated:  # rule 2
        for b in members:
            if a is not b and (a.article_id == b.article_id or (a.story is not None and a.story == b.story)) and _compatible(a, b):
                merged.union(a.n, b.n)
    _merge_across_days(members, merged)


def _merge_across_days(members: list[Report], merged: UnionFind) -> None:
    """Rule 3: within a story, merged reports of different days are one happening unless
    an article tells both days (then they are two happenings of the same kind)."""
    by_story: dict[int, dict[Any, list[Report]]] = defaultdict(lambda: defaultdict(list))
    for r in members:
        if r.story is not None:
            by_story[r.story][merged.find(r.n)].append(r)
    for clusters in by_story.values():
        roots = list(clusters)
        for i, x in enumerate(roots):
            for y in roots[i + 1 :]:
                rx, ry = merged.find(x), merged.find(y)
                if rx == ry:
                    continue
                xs, ys = _members_of(clusters, merged, rx), _members_of(clusters, merged, ry)
                if {r.article_id for r in xs} & {r.article_id for r in ys}:
                    continue
                if all(_compatible(a, b) for a in xs for b in ys):
                    merged.union(rx, ry)


def _members_of(clusters: dict[Any, list[Report]], merged: UnionFind, root: Any) -> list[Report]:
    return [r for reports in clusters.values() for r in reports if merged.find(r.n) == root]


def _compatible(a: Report, b: Report) -> bool:
    """Same or no recipient, same or no place."""
    same_recipient = a.recipient is None or b.recipient is None or a.recipient == b.recipient
    same_place = a.place is None or b.place is None or a.place == b.place
    return same_recipient and same_place


def disagreements(reports: list[Report]) -> list[tuple[str, str, list[str]]]:
    """(kind, message, values) for each thing the reports of one happening disagree on."""
    flags = []
    days = _told(reports, lambda r: r.day)
    if days and (max(days) - min(days)).days > 1:
        flags.append(("conflicting_date", "reports give different dates", _who_said(reports, lambda r: r.day)))
    places = _told(reports, lambda r: r.place)
    if len(places) > 1:
        flags.append(("conflicting_place", "reports give different places", _who_said(reports, lambda r: r.row.get("place") and r.place)))
    return flags


def _told(reports: Iterable[Report], value: Any) -> set:
    return {value(r) for r in reports if value(r) is not None}


def _who_said(reports: list[Report], value: Any) -> list[str]:
    """ "teller: value" for each teller and value, in order of the values."""
    said: dict[Any, list[str]] = defaultdict(list)
    original: dict[Any, str] = {}
    for r in reports:
        v = value(r)
        if v is None:
            continue
        original.setdefault(v, str(r.row.get("place")) if isinstance(v, str) else v.isoformat())
        if r.teller not in said[v]:
            said[v].append(r.teller)
    return [f"{teller}: {original[v]}" for v in sorted(said, key=str) for teller in said[v]]


def describe(reports: list[Report]) -> dict[str, Any]:
    """The corpus_events row of one happening (without its id and story)."""
    first = reports[0].row
    days = Counter(r.day for r in reports if r.day is not None)
    seen = [r.article_day for r in reports if r.article_day is not None]
    return {
        "type": first["type"],
        "actor_name": _most_common(r.row.get("actor_name") for r in reports),
        "actor_country": _most_common(r.row.get("actor_country") for r in reports),
        "recipient_name": _most_common(r.row.get("recipient_name") for r in reports),
        "recipient_country": _most_common(r.row.get("recipient_country") for r in reports),
        "place": _most_common(r.row.get("place") for r in reports),
        # the day most reports give; on a tie, the one nearest the first report (news is recent)
        "date": min(days, key=lambda d: (-days[d], abs((d - min(seen)).days) if seen else 0, d)) if days else None,
        "articles": len({r.article_id for r in reports}),
        "outlets": len({r.outlet for r in reports if r.outlet}),
        "mentions": len(reports),
        "first_seen": min(seen) if seen else None,
        "last_seen": max(seen) if seen else None,
    }


def _most_common(values: Iterable[Any]) -> Any:
    counted = Counter(v for v in values if v)
    return min(counted, key=lambda v: (-counted[v], str(v))) if counted else None

"""Entities: the statistical model's named entities mapped to newsgraph's types and grouped.

Requires the analysis; provides ``entities``.  The mapping: PERSON stays PERSON; ORG is ORG;
a GPE that names a country becomes COUNTRY with its ISO alpha-3 code, any other GPE, LOC or
FAC is a PLACE; EVENT stays EVENT.  Mentions of one name (case, hyphens and a leading "the"
ignored) form one entity, and a person's surname alone joins the full name it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Analysis, Document, Entity, NamedSpan, Span
from ..resources import CountryGazetteer, countries, normalize_name
from ..settings import Settings
from .base import ANALYSIS, next_id

LABEL_TO_TYPE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "EVENT": "EVENT"}


@dataclass
class _Group:
    """An entity being assembled from its mentions."""

    name: str
    type: str
    country: str | None
    mentions: list[Span] = field(default_factory=list)


class EntityStage:
    name = "entities"
    requires = frozenset({ANALYSIS})
    provides = frozenset({"entities"})

    def __init__(self, gazetteer: CountryGazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        groups: dict[tuple[str, str], _Group] = {}
        for named in analysis.named:
            typed = self._classify(named)
            if typed is None:
                continue
            etype, name, country = typed
            span = _trim_the(analysis.text, named)
            key = (etype, normalize_name(name))
            group = groups.setdefault(key, _Group(name, etype, country))
            group.mentions.append(span)
        _merge_surnames(groups)
        return doc.with_(entities=_to_entities(groups.values()))

    def _classify(self, named: NamedSpan) -> tuple[str, str, str | None] | None:
        etype = LABEL_TO_TYPE.get(named.label)
        if etype is None:
            return None
        name = _strip_possessive(_strip_the(named.text))
        if named.label in ("GPE", "ORG", "LOC"):
            country = self.gazetteer.lookup(name)
            if country is not None:
                return "COUNTRY", country.name, country.alpha3
        return etype, name, None


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _trim_the(text: str, named: NamedSpan) -> Span:
    """The mention span without a leading article or trailing possessive."""
    start, end = named.start, named.end
    if text[start:end].lower().startswith("the "):
        start += 4
    for suffix in ("'s", "\u2019s"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    return Span.of(text, start, end)


def _merge_surnames(groups: dict[tuple[str, str], _Group]) -> None:
    """A one-word PERSON name joins the single multi-word PERSON whose last word it is."""
    people = [k for k in groups if k[0] == "PERSON"]
    for key in people:
        if " " in key[1]:
            continue
        owners = [k for k in people if " " in k[1] and k[1].split()[-1] == key[1]]
        if len(owners) == 1:
            groups[owners[0]].mentions.extend(groups.pop(key).mentions)


def _to_entities(groups) -> tuple[Entity, ...]:
    ordered = sorted(groups, key=lambda g: min(m.start for m in g.mentions))
    return tuple(
        Entity(
            id=next_id("e", index),
            name=group.name,
            type=group.type,
            mentions=tuple(sorted(group.mentions, key=lambda m: m.start)),
            country=group.country,
        )
        for index, group in enumerate(ordered)
    )


def make(settings: Settings) -> EntityStage:
    return EntityStage(countries())

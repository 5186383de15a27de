"""Aliases: one organization under several names becomes one entity.

- Legal form: "Brelland Corp", "Brelland Corporation" and "Brelland" (the bare name the
  model called an organization) are one company (resources/legal_suffixes.tsv).
- An acronym in brackets right after an organization's name is its short name even when
  its letters follow another language ("Kurdistan Workers' Party (PKK)"); its later uses
  join the organization.  Initials that match are already taken by coref.py.
- A company's bare name the model read as an untitled person's ("Waste Management Inc" ...
  "Waste Management said") is that company, and a name ending in a legal form is no person's.
- A short name: a one-word organization (or untitled person of the model's) equal to the first or last word of exactly one
  longer organization's name, itself no word for a kind of body ("Vivendi" for "Vivendi
  Universal", "Hardie" for "James Hardie"; not "Bank" for "Deutsche Bank").
- Initials: an organization written as capital initials ("KSE") is the one organization of
  the article whose name they spell ("Kelvo Stock Exchange"), brackets or not.
- Known aliases: two names the PETRARCH-2 / Phoenix dictionaries list for the same
  international or non-state actor ("NATO" and "North Atlantic Treaty Organization",
  "Hezbollah" and "Hizbollah") are one entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...resources import countries, gender_words, org_sectors, read_table
from ...resources.phoenix import phoenix_actors
from .coref import Cluster, initials_of
from .kinds import organization_kinds
from .types import Mention

_ORGS = ("ORG", "OUTLET")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9&\-]{1,7})\)")
_DICTIONARY_SOURCES = ("International", "MilNonState", "international_actors", "political_parties")


@lru_cache(maxsize=1)
def legal_suffixes() -> frozenset[str]:
    return frozenset(row["suffix"] for row in read_table("legal_suffixes.tsv") if row["kind"] == "legal")


@lru_cache(maxsize=1)
def partnership_words() -> frozenset[str]:
    """Words that open a firm's name after its partners' ("and Co", "and Sons"): the legal
    forms and the partners words of legal_suffixes.tsv."""
    return frozenset(row["suffix"] for row in read_table("legal_suffixes.tsv"))


def bare_name(key: str) -> str:
    """A company's name without its legal form ("brelland corp" -> "brelland")."""
    words = key.replace(",", " ").split()
    while len(words) > 1 and words[-1] in legal_suffixes():
        words.pop()
    return " ".join(words)


def merge_aliases(text: str, clusters: list[Cluster]) -> list[Cluster]:
    _adopt_spelled_out_names(text, clusters)
    _adopt_bracketed_acronyms(text, clusters)
    _adopt_initials(clusters)
    for key_of in (_bare_key, _dictionary_key):
        clusters = _merge_by(clusters, key_of)
    _retype_companies_read_as_people(clusters)
    clusters = _merge_companies_read_as_people(text, clusters)
    clusters = _merge_national_bodies(clusters)
    return _merge_short_names(text, clusters)


def _merge_national_bodies(clusters: list[Cluster]) -> list[Cluster]:
    """ "The U.S. Army has delayed ... The Army had considered": a body named by its kind alone
    ("Army", "Navy", "Treasury") after exactly one organization named as a country's body of
    that kind ("U.S. Army", "British Army") is that body."""
    kinds = {id(c): {_national_kind(k) for k in c.keys} - {None} for c in clusters if c.type == "ORG" and c.mentions}
    national = [c for c in clusters if kinds.get(id(c))]
    kept: list[Cluster] = []
    for cluster in clusters:
        words = set(cluster.keys)
        owners = [o for o in national if o is not cluster and kinds[id(o)] & words]
        if cluster.type != "ORG" or len(words) != 1 or " " in next(iter(words)) or len(owners) != 1 or not _shortened(words, owners[0], cluster):
            kept.append(cluster)
            continue
        owners[0].mentions.extend(cluster.mentions)
    return kept


def _national_kind(key: str) -> str | None:
    """The kind word of a name made of a country or nationality and that word ("u.s. army" ->
    "army"), else None."""
    words = key.split()
    if len(words) < 2:
        return None
    before = " ".join(words[:-1])
    found = countries().lookup(before) or countries().demonym(before)
    return words[-1] if found is not None else None


def _retype_companies_read_as_people(clusters: list[Cluster]) -> None:
    """'Jarvis Carter Inc' read as a person's name: no person's name ends in a legal form."""
    for cluster in clusters:
        if cluster.type == "PERSON" and cluster.keys and all(bare_name(k) != k for k in cluster.keys):
            cluster.type = "ORG"
            for mention in cluster.mentions:
                mention.type = "ORG"


def _merge_companies_read_as_people(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """'Waste Management Inc ... Waste Management said': the bare name of a company named with
    its legal form, which the model read as an untitled person's, is that company."""
    companies: dict[str, Cluster] = {}
    for cluster in clusters:
        if cluster.type == "ORG":
            for key in cluster.keys:
                if bare_name(key) != key:
                    companies.setdefault(bare_name(key), cluster)
    kept: list[Cluster] = []
    for cluster in clusters:
        owners = {id(companies[k]): companies[k] for k in cluster.keys if k in companies}
        untitled = not any(m.roles or _honorific_before(text, m.start) for m in cluster.mentions)
        if cluster.type != "PERSON" or not untitled or len(owners) != 1 or not all(k in companies for k in cluster.keys):
            kept.append(cluster)
            continue
        for mention in cluster.mentions:
            mention.type = "ORG"
        next(iter(owners.values())).mentions.extend(cluster.mentions)
    return kept


def _merge_short_names(text: str, clusters: list[Cluster]) -> list[Cluster]:
    generic = set(org_sectors()) | set(organization_kinds()) | partnership_words()
    longer = [c for c in clusters if c.type == "ORG" and any(len(k.split()) > 1 for k in c.keys)]
    kept: list[Cluster] = []
    for cluster in clusters:
        words = {k for k in cluster.keys if " " not in k and len(k) > 2 and k not in generic}
        untitled = cluster.type == "PERSON" and not any(m.roles or _honorific_before(text, m.start) for m in cluster.mentions)  # the model's "Kestrel said"
        # "Phoenix Steel Corp said ... Phoenix said": a place's name that speaks is the company
        untitled = untitled or (cluster.type == "PLACE" and _speaks(text, cluster))
        if (cluster.type == "ORG" or untitled) and not words and all(" " in k for k in cluster.keys):
            # "Dean Witter Reynolds Inc ... Dean Witter, the fourth largest U.S. brokerage house"
            owners = [o for o in longer if o is not cluster and _opened_by(cluster.keys, o, cluster) and _named_as_a_body(o)]
            if len(owners) == 1:
                for mention in cluster.mentions:
                    mention.type = "ORG"
                owners[0].mentions.extend(cluster.mentions)
                continue
        if not (cluster.type == "ORG" or untitled) or not words or len(words) != len(cluster.keys):
            kept.append(cluster)
            continue
        owners = [o for o in longer if o is not cluster and _shortened(words, o, cluster) and (not untitled or _named_as_a_body(o))]
        if len(owners) != 1:
            kept.append(cluster)
            continue
        for mention in cluster.mentions:
            mention.type = "ORG"
        owners[0].mentions.extend(cluster.mentions)
    return kept


def _bare_key(cluster: Cluster) -> set[str]:
    return {bare_name(k) for k in cluster.keys} if cluster.type in _ORGS else set()


def _shortened(words: set[str], owner: Cluster, short: Cluster) -> bool:
    """The owner's full name, first written before the short one, starts or ends with it, and
    names no product ("Airbus A300s" is no name of Airbus)."""
    if not _written_first(owner, short):
        return False
    return any(w in (k.split()[0], k.split()[-1]) and not any(c.isdigit() for c in k) for w in words for k in owner.keys if " " in k)


def _opened_by(keys: set[str], owner: Cluster, short: Cluster) -> bool:
    """The owner's full name, written first, opens with the short name of several words and
    goes on ("dean witter" of "dean witter reynolds inc")."""
    return _written_first(owner, short) and any(k.startswith(short_key + " ") for short_key in keys for k in owner.keys)


def _written_first(owner: Cluster, short: Cluster) -> bool:
    """Whether the owner's full name is written no later than the short name's first use."""
    return bool(owner.names) and bool(short.mentions) and min(m.start for m in owner.names) <= min(m.start for m in short.mentions)


def _named_as_a_body(cluster: Cluster) -> bool:
    """An organization by more than the model's word: a kind before its name ("media group
    X") or a legal form in it ("X Holdings Ltd")."""
    return any(t.kind == "kind" for m in cluster.mentions for t in m.roles) or any(w in legal_suffixes() for k in cluster.keys for w in k.split())


_SPEAKS = re.compile(r"\s+(?:said|says|added|announced)\b")


def _speaks(text: str, cluster: Cluster) -> bool:
    """Whether a name the model read as a place is the subject of a word of saying ("...,
    Phoenix said"); only a company whose name it opens, with a legal form, takes it."""
    return any(_SPEAKS.match(text, m.end) for m in cluster.mentions)


def _honorific_before(text: str, start: int) -> bool:
    """ "Mr Venn": a title of address before the word makes it a person's name."""
    words = text[max(0, start - 6) : start].split()
    return bool(words) and words[-1].rstrip(".") in gender_words()["title"]


def _dictionary_key(cluster: Cluster) -> set[str]:
    if cluster.type not in _ORGS:
        return set()
    actors = phoenix_actors()
    found = set()
    for mention in cluster.names:
        actor = actors.actor(mention.name)
        if actor is not None and actor.source in _DICTIONARY_SOURCES:
            found.add(actor.names[0])
    return found


def _merge_by(clusters: list[Cluster], key_of: Callable[[Cluster], set[str]]) -> list[Cluster]:
    """Clusters sharing a key become the first of them."""
    owner_of: dict[str, Cluster] = {}
    kept: list[Cluster] = []
    for cluster in clusters:
        keys = key_of(cluster)
        owner = next((owner_of[k] for k in keys if k in owner_of), None)
        if owner is None:
            kept.append(cluster)
            for key in keys:
                owner_of.setdefault(key, cluster)
            continue
        for mention in cluster.mentions:
            mention.type = owner.type
        owner.mentions.extend(cluster.mentions)
        for key in keys:
            owner_of.setdefault(key, owner)
    return kept


def _adopt_initials(clusters: list[Cluster]) -> None:
    """ "the Kelvo Stock Exchange ... KSE President Jo Bain": initials that spell the name of
    exactly one organization of the article join it, wherever they stand (wire copy seldom
    brackets them)."""
    spelled: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.type in _ORGS:
            # "Trans World Airlines Inc ... TWA": the legal form is no word of the initials
            named = [m.name for m in cluster.names if len(m.name.split()) >= 3]
            bare = [bare_name(name.casefold()) for name in named]
            for initials in {initials_of(name) for name in named} | {initials_of(name) for name in bare if len(name.split()) >= 3}:
                spelled.setdefault(initials, []).append(cluster)
    for cluster in [c for c in clusters if c.type in _ORGS and c.mentions]:
        names = {m.name for m in cluster.names}
        if len(names) != 1 or not _ACRONYM.fullmatch(next(iter(names))):
            continue
        owners = [c for c in spelled.get(next(iter(names)), []) if c is not cluster and c.mentions]
        if len(owners) == 1:
            for mention in cluster.mentions:
                mention.type = owners[0].type
            owners[0].mentions.extend(cluster.mentions)
            cluster.mentions = []


_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _adopt_spelled_out_names(text: str, clusters: list[Cluster]) -> None:
    """ "The Ministry of International Trade and Industry (MITI)": the capitalized words just
    before an organization's bracketed initials, when they spell them, are its name, though
    the model named only the initials."""
    taken = [(m.start, m.end) for c in clusters for m in c.mentions]
    for cluster in [c for c in clusters if c.type in _ORGS]:
        for mention in list(cluster.names):
            if not _ACRONYM.fullmatch(mention.name) or not text[: mention.start].endswith("("):
                continue
            span = _spelling_words(text, mention.start - 1, mention.name)
            if span is not None and not any(s < span[1] and span[0] < e for s, e in taken):
                cluster.mentions.append(Mention(span[0], span[1], cluster.type, text[span[0] : span[1]], trust=mention.trust))
                taken.append(span)


def _spelling_words(text: str, bracket: int, initials: str) -> tuple[int, int] | None:
    """The longest run of capitalized words (joined by "of", "and", "for", "&") ending just
    before ``bracket`` whose initials are ``initials``, or None."""
    words = list(_WORD.finditer(text, max(0, bracket - _SPELLING_REACH), bracket))  # offsets in the whole text
    run: list[re.Match[str]] = []
    for word in reversed(words):
        if not (_CAPITALIZED.fullmatch(word.group()) or word.group() in _JOINING):
            break
        run.append(word)
    run.reverse()
    for first in range(len(run)):
        if run[first].group() in _JOINING or run[first].group() == "The":
            continue
        if initials_of(" ".join(w.group() for w in run[first:])) == initials:
            return run[first].start(), run[-1].end()
    return None


_WORD = re.compile(r"\S+")
_SPELLING_REACH = 200  # characters before the bracket where the spelled-out name may start
_CAPITALIZED = re.compile(r"[A-Z][\w'.&-]*")
_JOINING = frozenset({"of", "and", "for", "the", "&"})


def _adopt_bracketed_acronyms(text: str, clusters: list[Cluster]) -> None:
    """ "Kurdistan Workers' Party (PKK)": the acronym's cluster joins the organization's (or
    the acronym becomes an alias mention of it)."""
    by_key = {k: c for c in clusters for k in c.keys}
    for cluster in [c for c in clusters if c.type in _ORGS]:
        for mention in list(cluster.names):
            match = _ACRONYM_AFTER.match(text, mention.end)
            if not match or " " not in mention.name:
                continue
            acronym = match.group(1)
            other = by_key.get(acronym.casefold())
            if other is cluster:
                continue
            if other is not None and other.type in (*_ORGS, "PERSON", "PLACE") and all(len(k.split()) == 1 for k in other.keys):
                for m in other.mentions:
                    m.type = cluster.type
                cluster.mentions.extend(other.mentions)
                other.mentions = []
                by_key.update(dict.fromkeys(other.keys, cluster))
            elif other is None:
                cluster.mentions.append(Mention(match.start(1), match.end(1), cluster.type, acronym, kind="alias", trust=mention.trust))

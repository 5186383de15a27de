"""Place names the statistical model gets wrong: the dateline's city, and big cities in a
place context.

- The dateline ("NAIROBI, March 14, 2024 -", "SEOUL (Yonhap) -", "LIMA -") names the place
  the article was written in, and the agency in its brackets is an outlet, on a list or not.
  An undated dateline with no agency counts when its place is known or written again in the
  text ("TOVAR - ... in Tovar").  Its name is a PLACE (a COUNTRY when it is a country's name),
  with the country of the capital or city it names; it does not act, so the rule that makes
  an acting capital its government does not apply to it.  Ingest records a dated dateline as
  the evidence of the article's date; a dateline without a date is read here.
- A one-name PERSON or ORG of the model that is a large city (GeoNames, a million people or
  more) and follows a place word ("in", "central", resources/place_cues.tsv) is a PLACE:
  "marched through central Santiago".  So is a name no gazetteer knows in a strong place
  slot: a PERSON after "in", "near", "central" ..., a one-word ORG after "in" or "near"
  under a verb or a noun;
- a one-word PERSON or ORG of the model that the text never makes a person, in the place
  slot of a verb of travel ("will visit Tovar", "flew to Tovar", resources/place_verbs.tsv),
  is a PLACE;
- an ORG of the model named for a built site ("Tovar Airport", "Museum of Flight",
  resources/site_heads.tsv) is a PLACE. "to", "from" and "at" also take people and are not enough.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...ingest.dates import DATELINE_NAME
from ...model import Analysis, Span
from ...resources import city, countries, normalize_name, org_sectors, place_cues, read_table
from ...resources.phoenix import phoenix_actors
from .types import TRUST_GAZETTEER, TRUST_MODEL, TRUST_PATTERN, Lexicon, Mention

LARGE_CITY = 1_000_000  # people; smaller towns share their names with people too often

_CAPS_NAME = r"[A-Z][A-Z.'\u2019\-]+(?:[ ][A-Z][A-Z.'\u2019\-]+){0,3}"
_MIXED_NAME = r"[A-Z][\w.'\u2019\-]*(?:[ ][A-Z][\w.'\u2019\-]*){0,3}"
# "Washington, March 13 - ": some wire desks write the place as a name; a date must follow it
_DATED_MIXED_NAME = DATELINE_NAME + r"(?=\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d)"
_DATELINE = re.compile(
    rf"\s*(?P<place>{_CAPS_NAME}|{_DATED_MIXED_NAME})"
    rf"(?P<region>\s*,\s*{_MIXED_NAME})?"
    # "OKLAHOMA CITY, Okla. March 11, Reuter -": the date may follow a region with no comma,
    # and a wire's name may close the dateline without brackets
    r"(?P<date>\s*,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\s*,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)?"
    r"(?P<agency>\s*\([^)\n]{1,40}\)|\s*,\s*Reuters?(?=\s*[-\u2013\u2014]))?"
    r"(?:\s*,)?\s*(?:[-\u2013\u2014]+|_)\s"  # "CHICAGO, March 4, - ...": a stray comma before the dash; "WASHINGTON _ ..."
)


def dateline_place(text: str, evidence: Span | None = None) -> tuple[int, int] | None:
    """The span of the place name in the dateline opening ``text``.  ``evidence`` is the
    dateline ingest found (its place ends at the first comma); without it the text's start
    is read: capitals, an optional region, date and agency, then a dash.  An undated dateline
    with no agency must name a known place, so a heading word ("BREAKING -") is not one."""
    if evidence is not None:
        start = evidence.start + len(evidence.text) - len(evidence.text.lstrip())
        end = text.find(",", start, evidence.end)
        end = end if end > 0 else _place_end(text, start, evidence.end)
        return (start, end) if end > start else None
    match = _DATELINE.match(text)
    if match is None:
        return None
    start, end = match.span("place")
    if not (match["date"] or match["agency"]) and not _known_place(text[start:end]) and not _named_again(text, start, end):
        return None
    return start, end


def _named_again(text: str, start: int, end: int) -> bool:
    """ "TOVAR - ... spoke in Tovar": the capitals are a name the text writes again."""
    name = text[start:end]
    return len(name) > 2 and re.search(rf"(?<![\w\-]){re.escape(name.title())}(?![\w\-])", text[end:]) is not None


def dateline_agency(text: str) -> Mention | None:
    """The agency in brackets in a dateline ("TOVAR (Zelkova) -"): an outlet, listed or not."""
    match = _DATELINE.match(text)
    if match is None or not match["agency"]:
        return None
    start, end = match.span("agency")
    inner = re.search(r"\(([^()]+)\)", text[start:end])  # stripped below: spaces on both sides made it cubic
    name = inner.group(1).strip() if inner else ""
    if inner is None or not name[:1].isupper():
        return None
    first = start + inner.start(1) + len(inner.group(1)) - len(inner.group(1).lstrip())
    return Mention(first, first + len(name), "OUTLET", name, trust=TRUST_PATTERN)


def _place_end(text: str, start: int, end: int) -> int:
    match = re.match(_CAPS_NAME, text[start:end])
    return start + match.end() if match else start


def _known_place(name: str) -> bool:
    gazetteer = countries()
    return bool(gazetteer.capital(name) or gazetteer.lookup(name) or city(name))


def dateline_mention(text: str, lexicon: Lexicon, evidence: Span | None = None) -> Mention | None:
    """The dateline's place as a trusted mention, with its display name and country."""
    span = dateline_place(text, evidence)
    if span is None:
        return None
    start, end = span
    name = text[start:end]
    country = lexicon.countries.lookup(name)
    if country is not None:
        return Mention(start, end, "COUNTRY", name, trust=TRUST_GAZETTEER, country=country.alpha3, canonical=country.name, dateline=True)
    capital_of = lexicon.countries.capital(name)
    known = city(name)
    if capital_of is not None:
        display, code = capital_of.capital, capital_of.alpha3
    elif known is not None:
        display, code = known.name, known.alpha3
    else:
        display, code = name.title(), None
    return Mention(start, end, "PLACE", name, trust=TRUST_GAZETTEER, country=code, canonical=display, dateline=True)


def retype_cities(analysis: Analysis, mentions: list[Mention]) -> None:
    """A model PERSON or ORG after a place word becomes a PLACE when it is a large city, or
    when it is a name no list knows in a place slot: a PERSON after a strong place word
    ("marched in Tovar", "near Tovar"), a one-word ORG after "in" or "near" that a verb
    or a noun governs ("fighting in Tovar", "officials in Tovar").  The context then types every mention of the name."""
    cues = place_cues()
    for mention in mentions:
        if mention.trust != TRUST_MODEL or mention.type not in ("PERSON", "ORG"):
            continue
        before = analysis.tokens_before(mention.start, 1)
        if not before or before[0].text.casefold() not in cues:
            continue
        known = city(mention.name)
        if known is not None and known.population >= LARGE_CITY:
            mention.type = "PLACE"
            mention.country = known.alpha3
        elif known is None and _in_place_slot(analysis, mention, before[0]):
            mention.type, mention.trust = "PLACE", TRUST_PATTERN


_WEAK_CUES = {"to", "from", "at"}  # "wrote to Tovar", "a letter from Tovar": people too


def join_split_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Dar es Salaam': two names the model split at a lower-case particle are one town when
    a known city has the whole name."""
    ordered = sorted(mentions, key=lambda m: m.start)
    joined: list[Mention] = []
    for mention in ordered:
        last = joined[-1] if joined else None
        if last is not None and _PARTICLE_BETWEEN.fullmatch(text[last.end : mention.start]):
            name = text[last.start : mention.end]
            town = city(name)
            if town is not None:
                joined[-1] = Mention(last.start, mention.end, "PLACE", name, trust=max(last.trust, mention.trust), country=town.alpha3)
                continue
        joined.append(mention)
    return joined


_PARTICLE_BETWEEN = re.compile(r" (?:es|de|da|do|del|dos|das|di|el|al|la|le|du|des|sur|en|am|an|upon|on) ")


def _in_place_slot(analysis: Analysis, mention: Mention, cue) -> bool:
    word = cue.text.casefold()
    if word in _WEAK_CUES or analysis.text[mention.end : mention.end + 2] in ("'s", "\u2019s"):
        return False
    if mention.name.isupper() or any(w in org_sectors() for w in mention.name.casefold().split()):
        return False  # "in the KPA", "in the Tovar Party": organizations
    if mention.type == "PERSON":
        return True
    governor = analysis.token(cue.head)
    return " " not in mention.name and word in ("in", "near") and governor is not None and governor.pos in ("VERB", "AUX", "NOUN")


@lru_cache(maxsize=1)
def place_verbs() -> dict[str, str]:
    return {row["verb"]: row["slot"] for row in read_table("place_verbs.tsv")}


def retype_destinations(analysis: Analysis, mentions: list[Mention], is_bare: Callable[[Mention], bool]) -> None:
    """A one-word PERSON or ORG of the model that the text never makes a person or an
    organization, or a saint's name ("St. Tovar"), in the place slot of a verb of travel
    ("will visit Tovar", "flew to St. Tovar", resources/place_verbs.tsv), is a PLACE."""
    verbs = place_verbs()
    for mention in mentions:
        saint = _saint_named(mention.name)
        if mention.trust != TRUST_MODEL or mention.type not in ("PERSON", "ORG") or (" " in mention.name and not saint):
            continue
        if city(mention.name) is not None or not (saint or is_bare(mention)) or _known_actor(mention.name):
            continue
        tokens = analysis.tokens_in(mention.start, mention.end)
        head = tokens[-1] if saint and tokens else next(iter(tokens), None)
        if head is None:
            continue
        governor = analysis.token(head.head)
        if governor is None:
            continue
        if head.dep == "dobj" and verbs.get(governor.lemma.casefold()) == "object":
            mention.type, mention.trust = "PLACE", TRUST_PATTERN
        elif head.dep == "pobj" and governor.text.casefold() in ("to", "in", "from"):
            verb = analysis.token(governor.head)
            if verb is not None and verbs.get(verb.lemma.casefold()) == governor.text.casefold():
                mention.type, mention.trust = "PLACE", TRUST_PATTERN


@lru_cache(maxsize=1)
def _saint_words() -> frozenset[str]:
    return frozenset(row["word"].rstrip(".") for row in read_table("place_words.tsv") if row["kind"] == "saint")


def _saint_named(name: str) -> bool:
    """ "St. Tovar": a saint's name of two words, a town's as often as a person's; the slot decides."""
    words = name.split()
    return len(words) == 2 and words[0].rstrip(".").casefold() in _saint_words()


def _known_actor(name: str) -> bool:
    """A person or group the Phoenix dictionaries know ("Putin"); a bare country code there
    names a place, not an actor."""
    code = phoenix_actors().lookup(name)
    return code is not None and len(code) > 3


@lru_cache(maxsize=1)
def site_heads() -> frozenset[str]:
    return frozenset(row["head"] for row in read_table("site_heads.tsv"))


def retype_sites(mentions: list[Mention]) -> None:
    """A model ORG named for a built site ("Tovar Airport", "Museum of Flight", "Tovar
    Convention Centre") is a PLACE: events happen there, it does not act."""
    for mention in mentions:
        if mention.trust == TRUST_MODEL and mention.type == "ORG" and _site_head(mention.name):
            mention.type = "PLACE"


def _site_head(name: str) -> bool:
    words = name.casefold().split()
    head = words[: words.index("of")] if "of" in words[1:] else words
    return len(words) > 1 and (head[-1] in site_heads() or " ".join(head[-2:]) in site_heads())


@lru_cache(maxsize=4096)  # asked of every name several times; the city table never changes
def large_city_country(name: str) -> str | None:
    """The country of a large city of that name ("Karachi" -> PAK), else None."""
    known = city(name)
    return known.alpha3 if known is not None and known.population >= LARGE_CITY else None


@lru_cache(maxsize=1)
def _state_countries() -> dict[str, str]:
    states = {}
    for row in read_table("place_areas.tsv"):
        if row["feature"] == "state" and row["country"]:
            for name in (row["name"], *filter(None, row["aliases"].split("|"))):
                states[name.casefold()] = row["country"]
    return states


def state_country(name: str) -> str | None:
    """The country of a state of that name ("New Jersey" -> USA), else None."""
    return _state_countries().get(name.casefold())


@lru_cache(maxsize=1)
def _divisions() -> dict[str, str]:
    """Folded names of the first-level divisions of countries (ISO 3166-2) -> alpha-3; a name
    used in two countries is left out, it says nothing."""
    import pycountry

    found: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        if getattr(division, "parent_code", None):
            continue
        country = pycountry.countries.get(alpha_2=division.country_code)
        if country is None:
            continue
        found.setdefault(normalize_name(division.name), set()).add(country.alpha_3)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


def division_country(name: str) -> str | None:
    """The country a first-level division is in ("Ontario" -> CAN, "Bavaria" -> None: ISO
    names it Bayern)."""
    return _divisions().get(normalize_name(name))

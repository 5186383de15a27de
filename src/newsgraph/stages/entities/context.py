"""Types from context: what the words around a name say it is, where no list knows it.

A news outlet on no list is found by the words next to it (resources/outlet_cues.tsv):

- a head noun before it, in apposition: "the state broadcaster Kora", "the daily Vostok";
- a head noun after it: "Zelkova news agency", "the Vostok newspaper", "Kora, the state
  broadcaster,";
- a reporting frame, for a name the model calls an organization, or a one-word name it calls
  a person that the text never makes one (no fuller name ends with it, no title before it):
  "Zelkova reported", "Zelkova quoted him as saying", "told Kora", "in an interview with Kora";
  a one-word name the text never makes a person after "according to" ("according to Kora"),
  whatever the model typed it, unless a list knows it as a place or an actor;
- an outlet word closing a name after "the": "the Tovar Courier" (no person's name takes
  "the").

A cue between two names belongs to the one it stands before ("the Moscow daily Vostok": Vostok
is the paper, Moscow where it appears), and known countries and cities are never outlets.  A
name the model missed after a head noun ("according to broadcaster Kora") becomes a mention.
The outlet's country is a country, nationality word or capital just before it ("Iran's
Zelkova news agency", "the Iranian broadcaster Kora").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from ...model import Analysis, Token
from ...resources import city, normalize_name, org_sectors, read_table
from ...resources.phoenix import phoenix_actors
from .kinds import names_after_kinds
from .occurrences import words_before
from .places import large_city_country
from .types import ARTICLE_BEFORE, PERSON_SAFE_HEADS, TRUST_MODEL, TRUST_PATTERN, Lexicon, Mention, country_in_name, outlet_head

_RETYPABLE = {"PERSON", "ORG", "PLACE"}
_NAME_RUN = re.compile(r"(?:[A-Z][\w'\u2019&.\-]*)(?:[ \t]+(?:[A-Z][\w'\u2019&.\-]*|of|de|al|el))*")
_OPENERS = {"The", "A", "An", "In", "On", "At", "But", "And", "When", "While", "As", "By", "For", "From", "With", "After"}
_CHANNEL_NUMBER = re.compile(r"[ \t]\d{1,3}(?![\w%\-]|[.,:]\d|\s+(?:\d|[a-z]))")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording[ \t]+to[ \t]+$")
_FRAME_DEPS = {"frame-subject": ("nsubj",), "frame-object": ("dobj", "dative", "pobj")}


@lru_cache(maxsize=1)
def outlet_cues() -> dict[str, tuple[str, ...]]:
    """Cue phrases by where they stand: "before", "after", "frame-subject", "frame-object"."""
    found: dict[str, list[str]] = {}
    for row in read_table("outlet_cues.tsv"):
        places = ("before", "after") if row["where"] == "both" else (row["where"],)
        for place in places:
            found.setdefault(place, []).append(row["cue"])
    return {place: tuple(sorted(cues, key=len, reverse=True)) for place, cues in found.items()}


def _cue_pattern(cues: tuple[str, ...]) -> str:
    """Cues as written in text: lower case, "tv" also as "TV", spaces as any blank."""
    forms = set()
    for cue in cues:
        forms.add(cue)
        forms.add(re.sub(r"\btv\b", "TV", cue))
    return "|".join(r"[ \t]+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = outlet_cues()
    before = _cue_pattern(cues.get("before", ()))
    after = _cue_pattern(cues.get("after", ()))
    cue_before = re.compile(rf"(?<![\w\-])(?:{before})[ \t]+$")
    cue_after = re.compile(rf"(?:[ \t]+|,[ \t]+(?:the|a|an)[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}?)(?:{after})(?![\w\-])")
    name_after_cue = re.compile(rf"(?<![\w\-])(?:{before})[ \t]+(?={_NAME_RUN.pattern})")
    return cue_before, cue_after, name_after_cue


def type_outlets(analysis: Analysis, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The mentions with outlets found from context retyped, and outlets the model missed
    after a head noun added; in text order."""
    text = analysis.text
    cue_before, cue_after, _ = _patterns()
    result = list(mentions)
    claimed_cues: set[int] = set()  # end offsets of cues already given to the name after them
    # each name is looked up in the lists once, not in each of the passes below
    unlisted = cache(lambda name: _no_country_or_city(name, lexicon))
    for index, mention in enumerate(result):
        if not _retypable(mention, unlisted):
            continue
        if cue_before.search(text[max(0, mention.start - 40) : mention.start]):
            result[index] = _as_outlet(text, mention, lexicon)
            claimed_cues.add(mention.start)
    for index, mention in enumerate(result):
        if mention.type == "OUTLET" or not _retypable(mention, unlisted):
            continue
        match = cue_after.match(text, mention.end, min(len(text), mention.end + 60))
        if match and not _cue_taken_by_next_name(text, match.start(), match.end(), claimed_cues):
            cue = text[mention.end : match.end()]
            if cue.strip()[:1].isupper() and not cue.strip().startswith(","):
                mention = replace(mention, end=match.end(), name=text[mention.start : match.end()])  # "Kora TV"
            result[index] = _as_outlet(text, mention, lexicon)
        elif (mention.type == "ORG" or _bare_word_no_person(text, mention, result, lexicon)) and _in_reporting_frame(analysis, mention):
            result[index] = _as_outlet(text, mention, lexicon)
        elif _ACCORDING_TO.search(text[max(0, mention.start - 15) : mention.start]) and (
            _bare_word_no_person(text, mention, result, lexicon) or (_unlisted_word(mention) and never_a_person(text, mention, result, lexicon))
        ):
            result[index] = _as_outlet(text, mention, lexicon)  # "according to Zelkova": no person the text names
    for index, mention in enumerate(result):
        if mention.type != "OUTLET" and _retypable(mention, unlisted) and _may_be_an_outlet(text, mention, result, lexicon) and _reports_beside_an_outlet(analysis, mention, result):
            result[index] = _as_outlet(text, mention, lexicon)
    result.extend(_missed_names_after_cues(text, result, lexicon))
    result.extend(_missed_names_before_cues(analysis, result, lexicon))
    result = names_after_kinds(analysis, result, lexicon)
    _places_of_outlets(text, result, lexicon)
    return sorted(result, key=lambda m: m.start)


_SPEECH_LEMMAS = frozenset({"say", "report"})


def _may_be_an_outlet(text: str, mention: Mention, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """An organization of the model, or a one-word person the text never makes one."""
    return mention.type == "ORG" or _bare_word_no_person(text, mention, mentions, lexicon)


def _reports_beside_an_outlet(analysis: Analysis, mention: Mention, mentions: list[Mention]) -> bool:
    """The subject of "said" or "reported" in a clause joined by "and" to one an outlet reports
    in: "Xinhua reported the launch, and Kyodo said Tokyo had protested" (wire copy names its
    sources side by side)."""
    head = _head(analysis, mention)
    if head is None or head.dep != "nsubj":
        return False
    verb = analysis.tokens[head.head]
    if verb.lemma.casefold() not in _SPEECH_LEMMAS:
        return False
    partners = [analysis.tokens[verb.head]] if verb.dep == "conj" else []
    partners += [t for t in analysis.tokens if t.head == verb.i and t.dep == "conj" and t.i != verb.i]
    outlets = [m for m in mentions if m.type == "OUTLET"]
    for partner in partners:
        if partner.lemma.casefold() not in _SPEECH_LEMMAS:
            continue
        for subject in (t for t in analysis.tokens if t.head == partner.i and t.dep == "nsubj"):
            words = [subject, *(t for t in analysis.tokens if t.head == subject.i and t.dep == "compound")]  # "the Zelkova news agency"
            if any(m.start <= word.start < m.end for m in outlets for word in words):
                return True
    return False


def _retypable(mention: Mention, unlisted: Callable[[str], bool]) -> bool:
    """A model's name that no list vouches for, and that is no known country or large city
    (a town may share its name with an outlet: the cue next to it says which is meant)."""
    if mention.type not in _RETYPABLE or mention.trust > TRUST_MODEL or mention.kind != "name":
        return False
    return unlisted(mention.name)


def _no_country_or_city(name: str, lexicon: Lexicon) -> bool:
    return lexicon.countries.lookup(name) is None and lexicon.countries.demonym(name) is None and large_city_country(name) is None


def never_a_person(text: str, mention: Mention, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """A one-word name no fuller person name ends with and no title or capitalized name word
    stands before anywhere in ``text``."""
    return _bare_word_no_person(text, replace(mention, type="PERSON"), mentions, lexicon)


def _bare_word_no_person(text: str, mention: Mention, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """A one-word PERSON of the model that the text never makes a person: no fuller name ends
    with it and no title, honorific or capitalized name word stands before it anywhere.  News introduces people by their full
    name, so "Zelkova reported" alone is an outlet, "Mr Zelkova reported" a man."""
    if mention.type != "PERSON" or " " in mention.name:
        return False
    if any(m.type == "PERSON" and m.name.endswith(" " + mention.name) for m in mentions):
        return False
    for word in words_before(text, mention.name):
        if lexicon.is_title(word.rstrip(",")):
            return False  # "Mr Zelkova", "Mr. Zelkova": a person somewhere in the text
        if word[:1].isupper() and word not in _OPENERS and not word.endswith("."):
            return False  # "Ana Zelkova" (not "Monday. Zelkova", where a sentence ends)
    return True


def _unlisted_word(mention: Mention) -> bool:
    """A one-word organization or place of the model that no list knows as a place or an
    actor and that names no kind of organization ("according to Zelkova" is a source)."""
    name = mention.name
    if mention.type not in ("ORG", "PLACE") or " " in name or name.isupper() or city(name) is not None:
        return False
    return phoenix_actors().lookup(name) is None and name.casefold() not in org_sectors()


def _cue_taken_by_next_name(text: str, cue_start: int, cue_end: int, claimed: set[int]) -> bool:
    """ "the Moscow daily Vostok": "daily" stands before Vostok, so it does not type Moscow,
    whether or not the model saw Vostok (a cue in lower case, then a capitalized name)."""
    following = re.match(r"[ \t]+", text[cue_end : cue_end + 5])
    if cue_end + (following.end() if following else 0) in claimed:
        return True
    name = re.match(r"[ \t]+([A-Z][\w\-]*)", text[cue_end : cue_end + 40])
    return name is not None and name.group(1) not in _OPENERS and text[cue_start:cue_end].strip().islower()


def _as_outlet(text: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """The mention as an OUTLET, without a possessive opening it ("Iran's Zelkova") and with
    the country written just before it."""
    start = mention.start
    possessive = re.search(r"['\u2019]s\s+", text[mention.start : mention.end])
    if possessive and possessive.end() < mention.end - mention.start:
        start = mention.start + possessive.end()
    end = mention.end
    number = _CHANNEL_NUMBER.match(text, end)
    if number:
        end = number.end()  # "Canal 13", "Channel 4": the number is part of the name
    before = text[max(0, start - 40) : start]
    country = country_in_name(" ".join(before.split()[-4:]), lexicon) or mention.country
    return replace(mention, start=start, end=end, name=text[start:end], type="OUTLET", trust=TRUST_PATTERN, country=country)


def _head(analysis: Analysis, mention: Mention) -> Token | None:
    tokens = analysis.tokens_in(mention.start, mention.end)
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head not in inside or t.head == t.i), None)


def _in_reporting_frame(analysis: Analysis, mention: Mention) -> bool:
    """ "Zelkova reported", "told Zelkova", "in an interview with Zelkova": said of an
    organization that is not a ministry, an army or a firm by its name."""
    if any(word in org_sectors() for word in re.split(r"[\s\-]+", mention.name.casefold())):
        return False
    known = phoenix_actors().lookup(mention.name)
    if known is not None and "MED" not in known:
        return False  # an NGO or a group the actor dictionaries know ("Amnesty International")
    head = _head(analysis, mention)
    if head is None:
        return False
    governor = analysis.token(head.head)
    if governor is None or governor.i == head.i:
        return False
    cues = outlet_cues()
    for where, deps in _FRAME_DEPS.items():
        if head.dep not in deps:
            continue
        for cue in cues.get(where, ()):
            words = cue.split()
            if len(words) > 2:
                if _says_in(analysis, governor, words):
                    return True
            elif head.dep == "pobj" and len(words) == 2:
                grand = analysis.token(governor.head)
                if governor.text.casefold() == words[1] and grand is not None and grand.lemma.casefold() in (words[0], _lemma_of(words[0])):
                    return True
            elif len(words) == 1 and governor.lemma.casefold() == _lemma_of(words[0]):
                return True
    return False


def _says_in(analysis: Analysis, verb: Token, words: list[str]) -> bool:
    """ "X said in a report": the verb of the cue with the cue's preposition and noun under it."""
    if verb.lemma.casefold() != _lemma_of(words[0]):
        return False
    under = [token for token in analysis.tokens if token.head == verb.i and token.text.casefold() == words[1]]
    return any(t.head == token.i and t.lemma.casefold() == words[-1] for token in under for t in analysis.tokens)


_CUE_LEMMAS = {"said": "say", "reported": "report", "quoted": "quote", "told": "tell", "speaking": "speak"}


def _lemma_of(word: str) -> str:
    """The dictionary form of the inflected cue verbs ("reported" -> "report")."""
    return _CUE_LEMMAS.get(word, word)


def _missed_names_after_cues(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """ "according to the state broadcaster Kora" where the model saw no name: the
    capitalized words after the head noun are the outlet."""
    _, _, name_after_cue = _patterns()
    found: list[Mention] = []
    for match in name_after_cue.finditer(text):
        run = _NAME_RUN.match(text, match.end())
        if run is None:
            continue
        start, end = run.start(), run.end()
        end = start + len(text[start:end].rstrip(".")) if text[start:end].endswith(".") and " " not in text[start:end] else end
        if any(m.start < end and start < m.end for m in mentions + found):
            continue
        name = text[start:end]
        if lexicon.countries.lookup(name) or lexicon.countries.demonym(name) or name.casefold() in lexicon.titles:
            continue
        mention = Mention(start, end, "OUTLET", name, trust=TRUST_PATTERN)
        found.append(_as_outlet(text, mention, lexicon))
    return found


_UNSEEN = {"", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"}  # labels the model gives words it never saw


def _missed_names_before_cues(analysis: Analysis, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Names the model missed before a head noun ("Zelkova news agency reported", "Zelkova,
    the state broadcaster,") or, one word that the text never makes a person, as the subject
    of a reporting verb ("Zelkova reported the launch")."""
    from .slots import name_runs

    text = analysis.text
    _, cue_after, _ = _patterns()
    found: list[Mention] = []
    # one scan of the text per name, not per occurrence (a name repeated a thousand times)
    no_person = cache(lambda name: _bare_word_no_person(text, Mention(0, 0, "PERSON", name), mentions, lexicon))
    for tokens in name_runs(analysis):
        start, end = tokens[0].start, tokens[-1].end
        if any(t.ent_type not in _UNSEEN for t in tokens) or any(m.start < end and start < m.end for m in mentions + found):
            continue
        name = text[start:end]
        if lexicon.countries.lookup(name) or lexicon.countries.demonym(name) or normalize_name(name) in lexicon.titles or tokens[0].text in _OPENERS:
            continue
        mention = Mention(start, end, "PERSON", name)
        if len(tokens) > 1 and (tokens[-1].text in PERSON_SAFE_HEADS or (outlet_head(name, lexicon) and ARTICLE_BEFORE.search(text[max(0, start - 5) : start]))):
            found.append(_as_outlet(text, mention, lexicon))  # "Deseret News observed", "the Tovar Courier": an outlet word closes it
        elif _cue_after_for(text, end, cue_after) or (len(tokens) == 1 and no_person(name) and (_reports(analysis, tokens[0]) or _ACCORDING_TO.search(text[max(0, start - 15) : start]))):
            found.append(_as_outlet(text, mention, lexicon))
    return found


def _cue_after_for(text: str, end: int, cue_after: re.Pattern[str]) -> bool:
    """A head noun after the name that is not the one before the next name ("the Tovar daily Vostok")."""
    match = cue_after.match(text, end, min(len(text), end + 60))
    return match is not None and not _cue_taken_by_next_name(text, match.start(), match.end(), set())


def _reports(analysis: Analysis, token: Token) -> bool:
    """The subject of a reporting verb of outlets ("reported", "quoted")."""
    if token.dep != "nsubj":
        return False
    verb = analysis.token(token.head)
    return verb is not None and verb.lemma.casefold() in {_lemma_of(c) for c in outlet_cues().get("frame-subject", ()) if " " not in c}


def _places_of_outlets(text: str, mentions: list[Mention], lexicon: Lexicon) -> None:
    """ "Tovar's Zelkova news agency", "the Tovar daily Vostok": the one word before an outlet,
    with a possessive or a head noun between them, is where the outlet is, a place."""
    cue_before, _, _ = _patterns()
    for outlet in [m for m in mentions if m.type == "OUTLET"]:
        before = text[max(0, outlet.start - 60) : outlet.start]
        cue = cue_before.search(before)
        stretch = before[: cue.start()] if cue else before
        match = re.search(r"(?<![\w\-])([A-Z][\w\-]+)(?:['\u2019]s)?[ \t]+$", stretch)
        if match is None or (cue is None and not re.search(r"['\u2019]s[ \t]+$", stretch)):
            continue
        start = outlet.start - len(before) + match.start(1)
        end = start + len(match.group(1))
        word = match.group(1)
        if word in _OPENERS or lexicon.countries.lookup(word) or lexicon.countries.demonym(word) or normalize_name(word) in lexicon.titles:
            continue
        same = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
        if same is not None and same.trust == TRUST_MODEL and same.type in ("PERSON", "ORG"):
            same.type, same.trust = "PLACE", TRUST_PATTERN
        elif same is None and not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(start, end, "PLACE", word, trust=TRUST_PATTERN))

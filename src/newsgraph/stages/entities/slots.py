"""Places the lists do not know, typed by the slot their name stands in.

A town nobody listed is still written where only a place can stand (resources/place_slots.tsv):

- after a place preposition or adjective: "rallied in Tovar", "near Tovar", "central Tovar";
- after a noun of place and "of": "the town of Tovar", "the mayor of Tovar", "the prime
  minister of Tovar" (after "the minister of" or "the president of" only when the model did
  not make the name an organization: ministries and firms have those too);
- as the object of a verb of striking whose subject is a force of nature: "the storm hit
  Tovar", "floods swamped Tovar and Kelm";
- after people named by where they come from: "families from Tovar";
- before a noun that only a place name modifies: "the Tovar council", "Tovar airport";
- as the end points of a journey: "flew from Tovar to Kelm";
- in the place slot of a verb of travel: "will visit Tovar", "flew to Tovar"
  (resources/place_verbs.tsv);
- before a comma and a known region or country: "Tovar, Ontario", "Tovar, Peru";
- after a place in a place slot and a comma, as its region: "in Tovar, Kelm, on Monday";
- joined by "and"/"or" to a place found by a list or a slot: "Floods hit Tovar and Kelm".

A name the model missed in such a slot becomes a PLACE mention; a one-word PERSON or ORG of the
model there is retyped, unless the text makes it a person elsewhere ("Mr Tovar", "Ana Tovar")
or the actor dictionaries know it.  The coreference vote then types every mention of the name
alike, since a pattern outranks the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...model import Analysis, Token
from ...resources import city, normalize_name, org_sectors, read_table
from ...resources.phoenix import phoenix_actors
from .places import place_verbs
from .types import TRUST_MODEL, TRUST_PATTERN, Lexicon, Mention, is_common_word

_NOT_PLACES = {"DATE", "TIME", "LANGUAGE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
# labels the model gives invented names that no mention is made of ("the town of Tovar" PRODUCT)
_STRAY_LABELS = {"", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"}
_FIRST_WORDS = {"The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "St", "Mr.", "Mrs.", "Ms.", "Dr.", "St."}


@lru_cache(maxsize=1)
def place_slots() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in read_table("place_slots.tsv"):
        found.setdefault(row["slot"], set()).add(row["word"])
    return {slot: frozenset(words) for slot, words in found.items()}


def type_places(analysis: Analysis, mentions: list[Mention], lexicon: Lexicon, is_bare: Callable[[Mention], bool]) -> list[Mention]:
    """The mentions with names in place slots retyped PLACE, and missed names there added."""
    runs = name_runs(analysis)
    result = list(mentions)
    for tokens in runs:
        if _in_place_slot(analysis, tokens, result, lexicon):
            _make_place(analysis, tokens, result, lexicon, is_bare)
    for tokens in runs:  # second pass: next to the places found ("Tovar, Kelm", "Tovar and Kelm")
        if _beside_a_place(analysis, tokens, result):
            _make_place(analysis, tokens, result, lexicon, is_bare)
    return sorted(result, key=lambda m: m.start)


def _make_place(analysis: Analysis, tokens: tuple[Token, ...], result: list[Mention], lexicon: Lexicon, is_bare: Callable[[Mention], bool]) -> None:
    start, end = tokens[0].start, tokens[-1].end
    same = [m for m in result if m.start == start and (m.end == end or (m.end == end + 1 and analysis.text[end] == "."))]  # "Tenn."
    overlapping = [m for m in result if m.start < end and start < m.end]
    if same and _retypable(same[0], is_bare):
        same[0].type, same[0].trust = "PLACE", TRUST_PATTERN
    elif not overlapping and _may_be_new(analysis, tokens, lexicon):
        if analysis.text[end : end + 2] == ".," and len(tokens) == 1:
            end += 1  # "in Tovar, Kelm., on Monday": the point closes an abbreviation
        result.append(Mention(start, end, "PLACE", analysis.text[start:end], trust=TRUST_PATTERN))


_COMMA = re.compile(r",[ \t]+")
_AND_OR = re.compile(r"[ \t]+(?:and|or)[ \t]+")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|from|of)[ \t]+$")
_AFTER_REGION = re.compile(r"[ \t]*(?:[,.;]|[ \t](?:on|in|at|for|to|with|by|after|before|during|since|until|last|this|next)\b|$)")


def _beside_a_place(analysis: Analysis, tokens: tuple[Token, ...], mentions: list[Mention]) -> bool:
    """A name in the region slot after a place in a place slot ("in Tovar, Kelm, on Monday"),
    or joined to a place by "and"/"or" ("Floods hit Tovar and Kelm")."""
    text = analysis.text
    start, end = tokens[0].start, tokens[-1].end
    if text[start:end].isupper() or text[end : end + 2] in ("'s", "\u2019s"):
        return False
    places = [m for m in mentions if m.type == "PLACE" and (m.start, m.end) != (start, end)]
    for place in places:
        between = text[place.end : start]
        if _COMMA.fullmatch(between) and _AFTER_REGION.match(text, end) and _PLACE_WORD_BEFORE.search(text[max(0, place.start - 8) : place.start]):
            return True
        if _AND_OR.fullmatch(between) or _AND_OR.fullmatch(text[end : place.start]):
            return len(tokens) == 1 and (place.trust >= TRUST_PATTERN or city(place.name) is not None)
    return _known_towns_joined(text, tokens, mentions)


_AND_NAME_AFTER = re.compile(r"[ \t]+(?:and|or)[ \t]+([A-Z][\w\-]+)(?![\w\-])")
_NAME_AND_BEFORE = re.compile(r"(?<![\w\-])([A-Z][\w\-]+)[ \t]+(?:and|or)[ \t]+$")


def _known_towns_joined(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> bool:
    """ "Floods hit Porto and Braga": a one-word name of a known town joined by "and" to
    another known town's name is a place, whatever the model made of either."""
    start, end = tokens[0].start, tokens[-1].end
    if len(tokens) != 1 or city(text[start:end]) is None:
        return False
    after = _AND_NAME_AFTER.match(text[end : end + 40])
    before = _NAME_AND_BEFORE.search(text[max(0, start - 40) : start])
    return any(m is not None and city(m.group(1)) is not None for m in (after, before))


def name_runs(analysis: Analysis, particles: frozenset[str] = frozenset()) -> list[tuple[Token, ...]]:
    """Runs of capitalized proper nouns within a sentence and a line; a lower-case word of
    ``particles`` between two of them stays in the run ("Staffan de Mistura")."""
    runs: list[list[Token]] = []
    text = analysis.text
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        last = runs[-1][-1] if runs else None
        if token.text in particles and last is not None and last.i == token.i - 1 and index + 1 < len(tokens):
            following = tokens[index + 1]
            if following.pos == "PROPN" and following.text[:1].isupper() and following.sent == token.sent:
                runs[-1].append(token)
            continue
        if token.pos != "PROPN" or not token.text[:1].isupper() or (token.ent_type in _NOT_PLACES and not _misread_as_time(token)):
            continue
        if last is not None and last.i == token.i - 1 and last.sent == token.sent and "\n" not in text[last.end : token.start]:
            runs[-1].append(token)
        else:
            runs.append([token])
    return [tuple(r) for r in runs]


def _misread_as_time(token: Token) -> bool:
    """A name the model took for a date or a time ("near Daber" DATE): a capitalized word with
    no digit that is no month, weekday, holiday or other word of time expressions."""
    return token.ent_type in ("DATE", "TIME") and not any(c.isdigit() for c in token.text) and token.text.casefold() not in _time_words()


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(word for row in read_table("timex_words.tsv") for word in row["word"].split())


def _retypable(mention: Mention, is_bare: Callable[[Mention], bool]) -> bool:
    if mention.trust != TRUST_MODEL or mention.type not in ("PERSON", "ORG", "EVENT") or mention.kind != "name":
        return False  # a one-word EVENT of the model in a place slot is a town it never saw ("the town of Tovar")
    known = phoenix_actors().lookup(mention.name)
    if any(w in org_sectors() for w in normalize_name(mention.name).split()) or (known is not None and len(known) > 3):
        return False  # an organization's word, or an actor the dictionaries know (a bare country code is a place)
    return " " not in mention.name and is_bare(mention)


def _may_be_new(analysis: Analysis, tokens: tuple[Token, ...], lexicon: Lexicon) -> bool:
    """A run the model left untagged that may be a place's name: no title, nationality,
    country, month or common word written with a capital."""
    name = analysis.text[tokens[0].start : tokens[-1].end]
    if any(t.ent_type not in _STRAY_LABELS and not _misread_as_time(t) for t in tokens) or tokens[0].text in _FIRST_WORDS or len(tokens) > 3:
        return False
    if normalize_name(name) in lexicon.titles or lexicon.countries.demonym(name) or lexicon.countries.lookup(name):
        return False
    return not (len(tokens) == 1 and is_common_word(analysis.text, name))


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_NOUN_OF_BEFORE = re.compile(r"(?:^|[^\w])(?:the[ \t]+)?(?:former[ \t]+)?(?:([a-z]+)[ \t]+)?([a-z]+)[ \t]+of[ \t]+$")
_PEOPLE_FROM_BEFORE = re.compile(r"(?:^|[^\w])([A-Za-z]+)[ \t]+from[ \t]+$")


def _in_place_slot(analysis: Analysis, tokens: tuple[Token, ...], mentions: list[Mention], lexicon: Lexicon) -> bool:
    slots = place_slots()
    text = analysis.text
    start, end = tokens[0].start, tokens[-1].end
    if text[end : end + 2] in ("'s", "\u2019s") or text[end : end + 1] == ":" or text[start:end].isupper():
        return False  # "in Tovar's plan" (a person's as often), "in Tovar: The Game", "near KPA posts"
    before = text[max(0, start - 40) : start]
    word = _WORD_BEFORE.search(before)
    if word and word.group(1) in slots["before"] and _governed(analysis, tokens, word.group(1)):
        return True
    of = _NOUN_OF_BEFORE.search(before)
    if of and (of.group(2) in slots["of"] or f"{of.group(1)} {of.group(2)}" in slots["of"]):
        return True  # "the town of Tovar", "the prime minister of Tovar"
    if of and of.group(2) in slots.get("of_state", frozenset()):
        return not any(m.type == "ORG" and m.start < end and start < m.end for m in mentions)
    origin = _PEOPLE_FROM_BEFORE.search(before)
    if origin and origin.group(1).casefold() in slots.get("from", frozenset()):
        return True
    if len(tokens) <= 2 and _place_head_after(text, end, slots["head"]):
        return True
    if _destination(analysis, tokens) or _struck_by_nature(analysis, tokens, slots.get("struck", frozenset())):
        return True
    return _journey(text, start, end) or _before_known_region(analysis, end, mentions, lexicon)


_PREPOSITIONS = frozenset({"in", "near", "through", "throughout", "outside", "inside", "across", "around"})


def _governed(analysis: Analysis, tokens: tuple[Token, ...], word: str) -> bool:
    """ "marched in Tovar", "officials in Tovar": the name is the preposition's object and the
    preposition hangs on a verb or a noun (not "in Tovar jargon", where it modifies a noun)."""
    if word not in _PREPOSITIONS:
        return True
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head not in inside or t.head == t.i), None)
    preposition = analysis.token(tokens[0].i - 1)
    if head is None or preposition is None or head.dep != "pobj" or head.head != preposition.i:
        return False
    governor = analysis.token(preposition.head)
    return governor is not None and governor.pos in ("VERB", "AUX", "NOUN", "PROPN")


def _destination(analysis: Analysis, tokens: tuple[Token, ...]) -> bool:
    """ "will visit Tovar", "flew to Tovar": the place slot of a verb of travel
    (resources/place_verbs.tsv)."""
    verbs = place_verbs()
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head not in inside or t.head == t.i), None)
    governor = analysis.token(head.head) if head is not None else None
    if head is None or governor is None:
        return False
    if head.dep == "dobj":
        return verbs.get(governor.lemma.casefold()) == "object"
    verb = analysis.token(governor.head)
    return head.dep == "pobj" and verb is not None and verbs.get(verb.lemma.casefold()) == governor.text.casefold()


@lru_cache(maxsize=1)
def _forces_of_nature() -> frozenset[str]:
    return frozenset(row["word"].casefold() for row in read_table("natural_causes.tsv") if row["kind"] in ("nature", "storm"))


def _struck_by_nature(analysis: Analysis, tokens: tuple[Token, ...], verbs: frozenset[str]) -> bool:
    """ "The storm hit Tovar", "Floods swamped Tovar and Kelm": the object of a verb of
    striking whose subject is a force of nature is a place (people are "killed", not "hit")."""
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head not in inside or t.head == t.i), None)
    while head is not None and head.dep == "conj":
        head = analysis.token(head.head)  # "hit Tovar and Kelm": Kelm stands where Tovar does
    verb = analysis.token(head.head) if head is not None and head.dep == "dobj" else None
    if verb is None or verb.lemma.casefold() not in verbs:
        return False
    causes = _forces_of_nature()
    return any(t.head == verb.i and t.dep == "nsubj" and (t.lemma.casefold() in causes or t.text.casefold() in causes) for t in analysis.tokens)


_LOWER_WORDS_AFTER = re.compile(r"[ \t]+([a-z]+(?:[ \t]+[a-z]+)?)")


def _place_head_after(text: str, end: int, heads: frozenset[str]) -> bool:
    after = _LOWER_WORDS_AFTER.match(text[end : end + 30])
    if not after:
        return False
    words = after.group(1).split()
    return " ".join(words) in heads or (words[0] in heads and (len(words) == 1 or words[1] not in heads))


_NAME = r"[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){0,2}"
_NAMES = rf"{_NAME}(?:(?:,|[ \t]+and|,[ \t]+and)[ \t]+{_NAME})*"  # "from Tovar and Kelm to Lusk"
_FROM_BEFORE = re.compile(rf"\bfrom[ \t]+(?:{_NAMES}(?:,|[ \t]+and|,[ \t]+and)[ \t]+)?$")
_TO_AFTER = re.compile(rf"(?:(?:,|[ \t]+and|,[ \t]+and)[ \t]+{_NAME})*[ \t]+to[ \t]+{_NAME}")
_FROM_TO_BEFORE = re.compile(rf"\bfrom[ \t]+{_NAMES}[ \t]+to[ \t]+$")


def _journey(text: str, start: int, end: int) -> bool:
    """ "from Tovar to Kelm", "from Tovar and Lusk to Kelm": the ends of a journey are places."""
    if _FROM_BEFORE.search(text[max(0, start - 80) : start]) and _TO_AFTER.match(text[end : end + 80]):
        return True
    return bool(_FROM_TO_BEFORE.search(text[max(0, start - 80) : start]))


def _before_known_region(analysis: Analysis, end: int, mentions: list[Mention], lexicon: Lexicon) -> bool:
    """ "Tovar, Ontario": a name before a comma and a country or a known region's name."""
    after = _COMMA.match(analysis.text[end : end + 3])
    if not after:
        return False
    nxt = end + after.end()
    return any(m.start == nxt and m.type == "COUNTRY" for m in mentions) or _region_name(analysis.text, nxt)


_REGION_RUN = re.compile(r"[A-Z][\w\-.]*(?:[ \t]+[A-Z][\w\-.]*)?")


def _region_name(text: str, start: int) -> bool:
    run = _REGION_RUN.match(text[start : start + 40])
    if not run:
        return False
    words = run.group().split()
    return any(normalize_name(" ".join(words[:size])) in _regions() for size in range(len(words), 0, -1))


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Names and news abbreviations of first-level regions (US states, resources/place_areas.tsv)."""
    found = set()
    for row in read_table("place_areas.tsv"):
        if row["feature"] == "state":
            found.add(normalize_name(row["name"]))
            found.update(normalize_name(a) for a in row["aliases"].split("|") if a)
    return frozenset(found)

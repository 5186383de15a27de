"""Typed name mentions: the statistical model's entities, corrected and extended by gazetteers.

Three sources, in order of trust (a trusted span wins over any span it overlaps):

1. gazetteers (resources/outlets.tsv, weapons.tsv, multi-word country names and acronyms);
2. weapon patterns: a capitalized name with a number ("Hwasong-17"), or a capitalized name
   in front of a weapon noun ("the Kalibr cruise missile"), and "class (ACRONYM)" phrases;
3. the model's entities, mapped: PERSON, ORG, GPE/LOC/FAC -> PLACE (COUNTRY when the
   country gazetteer knows the name), EVENT.  Leading titles are cut off a PERSON
   ("General Kang" -> "Kang"), and spans that are only title words ("Defense") are dropped.
   An ORG ending in an outlet word ("Ghana News Agency", resources/outlet_heads.tsv) is an
   OUTLET with the country named before that word.

Checks on the model's spans: a name ends at a line break and at a bracket it does not
close; caption labels before a colon ("Image:") and common words capitalized only where
every word is ("Iodine" beside "iodine") are not names.

A name ends before a stock ticker after its legal form ("Tovar Corp TVR") and before a match
score ("Kelm Rovers 2-1"); a firm named for its partners is one name however the model cut it
("Tovar, Lusk and Co Inc", resources/legal_suffixes.tsv).

A weapon class closing a named system's phrase ("Hwasal-2 strategic cruise missiles") is the
system's class, not another weapon, and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from ...model import Analysis, Token
from ...resources import (
    CountryGazetteer,
    LexiconEntry,
    Title,
    countries,
    normalize_name,
    outlet_heads,
    outlets,
    read_table,
    titles,
    weapon_nouns,
    weapons,
)
from ...resources.phoenix import phoenix_actors
from .occurrences import whole_word_spans

LABEL_TO_TYPE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "EVENT": "EVENT"}
TRUST_GAZETTEER, TRUST_PATTERN, TRUST_MODEL = 3, 2, 1
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_WORD = re.compile(r"\S+")


@dataclass(slots=True)
class Mention:
    """A mention being resolved: a span, its type, and how it refers.

    ``kind`` is "name" (a proper name), "role" (a description such as "the minister"),
    "pronoun", or "alias" (an acronym introduced in brackets).
    """

    start: int
    end: int
    type: str
    name: str
    kind: str = "name"
    trust: int = TRUST_MODEL
    country: str | None = None
    roles: list[Title] = field(default_factory=list)
    canonical: str | None = None  # a gazetteer's name for it, shown as the entity's name
    entry: str | None = None  # the gazetteer row it matched, so "ICBMs" joins its class
    dateline: bool = False  # the place of the dateline: where the article was written, not an actor

    @property
    def key(self) -> str:
        return name_key(self.entry or self.canonical or self.name)


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """``normalize_name``, remembered: the rules ask for the same names' keys again and again."""
    return normalize_name(name)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the entity stages look up, loaded once per pipeline."""

    countries: CountryGazetteer
    titles: dict[str, Title]
    weapon_nouns: frozenset[str]
    gazetteer: tuple[GazetteerPattern, ...]
    label_words: frozenset[str] = frozenset()  # "Photo", "Image": caption labels before a colon
    outlet_heads: tuple[str, ...] = ()  # "News Agency", "Times": last words of outlet names
    # the single words of the titles, asked of every name: gathered once, not per question
    title_words: frozenset[str] = field(init=False, repr=False, compare=False)  # of titles of kind "title"
    words_of_titles: frozenset[str] = field(init=False, repr=False, compare=False)  # of every title and role

    def __post_init__(self) -> None:
        title_words = frozenset(w for t, title in self.titles.items() if title.kind == "title" for w in t.split())
        object.__setattr__(self, "title_words", title_words)
        object.__setattr__(self, "words_of_titles", frozenset(w for t in self.titles for w in t.split()))

    def is_title(self, word: str) -> bool:
        """A title or role word, an abbreviated one with or without its point ("Mr", "Sgt.")."""
        key = name_key(word)
        return key in self.titles or f"{key}." in self.titles or (key.endswith(".") and key[:-1] in self.titles)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    labels = frozenset(row["marker"].casefold() for row in read_table("caption_credits.tsv"))
    return Lexicon(countries(), titles(), weapon_nouns(), _gazetteer_patterns(), labels, outlet_heads())


def _name_pattern(name: str, plural: bool) -> str:
    """A regex for a name: spaces and hyphens interchangeable, apostrophes of both kinds."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", name)]
    body = r"[\s\-]+".join(parts).replace("'", "['\u2019]")
    return body + ("(?:e?s)?" if plural else "")


@dataclass(frozen=True, slots=True)
class GazetteerPattern:
    """A listed name as a regex, with a word of it that must stand in a text (lower-cased) for
    the regex to match there: most texts hold few listed names, and testing the word first
    spares running every regex over every text."""

    pattern: re.Pattern[str]
    type: str
    entry: LexiconEntry
    needle: str


def _needle(name: str) -> str:
    """The longest part of a name without an apostrophe (the regex allows two kinds of it)."""
    parts = [p for p in re.split(r"[\s\-]+", name) if "'" not in p and "\u2019" not in p]
    return max(parts, key=len).lower() if parts else ""


def _whole_name_pattern(name: str, plural: bool) -> str:
    """``(?<![\\w\\-])NAME(?![\\w\\-])`` with the name's first word moved before the lookbehind
    (which then looks back over that word too): a regex that opens with literal text is
    searched for that text, one that opens with a lookbehind is tried at every character."""
    first = _name_pattern(re.split(r"[\s\-]+", name)[0], False)
    body = _name_pattern(name, plural)
    return rf"{first}(?<![\w\-]{first}){body[len(first) :]}(?![\w\-])"


def _gazetteer_patterns() -> tuple[GazetteerPattern, ...]:
    found: list[GazetteerPattern] = []
    for entry in outlets():
        for name in (entry.name, *entry.aliases):
            found.append(GazetteerPattern(re.compile(_whole_name_pattern(name, False)), "OUTLET", entry, _needle(name)))
    for entry in weapons():
        is_class = entry.kind == "class"
        flags = re.IGNORECASE if is_class else 0
        for name in (entry.name, *entry.aliases):
            acronym = name.isupper()
            found.append(GazetteerPattern(re.compile(_whole_name_pattern(name, is_class), 0 if acronym else flags), "WEAPON", entry, _needle(name)))
    return tuple(found)


# --- 1. gazetteers ---------------------------------------------------------------------------


def gazetteer_mentions(analysis: Analysis, lexicon: Lexicon) -> list[Mention]:
    text = analysis.text
    lowered = text.lower()
    found = []
    present: dict[str, bool] = {}  # names of one outlet or weapon share their needles
    for listed in lexicon.gazetteer:
        if listed.needle not in present:
            present[listed.needle] = listed.needle in lowered
        if not present[listed.needle]:
            continue
        etype, entry = listed.type, listed.entry
        for match in listed.pattern.finditer(text):
            canonical = None if entry.kind == "class" else entry.name
            found.append(
                Mention(
                    match.start(),
                    match.end(),
                    etype,
                    match.group(),
                    trust=TRUST_GAZETTEER,
                    country=entry.country,
                    canonical=canonical,
                    entry=entry.name,
                )
            )
    found.extend(m for m in _country_names(text, lexicon.countries) if not _modifies_a_name(analysis, m) and not _inside_an_organization(analysis, m))
    found.extend(_countries_the_model_missed(analysis, lexicon.countries))
    found.extend(_groups_of_states_the_model_missed(analysis))
    found.extend(_international_bodies_the_model_missed(analysis))
    return found


def _international_bodies_the_model_missed(analysis: Analysis) -> list[Mention]:
    """International bodies named in full that the model left untagged or took into a date
    ("BRUSSELS, March 4 - European Community Farm Commissioner X": the dateline misleads it):
    the longest run of capitalized words the actor dictionaries know as an IGO."""
    found = []
    tokens = analysis.tokens
    index = 0
    while index < len(tokens):
        size = _igo_name_at(tokens, index)
        if size:
            first, last = tokens[index], tokens[index + size - 1]
            found.append(Mention(first.start, last.end, "ORG", analysis.text[first.start : last.end], trust=TRUST_GAZETTEER))
            index += size
        else:
            index += 1
    return found


def _igo_name_at(tokens: tuple[Token, ...], index: int) -> int:
    """The number of words of an IGO's name of two words or more starting at ``index``, none
    of them a name the model saw as an organization, a place, a nationality or a person."""
    run = 0
    while run < 6 and index + run < len(tokens) and _unnamed_capital(tokens[index + run]):
        run += 1
    for size in range(run, 1, -1):
        code = phoenix_actors().lookup(" ".join(t.text for t in tokens[index : index + size]))
        if code is not None and code.startswith("IGO"):
            return size
    return 0


def _unnamed_capital(token: Token) -> bool:
    return token.pos == "PROPN" and token.text[:1].isupper() and token.ent_type not in _MODEL_NAMES


_MODEL_NAMES = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"})


def _groups_of_states_the_model_missed(analysis: Analysis) -> list[Mention]:
    """Numbered groups of states ("G7", "G-8", "G20") the model leaves untagged or takes for a
    product ("the G7 nations", "the G7 meeting"): an international body the actor
    dictionaries know."""
    found = []
    for token in analysis.tokens:
        if token.pos != "PROPN" or token.ent_type in ("ORG", "GPE", "NORP") or not _NUMBERED_GROUP.fullmatch(token.text):
            continue
        code = phoenix_actors().lookup(token.text)
        if code is not None and code.startswith("IGO"):
            found.append(Mention(token.start, token.end, "ORG", token.text, trust=TRUST_GAZETTEER))
    return found


_NUMBERED_GROUP = re.compile(r"[A-Z]{1,2}-?\d{1,2}")


def _countries_the_model_missed(analysis: Analysis, gazetteer: CountryGazetteer) -> list[Mention]:
    """One-word country names the model left untagged ("QUITO, March 7 - Ecuador adopted":
    the dateline misleads it); a word it tagged is left to it, since it sees the context."""
    found = []
    for token in analysis.tokens:
        if token.pos != "PROPN" or token.ent_type or not token.text[:1].isupper() or token.text.isupper():
            continue
        if _ends_a_name(analysis, token):
            continue  # "Petroles de Venezuela", "Bank of Japan": the country names a body
        country = gazetteer.lookup(token.text)
        if country is not None and country.name.lower() == token.text.lower() and not _modifies_a_name(analysis, Mention(token.start, token.end, "COUNTRY", token.text)):
            found.append(Mention(token.start, token.end, "COUNTRY", token.text, trust=TRUST_GAZETTEER, country=country.alpha3, canonical=country.name))
    return found


def _ends_a_name(analysis: Analysis, token: Token) -> bool:
    """Whether the word closes a longer capitalized name: a capitalized word right before it,
    or a joining word ("of", "de") after one."""
    if token.i == 0:
        return False
    before = analysis.tokens[token.i - 1]
    if before.text[:1].isupper() and before.pos == "PROPN" and before.sent == token.sent:
        return True
    joined = before.text.lower() in _NAME_JOINERS and token.i >= 2
    return joined and analysis.tokens[token.i - 2].text[:1].isupper()


_NAME_JOINERS = frozenset({"of", "de", "del", "du", "des", "la", "di", "da", "do"})


def _inside_an_organization(analysis: Analysis, mention: Mention) -> bool:
    """ "Air New Zealand", "Bank of New Zealand": a country name the model reads as the end
    of an organization's name that began before it."""
    first = analysis.tokens_in(mention.start, mention.end)[:1]
    if not first or first[0].i == 0 or first[0].ent_type != "ORG" or first[0].ent_iob != "I":
        return False
    before = analysis.tokens[first[0].i - 1]
    return before.text[:1].isupper() and before.text.lower() != "the"  # not "the U.S. Kick off", a headline's capitals


def _modifies_a_name(analysis: Analysis, mention: Mention) -> bool:
    """ "Hong Kong Island", "US State Department": a country name inside a longer name."""
    following = analysis.tokens_in(mention.end, len(analysis.text))[:1]
    return bool(following) and following[0].start <= mention.end + 1 and following[0].pos == "PROPN" and following[0].ent_type != "PERSON"


_MULTIWORD_CAPS = re.compile(r"(?<![\w\-])(?:[A-Z][\w'\u2019.\-]*|of|the)(?:\s+(?:[A-Z][\w'\u2019.\-]*|of|the))+")
_ACRONYM = re.compile(r"(?<![\w\-])[A-Z][A-Z.]{1,6}(?![\w\-])")


def _country_names(text: str, gazetteer: CountryGazetteer) -> list[Mention]:
    """Multi-word country names and acronyms the model tends to miss ("Democratic People's
    Republic of Korea", "DPRK"); single words are left to the model, which sees context."""
    found = []
    for regex in (_MULTIWORD_CAPS, _ACRONYM):
        for match in regex.finditer(text):
            for start, end in _sub_spans(text, match.start(), match.end()):
                start, end = _trim(text, start, end)
                piece = text[start:end]
                if " " not in piece and regex is not _ACRONYM:
                    continue  # one word of a run: left to the model (no need to look it up)
                country = gazetteer.lookup(piece)
                if country is not None:
                    found.append(Mention(start, end, "COUNTRY", piece, trust=TRUST_GAZETTEER, country=country.alpha3, canonical=country.name))
                    break
    return found


def _sub_spans(text: str, start: int, end: int):
    """Word-aligned sub-spans of a run of capitalized words, longest first."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    for size in range(len(words), 0, -1):
        for first in range(0, len(words) - size + 1):
            yield words[first][0], words[first + size - 1][1]


# --- 2. weapon patterns ------------------------------------------------------------------------

_NAME_WITH_NUMBER = re.compile(r"(?<![\w\-])[A-Z][A-Za-z]*(?:-[A-Z]+)?-?\d+[A-Za-z]?(?![\w\-])")
_BETWEEN_NAME_AND_NOUN = {"ADJ", "NOUN", "PROPN", "NUM", "CCONJ", "PUNCT", "VERB"}


def weapon_pattern_mentions(analysis: Analysis, lexicon: Lexicon) -> list[Mention]:
    text = analysis.text
    found = []
    for match in _NAME_WITH_NUMBER.finditer(text):
        tokens = analysis.tokens_in(match.start(), len(text))
        if tokens and (_weapon_noun_follows(tokens, lexicon, skip=_tokens_covering(tokens, match.end())) or _named_as_weapon(analysis, tokens[0], lexicon)):
            found.append(Mention(match.start(), match.end(), "WEAPON", match.group(), trust=TRUST_PATTERN))
    found.extend(_names_before_weapon_nouns(analysis, lexicon))
    return found


def _named_as_weapon(analysis: Analysis, token: Token, lexicon: Lexicon) -> bool:
    """The name is what a weapon noun is said to be: "the missile may have been a Tovar-17",
    "a new missile, the Tovar-17,", "a drone called Tovar-9"."""
    governor = analysis.token(token.head)
    if governor is None or governor.i == token.i:
        return False
    weapon = lambda t: t.lemma.casefold() in lexicon.weapon_nouns  # noqa: E731
    if token.dep == "appos":
        return weapon(governor)
    if token.dep == "attr":
        return any(t.head == governor.i and t.dep in ("nsubj", "nsubjpass") and weapon(t) for t in analysis.tokens)
    if token.dep == "oprd":
        named = analysis.token(governor.head)
        return governor.dep == "acl" and named is not None and weapon(named)
    return False


def _tokens_covering(tokens: tuple[Token, ...], end: int) -> int:
    return sum(1 for t in tokens if t.end <= end) or 1


def _weapon_noun_follows(tokens: tuple[Token, ...], lexicon: Lexicon, skip: int, window: int = 8) -> bool:
    """A weapon noun closes the phrase within ``window`` tokens, across "and", commas, adjectives."""
    for token in tokens[skip : skip + window]:
        if token.lemma.casefold() in lexicon.weapon_nouns or token.text.casefold().rstrip("s") in lexicon.weapon_nouns:
            return True
        if token.pos not in _BETWEEN_NAME_AND_NOUN or token.text in {".", ";", ":", "(", ")"}:
            return False
        if token.pos == "VERB" and token.tag != "VBN":  # "submarine-launched" yes, "said" no
            return False
    return False


def _names_before_weapon_nouns(analysis: Analysis, lexicon: Lexicon) -> list[Mention]:
    """ "the Haeil underwater nuclear attack drone": a proper name, then lowercase modifiers,
    then a weapon noun.  Country names and nationality words are never weapons."""
    found = []
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.pos != "PROPN" or not token.text[:1].isupper() or (token.text.isupper() and len(token.text) > 1 and token.text[-1] != "s"):
            continue
        if index + 1 < len(tokens) and tokens[index + 1].pos == "PROPN":
            continue  # only the last word of a name, and the name must be one word
        if index > 0 and tokens[index - 1].pos == "PROPN":
            continue
        rest = tokens[index + 1 : index + 6]
        if not rest or not rest[0].text[:1].islower():
            continue
        # the lists last: most proper names are ruled out by the words around them
        if lexicon.countries.lookup(token.text) or lexicon.countries.demonym(token.text):
            continue
        if _lowercase_run_to_weapon(rest, lexicon):
            found.append(Mention(token.start, token.end, "WEAPON", token.text, trust=TRUST_PATTERN))
    return found


def _past_leading_participle(analysis: Analysis, start: int, end: int) -> int:
    """The start of a name the model ran on from a sentence's opening participle ("Praising
    Celtic and Rangers": Celtic), which is capitalized only because it opens the sentence."""
    tokens = analysis.tokens_in(start, end)
    opening = bool(tokens) and (tokens[0].i == 0 or analysis.tokens[tokens[0].i - 1].sent != tokens[0].sent)
    if len(tokens) > 1 and opening and tokens[0].tag == "VBG" and tokens[0].pos == "VERB":
        return tokens[1].start
    return start


def _lowercase_run_to_weapon(tokens: tuple[Token, ...], lexicon: Lexicon) -> bool:
    for token in tokens:
        if token.lemma.casefold() in lexicon.weapon_nouns:
            return True
        if token.pos not in {"ADJ", "NOUN", "VERB", "PUNCT"} or (not token.text[:1].islower() and token.text != "-"):
            return False
        if token.pos == "VERB" and token.tag not in ("VBN", "VBG"):
            return False  # "Hamas fired rockets": the name is the subject of a verb, no weapon's
    return False


# --- 3. the statistical model -----------------------------------------------------------------


def model_mentions(analysis: Analysis, lexicon: Lexicon) -> list[Mention]:
    found = []
    for named in analysis.named:
        for start, end in _line_pieces(analysis.text, named.start, named.end):
            start = _past_leading_participle(analysis, start, end)
            end = _before_capitalized_plural(analysis.text, start, end, lexicon)
            mention = _from_named(analysis.text, start, end, named.label, lexicon)
            if mention is not None and not _not_a_name(analysis.text, mention, lexicon):
                found.append(mention)
    return found


_ABBREVIATION_AND_PLURAL = re.compile(r"(?:[Tt]he[ \t]+)?((?:[A-Z]\.){2,})[ \t]+[A-Z][a-z]+s")


def _before_capitalized_plural(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a name ends before a plural that wire copy capitalized after an abbreviation
    ("the E.C. Charges were unfounded", "to meet U.S. Complaints"): the abbreviation of a
    country or a body of states is the name, the plural a common noun (a name the
    dictionaries know, "U.S. Steel", stays whole)."""
    match = _ABBREVIATION_AND_PLURAL.fullmatch(text, start, end)
    if match is None or phoenix_actors().lookup(text[start:end]) is not None:
        return end
    abbreviation = match.group(1)
    if lexicon.countries.lookup(abbreviation) is None and phoenix_actors().lookup(abbreviation) is None:
        return end
    return match.end(1)


_LINE_BREAK_OR_JOIN = re.compile(r"\s*\n\s*|(?<=[A-Z]{2})\s+[-\u2013\u2014]+\s+|[ \t]+([a-z][a-z\-]*)[ \t]+(?=[A-Z])")


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A name never runs across a line break (a heading, caption or paragraph ends there), a
    dash between spaces after capitals (a dateline's), or a lower-case word that stands in no
    name: "Ahmed Mohamed\nImage", "TOVAR - Ana Reyes", "Tovar to Kelm" are two candidates,
    each judged on its own."""
    pieces, cursor = [], start
    for match in _LINE_BREAK_OR_JOIN.finditer(text[start:end]):
        if match.group(1) and match.group(1) in _JOINING_WORDS:
            continue  # "University of Kelm", "Tovar and Sons": words inside names
        pieces.append((cursor, start + match.start()))
        cursor = start + match.end()
    pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if e > s]


# lower-case words that stand inside names; any other ("to", "daily") ends one name and
# starts another: "Tovar to Kelm", "the Tovar daily Vostok"
_JOINING_WORDS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "on",
        "upon",
        "in",
        "at",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "al",
        "el",
        "bin",
        "ibn",
        "y",
        "e",
        "und",
        "et",
        "dos",
        "das",
        "do",
    }
)


def _without_open_bracket(text: str, start: int, end: int) -> tuple[int, int]:
    """ "World Health Organization (WHO": a bracket opened and not closed inside a name ends
    it; the bracketed acronym is judged on its own (coref.py)."""
    opening = text.find("(", start, end)
    if opening > start and text.find(")", opening, end) < 0:
        return start, len(text[start:opening].rstrip()) + start
    return start, end


def _not_a_name(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """One capitalized word the model took for a name that is a label or a common word."""
    word = mention.name
    if _AMOUNT.fullmatch(word):
        return True  # "£8.1bn", "8.1bn", "40m": a sum the model took for a company
    if " " in word or word.isupper() or not word[:1].isupper():
        return False
    if word.casefold() in lexicon.label_words and text[mention.end : mention.end + 1] == ":":
        return True  # "Image: J. Smith", "Photo: Reuters"
    return is_common_word(text, word)


_AMOUNT = re.compile(r"[£$€¥]?\d[\d.,]*\s?(?:bn|m|k|p|million|billion|trillion|%)?")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?:;\"\u201c\u2018(\[]|--|\u2014)\W*$")


def is_common_word(text: str, word: str) -> bool:
    """A word written in lower case elsewhere in the text, and capitalized mostly where every
    word is (at the start of a sentence or line, in a title-case run), is an ordinary word:
    "Iodine is ..." in an article that speaks of "iodine" throughout.  A name keeps its
    capital in mid-sentence ("said Rose", even beside "a rose"); the lower-case uses must
    outnumber such capitals two to one."""
    lower = word[:1].lower() + word[1:]
    lowercase_uses = len(whole_word_spans(text, lower))
    if not lowercase_uses:
        return False
    mid_sentence = 0
    for start, end in whole_word_spans(text, word):
        before = text[max(0, start - 12) : start]
        if not _SENTENCE_START.search(before) and not _in_capitalized_run(text, start, end):
            mid_sentence += 1
    return lowercase_uses > 2 * mid_sentence


def _in_capitalized_run(text: str, start: int, end: int) -> bool:
    """Next to another capitalized word on the same line: a title-case heading or a longer
    name ("National Iodine Study"), where the capital says nothing about the word itself."""
    before = _CAPITALIZED_BEFORE.search(text[max(0, start - 30) : start])
    after = _CAPITAL_AFTER.match(text[end : end + 3])
    return bool(before or after)


_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w\-]*[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def is_party_name(name: str) -> bool:
    """Whether a name is one of a political party's (resources/political_parties.txt)."""
    found = phoenix_actors().actor(name)
    return found is not None and found.source == "political_parties"


_WORD_BEFORE = re.compile(r"([A-Z][\w\-]*)[ \t]+$")


def _party_start(text: str, start: int, end: int) -> int | None:
    """Where the party name the model labelled NORP starts, or None when it names no listed
    party: the capitalized word before it belongs to the name ("Liberal Democrats", of which
    the model marked "Democrats"), and a name it does not complete is another party's
    ("Sweden Democrats"), not the listed one, unless that word is the listed party's own
    country ("US Democrats")."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if before is None:
        return start if is_party_name(text[start:end]) else None
    country = _country_of_word(before.group(1))
    if country is not None:
        code = phoenix_actors().lookup(text[start:end]) or ""
        return start if is_party_name(text[start:end]) and code.startswith(country) else None
    longer = start - len(before.group(0))
    if _SENTENCE_START.search(text[max(0, start - 30) : longer] + " "):
        return start if is_party_name(text[start:end]) else None  # the word before only opens the sentence
    return longer if is_party_name(text[longer:end]) else None


def _country_of_word(word: str) -> str | None:
    """The country a country name or a nationality word names ("US", "British"), or None."""
    named = countries().lookup(word) or countries().demonym(word)
    return named.alpha3 if named is not None else None


def _nationality_word(name: str, lexicon: Lexicon) -> bool:
    """'Britons', 'Kenyans': one plural word naming the people of a country (a singular may be a
    surname: "Dawn French")."""
    return " " not in name and name.isalpha() and lexicon.countries.people(name) is not None


def _from_named(text: str, start: int, end: int, label: str, lexicon: Lexicon) -> Mention | None:
    etype = LABEL_TO_TYPE.get(label) or ("ORG" if label == "NORP" else None)
    if etype is None:
        return None
    start, end = _trim(text, *_without_open_bracket(text, start, end))
    end = _without_ticker(text, start, _without_trailing_lowercase(text, start, end))
    if text[end : end + 2] == ".," and text[start:end].isalpha():
        end += 1  # "Paris, Tenn., drew": a point before a comma ends no sentence, it closes an abbreviation
    if etype == "PERSON":
        start = _skip_leading_titles(text, start, end, lexicon)
    if start >= end or _only_title_words(text[start:end], lexicon) or _ends_a_title(text, start, end, lexicon):
        return None
    if label == "NORP":
        party_start = _party_start(text, start, end)
        if party_start is None:
            return None  # a nationality or a faith; "the Tories", "Republicans" name a party
        start = party_start
    name = text[start:end]
    if etype == "PERSON" and is_party_name(name):
        etype = "ORG"  # "a way Old Labour never did": the model's person is a party
    if etype == "PERSON" and _nationality_word(name, lexicon):
        return None  # "most Britons hold dear": a people, no person
    if label in ("GPE", "ORG", "LOC"):
        country = lexicon.countries.lookup(name)
        if country is not None:
            return Mention(start, end, "COUNTRY", name, country=country.alpha3, canonical=country.name)
    before_head = outlet_head(name, lexicon) if label in ("ORG", "PERSON") else ""
    if before_head and (label == "ORG" or name[len(before_head) :].strip() in PERSON_SAFE_HEADS or ARTICLE_BEFORE.search(text[max(0, start - 5) : start])):
        return Mention(start, end, "OUTLET", name, country=country_in_name(before_head, lexicon))
    return Mention(start, end, etype, name)


# "the Tovar Courier": a person's name takes no article, an outlet's does
ARTICLE_BEFORE = re.compile(r"(?<![\w\-])(?:the|The)[ \t]+$")
# outlet heads that end no person's name ("Emily Post", "Ann Herald" do exist)
PERSON_SAFE_HEADS = frozenset({"Times", "News", "Daily", "Press", "TV", "Radio", "Television", "Journal", "Gazette", "News Agency", "Press Agency"})


def _without_trailing_lowercase(text: str, start: int, end: int) -> int:
    """A name ends at its last capitalized word: "Tovar news agency" -> "Tovar" (the words
    after it are a description, read by the context rules), and before a score ("Kelm
    Rovers 2-1")."""
    words = list(_WORD.finditer(text[start:end]))
    while len(words) > 1 and (_description_word(words[-1].group()) or _SCORE.fullmatch(words[-1].group())) and any(w.group()[:1].isupper() for w in words[:-1]):
        words.pop()
    return start + words[-1].end() if words else end


_TICKER = re.compile(r"[ \t]+[A-Z]{2,6}(?:\.[A-Z]{1,2})?$")


def _without_ticker(text: str, start: int, end: int) -> int:
    """ "Tovar Corp TVR", "Kelm AG KLMG.F": the stock symbol after a legal form is no part of
    the company's name."""
    from .aliases import partnership_words

    ticker = _TICKER.search(text[start:end])
    if ticker is None:
        return end
    before = text[start : start + ticker.start()].split()
    return start + ticker.start() if len(before) > 1 and normalize_name(before[-1]) in partnership_words() else end


_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")  # "beat the Red Sox 7-1": the score after a team is no part of its name
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "der", "den", "du", "de", "da", "di", "la", "le", "dos", "das", "del", "y"})
_LOWERCASE_LEGAL = frozenset({"corp", "inc", "co", "ltd", "plc", "llc", "bros", "cos"})


def _description_word(word: str) -> bool:
    """A lower-case word closing a span that is no part of a name: not a particle ("Mike du
    Toit", "al-Amr") nor a legal form written small ("Preston corp")."""
    core = word.strip(".,").casefold()
    return word[:1].islower() and "-" not in word and core not in _NAME_PARTICLES and core not in _LOWERCASE_LEGAL


def outlet_head(name: str, lexicon: Lexicon) -> str:
    """What comes before an outlet head closing the name ("Kenya News Agency" -> "Kenya"),
    or "" when the name does not end in one or is only the head ("News")."""
    for head in lexicon.outlet_heads:
        if name.endswith(" " + head):
            return name[: -len(head)].strip()
    return ""


def country_in_name(words: str, lexicon: Lexicon) -> str | None:
    """A country, nationality word or capital among the words ("Kenya", "Tehran")."""
    split = words.replace("'s", "").replace("\u2019s", "").split()
    for size in range(len(split), 0, -1):
        for first in range(0, len(split) - size + 1):
            piece = " ".join(split[first : first + size])
            found = lexicon.countries.lookup(piece) or lexicon.countries.demonym(piece) or lexicon.countries.capital(piece)
            if found is not None:
                return found.alpha3
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Without a leading "the" or a trailing possessive."""
    match = _ARTICLE.match(text[start:end])
    if match and end - start > match.end():
        start += match.end()
    piece = text[start:end]
    for suffix in _POSSESSIVE:
        if piece.endswith(suffix) and end - len(suffix) > start:
            end -= len(suffix)
            break
    return start, end


def _skip_leading_titles(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """The start of the name proper: "General Kang Sun-nam" -> "Kang Sun-nam", and past the
    words a title closes ("Treasury Secretary Ann Lee", "Environment Minister Ann Lee")."""
    words = list(_WORD.finditer(text[start:end]))
    taken = 0
    while taken < len(words) - 1 and lexicon.is_title(words[taken].group()):
        taken += 1
    for index, word in enumerate(words[taken:-2], start=taken):
        if lexicon.is_title(word.group()):
            taken = index + 1  # a full name (two words or more) follows: "Martin Luther King Jr." keeps its King
    return start + words[taken].start() if taken else start


_WORDS_BEFORE = re.compile(r"((?:[A-Za-z\-]+\s+){1,3})$")


def _ends_a_title(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "Undersecretary of State for Economic Affairs": a name whose first word closes a title
    begun before it is the title's portfolio, no organization."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    first = text[start:end].split()[0]
    if before is None:
        return False
    words = [normalize_name(w) for w in before.group(1).split()]
    return any(" ".join([*words[i:], normalize_name(first)]) in lexicon.titles for i in range(len(words)))


def _only_title_words(name: str, lexicon: Lexicon) -> bool:
    """ "Defense" or "Minister" alone: a piece of a title the model took for a name."""
    words = [normalize_name(w) for w in name.split()]
    # words of role descriptions ("union", "party" of "party leader") name organizations too
    return bool(words) and all(lexicon.is_title(w) or w in lexicon.title_words for w in words)


# --- combining the three sources ----------------------------------------------------------------


def typed_mentions(analysis: Analysis, lexicon: Lexicon, extra: tuple[Mention, ...] = ()) -> list[Mention]:
    """Non-overlapping name mentions; trusted and longer spans win, in text order.  ``extra``
    are trusted mentions found outside this module (the dateline's place)."""
    model = model_mentions(analysis, lexicon)
    candidates = list(extra) + [m for m in gazetteer_mentions(analysis, lexicon) if not _inside_a_longer_name(m, model)]
    candidates += weapon_pattern_mentions(analysis, lexicon)
    candidates = [m for m in candidates + model if not _currency(analysis.text, m)]
    chosen: list[Mention] = []
    for mention in sorted(candidates, key=lambda m: (-m.trust, -(m.end - m.start), m.start)):
        if not any(m.start < mention.end and mention.start < m.end for m in chosen):
            chosen.append(mention)
        elif mention.trust == TRUST_MODEL:
            chosen.extend(_remainders(analysis.text, mention, chosen, lexicon))
    chosen = [m for m in chosen if not _class_of_named_system(analysis, m, chosen)]
    return _partnerships(analysis.text, sorted(chosen, key=lambda m: m.start))


_PARTNERS_BEFORE = re.compile(r"(?<![\w\-])((?:[A-Z][\w.'\u2019\-]*[ \t]+)*[A-Z][\w.'\u2019\-]*(?:,[ \t]+[A-Z][\w.'\u2019\-]*)*)[ \t]+(?:and|&)[ \t]+$")


_MORE_PARTNERS_BEFORE = re.compile(r"(?<![\w\-])((?:[A-Z][\w.'\u2019\-]*,[ \t]+)+)$")


def _partnerships(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Kelm and Co Inc", "Tovar, Lusk and Sons": a firm named for its partners is one
    name, though the model reads the partners as names of their own."""
    from .aliases import partnership_words  # aliases reads this module's Mention

    for mention in [m for m in mentions if m.type == "ORG" and m.trust == TRUST_MODEL]:
        words = [normalize_name(w) for w in mention.name.split()]
        if words[0] in partnership_words():
            pattern = _PARTNERS_BEFORE  # "Tovar and" before "Co Inc"
        elif any(a in ("and", "&") and b in partnership_words() for a, b in pairwise(words)):
            pattern = _MORE_PARTNERS_BEFORE  # "Tovar," before "Lusk and Co Inc"
        else:
            continue
        partners = pattern.search(text[max(0, mention.start - 80) : mention.start])
        if partners is None or any(normalize_name(w.strip(",")) in partnership_words() for w in partners.group(1).split()):
            continue  # "Tovar Corp, Lusk and Co": another firm ends before
        start = mention.start - len(text[max(0, mention.start - 80) : mention.start]) + partners.start(1)
        inside = [m for m in mentions if start <= m.start and m.end <= mention.start]
        if any(m.trust > TRUST_MODEL for m in inside):
            continue
        for partner in inside:
            mentions.remove(partner)
        mention.start, mention.name = start, text[start : mention.end]
    return mentions


def _inside_a_longer_name(mention: Mention, model: list[Mention]) -> bool:
    """An outlet's name opening a person's ("Dawn Okafor") or a company's with its legal form
    ("Reuters Holdings Plc"): the longer name the model saw is meant."""
    if mention.type != "OUTLET":
        return False
    for other in model:
        if other.start <= mention.start and mention.end < other.end:
            last = normalize_name(other.name.split()[-1])
            if (other.type == "PERSON" and other.start == mention.start) or (other.type == "ORG" and last in _LOWERCASE_LEGAL | {"plc", "ag", "sa", "nv", "group", "holdings"}):
                return True
    return False


def _currency(text: str, mention: Mention) -> bool:
    """ "US$ 40 billion", "A$": a country's letters before a dollar sign name a currency."""
    return text[mention.end : mention.end + 1] == "$"


def is_weapon_class(mention: Mention) -> bool:
    """A weapon class from the gazetteer ("cruise missiles"), not a named system."""
    return mention.type == "WEAPON" and mention.entry is not None and mention.canonical is None


def _class_of_named_system(analysis: Analysis, mention: Mention, chosen: list[Mention]) -> bool:
    """ "Hwasal-2 strategic cruise missiles": the class noun closing a named system's phrase
    says what the system is; it is not another weapon in the text."""
    if not is_weapon_class(mention):
        return False
    before = [m for m in chosen if m.type == "WEAPON" and not is_weapon_class(m) and m.end <= mention.start]
    if not before:
        return False
    name = max(before, key=lambda m: m.end)
    between = analysis.tokens_in(name.end, mention.start)
    if analysis.text[name.end : mention.start].strip() and not between:
        return False
    return len(between) <= 4 and all((t.text[:1].islower() and t.pos in ("ADJ", "NOUN", "VERB", "ADV")) or t.text == "-" for t in between)


def _remainders(text: str, mention: Mention, chosen: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """What is left of a model span around a trusted one: "Russia's TASS" keeps "Russia"."""
    pieces = []
    blockers = sorted((m for m in chosen if m.start < mention.end and mention.start < m.end), key=lambda m: m.start)
    cursor = mention.start
    for blocker in [*blockers, replace(mention, start=mention.end)]:
        start, end = _trim(text, cursor, max(cursor, blocker.start))
        piece = text[start:end].strip()
        if piece and piece[:1].isupper():
            start += len(text[start:end]) - len(text[start:end].lstrip())
            end = start + len(piece)
            country = lexicon.countries.lookup(piece)
            if country is not None:
                pieces.append(Mention(start, end, "COUNTRY", piece, country=country.alpha3, canonical=country.name))
        cursor = max(cursor, blocker.end)
    return [p for p in pieces if not any(m.start < p.end and p.start < m.end for m in chosen)]

"""Organizations the model missed, named right after a word for their kind.

"Aid charity Actionaid", "pressure group Freewatch", "airport operator Skyport": a capitalized
name the model left untyped, whose words lean on a noun for a kind of organization
(``org_descriptions.tsv``), is that organization.  The kind gives its sector when the Phoenix
agents know it ("charity" NGO), else a business word gives BUS.  The sector rides on the
mention as a role of kind ``kind``, which names no office.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...model import Analysis, Token
from ...resources import SectorWord, Title, normalize_name, org_sectors, read_table
from ...resources.phoenix import phoenix_agents
from .slots import name_runs
from .types import TRUST_MODEL, TRUST_PATTERN, Lexicon, Mention

_UNTYPED = {"", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"}  # labels the model gives words it never saw


def names_after_kinds(analysis: Analysis, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with the organizations named after a word for their kind: new where the
    model saw no name, retyped where it took the name for a person ("pressure group Freewatch":
    no person is a pressure group), given the kind where it saw an organization."""
    kinds = organization_kinds()
    result = list(mentions)
    for tokens in name_runs(analysis):
        start, end = tokens[0].start, tokens[-1].end
        overlapping = [i for i, m in enumerate(result) if m.start < end and start < m.end]
        same = overlapping[0] if len(overlapping) == 1 and (result[overlapping[0]].start, result[overlapping[0]].end) == (start, end) else None
        if overlapping and (same is None or not _retypable(result[same]) or result[same].roles):
            continue
        if same is None and any(t.ent_type not in _UNTYPED for t in tokens):
            continue
        name = analysis.text[start:end]
        if lexicon.countries.lookup(name) or lexicon.countries.demonym(name) or normalize_name(name) in lexicon.titles:
            continue
        described = _kind_words(analysis, tokens)
        if not described or described[-1].lemma.casefold() not in kinds:
            continue
        sector = _sector(described, kinds[described[-1].lemma.casefold()])
        words = " ".join(t.text.casefold() for t in described)
        kind = [Title(words, words, sector, "kind")]
        country = _country_before(analysis, described, lexicon)  # "UK sportswear firm Umbro": British
        if same is None:
            result.append(Mention(start, end, "ORG", name, trust=TRUST_PATTERN, roles=kind, country=country))
        elif result[same].type == "ORG":
            # the model's organization, now with its kind
            result[same] = replace(result[same], roles=kind, country=result[same].country or country)
        else:
            result[same] = replace(result[same], type="ORG", trust=TRUST_PATTERN, roles=kind, country=result[same].country or country)
    return result


def _country_before(analysis: Analysis, described: list[Token], lexicon: Lexicon) -> str | None:
    """The country a word right before the kind words names ("UK sportswear firm", "Italian
    dairy firm", "Chile's mining company"), or None."""
    first = described[0]
    index = first.i - 1
    # over a word or two of trade the parse left out of the kind ("UK sportswear firm")
    while index >= 0 and first.i - index <= 2 and analysis.tokens[index].text.islower() and analysis.tokens[index].pos in ("NOUN", "ADJ"):
        index -= 1
    if index < 0:
        return None
    before = analysis.tokens[index]
    if before.text in ("'s", "\u2019s") and index >= 1:
        before = analysis.tokens[index - 1]
    if before.sent != first.sent or not before.text[:1].isupper():
        return None
    if before.i >= 2 and analysis.tokens[before.i - 1].text == "-" and analysis.tokens[before.i - 1].sent == before.sent:
        joined = analysis.tokens[before.i - 2].text
        if lexicon.countries.lookup(joined) or lexicon.countries.demonym(joined):
            return None  # "US-German carmaker X": two countries say neither
    found = lexicon.countries.lookup(before.text) or lexicon.countries.demonym(before.text)
    return found.alpha3 if found is not None else None


def _retypable(mention: Mention) -> bool:
    """A person or organization, or a place only the model saw ("surfwear firm Quiksilver")."""
    return mention.type in ("PERSON", "ORG") or (mention.type == "PLACE" and mention.trust == TRUST_MODEL)


def organizations_by_last_word(analysis: Analysis, mentions: list[Mention]) -> list[Mention]:
    """A name the model took for a person whose last word is a kind of organization ("The
    New York Stock Exchange said", "the Citrus Growers Association") is that organization.
    A surname may be such a word ("Margaret Court"), so the name must be of three words or
    more, or follow "the", as no person's name does."""
    kinds = organization_kinds()
    sectors = org_sectors()
    result = []
    for mention in mentions:
        words = normalize_name(mention.name).split()
        last = words[-1] if words else ""
        # "Trans World Airlines": a kind in the plural ends a name as well
        kind_word = bool(words) and (last in kinds or last.removesuffix("s") in kinds or (last in sectors and sectors[last].in_names))
        before = analysis.tokens_before(mention.start, 1)
        led = bool(before) and before[-1].text.casefold() == "the"
        taken_for_person = mention.type == "PERSON" and mention.kind == "name" and kind_word and (len(words) >= 3 or led)
        if taken_for_person or _public_body_taken_for_place(mention, words, sectors):
            mention = replace(mention, type="ORG", roles=[])
        result.append(mention)
    return result


def _public_body_taken_for_place(mention: Mention, words: list[str], sectors: dict[str, SectorWord]) -> bool:
    """A name the model took for a place whose last word is a public body's ("Henderson County
    Sheriff's Department", "Orange County Superior Court"): the body, not the county.  Only a
    body of state: a place may end in a firm's word ("the West Bank")."""
    if mention.type != "PLACE" or mention.trust != TRUST_MODEL or mention.kind != "name" or len(words) < 2:
        return False
    if words[-1] == "office":  # "Alachua County Sheriff's Office": an office of a body of state
        return any(_public_body_word(word.removesuffix("'s"), sectors) for word in words[:-1])
    return _public_body_word(words[-1], sectors)


def _public_body_word(word: str, sectors: dict[str, SectorWord]) -> bool:
    head = sectors.get(word)
    return head is not None and head.in_names and not head.stands_for_country and head.sector in _PUBLIC_SECTORS


_PUBLIC_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG"})


@lru_cache(maxsize=1)
def organization_kinds() -> dict[str, str]:
    """The nouns for kinds of organization (``org_descriptions.tsv``) and how each finds its body."""
    return {row["word"]: row["finds"] for row in read_table("org_descriptions.tsv")}


def _kind_words(analysis: Analysis, name: tuple[Token, ...]) -> list[Token]:
    """The lower-case nouns just before the name that describe it ("aid charity"), in order:
    compounds of the name, or the noun the name stands in apposition to ("the mining company
    Rexfield", as the parser often reads it)."""
    inside = {t.i for t in name}
    set_off = _set_off_initials(analysis, name)
    if set_off:
        return set_off
    words: list[Token] = []
    index = name[0].i - 1
    while index >= 0:
        token = analysis.tokens[index]
        opens = token.i == 0 or analysis.tokens[token.i - 1].sent != token.sent
        if token.sent != name[0].sent or token.pos != "NOUN" or not (token.text.islower() or (opens and token.text[1:].islower())):
            break  # lower case, or capitalized only as the sentence's first word ("Pressure group X")
        leans = token.dep == "compound" and token.head in inside | {t.i for t in words}
        # "Shares in engineering group Jarvis": a kind word right before the name, wherever the parse hangs the name
        # (one word, modifying nothing after it: "developer Donald Trump" may be a person,
        # "producer ICO representatives" are people)
        right_before = not words and len(name) == 1 and name[0].dep != "compound" and token.i == name[0].i - 1 and token.lemma.casefold() in organization_kinds()
        if not leans and not right_before and not (not words and any(t.dep == "appos" and t.head == token.i for t in name)):
            break
        words.insert(0, token)
        index -= 1
    return words


def _set_off_initials(analysis: Analysis, name: tuple[Token, ...]) -> list[Token]:
    """ "the port union, FNV,": initials set off by a comma after the lower-case noun they
    stand in apposition to name that kind of organization (the noun and its lower-case
    compounds: "port union")."""
    first = name[0]
    if len(name) != 1 or not first.text.isupper() or not 2 <= len(first.text) <= 6 or first.dep != "appos" or first.i == 0:
        return []
    head = analysis.tokens[first.head]
    if analysis.tokens[first.i - 1].text != "," or head.pos != "NOUN" or not head.text.islower() or head.i >= first.i:
        return []
    compounds = [t for t in analysis.tokens[max(head.i - 3, 0) : head.i] if t.head == head.i and t.dep == "compound" and t.text.islower()]
    return [*compounds, head]


def _sector(words: list[Token], finds: str) -> str | None:
    agents = phoenix_agents()
    for start in range(len(words)):
        code = agents.lookup([t.text.casefold() for t in words[start:]])
        if code is not None:
            return code[:3]
    return "BUS" if finds == "business" else None

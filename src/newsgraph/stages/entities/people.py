"""People on no list, typed by what the text says of them.

The model knows common given names; a name made of words it has never seen comes back as an
organization, in pieces, or not at all.  A run of capitalized words (two to four, none of them
a word of organization, site or outlet names, a country, a nationality or a known actor) is a
person's name when the text says so (resources/person_cues.tsv, resources/titles.tsv):

- a title or a role noun stands right before it, or before a comma and it: "her Chilean
  counterpart Tavo Renn", "President Tavo Renn", "his deputy, Tavo Renn";
- it is the subject of a verb people do ("Tavo Renn arrived", "Tavo Renn said"), or the
  object of one done to people ("appointed Tavo Renn");
- it is joined by "and" to a person's full name, or shares its surname ("Vera Lusk and
  Tavo Renn", "Vera Lusk and Tavo Lusk").

The run replaces the model's pieces inside it ("Tavo" ORG + "Renn" untagged), and outranks the
model in the coreference vote, so every mention of the name is a person.
"""

from __future__ import annotations

from ...model import Analysis, Token
from ...resources import gender_words, normalize_name, person_cues
from ...resources.phoenix import phoenix_actors
from .namewords import organization_words
from .places import large_city_country
from .slots import name_runs
from .types import TRUST_MODEL, TRUST_PATTERN, Lexicon, Mention

_REPLACEABLE = ("PERSON", "ORG", "PLACE")
_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "dos", "das"})


def type_people(analysis: Analysis, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The mentions with names that the text makes people's typed PERSON (or added)."""
    result = list(mentions)
    for run in name_runs(analysis, _PARTICLES):
        tokens, titled = _without_titles(run, lexicon)
        if tokens and not titled and _unseen_organization(analysis, tokens, result):
            # "NEW YORK - Montgomery Securities said it ...": a name no person holds, the model missed
            result.append(Mention(tokens[0].start, tokens[-1].end, "ORG", analysis.text[tokens[0].start : tokens[-1].end], trust=TRUST_PATTERN))
            continue
        if not tokens or not _may_be_a_name(analysis, tokens, lexicon):
            continue
        start, end = tokens[0].start, tokens[-1].end
        inside = [m for m in result if m.start < end and start < m.end]
        cued = titled or _cue_before(analysis, tokens, lexicon) or _person_verb(analysis, tokens) or _beside_a_person(analysis.text, tokens, result)
        if not (cued or _model_person_head(tokens, inside)):
            continue
        if any(not _replaceable(m, run[0].start, end) for m in inside):  # "General Tavo Renn" as one ORG
            continue
        if titled and len(tokens) == 1 and any(m.type == "ORG" and m.start == run[0].start for m in inside):
            continue  # the model read title and word as one organization's name: "General Motors"
        if len(tokens) == 1 and not inside and not (_honorific(run[0], lexicon) or _office_title(run, tokens, lexicon)):
            continue  # a lone word the model did not see as a name: too little to add, unless "Mr Renn" or "King Renn"
        for mention in inside:
            result.remove(mention)
        result.append(Mention(start, end, "PERSON", analysis.text[start:end], trust=TRUST_PATTERN))
    return sorted(result, key=lambda m: m.start)


def _model_person_head(tokens: tuple[Token, ...], inside: list[Mention]) -> bool:
    """The model saw a person in the run's last word and the parse joins the words before it
    to that word: "Totor Kakur" when the model marked only "Kakur"."""
    last = tokens[-1]
    if not 2 <= len(tokens) <= 3 or not all(t.dep == "compound" and t.head == last.i for t in tokens[:-1]):
        return False
    if not any(m.type == "PERSON" and m.trust == TRUST_MODEL and m.start == last.start and m.end == last.end for m in inside):
        return False
    return phoenix_actors().lookup(last.text) is None  # "Old Labour": the model's surname is an organization's name


def _beside_a_person(text: str, tokens: tuple[Token, ...], mentions: list[Mention]) -> bool:
    """A full name of two words joined by "and" to a person's full name ("Vera Lusk and Tavo
    Renn"), or ending in the surname of one ("Vera Lusk and her brother Tavo Lusk")."""
    if len(tokens) != 2:
        return False
    start, end = tokens[0].start, tokens[-1].end
    for person in mentions:
        if person.type != "PERSON" or len(person.name.split()) < 2 or (person.start < end and start < person.end):
            continue
        if person.name.split()[-1] == tokens[-1].text and person.name.split()[0] != tokens[0].text:
            return True
        between = text[person.end : start] if person.end <= start else text[end : person.start]
        if between.strip() in ("and", "or"):
            return True
    return False


def _office_title(run: tuple[Token, ...], tokens: tuple[Token, ...], lexicon: Lexicon) -> bool:
    """A title of government right before the name ("King Renn", "President Renn"); a
    military or other title before one word names firms too ("General Motors")."""
    if len(run) < 2 or run[-1] is not tokens[0]:
        return False
    title = lexicon.titles.get(normalize_name(run[-2].text))
    return title is not None and title.kind == "title" and title.sector == "GOV"


def _honorific(token: Token, lexicon: Lexicon) -> bool:
    title = lexicon.titles.get(normalize_name(token.text))
    return title is not None and title.kind == "honorific"


def _without_titles(run: tuple[Token, ...], lexicon: Lexicon) -> tuple[tuple[Token, ...], bool]:
    """The run without the capitalized titles opening it ("President Tavo Renn"), and without
    the nationality before them ("Uruguayan President Tavo Renn")."""
    taken, titled = 0, False
    while taken < len(run) - 1 and (lexicon.is_title(run[taken].text) or lexicon.countries.demonym(run[taken].text)):
        titled = titled or lexicon.is_title(run[taken].text)
        taken += 1
    return (run[taken:], True) if titled else (run, False)


def _unseen_organization(analysis: Analysis, tokens: tuple[Token, ...], mentions: list[Mention]) -> bool:
    """A name of two words or more that the model did not see, ending in a word of
    organizations' names ("Montgomery Securities", "Phillips Petroleum"), as the subject of a
    verb people do: an organization speaking, as wire leads open after their dateline."""
    if not 2 <= len(tokens) <= 6 or tokens[0].text in _PARTICLES or normalize_name(tokens[-1].text) not in organization_words():
        return False
    start, end = tokens[0].start, tokens[-1].end
    return not any(m.start < end and start < m.end for m in mentions) and _person_verb(analysis, tokens)


def _may_be_a_name(analysis: Analysis, tokens: tuple[Token, ...], lexicon: Lexicon) -> bool:
    name = analysis.text[tokens[0].start : tokens[-1].end]
    words = [normalize_name(t.text) for t in tokens]
    if len(tokens) > 5 or any(w in organization_words() or w in lexicon.titles for w in words):
        return False
    if tokens[0].text in _PARTICLES or any((t.text.isupper() and len(t.text) > 1) or lexicon.countries.lookup(t.text) or lexicon.countries.demonym(t.text) for t in tokens):
        return False
    # a known actor is an organization's name, unless it opens with a given name: a person the
    # actor dictionaries list and the model missed ("Theresa May said", read as a month)
    known = phoenix_actors().lookup(name) is not None and tokens[0].text not in gender_words()["given"]
    return not known and large_city_country(name) is None


def _replaceable(mention: Mention, start: int, end: int) -> bool:
    """A model's guess inside the run (a piece of the name, or the name mistyped).  An
    organization the text names after a word for its kind ("cement firm Kelvar Lusk") stays one."""
    if any(role.kind == "kind" for role in mention.roles):
        return False
    return mention.trust == TRUST_MODEL and mention.type in _REPLACEABLE and start <= mention.start and mention.end <= end


def _cue_before(analysis: Analysis, tokens: tuple[Token, ...], lexicon: Lexicon) -> bool:
    """A title or role noun right before the name, or before a comma and the name."""
    before = [t for t in analysis.tokens_before(tokens[0].start, 2) if t.sent == tokens[0].sent]
    if before and before[-1].text == "," and len(before) == 2:
        before = before[:1]
    elif before and before[-1].text == ",":
        return False
    if not before:
        return False
    word = normalize_name(before[-1].text)
    title = lexicon.titles.get(word)
    return title is not None or word in person_cues().get("before", frozenset())


def _person_verb(analysis: Analysis, tokens: tuple[Token, ...]) -> bool:
    """The name (of two words or more) is the subject of a verb people do, or the object of
    one done to people ("appointed Tavo Renn")."""
    if len(tokens) < 2:
        return False
    inside = {t.i for t in tokens}
    head = next((t for t in tokens if t.head not in inside or t.head == t.i), None)
    slot = {"nsubj": "verb", "dobj": "object"}.get(head.dep, "") if head is not None else ""
    verb = analysis.token(head.head) if slot and head is not None else None
    return verb is not None and verb.lemma.casefold() in person_cues().get(slot, frozenset())

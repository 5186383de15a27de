"""Who a subject or object phrase stands for: entity, country, sector and CAMEO actor code.

- A named entity stands for itself. A person or organization with no country of its own is
  looked up in the Phoenix actor dictionaries (leaders and officials with their dates in
  office, international and non-state actors): "Abdelaziz Bouteflika" is DZAGOV, the U.N. is
  IGOUNO.
- A group noun stands for a group of its owner: the country, organization or person named in
  its modifiers or in an "of"/"from" phrase gives the country ("Fijian rebels", "U.N.
  helicopters", "Sudan's government", "leaders of the Azadliq coalition"); the noun itself
  gives the role through the Phoenix agent dictionary ("rebels" REB, "riot police" COP).
- An actor's code is written as the field writes it: country (or international) code, then
  the role code ("TURGOV", "SYRREB", "IGOUNO"); a country acting as itself is its code alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from ...model import Actor, Document, Entity, Quote, Token
from ...resources import Country, Title, countries, gender_words, normalize_name, org_sectors, speech_verbs, titles, weapon_nouns
from ...resources.phoenix import phoenix_actors, phoenix_agents, phrase_key
from ..dateline import body_start
from ..entities import entity_at
from ..entities.actors import qualifier_sectors, title_qualifiers
from ..entities.kinds import organization_kinds
from ..entities.places import division_country, large_city_country, state_country
from ..places.names import name_kinds
from ..timex.syntax import Syntax
from .lexicon import load_event_lexicon

NOT_ACTORS = frozenset({"OUTLET", "WEAPON", "EVENT"})
_SPEAKER_PRONOUNS = frozenset({"we", "i", "us", "me"})
_COMPASS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "upper",
        "lower",
    }
)
_TITLE_GAP = re.compile(r"(?:['’]s)?\)?[ \-]+(?:[A-Za-z\-]+ ){0,3}")  # title words only: no comma, no clause; "(ONIC) Director X": after the initials
_PRONOUN_KINDS = {"he": ("PERSON",), "she": ("PERSON",), "they": ("ORG", "COUNTRY"), "it": ("ORG", "COUNTRY")}
# Sentences looked back for a pronoun's entity: a person stays "he" or "she" across the short
# sentences of a quote ("... there's a message there," he said. "..." He urged ...).
_PRONOUN_REACH = {"he": 3, "she": 3, "they": 1, "it": 1}
# Object forms looked up as their subject forms.
_THIRD_PERSON = {"he": "he", "him": "he", "she": "she", "her": "she"}
# CAMEO codes of actors that belong to no one country.
_INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO", "EUR", "AFR", "ASA", "WST", "MEA", "SAM", "NAF", "SAF", "EAF", "WAF", "CAF"})
_OWNER_DEPS = frozenset({"compound", "poss", "amod", "nmod", "npadvmod"})
_OWNER_PREPS = frozenset({"of", "from"})
_WHERE_PREPS = frozenset({"in", "throughout", "across"})
_MEMBERSHIP_VERBS = frozenset({"base", "affiliate", "headquarter"})
_FLIGHT_VERBS = frozenset({"flee", "escape"})
_LEADING_VERBS = frozenset({"lead", "head"})
_GROUP_POSSESSIVES = frozenset({"their", "its"})
_OWNER_PRONOUN_OF = {"its": "it", "their": "they"}  # the pronoun a possessive stands for
_NOUNS = frozenset({"NOUN", "PROPN"})
# Phoenix writes media as MED; PLOVER's sector for journalists and media is JRN.
_SECTOR_OF_AGENT = {"MED": "JRN"}
_AGENT_OF_SECTOR = {"JRN": "MED"}


def children(syntax: Syntax, token: Token, *deps: str) -> list[Token]:
    return [syntax.tokens[i] for i in syntax.children.get(token.i, ()) if not deps or syntax.tokens[i].dep in deps]


def _plural_objects_before(syntax: Syntax, pronoun: Token) -> list[Token]:
    """The plural noun objects, before it, of the clause that governs the clause "they" is the
    subject of ("locked out union workers because they threatened")."""
    if pronoun.text.lower() != "they" or pronoun.dep != "nsubj":
        return []
    verb = syntax.tokens[pronoun.head]
    if verb.dep not in ("advcl", "ccomp") or verb.head == verb.i:
        return []
    governing = syntax.tokens[verb.head]
    # and those of a gerund or infinitive it holds ("was having difficulty hiring women
    # because they demanded")
    held = [v for c in children(syntax, governing) for v in (c, *children(syntax, c, "acl")) if v.tag in ("VBG", "VB") and v.dep in ("xcomp", "acl", "dobj") and v.i < pronoun.i]
    objects = [o for v in (governing, *held) for o in children(syntax, v, "dobj")]
    # "told reporters they would": those told the news are not who acts
    return [o for o in objects if o.tag == "NNS" and o.pos == "NOUN" and o.i < pronoun.i and agent_role(syntax, o) != "JRN"]


def _subject_of_its_condition(syntax: Syntax, pronoun: Token) -> Token | None:
    """The plural noun subject of the condition set before the clause "they" opens ("Had the
    relatives allowed him to go, they would have denied ...", "If the rebels attack, they
    will lose"): the ones the condition is about."""
    if pronoun.text.lower() != "they" or pronoun.dep != "nsubj":
        return None
    verb = syntax.tokens[pronoun.head]
    for clause in children(syntax, verb, "advcl"):
        opener = children(syntax, clause, "mark", "aux")
        subjects = [s for s in children(syntax, clause, "nsubj") if s.tag in ("NNS", "NNPS") and s.i < pronoun.i]
        # "if", "unless", or "had" set before the subject ("Had the relatives allowed")
        conditional = any(w.text.lower() in ("if", "unless") for w in opener) or any(w.text.lower() == "had" and subjects and w.i < subjects[0].i for w in opener)
        if conditional and subjects and clause.i < pronoun.i:
            return subjects[0]
    return None


def _subject_ahead(syntax: Syntax, pronoun: Token) -> Token | None:
    """The noun subject "it" or "they" points ahead to: that of the clause an adverbial clause
    holding the pronoun as its subject opens ("Explaining why it had asked the WTO, the trade
    office said"; "Before they left, the rebels burned the depot")."""
    if pronoun.text.lower() not in ("it", "they") or pronoun.dep not in ("nsubj", "nsubjpass"):
        return None
    node = syntax.tokens[pronoun.head]
    for _ in range(3):
        if node.dep == "advcl" or node.head == node.i:
            break
        node = syntax.tokens[node.head]
    main = syntax.tokens[node.head]
    if node.dep != "advcl" or main.i < node.i:
        return None
    subjects = [t for t in children(syntax, main, "nsubj", "nsubjpass") if t.i > node.i and t.pos in _NOUNS]
    if len(subjects) != 1 or (pronoun.text.lower() == "they") != (subjects[0].tag in ("NNS", "NNPS")):
        return None
    return subjects[0]


_BODIES = frozenset({"group", "delegation", "panel", "party", "unit"})  # role nouns for bodies, which may be "it"


def _reporter_of_its_plan(doc: Document, syntax: Syntax, pronoun: Token) -> Token | None:
    """The noun subject of the saying verb whose reported clause "it" or "they" opens, or whose
    subject "its" or "their" owns ("the group has said it has decided", "the banks said they
    would", "the union said its members would strike"): in news the one saying speaks of
    itself.  "It" is no person ("the spokesman said it would" is the spokesman's firm)."""
    word = _OWNER_PRONOUN_OF.get(pronoun.text.lower(), pronoun.text.lower())
    owned = syntax.tokens[pronoun.head] if pronoun.dep == "poss" else None  # "the guild said its members have struck"
    if word not in ("it", "they") or (owned or pronoun).dep not in ("nsubj", "nsubjpass"):
        return None
    clause = syntax.tokens[(owned or pronoun).head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    saying = syntax.tokens[clause.head]
    if saying.lemma.lower() not in speech_verbs():
        return None
    subjects = [t for t in children(syntax, saying, "nsubj") if t.pos in _NOUNS]
    if len(subjects) != 1 or (word == "they") != (subjects[0].tag in ("NNS", "NNPS")):
        return None
    subject = subjects[0]
    if word == "it":
        entity = entity_of(doc, subject)
        person = subject.lemma.lower() in role_nouns() - _BODIES or office_title(syntax, subject)
        if (entity is not None and entity.type == "PERSON") or (entity is None and person):
            return None
    return subject


def entity_of(doc: Document, token: Token) -> Entity | None:
    return entity_at(doc, token.start, token.end)


def actor_of(doc: Document, syntax: Syntax, token: Token) -> Actor | None:
    """The actor one subject or object word stands for, or None."""
    repeated = _subject_of_the_act_repeated(syntax, token)
    if repeated is not None:  # "Employers offered a rise. It also offered to cut hours": the employers
        return actor_of(doc, syntax, repeated)
    reporter = _reporter_of_its_plan(doc, syntax, token)
    if reporter is not None:  # "In an SEC filing, the group said it had decided to seek control": the group
        return actor_of(doc, syntax, reporter)
    entity = entity_of(doc, token)
    if entity is not None and token.pos == "PRON" and token.text.lower() in _THIRD_PERSON and _spoken_by(doc, token, entity) and not _saying(syntax, token):
        entity = pronoun_entity(doc, syntax, token, besides=entity.id)  # "He has apologised," Lee said: not Lee
        return as_actor(doc, entity) if entity is not None else None
    if entity is not None and token.pos == "PRON" and token.text.lower() in _THIRD_PERSON:
        holder = _office_holder_since(doc, syntax, token, entity) or _role_holder_before(doc, syntax, token, entity)
        if holder is not None:  # "Ann Lee spoke. The prime minister said ... But he rejected": the prime minister
            return holder
    if entity is not None:
        if entity.type in NOT_ACTORS or names_a_law(entity):
            return None
        return _of_the_country_told(doc, syntax, token, as_actor(doc, entity))
    if token.pos == "PRON":
        ahead = _subject_ahead(syntax, token)
        if ahead is not None:  # "Explaining why it had asked the WTO, the trade office said": the office
            return actor_of(doc, syntax, ahead)
        condition = _subject_of_its_condition(syntax, token)
        if condition is not None:  # "Had the relatives allowed it, they would have ...": the relatives
            return actor_of(doc, syntax, condition)
        objects = _plural_objects_before(syntax, token)
        if objects:  # "said it locked out union workers because they threatened": the workers
            return actor_of(doc, syntax, objects[0])
        role_holder = _role_holder_before(doc, syntax, token)
        if role_holder is not None:  # "The official dismissed the idea. He accused them ...": the official
            return role_holder
        chained = _subject_they_go_back_to(syntax, token)
        if chained is not None:  # "The Tories insisted ... They said ... And they pledged": the Tories
            return actor_of(doc, syntax, chained)
        speaker = _body_still_speaking(doc, syntax, token)
        if speaker is not None:  # "..., says the committee, the government may need to act. It is also calling on ..."
            return speaker
        group = _group_antecedent(doc, syntax, token, same_sentence=True)
        if group is not None:  # "opposition parties want more police but they accuse ministers"
            return group
        found = pronoun_entity(doc, syntax, token)
        if found is not None and token.text.lower() in _THIRD_PERSON and _spoken_by(doc, token, found):
            # "I have spoken to the majority leader and he has agreed," Lee said: not Lee
            found = pronoun_entity(doc, syntax, token, besides=found.id)
            return as_actor(doc, found) if found is not None else _title_named_before(doc, syntax, token)
        if token.text.lower() == "they" and (found is None or not _named_as_subject(syntax, found, token)):
            group = _group_antecedent(doc, syntax, token)
            if group is not None:  # "Prosecutors have targeted a ranch owned by X. They plan to seize it": a plural group, not X
                return group
        return as_actor(doc, found) if found is not None else _group_antecedent(doc, syntax, token)
    if token.pos == "ADJ":  # "Palestinian riots", "Israeli raids": a nationality acting as one
        country = demonym_country(token.text)
        return Actor(None, token.text, country, None, country) if country else _party_word(token)  # "Conservative policies"
    if token.pos == "NUM" and counted_members(syntax, token) is not None:
        return group_actor(doc, syntax, token)  # "two of its subsidiaries acquired a stake": they
    if token.pos not in _NOUNS:
        return None
    if _family_by_name(doc, syntax, token):
        return Actor(None, phrase(doc, syntax, token))  # "the Gonzalez relatives": the family, not one of them
    apposed = _apposed_name(doc, syntax, token)
    if apposed is not None:  # "the union's general secretary, Ann Lee, said": Ann Lee
        return apposed
    if _bare_members(syntax, token):  # "a committee of MPs found ... Members urged the government"
        return _group_antecedent(doc, syntax, token, number=_GROUP_PRONOUN_NUMBER["it"])
    named = countries().lookup(phrase(doc, syntax, token)) if token.pos == "PROPN" else None
    if named is None and token.pos == "PROPN":
        named = _misspelt_country(token.text)  # "Ethopia", "Afganistan"
    if named is not None:  # a country the entity stage left unnamed
        return _state_actor(named)
    party = _party_word(token, _capitalized_before(syntax, token))
    if party is not None:  # "Labour claims ...": a party the model took for a common noun
        return party
    listed = _listed_body(doc, syntax, token) if token.pos == "PROPN" else None
    if listed is not None:  # "The European Parliament has thrown out a bill": a body the model did not name
        return listed
    if _initials_as_agent(syntax, token):  # "were fined by AMF": a body the model did not name
        described = _described_before(syntax, token)  # "French regulator AMF ... fined by AMF": French
        initialled = actor_of(doc, syntax, described) if described is not None else None
        return initialled if initialled is not None and initialled.country else Actor(None, token.text, None, None, None)
    return group_actor(doc, syntax, token)


def _listed_body(doc: Document, syntax: Syntax, token: Token) -> Actor | None:
    """A body of many states the actor dictionaries list by the name its words make ("The
    European Parliament"), where the entity stage named nothing."""
    name = phrase(doc, syntax, token)
    code = phoenix_actors().lookup(name, _article_day(doc))
    if not code or code[:3] not in _INTERNATIONAL:
        return None
    return Actor(None, name, None, _SECTOR_OF_BODY.get(code[:3], code[:3]), code)


def _initials_as_agent(syntax: Syntax, token: Token) -> bool:
    """A body's initials alone in a passive's "by" phrase ("fined by AMF", "by the SEC"): only a
    body does things to others under its initials."""
    by = syntax.tokens[token.head]
    alone = not children(syntax, token, "compound", "amod", "poss")
    return token.pos == "PROPN" and token.dep == "pobj" and by.text.lower() == "by" and alone and _INITIALS.fullmatch(token.text) is not None


_INITIALS = re.compile(r"[A-Z]{2,6}")


def _described_before(syntax: Syntax, token: Token) -> Token | None:
    """The same initials earlier in the text with words describing them ("French regulator AMF")."""
    for earlier in reversed(syntax.tokens[: token.i]):
        if earlier.text == token.text and children(syntax, earlier, "compound", "amod"):
            return earlier
    return None


def _name_of_a_nearer_noun(syntax: Syntax, noun: Token, apposition: Token) -> bool:
    """An apposition the parse hung on a noun though another noun stands right before it with
    no comma: the name is that nearer noun's ("a shareholder in US phone firm MCI")."""
    first = min([apposition.i, *(c.i for c in children(syntax, apposition, "compound"))])
    before = syntax.tokens[first - 1] if first > 0 else None
    return before is not None and before.i != noun.i and before.pos in ("NOUN", "PROPN") and before.dep == "pobj"


def pair_named_before(doc: Document, syntax: Syntax, noun: Token) -> list[Actor]:
    """ "Mitsubishi struck a deal with Peugeot. The two firms signed ...", "between Egypt and
    Israel, the two countries have signed": a plural counted as two (``pair_noun``) stands for
    the two of its kind named before it in its sentence, else in the nearest of the two
    sentences before that names any; three or more named there say none.  Failing those, the
    only two people the text has given that title so far ("the two presidents")."""
    types = load_event_lexicon().cues.get("pair_noun", {}).get(noun.lemma.lower())
    if types is None or noun.tag != "NNS" or not any(k.text.lower() in ("two", "both") and k.dep in _COUNTING for k in children(syntax, noun)):
        return []
    kinds = frozenset(types.split())
    index = syntax.analysis.sentence_of(noun.start)
    for back in range(3):
        if index - back < 0:
            break
        sentence = syntax.analysis.sentences[index - back]
        end = noun.start if back == 0 else sentence.end
        named = _entities_in_order(doc, sentence.start, end, kinds)
        if len(named) == 2:
            return [as_actor(doc, entity) for entity in named]
        if named:
            break
        capitals = _capitals_in_order(doc, sentence.start, end) if "COUNTRY" in kinds else []
        if len(capitals) == 2:  # "trade between Helsinki and Moscow ... the two countries signed": their states
            return capitals
    # "Presidents X and Y signed ... The two presidents also agreed": the only two the text has
    # given that title so far
    titled = [e for e in _entities_in_order(doc, 0, noun.start, kinds) if noun.lemma.lower() in _role_words(e)]
    return [as_actor(doc, entity) for entity in titled] if len(titled) == 2 else []


_COUNTING = frozenset({"nummod", "det", "predet", "preconj", "quantmod"})


def _capitals_in_order(doc: Document, start: int, end: int) -> list[Actor]:
    """The states whose capitals are named in ``[start, end)``, each once, first named first."""
    states = [countries().capital(entity.name) for entity in _entities_in_order(doc, start, end, frozenset({"PLACE"}))]
    found = {state.alpha3: state for state in states if state is not None}
    return [_state_actor(state) for state in found.values()]


def _state_actor(country: Country) -> Actor:
    """A state as an actor, named by no entity: its government."""
    return Actor(None, country.name, country.alpha3, "GOV", country.alpha3)


def _entities_in_order(doc: Document, start: int, end: int, kinds: frozenset[str]) -> list[Entity]:
    """The entities of those types mentioned in ``[start, end)``, each once, first mention first."""
    inside = sorted(((m.start, entity) for entity in doc.entities if entity.type in kinds for m in entity.mentions if start <= m.start and m.end <= end), key=lambda pair: pair[0])
    return list({entity.id: entity for _, entity in inside}.values())


def _apposed_name(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    """The named one a common noun is set beside ("Russia's leader, Ivan Petrov,"): the noun
    only describes them; so is a title the parse took for a name for its capital ("Chairman of
    the board, Frank Naylor, urged")."""
    if noun.pos != "NOUN" and not (noun.pos == "PROPN" and entity_of(doc, noun) is None and office_title(syntax, noun)):
        return None
    for apposition in children(syntax, noun, "appos"):
        entity = entity_of(doc, apposition)
        if _name_of_a_nearer_noun(syntax, noun, apposition):
            continue  # "a shareholder in US phone firm MCI": MCI is the firm, not the shareholder
        listed = entity is not None and entity.type == "COUNTRY" and noun.lemma.lower() in _STATE_KINDS  # "six nations - the U.K., Canada"
        if entity is not None and (entity.type in ("PERSON", "ORG", "NORP") or listed) and not names_a_law(entity):
            named = as_actor(doc, entity)
            described = group_actor(doc, syntax, noun) if named.country is None else None
            if described is not None and described.country:  # "Britain's watchdog, the Audit Office": British
                named = replace(named, country=described.country, sector=named.sector or described.sector, code=code_of(described.country, named.sector or described.sector))
            return named
    return None


_STATE_KINDS = frozenset({"nation", "country", "state", "government", "power"})


def _subject_of_the_act_repeated(syntax: Syntax, pronoun: Token) -> Token | None:
    """The noun subject of the sentence before, when "it" or "they" does "also" the very act
    that subject did there: the same doer, whatever the pronoun's number ("Employers offered
    the union a rise. It also offered to cut hours")."""
    if pronoun.pos != "PRON" or pronoun.text.lower() not in ("it", "they") or pronoun.dep != "nsubj" or pronoun.head == pronoun.i:
        return None
    verb = syntax.tokens[pronoun.head]
    if not any(syntax.tokens[k].lemma.lower() in ("also", "too") for k in syntax.children.get(verb.i, ())):
        return None
    index = syntax.analysis.sentence_of(pronoun.start)
    if index <= 0:
        return None
    before = syntax.analysis.sentences[index - 1]
    for token in syntax.tokens_between(before.start, before.end):
        if token.lemma.lower() == verb.lemma.lower() and token.pos == verb.pos:
            subjects = [syntax.tokens[k] for k in syntax.children.get(token.i, ()) if syntax.tokens[k].dep == "nsubj"]
            return subjects[0] if subjects and subjects[0].pos in _NOUNS else None
    return None


def _subject_they_go_back_to(syntax: Syntax, pronoun: Token) -> Token | None:
    """The noun subject a run of sentences opening with the same subject pronoun goes back to
    ("The Tories insisted ... They said they would press Labour. And they pledged ...": the
    Tories), when the pronoun's sentence and the one before both have it as their subject."""
    word = pronoun.text.lower()
    index = _sentence_opened_by(syntax, pronoun, ("they", "it"))
    if index is None:
        return None
    for earlier in range(index - 1, max(index - 5, -1), -1):
        subject = _first_subject(syntax, earlier)
        if subject is None:
            return None
        if subject.text.lower() != word:
            # a noun that can be "they" or "it": the run goes back to it; the sentence right
            # before must itself open with the pronoun
            return subject if earlier < index - 1 and subject.pos in ("NOUN", "PROPN") else None
    return None


def _sentence_opened_by(syntax: Syntax, pronoun: Token, words: tuple[str, ...]) -> int | None:
    """The index of the pronoun's sentence, when the pronoun (one of ``words``) is its first
    subject and a sentence stands before it."""
    if pronoun.text.lower() not in words or pronoun.dep != "nsubj":
        return None
    index = syntax.analysis.sentence_of(pronoun.start)
    return index if index > 0 and _first_subject(syntax, index) is pronoun else None


def _first_subject(syntax: Syntax, index: int) -> Token | None:
    sentence = syntax.analysis.sentences[index]
    return next((t for t in syntax.tokens_between(sentence.start, sentence.end) if t.dep in ("nsubj", "nsubjpass")), None)


def _role_words(entity: Entity) -> set[str]:
    """The words of the roles the text gives a person ("prime minister" -> prime, minister)."""
    return {w for role in entity.roles for w in role.casefold().split()}


def _office_holder_since(doc: Document, syntax: Syntax, pronoun: Token, entity: Entity) -> Actor | None:
    """An office holder named only by title ("the prime minister") who is the subject of the
    sentence before the pronoun's, after the last mention of the entity the pronoun was given,
    when that entity holds another office ("Mr Clarke, the home secretary ... The prime minister
    said ... But he rejected": the prime minister). Someone whose office the text never gives
    may be the one the title names, and keeps the pronoun."""
    index = syntax.analysis.sentence_of(pronoun.start)
    if index <= 0 or not entity.roles:
        return None
    last = max((m.end for m in entity.mentions if m.end <= pronoun.start), default=-1)
    before = syntax.analysis.sentences[index - 1]
    start = max(last, before.start)
    held = _role_words(entity)
    titled = [
        t
        for t in syntax.tokens_between(start, syntax.analysis.sentences[index].start)
        if t.dep == "nsubj" and t.pos == "NOUN" and entity_of(doc, t) is None and office_title(syntax, t) and t.lemma.lower() not in held
    ]
    return group_actor(doc, syntax, titled[-1]) if titled else None


def _role_holder_before(doc: Document, syntax: Syntax, pronoun: Token, given: Entity | None = None) -> Actor | None:
    """'India's finance minister lashed out at ... He also called for ...': a "he" or "she"
    opening its sentence goes back to a person known only by role ("the official", "the
    finance minister") who opens the sentence before (or the run of sentences the pronoun
    opens), when no person is named after that subject: the subject of a sentence stays its
    topic, whoever else was named further back.  A person the pronoun was ``given`` keeps it
    unless the text gives that person other roles ("Mr Lee, the prime minister ... The prime
    minister said ... He": Mr Lee)."""
    word = pronoun.text.lower()
    index = _sentence_opened_by(syntax, pronoun, ("he", "she"))
    if index is None:
        return None
    for back in range(1, _PRONOUN_REACH[word] + 1):
        subject = _first_subject(syntax, index - back) if index - back >= 0 else None
        if subject is None or subject.text.lower() != word:
            break
    if subject is None or subject.pos != "NOUN" or subject.tag != "NN" or entity_of(doc, subject) is not None:
        return None
    if (subject.lemma.lower() not in role_nouns() or subject.lemma.lower() in _BODY_ROLES) and not office_title(syntax, subject):
        return None  # "His party called on ... He": a party is no "he"
    if any(e.type == "PERSON" and any(subject.end <= m.start < pronoun.start for m in e.mentions if m.start != pronoun.start) for e in doc.entities):
        return None  # "The minister met Ann Lee. She said ...": who "she" is, the text leaves open
    if given is not None and (not given.roles or subject.lemma.lower() in _role_words(given)):
        return None
    return group_actor(doc, syntax, subject)


# Role nouns that name a body, not a person: no "he" or "she" goes back to them.
_BODY_ROLES = frozenset({"party", "group", "unit", "panel", "delegation", "staff", "personnel"})


def _title_named_before(doc: Document, syntax: Syntax, pronoun: Token) -> Actor | None:
    """The office named by title alone earlier in the pronoun's sentence ("I have spoken to the
    majority leader and he has agreed"), for a "he" or "she" the speaker cannot be."""
    if pronoun.text.lower() not in ("he", "she", "him", "her"):
        return None
    start = syntax.analysis.sentences[syntax.analysis.sentence_of(pronoun.start)].start
    titled = [t for t in syntax.tokens_between(start, pronoun.start) if t.pos == "NOUN" and entity_of(doc, t) is None and office_title(syntax, t)]
    return group_actor(doc, syntax, titled[-1]) if titled else None


def _capitalized_before(syntax: Syntax, token: Token) -> str:
    """The capitalized words right before a word that modify it ("Liberal" of "Liberal
    Democrats"), with the word: the name they make together."""
    words = [token.text]
    index = token.i - 1
    while index >= 0 and syntax.tokens[index].head == token.i and syntax.tokens[index].dep in ("compound", "amod") and syntax.tokens[index].text[:1].isupper():
        words.insert(0, syntax.tokens[index].text)
        index -= 1
    return " ".join(words)


def _party_word(token: Token, name: str | None = None) -> Actor | None:
    """A capitalized word naming a listed party on its own ("Labour", "Tories"), or with the
    capitalized words before it ("Liberal Democrats", not the US "Democrats"), as its actor."""
    if not token.text[:1].isupper():
        return None
    whole = phoenix_actors().actor(name) if name and name != token.text else None
    found = whole or phoenix_actors().actor(token.text)
    code = found.code_on(None) if found is not None and found.source == "political_parties" else None
    if not code or len(code) < 3 or countries().countries.get(code[:3]) is None:
        return None
    return Actor(None, name if whole is not None and name else token.text, code[:3], "PTY", code)


def names_a_law(entity: Entity) -> bool:
    """'the Prevention of Terrorism Bill', 'the Human Rights Act', 'the White Paper': a law or
    state paper the model took for an organization (or a person) acts in and undergoes no
    event; its owner ("the government's Bill") does."""
    words = entity.name.split()
    if entity.type not in ("ORG", "PERSON", "WORK_OF_ART") or len(words) < 2:
        return False
    if entity.type == "PERSON" and words[0] in gender_words()["given"]:
        return False  # "Jack Law", "Ann Bill": a person whose surname is such a word
    return words[-1] in _LAW_WORDS or (words[-1] == "Paper" and words[-2] in _PAPER_COLOURS)


_LAW_WORDS = frozenset({"Bill", "Act", "Treaty", "Directive", "Law", "Regulation", "Regulations", "Charter", "Constitution"})
_PAPER_COLOURS = frozenset({"White", "Green"})


def _group_antecedent(doc: Document, syntax: Syntax, pronoun: Token, same_sentence: bool = False, number: frozenset[str] | None = None) -> Actor | None:
    """The body "it" or "they" stands for when no name gives one: the subject of its sentence
    or the one before ("an all-party committee said ... It blamed the department"), the last
    whose number agrees ("it" a singular noun, "they" a plural) and whose own word names a
    body that acts (a committee, police; not "people").  One in the pronoun's own sentence
    comes before any name the sentence before gives (``same_sentence``)."""
    number = _GROUP_PRONOUN_NUMBER.get(pronoun.text.lower()) if number is None else number
    index = syntax.analysis.sentence_of(pronoun.start)
    if number is None or index < 0:
        return None
    start = syntax.analysis.sentences[index if same_sentence else max(index - 1, 0)].start
    subjects = [t for t in syntax.tokens if start <= t.start < pronoun.start and t.dep in ("nsubj", "nsubjpass") and t.pos == "NOUN" and t.tag in number]
    for subject in reversed(subjects):
        role = agent_role(syntax, subject)
        named = role is not None and any(t.pos == "PROPN" for t in children(syntax, subject, "compound", "poss"))
        if role in _GENERIC_ROLES and not named:
            continue  # "people ... they": no body that acts; "United fans ... they" are one
        entity = entity_of(doc, subject)
        if entity is not None and entity.type in ("ORG", "COUNTRY"):
            return as_actor(doc, entity)  # "the company ... it": the firm "the company" was told to be
        found = group_actor(doc, syntax, subject)
        if found is not None:
            return found
    return None


def _named_as_subject(syntax: Syntax, entity: Entity, pronoun: Token) -> bool:
    """Whether the entity's last mention before the pronoun is a subject ("the Conservatives
    insisted ... They said": they are the Conservatives)."""
    before = [m for m in entity.mentions if m.end <= pronoun.start]
    if not before:
        return False
    last = max(before, key=lambda m: m.start)
    words = syntax.tokens_between(last.start, last.end)
    return any(w.dep in ("nsubj", "nsubjpass") for w in words)


def _bare_members(syntax: Syntax, noun: Token) -> bool:
    """'Members' alone as a subject, with nothing saying of what: the members of the body the
    story has just named."""
    return noun.lemma.lower() == "member" and noun.tag == "NNS" and noun.dep in ("nsubj", "nsubjpass") and not children(syntax, noun)


_GENERIC_ROLES = frozenset({None, "PPL", "CVL"})
_GROUP_PRONOUN_NUMBER = {"it": frozenset({"NN"}), "they": frozenset({"NNS"})}


def _quoted_speaker(doc: Document, token: Token) -> str | None:
    """The entity id of whoever speaks the quote a word sits in, if it sits in one."""
    quote = next((q for q in doc.quotes if q.content.start <= token.start < q.content.end), None)
    return quote.speaker if quote is not None else None


def quote_at(doc: Document, offset: int, own_words: bool = False) -> Quote | None:
    """The quote one of whose stretches holds ``offset`` (for a quote split by its attribution,
    one of its parts: "A," she said, "B"); with ``own_words``, only a speaker's own words
    between quotation marks, not reported speech."""
    for quote in doc.quotes:
        if (not own_words or quote.kind != "indirect") and any(part.start <= offset < part.end for part in quote.parts or (quote.content,)):
            return quote
    return None


def _body_still_speaking(doc: Document, syntax: Syntax, token: Token) -> Actor | None:
    """'It' or 'they' saying, urging or calling, right after a body unnamed by the entities
    spoke ("..., says the committee, the government may need to re-legislate. It is also
    calling on ..."): that body goes on speaking, not whoever its words were about. The body
    must be the subject of a verb of saying in the pronoun's sentence or the one before."""
    if token.text.lower() not in ("it", "they") or token.dep != "nsubj" or token.head == token.i:
        return None
    verb = syntax.tokens[token.head]
    if verb.lemma.lower() not in speech_verbs() and not load_event_lexicon().names_type(verb.lemma, _VERBAL_ACTS, ("V",)):
        return None
    index = syntax.analysis.sentence_of(token.start)
    start = syntax.analysis.sentences[max(index - 1, 0)].start if index >= 0 else token.start
    plural = token.text.lower() == "they"
    for candidate in reversed(syntax.tokens_between(start, token.start)):
        if _saying(syntax, candidate):
            if candidate.pos != "NOUN" or entity_of(doc, candidate) is not None or (candidate.tag == "NNS") != plural:
                return None  # a named speaker, or one the pronoun cannot be ("the minister ... they"): the pronoun rules decide
            if not plural and (candidate.lemma.lower() in role_nouns() or office_title(syntax, candidate)):
                return None  # "it" is no person ("the spokesman said ... it")
            found = group_actor(doc, syntax, candidate)
            return found if found is not None and found.sector not in (None, "MED", "PPL", "CVL") else None
    return None


_VERBAL_ACTS = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE"})


def _saying(syntax: Syntax, token: Token) -> bool:
    """'But he said ...': the subject of a verb of saying is the one who speaks, even where
    the quotes stage took the sentence for quoted words."""
    return token.dep == "nsubj" and token.head != token.i and syntax.tokens[token.head].lemma.lower() in speech_verbs()


def _spoken_by(doc: Document, token: Token, entity: Entity) -> bool:
    quote = quote_at(doc, token.start, own_words=True)
    return quote is not None and quote.speaker == entity.id


def pronoun_entity(doc: Document, syntax: Syntax, pronoun: Token, besides: str | None = None) -> Entity | None:
    """Who a pronoun the entity stage left open stands for: "we"/"I" in a quote is its
    speaker; "he"/"she" the person last named in its sentence or the three before, "they"/"it"
    the organization or country last named in its sentence or the one before.  ``besides`` is
    an entity the pronoun cannot be (the speaker of the quote a "he" sits in)."""
    word = _THIRD_PERSON.get(pronoun.text.lower(), pronoun.text.lower())
    if word in _SPEAKER_PRONOUNS:
        speaker = _quoted_speaker(doc, pronoun)
        found = next((e for e in doc.entities if speaker is not None and e.id == speaker), None)
        body = _body_spoken_for(doc, syntax, found) if found is not None and word in ("we", "us") else None
        return body or found
    kinds = _PRONOUN_KINDS.get(word)
    if kinds is None:
        return None
    index = syntax.analysis.sentence_of(pronoun.start)
    start = syntax.analysis.sentences[max(index - _PRONOUN_REACH[word], 0)].start if index >= 0 else pronoun.start
    subject = _last_named_subject(doc, syntax, pronoun, start, kinds) if word == "it" else None
    if subject is not None and subject.id != besides:
        return subject
    best: tuple[int, Entity] | None = None
    for entity in doc.entities:
        if entity.type not in kinds or entity.name.islower() or entity.id == besides:
            continue  # "the umbrella union for teachers": a description beside a name, not one
        for mention in entity.mentions:
            if word == "it" and _names_a_plural(syntax, mention.start, mention.end):
                continue  # "US agencies fear it could ...": "it" is neither the agencies nor their country
            if word == "it" and entity.type == "COUNTRY" and _describes_a_noun(syntax, mention.start, mention.end):
                continue  # "the US tycoon ... it had received": the word says whose he is, no antecedent
            if start <= mention.start < pronoun.start and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    if best is not None and word == "they" and _plural_noun_between(doc, syntax, best[0], pronoun):
        return None  # "Syria ... if you put a group of saints in this camp, they will": the saints
    return best[1] if best else None


def _plural_noun_between(doc: Document, syntax: Syntax, start: int, pronoun: Token) -> bool:
    """Whether a plural common noun of the pronoun's sentence stands between the name at
    ``start`` and the pronoun, outside every name and not described by the name ("US
    officials said they" are the US's)."""
    sentence = syntax.analysis.sentence_of(pronoun.start)
    opening = syntax.analysis.sentences[sentence].start if sentence >= 0 else pronoun.start
    named = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    for token in syntax.tokens_between(max(start, opening), pronoun.start):
        if token.pos != "NOUN" or token.tag != "NNS" or any(a <= token.start < b for a, b in named):
            continue
        described = any(a <= t.start < b for t in children(syntax, token, *_OWNER_DEPS) for a, b in named)
        if not described:
            return True
    return False


def _noun_described(syntax: Syntax, start: int, end: int) -> Token | None:
    """The word the name at ``start``-``end`` only modifies ("US" of "the US tycoon"), or None."""
    words = syntax.tokens_between(start, end)
    if not words or words[-1].dep not in ("compound", "amod", "nmod") or words[-1].head == words[-1].i:
        return None
    return syntax.tokens[words[-1].head]


def _describes_a_noun(syntax: Syntax, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` only modifies a common noun ("the US tycoon")."""
    head = _noun_described(syntax, start, end)
    return head is not None and head.pos == "NOUN"


def _names_a_plural(syntax: Syntax, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` only describes a plural noun ("US government agencies")."""
    head = _noun_described(syntax, start, end)
    if head is None:
        return False
    while head.dep == "compound" and head.head != head.i:
        head = syntax.tokens[head.head]
    return head.tag in ("NNS", "NNPS")


def _last_named_subject(doc: Document, syntax: Syntax, pronoun: Token, start: int, kinds: tuple[str, ...]) -> Entity | None:
    """For "it" as a subject, the last body named as the subject of a clause before it: "X is
    involved because it is being sued by Y. It had agreed ...": X, though Y was named last
    (the subject of a sentence stays its topic).  A name in apposition to a subject, or to
    what its "of" names, counts ("One of the bidders, the group X, said it ...")."""
    if pronoun.dep not in ("nsubj", "nsubjpass"):
        return None
    found = None
    for token in syntax.tokens_between(start, pronoun.start):
        if token.pos == "PROPN" and _clause_subject(syntax, token):
            entity = entity_of(doc, token)
            if entity is not None and (entity.type in kinds or _one_word_person(doc, entity)) and not entity.name.islower():
                found = entity  # not "the umbrella union for teachers": a description beside a name
    return found


def _one_word_person(doc: Document, entity: Entity) -> bool:
    """A 'person' named by one word only, with no title, role or honorific ("Yukos is suing
    ... It has also threatened"): a body the model took for a person, which "it" may stand for
    as the subject of the clause before. A person named in full, by title or as "Mr Vell" is
    never "it"."""
    if entity.type != "PERSON" or entity.roles or len(entity.name.split()) != 1 or any(len(m.text.split()) != 1 for m in entity.mentions):
        return False
    known = titles()
    for mention in entity.mentions:
        before = doc.article.text[max(0, mention.start - 12) : mention.start].split()
        title = known.get(normalize_name(before[-1])) if before else None
        if title is not None and title.kind == "honorific":
            return False
    return True


def _clause_subject(syntax: Syntax, token: Token) -> bool:
    """The subject of a verb that makes a clause (not of "based" in "UK-based"), or a name in
    apposition to one."""
    if token.dep == "appos" and token.head != token.i:
        token = syntax.tokens[token.head]
        while token.dep == "pobj" and syntax.tokens[token.head].dep == "prep":
            token = syntax.tokens[syntax.tokens[token.head].head]  # "One of the bidders, the group X,"
    if token.dep not in ("nsubj", "nsubjpass") or token.head == token.i:
        return False
    verb = syntax.tokens[token.head]
    return verb.pos in ("VERB", "AUX") and verb.dep not in ("amod", "compound", "acl", "npadvmod")


def _body_spoken_for(doc: Document, syntax: Syntax, speaker: Entity) -> Entity | None:
    """The organization a person speaking as "we" is described as an officer of ("X, regional
    director of the Heathland Alliance, said: 'We are ...'"): his title's "of" or "for" phrase
    or its owner, in apposition to one of his names.  "We" is then that body, not him."""
    if speaker.type != "PERSON":
        return None
    for span in speaker.mentions:
        names = syntax.tokens_between(span.start, span.end)
        inside = {t.i for t in names}
        heads = [t for t in names if t.head not in inside or t.head == t.i]
        for title in (t for head in heads for t in children(syntax, head, "appos") if t.pos == "NOUN" and _officer(syntax, t)):
            owners = [o for prep in children(syntax, title, "prep") if prep.text.lower() in ("of", "for") for o in children(syntax, prep, "pobj")]
            owners += children(syntax, title, "poss", "compound")
            for owner in owners:
                entity = entity_of(doc, owner)
                if entity is not None and entity.type == "ORG":
                    return entity
    return None


def _officer(syntax: Syntax, noun: Token) -> bool:
    """A title or a role that speaks for a body ("director", "spokesman"), not a "friend"."""
    lemma = noun.lemma.lower()
    return next(_titles_of(syntax, noun), None) is not None or lemma in role_nouns() or lemma in load_event_lexicon().words("speaks_for")


def group_actor(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    """'Fijian rebels', 'U.N. helicopters', 'leaders of the X coalition': a group and its owner;
    'thousands of teachers', 'a group of Yoruba leaders': the group its of-phrase names."""
    if _stance(syntax, noun):
        return None  # "the administration's opposition to a tax increase": a stance, no opposition party
    settlement = _settlement_named(doc, syntax, noun)
    if settlement is not None:  # "the town of Gao" is Gao, whether a list knows it or not
        return as_actor(doc, settlement)
    members = counted_members(syntax, noun)
    # "an overwhelming majority of Hughes Tool Co shareholders": the company's, whose
    # shareholders alone would deal with it from outside
    owned_share = members is not None and noun.lemma.lower() in _share_words() and _owner(doc, syntax, noun)[0] is not None
    if members is not None and not owned_share:
        found = actor_of(doc, syntax, members)
        return replace(found, name=_phrase_through(doc, syntax, noun, members)) if found is not None else None
    spoken_for = _spoken_for(doc, syntax, noun)
    if spoken_for is not None:  # "a Home Office spokesman", "a spokesman for the ministry": the body he speaks for
        return replace(spoken_for, name=phrase(doc, syntax, noun))
    if noun.lemma.lower() in _SPEAKING_FOR or noun.lemma.lower() == "member":
        # "the group said its representatives had met", "the guild said its members have struck": the group's
        owners = [found for word in children(syntax, noun, "poss") if word.pos == "PRON" and (found := _owner_of_pronoun(doc, syntax, word)) is not None]
        if owners:
            return replace(owners[0], name=phrase(doc, syntax, noun))
        if any(word.pos == "PRON" for word in children(syntax, noun, "poss")):
            return None  # someone's representatives, whoever they are, are no legislature
    role = agent_role(syntax, noun)
    if role is None and noun.lemma.lower() in _BODY_NOUNS and _of_a_state_body(syntax, noun):
        role = "GOV"  # "a government task force", "a ministry team": a body of the state
    if role == "GOV" and _of_a_business(syntax, noun):
        role = "BUS"  # "the company's president": an officer of a firm, no head of state
    owner, country = _owner(doc, syntax, noun)
    if owner is not None and _related_to_its_owner(syntax, noun):
        return _other_side(doc, syntax, noun)  # "its rival", "Iran's neighbours": not the owner
    holder = _holder_of_owned_thing(doc, syntax, noun) if owner is None and role is None else None
    holder = holder or (_teller_of_own_word(doc, syntax, noun) if owner is None and role is None else None)
    if holder is not None:  # "rejected the advice of the German chancellor": the chancellor
        return holder
    if owner is None and country is None and role is None:
        body = _body_of_role(doc, syntax, noun)
        if body is not None:  # "officials of major brokerage firms": the firms, by their officials
            return replace(body, name=phrase(doc, syntax, noun))
        if _states_as_a_group(syntax, noun):  # "donor nations", "Western countries": states, of no one country
            return Actor(None, phrase(doc, syntax, noun), None, "GOV", code_of(None, "GOV"))
        # "ethnic Turks": a people, though of no one state; "critics": those who speak against,
        # of no known side
        return Actor(None, phrase(doc, syntax, noun)) if _ethnic(syntax, noun) or _voice(noun) else None
    name = phrase(doc, syntax, noun)
    if owner is not None and role is None and noun.lemma.lower() in AFFAIRS and owner.type in ("COUNTRY", "PLACE") and not children(syntax, noun, "poss"):
        return None  # "investigating the Iran scandal": an affair named after a country is not the state's
    if owner is not None and role is None and _owned_thing(noun):
        # "backed the Home Office's powers", "branded Harry's actions stupid": the owner, not a group
        return as_actor(doc, owner)
    if owner is not None and owner.type == "COUNTRY" and _lender(syntax, noun) and children(syntax, noun, "poss"):
        # "the Philippines' commercial bank creditors", "Bolivia's creditor banks": a state's
        # lenders lend to it from abroad, of no country the phrase tells
        return Actor(None, name, None, role, code_of(None, role))
    if owner is not None:
        base = as_actor(doc, owner)
        # "the Albanians of Serbia" are no government: a country lends its country, not its sector
        sector = role or (None if owner.type == "COUNTRY" else base.sector)
        if owner.type == "ORG" and noun.lemma.lower() in _SPEAKING_FOR:
            sector, role = base.sector, base.sector  # "delegates from the Pork Producers Council" speak for it, no legislature
        # "a shareholder in MCI", "creditors of the firm", "a user of X's service": dealing with it
        # from outside, not it
        outside = _deals_from_outside(noun) and not children(syntax, noun, "poss")
        # "his board", "her group", "his administration": a person's body is not that person
        persons_body = owner.type == "PERSON" and (role is not None or noun.lemma.lower() in _BODY_NOUNS | _COMMITTEES)
        if owner.type == "PERSON" and role is None and noun.lemma.lower() in load_event_lexicon().words("following_noun"):
            # "supporters of Park", "his followers": people who follow a person hold none of their offices
            return Actor(None, name, base.country, None, code_of(base.country, None))
        entity = None if (outside and owner.type != "COUNTRY") or persons_body else owner.id
        return Actor(entity, name, base.country, sector, _group_code(base, role))
    if country is None and _the_state_body(syntax, noun, role) and _bare(syntax, noun):
        # "QUITO - ... The government banned", "BUDAPEST - ... Parliament approved": Ecuador's,
        # Hungary's, which the story names; with no dateline, the country the article is
        # about, when one stands far above the others
        country = home_country(doc) or article_country(doc, syntax, noun)
    elif country is None and role in _HOME_SECTORS and (noun.tag == "NNS" or role in _DOMESTIC_FORCES) and _unowned(syntax, noun) and not _from_elsewhere(syntax, noun):
        # "NEW DELHI - Opposition politicians, businessmen and newspapers criticised",
        # "WASHINGTON - Congressmen ... urged", "a grand jury": a wire story's own people, when their
        # sentence names no other country ("In Tokyo, he is due to meet private bankers")
        home = home_country(doc)
        if home is not None and not _other_country_in_sentence(doc, syntax, noun, home):
            country = home
    if country is None and role == "GOV" and noun.tag == "NNS" and _bare_noun(syntax, noun):
        # "Senior Belgian cabinet ministers reached an agreement ... as ministers ended a marathon
        # meeting": the same people, told again without their country
        country = _country_told_before(syntax, noun)
    if country is None and role == "GOV" and _of_a_state_body(syntax, noun) and _unowned(syntax, noun) and not _from_elsewhere(syntax, noun):
        # "TOKYO - ... A senior ministry official welcomed the scheme": the dateline state's;
        # with no dateline, "the Education and Agriculture ministries" of a story about Peru
        home = home_country(doc)
        described = [noun, *children(syntax, noun, "compound")]
        if home is None and not any(children(syntax, w, "amod", "prep") for w in described):  # not "local government officials in Hessen", "western government agencies"
            home = article_country(doc, syntax, noun)
        if home is not None and not _other_country_in_sentence(doc, syntax, noun, home):
            country = home
    if (
        country is None
        and (role in _DOMESTIC_FORCES or noun.dep in _AT_HOME_AS_ACTORS.get(role or "", ()))
        and _unowned(syntax, noun)
        and not _from_elsewhere(syntax, noun)
        and home_country(doc) is None
    ):
        # "prosecutors investigating the collapse", "police said": with no dateline, those of
        # the country the article is about, when their sentence names no other
        about = article_country(doc, syntax, noun)
        if about is not None and not _other_country_in_sentence(doc, syntax, noun, about):
            country = about
    return Actor(None, name, country, role, code_of(country, role))


def _of_a_business(syntax: Syntax, noun: Token) -> bool:
    """Whether the noun's owner is a common noun for a business ("the company's", "the bank's")."""
    sectors = org_sectors()
    return any(o.pos == "NOUN" and (found := sectors.get(o.lemma.lower())) is not None and found.sector == "BUS" for o in children(syntax, noun, "poss"))


def _states_as_a_group(syntax: Syntax, noun: Token) -> bool:
    """'donor nations', 'Western countries', 'tsunami-hit countries': states a word before the
    plural sets apart, a side of its own (the plural alone, "in many countries", names none)."""
    setting_apart = [m for m in children(syntax, noun, "amod", "compound") if m.i < noun.i and m.text.lower() not in ("foreign", "overseas")]
    return noun.tag == "NNS" and noun.lemma.lower() in _STATE_PLURALS and bool(setting_apart)  # "foreign nations": any


_STATE_PLURALS = frozenset({"nation", "country", "state", "government"})


def _of_a_state_body(syntax: Syntax, noun: Token) -> bool:
    """'a ministry official', 'government officials', 'Treasury sources': people named by the
    kind of state body they serve, not by its name."""
    return any(w.lemma.lower() in _STATE_BODY_WORDS for w in _with_their_modifiers(syntax, children(syntax, noun, "compound", "amod")))


def _with_their_modifiers(syntax: Syntax, modifiers: list[Token]) -> list[Token]:
    """A noun's modifiers and the nouns hung on them: "a government interministerial committee",
    whose "government" the parse hangs on "interministerial"."""
    return modifiers + [w for m in modifiers for w in children(syntax, m, "compound", "npadvmod")]


_STATE_BODY_WORDS = frozenset({"ministry", "government", "treasury", "cabinet", "administration"})
_SPEAKING_FOR = frozenset({"delegate", "representative"})
_BODY_NOUNS = frozenset({"force", "team", "panel", "body", "agency", "unit", "delegation", "mission", "board"})
# Bodies that take the kind of their members named before them
_COMMITTEES = frozenset({"committee", "council", "panel", "group"})


# Sectors that act only at home: a story's police and prosecutors are its country's.
_DOMESTIC_FORCES = frozenset({"COP", "JUD"})
# Those a story with no dateline places in the country it is about when they act (its
# subjects): its workers ("tube workers walked out" in a story on Buenos Aires's underground)
# and its demonstrators ("demonstrators blocked roads" in a story on riots in Algeria).
# Not as objects: "money to hire new workers" names no side to prefer for being national.
_AT_HOME_AS_ACTORS = {"LAB": ("nsubj", "nsubjpass"), "OPP": ("nsubj",)}  # those held are often foreigners


# Sectors of the people a wire story's dateline country holds when no other is said; no
# soldiers, rebels or bodies of many states.
_HOME_SECTORS = frozenset({"PTY", "OPP", "BUS", "LAB", "AGR", "LEG", "CVL", "EDU", "JUD", "COP", "JRN", "PPL"})


def _stance(syntax: Syntax, noun: Token) -> bool:
    """'opposition to the tax', 'resistance to the plan': a stance toward a thing, not the
    people who hold it."""
    return noun.lemma.lower() in load_event_lexicon().words("stance_noun") and any(p.text.lower() == "to" for p in children(syntax, noun, "prep"))


def _unowned(syntax: Syntax, noun: Token) -> bool:
    """No owner and no name or nationality among its modifiers ("opposition politicians" is
    unowned; "Labour politicians", "Kenyan farmers", "the union's members" are not)."""
    if children(syntax, noun, "poss", "nmod"):
        return False
    return not any(_a_name(syntax, m) or demonym_country(m.text) for m in children(syntax, noun, "compound", "amod"))


def _bare_noun(syntax: Syntax, noun: Token) -> bool:
    """A noun with no word of its own before it but an article ("ministers", "the officials")."""
    return not any(k.dep not in ("det", "punct") and k.i < noun.i for k in children(syntax, noun))


def _country_told_before(syntax: Syntax, noun: Token) -> str | None:
    """The one country a nationality word gave the same noun earlier in the story ("Belgian
    ministers"), if one did and none other."""
    found = {
        country
        for earlier in syntax.tokens[: noun.i]
        if earlier.pos == "NOUN" and earlier.lemma.lower() == noun.lemma.lower()
        for modifier in children(syntax, earlier, "amod", "compound")
        if (country := demonym_country(modifier.text)) is not None
    }
    return found.pop() if len(found) == 1 else None


def _a_name(syntax: Syntax, word: Token) -> bool:
    """A proper noun, but not a common word capitalized only as a sentence's first ("Tube workers")."""
    return word.pos == "PROPN" and (bool(word.ent_type) or syntax.sentence_span(word.start).start != word.start)


# Sectors of an office a wire story's dateline country holds when nothing says whose it is.
_HOME_OFFICES = frozenset({"GOV", "LEG", "JUD", "ELI"})


def _home_official(doc: Document, entity: Entity) -> str | None:
    """The dateline's country for an official of a wire story whose title names no country
    ("ROME, Feb 27 - ... Deputy Prime Minister Arnaldo Forlani", "WASHINGTON - Sen. Howard
    Metzenbaum"): when the story names that country, and no sentence that names the official
    names another country or a body whose office it could be ("ICO President X"). A ministry
    is the dateline's whatever other countries its sentences name ("TOKYO - U.S. banks expect
    Finance Ministry approval"): a foreign one is named with its country."""
    home = home_country(doc)
    if home is None:
        return None
    text = doc.article.text
    for mention in entity.mentions:
        start = text.rfind(".", 0, mention.start) + 1
        end = text.find(".", mention.end)
        end = len(text) if end < 0 else end
        # a country named far on in a long sentence is another matter ("... promised the committee
        # will work on a plan for an industry facing firms in London and Tokyo")
        near = min(end, mention.end + _OFFICE_REACH)
        if entity.type != "ORG" and _other_country_between(doc, start, near, home, besides=entity.id):
            return None
        if entity.type != "ORG" and any(  # a person's title may name a body of no country ("ICO President X")
            other.type == "ORG"
            and other.country is None
            and other.sector not in _HOME_OFFICES  # "Senate Budget Committee chairman X": a home body's office is home's too
            and any(start <= m.start < end for m in other.mentions)
            and _names_office(other, mention.start)
            and _a_known_body(doc, other)
            for other in doc.entities
        ):
            return None
    return home


_OFFICE_REACH = 100  # characters after an official's name where another country may make the office its


def _a_known_body(doc: Document, organization: Entity) -> bool:
    """A body the dictionaries know or one named by initials ("ICO President X"), not a
    portfolio the entity stage split from a title ("Economic Planning Secretary X")."""
    return _dictionary_code(doc, organization) is not None or any(word.isupper() and len(word) > 1 for word in organization.name.split())


def _names_office(organization: Entity, start: int) -> bool:
    """Whether the organization is named in the few words just before a person's name ("OPEC
    President X", "the ICO's executive director X"): the office is that body's."""
    return any(0 <= start - m.end <= 40 for m in organization.mentions)


def _from_elsewhere(syntax: Syntax, noun: Token) -> bool:
    """'foreign investors', 'Western diplomats', 'African producers', 'creditor banks': people
    of other countries or who deal with the country from outside; and the second of "foreign
    governments and companies", "U.S. Government and industry officials"."""
    outsiders = load_event_lexicon().words("stake_holder")
    if noun.lemma.lower() in _TRADING_SIDES or noun.lemma.lower() in outsiders:
        return True
    for node in (noun, *([syntax.tokens[noun.head]] if noun.dep == "conj" else [])):
        modifiers = children(syntax, node, "amod", "compound")
        if any(m.text.lower() in _ELSEWHERE or m.ent_type in ("NORP", "GPE", "LOC") or m.lemma.lower() in outsiders for m in modifiers):
            return True
        if node is not noun and (node.pos == "PROPN" or children(syntax, node, "poss")):
            return True
    return False


# Sides of a market that spans countries: "producers and consumers failed to agree".
_TRADING_SIDES = frozenset({"producer", "consumer", "exporter", "importer", "creditor"})


def _other_country_in_sentence(doc: Document, syntax: Syntax, noun: Token, home: str) -> bool:
    """Whether the sentence names a country other than ``home`` as more than a word naming a
    thing ("the Iran arms scandal" names an affair, not a side who might be meant): a country, a
    place of it, or its people ("mostly Kenyans")."""
    sentence = syntax.sentence_span(noun.start)
    start = max(sentence.start, body_start(doc))  # the dateline names the home itself
    for entity in doc.entities:
        country = entity.country or (place_country(doc, entity) if entity.type == "PLACE" else None)
        if entity.type == "OUTLET" or not country or country == home:
            continue
        for mention in entity.mentions:
            if start <= mention.start < sentence.end and not _names_a_thing(syntax, mention.start, mention.end):
                return True
    # "More than 5,500 people were injured, mostly Kenyans": a people named as a plural noun
    people = (demonym_country(t.text) for t in syntax.tokens_between(start, sentence.end) if t.tag in ("NNPS", "NNS") and t.text[:1].isupper())
    return any(country is not None and country != home for country in people)


def _names_a_thing(syntax: Syntax, start: int, end: int) -> bool:
    described = _noun_described(syntax, start, end)
    return described is not None and described.pos == "NOUN" and described.lemma.lower() in _AFFAIR_NOUNS


_AFFAIR_NOUNS = frozenset({"scandal", "affair", "crisis", "war", "conflict", "issue", "question", "deal", "sale", "arm", "arms", "policy", "talks", "case", "probe", "inquiry"})


def _other_country_between(doc: Document, start: int, end: int, home: str, besides: str | None = None) -> bool:
    """Whether an entity of a country other than ``home`` is named between the offsets (not an
    agency the sentence quotes: "..., Agence France Presse reported")."""
    return any(e.id != besides and e.type != "OUTLET" and e.country and e.country != home and any(start <= m.start < end for m in e.mentions) for e in doc.entities)


_ELSEWHERE = frozenset({"foreign", "overseas", "international", "western", "european", "world", "global", "visiting", "exiled", "expatriate", "offshore"})


_STATE_NOUNS = frozenset({"government", "authorities", "regime", "administration"})
# A state's one body of its kind, named alone ("Parliament approved", "the Senate voted")
_STATE_BODY_NOUNS = frozenset({"parliament", "legislature", "senate", "congress", "assembly", "diet"})


def _the_state_body(syntax: Syntax, noun: Token, role: str | None) -> bool:
    """'the government', 'the authorities', 'the central bank', 'Parliament', 'the Senate': a
    state's own government, central bank or legislature, said as the one there is."""
    lemma = noun.lemma.lower()
    if role == "GOV" and (lemma in _STATE_NOUNS or noun.text.lower() in _STATE_NOUNS):  # "authorities", whose lemma is "authority"
        # "authorities have named a suspect": the plural with no article is the state's too
        return _definite(syntax, noun) or (noun.text.lower() == "authorities" and not children(syntax, noun, "det"))
    if role == "GOV" and lemma == "bank" and noun.tag != "NNS" and any(a.text.lower() == "central" for a in children(syntax, noun, "amod")):
        return _definite(syntax, noun)  # "the central bank": a state has one
    return role == "LEG" and lemma in _STATE_BODY_NOUNS and noun.tag != "NNS" and (_definite(syntax, noun) or noun.tag == "NNP")


def _bare(syntax: Syntax, noun: Token) -> bool:
    """No word of its own says whose it is ("the Ecuadorean government", "the Federal government")."""
    if children(syntax, noun, "compound", "poss", "nmod"):
        return False
    return not any(demonym_country(a.text) for a in children(syntax, noun, "amod"))  # "the federal government" is bare


def _definite(syntax: Syntax, noun: Token) -> bool:
    return any(d.text.lower() == "the" for d in children(syntax, noun, "det"))


def home_country(doc: Document) -> str | None:
    """The country of the dateline's place, when the story also names that country: the state
    whose government "the government" of a wire story is, with no other named."""
    body = body_start(doc)
    if body <= 0:
        return None
    # the places stage knows a dateline's older name ("PEKING", "BOMBAY") the entity stage does not
    home = next((c for e in doc.entities if any(m.start < body for m in e.mentions) for c in [place_country(doc, e)] if c), None)
    named = any(_names_home(doc, e, home, body) for e in doc.entities)
    # or by its nationality word ("RIO DE JANEIRO - ... at 11 key Brazilian ports")
    named = named or any(demonym_country(word) == home for word in _CAPITALIZED.findall(doc.article.text, body))
    return home if named else None


def _names_home(doc: Document, entity: Entity, home: str | None, body: int) -> bool:
    """Whether the story's body names the dateline's country through ``entity``: the country
    itself, another of its places ("Senator X of New Mexico"), or a person or body of it the
    dictionaries know ("White House chief of staff Howard Baker"); an outlet is no sign, since
    a wire's own country stands behind stories from everywhere."""
    if home is None or not any(m.start >= body for m in entity.mentions):
        return False
    if entity.type == "COUNTRY":
        return entity.country == home
    if entity.type == "PLACE":
        return all(m.start >= body for m in entity.mentions) and place_country(doc, entity) == home  # not the dateline's place
    return entity.type in ("PERSON", "ORG") and entity.country == home


_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")


def article_country(doc: Document, syntax: Syntax, noun: Token | None = None) -> str | None:
    """The country an article is about: named (as a country, a place of it, a nationality
    word, or the country of a person or body it names) at least three times, and half as
    often again as any other.  Its own people weigh in: an article on a British debate about
    Iraq names Iraq often, but its ministers and parties are British.  Not when the sentence
    of ``noun`` names that country itself ("the government has offered the Indonesian
    government help": the bare one is another's)."""
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        if entity.country and entity.type != "OUTLET":
            counts[entity.country] += sum(1 for m in entity.mentions if _by_name(m.text))
    for token in syntax.tokens:
        if token.text[:1].isupper() and token.pos in ("ADJ", "PROPN") and token.ent_type == "NORP":
            found = demonym_country(token.text)
            if found:
                counts[found] += 1  # "the Argentine State", "Argentine economy minister"
    for entity in doc.entities:
        # an outlet weighs for a country the text otherwise names (the BBC in a story on British
        # politics), not for its own alone (an agency quoted on riots abroad: "AFP said")
        if entity.country and entity.type == "OUTLET" and counts[entity.country]:
            counts[entity.country] += sum(1 for m in entity.mentions if _by_name(m.text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) == 2 and 2 * ranked[0][1] < 3 * ranked[1][1]):
        return None
    country = ranked[0][0]
    return None if noun is not None and _sentence_names_country(doc, syntax, noun, country) else country


def _sentence_names_country(doc: Document, syntax: Syntax, noun: Token, country: str) -> bool:
    """Whether the sentence names that country's own state as another side ("the Indonesian
    government", "Indonesia's authorities"); "Britain's airports" leave the bare government
    Britain's."""
    sentence = syntax.sentence_span(noun.start)
    for token in syntax.tokens_between(sentence.start, sentence.end):
        head = syntax.tokens[token.head]
        if head.i == noun.i or (head.lemma.lower() not in _STATE_NOUNS and head.text.lower() not in _STATE_NOUNS):
            continue
        entity = entity_of(doc, token)
        named = entity.country if entity is not None and entity.type == "COUNTRY" else None
        if country in (named, demonym_country(token.text)):
            return True
    return False


def _by_name(text: str) -> bool:
    """A mention that names (not "the firm", "its", "he"): counts of names are not swayed by
    how often a text refers back to one it has named."""
    words = text.split()
    return bool(words) and words[0].casefold() not in _REFERRING_WORDS


_REFERRING_WORDS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "it", "he", "she", "they", "we", "i"})


def _family_by_name(doc: Document, syntax: Syntax, noun: Token) -> bool:
    """Kin named by the family name of a person the article tells of ("the Gonzalez
    relatives" of a story about Elian Gonzalez): the family, not that person."""
    if noun.pos != "NOUN" or noun.lemma.lower() not in load_event_lexicon().words("kin_noun") or children(syntax, noun, "poss"):
        return False  # "Canada's Reichmann brothers": the owner says who they are
    names = [m for m in children(syntax, noun, "compound") if m.pos == "PROPN"]
    return any((found := entity_of(doc, m)) is not None and found.type == "PERSON" for m in names)


def _related_to_its_owner(syntax: Syntax, noun: Token) -> bool:
    """A side named by its relation to the one that owns the word (kind ``other_side``): "its
    rival", "the neighbours of Iran", "Elian's cousins" (kind ``kin_noun``); not "Paris Club
    creditors", where the name is the side, nor "Canada's Reichmann brothers", a named family."""
    lexicon = load_event_lexicon()
    if noun.lemma.lower() in lexicon.words("kin_noun"):
        if any(m.pos == "PROPN" and m.ent_type not in _PLACE_LABELS for m in children(syntax, noun, "compound")):
            return False
        if any(p.text.lower() == "its" for p in children(syntax, noun, "poss")):
            return False  # "its former parent", "its sister company": a firm's, no person's kin
    elif noun.lemma.lower() not in lexicon.words("other_side"):
        return False
    if noun.lemma.lower() in _RELATIONS_OF_A_NAMED_STATE and any(_a_name(syntax, m) for m in children(syntax, noun, "compound")):
        return True  # "U.S. allies in Central America" are allies of the U.S. ("his U.S. counterpart" is American)
    return bool(children(syntax, noun, "poss")) or any(p.text.lower() == "of" for p in children(syntax, noun, "prep"))


_RELATIONS_OF_A_NAMED_STATE = frozenset({"ally", "neighbour", "neighbor"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # "Elian's Miami relatives": where they live, no family name


def _other_side(doc: Document, syntax: Syntax, noun: Token) -> Actor:
    """A side named by its relation to another ("its rival", "his Iraqi counterpart"): only a
    nationality word of its own says who it is."""
    modifiers = children(syntax, noun, "amod", "compound")
    country = next((found for m in modifiers if (found := demonym_country(m.text)) is not None), None)
    role = agent_role(syntax, noun)  # "his kidnappers": criminals, of no one's country
    sector = _SECTOR_OF_AGENT.get(role, role) if role else None
    return Actor(None, phrase(doc, syntax, noun), country, sector, code_of(country, sector))


def _holder_of_owned_thing(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    """The side an owned thing's of- or from-phrase names by its role or title ("the advice of
    the German chancellor", "an offer from an investor group"), which the thing stands for."""
    if not _owned_thing(noun):
        return None
    for prep in children(syntax, noun, "prep"):
        if prep.text.lower() in _OWNER_PREPS:
            for pobj in children(syntax, prep, "pobj"):
                if pobj.pos == "NOUN" and entity_of(doc, pobj) is None and not _owned_thing(pobj):
                    found = group_actor(doc, syntax, pobj)
                    if found is not None and found.sector is not None:
                        return found
    return None


def _teller_of_own_word(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    """'The head of a foreign bank said the central bank had dismissed his suggestion': an owned
    thing whose "his" or "her" names no one is the teller's, when a person described, not named,
    tells the clause it stands in."""
    if not _owned_thing(noun) or not any(w.text.lower() in ("his", "her") and entity_of(doc, w) is None for w in children(syntax, noun, "poss")):
        return None
    node = noun
    for _ in range(6):
        if node.head == node.i:
            return None
        governor = syntax.tokens[node.head]
        if node.dep == "ccomp" and governor.lemma.lower() in speech_verbs():
            break
        node = governor
    else:
        return None
    tellers = [t for t in children(syntax, governor, "nsubj") if t.pos == "NOUN" and entity_of(doc, t) is None]
    person_words = (role_nouns() - _BODIES) | load_event_lexicon().words("title_word")  # "a senior official", "the head of a bank"
    if len(tellers) != 1 or not (tellers[0].lemma.lower() in person_words or office_title(syntax, tellers[0])):
        return None
    teller = tellers[0]
    # "the head of another foreign bank": of the body he heads
    found = group_actor(doc, syntax, teller) or next(
        (body for prep in children(syntax, teller, "prep") if prep.text.lower() == "of" for o in children(syntax, prep, "pobj") if (body := actor_of(doc, syntax, o)) is not None), None
    )
    return replace(found, name=phrase(doc, syntax, teller)) if found is not None else None


# Affairs named after the country they concern ("the Iran scandal", "the Iraq question").
AFFAIRS = frozenset({"scandal", "affair", "question", "controversy", "saga"})


def _owned_thing(noun: Token) -> bool:
    """A plan, word, act or quality someone owns (kinds ``policy_noun``, ``statement_noun``,
    ``owned_act``), which stands for its owner; not a group of the owner's ("his officers")."""
    lexicon = load_event_lexicon()
    word = noun.lemma.lower()
    return any(word in lexicon.words(kind) or noun.text.lower() in lexicon.words(kind) for kind in ("policy_noun", "statement_noun", "owned_act"))


def _spoken_for(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    """The organization, office or state a spokesperson (kind ``speaks_for``) speaks for: the
    noun before it ("a Home Office spokesman", "a police spokeswoman", "a French foreign
    ministry spokesman") or its "for" or "of" phrase ("a spokesman for the Home Office"). The
    Phoenix agents make a spokesperson alone media (MED): one who speaks for a body is that body."""
    if noun.lemma.lower() not in load_event_lexicon().words("speaks_for"):
        return None
    bodies = [w for w in children(syntax, noun, "compound", "poss") if w.i < noun.i]
    bodies += [p for prep in children(syntax, noun, "prep") if prep.text.lower() in ("for", "of") for p in children(syntax, prep, "pobj")]
    for body in bodies:
        found = actor_of(doc, syntax, body)
        if found is not None and (found.entity or found.country or found.sector):
            return found
    return None


def _body_of_role(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    """The unnamed body whose people a role noun names by its "of" phrase ("officials of major
    brokerage firms", "leaders of several unions"), when that body has a known sector."""
    if noun.lemma.lower() not in role_nouns():
        return None
    for body in (p for prep in children(syntax, noun, "prep") if prep.text.lower() == "of" for p in children(syntax, prep, "pobj")):
        found = actor_of(doc, syntax, body)
        if found is not None and found.sector:
            return found
    return None


def inert_thing(doc: Document, syntax: Syntax, noun: Token) -> bool:
    """A noun that names a thing which does nothing of itself (kind ``inert_noun``: a
    directive, a list, a rule, a place, a prospect): "schemes backed by EU directives", "the
    lists ban calls", "the opportunity offered by its third place" are no one's act.  Names
    stay actors, and so do the texts people act through ("the report urged", "his speech called
    for": their authors)."""
    return noun.pos == "NOUN" and entity_of(doc, noun) is None and noun.lemma.lower() in load_event_lexicon().words("inert_noun")


def _settlement_named(doc: Document, syntax: Syntax, noun: Token) -> Entity | None:
    """The place of 'the town of X', 'the province of X' (the kind words of place_words.tsv)."""
    if normalize_name(noun.lemma) not in name_kinds().words["kind"]:
        return None
    for prep in children(syntax, noun, "prep"):
        if prep.text.lower() == "of":
            for pobj in children(syntax, prep, "pobj"):
                entity = entity_of(doc, pobj)
                if entity is not None and entity.type == "PLACE":
                    return entity
    return None


def counted_members(syntax: Syntax, noun: Token) -> Token | None:
    """The noun of 'thousands of X' / 'a group of X' / 'two of its subsidiaries' / 'a majority
    of X', or None."""
    if noun.lemma.lower() not in _quantity_words() and noun.lemma.lower() not in _share_words() and noun.pos != "NUM":
        return None
    for prep in children(syntax, noun, "prep"):
        if prep.text.lower() == "of":
            found = children(syntax, prep, "pobj")
            if found:
                return found[0]
    return None


def _quantity_words() -> frozenset[str]:
    return load_event_lexicon().words("quantity")


def _share_words() -> frozenset[str]:
    return load_event_lexicon().words("share")


def _group_code(owner: Actor, role: str | None) -> str | None:
    if not owner.code:
        return code_of(owner.country, role)
    if role is None or role in _INTERNATIONAL or owner.code.endswith(_AGENT_OF_SECTOR.get(role, role)):
        return owner.code  # "NATO peacekeepers": NATO's code, not IGO twice
    return owner.code[:3] + _AGENT_OF_SECTOR.get(role, role)


def _owner(doc: Document, syntax: Syntax, noun: Token) -> tuple[Entity | None, str | None]:
    """The entity named in the noun's modifiers or of-phrase, else a nationality word's country."""
    words = children(syntax, noun, *_OWNER_DEPS)
    words += [w for led in words if led.lemma.lower() == "lead" for w in children(syntax, led, "npadvmod")]  # "Saudi-led"
    words += [m for w in list(words) if w.dep == "compound" for m in children(syntax, w, "amod", "compound")]  # "Turkish Kurd refugees"
    for clause in children(syntax, noun, "acl", "relcl"):  # "a newspaper based in Beirut", "workers affiliated with X"
        if clause.lemma.lower() in _MEMBERSHIP_VERBS:
            words += [w for prep in children(syntax, clause, "prep") for w in children(syntax, prep, "pobj")]
        elif clause.lemma.lower() in _LEADING_VERBS:  # "a delegation led by the minister": the leader's side
            words += _leaders(syntax, clause)
        elif clause.lemma.lower() in _FLIGHT_VERBS:  # "refugees fleeing Syria", "... fleeing the war in Liberia"
            objects = children(syntax, clause, "dobj")
            objects += [o for holder in [clause, *objects] for prep in children(syntax, holder, "prep") for o in children(syntax, prep, "pobj")]
            words += objects
    for prep in children(syntax, noun, "prep"):
        if prep.text.lower() in _OWNER_PREPS:
            for pobj in children(syntax, prep, "pobj"):
                words += [pobj, *children(syntax, pobj, *_OWNER_DEPS)]
    country: str | None = None
    ethnic = _ethnic(syntax, noun)  # "ethnic Albanians in Serbia": a minority there
    nationality_at = -1
    for word in words:
        if ethnic and entity_of(doc, word) is None:
            continue
        entity = entity_of(doc, word) or _named_elsewhere(doc, word)
        if entity is not None and entity.type not in NOT_ACTORS and entity.type != "PLACE":
            return entity, entity.country
        if entity is not None and entity.type == "PLACE":
            country = country or place_country(doc, entity)  # "Darfur rebels": rebels of that country
        if entity is None and word.dep == "poss" and _the_country_word(syntax, word) and _of_its_country(syntax, noun):
            country = country or _country_referred(doc, syntax, word)  # "the country's biggest companies"
        if entity is None and word.dep == "poss" and word.lemma.lower() == "government" and _of_its_country(syntax, noun):
            state = actor_of(doc, syntax, word)  # "the government's wireless watchdog": the state the story's government is of
            country = country or (state.country if state is not None else None)
        if entity is None and word.pos == "PRON" and word.dep == "poss" and word.text.lower() in _GROUP_POSSESSIVES:
            country = country or _speaker_country(doc, syntax, noun)  # "the rebels said their forces ..."
        nationality = None if _continental(syntax, word) else demonym_country(phrase(doc, syntax, word)) or demonym_country(word.text)
        if nationality and (country is None or nationality_at == word.i - 1):
            # of two nationality words the one nearer the noun is the state: "Greek Cypriot" is Cypriot
            country, nationality_at = nationality, word.i
    if country is None and not ethnic and noun.ent_type == "NORP":
        country = demonym_country(noun.text)  # "all Americans in Kuwait" are Americans, wherever they are
    for prep in children(syntax, noun, "prep"):
        # "rebels in the Ivory Coast" (a weapon or a happening is no one's: "a car bomb in Kandahar")
        if prep.text.lower() in _WHERE_PREPS and country is None and not _weapon_or_happening(noun):
            # "officials in and around Miami": the place is the object of the joined preposition
            for pobj in [o for p in (prep, *children(syntax, prep, "conj")) for o in children(syntax, p, "pobj")]:
                # "police in the Comoros archipelago": a place named before the word for its kind
                kind_word = normalize_name(pobj.lemma) in name_kinds().words["natural"]
                for entity in (entity_of(doc, w) for w in (pobj, *(children(syntax, pobj, "compound") if kind_word else ()))):
                    country = country or (place_country(doc, entity) if entity is not None and entity.type in ("COUNTRY", "PLACE") else None)
    return None, country or (None if ethnic else demonym_country(noun.text))


def _named_elsewhere(doc: Document, word: Token) -> Entity | None:
    """The organization a proper noun before a noun names, where the model left it unnamed in
    this sentence but named it elsewhere ("The European Airbus Industrie consortium ...
    Airbus has signed"); not one a prefix sets apart ("Non-OPEC countries")."""
    if word.pos != "PROPN" or word.dep != "compound" or not word.text[:1].isupper():
        return None
    if word.i > 0 and word.start > 0 and doc.article.text[word.start - 1] == "-":
        return None
    named = [e for e in doc.entities if e.type == "ORG" and any(m.text == word.text for m in e.mentions)]
    return named[0] if len(named) == 1 else None


def _leaders(syntax: Syntax, clause: Token) -> list[Token]:
    """Who leads a group by a clause on it: the agent of "led by X", the subject of "a team he
    led" (not the group itself, "a team which led the talks")."""
    if clause.dep == "acl":
        return [w for agent in children(syntax, clause, "agent") for w in children(syntax, agent, "pobj")]
    if clause.tag not in ("VBD", "VBN") or (children(syntax, clause, "dobj") and not any(relative_word(o) for o in children(syntax, clause, "dobj"))):
        return []
    return [s for s in children(syntax, clause, "nsubj") if not relative_word(s)]


def relative_word(token: Token) -> bool:
    """'who', 'which', 'that': a relative pronoun, standing for the noun its clause is on."""
    return token.tag in ("WDT", "WP") or token.text.lower() in ("who", "which", "that", "whom")


def _owner_of_pronoun(doc: Document, syntax: Syntax, word: Token) -> Actor | None:
    """The one "its" or "their" stands for: a name, else the body its sentence or the one
    before tells of."""
    found = actor_of(doc, syntax, word)
    owner = _OWNER_PRONOUN_OF.get(word.text.lower())
    if found is None and owner is not None:
        found = _group_antecedent(doc, syntax, word, number=_GROUP_PRONOUN_NUMBER[owner])
    return found


def _of_the_country_told(doc: Document, syntax: Syntax, token: Token, actor: Actor) -> Actor:
    """'the country's Supreme Court': a body named without a country is the country's that
    "the country" stands for."""
    if actor.country is not None:
        return actor
    for word in children(syntax, token, "poss"):
        if _the_country_word(syntax, word) and entity_of(doc, word) is None:
            country = _country_referred(doc, syntax, word)
            if country is not None:
                return replace(actor, country=country, code=code_of(country, actor.sector))
    return actor


def _of_its_country(syntax: Syntax, noun: Token) -> bool:
    """A side "the country's" makes the country's own: a body or a group that acts ("the
    country's biggest firms"), not a thing ("the country's deal"), nor those who deal with it
    from outside ("the country's creditors")."""
    return not _deals_from_outside(noun) and agent_role(syntax, noun) is not None


_LENDERS = frozenset({"creditor", "lender"})


def _lender(syntax: Syntax, noun: Token) -> bool:
    """'creditors', 'creditor banks', 'commercial bank lenders', and a state's committee of
    banks ("its 13-bank advisory committee": its creditors' committee)."""
    modifiers = [m.lemma.lower() for m in children(syntax, noun, "compound", "amod")]
    if noun.lemma.lower() in _COMMITTEES and "bank" in modifiers:
        return True
    return noun.lemma.lower() in _LENDERS or any(m in _LENDERS for m in modifiers)


def _deals_from_outside(noun: Token) -> bool:
    """'shareholder', 'creditor', 'user' (kinds ``stake_holder`` and ``clientele``): one who
    deals with a firm or a state from outside, not of it."""
    lexicon, lemma = load_event_lexicon(), noun.lemma.lower()
    return lemma in lexicon.words("stake_holder") or lemma in lexicon.words("clientele")


def _the_country_word(syntax: Syntax, word: Token) -> bool:
    """'the country', 'the nation': a state the text has told before."""
    return word.lemma.lower() in ("country", "nation") and word.tag == "NN" and any(d.text.lower() == "the" for d in children(syntax, word, "det"))


def _country_referred(doc: Document, syntax: Syntax, word: Token) -> str | None:
    """The country "the country" stands for: the one named (by name or nationality word) in its
    sentence before it or in the two sentences before, else the one the article is about."""
    start = syntax.sentence_span(word.start).start
    for _ in range(2):
        if start == 0:
            break
        start = syntax.sentence_span(start - 1).start
    named: set[str] = set()
    for token in syntax.tokens_between(start, word.start):
        entity = entity_of(doc, token)
        if entity is not None and entity.type == "COUNTRY" and entity.country:
            named.add(entity.country)
        elif entity is None and token.ent_type == "NORP" and token.text[:1].isupper():
            nationality = demonym_country(token.text)
            named |= {nationality} if nationality else set()
    if len(named) == 1:
        return named.pop()
    return article_country(doc, syntax) if not named else None


def _speaker_country(doc: Document, syntax: Syntax, noun: Token) -> str | None:
    """The country of whoever reports the clause ``noun`` is a subject or object of ("Bosnian
    Serbs said their forces had withdrawn": the Bosnian Serbs')."""
    if noun.dep not in ("nsubj", "nsubjpass", "dobj") or noun.head == noun.i:
        return None
    clause = syntax.tokens[noun.head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    speech = syntax.tokens[clause.head]
    if speech.lemma.lower() not in load_event_lexicon().words("report_verb"):
        return None
    for subject in children(syntax, speech, "nsubj"):
        if subject.pos != "PRON":
            found = actor_of(doc, syntax, subject)
            if found is not None:
                return found.country
    return None


def _weapon_or_happening(noun: Token) -> bool:
    lemma = noun.lemma.lower()
    return lemma in weapon_nouns() or ("N", lemma) in load_event_lexicon().patterns


def place_country(doc: Document, entity: Entity) -> str | None:
    """A place's country: the entity's own, else the one the places stage resolved it to."""
    if entity.country:
        return entity.country
    return next((p.country for p in doc.places if p.entity == entity.id and p.country), None)


def _voice(noun: Token) -> bool:
    """'Critics had accused X', 'opponents say': people named by the stand they take (kind
    ``voice_noun``), an actor though of no known country or sector."""
    return noun.pos == "NOUN" and noun.lemma.lower() in load_event_lexicon().words("voice_noun")


def _ethnic(syntax: Syntax, noun: Token) -> bool:
    return noun.pos in _NOUNS and any(w.lemma.lower() == "ethnic" for w in children(syntax, noun, "amod"))


def _continental(syntax: Syntax, word: Token) -> bool:
    """ "Latin American debtors", "South American states": a continent's people, no country's."""
    before = syntax.tokens[word.i - 1].text.lower() if word.i > 0 else ""
    return word.text.lower() in ("american", "americans") and before in _AMERICAS


_AMERICAS = frozenset({"latin", "south", "central", "north"})


def demonym_country(word: str) -> str | None:
    """The country of a nationality word, plurals included ("Palestinians", "Israelis")."""
    gazetteer = countries()
    found = gazetteer.demonym(word) or gazetteer.people(word)
    return found.alpha3 if found is not None else None


def agent_role(syntax: Syntax, noun: Token) -> str | None:
    """The role code of a group noun ('riot police' COP, 'rebels' REB, 'military official'
    MIL), or None. A modifier alone gives the role only to a noun that names a person by role
    ('official', 'spokesman'): a 'police station' is no police."""
    modifiers = [t for t in children(syntax, noun, "compound", "amod") if t.i < noun.i]
    committee = noun.lemma.lower() in _COMMITTEES
    if committee:
        # "a government interministerial committee": a committee of the government
        sectors = org_sectors()
        kinds = [sectors[m.lemma.lower()].sector for m in _with_their_modifiers(syntax, modifiers) if m.lemma.lower() in sectors]
        if kinds and kinds[0] and kinds[0] != "PTY":  # an "all-party committee" is parliament's
            return kinds[0]
    agents = phoenix_agents()
    # a committee takes its members' kind from a modifier as a role noun does ("the bank advisory
    # committee": of banks)
    by_role = committee or noun.lemma.lower() in role_nouns()
    for start in range(len(modifiers) + 1):
        words = [t.text.lower() for t in modifiers[start:]] + [noun.text.lower()]
        code = agents.lookup(words)
        if code is not None and (by_role or agents.lookup(words[:-1] or ["\x00"]) != code):
            return _SECTOR_OF_AGENT.get(code[:3], code[:3])
    # a title the agent dictionary lacks: "the chancellor", "the foreign secretary"; a shadow
    # secretary speaks for the opposition (``title_qualifiers.tsv``)
    sector = next((t.sector for t in _titles_of(syntax, noun) if t.sector), None)
    qualified = next((qualifier_sectors()[m.text.lower()] for m in modifiers if m.text.lower() in qualifier_sectors()), None)
    return qualified if sector and qualified else sector


def modifier_side(word: Token) -> Actor | None:
    """The side a group word names when it stands as a modifier ("a rebel attack", "an army
    offensive"): the agent dictionary's role for that word alone."""
    code = phoenix_agents().lookup([word.text.lower()])
    if code is None:
        return None
    sector = _SECTOR_OF_AGENT.get(code[:3], code[:3])
    return Actor(None, word.text, None, sector, code_of(None, sector))


def _titles_of(syntax: Syntax, noun: Token) -> Iterator[Title]:
    """The titles the noun with its modifiers names, longest first ("shadow home secretary",
    "home secretary", "secretary")."""
    modifiers = [t for t in children(syntax, noun, "compound", "amod") if t.i < noun.i]
    known = titles()
    for start in range(len(modifiers) + 1):
        # "world leaders" is the title "world leader" said of several (a one-word title in the
        # plural, "officials", names a kind of people, not the title's sector)
        for head in dict.fromkeys((noun.text, noun.lemma) if start < len(modifiers) else (noun.text,)):
            title = known.get(normalize_name(" ".join([t.text for t in modifiers[start:]] + [head])))
            if title is not None:
                yield title
                break


def office_title(syntax: Syntax, noun: Token) -> bool:
    """Whether the noun (with its modifiers) names an office ("the prime minister", "the
    foreign secretary"), not a role that speaks for others ("his spokesman", "an official")."""
    title = next(_titles_of(syntax, noun), None)
    return title is not None and title.kind == "title"


def role_nouns() -> frozenset[str]:
    """Nouns naming a person by role, whose modifier says the role ('military official')."""
    return load_event_lexicon().words("role_noun")


def host_city_country(name: str) -> str | None:
    """The country of the capital or large city an occasion is named after ("the Beijing
    Olympics", "the Sochi Games"): the model reads such a name as one EVENT, so no place of the
    sentence says where it is held."""
    words = name.split()
    for size in (2, 1):
        for first in range(len(words) - size + 1):
            piece = " ".join(words[first : first + size])
            if piece[:1].isupper():
                capital = countries().capital(piece)
                found = capital.alpha3 if capital is not None else large_city_country(piece)
                if found is not None:
                    return found
    return None


# The sector an international code's first part gives, whatever role follows it or the name
# suggests ("World Bank" is no bank of business, IGOUNODEVWBK; a multinational is a business).
_SECTOR_OF_BODY = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS"}


def as_actor(doc: Document, entity: Entity) -> Actor:
    """The actor an entity stands for, with its code; the dictionaries fill a missing country."""
    country, sector = entity.country, entity.sector
    community = _communitys_commission(doc, entity)
    if community is not None:
        return Actor(entity.id, entity.name, None, "IGO", community)
    if country is None and entity.type == "PERSON":
        country = _country_after(doc, entity)  # "King Hassan of Morocco", "X, Algeria's leading activist"
    known = _dictionary_code(doc, entity) if entity.type in ("PERSON", "ORG") else None
    if known is not None and len(known) >= 3 and (countries().countries.get(known[:3]) or known[:3] in _INTERNATIONAL):
        region = known[:3]
        if country is None and countries().countries.get(region) is not None:
            country = region
        coded_sector = sector or ("BUS" if region == "MNC" else None) or _SECTOR_OF_AGENT.get(known[3:6], known[3:6]) or None
        if country is None or known.startswith(country) or (region == "MNC" and known[3:6] == country):
            # "the IMF" (IGOBUSIMF) is a body of states, not a business
            return Actor(entity.id, entity.name, country, _SECTOR_OF_BODY.get(region, coded_sector), known)
        sector = coded_sector
    if entity.type == "COUNTRY":
        return Actor(entity.id, entity.name, country, sector, country)
    if country is None and entity.type == "PERSON":
        office = _office_of(doc, entity)  # "Arab League Secretary General Chadli Klibi"
        if office is not None:
            return Actor(entity.id, entity.name, office.country, sector or office.sector, office.code)
    if country is None and entity.type in ("ORG", "PERSON"):
        country = _country_in_name(entity.name, entity.type == "PERSON")  # "Bosnian Serb Army", "Kenya Airways"
    if country is None and entity.type == "ORG":
        country = _country_before(doc, entity)  # "the US Congress", "Iraq's parliament"
    if country is None and sector is None and entity.type == "PERSON" and _state_title_before(doc, entity):
        sector = "GOV"  # "Economic Planning Secretary Solita Monsod": a title the entity stage split from its name
    if country is None and entity.type == "PERSON" and _us_party_tag(doc, entity):
        country = "USA"  # "Sen. David Boren (D-Okla.)": a member of a US party, of his state
    if country is None and entity.type == "PERSON" and sector in _HOME_OFFICES:
        country = _state_spoken_for(doc, entity)  # "Brazil is not happy ..., Finance Minister X said"
    if country is None and entity.type in ("PERSON", "ORG") and sector in _HOME_OFFICES:
        # "ROME - Deputy Prime Minister Arnaldo Forlani", "TOKYO - The Finance Ministry said"
        country = _home_official(doc, entity)
    if country is None and entity.type == "ORG" and sector in _LOCAL_BODIES and not _of_many_states(entity.name):
        # "the Osun State Police Command": a body of the place its name holds; "the city's
        # Planning and Zoning Commission": of the country the story's places are in
        country = _place_in_name(entity.name) or _country_of_its_places(doc)
    if country is None and entity.type == "PERSON" and _local_office(entity):
        country = _country_of_its_places(doc)  # "Councilman Robert Rivera, who represents southeast Arlington"
    if country is None and entity.type == "PLACE":
        # the places stage's country, else the one a region names ("South Lebanon", "northern Iraq")
        country = place_country(doc, entity) or _region_of_country(entity.name)
    if entity.type == "ORG" and sector is None:
        # "Nursing Centers of America": a body of that country of no known kind, not its state
        return Actor(entity.id, entity.name, country, None, None)
    return Actor(entity.id, entity.name, country, sector, code_of(country, sector))


def _state_spoken_for(doc: Document, official: Entity) -> str | None:
    """The country an official speaks for: the one that opens the first thing they are
    reported saying ("Brazil is not happy with the committee, Finance Minister X said")."""
    said = sorted((q for q in doc.quotes if q.speaker == official.id), key=lambda q: q.content.start)
    if not said or said[0].kind != "indirect" or '"' in doc.article.text[said[0].content.start : said[0].content.end]:
        return None  # the reporter's words, not a quotation that may open on another's name
    first = max(said[0].content.start, body_start(doc))  # "CHICAGO, March 4, - South Korea's surplus ...": after the dateline
    opening = {e.country for e in doc.entities if e.type == "COUNTRY" and e.country and any(m.start == first for m in e.mentions)}
    return opening.pop() if len(opening) == 1 else None


def _state_title_before(doc: Document, person: Entity) -> bool:
    """Whether a state's title word stands right before one of the person's names ("...
    Planning Secretary Solita Monsod", "Finance Minister X")."""
    text = doc.article.text
    for mention in person.mentions:
        words = text[max(0, mention.start - 60) : mention.start].split()
        if words and text[mention.start - 1 : mention.start] == " " and words[-1] in _STATE_TITLE_WORDS:
            # "TUC General Secretary X", "Shadow Home Secretary X": a union's or the opposition's
            return not any(word.lower() in _NOT_OF_THE_STATE for word in words[-4:-1])
    return False


_NOT_OF_THE_STATE = frozenset({"general", "shadow", "party", "union", "assistant"})


_STATE_TITLE_WORDS = frozenset({"Minister", "Secretary", "Governor", "Chancellor", "Premier", "Ambassador", "Senator", "Sen."})


def _country_before(doc: Document, organization: Entity) -> str | None:
    """The country named right before an organization's name: a country's name ("US
    Congress", "Iraq's parliament") or a nationality word ("the Iraqi Army")."""
    text = doc.article.text
    for mention in organization.mentions:
        for entity in doc.entities:
            if entity.type != "COUNTRY" or entity.country is None:
                continue
            if any(other.end <= mention.start and text[other.end : mention.start] in _COUNTRY_GAPS for other in entity.mentions):
                return entity.country
            if any(other.end <= mention.start and _described_as_its(text[other.end : mention.start]) for other in entity.mentions):
                return entity.country  # "India's biggest oil exploration firm, Oil & Natural Gas Corp"

        before = text[max(0, mention.start - 30) : mention.start].split()
        if before:
            found = demonym_country(before[-1])
            if found is not None:
                return found
    return None


_COUNTRY_GAPS = frozenset({" ", "'s ", "\u2019s ", "-"})
# "'s biggest oil exploration firm, ": a country's firm described before its name
_ITS_FIRM = re.compile(r"(?:'s|\u2019s) (?:[a-z][a-z-]* ){0,5}(?P<kind>[a-z]+), ")


def _described_as_its(gap: str) -> bool:
    found = _ITS_FIRM.fullmatch(gap)
    return found is not None and found["kind"] in organization_kinds()


def _us_party_tag(doc: Document, person: Entity) -> bool:
    """Whether a mention of the person is followed by a US party and state tag ("Rep. Dan
    Glickman (D-Kan.)", "Sen. Rudy Boschwitz (R-Minn.)")."""
    text = doc.article.text
    return any(_PARTY_TAG.match(text, mention.end) for mention in person.mentions)


# "(D-Kan.)", "(R-Minn.)", "(D-N.Y.)", "(I-Vt.)": party, hyphen, a state's news abbreviation
_PARTY_TAG = re.compile(r"\s*\((?:D|R|I)-[A-Z][A-Za-z.]{1,5}(?:\s[A-Z][a-z.]{1,5})?\)")


def _office_of(doc: Document, person: Entity) -> Actor | None:
    """The organization named in a person's title right before their name ("U.N. envoy X",
    "Arab League Secretary General X") or in an apposition right after it ("X, the United
    Nations relief coordinator"), as an actor with a country or code, or None."""
    text = doc.article.text
    for mention in person.mentions:
        pronoun = text[mention.start : mention.end].lower() in _PERSONAL_PRONOUNS
        for entity in doc.entities:
            if entity.type not in ("ORG", "COUNTRY") or entity.id == person.id:
                continue
            for other in entity.mentions:
                gap = text[other.end : mention.start] if other.end <= mention.start else ""
                before = 0 <= mention.start - other.end <= 40 and _TITLE_GAP.fullmatch(gap) is not None and _opens_with_a_title(gap)
                # "the Conservative leader said in his" holds a title; "told the Commission he" none
                before = before and not (pronoun and not gap.strip())
                after = entity.type == "ORG" and mention.end <= other.start and _APPOSITION_GAP.fullmatch(text[mention.end : other.start])
                # "The Bank of England ..., its governor, Robin Leigh-Pemberton, said": the title apposed to "its"
                its = text[other.start : other.end].lower() == "its" and 0 <= mention.start - other.end <= 40 and _ITS_TITLE_GAP.fullmatch(gap) is not None
                # "NATO's spokesman, Ted Vell, said": the title owned by the name, apposed to the person
                owned = 0 <= mention.start - other.end <= 40 and _OWNED_TITLE_GAP.fullmatch(gap) is not None and _ends_with_a_title(gap)
                before = before or owned or (its and _opens_with_a_title(gap.strip(" ,")))
                if before or after:
                    office = as_actor(doc, entity)
                    if before and entity.type == "COUNTRY":
                        office = _of_the_title(office, gap)  # "US tycoon X": an American businessman
                    if office.country or office.code:
                        return office
    return None


def _of_the_title(state: Actor, title: str) -> Actor:
    """A country's person by the sector the title words give ("tycoon": BUS, "activist": OPP),
    the state's own (GOV) when they give none ("US envoy X")."""
    agents = phoenix_agents()
    found = [code for word in title.lower().split() if (code := agents.lookup([word])) is not None]
    sector = _SECTOR_OF_AGENT.get(found[-1][:3], found[-1][:3]) if found else None
    if sector is None or sector == state.sector:
        return state
    return Actor(state.entity, state.name, state.country, sector, code_of(state.country, sector))


@lru_cache(maxsize=1)
def _title_vocabulary() -> frozenset[str]:
    """Every word of a title or role noun, the qualifiers before titles, and the other words of
    titles (kind ``title_word``: "deputy", "tycoon")."""
    words = {word for title in titles() for word in title.split()}
    return frozenset(words | set(role_nouns()) | set(title_qualifiers()) | load_event_lexicon().words("title_word"))


def _ends_with_a_title(gap: str) -> bool:
    """'s media coordinator, ': the words end with a title or an agent noun."""
    words = _gap_words(gap)
    return bool(words) and _a_title_word(words[-1])


def _opens_with_a_title(gap: str) -> bool:
    """'U.N. envoy ', "Arab League Secretary General ", "the Conservative leader said in his":
    what follows an organization's name is a title of the person, not "UN asked " (a verb right
    after the name makes the person the one acted on, no office holder)."""
    words = _gap_words(gap)
    return not words or words[0][0].isupper() or _a_title_word(words[0])


def _gap_words(gap: str) -> list[str]:
    """The words between a name and a person's name, possessive endings aside."""
    return re.findall(r"[A-Za-z\-]+", gap.replace("'s", " ").replace("’s", " "))


def _a_title_word(word: str) -> bool:
    """A word of the titles' vocabulary, or a noun for one who does something ("coordinator")."""
    return word.lower() in _title_vocabulary() or _AGENT_NOUN.search(word.lower()) is not None


# Endings of nouns for people by what they do ("negotiator", "strategist", "spokeswoman")
_AGENT_NOUN = re.compile(r"(?:or|er|ist|ian|man|men|woman|women|ant|ent|ee|ary|ive|ief|oy)s?$")


def _country_after(doc: Document, person: Entity) -> str | None:
    """The country a person's name is followed by: "King Hassan of Morocco", or an apposition
    opening with the country's possessive ("X, Algeria's leading rights activist")."""
    text = doc.article.text
    for mention in person.mentions:
        for entity in doc.entities:
            if entity.type != "COUNTRY" or not entity.country:
                continue
            for other in entity.mentions:
                gap = text[mention.end : other.start]
                if other.start < mention.end or len(gap) > 10:
                    continue
                if _OF_GAP.fullmatch(gap) or (_APPOSITION_GAP.fullmatch(gap) and text[other.end : other.end + 2] in ("'s", "\u2019s")):
                    return entity.country
    return None


_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_APPOSITION_GAP = re.compile(r",\s+(?:the\s+)?")
_ITS_TITLE_GAP = re.compile(r"\s+(?:[A-Za-z\-]+\s+){0,2}[A-Za-z\-]+,\s+")
_OWNED_TITLE_GAP = re.compile(r"['’]s\s+(?:[A-Za-z\-]+\s+){0,2}[A-Za-z\-]+,\s+")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


def _region_of_country(name: str) -> str | None:
    """The country of a region named by a compass word and the country ("South Lebanon"); a
    name like "New Mexico" or "New South Wales" is no part of Mexico or Wales."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _COMPASS:
        return None
    found = countries().lookup(" ".join(words[1:]))
    return found.alpha3 if found is not None else None


def _country_in_name(name: str, person: bool = False) -> str | None:
    """A country or nationality word in a name; a person's surname is none ("Glenn English")."""
    gazetteer = countries()
    words = name.replace("-", " ").split()
    for at, word in enumerate(words):
        named = gazetteer.lookup(word) if word[:1].isupper() else None
        if named is not None and at > 0 and (words[at - 1] == "New" or words[at - 1].lower() in _COMPASS) and gazetteer.lookup(" ".join(words[at - 1 : at + 1])) is None:
            named = None  # "New South Wales", "New Mexico": another place that holds the name
        surname = person and at == len(words) - 1 and at > 0
        found = (None if surname else demonym_country(word)) or (named.alpha3 if named is not None else None)
        if found:
            return found
    return None


# Sectors of the bodies a town, county or state has of its own: police, courts, councils.
_LOCAL_BODIES = frozenset({"GOV", "COP", "JUD", "LEG"})


def _local_office(entity: Entity) -> bool:
    """Whether a person holds an office of a town or county (kind ``local_office``: mayor,
    councillor, sheriff), which is held at home."""
    offices = load_event_lexicon().words("local_office")
    return any(role.lower() in offices for role in entity.roles)


def _of_many_states(name: str) -> bool:
    """A name that says the body is of many states ("European Court of Human Rights", kind
    ``supranational_word``)."""
    words = load_event_lexicon().words("supranational_word")
    return any(word.casefold() in words for word in name.replace("-", " ").split())


def _place_in_name(name: str) -> str | None:
    """The country of a division or a large city that opens a body's name ("Osun State Police
    Command", "Los Angeles Police Department")."""
    words = [w for w in name.split() if w[:1].isupper()]
    for end in range(len(words), 0, -1):
        opening = " ".join(words[:end])
        found = division_country(opening) or state_country(opening) or large_city_country(opening)
        if found:
            return found
    return None


def _country_of_its_places(doc: Document) -> str | None:
    """The country the story's places are in, when at least two of their mentions lie in it
    and two thirds of all (a local story names no country; a story of events abroad names
    places of several, and its officials are not of the places it names)."""
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        country = place_country(doc, entity) if entity.type == "PLACE" else entity.country if entity.type == "COUNTRY" else None
        if country:
            counts[country] += len(entity.mentions)
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= 2 and 3 * count >= 2 * sum(counts.values()) else None


def _article_day(doc: Document) -> str | None:
    """The article's date as YYYY-MM-DD, when it has a year: the day the dictionaries' codes are
    read for."""
    date = doc.article.date
    return date.value[:10] if date and date.value[:1].isdigit() else None


def _communitys_commission(doc: Document, entity: Entity) -> str | None:
    """'The Commission' (or "the Brussels Commission") of a story that names the European
    Community: the Community's executive, with the Community's code, not a state's commission."""
    words = entity.name.split()
    if entity.type != "ORG" or not words or words[-1] != "Commission" or entity.country or len(words) > 2:
        return None
    if len(words) == 2 and words[0] not in ("Brussels", "European", "EC", "EEC", "EU"):
        return None
    codes = (_dictionary_code(doc, other) or "" for other in doc.entities if other.type == "ORG" and other.id != entity.id)
    return next((code for code in codes if code.startswith("IGOEUR")), None)


def _dictionary_code(doc: Document, entity: Entity) -> str | None:
    date = _article_day(doc)
    actors = phoenix_actors()
    # the most specific code any of its names has ("FAO": IGOUNOAGRFAO, not its long name's IGOAGR)
    codes = [code for name in dict.fromkeys((entity.name, *(m.text for m in entity.mentions))) if (code := actors.lookup(name, date))]
    if codes:
        return max(codes, key=len)
    if entity.type == "ORG":
        return _leading_actor(entity.name, date)  # "the UNITA militarist wing", "the Fatah Party"
    if entity.type == "PERSON":
        near = _near_name(entity.name)  # "Francois Mitterand", "Abdelaziz Bouteflicka"
        code = actors.lookup(near, date) if near else None
        if code:
            return code
        known = _by_surname(entity.name)
        code = known.code_on(date) if known is not None else None
        # a surname alone is trusted only where the article names that person's country
        if code and code[:3] in {e.country for e in doc.entities if e.country}:
            return code
        for role in entity.roles:  # the dictionaries list titled names: "President Bush", "Governor Bush"
            code = actors.lookup(f"{role} {entity.name}", date)
            if code:
                return code
    return None


@lru_cache(maxsize=4096)
def _misspelt_country(word: str):
    """The one country whose name a capitalized word of 7 letters or more misses by one letter
    ("Ethopia"); shorter names are too close to each other ("Iran", "Iraq") to guess."""
    if len(word) < 7 or not word[:1].isupper():
        return None
    gazetteer = countries()
    key = normalize_name(word)
    near = {code for name, code in gazetteer.by_name.items() if len(name) >= 7 and name[:1] == key[:1] and DamerauLevenshtein.distance(key, name, score_cutoff=1) <= 1}
    return gazetteer.countries.get(next(iter(near))) if len(near) == 1 else None


def _leading_actor(name: str, date: str | None) -> str | None:
    """The code of the international or non-state actor an organization's name opens with
    (its longest such opening, at least one word short of the whole name), or None."""
    actors = phoenix_actors()
    words = name.split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]  # "an Association of ...": the article names no group ("AN")
    for size in range(len(words) - 1, 0, -1):
        found = actors.actor(" ".join(words[:size]))
        if found is not None and found.source in _GROUP_SOURCES:
            return found.code_on(date)
    return None


_GROUP_SOURCES = frozenset({"International", "MilNonState", "international_actors"})


@lru_cache(maxsize=4096)
def _near_name(name: str) -> str | None:
    """The one dictionary name of as many words, with the same initials, one letter off
    (misspelt or transliterated otherwise: "Mitterand" for "Mitterrand"); None when there is
    none or more than one. Names under 10 letters are too short to trust so near a match."""
    key = phrase_key(name)
    words = key.split()
    if len(words) < 2 or len(key) < 10:
        return None
    bucket = _names_by_initials().get(tuple(w[0] for w in words), ())
    near = {other for other in bucket if DamerauLevenshtein.distance(key, other, score_cutoff=1) <= 1}
    return next(iter(near)) if len(near) == 1 else None


@lru_cache(maxsize=1)
def _names_by_initials() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Dictionary names of two or more words, by the initials of their words."""
    found: dict[tuple[str, ...], list[str]] = {}
    for key in phoenix_actors().by_key:
        words = key.split()
        if len(words) >= 2:
            found.setdefault(tuple(w[0] for w in words), []).append(key)
    return {initials: tuple(keys) for initials, keys in found.items()}


def _by_surname(name: str):
    """The one dictionary person of this surname ("Mugabe"); with a first name written, that
    name must be among the person's listed names too ("Robert Mugabe", not "John Mugabe")."""
    words = phrase_key(name).split()
    if not words or len(words[-1]) < 4:
        return None
    found = _surnames().get(words[-1])
    if found is None:
        return None
    if len(words) > 1 and not any(words[0] in phrase_key(n).split() for n in found.names):
        return None
    return found


@lru_cache(maxsize=1)
def _surnames() -> dict:
    """Surname -> the single dictionary actor of that surname (ambiguous surnames left out)."""
    actors = phoenix_actors()
    seen: dict[str, set[int]] = {}
    for key, index in actors.by_key.items():
        words = key.split()
        if len(words) >= 2:
            seen.setdefault(words[-1], set()).add(index)
    return {word: actors.actors[next(iter(found))] for word, found in seen.items() if len(found) == 1}


def stated_country(actor: Actor) -> str | None:
    """The actor's country, or the first three letters of its code when they name one (a code
    of no country opens with "---")."""
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code and not actor.code.startswith("---") else None


def code_of(country: str | None, sector: str | None) -> str | None:
    """'TUR' + 'GOV' -> 'TURGOV'; an unknown country is written '---' as CAMEO does."""
    if country is None and sector is None:
        return None
    role = _AGENT_OF_SECTOR.get(sector, sector) if sector else ""
    return (country or "---") + role


# Dependents that are not part of a noun phrase's name; "case" is the possessive 's of an
# owner ("the minister's comments": the owner is "the minister"); "preconj" is the "both" of
# "both the minister and Ann Lee", which belongs to the coordination.
_NOT_IN_PHRASE = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "prep", "case", "preconj"})


def _after_its_noun(modifier: Token, noun: Token) -> bool:
    """An adjective after its noun is a judgement of it, not part of its name ("branded the
    leader 'arrogant and wrong'")."""
    return modifier.dep == "amod" and modifier.i > noun.i


def _of_a_deed(syntax: Syntax, of: Token) -> bool:
    """'(accused the chancellor) of behaving like a schoolboy': the deed charged, no part of the name."""
    return any(o.tag == "VBG" or o.dep == "pcomp" for o in children(syntax, of, "pobj", "pcomp"))


def _phrase_through(doc: Document, syntax: Syntax, noun: Token, members: Token) -> str:
    """The phrase of a count and of the members it counts, whole ("a majority of a group of 56
    creditors"), however deep the chain of "of" phrases."""
    start, _ = _phrase_bounds(syntax, noun)
    _, end = _phrase_bounds(syntax, members)
    return doc.article.text[start : max(end, noun.end)].strip()


def phrase(doc: Document, syntax: Syntax, token: Token) -> str:
    """The text of the noun phrase headed by ``token`` (its modifiers, not its clauses)."""
    start, end = _phrase_bounds(syntax, token)
    return doc.article.text[start:end].strip()


def _phrase_bounds(syntax: Syntax, token: Token) -> tuple[int, int]:
    words = [token]
    frontier = [token]
    for _ in range(3):
        frontier = [
            c
            for t in frontier
            for c in children(syntax, t)
            if (c.dep not in _NOT_IN_PHRASE or (c.text.lower() == "of" and not _of_a_deed(syntax, c))) and not c.text.isspace() and not _after_its_noun(c, t)
        ]
        words.extend(frontier)
    return min(w.start for w in words), max(w.end for w in words)

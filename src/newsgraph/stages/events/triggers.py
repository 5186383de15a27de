"""Event triggers: lexicon patterns matched on the dependency parse.

A verb pattern ("hold talk", "express gratitude") matches a verb whose lemma is the first word
when the other words hang below it (at most three steps down, never into another clause).
A noun pattern ("parade", "hunger strike") names an event only where the sentence says it
happens: the noun is the object of a light verb ("staged a protest"), the subject of an
occurrence ("the parade will take place", "an attack killed", "talks were held").  Event
nouns elsewhere ("for a three-day visit", "today's talks will help") are no events of their own.
On one head the longest pattern wins; a pattern word may list alternatives ("gun|rifle") and
an alternative may be a phrase ("air strike": both words below the verb).  Subject words of a
pattern must sit in the verb's subject ("troops staged exercises").  A matched pattern with no
type is a frame that codes nothing ("presented a report"): the verb is no trigger.  Patterns
of the CAMEO verb dictionary (``cameo_verbs``) are used on verbs of asserted clauses only, and
their words after the verb are looked for on its object side; a dictionary verb alone needs a
named or pronoun target ("besieged Varnek", not "the mayor died").  A verb whose lemma has no
pattern is looked up by its regular base form (the parser lemmatizes "staged" as "stag").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...model import Analysis, Span, Token
from ...resources import speech_verbs
from ..timex.syntax import Syntax
from .lexicon import EventLexicon, Pattern
from .modality import contrasting_clause

# Pattern words may sit in an infinitive ("refused to meet") but not in other clauses.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "csubj", "parataxis", "acl"})
_VERB_POS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FUNCTION_DEPS = frozenset({"aux", "auxpass", "mark", "punct"})
_ACTING = _SUBJECTS | {"agent"}  # a passive's "by" phrase is its logical subject
# The dictionary's patterns are many and broad: they code verbs that head the sentence or a
# clause it asserts or reports, not those modifying a noun ("an offer to host a summit"),
# adverbial clauses (purpose, time, condition) or participles; the project's table still does.
_ASSERTING_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "parataxis"})
_TARGET_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
_NAMING_DEPS = frozenset({"compound", "amod", "poss"})  # "Varnek officials", "Niger's ambassador"
_ACTOR_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_TARGET_PREPOSITIONS = frozenset({"to", "with", "against", "on", "upon", "toward", "towards", "into", "over", "for"})


@dataclass(frozen=True, slots=True)
class Trigger:
    head: Token  # the verb (for nouns: the event noun)
    tokens: tuple[Token, ...]  # every matched word
    pattern: Pattern
    verb: Token  # the verb whose clause carries the event (light or occurrence verb for nouns)
    subject: tuple[Token, ...] = ()  # subject words the pattern named: no part of the span; an
    # event noun among them ("an explosion killed") stays a trigger of its own, with its own code

    def span(self, text: str) -> Span:
        start = min(t.start for t in self.tokens)
        end = max(t.end for t in self.tokens)
        return Span.of(text, start, end)


def find_triggers(analysis: Analysis, syntax: Syntax, lexicon: EventLexicon, skip: tuple[Span, ...] = ()) -> list[Trigger]:
    """Every trigger of the text, in text order, outside the ``skip`` stretches (captions)."""
    found: list[Trigger] = []
    used: set[int] = set()
    for token in analysis.tokens:
        if skip and any(s.start <= token.start < s.end for s in skip):
            continue
        if token.pos in _VERB_POS or token.pos == "ADJ":
            trigger = _verb_trigger(token, syntax, lexicon) if token.pos in _VERB_POS else _state_adjective_trigger(token, syntax, lexicon)
            if trigger is not None:
                found.append(trigger)
                used.update(t.i for t in trigger.tokens)
    for token in analysis.tokens:
        if token.pos in ("NOUN", "PROPN") and token.i not in used and not (skip and any(s.start <= token.start < s.end for s in skip)):
            trigger = _noun_trigger(token, syntax, lexicon)
            if trigger is not None and not used.intersection(t.i for t in trigger.tokens):
                found.append(trigger)
    return sorted(found, key=lambda t: t.head.start)


def said_when(token: Token, syntax: Syntax) -> bool:
    """A preposition that only says when ("on Monday", "for a week"): no pattern's word."""
    if token.dep != "prep":
        return False
    objects = [syntax.tokens[k] for k in syntax.children.get(token.i, ()) if syntax.tokens[k].dep == "pobj"]
    return bool(objects) and all(o.ent_type in ("DATE", "TIME") for o in objects)


def _lemma(token: Token) -> str:
    return token.lemma.lower()


def _lemma_in(token: Token, known) -> str | None:
    """The token's lemma if ``known`` has it; else, for a verb the model mislemmatized
    ("staged" -> "stag"), the base form its spelling gives, if known."""
    lemma = _lemma(token)
    if lemma in known:
        return lemma
    word = token.text.lower()
    if token.pos in _VERB_POS and word.endswith("ed") and word[:-1] == lemma + "e" and word[:-1] in known:
        return word[:-1]
    return None


def descendants(token: Token, syntax: Syntax, depth: int = 3) -> list[Token]:
    """Tokens below ``token`` within ``depth`` steps, breadth first, not entering other clauses
    (nor a coordinating word, under which the parse hangs a gerund "as well as" joins)."""
    out: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        following = []
        for node in frontier:
            for index in syntax.children.get(node.i, ()):
                child = syntax.tokens[index]
                if (child.dep in _CLAUSE_DEPS and child.pos in _VERB_POS) or child.dep == "cc":
                    continue  # "cut taxes, as well as providing aid": the clause under "as" is another's
                out.append(child)
                following.append(child)
        frontier = following
    return out


def _index(pool: list[Token]) -> dict[str, Token]:
    """Word -> the nearest token with that lemma or that form (the pool is breadth first)."""
    index: dict[str, Token] = {}
    for token in pool:
        if token.pos == "PROPN" and token.ent_type == "DATE":
            continue  # "on March 13" is no march, "in May" no permission
        if not (token.dep == "prep" and token.pos == "VERB"):  # "according to": no accord
            index.setdefault(_lemma(token), token)
        index.setdefault(token.text.lower(), token)
    return index


@lru_cache(maxsize=65536)
def _alternatives(slot: str) -> tuple[tuple[str, ...], ...]:
    """A slot's alternatives, each as its words ("air strike|raid" -> (air, strike), (raid,))."""
    return tuple(tuple(alternative.split()) for alternative in slot.split("|"))


def _slot(slot: str, index: dict[str, Token]) -> list[Token] | None:
    """The tokens of the first alternative of ``slot`` whose words are all in ``index``."""
    for words in _alternatives(slot):
        hits = []
        for word in words:
            hit = index.get(word)
            if hit is None:
                break
            hits.append(hit)
        else:
            if hits:
                return hits
    return None


def _match(pattern: Pattern, pool: list[Token]) -> tuple[Token, ...] | None:
    return _match_slots(pattern.others, _index(pool))


def _match_slots(slots: tuple[str, ...], index: dict[str, Token]) -> tuple[Token, ...] | None:
    matched: list[Token] = []
    for slot in slots:
        hits = _slot(slot, index)
        if hits is None:
            return None
        matched.extend(hits)
    return tuple(matched)


def _subject_pool(verb: Token, syntax: Syntax) -> list[Token]:
    """The verb's subject phrases and passive "by" phrase (those of the verb it is coordinated
    with or governed by, when it has none of its own: "troops crossed the border and shelled")."""
    node = verb
    for _ in range(3):
        heads = [syntax.tokens[i] for i in syntax.children.get(node.i, ()) if syntax.tokens[i].dep in _ACTING]
        if heads:
            return [t for head in heads for t in (head, *descendants(head, syntax))]
        if node.dep not in ("conj", "xcomp") or node.head == node.i:
            break
        node = syntax.tokens[node.head]
    return []


def _leading_a_name(token: Token, syntax: Syntax) -> bool:
    """A proper noun leading a longer name ("Control Data", "Giant Company")."""
    return token.pos == "PROPN" and token.dep == "compound" and token.ent_type in _NAME_TYPES and syntax.tokens[token.head].pos == "PROPN"


_NAME_TYPES = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART"})


def _acts_alone(verb: Token, syntax: Syntax) -> bool:
    """Whether a dictionary verb with no frame words is an event: it acts on a target and
    governs no clause ("is expected to call", "decided to allow": the act it governs is the
    event, coded by its own verb)."""
    if any(syntax.tokens[k].dep in ("xcomp", "ccomp") for k in syntax.children.get(verb.i, ())):
        return False
    return _has_target(verb, syntax)


def _has_target(verb: Token, syntax: Syntax) -> bool:
    """Whether the verb acts on someone: a named or pronoun object ("allowed Ruritania",
    "besieged the Varnek garrison", "will help them"), a passive's subject, or a named object
    of a preposition that can mark a target ("appealed to Varnek"; "died at a London hospice"
    and "in Varnek" are places).  A dictionary verb alone codes an event only then, as
    PETRARCH codes only source-target pairs: "the mayor died" codes nothing."""
    for index in syntax.children.get(verb.i, ()):
        child = syntax.tokens[index]
        if child.dep in _TARGET_DEPS:
            modifiers = [syntax.tokens[k] for k in syntax.children.get(index, ()) if syntax.tokens[k].dep in _NAMING_DEPS]
            if _person_pronoun(child) or any(_actor_word(t) for t in (child, *modifiers)):
                return True
        elif child.dep == "prep" and child.text.lower() in _TARGET_PREPOSITIONS:
            objects = [syntax.tokens[k] for k in syntax.children.get(index, ()) if syntax.tokens[k].dep == "pobj"]
            if any(_person_pronoun(t) or _actor_word(t) for t in objects):
                return True
    return False


def _person_pronoun(token: Token) -> bool:
    """'them', 'him', 'us': a pronoun for people or groups ("it", "everything" are things)."""
    return token.pos == "PRON" and token.tag == "PRP" and token.lemma.lower() not in ("it", "itself")


def _actor_word(token: Token) -> bool:
    """A word naming an actor: a named entity of an actor's kind, or a proper noun no date."""
    if token.ent_type:
        return token.ent_type in _ACTOR_ENTITIES
    return token.pos == "PROPN"


def _object_side(verb: Token, syntax: Syntax, pool: list[Token]) -> list[Token]:
    """``pool`` without the verb's active subject: the dictionary's words after the verb are on
    its object side ("Prime Minister X accused ..." is no accusation of a prime minister); a
    passive subject is the logical object and stays."""
    active = {i for k in syntax.children.get(verb.i, ()) if syntax.tokens[k].dep in ("nsubj", "csubj") for i in (k, *(t.i for t in descendants(syntax.tokens[k], syntax)))}
    return [t for t in pool if t.i not in active]


def _without_means(verb: Token, syntax: Syntax, pool: list[Token]) -> list[Token]:
    """``pool`` without the phrase of a "by", "through" or "via" hung on the active verb: how
    it is done ("raise capital through a rights issue" raises no issue); nor, on a verb of
    saying, a "from" phrase: who the speaker is ("says X, from the BBC's support group")."""
    preps = _MEANS_PREPS | {"from"} if verb.lemma.lower() in speech_verbs() else _MEANS_PREPS
    means = {
        i for k in syntax.children.get(verb.i, ()) if syntax.tokens[k].dep == "prep" and syntax.tokens[k].text.lower() in preps for i in (k, *(t.i for t in descendants(syntax.tokens[k], syntax)))
    }
    return [t for t in pool if t.i not in means]


def _without_causes(syntax: Syntax, pool: list[Token]) -> list[Token]:
    """``pool`` without an "as a result of" phrase: why it happened, no word of the act
    ("finding themselves in deep water as a result of data misuse" finds no result); nor
    an "amid" or "despite" phrase, what it happened against ("expressed optimism, amid
    concern by industrialists" expresses no concern)."""
    causes = {
        i
        for t in pool
        if t.dep == "prep" and ((t.text.lower() == "as" and any(syntax.tokens[k].lemma.lower() in _CAUSE_NOUNS for k in syntax.children.get(t.i, ()))) or t.text.lower() in _BACKDROP_PREPS)
        for i in (t.i, *(d.i for d in descendants(t, syntax)))
    }
    return [t for t in pool if t.i not in causes]


_CAUSE_NOUNS = frozenset({"result", "consequence"})
_BACKDROP_PREPS = frozenset({"amid", "amidst", "despite"})


_MEANS_PREPS = frozenset({"by", "through", "via"})


def _object_pools(verb: Token, syntax: Syntax, pool: list[Token]) -> tuple[list[Token], dict[str, Token]]:
    """The pool on the verb's object side, and its index without the means phrases."""
    whole = _object_side(verb, syntax, pool)
    return whole, _index(_without_means(verb, syntax, whole))


def _judging(pattern: Pattern, lexicon: EventLexicon) -> bool:
    """A pattern written with a kind of judgement as its slot ("call <disapproval>"): said of
    its object."""
    kinds = (lexicon.words("approval"), lexicon.words("disapproval"))
    return any(_slot_words(slot) in kinds for slot in pattern.others)


@lru_cache(maxsize=8192)
def _slot_words(slot: str) -> frozenset[str]:
    """A slot's alternatives as a set (read once a slot: the patterns never change)."""
    return frozenset(slot.split("|"))


def _names_by(pattern: Pattern) -> bool:
    return any(_MEANS_PREPS.intersection(words) for slot in pattern.others for words in _alternatives(slot))


def _verb_patterns(token: Token, lexicon: EventLexicon) -> tuple[Pattern, ...]:
    """The patterns of the verb's lemma; when the lemma has none, of its regular base form
    ("staged" is sometimes lemmatized "stag", "protested" "protest" ...)."""
    found = lexicon.patterns.get(("V", _lemma(token)), ())
    word = token.text.lower()
    if found or not word.endswith(("ed", "ing", "s")):
        return found
    stem = word[:-3] if word.endswith("ing") else word[:-2] if word.endswith("ed") else word[:-1]
    for base in (stem, stem + "e", word[:-1], stem[:-1] if stem[-2:-1] == stem[-1:] else None):
        if base and lexicon.patterns.get(("V", base)):
            return lexicon.patterns[("V", base)]
    return ()


def _verb_trigger(token: Token, syntax: Syntax, lexicon: EventLexicon) -> Trigger | None:
    patterns = _verb_patterns(token, lexicon)
    if not patterns or _inside_a_compound(token, syntax) or _activity_named(token, syntax) or _event_noun_read_as_verb(token, syntax, lexicon):
        return None
    if token.dep not in _ASSERTING_DEPS and not contrasting_clause(syntax, token):
        patterns = tuple(p for p in patterns if p.origin != "cameo")
    pool = [t for t in descendants(token, syntax) if t.dep not in _FUNCTION_DEPS]  # "to protest" is no "protest to"
    pool += _clause_for(token, syntax)
    pool += _object_above(token, syntax)
    # a verb's particle or preposition follows it ("X, for the party, called on Y" is no "call for")
    pool = [t for t in pool if not (t.dep in ("prep", "prt") and t.i < token.i)]
    # and hangs on it before its object: "called Labour a machine for talking" is no "call for"
    first_object = min((k for k in syntax.children.get(token.i, ()) if syntax.tokens[k].dep in ("dobj", "oprd")), default=None)
    pool = [t for t in pool if t.dep != "prep" or t.text.lower() != "for" or (t.head == token.i and (first_object is None or t.i < first_object))]
    pool = [t for t in pool if not said_when(t, syntax)]  # "called the plan crass on Monday" is no "call on"
    pool = [t for t in pool if not _together_with(t, syntax)]  # "was joined by X, together with Y" is no "join with"
    pool = [t for t in pool if t.dep != "prep" or t.text.lower() != "as" or t.head == token.i]  # "quitting after being quoted as" is no "quit as"
    pool = _without_causes(syntax, pool)
    pool = [t for t in pool if not (t.dep == "poss" and t.pos == "PROPN")]  # "holds Rally's shares": a name owning the object
    pool = [t for t in pool if not (t.lemma.lower() == "base" and t.tag == "VBN")]  # "a browser based on Firefox" is no base
    # Each index and the target test are made when a pattern first asks for them.
    below: dict[str, Token] | None = None
    objects: dict[str, Token] | None = None
    with_means: dict[str, Token] | None = None
    whole: list[Token] = []
    subject: dict[str, Token] | None = None
    acts_alone: bool | None = None
    depth = {t.i: n for n, t in enumerate(pool)}  # breadth first: nearer words come first
    best: tuple[int, Trigger | None] | None = None
    size = 0
    for pattern in patterns:
        if best is not None and pattern.size < size:
            break  # the nearest of the longest patterns that matched
        if pattern.origin == "cameo":
            if pattern.size == 1:
                if acts_alone is None:
                    acts_alone = _acts_alone(token, syntax)
                if not acts_alone:
                    continue
            if objects is None:
                # "extended Control Data a loan": the dictionary's words are common nouns, never a name's first word
                whole, objects = _object_pools(token, syntax, [t for t in pool if not _leading_a_name(t, syntax)])
            # "raise money by the issue of notes": a means is no object ("RAISE * ISSUE" is
            # raising an issue); a pattern that names "by" looks there too
            if _names_by(pattern):
                with_means = _index(whole) if with_means is None else with_means
                matched = _match_slots(pattern.others, with_means)
            else:
                matched = _match_slots(pattern.others, objects)
        elif _judging(pattern, lexicon):
            # "the car giant is calling back cars" calls no one a giant: the judgement is on
            # the verb's object side
            if objects is None:
                whole, objects = _object_pools(token, syntax, pool)
            matched = _match_slots(pattern.others, objects)
        else:
            if below is None:
                below = _index(pool)
            matched = _match_slots(pattern.others, below)
        if matched is None:
            continue
        if subject is None:
            subject = _index(_subject_pool(token, syntax)) if any(p.subject for p in patterns) else {}
        named = _match_slots(pattern.subject, subject)
        if named is not None:
            # "reiterated its support for the government's plans": support, the nearer word
            reach = max((depth.get(t.i, len(pool)) for t in matched), default=-1)
            if best is None or reach < best[0]:
                best = (reach, Trigger(token, (token, *matched), pattern, token, named) if pattern.type else None)
                size = pattern.size
    return best[1] if best is not None else None


def _event_noun_read_as_verb(verb: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """'paid tribute to bombing victims': an "-ing" word the parse made a verb whose bare object
    right after it is a word for those an event left behind (kind ``aftermath_noun``: victims,
    survivors, suspects ...) is a compound noun, "the victims of a bombing"; no one bombs them."""
    if verb.tag != "VBG" or verb.i + 1 >= len(syntax.tokens):
        return False
    after = syntax.tokens[verb.i + 1]
    if after.head != verb.i or after.dep != "dobj" or any(syntax.tokens[k].dep in ("det", "poss") for k in syntax.children.get(after.i, ())):
        return False
    return _lemma(after) in lexicon.words("aftermath_noun")


def _inside_a_compound(verb: Token, syntax: Syntax) -> bool:
    """'issuing car loan backed debt': a participle written between two common nouns, with no
    subject of its own, is the middle of a compound adjective ("loan-backed debt") the parse
    took for a verb; no one acts."""
    if verb.tag not in ("VBD", "VBN") or verb.i == 0 or verb.i + 1 >= len(syntax.tokens):
        return False
    before, after = syntax.tokens[verb.i - 1], syntax.tokens[verb.i + 1]
    if before.pos != "NOUN" or after.pos != "NOUN" or after.head != verb.i or before.dep not in _COMPOUND_PARTS:
        return False
    return not any(syntax.tokens[k].dep in ("nsubj", "nsubjpass") for k in syntax.children.get(verb.i, ()))


# What the first noun of a compound adjective was parsed as ("car loan backed debt": an object
# of the verb before, "card" of "credit card backed debt" a modifier); not a subject or conjunct
_COMPOUND_PARTS = frozenset({"npadvmod", "compound", "dobj", "pobj", "nmod"})


def _activity_named(verb: Token, syntax: Syntax) -> bool:
    """'lending to consumers fell', 'the concentration of lending to OECD countries': a gerund
    with no subject or owner that is the subject of a clause or the "of" phrase of a noun
    names an activity, no act of anyone's ("accused them of lending" is theirs); so does the
    questioning one is held or wanted "for"."""
    if verb.tag != "VBG" or verb.head == verb.i:
        return False
    if any(syntax.tokens[k].dep in ("nsubj", "nsubjpass", "poss") for k in syntax.children.get(verb.i, ())):
        return False
    head = syntax.tokens[verb.head]
    # "... fell by 6.0 pct and lending to businesses declined": a gerund joined to a noun is one
    of_a_noun = verb.dep in ("pobj", "pcomp") and head.text.lower() == "of" and syntax.tokens[head.head].pos == "NOUN"
    # "held for questioning", "wanted for questioning": what one is held for, done to him by no one named
    held_for = verb.dep in ("pobj", "pcomp") and head.text.lower() == "for" and not any(syntax.tokens[k].dep in ("dobj", "ccomp") for k in syntax.children.get(verb.i, ()))
    return verb.dep == "csubj" or of_a_noun or (verb.dep == "conj" and head.pos == "NOUN") or (held_for and verb.lemma.lower() in _HELD_FOR)


_HELD_FOR = frozenset({"question", "questioning", "interrogation", "interrogate"})


def _state_adjective_trigger(token: Token, syntax: Syntax, lexicon: EventLexicon) -> Trigger | None:
    """'The administration is totally opposed to the tax': a participle of a state toward a thing
    (``stative_participle``) the parse took for an adjective after "be" or "remain".  The verb
    of the event is that copula, whose subject holds the state."""
    if token.dep != "acomp" or token.head == token.i or not token.text.lower().endswith("ed"):
        return None
    patterns = [p for p in _verb_patterns(token, lexicon) if not p.others and not p.subject and p.type]
    if not patterns or patterns[0].head not in lexicon.words("stative_participle"):
        return None
    # a state toward someone or something ("opposed to the plan"), not a resolve to act
    # ("determined to counter the charge", "committed to halving the deficit")
    toward = [o for p in syntax.children.get(token.i, ()) if syntax.tokens[p].text.lower() == "to" for o in syntax.children.get(p, ())]
    if not any(syntax.tokens[o].dep == "pobj" and syntax.tokens[o].pos in ("NOUN", "PROPN") for o in toward):
        return None
    return Trigger(token, (token,), patterns[0], syntax.tokens[token.head])


def _together_with(token: Token, syntax: Syntax) -> bool:
    """The "with" of "together with": it adds to a list, it names no partner of the verb."""
    return token.text.lower() == "with" and token.i > 0 and syntax.tokens[token.i - 1].text.lower() == "together"


def _object_above(verb: Token, syntax: Syntax) -> list[Token]:
    """The noun a clause without an object of its own modifies, when that noun is its object:
    "the accord his government signed", "the accord signed on February 27" (a passive
    participle); not "the rebels who fought", nor "rebels fighting", whose noun acts."""
    if verb.dep not in ("relcl", "acl") or verb.head == verb.i:
        return []
    kids = [syntax.tokens[k] for k in syntax.children.get(verb.i, ())]
    if any(k.dep in ("dobj", "nsubjpass", "auxpass") for k in kids):
        return []
    noun = syntax.tokens[verb.head]
    if noun.pos != "NOUN":
        return []
    if verb.dep == "acl":
        return [noun] if verb.tag == "VBN" else []
    subjects = [k for k in kids if k.dep == "nsubj"]
    return [noun] if subjects and subjects[0].text.lower() not in _RELATIVE_PRONOUNS else []


_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def _clause_for(verb: Token, syntax: Syntax) -> list[Token]:
    """The "for" that opens a clause of the verb ("called for the minister to resign", parsed
    as a clause marked "for"): a word of the verb's pattern, as in "called for his resignation"."""
    clauses = [syntax.tokens[k] for k in syntax.children.get(verb.i, ()) if syntax.tokens[k].dep in ("advcl", "ccomp")]
    return [m for c in clauses for k in syntax.children.get(c.i, ()) if (m := syntax.tokens[k]).dep == "mark" and m.text.lower() == "for"]


def _noun_trigger(token: Token, syntax: Syntax, lexicon: EventLexicon) -> Trigger | None:
    patterns = lexicon.patterns.get(("N", _lemma(token)), ())
    if not patterns or (token.ent_type == "DATE" and token.text[:1].isupper()):
        return None  # "spot March will be set at 110,000 yen": a month, no march
    verb = _happening_verb(token, syntax, lexicon)
    if verb is None:
        return None
    pool = [syntax.tokens[i] for i in syntax.children.get(token.i, ())]
    for pattern in patterns:
        matched = _match(pattern, pool)
        if matched is not None:
            return Trigger(token, (*matched, token), pattern, verb)
    return None


def _happening_verb(noun: Token, syntax: Syntax, lexicon: EventLexicon) -> Token | None:
    """The verb that says the event noun happens, or None when the noun is only mentioned."""
    noun = measured_by(noun, syntax, lexicon)  # "two days of talks begin": the days begin
    if noun.head == noun.i:
        return None
    scheduled = _scheduled_by(noun, syntax, lexicon) or _staged_by(noun, syntax, lexicon)
    if scheduled is not None:  # "during a strike set for March 9": an event to come, wherever the noun stands
        return scheduled
    governor = syntax.tokens[noun.head]
    if governor.pos not in _VERB_POS:
        return _taking_part_in(noun, syntax, lexicon) or _met_during(noun, syntax, lexicon) or _after(noun, syntax)
    light, occurring = lexicon.words("light_verb"), lexicon.words("occurrence")
    if noun.dep == "dobj" and _lemma_in(governor, light):
        return governor
    if noun.dep == "dobj" and _lemma(governor) in _ENDING and _lemma(noun) in lexicon.words("meeting_noun"):
        return governor  # "ended a meeting", "concluded a round of talks": they were held (not "end attacks")
    if noun.dep == "dobj" and _lemma(governor) == "have" and _lemma(noun) in lexicon.words("meeting_noun") and with_someone(noun, syntax):
        return governor  # "has had talks with the bidder": they were held (not "has demands")
    if noun.dep == "nsubjpass" and _lemma_in(governor, light):
        return governor  # "talks were held"
    if noun.dep in _SUBJECTS:
        for verb in _verb_chain(governor, syntax):
            if _lemma(verb) in occurring:
                return governor
        if _lemma(governor) == "be" and _assessed(governor, syntax, lexicon):
            return governor  # "the talks were concrete, open and frank": they were held
        if _lemma(governor) == "be" and _in_progress(governor, syntax, lexicon):
            return governor  # "negotiations with the Iranians were under way": they are held
        if _lemma(governor) in ("be", "become") and _frequent(governor, syntax, lexicon):
            return governor  # "demonstrations have become an almost daily occurrence": they are held
        if _lemma(governor) in lexicon.words("assessed_as"):
            return governor  # "the talks were delicately poised", "the talks stalled": under way
        if _lemma(governor) == "make" and any(_lemma(syntax.tokens[i]) in _HEADWAY for i in syntax.children.get(governor.i, ())):
            return governor  # "talks between France and Iran have made progress": they are held
    return None


def _assessed(copula: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """A copula whose adjectives judge how an event went (kind ``assessed_as``)."""
    return _complement_in(copula, syntax, lexicon.words("assessed_as"), "conj")  # "concrete and frank"


def _in_progress(copula: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """A copula that says its subject is going on (kind ``in_progress``: "underway", "under
    way", "in progress")."""
    going_on = lexicon.words("in_progress")
    for kid in (syntax.tokens[i] for i in syntax.children.get(copula.i, ())):
        if kid.dep == "acomp" and _lemma(kid) in going_on:
            return True
        if kid.dep == "prep" and any(f"{kid.text.lower()} {_lemma(syntax.tokens[i])}" in going_on for i in syntax.children.get(kid.i, ()) if syntax.tokens[i].dep == "pobj"):
            return True
    return False


def _frequent(copula: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """A copula that says its subject happens often (kind ``frequent``: "are routine", "have
    become an almost daily occurrence")."""
    return _complement_in(copula, syntax, lexicon.words("frequent"), "amod")  # "an almost daily occurrence"


def _complement_in(copula: Token, syntax: Syntax, words: frozenset[str], dep: str) -> bool:
    """Whether a copula's adjective or noun complement, or a word hung on it as ``dep``, is one
    of ``words``."""
    states = [syntax.tokens[i] for i in syntax.children.get(copula.i, ()) if syntax.tokens[i].dep in ("acomp", "attr")]
    return any(_lemma(t) in words for s in states for t in (s, *(syntax.tokens[i] for i in syntax.children.get(s.i, ()) if syntax.tokens[i].dep == dep)))


_ENDING = frozenset({"end", "conclude"})
_HEADWAY = frozenset({"progress", "headway"})


def _scheduled_by(noun: Token, syntax: Syntax, lexicon: EventLexicon) -> Token | None:
    """The participle that puts an event noun on the calendar ("a strike set for March 9",
    "talks planned for next week", kind ``scheduling`` in event_cues.tsv): the noun's happening
    verb, which makes it expected."""
    for clause in (syntax.tokens[i] for i in syntax.children.get(noun.i, ())):
        if clause.dep == "acl" and clause.tag in ("VBN", "VBD") and _lemma(clause) in lexicon.words("scheduling"):
            return clause
    return None


def with_someone(noun: Token, syntax: Syntax) -> bool:
    """Whether an event noun has a "with" phrase of its own ("talks with the bidder")."""
    return any(syntax.tokens[i].dep == "prep" and syntax.tokens[i].text.lower() == "with" for i in syntax.children.get(noun.i, ()))


def _staged_by(noun: Token, syntax: Syntax, lexicon: EventLexicon) -> Token | None:
    """The participle of a light verb that says who made the event noun ("a pledge made by the
    finance minister"): it happened, and its agent made it."""
    for clause in (syntax.tokens[i] for i in syntax.children.get(noun.i, ())):
        staged = clause.dep == "acl" and clause.tag == "VBN" and _lemma(clause) in lexicon.words("light_verb")
        if staged and any(syntax.tokens[i].dep == "agent" for i in syntax.children.get(clause.i, ())):
            return clause
    return None


def _after(noun: Token, syntax: Syntax) -> Token | None:
    """The verb an event noun comes before ("resumed after a nine-day opposition boycott"):
    what the text sets an act after has happened."""
    if not set_after(noun, syntax):
        return None
    if _named_by_its_date(noun, syntax):
        return None  # "after the 11 September attacks": a past event named by its date, a time, no event told
    if _told_before(noun, syntax):
        return None  # "had lived in Sudan until shortly after the bombings": the bombings the story told, a time
    governor = syntax.tokens[syntax.tokens[noun.head].head]
    return governor if governor.pos in _VERB_POS else None


def set_after(noun: Token, syntax: Syntax) -> bool:
    """Whether the noun is what a clause is set after ("after a boycott", "following talks")."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return False
    preposition = syntax.tokens[noun.head]
    return preposition.text.lower() in _AFTER and preposition.head != preposition.i


_AFTER = frozenset({"after", "following"})  # "resumed after a boycott": it came before


def _told_before(noun: Token, syntax: Syntax) -> bool:
    """'after the bombings': an event noun with "the" and nothing else of its own points back
    to one the story has told, not to a new one."""
    kids = [syntax.tokens[i] for i in syntax.children.get(noun.i, ())]
    return bool(kids) and all(k.dep == "det" and k.text.lower() in _POINTING_BACK for k in kids)


_POINTING_BACK = frozenset({"the", "these", "those", "this", "that"})


def _named_by_its_date(noun: Token, syntax: Syntax) -> bool:
    """'the 11 September attacks', 'the September 11 attacks': an event named by a calendar date
    (a capitalized word of a date among its modifiers; "a nine-day boycott" is a length)."""
    modifiers = [syntax.tokens[i] for i in syntax.children.get(noun.i, ()) if syntax.tokens[i].dep in ("compound", "nmod", "amod", "nummod")]
    words = modifiers + [syntax.tokens[i] for m in modifiers for i in syntax.children.get(m.i, ())]
    return any(w.ent_type == "DATE" and w.text[:1].isupper() for w in words)


def _taking_part_in(noun: Token, syntax: Syntax, lexicon: EventLexicon) -> Token | None:
    """The verb of one taking part in an event noun ("has been in talks with", "took part in
    the protest", "joined in the march"), or doing an act in its name ("dumped lemons in
    protest"): the subject is a party to it, so that verb is the noun's happening verb."""
    governor = _through_preposition(noun, syntax, "in")
    if governor is None:
        return None
    if _lemma(noun) in lexicon.words("done_in"):
        if governor.dep == "dobj" and governor.head != governor.i:
            governor = syntax.tokens[governor.head]  # the parse may hang "in protest" on the object
        if governor.pos not in _VERB_POS or _done_by_a_protest(governor, syntax, lexicon):
            return None
        return governor  # "barricaded roads in protest at falling prices": the act is the protest
    if governor.lemma.lower() == "part" and governor.head != governor.i:  # "took part in"
        governor = syntax.tokens[governor.head] if _lemma(syntax.tokens[governor.head]) == "take" else governor
    if governor.pos in _VERB_POS and _lemma(governor) in lexicon.words("taking_part"):
        return governor
    return None


def _done_by_a_protest(verb: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """ "a general strike that shut down the capital in protest": the act is the strike's own,
    already coded; no second protest."""
    doers = [syntax.tokens[k] for k in syntax.children.get(verb.i, ()) if syntax.tokens[k].dep in ("nsubj", "nsubjpass")]
    if verb.dep == "relcl" and verb.head != verb.i:
        doers.append(syntax.tokens[verb.head])
    return any(p.type == "PROTEST" for d in doers for p in lexicon.patterns.get(("N", _lemma(d)), ()))


def _met_during(noun: Token, syntax: Syntax, lexicon: EventLexicon) -> Token | None:
    """The verb of an act done during a meeting with another side ("presented the draft during
    a meeting with the Soviet team", "said at talks with the unions"): its subject met them; or
    during a meeting between sides ("was discussed at a meeting between X, Y and Z"): they met.
    Only a meeting noun (``meeting_noun``) with its "with" or "between" phrase, after a
    preposition of ``meeting_preposition`` in event_cues.tsv."""
    if noun.dep != "pobj" or _lemma(noun) not in lexicon.words("meeting_noun"):
        return None
    prep = syntax.tokens[noun.head]
    if prep.text.lower() not in lexicon.words("meeting_preposition") or prep.head == prep.i:
        return None
    if not any(t.dep == "prep" and t.text.lower() in ("with", "between") for t in descendants(noun, syntax, 3)):
        return None  # the parse may hang "with" on a place between ("a meeting at the mission with")
    governor = syntax.tokens[prep.head]
    return governor if governor.pos in _VERB_POS else None


def measured_by(noun: Token, syntax: Syntax, lexicon: EventLexicon) -> Token:
    """The noun that measures an event noun through "of" ("two days of talks", "a new round
    of strikes", `event_span` in event_cues.tsv), which stands in its place in the clause;
    else the noun itself."""
    measure = _through_preposition(noun, syntax, "of")
    return measure if measure is not None and measure.lemma.lower() in lexicon.words("event_span") else noun


def _through_preposition(noun: Token, syntax: Syntax, preposition: str) -> Token | None:
    """The word a preposition hangs on, when ``noun`` is that preposition's object ("days" of
    "two days of talks"), else None."""
    if noun.dep != "pobj" or noun.head == noun.i:
        return None
    prep = syntax.tokens[noun.head]
    if prep.text.lower() != preposition or prep.head == prep.i:
        return None
    return syntax.tokens[prep.head]


def _verb_chain(verb: Token, syntax: Syntax) -> list[Token]:
    """The verb and the infinitives it governs: "is expected to take place" -> expected, take."""
    chain = [verb]
    for _ in range(3):
        nxt = next((syntax.tokens[i] for i in syntax.children.get(chain[-1].i, ()) if syntax.tokens[i].dep == "xcomp"), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain

"""Who did it, to whom, where, and who reported it: the parts of an event around its trigger.

Actor: the subject of the trigger's clause (the agent of a passive), resolved to an entity
with ``entities.entity_at`` (pronouns and role descriptions resolve there); a clause without a
subject takes the subject of the clause it depends on ("met X and pledged ..."). A subject
with no entity but a nationality word ("Israeli troops") gives an actor with that country.
Recipient: the object, or the entity of a prepositional object ("with", "to", "against", ...)
and, failing those, the first other entity in the object's phrase. Place: a PLACE (or COUNTRY)
entity in a locative phrase ("in", "at", "near") of the trigger clause; "the X capital" is the
country's capital. Reported by: outlets that are the subject of a reporting verb in the sentence
("..., TASS reported") or follow "according to".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ...model import Actor, Document, Entity, Token
from ...resources import countries, gender_words, natural_causes
from ..timex.syntax import Syntax
from .actors import (
    AFFAIRS,
    actor_of,
    agent_role,
    as_actor,
    children,
    code_of,
    demonym_country,
    entity_of,
    host_city_country,
    inert_thing,
    names_a_law,
    office_title,
    phrase,
    place_country,
    relative_word,
    role_nouns,
    stated_country,
)
from .actors import NOT_ACTORS as _NOT_ACTORS
from .condemned import attack_judged
from .lexicon import EventLexicon, load_event_lexicon
from .modality import OBJECT_CONTROL as _OBJECT_CONTROL
from .modality import bare_infinitive_joined_to_a_past
from .triggers import Trigger, descendants

_SUBJECT_DEPS = ("nsubj", "csubj")
_RECIPIENT_PREPS = ("with", "to", "against", "toward", "towards", "from", "on", "for", "into", "between")  # not "over": "gave way over X", "a row over X" name the matter
_AIMED_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})  # "at" aims these ("fired at", "protested at")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "off", "across", "along", "around", "throughout", "within"})
_MATTER_PREPS = frozenset({"over", "about"})  # "gave way over the role of judges": the matter, not whom
_FOUGHT = frozenset({"against"})  # what help is given against is fought, not helped
# "called for X after criticism over Y", "amid claims by Z": when and amid what, not whom
# ("during" stays: "threw stones during demonstrations against X" names the target)
_CIRCUMSTANCE_PREPS = frozenset({"after", "before", "since", "until", "till", "amid", "amidst", "despite"})
# Verbs whose object is what is talked about: the partner is a "with" phrase's ("discussed the
# crisis with Zorbia"), never the object's
_TOPIC_VERBS = frozenset({"discuss", "debate"})
PARTNER_PREPOSITIONS = frozenset({"with", "between", "among", "amongst"})  # where the other side of a meeting stands
_ATTRIBUTION = frozenset({"according", "said", "reported", "quoted"})
_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "acomp"})  # acomp: "is willing to withdraw"
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_MODIFIER_CLAUSES = frozenset({"acl", "relcl"})
INFINITIVE_TO = frozenset({"to"})
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP"})
STATE_ROLES = _STATE_SECTORS - {None}  # the state's own sectors
_NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC", "UNO", "EUR"})  # an actor of no one state has no own government
_RULERS = frozenset({"GOV", "ELI", "MIL"})  # who speaks for a government, not to it
# Acts a government's own people do for it, not to it; opposing or blaming "the government"
# stays aimed at it, since a person coded GOV for an office once held may sit in opposition.
_BACKING = frozenset({"SUPPORT", "REQUEST"})
# Acts that answer someone's plan: opposing, rejecting or criticising it is aimed at its owner.
_ANSWERING_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "SUPPORT", "REQUEST"})
# Acts never aimed at their own actor's things: criticising, opposing or asking for "his" plans
_ANSWERING_OTHERS = frozenset({"ACCUSE", "REJECT", "REQUEST"})
# Verbs whose object does what their infinitive says: "urged X to support", "ordered X to leave".


def conjuncts(syntax: Syntax, token: Token) -> list[Token]:
    """The token and the words coordinated with it ("China and Russia")."""
    out = [token]
    for child in children(syntax, token, "conj") + _listed_as_apposition(syntax, token) + _listed_after_of(syntax, token):
        if child.pos in ("PROPN", "NOUN", "PRON") and _subject_taken_by(syntax, child) is None and not _in_participle_apposition(syntax, child, token):
            out.extend(conjuncts(syntax, child))
    return out


def _listed_after_of(syntax: Syntax, token: Token) -> list[Token]:
    """'Presidents X of Ukraine and Y of Russia': the parse joins Y to Ukraine; a person joined
    to the place of a person's "of" phrase, with an "of" phrase of his own, is listed with him."""
    if token.ent_type != "PERSON":
        return []
    places = [o for p in children(syntax, token, "prep") if p.text.lower() == "of" for o in children(syntax, p, "pobj")]
    return [c for place in places for c in children(syntax, place, "conj") if c.ent_type == "PERSON" and any(p.text.lower() == "of" for p in children(syntax, c, "prep"))]


_TIMES = frozenset({"DATE", "TIME"})
# plural nouns of states and of bodies that act for their members
_SIDE_PLURALS = frozenset(
    {
        "nation",
        "country",
        "state",
        "government",
        "power",
        "member",
        "ally",
        "creditor",
        "donor",
        "producer",
        "consumer",
        "exporter",
        "importer",
        "organization",
        "organisation",
        "agency",
        "party",
        "union",
        "association",
        "group",
    }
)


def named_examples(syntax: Syntax, noun: Token) -> list[Token]:
    """'other nations such as Italy, Belgium and the Netherlands', 'farm organizations such as
    the Farm Bureau', 'groups including X and Y': the sides a plural noun of states or bodies
    names as its examples, or nothing ("networks such as Orange charge ...", "photo giants such
    as Kodak": a market)."""
    if noun.tag != "NNS" or noun.lemma.lower() not in _SIDE_PLURALS:
        return []
    return [
        example
        for prep in children(syntax, noun, "prep")
        if prep.text.lower() == "including" or (prep.text.lower() == "as" and any(m.text.lower() == "such" for m in children(syntax, prep, "amod", "advmod")))
        for pobj in children(syntax, prep, "pobj")
        for example in conjuncts(syntax, pobj)
    ]


def objects_of(syntax: Syntax, word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the word's phrases of these prepositions ("sold it to X": X for "to")."""
    return [p for prep in children(syntax, word, "prep", "dative") if prep.text.lower() in preps for p in children(syntax, prep, "pobj")]


def sides_between(syntax: Syntax, noun: Token) -> list[Token]:
    """'the summit between Ghana and Togo': the sides an event noun is between."""
    return [side for prep in children(syntax, noun, "prep") if prep.text.lower() == "between" for pobj in children(syntax, prep, "pobj") for side in conjuncts(syntax, pobj)]


def doers(syntax: Syntax, noun: Token) -> list[Token]:
    """Who an event noun's "by" phrase says does it ("a strike by nurses")."""
    return [doer for prep in children(syntax, noun, "prep") if prep.text.lower() == "by" for pobj in children(syntax, prep, "pobj") for doer in conjuncts(syntax, pobj)]


def _stolen_subject(syntax: Syntax, verb: Token) -> Token | None:
    """The noun right before a subjectless joined verb (and its auxiliaries) that the parse
    joined to the phrase before it (see ``_subject_taken_by``)."""
    if verb.dep != "conj" or children(syntax, verb, *_SUBJECT_DEPS):
        return None
    first = min([a.i for a in children(syntax, verb, "aux", "advmod") if (a.i < verb.i and a.dep == "aux") or (a.pos == "ADV" and a.i == verb.i - 1)], default=verb.i)
    before = syntax.tokens[first - 1] if first > 0 else None
    return before if before is not None and _subject_taken_by(syntax, before) is verb else None


def _subject_taken_by(syntax: Syntax, noun: Token) -> Token | None:
    """'investigated by the authorities and the IMF has called for ...': the parse joined "the
    IMF" to the phrase before, but it is the subject of the verb right after it, which has an
    auxiliary and no subject of its own. That verb, or None."""
    if noun.dep != "conj" or noun.i + 1 >= len(syntax.tokens):
        return None
    following = noun.i + 1
    while following + 1 < len(syntax.tokens) and syntax.tokens[following].dep == "advmod" and syntax.tokens[following].pos == "ADV":
        following += 1  # "rejected by the family and Mr X subsequently resigned"
    after = syntax.tokens[following]
    verb = syntax.tokens[after.head] if after.dep == "aux" and after.head != after.i else after
    if verb.pos not in ("VERB", "AUX") or verb.dep != "conj" or verb.i <= noun.i or children(syntax, verb, *_SUBJECT_DEPS):
        return None
    return verb if after.tag in ("VBZ", "VBD", "VBP", "MD") else None


def _listed_as_apposition(syntax: Syntax, token: Token) -> list[Token]:
    """A list the parse read as an apposition ("the US, Russia, and Switzerland": Russia
    in apposition to the US, Switzerland joined to Russia): a name of the same kind with a
    name joined to it is the list's next item, not another name for ``token``."""
    named = [a for a in children(syntax, token, "appos") if a.pos == "PROPN" and a.ent_type == "PERSON"]
    if token.pos == "NOUN" and named:
        # "India's minister Mr Aiyar and Russia's minister Viktor Khristenko": the parse hangs
        # the second name on the first title, or on the first name
        later = named[1:] if any(children(syntax, a, "cc") for a in named[:-1]) else []
        joined = [c for a in named for c in children(syntax, a, "conj") if c.pos == "PROPN" and c.ent_type == "PERSON"]
        if later or joined:
            return later + joined
    if token.tag == "NNS":
        # "Nigerian banks United Bank of Africa and Standard Trust Bank": a plural class noun
        # names its members in apposition, the first apposed and the rest joined to it
        members = [c for a in children(syntax, token, "appos") if a.pos == "PROPN" for c in children(syntax, a, "conj") if c.pos == "PROPN"]
        if members:
            return members
    if not token.ent_type:
        return []
    return [a for a in children(syntax, token, "appos") if a.ent_type == token.ent_type and a.pos == "PROPN" and any(c.ent_type == token.ent_type for c in children(syntax, a, "conj"))]


def subtree(token: Token, syntax: Syntax, depth: int) -> list[Token]:
    """Tokens below ``token`` within ``depth`` steps, breadth first, clauses included."""
    out: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        frontier = [syntax.tokens[i] for node in frontier for i in syntax.children.get(node.i, ())]
        out.extend(frontier)
    return out


def subject_tokens(syntax: Syntax, verb: Token, body: int = 0) -> tuple[list[Token], bool]:
    """The subject words of ``verb`` (climbing to the governing clause when it has none), and
    whether the subject is the agent of a passive.  ``body`` is where the text after a
    dateline starts: the dateline's city is never the subject."""
    stolen = _stolen_subject(syntax, verb)
    if stolen is not None:
        return [stolen], False  # "... by the authorities and the IMF has called for": the IMF calls
    if bare_infinitive_joined_to_a_past(syntax, verb):
        # "urged the finance chiefs to write-off debt and provide aid": the chiefs are to provide
        controller = _object_controller(syntax, syntax.tokens[verb.head])
        return (conjuncts(syntax, controller), False) if controller is not None else ([], False)
    held_back = _held_back(syntax, verb)
    if held_back is not None:
        return conjuncts(syntax, held_back), False  # "X kept him from probing the scandal": he would have probed
    if main_verb_read_as_participle(syntax, verb):
        return [syntax.tokens[verb.head]], False  # "A group of politicians charged that ...": the group charged
    accused = _accused_of(syntax, verb)
    if accused:
        return accused, False  # "two nationals suspected by the West of blowing up a plane": the nationals
    described = _participle_read_as_clause(syntax, verb)
    if described is not None:
        return conjuncts(syntax, described), False  # "as protesting school teachers continue to ...": the teachers protest
    verbless = _root_of_verbless_sentence(syntax, verb)
    if verbless is not None:
        return [verbless], False  # "Investor X, who leads one of the groups vying for Y, offered to ...": X offered
    node = verb
    for _ in range(4):
        agents = [pobj for agent in children(syntax, node, "agent") for pobj in children(syntax, agent, "pobj")]
        if not agents and node is verb:
            agents = _detached_agent(syntax, verb)
        if agents and node is not verb and verb.dep == "conj" and _participle_read_as_verb(syntax, node):
            # "the group meeting attended by 15 donors noted ... and urged it": the meeting urges
            return conjuncts(syntax, children(syntax, node, "nsubj")[0]), False
        # "arrested by police and charged": passive too; "was not fined by X, but has agreed": active
        perfect = verb.tag == "VBN" and has_aux(syntax, verb, _PERFECT)
        active = verb.dep == "conj" and (verb.tag != "VBN" or perfect) and not children(syntax, verb, "auxpass")
        undergoer = children(syntax, node, "nsubjpass") if node is not verb and active else []
        if agents and undergoer and _disagrees(syntax, verb, undergoer[0]) and node.dep == "ccomp" and node.head != node.i:
            node = syntax.tokens[node.head]  # "They say it is blurred by X, and dismiss the figure": they dismiss it
            continue
        if agents and undergoer:
            return conjuncts(syntax, undergoer[0]), False  # "X has been indicted by the court and will resign": X resigns
        passive_subjects = children(syntax, node, "nsubjpass") if node is not verb and verb.dep == "xcomp" and verb.head == node.i else []
        if agents and passive_subjects:
            return conjuncts(syntax, passive_subjects[0]), False  # "X was cleared by the regulator to acquire Y": X acquires
        if undergoer and verb.head == node.i and (perfect or (not children(syntax, verb, "dobj", "ccomp", "dative") and verb.lemma.lower() not in _OBJECT_CONTROL)):
            # "X was suspended in January and resigned in February", "... and has since lodged a
            # complaint": X acts; not "was given a passport and promised that ...", nor "was
            # fined and ordered to serve ...", a passive whose "was" the conjunct leaves out
            return conjuncts(syntax, undergoer[0]), False
        if agents:
            return conjuncts(syntax, agents[0]), True
        if node is verb and stative(syntax, verb):
            return conjuncts(syntax, children(syntax, verb, "nsubjpass")[0]), False  # "Israel is opposed to"
        if node is verb and (
            _undergoes(syntax, verb) or reduced_relative(syntax, verb) or seen_undergoing(syntax, verb) or opening_participle(syntax, verb) or _participle_on_noun_before(syntax, verb)
        ):
            return [], False  # "leaders are to be offered seats", "with protesters jailed"
        if node is verb and _after_reduced_relative(syntax, verb):
            return [], False  # "the men held for a week were freed": the men are freed, by no one named
        subjects = [_misparsed_gerund(syntax, s) for s in children(syntax, node, *_SUBJECT_DEPS)] or _as_clause_subject(syntax, node)
        if subjects and node.dep == "relcl" and relative_word(subjects[0]) and syntax.tokens[node.head].start >= body:
            wielder = _wielder_of(syntax, syntax.tokens[node.head])
            if wielder is not None:
                return conjuncts(syntax, wielder), False  # "X fired the shots that killed Y": X killed Y
            if _site_said_to_kill(syntax, syntax.tokens[node.head], node):
                # "the bombing of a clinic that killed a guard", "a fire at a cafe that killed
                # 25": the bombing or the fire killed
                return _hit_by(syntax, syntax.tokens[node.head]), False
            antecedent = _holder_of_place(syntax, syntax.tokens[node.head])
            antecedent = _person_named_just_before(syntax, subjects[0], antecedent)
            return conjuncts(syntax, antecedent), False  # "the rebels who attacked"
        if not subjects and node.dep in _MODIFIER_CLAUSES and _issued(syntax, node):
            node = syntax.tokens[syntax.tokens[node.head].head]  # "X issued a statement demanding": X demands
            continue
        writer = _written_to(syntax, node) if not subjects else None
        if writer is not None:
            node = writer  # "X has written to the watchdog accusing Labour": X accuses
            continue
        if not subjects and node.dep in _MODIFIER_CLAUSES and node.head != node.i and syntax.tokens[node.head].ent_type in _TIMES:
            node = syntax.clause_head(syntax.tokens[node.head])  # "spent the end of last week talking to X": the one who spent it
            continue
        if not subjects and node.dep in _MODIFIER_CLAUSES and node.head != node.i and syntax.tokens[node.head].start >= body:
            # "rebel groups fighting to topple X": the noun acts; "soldiers killed in the
            # capital": a passive participle's noun is the target, and no one is named acting
            noun = _parenthesis_holder(syntax, syntax.tokens[node.head], node)
            noun = _intender(syntax, noun)
            noun = _undertaker(syntax, noun)
            noun = _predicated_of(syntax, noun, node)
            # a noun the parse made the sentence's root, its verb hung on it ("X, for the party,
            # called on Y"): the verb is the sentence's and the noun its subject
            misparsed_main_verb = node.tag == "VBN" and noun.head == noun.i and node.i > noun.i and noun.pos == "PROPN"
            misparsed_main_verb = misparsed_main_verb or _done_by_its_noun(syntax, node) or _participle_with_object(syntax, node)
            return ([], False) if node.tag == "VBN" and not misparsed_main_verb else (conjuncts(syntax, noun), False)
        doer = _for_subject(syntax, node) if not subjects and node.dep == "xcomp" and node.head != node.i else None
        if doer is not None:
            return conjuncts(syntax, doer), False  # "it was risky for a nation to seek": the nation
        if not subjects and node.dep == "xcomp" and node.head != node.i:
            controller = _object_controller(syntax, syntax.tokens[node.head])
            if controller is not None:
                return conjuncts(syntax, controller), False  # "urged Ruritania to support X"
        if subjects:
            if subjects[0].start >= body:
                return conjuncts(syntax, subjects[0]), False
            subject = _subject_after_dateline(syntax, node, subjects, body)
            return (_lead_subject(syntax, subject, body, node) if subject is not None else []), False
        if node.dep == "xcomp" and node.head != node.i:
            raised = _passive_subject(syntax, syntax.tokens[node.head])
            if raised:
                return conjuncts(syntax, raised[0]), False  # "X is expected to visit", "X was forced to resign"
        if children(syntax, node, "nsubjpass") or node.dep not in _INHERIT_DEPS or node.head == node.i:
            return [], False
        node = syntax.tokens[node.head]
        if node.dep == "prep" and node.head != node.i and syntax.tokens[node.head].pos in ("VERB", "AUX"):
            governor = syntax.tokens[node.head]
            # "suspended the branch for refusing": the branch refused; "was jailed for shooting": the one jailed shot
            objects = children(syntax, governor, "dobj") or children(syntax, governor, "nsubjpass")
            if node.text.lower() == "for" and objects:
                return conjuncts(syntax, objects[0]), False
            node = governor  # "responded by accusing X": through the "by" to its verb
    return [], False


def _wielder_of(syntax: Syntax, thing: Token) -> Token | None:
    """Who fired, threw or planted a thing that did harm (kinds ``fired_thing``,
    ``firing_verb``): "X fired the shots that killed Y", "X planted the bomb that killed Y"."""
    lexicon = load_event_lexicon()
    if thing.lemma.lower() not in lexicon.words("fired_thing") or thing.dep != "dobj" or thing.head == thing.i:
        return None
    verb = syntax.tokens[thing.head]
    subjects = children(syntax, verb, "nsubj")
    return subjects[0] if verb.lemma.lower() in lexicon.words("firing_verb") and subjects and not relative_word(subjects[0]) else None


def _site_said_to_kill(syntax: Syntax, antecedent: Token, verb: Token) -> bool:
    """A site (kind ``attacked_site``) as the antecedent of a casualty verb: the parse hung the
    relative clause on the site an attack hit, not on the attack."""
    lexicon = load_event_lexicon()
    return antecedent.pos == "NOUN" and antecedent.lemma.lower() in lexicon.words("attacked_site") and verb.lemma.lower() in lexicon.words("casualty")


def _hit_by(syntax: Syntax, site: Token) -> list[Token]:
    """A force of nature whose phrase names the site ("a fire at a cafe"), the subject no one
    is behind; an attack's ("the bombing of a clinic") names no doer: none."""
    if site.dep != "pobj" or site.head == site.i:
        return []
    preposition = syntax.tokens[site.head]
    noun = syntax.tokens[preposition.head]
    return [noun] if preposition.head != preposition.i and noun.lemma.lower() in natural_causes() else []


def _disagrees(syntax: Syntax, verb: Token, subject: Token) -> bool:
    """A plural present verb cannot have a singular subject ("it ... dismiss"; "will dismiss"
    can)."""
    singular = subject.tag in ("NN", "NNP") or subject.text.lower() in ("it", "he", "she", "this", "that")
    plural_present = verb.tag == "VBP" or (verb.tag == "VB" and not children(syntax, verb, "aux", "auxpass"))
    return plural_present and singular


def _detached_agent(syntax: Syntax, verb: Token) -> list[Token]:
    """The "by" phrase of a passive that the parse hung lower down ("were described as
    'outrageous' by X": on the adjective), or []."""
    # also a participle with no subject that the parse made a past tense ("in a move branded a
    # retreat by the Tories")
    participle = verb.tag in ("VBN", "VBD") and verb.dep in ("advcl", "acl") and not children(syntax, verb, "nsubj", "nsubjpass")
    if not children(syntax, verb, "auxpass") and not participle:
        return []
    named = ("PROPN",) if participle else ("PROPN", "NOUN")  # after such a participle, "by cutting taxes" is a means
    found = [
        pobj
        for word in descendants(verb, syntax, 4)
        if word.dep == "prep" and word.text.lower() == "by" and word.head != verb.i and not _inside_subject(syntax, word, verb)
        for pobj in children(syntax, word, "pobj")
    ]
    return [w for w in found if w.pos in named][:1]


def _inside_subject(syntax: Syntax, word: Token, verb: Token) -> bool:
    """Whether the word sits in the subject of the verb ("an approach by X was turned down":
    X made the approach; who turned it down is not said)."""
    node = word
    for _ in range(6):
        if node.head == node.i or node.head == verb.i:
            return node.dep in ("nsubj", "nsubjpass")
        node = syntax.tokens[node.head]
    return False


def main_verb_read_as_participle(syntax: Syntax, verb: Token) -> bool:
    """ "A group of prominent politicians charged on Tuesday that NRC members ...", parsed as a
    participle on "group", the sentence's root: a sentence has a main verb, and one with its
    own "that" clause is it; the noun is its subject."""
    if verb.dep != "acl" or verb.tag not in ("VBN", "VBD") or verb.head == verb.i:
        return False
    noun = syntax.tokens[verb.head]
    return noun.dep == "ROOT" and bool(said_clauses(syntax, verb)) and not children(syntax, verb, "auxpass", "agent", "nsubj", "nsubjpass")


def _accused_of(syntax: Syntax, verb: Token) -> list[Token]:
    """The one suspected, accused or charged "of" doing the act (a gerund with no subject of
    its own), not the one who suspects: "nationals suspected by the West of blowing up a Pan Am
    plane", "X was accused of attacking Y"."""
    if verb.dep != "pcomp" or verb.tag != "VBG" or verb.head == verb.i or children(syntax, verb, "nsubj"):
        return []
    preposition = syntax.tokens[verb.head]
    if preposition.text.lower() != "of" or preposition.head == preposition.i:
        return []
    judging = syntax.tokens[preposition.head]
    if judging.lemma.lower() not in _ACCUSING:
        return []
    if judging.dep == "acl" and judging.head != judging.i:
        return conjuncts(syntax, syntax.tokens[judging.head])
    return [t for s in children(syntax, judging, "nsubjpass", "dobj") for t in conjuncts(syntax, s)]


_ACCUSING = frozenset({"suspect", "accuse", "charge", "convict", "acquit", "clear", "blame", "find"})


def _root_of_verbless_sentence(syntax: Syntax, verb: Token) -> Token | None:
    """The noun the parse made the sentence's root when it hung the sentence's finite past verb
    on a noun of a clause before it, as a modifier ("Investor X, who leads one of the two groups
    vying for Y, offered to sweeten his bid": "offered" on "groups"): that noun is its subject."""
    if verb.dep != "acl" or verb.tag != "VBD" or children(syntax, verb, "nsubj", "nsubjpass", "auxpass"):
        return None
    node = verb
    while node.head != node.i:
        node = syntax.tokens[node.head]
        if node.pos in ("VERB", "AUX") and node.dep != "relcl":
            return None  # a verb above it heads the sentence, whatever it hangs on
    return node if node.pos in ("NOUN", "PROPN") else None


def said_clauses(syntax: Syntax, verb: Token) -> list[Token]:
    """The verb's "that" clauses, with one the parse hung on the noun the verb follows
    ("A group of politicians charged on Tuesday that NRC members were ...")."""
    clauses = children(syntax, verb, "ccomp")
    if verb.dep == "acl" and verb.head != verb.i:
        later = [c for c in children(syntax, syntax.tokens[verb.head], "acl") if c.i > verb.i]
        clauses += [c for c in later if any(m.dep == "mark" and m.text.lower() == "that" for m in children(syntax, c))]
    return clauses


def _participle_read_as_verb(syntax: Syntax, verb: Token) -> bool:
    """A participle with a "by" agent that the parse gave an active subject and made the
    clause's verb ("the meeting attended by donors noted ..."): it describes that subject."""
    return verb.tag == "VBN" and bool(children(syntax, verb, "nsubj")) and bool(children(syntax, verb, "agent")) and not children(syntax, verb, "aux", "auxpass")


def _passive_subject(syntax: Syntax, verb: Token) -> list[Token]:
    """The subject of a passive with no "by" agent that takes an infinitive: it is also the
    infinitive's subject ("Merkel is expected to visit", "was scheduled to give ... and meet")."""
    if children(syntax, verb, "agent"):
        return []
    return children(syntax, verb, "nsubjpass")


def reduced_relative(syntax: Syntax, verb: Token) -> bool:
    """A participle the parse took for the main verb: "The men held for a week were freed"
    parsed as "held" with subject "the men" and "were freed" joined to it with no "and".  The
    participle describes its noun, who undergoes it."""
    if verb.tag not in ("VBD", "VBN") or not children(syntax, verb, "nsubj") or children(syntax, verb, "dobj", "ccomp", "xcomp"):
        return False
    joined = [c for c in children(syntax, verb, "conj") if c.i > verb.i]
    return any(_passive_without_subject(syntax, c) and not any(t.dep == "cc" or t.text == "," for t in syntax.tokens[verb.i + 1 : c.i] if t.head == verb.i) for c in joined)


def _subject_of_passive_gerund(syntax: Syntax, verb: Token) -> list[Token]:
    """'Two men were hospitalized after being shot': a passive gerund of no subject of its own,
    after a preposition, befalls the subject of the clause it hangs on."""
    if verb.dep != "pcomp" or verb.head == verb.i or not any(k.text.lower() == "being" for k in children(syntax, verb, "auxpass")):
        return []
    if children(syntax, verb, "nsubj", "nsubjpass"):
        return []
    preposition = syntax.tokens[verb.head]
    if preposition.head == preposition.i:
        return []
    return children(syntax, syntax.tokens[preposition.head], "nsubj", "nsubjpass")


def _participle_read_as_clause(syntax: Syntax, verb: Token) -> Token | None:
    """'as protesting school teachers continue to fill the Capitol', parsed as "as protesting"
    with the teachers the next clause's subject: a bare -ing form right before the subject noun
    it describes; that noun does it."""
    if verb.tag != "VBG" or verb.dep not in ("pcomp", "advcl", "acl") or children(syntax, verb) or verb.i + 1 >= len(syntax.tokens):
        return None
    noun = syntax.tokens[verb.i + 1]
    for _ in range(4):
        if noun.dep not in ("compound", "amod") or noun.head <= noun.i:
            break
        noun = syntax.tokens[noun.head]
    return noun if noun.pos == "NOUN" and noun.dep in ("nsubj", "nsubjpass") and noun.i > verb.i else None


def seen_undergoing(syntax: Syntax, verb: Token) -> bool:
    """A participle whose subject a verb of seeing, finding or wanting takes as its object
    ("watched their houses destroyed", "see his children denied an education", "want the
    prisoners released"): the noun undergoes it.  After "hear" or "find" only a form the parse
    calls a participle: "heard the rebels attacked" may well say they did."""
    if verb.dep != "ccomp" or verb.tag not in ("VBD", "VBN") or verb.head == verb.i:
        return False
    seeing = load_event_lexicon().cues.get("small_clause_verb", {}).get(syntax.tokens[verb.head].lemma.lower())
    if seeing is None or (seeing == "participle" and verb.tag != "VBN"):
        return False
    subjects = children(syntax, verb, "nsubj")
    if not subjects or relative_word(subjects[0]) or children(syntax, verb, "aux", "auxpass", "mark"):
        return False
    return not _participle_with_object(syntax, verb)  # "saw the troops attacked the town": they did


_DONE_WITHOUT_OBJECT = frozenset({"protest", "demonstrate", "march", "rally", "riot"})


def _done_by_its_noun(syntax: Syntax, verb: Token) -> bool:
    """'About 300 fans protested outside the ground', parsed as a participle on "fans": an act
    no one undergoes, with no object and no "by" phrase, is done by the noun."""
    return verb.lemma.lower() in _DONE_WITHOUT_OBJECT and not children(syntax, verb, "dobj", "agent", "auxpass")


def _participle_with_object(syntax: Syntax, verb: Token) -> bool:
    """'after giant waves killed 38,000 people', parsed as a participle on "waves": a passive
    participle takes no direct object, so the noun did it (unless the verb takes two objects)."""
    # verbs whose passive participle keeps an object ("the men offered seats", "firms given time")
    double_object = load_event_lexicon().words("double_object_verb")
    return bool(children(syntax, verb, "dobj")) and not children(syntax, verb, "auxpass", "agent") and verb.lemma.lower() not in double_object


def opening_participle(syntax: Syntax, verb: Token) -> bool:
    """A passive participle opening its sentence ("Pressed on benefits, he said", "Backed by
    the army, the rebels ..."): the main clause's subject undergoes it; only a "by" phrase
    names who did it."""
    if verb.dep != "advcl" or verb.tag != "VBN" or verb.head == verb.i:
        return False
    # or one set after the main clause by a comma ("X is on trial, accused of fraud")
    if verb.i > verb.head and not (syntax.tokens[verb.i - 1].text == "," and verb.lemma.lower() in _BEFALLING):
        return False
    return not children(syntax, verb, "nsubj", "nsubjpass", "aux", "auxpass", "mark")


# Participles that befall the one they follow ("..., accused of fraud", "..., charged with")
_BEFALLING = frozenset({"accuse", "charge", "suspect", "convict", "arrest", "detain", "sentence", "indict", "jail", "wanted"})


def _participle_on_noun_before(syntax: Syntax, verb: Token) -> bool:
    """A past form the parse hung on the main verb that follows a noun with nothing between
    ("put the figure at 5bn, similar to the cash offered Ruritania"): no clause goes on
    without a subject or a comma, so it is a participle describing that noun, which
    undergoes it."""
    if verb.dep != "advcl" or verb.tag not in ("VBD", "VBN") or verb.head == verb.i or verb.i < verb.head or verb.i == 0:
        return False
    if children(syntax, verb, "nsubj", "nsubjpass", "aux", "auxpass", "mark", "xcomp", "ccomp"):
        return False  # "going into the election pledged to raise taxes": pledged, he is
    before = syntax.tokens[verb.i - 1]
    if before.pos not in ("NOUN", "PROPN") or before.head == verb.i:
        return False
    # "were affected as civil servants in Wales joined the strike": a subordinator the parse
    # took for a preposition opens a clause, whose subject the noun phrase is
    node = before
    for _ in range(4):
        if node.head == node.i:
            break
        node = syntax.tokens[node.head]
        if node.dep == "prep" and node.text.lower() in _SUBORDINATORS:
            return False
    return True


_SUBORDINATORS = frozenset({"as", "while", "after", "before", "because", "when", "since", "until", "once", "though", "although", "whereas"})


def _passive_without_subject(syntax: Syntax, verb: Token) -> bool:
    return bool(children(syntax, verb, "auxpass")) and not children(syntax, verb, "nsubj", "nsubjpass")


def _after_reduced_relative(syntax: Syntax, verb: Token) -> bool:
    """Whether ``verb`` is the real main verb of such a misparse ("were freed")."""
    return verb.dep == "conj" and verb.head != verb.i and _passive_without_subject(syntax, verb) and reduced_relative(syntax, syntax.tokens[verb.head])


_INTENT_NOUNS = frozenset({"intention", "plan", "promise", "pledge", "vow", "decision", "threat"})  # its owner acts ("his decision to back"); "a refusal to order" is none


def _as_clause_subject(syntax: Syntax, verb: Token) -> list[Token]:
    """'... were affected as civil servants in Wales joined the strike', parsed with "as" a
    preposition and the verb a clause of its own: the noun of the "as" phrase that runs up to
    the verb is its subject."""
    if verb.dep not in ("advcl", "conj") or verb.head == verb.i or verb.i == 0:
        return []
    node = syntax.tokens[verb.i - 1]  # "praised as a leader and resigned": "and" climbs to no "as"
    for _ in range(4):  # from the word before the verb up to the "as"
        if node.head == node.i:
            return []
        head = syntax.tokens[node.head]
        if head.text.lower() == "as" and head.dep == "prep" and head.head == verb.head and node.dep == "pobj":
            return [node]
        node = head
    return []


def _intender(syntax: Syntax, noun: Token) -> Token:
    """The owner of an intention an infinitive hangs on ("told Mr Lee of his intention to stand
    down": he stands down), else the noun."""
    if noun.lemma.lower() not in _INTENT_NOUNS:
        return noun
    owners = children(syntax, noun, "poss")
    if owners and owners[0].tag == "PRP$" and noun.dep == "dobj" and noun.head != noun.i:
        subjects = children(syntax, syntax.tokens[noun.head], "nsubj")
        if subjects and subjects[0].pos != "PRON":  # "Kidnappers kept their promise to kill": the kidnappers
            return subjects[0]
    return owners[0] if owners else noun


def _undertaker(syntax: Syntax, noun: Token) -> Token:
    """'has launched legal action to sue people', 'made an attempt to buy the firm': the one who
    undertakes the effort an infinitive hangs on does what it says, else the noun."""
    if noun.lemma.lower() not in _UNDERTAKINGS or noun.dep != "dobj" or noun.head == noun.i or children(syntax, noun, "poss"):
        return noun  # "compared Xstrata's attempt to take over WMC": Xstrata's, told by its owner
    verb = syntax.tokens[noun.head]
    subjects = children(syntax, verb, "nsubj")
    return subjects[0] if subjects and verb.lemma.lower() in _UNDERTAKING_VERBS else noun


_UNDERTAKINGS = frozenset({"action", "effort", "attempt", "bid", "campaign", "drive", "step", "move", "initiative", "offensive"})
_UNDERTAKING_VERBS = frozenset({"launch", "make", "mount", "begin", "start", "take", "pursue", "wage", "lead", "undertake", "file", "initiate", "step"})


def _parenthesis_holder(syntax: Syntax, noun: Token, verb: Token) -> Token:
    """The root name a verb after a comma belongs to when the parse hung it on the last noun of
    a phrase set off between commas ("X, for the Y party, called on Z": X calls), else ``noun``."""
    prep = syntax.tokens[noun.head]
    if noun.dep != "pobj" or prep.dep != "prep" or verb.i < 1 or syntax.tokens[verb.i - 1].text != ",":
        return noun
    holder = syntax.tokens[prep.head]
    if holder.head == holder.i and holder.pos == "PROPN" and holder.i < prep.i and syntax.tokens[prep.i - 1].text == ",":
        return holder
    return noun


def has_aux(syntax: Syntax, verb: Token, words: frozenset[str]) -> bool:
    """Whether ``verb`` has an auxiliary among ``words`` ("to" of an infinitive, "must")."""
    return any(k.dep == "aux" and k.text.lower() in words for k in children(syntax, verb))


def _misparsed_gerund(syntax: Syntax, subject: Token) -> Token:
    """'The Red Cross operating in Iraq said': a participle the parser made the subject, its
    noun hung below it as its subject; the noun is the subject."""
    if subject.tag != "VBG":
        return subject
    nouns = [k for k in children(syntax, subject, "nsubj") if k.pos in _NOMINAL and k.i < subject.i]
    return nouns[0] if nouns else subject


def _issued(syntax: Syntax, clause: Token) -> bool:
    """Whether a modifier clause hangs on a statement or threat noun that a verb takes as its
    object ("issued a declaration demanding ...", "sent a letter urging ...", "made a threat to
    strike")."""
    noun = syntax.tokens[clause.head]
    issued = load_event_lexicon().words("statement_noun") | load_event_lexicon().words("threat_noun")  # "made a threat to strike"
    if any(p.text.lower() == "by" for p in children(syntax, noun, "prep")) or children(syntax, noun, "poss"):
        return False  # "rejected a petition by the rice industry seeking relief": the industry's, not the rejecter's
    return noun.i != clause.i and noun.dep == "dobj" and noun.head != noun.i and noun.lemma.lower() in issued


def stative(syntax: Syntax, verb: Token) -> bool:
    """'X is opposed to', 'forces were engaged in': a participle of a state its subject is in,
    with no "by" agent; the subject is the actor, not the one acted on."""
    if verb.lemma.lower() not in load_event_lexicon().words("stative_participle"):
        return False
    return bool(children(syntax, verb, "nsubjpass")) and not children(syntax, verb, "agent")


def _undergoes(syntax: Syntax, verb: Token) -> bool:
    """Whether the verb's subject, its own or inherited, undergoes the act: a passive with no
    subject of its own ("are to be offered"), or a participle after "with" ("with protesters
    jailed")."""
    if _died_unfought(syntax, verb):
        return True  # "more than 100 people have died since a bomb ...": they were killed
    kids = children(syntax, verb, "auxpass", "nsubj", "nsubjpass", "mark", "aux")
    if any(k.dep == "auxpass" for k in kids) and not any(k.dep in ("nsubj", "nsubjpass") for k in kids):
        return True
    if not kids and _joined_to_perfect_passive(syntax, verb):
        return True  # "having been charged with fraud and denied bail": denied bail as well
    absolute = any(k.dep == "mark" and k.text.lower() == "with" for k in kids)
    # or the parse hung the participle on the "with" itself ("..., with 230 people killed")
    absolute = absolute or (verb.dep == "pcomp" and syntax.tokens[verb.head].text.lower() == "with")
    return absolute and verb.tag in ("VBN", "VBD") and not any(k.dep == "aux" for k in kids)


def _died_unfought(syntax: Syntax, verb: Token) -> bool:
    """A verb of dying (kind ``dying_verb``) whose subject is killed, not fighting: no side it
    died fighting ("died in clashes with rebels", "died fighting the army") is named."""
    if verb.lemma.lower() not in load_event_lexicon().words("dying_verb"):
        return False
    fought = subtree(verb, syntax, 3)
    return not any(t.lemma.lower() in _FOUGHT_WITH or (t.lemma.lower() == "fight" and t.pos == "VERB") for t in fought)


_FOUGHT_WITH = frozenset({"with", "between", "against"})


def _joined_to_perfect_passive(syntax: Syntax, verb: Token) -> bool:
    """A past form joined to a "having been" participle: a participle clause has no finite
    verb, so the tagger's past tense is a participle that shares the passive."""
    if verb.dep != "conj" or verb.tag not in ("VBD", "VBN") or verb.head == verb.i:
        return False
    first = children(syntax, syntax.tokens[verb.head], "aux", "auxpass")
    return any(k.dep == "auxpass" for k in first) and any(k.dep == "aux" and k.text.lower() == "having" for k in first)


def governing_subject(syntax: Syntax, verb: Token, body: int = 0) -> list[Token]:
    """The subject of the clause that reports or governs ``verb``'s clause: "The rebels said
    they will release ...": who "they" are when the entities could not say."""
    node = verb
    for _ in range(4):
        if node.head == node.i:
            return []
        if node.dep in ("ccomp", "xcomp", "advcl", "conj"):
            words, _ = subject_tokens(syntax, syntax.tokens[node.head], body)
            if words and not all(w.pos == "PRON" for w in words):
                return words
        node = syntax.tokens[node.head]
    return []


def _object_controller(syntax: Syntax, verb: Token) -> Token | None:
    """The object that does what an infinitive says after verbs like 'urge' or 'order'."""
    if verb.lemma.lower() not in _OBJECT_CONTROL:
        return None
    objects = children(syntax, verb, "dobj")
    return objects[0] if objects else None


def _predicated_of(syntax: Syntax, noun: Token, clause: Token) -> Token:
    """'X is the latest shareholder to express concern': an infinitive on a noun said of a
    subject is that subject's act, as is a participle's ("he is the only leader invited to attend")."""
    if noun.dep != "attr" or noun.head == noun.i or not (clause.dep == "acl" or any(k.text.lower() == "to" for k in children(syntax, clause, "aux"))):
        return noun
    subjects = children(syntax, syntax.tokens[noun.head], "nsubj")
    return subjects[0] if subjects else noun


def _person_named_just_before(syntax: Syntax, relative: Token, antecedent: Token) -> Token:
    """'several of the senators, including Mitchell who urged Canada': the parse hangs the
    relative clause on the group; "who" right after a person's name within it is that person."""
    if relative.text.lower() != "who" or relative.i == 0:
        return antecedent
    name = syntax.tokens[relative.i - 1]
    if name.pos != "PROPN" or name.ent_type in _NOT_WHO or name.i == antecedent.i:
        return antecedent  # "who" stands for a person, whatever the model took the name for
    return name if any(t.i == name.i for t in descendants(antecedent, syntax, 3)) else antecedent


_NOT_WHO = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})


def _holder_of_place(syntax: Syntax, antecedent: Token) -> Token:
    """'the prosecutor's office in Brunswick, which is looking into ...': the parse hangs the
    relative clause on the place closing the noun's locative phrase; the one who acts is the
    noun the place locates."""
    if antecedent.ent_type not in ("GPE", "LOC") or antecedent.dep != "pobj" or antecedent.head == antecedent.i:
        return antecedent
    preposition = syntax.tokens[antecedent.head]
    if preposition.text.lower() not in LOCATIVE_PREPS or preposition.head == preposition.i:
        return antecedent
    holder = syntax.tokens[preposition.head]
    if holder.pos != "NOUN":
        return antecedent
    # "the twin bombings at U.S. embassies in Kenya and Tanzania, which have killed 250": the
    # attack the embassies are the place of
    if holder.dep == "pobj" and holder.head != holder.i and syntax.tokens[holder.head].text.lower() in LOCATIVE_PREPS:
        happening = syntax.tokens[syntax.tokens[holder.head].head]
        if happening.pos == "NOUN" and load_event_lexicon().names_an_attack(happening.lemma.lower()):
            return happening
    return holder


def _subject_after_dateline(syntax: Syntax, verb: Token, subjects: list[Token], body: int) -> Token | None:
    """The real subject when the parse made the dateline's city the subject of ``verb``:
    another subject after the dateline, else the first noun between the dateline and the verb
    that hangs on the dateline (as appos, npadvmod, dep ...) or on the verb."""
    later = [s for s in subjects if s.start >= body]
    if later:
        return later[0]
    for token in syntax.tokens[: verb.i]:
        if token.start < body:
            continue
        head = syntax.tokens[token.head]
        if token.pos in _NOMINAL and (head.start < body or head.i == verb.i):
            return token
    return None


def _lead_subject(syntax: Syntax, subject: Token, body: int, verb: Token) -> list[Token]:
    """The words of the real subject found after a dateline.  The parse of such a lead is
    often broken, coordinated names hanging on each other as nmod or conj ("President A and
    President B signed"), so both links are followed, between the dateline and the verb."""
    words, frontier = [subject], [subject]
    while frontier:
        frontier = [c for t in frontier for c in children(syntax, t, "conj", "nmod") if body <= c.start < verb.start and c.pos in ("PROPN", "NOUN", "PRON") and c not in words]
        words.extend(frontier)
    return words


def addressed_by_carrier(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, actor: Actor | None) -> list[Actor]:
    """'wrote to the regulator to complain', 'called the minister to protest': the one a letter,
    call or meeting that carries out the act's purpose went to (the ``carrying_verb`` cues)."""
    verb = trigger.verb
    if verb.dep not in ("advcl", "xcomp") or not any(k.dep == "aux" and k.text.lower() == "to" for k in children(syntax, verb)):
        return []
    carrier = syntax.tokens[verb.head]
    if carrier.lemma.lower() not in lexicon.words("carrying_verb"):
        return []
    addressed = children(syntax, carrier, "dobj") + [o for p in children(syntax, carrier, "prep") if p.text.lower() in ("to", "with") for o in children(syntax, p, "pobj")]
    found = []
    for token in addressed:
        for each in (token, *conjuncts(syntax, token)[1:]):
            side = _recipient_at(doc, syntax, each, actor)
            if side is not None and side not in found:
                found.append(side)
    return found


def _may_be_the_doers(doc: Document, possessive: Token, actor: Actor | None) -> bool:
    """Whether a possessive pronoun may stand for the doer: "his" or "her" is no body's ("the
    central bank dismissed his suggestion" is someone else's)."""
    if possessive.text.lower() not in _POSSESSIVE_GENDER or actor is None or not actor.entity:
        return True
    entity = doc.entity(actor.entity)
    return entity is None or entity.type == "PERSON"


def _protested_against(syntax: Syntax, trigger: Trigger) -> list[Token]:
    """The objects of "against" hung on the trigger's words, on its verb, or on a protest noun or
    purpose verb below them ("in a protest against X", "to protest against X"), then the doers
    or owners their "by" or "of" names."""
    holders = [*trigger.tokens, trigger.verb]
    below = [t for h in holders for t in (*descendants(h, syntax, 3), *children(syntax, h, "advcl", "xcomp"))]
    holders += [t for t in below if t.lemma.lower() in _PROTEST_WORDS]
    preps = [t for t in trigger.tokens if t.text.lower() == "against" and t.dep == "prep"]  # "rallied in Sofia against"
    preps += [p for h in dict.fromkeys(holders) for p in children(syntax, h, "prep") if p.text.lower() == "against"]
    objects = [o for p in dict.fromkeys(preps) for o in children(syntax, p, "pobj")]
    # "the government's EC policies", "government policies": against their owner, not what
    # they are about
    policies = load_event_lexicon().words("policy_noun")
    found = [w for o in objects for w in ([*children(syntax, o, "poss"), *children(syntax, o, "compound"), o] if o.lemma.lower() in policies else [o])]
    # "demonstrate over Commission proposals", "in protest at the government's cuts": a protest
    # over or at a plan is aimed at its owner; what it is over is no side ("over pork prices")
    about = [p for h in dict.fromkeys(holders) for p in children(syntax, h, "prep") if p.text.lower() in ("over", "at")]
    found += [w for p in about for o in children(syntax, p, "pobj") if o.lemma.lower() in policies for w in [*children(syntax, o, "poss"), *children(syntax, o, "compound")]]
    # "against the violations by Algerian security forces": whose they are
    return found + [o for t in found for p in children(syntax, t, "prep") if p.text.lower() in ("by", "of") for o in children(syntax, p, "pobj")]


_PROTEST_WORDS = frozenset({"protest", "demonstration", "rally", "march", "strike"})


_CAUSE_WORDS = frozenset({"due", "because", "owing", "thanks"})


def _in_cause(syntax: Syntax, token: Token, top: Token) -> bool:
    """Whether the token lies in a phrase of cause hung on the verb ("due to", "because of",
    "owing to", "thanks to")."""
    node = token
    for _ in range(8):
        if node.i == top.i or node.head == node.i:
            return False
        if node.text.lower() in _CAUSE_WORDS and node.dep in ("prep", "advmod", "mark") and node.head == top.i:
            # "payments due to private banks" owes, it gives no cause
            owed = node.text.lower() in ("due", "owing") and node.i > 0 and syntax.tokens[node.i - 1].pos == "NOUN"
            return not owed
        node = syntax.tokens[node.head]
    return False


def _subject_of_joined_clause(syntax: Syntax, trigger: Trigger, token: Token) -> bool:
    if _subject_taken_by(syntax, token) is not None:
        return True  # the parse joined it to the object before ("over prices and milk producers blocked")
    if token.dep not in ("nsubj", "nsubjpass") or token.head == token.i:
        return False
    verb = syntax.tokens[token.head]
    return verb.dep == "conj" and verb.head == trigger.verb.i


_MOVED_FORCES = frozenset({"MIL", "COP"})


def recipients_of(doc: Document, syntax: Syntax, trigger: Trigger, actor: Actor | None, passive_agent: bool, body: int = 0) -> list[Actor]:
    """The actors the event is aimed at (coordinated ones included: "aid to A and B"), or [];
    never a word of the dateline (before ``body``) nor of a locative phrase (that is the
    event's place, "a bomb in central Zelkova")."""
    # "made the call for longer prison sentences": a call asks whom its "for" or "on" names
    called = trigger.pattern.type == "REQUEST" and trigger.pattern.pos == "N"
    candidates = _asked_by_a_call(syntax, trigger) if called else _recipient_candidates(syntax, trigger, passive_agent)
    candidates += _relative_object(doc, syntax, trigger.verb)
    # "voicing its opposition": a word of the trigger its doer owns is no side
    own = {t.i for t in trigger.tokens if any(p.dep == "poss" and p.tag == "PRP$" and _may_be_the_doers(doc, p, actor) for p in children(syntax, t))}
    # "voiced strong opposition to the plan": the stance voiced is no side (not "opposition" parties)
    lexicon = load_event_lexicon()
    own |= {t.i for t in trigger.tokens if t is not trigger.verb and t.pos == "NOUN" and t.lemma.lower() in lexicon.words("stance_noun")}
    # nor are the doers of its noun as subject ("a strike by public sector workers began": they act)
    own |= {d.i for t in trigger.tokens if t.pos == "NOUN" and t.dep in ("nsubj", "nsubjpass") for doer in doers(syntax, t) for d in (doer, *descendants(doer, syntax, 5))}
    if trigger.pattern.type == "PROTEST" and trigger.pattern.pos == "V":  # "took to the streets": the pattern's own words are where, not whom
        own |= {d.i for t in trigger.tokens if t is not trigger.head and t.dep == "pobj" for d in (t, *descendants(t, syntax, 3))}
    # "condemned the bombing of the U.S. embassies": aimed at the bombers, not the embassies
    attacked = attack_judged(syntax, lexicon, trigger)
    if attacked is not None:
        leading = attacked.attackers[0] if attacked.attackers else None
        people = demonym_country(leading.text) if leading is not None and leading.pos == "ADJ" else None
        if people is not None:
            return [_state_of(doc, people)]  # "the Israeli bombing": Israel's
        candidates = attacked.attackers + [t for t in candidates if t.i not in attacked.left_out]
    candidates = [t for t in candidates if t.start >= body and t.i not in own and not _pronoun_out_of_reach(doc, syntax, trigger, t)]
    held = lexicon.words("held_ground")
    if (trigger.pattern.type == "COERCE" and trigger.pattern.mode == "seize") or any(t.lemma.lower() in held for t in trigger.tokens):
        # "seized three villages", "regained most of the towns and villages": the ground taken is
        # no side, unless it says whose it is ("crossing Iraqi territory")
        candidates = [t for t in candidates if t.lemma.lower() not in held or any(m.ent_type in ("NORP", "GPE") for m in children(syntax, t, "amod", "compound", "poss"))]
    # "held demonstrations over prices and milk producers blocked roads": the subject of a clause
    # joined to the trigger's acts in it, no one is acted on
    candidates = [t for t in candidates if not _subject_of_joined_clause(syntax, trigger, t)]
    # "talks were suspended due to the kidnapping of the president": a cause is no target
    candidates = [t for t in candidates if not _in_cause(syntax, t, trigger.verb)]
    candidates = [t for t in candidates if not _distance_mark(syntax, t) and not _role_taken(syntax, t)]
    # "blew up a line, interrupting traffic from X": what the act led to is not aimed at; nor
    # is the pattern's own prepositional object ("bring them to justice": not justice)
    pattern_objects = {t.i for t in trigger.tokens if t.dep == "pobj"}
    candidates = [t for t in candidates if not _in_participle_apposition(syntax, t, trigger.verb) and t.i not in pattern_objects]
    # "Elian's Miami relatives", "a nun from Miami": the city says where they are from
    candidates = [t for t in candidates if not _home_of_a_person(doc, syntax, t)]
    candidates = _partners_first(doc, syntax, candidates) + _dealt_with(doc, syntax, trigger)
    if trigger.pattern.type == "ACCUSE":
        # "lodged a complaint with the employment commission": the body it is filed with hears it
        heard_by = {t.i for t in _filed_with(syntax, [trigger.verb, *trigger.tokens])}
        candidates = [t for t in candidates if t.i not in heard_by]
    if trigger.pattern.type in _DEALING_SIDES:  # "negotiate a settlement": what is agreed, not a settlers' community
        candidates = [t for t in candidates if t.lemma.lower() not in _DEAL_NOUNS or entity_of(doc, t) is not None]
    if trigger.pattern.type == "REQUEST":
        candidates = [t for t in candidates if not _undergoes_the_act_asked(syntax, t)]
        undergo = _ordered_to_be_done(syntax, trigger.verb)
        candidates = [t for t in candidates if t.i not in undergo]
    if trigger.pattern.type == "MOBILIZE":  # "deploy 45,000 Marines", "committed ground troops": the forces moved are the actor's own
        candidates = [t for t in candidates if t.dep != "dobj" or entity_of(doc, t) is not None or agent_role(syntax, t) not in _MOVED_FORCES]
    ordered = _object_controller(syntax, trigger.verb) if trigger.pattern.type != "REQUEST" and children(syntax, trigger.verb, "xcomp") else None
    if ordered is not None:  # "ordered the troops to attack the city", coded as the attack: the troops do it, the city is hit
        candidates = [t for t in candidates if t.i != ordered.i]
    if trigger.pattern.type in _WANTING_TYPES:  # "pledged cleaner hospitals", "wants more police": what is wanted, not whom
        candidates = [t for t in candidates if entity_of(doc, t) is not None or not (_more_of(syntax, t) or _describes_a_thing(doc, syntax, t))]
    outlets = trigger.pattern.type in _OUTLET_TARGETS
    visit = trigger.pattern.mode == "visit"
    if trigger.pattern.type == "PROTEST":
        # "blocked a border crossing with France in a protest against the government's policies",
        # "marched through Madrid to protest against the reforms": whom it is against
        objects = _protested_against(syntax, trigger)
        against = [side for token in objects if (side := _recipient_at(doc, syntax, token, actor, outlets, visit)) is not None]
        if against:
            return against[:1]
    if any(_recipient_at(doc, syntax, o, actor, outlets, visit) for o in children(syntax, trigger.verb, "dobj")):
        # "killed 12 people at a market": with a target of its own, "at" says where, not at whom
        candidates = [t for t in candidates if not _object_of_at(syntax, trigger.verb, t)]
    controls = _object_controls(syntax, trigger)
    if controls:
        # "urged Muslims not to vote for Labour": the one urged, whoever the act is about; an
        # office no entity holds is still the one urged ("urged the information commissioner
        # to look at how the 'e-mail regime' ..."), not a word of what he is to do
        urged = children(syntax, trigger.verb, "dobj")
        titled = [t for t in urged if t.pos == "NOUN" and (office_title(syntax, t) or t.lemma.lower() in role_nouns()) and _recipient_at(doc, syntax, t, actor, outlets, visit) is None]
        if titled:
            return [Actor(None, phrase(doc, syntax, titled[0]))]
        candidates = urged + [t for t in candidates if t.dep != "dobj" or t.head != trigger.verb.i]
    # the one urged, or the subject of a passive ("the men, who were arrested on their return to
    # the UK"), is the recipient before any national target elsewhere in the clause
    addressee = _ultimatum_addressee(doc, syntax, trigger, actor) if trigger.pattern.type == "THREATEN" else None
    if addressee is not None:  # "threatened to follow Brazil ... if the banks do not grant its request": the banks
        return [addressee]
    direct = controls or bool((candidates and candidates[0].dep == "nsubjpass") or _relative_undergoer(syntax, trigger.verb))
    # "called on the trade department to block a takeover by the US tycoon": the one called on
    direct = direct or (trigger.pattern.type == "REQUEST" and bool(candidates) and _called_on(trigger, candidates[0]))
    # "blamed the cash crisis on the reluctance of governments": whom the "on" phrase names
    direct = direct or trigger.verb.lemma.lower() == "blame"
    # "agreed to buy its former parent and phone pioneer AT&T": a named conjunct of a word that
    # names no recipient of its own is one
    candidates = list(dict.fromkeys(c for token in candidates for c in (token, *conjuncts(syntax, token)[1:])))
    for with_country in (True, False) if not direct else (False,):  # a named or national target before a bare role ("rebels")
        for token in candidates:
            first = _recipient_at(doc, syntax, token, actor, outlets, visit)
            if first is None or (with_country and not stated_country(first) and not _named_object(doc, trigger, token, first)):
                continue  # a person named as the object counts as named ("called Jim Lee a giant of the party")
            seated = _seated_body(doc, syntax, token, actor, outlets, visit)
            if seated is not None:  # "an agreement with Lombard North Central Plc of the U.K.": the firm, British
                return [replace(seated, country=seated.country or first.country, code=seated.code or code_of(first.country, seated.sector))]
            found = [first]
            for other in conjuncts(syntax, token)[1:]:
                more = _recipient_at(doc, syntax, other, actor, outlets, visit)
                if more is not None and more not in found:
                    found.append(more)
            return _with_earlier_conjuncts(doc, syntax, token, found, actor, outlets, visit)
    owner = _anothers_own(doc, syntax, trigger, candidates, actor) or _policy_owner(doc, syntax, trigger, actor, body)
    if owner is None and trigger.pattern.type == "THREATEN":
        owner = _conditioned_side(doc, syntax, trigger, actor)
    return [owner] if owner is not None else []


def _partners_first(doc: Document, syntax: Syntax, candidates: list[Token]) -> list[Token]:
    """The sides a thing's "with" phrase names come before the thing ("concern about the U.S.
    trade deficits with South Korea and Taiwan": the two partners, not the deficits' owner)."""
    ordered: list[Token] = []
    for token in candidates:
        if token.pos == "NOUN" and entity_of(doc, token) is None and (agent_role(syntax, token) is None or token.lemma.lower() in _DEAL_NOUNS):
            partners = [p for prep in children(syntax, token, "prep") if prep.text.lower() == "with" for p in children(syntax, prep, "pobj")]
            # a side named or by its role, not "with Albania's help"
            ordered += [p for p in partners if p not in ordered and (entity_of(doc, p) is not None or agent_role(syntax, p) is not None)]
        if token not in ordered:
            ordered.append(token)
    return ordered


def _seated_body(doc: Document, syntax: Syntax, token: Token, actor: Actor | None, outlets: bool, visit: bool) -> Actor | None:
    """The named organization or person a country's "of", "from" or "in" phrase places ("X
    Plc of the U.K."), when it is a side of its own; the country only says where it is."""
    if token.dep != "pobj" or token.head == token.i:
        return None
    prep = syntax.tokens[token.head]
    if prep.text.lower() not in ("of", "from", "in") or prep.head == prep.i:
        return None
    holder = syntax.tokens[prep.head]
    entity = entity_of(doc, holder)
    if entity is None or entity.type not in ("ORG", "PERSON"):
        return None
    return _recipient_at(doc, syntax, holder, actor, outlets, visit)


def _called_on(trigger: Trigger, token: Token) -> bool:
    """Whether the word is the object of the pattern's own preposition ("called on X")."""
    return token.dep == "pobj" and any(token.head == t.i and t.dep == "prep" for t in trigger.tokens if t is not trigger.verb)


def conditional_hostile_act(syntax: Syntax, lexicon: EventLexicon, clause: Token) -> Token | None:
    """The "unless" (or "if not") clause of a clause that holds out a hostile act ("there could
    be further walkouts unless there was a government rethink"): what is warned of hangs on
    what the other side does, the form of a threat.  None when the clause has no such act or
    no such condition."""
    conditions = [c for c in children(syntax, clause, "advcl") if unless_clause(syntax, c)]
    if not conditions:
        return None
    if clause.lemma.lower() in lexicon.words("harm_outcome"):
        return None  # '"unless dealt with, they will undermine all that has been achieved"': a risk
    words = [*([clause] if clause.lemma.lower() != "be" else []), *children(syntax, clause, "attr", "nsubj", "dobj")]
    if not any(lexicon.names_type(w.lemma, HOSTILE_TYPES) for w in words):
        return None
    return conditions[0]


def unless_clause(syntax: Syntax, clause: Token) -> bool:
    """An "unless" clause, or an "if ... not" one, which says the same."""
    marks = [m.text.lower() for m in children(syntax, clause, "mark")]
    return "unless" in marks or ("if" in marks and bool(children(syntax, clause, "neg")))


HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "PROTEST"})


def _ultimatum_addressee(doc: Document, syntax: Syntax, trigger: Trigger, actor: Actor | None) -> Actor | None:
    """The side that must comply with a threat's own condition ("threatened to declare a
    moratorium if the banks do not grant its request", "unless the board backs down")."""
    frontier, conditions = [trigger.verb], []
    for _ in range(4):  # the act threatened and its phrases ("to follow X in declaring Y if ..."), not a reported clause
        frontier = [k for node in frontier for k in children(syntax, node) if k.dep != "ccomp"]
        conditions += [k for k in frontier if k.dep == "advcl" and unless_clause(syntax, k)]
    return next((found for condition in conditions if (found := _side_of_condition(doc, syntax, condition, actor)) is not None), None)


def _conditioned_side(doc: Document, syntax: Syntax, trigger: Trigger, actor: Actor | None) -> Actor | None:
    """The side a conditional threat's condition names ("warned there could be walkouts
    unless there was a government rethink": the government; "unless the board backs down": the
    board)."""
    lexicon = load_event_lexicon()
    for clause in children(syntax, trigger.verb, "ccomp"):
        condition = conditional_hostile_act(syntax, lexicon, clause)
        if condition is None:
            continue
        found = _side_of_condition(doc, syntax, condition, actor)
        if found is not None:
            return found
    return None


def _side_of_condition(doc: Document, syntax: Syntax, condition: Token, actor: Actor | None) -> Actor | None:
    """Who must act for a condition to be met: its subject, or the owner its subject names
    ("unless the board backs down", "unless there is a government rethink")."""
    for word in children(syntax, condition, "nsubj", "nsubjpass", "attr"):
        for candidate in (word, *children(syntax, word, "compound", "poss")):
            found = _recipient_at(doc, syntax, candidate, actor)
            if found is not None:
                return found
    return None


def _named_object(doc: Document, trigger: Trigger, token: Token, actor: Actor) -> bool:
    """A person named (or a pronoun for one) as the direct object of criticism or praise; not a title
    the entities stage linked to someone ("the prime minister")."""
    entity = doc.entity(actor.entity) if actor.entity else None
    named = entity is not None and entity.type == "PERSON" and token.pos in ("PROPN", "PRON")
    # judged or praised, not handed over ("extradited X to Britain": Britain receives)
    return named and token.dep == "dobj" and token.head == trigger.verb.i and trigger.pattern.type in ("ACCUSE", "SUPPORT")


def _written_to(syntax: Syntax, clause: Token) -> Token | None:
    """'has written to the watchdog accusing Labour', 'complained to the council demanding':
    a participle the parse hung on the one addressed is the writer's act; the verb of writing."""
    if clause.dep != "acl" or clause.tag != "VBG" or clause.head == clause.i:
        return None
    addressed = syntax.tokens[clause.head]
    prep = syntax.tokens[addressed.head] if addressed.dep == "pobj" and addressed.head != addressed.i else None
    if prep is None or prep.text.lower() != "to" or prep.head == prep.i:
        return None
    verb = syntax.tokens[prep.head]
    return verb if verb.lemma.lower() in _ADDRESSING else None


# verbs by which one turns to someone in writing or in person
_ADDRESSING = frozenset({"write", "complain", "appeal", "turn", "speak", "talk", "report", "petition", "apply"})


def _relative_undergoer(syntax: Syntax, verb: Token) -> bool:
    """A passive relative clause whose subject is the relative pronoun ("who were arrested")."""
    undergoers = children(syntax, verb, "nsubjpass")
    return verb.dep == "relcl" and bool(undergoers) and relative_word(undergoers[0])


def to_infinitive(syntax: Syntax, verb: Token) -> bool:
    """A verb with "to" as its auxiliary: an infinitive ("to cut", "to form")."""
    return any(k.text.lower() == "to" for k in children(syntax, verb, "aux"))


def passive_voice(syntax: Syntax, verb: Token) -> bool:
    """A verb with a passive auxiliary or subject of its own ("was shot", "is believed")."""
    return bool(children(syntax, verb, "auxpass", "nsubjpass"))


def _passive(syntax: Syntax, verb: Token) -> bool:
    """A verb in the passive voice, or a participle coordinated with one and sharing its subject
    ("after being tortured and abused")."""
    if passive_voice(syntax, verb):
        return True
    return verb.dep == "conj" and verb.tag == "VBN" and not children(syntax, verb, "nsubj") and passive_voice(syntax, syntax.tokens[verb.head])


def _object_controls(syntax: Syntax, trigger: Trigger) -> bool:
    """'urged X to ...', 'asked X to ...': a request whose object is the one asked to act."""
    return trigger.pattern.type == "REQUEST" and bool(children(syntax, trigger.verb, "xcomp")) and bool(children(syntax, trigger.verb, "dobj"))


def _anothers_own(doc: Document, syntax: Syntax, trigger: Trigger, candidates: list[Token], actor: Actor | None) -> Actor | None:
    """'Howard attacked his plans', 'Davis welcomed his apology', 'called for her resignation':
    a plan, act or word of "his" or "her" that one criticises, opposes, calls for or welcomes
    is another's, though the pronoun's nearest antecedent is the actor: that other person,
    named before it. "His own plans" stay his, and so do the things one defends or hails
    (``own_record_defended``)."""
    lexicon = load_event_lexicon()
    kind = trigger.pattern.type
    if actor is None or not actor.entity or not (kind in _ANSWERING_OTHERS or trigger.head.lemma.lower() in lexicon.words("answers_another")):
        return None
    things = lexicon.words("policy_noun") | lexicon.words("owned_act")
    heads = {t.i for t in trigger.tokens}
    answered = [n for n in candidates if n.head in heads or (n.dep == "pobj" and syntax.tokens[n.head].head in heads)]  # not "asked X to consider his conduct"
    for noun in answered:
        if noun.pos != "NOUN" or noun.lemma.lower() not in things or any(a.lemma.lower() == "own" for a in children(syntax, noun, "amod")):
            continue
        for owner in children(syntax, noun, "poss"):
            gender = _POSSESSIVE_GENDER.get(owner.text.lower())
            resolved = entity_of(doc, owner)
            if gender is None or resolved is None or resolved.id != actor.entity:
                continue
            other = _person_named_before(doc, syntax, owner, gender, actor.entity)
            if other is not None:
                return as_actor(doc, other)
    return None


_POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def _person_named_before(doc: Document, syntax: Syntax, pronoun: Token, gender: str, besides: str) -> Entity | None:
    """The person last named before ``pronoun`` in its sentence or the three before, other than
    ``besides``, whose gender (from a given name or the pronouns already given them) does not
    contradict the pronoun's."""
    index = syntax.analysis.sentence_of(pronoun.start)
    start = syntax.analysis.sentences[max(index - 3, 0)].start if index >= 0 else pronoun.start
    best: tuple[int, Entity] | None = None
    for entity in doc.entities:
        if entity.type != "PERSON" or entity.id == besides or _gender_of(doc, entity) not in (None, gender):
            continue
        latest = max((m.start for m in entity.mentions if start <= m.start < pronoun.start), default=-1)
        if latest >= 0 and (best is None or latest > best[0]):
            best = (latest, entity)
    return best[1] if best else None


def _gender_of(doc: Document, entity: Entity) -> str | None:
    said = {_PRONOUN_GENDER.get(doc.article.text[m.start : m.end].lower()) for m in entity.mentions} - {None}
    if len(said) == 1:
        return said.pop()
    return gender_words()["given"].get(entity.name.split()[0]) if entity.name.split() else None


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _asked_by_a_call(syntax: Syntax, trigger: Trigger) -> list[Token]:
    """Whom a call or demand (a noun) asks: the subject of its "for" clause ("calls for the
    minister to resign") or the object of its "on" ("calls on the minister to")."""
    noun = trigger.head
    found = for_clause_subjects(syntax, [noun], "advcl", "acl")
    found += [p for prep in children(syntax, noun, "prep") if prep.text.lower() in ("on", "upon") for p in children(syntax, prep, "pobj")]
    return found


def marked_for(syntax: Syntax, clause: Token) -> bool:
    """Whether "for" opens the clause ("called for the minister to resign")."""
    return any(m.dep == "mark" and m.text.lower() == "for" for m in children(syntax, clause))


def _for_subject(syntax: Syntax, clause: Token) -> Token | None:
    """The "for" phrase before an infinitive that names who does it ("it was risky for a
    nation to seek refinancing")."""
    head = syntax.tokens[clause.head]
    if head.lemma.lower() != "be" or not any(s.text.lower() == "it" for s in children(syntax, head, "nsubj", "expl")):
        return None  # only "it is/was ... for X to": not "for its part, X moved to", "for which X is expected to"
    return next((p for prep in children(syntax, head, "prep") if prep.text.lower() == "for" and prep.i < clause.i for p in children(syntax, prep, "pobj")), None)


def for_clause_subjects(syntax: Syntax, holders: list[Token], *deps: str) -> list[Token]:
    """The subjects of the clauses "for" opens below ``holders`` ("for the minister to resign":
    the minister; not "for the prisoners to be freed": they are not asked to act)."""
    return [s for h in holders for clause in children(syntax, h, *deps) if marked_for(syntax, clause) for s in children(syntax, clause, "nsubj")]


def _ordered_to_be_done(syntax: Syntax, verb: Token) -> set[int]:
    """'ordered all contracts with foreign firms to be examined': the object of a passive
    infinitive and every word of its phrase undergo the act; the one ordered goes unnamed."""
    if not any(children(syntax, x, "auxpass") for x in children(syntax, verb, "xcomp")):
        return set()
    return {d.i for o in children(syntax, verb, "dobj") for d in (o, *descendants(o, syntax, 6))}


def _undergoes_the_act_asked(syntax: Syntax, token: Token) -> bool:
    """'appealed for the release of Ann Lee', 'called for the arrest of the general', 'called for
    Ms Lee's removal': the one an act asked for befalls (``patient_noun`` in ``event_cues.tsv``)
    is not the one asked to do it; 'called for the resignation of X' asks X."""
    patients = load_event_lexicon().words("patient_noun")
    if token.lemma.lower() in patients:
        return True  # the act's noun stands for the one it befalls only through its "of"
    for _ in range(3):  # "the release of aid worker Ann Lee": the words of the phrase
        if token.dep not in ("compound", "amod", "appos", "conj", "nmod") or token.head == token.i:
            break
        token = syntax.tokens[token.head]
    if token.dep == "poss" and token.head != token.i:
        return syntax.tokens[token.head].lemma.lower() in patients  # "called for Ms Lee's removal"
    if token.dep != "pobj" or token.head == token.i:
        return False
    of = syntax.tokens[token.head]
    if of.text.lower() != "of" or of.head == of.i:
        return False
    return syntax.tokens[of.head].lemma.lower() in patients


# Those a thing asked for ("tighter rules", "a tightening of the rules") is asked of
_RULE_MAKERS = frozenset({"GOV", "LEG", "JUD", "IGO", "ELI", "COP", "MIL"})


def _state_of(doc: Document, country: str) -> Actor:
    """The state of ``country`` as a side: the article's entity for it, if it names one."""
    entity = next((e for e in doc.entities if e.type == "COUNTRY" and e.country == country), None)
    if entity is not None:
        return as_actor(doc, entity)
    known = countries().countries.get(country)
    return Actor(None, known.name if known is not None else country, country, None, country)


def _policy_owner(doc: Document, syntax: Syntax, trigger: Trigger, actor: Actor | None, body: int) -> Actor | None:
    """Whose plan an act answers when the plan's phrase names no one ("the Lib Dems oppose
    the plans"): the owner the article gives that kind of plan elsewhere ("the government's
    plans", "Labour's bill"), else the government the article names; never the actor itself.
    A demand for a thing ("called for tighter rules", "demanded assurances") is made of them
    in the same way."""
    if trigger.pattern.type not in _ANSWERING_TYPES | {"AGREE"} or actor is None or not (actor.entity or actor.name):
        return None  # no one named answers: a guessed owner would make an event of nothing
    policy = load_event_lexicon().words("policy_noun")
    holders = [trigger.verb, *(t for t in trigger.tokens if t is not trigger.verb)]
    answered = [o for h in holders for o in children(syntax, h, "dobj", "nsubjpass")]
    answered += [o for h in holders for prep in children(syntax, h, "prep") if prep.text.lower() in ("to", "with") for o in children(syntax, prep, "pobj")]
    answered += _relative_antecedent(syntax, trigger.verb)
    # "X has an offer for Y underway that Y rejected": the one who holds the thing answered
    # ("held rallies": the trigger's own subject holds nothing answered)
    for holder in (h for o in answered for h in _holder_of(syntax, o) if h.head != trigger.verb.i):
        found = actor_of(doc, syntax, holder)
        if found is not None and (found.entity or found.country) and not _same_actor(found, actor):
            return found
    # "welcomed the freeze announced by the chancellor", "would not agree to a plan devised by
    # X": its maker
    for maker in (m for o in answered for m in _made_by(syntax, o)):
        found = actor_of(doc, syntax, maker)
        if found is not None and not _same_actor(found, actor):
            return found
    # "protest the apartheid laws of segregation practiced by X": the one its own phrase says
    # does it, before any owner of such a thing named elsewhere
    for doer in (d for o in answered for d in _done_by_in_its_phrase(syntax, o)):
        found = actor_of(doc, syntax, doer)
        if found is not None and (found.entity or found.country) and not _same_actor(found, actor):
            return found
    if trigger.pattern.type not in _ANSWERING_TYPES:
        return None  # agreeing to a plan its phrase names no maker of: whose it is stays open
    nouns = [o for o in answered if o.lemma.lower() in policy]
    nouns += [p for h in holders for prep in children(syntax, h, "prep") if prep.text.lower() in _RECIPIENT_PREPS for p in children(syntax, prep, "pobj") if p.lemma.lower() in policy]
    # "rejected a blanket policy of not enforcing the ban": a plan brought up, no one's named before
    nouns = [n for n in nouns if _owned(doc, syntax, n) or not any(d.text.lower() in _INDEFINITE for d in children(syntax, n, "det"))]
    if not nouns and trigger.pattern.type == "REQUEST":
        nouns = _things_asked(doc, syntax, holders)  # "called for a tightening of the rules": asked of those who make them
    if not nouns:
        return None
    for found in _plan_owners(doc, syntax, nouns, actor, body):
        if trigger.pattern.type in _BACKING and _own_government(found, actor):
            return None  # a minister backing or asking of his own government's plans acts for it, not to it
        if trigger.pattern.type == "REQUEST" and found.sector not in _RULE_MAKERS:
            continue  # "producers seek price rises": another firm's price rise is no one they ask
        if not _same_actor(found, actor):
            return found
    return None


def _relative_antecedent(syntax: Syntax, verb: Token) -> list[Token]:
    """The noun a relative clause's verb takes as its object ("the offer that X rejected")."""
    if verb.dep != "relcl" or verb.head == verb.i or (children(syntax, verb, "dobj", "nsubjpass") and not any(o.tag in ("WDT", "WP") for o in children(syntax, verb, "dobj"))):
        return []
    if any(s.tag in ("WDT", "WP") for s in children(syntax, verb, "nsubj")):
        return []  # "the firm that rejected ...": the antecedent acts, it is not what is answered
    return [syntax.tokens[verb.head]]


def _holder_of(syntax: Syntax, noun: Token) -> list[Token]:
    """The subject of "have" or "hold" whose object the noun is ("X has a tender offer"), or
    of a relative clause that made or holds it ("the offer that Y made")."""
    makers = []
    for clause in children(syntax, noun, "relcl"):
        objects = children(syntax, clause, "dobj")
        if clause.lemma.lower() in _MADE_OR_HELD and all(o.tag in ("WDT", "WP") for o in objects):
            makers += [w for w in children(syntax, clause, "nsubj") if w.tag not in ("WDT", "WP")]
            makers += [w for agent in children(syntax, clause, "agent") for w in children(syntax, agent, "pobj")]  # "that was made by Y"
    if makers or noun.dep != "dobj" or noun.head == noun.i:
        return makers
    verb = syntax.tokens[noun.head]
    return children(syntax, verb, "nsubj") if verb.lemma.lower() in _HOLDING else []


_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def _owned(doc: Document, syntax: Syntax, noun: Token) -> bool:
    """Whether a word before the noun names an actor ("a government scheme"; not "a blanket policy")."""
    return any(actor_of(doc, syntax, w) is not None for w in owner_words(syntax, noun))


_SUBNATIONAL = frozenset({"local", "regional", "municipal", "provincial", "county", "city", "town", "devolved"})
_INDEFINITE = frozenset({"a", "an", "any", "no", "some"})


def _plan_owners(doc: Document, syntax: Syntax, nouns: list[Token], actor: Actor | None, body: int) -> Iterator[Actor]:
    """Who may own the kind of plan ``nouns`` name: the owners the article gives such a plan
    ("the government's plans", "Labour's bill"), nearest first, then the governments it names
    (of no stated country: the actor's own, as an opposition's government is)."""
    yield from owners_named_elsewhere(doc, syntax, nouns, body)
    home = stated_country(actor) if actor is not None else None
    for token in syntax.tokens:
        if token.start >= body and token.lemma.lower() == "government" and token.pos == "NOUN" and not _modifies_a_noun(syntax, token):
            if any(w.lemma.lower() in _SUBNATIONAL for w in children(syntax, token, "amod", "compound")):
                continue  # "local governments had to deliver": not the government whose plans they are
            found = actor_of(doc, syntax, token)
            if found is None:
                continue
            own_state = home is not None and home not in _NON_STATES and actor is not None and actor.sector not in STATE_ROLES
            if home is not None and (found.country is None or (own_state and not owner_words(syntax, token))):
                # a bare "the government" a people's group presses is its own, whatever the
                # dateline's state; one a state presses is another's
                found = replace(found, country=home, code=code_of(home, found.sector))
            yield found


def _modifies_a_noun(syntax: Syntax, token: Token) -> bool:
    """A noun, alone or in a list, set before another noun ("government departments", "farm
    trade and government representatives"): it names the kind of those, no one itself."""
    for _ in range(4):
        if token.dep != "conj" or token.head == token.i:
            break
        token = syntax.tokens[token.head]
    return token.dep in ("compound", "nmod")


def owner_words(syntax: Syntax, noun: Token) -> list[Token]:
    """The words before a noun that may name its owner: a possessor, a compound, a capitalized
    adjective ("the government's plan", "a government rethink", "Tory plans"; "new plans" names
    none)."""
    return [w for w in children(syntax, noun, "poss", "compound", "amod") if w.dep != "amod" or w.text[:1].isupper()]


def owners_named_elsewhere(doc: Document, syntax: Syntax, nouns: list[Token], body: int = 0) -> Iterator[Actor]:
    """The owners the article gives the same kind of plan elsewhere ("the Tories' plans",
    "Labour's bill", "the Home Office unveiled its plans"), nearest first."""
    lemmas = {n.lemma.lower() for n in nouns}
    owners = [t for t in syntax.tokens if t.start >= body and t.lemma.lower() in lemmas and t.i not in {n.i for n in nouns}]
    owners.sort(key=lambda t: abs(t.i - nouns[0].i))
    for noun in owners:
        for word in owner_words(syntax, noun) + _maker_of(syntax, noun):
            found = actor_of(doc, syntax, word)
            if found is not None:
                yield found


def _maker_of(syntax: Syntax, noun: Token) -> list[Token]:
    """The subject of the verb that made a plan: "the Home Office unveiled its plans", "Labour
    published a document", "plans unveiled by the Conservatives" (and later "the plans")."""
    by = _made_by(syntax, noun)
    if by or noun.dep != "dobj" or noun.head == noun.i:
        return by
    verb = syntax.tokens[noun.head]
    return children(syntax, verb, "nsubj") if verb.lemma.lower() in _MAKING else []


def _done_by_in_its_phrase(syntax: Syntax, noun: Token) -> list[Token]:
    """The "by" agent of a participle on the noun or on the noun of its "of" phrase ("laws of
    segregation practiced by X")."""
    nouns = [noun, *(p for prep in children(syntax, noun, "prep") if prep.text.lower() == "of" for p in children(syntax, prep, "pobj"))]
    # a participle alone on the noun, not a clause of its own ("a proposal that X be circulated by Y")
    clauses = [c for n in nouns for c in children(syntax, n, "acl") if c.tag == "VBN" and not children(syntax, c, "aux", "auxpass", "nsubj", "nsubjpass", "mark")]
    return [p for clause in clauses for agent in children(syntax, clause, "agent") for p in children(syntax, agent, "pobj")]


def _made_by(syntax: Syntax, noun: Token) -> list[Token]:
    """'plans unveiled by the Conservatives': the "by" of a making participle."""
    return [p for clause in children(syntax, noun, "acl") if clause.lemma.lower() in _MAKING for agent in children(syntax, clause, "agent") for p in children(syntax, agent, "pobj")]


_MAKING = frozenset(
    {
        "announce",
        "publish",
        "unveil",
        "propose",
        "introduce",
        "launch",
        "outline",
        "produce",
        "issue",
        "present",
        "table",
        "devise",
        "draft",
        "draw",
        "design",
        "prepare",
        "put",
        "submit",
        "suggest",
        "float",
        "make",
        "pass",  # "the law passed by Congress", "the quotas set by the cartel", "a suit brought by X"
        "set",
        "impose",
        "adopt",
        "bring",
        "file",
        "lodge",
    }
)
_HOLDING = frozenset({"have", "hold"})
_MADE_OR_HELD = _MAKING | _HOLDING  # "the offer that X made", "X has an offer"


def _own_government(found: Actor, actor: Actor | None) -> bool:
    """Whether ``found`` is the government of the country that ``actor`` rules or serves."""
    home = stated_country(actor) if actor is not None else None
    return actor is not None and home is not None and actor.sector in _RULERS and found.sector == "GOV" and found.country in (home, None)


def _things_asked(doc: Document, syntax: Syntax, holders: list[Token]) -> list[Token]:
    """What a demand asks for when it is a thing, not someone ("demanded assurances", "called
    for a tightening of the rules"): its object or its "for" phrase."""
    asked = [o for h in holders for o in children(syntax, h, "dobj", "pobj")]
    asked += [o for h in holders for prep in children(syntax, h, "prep") if prep.text.lower() == "for" for o in children(syntax, prep, "pobj")]
    return [o for o in asked if o.pos == "NOUN" and actor_of(doc, syntax, o) is None]


def _same_actor(found: Actor, actor: Actor | None) -> bool:
    if actor is None:
        return False
    if found.entity and found.entity == actor.entity:
        return True
    return found.sector == actor.sector and found.country == actor.country and actor.sector in STATE_ROLES


def _in_gerund(syntax: Syntax, token: Token, top: Token) -> bool:
    """Whether ``token`` hangs below ``top`` through a gerund ("accused ministers of turning
    Britain into a dump": Britain is what the accused did something to, not the accused)."""
    node, below = token, token
    while node.i != top.i and node.head != node.i:
        below, node = node, syntax.tokens[node.head]
        if node.i != top.i and node.tag == "VBG" and node.dep in ("pcomp", "pobj", "advcl"):  # advcl: "merge with X, bringing Y under state control"
            # "an agreement with CTS Corp resolving all differences": the parse's subject of the
            # gerund is the preposition's object
            partner = below.dep == "nsubj" and node.head == top.i and top.head != top.i and syntax.tokens[top.head].pos in ("NOUN", "PROPN")
            return not partner  # not "rejected it, with the budget office saying": a circumstance
    return False


def _in_participle_apposition(syntax: Syntax, token: Token, top: Token) -> bool:
    """Whether ``token`` is or hangs below ``top`` through an apposition, a conjunct or an object
    that opens, after a comma, on an "-ing" word ("blew up a line, interrupting traffic from X to Y"): a participle
    clause the parse set beside the noun, saying what the act led to, neither whom it hit nor where."""
    node = token
    while node.i != top.i and node.head != node.i:
        if node.dep in ("appos", "conj", "dobj"):  # the parse may join it as a conjunct or a second object
            first = min((node, *descendants(node, syntax, 3)), key=lambda t: t.i)
            if first.tag == "VBG" and first.dep == "amod" and first.head == node.i and first.i > 0 and syntax.tokens[first.i - 1].text == ",":
                return True
        node = syntax.tokens[node.head]
    return False


_GETTING = frozenset({"get", "receive", "have", "gain", "win", "benefit", "see"})


def _doer_of_a_noun(syntax: Syntax, word: Token, clause: Token) -> bool:
    """Whether the word is in a "by" phrase on a noun of the clause ("agreed to increase
    purchases of parts by Japanese car makers"): who does that thing, not whom the act is aimed
    at ("agreed to be bought by X" names its buyer, on a verb)."""
    node = word
    for _ in range(6):
        if node.i == clause.i or node.head == node.i:
            return False
        head = syntax.tokens[node.head]
        if node.dep == "pobj" and head.text.lower() == "by" and head.head != head.i and syntax.tokens[head.head].pos == "NOUN":
            made = syntax.tokens[head.head].lemma.lower()
            # "support an amendment by X", "hear an appeal by X": the author of what is answered
            return made not in load_event_lexicon().words("policy_noun") and made not in _BROUGHT
        node = head
    return False


# What a side brings before another, whose "by" phrase names its author, not a doer.
_BROUGHT = frozenset({"appeal", "petition", "motion", "suit", "lawsuit", "complaint", "request", "bid", "application", "challenge", "approach"})


def _bound_by_promise(syntax: Syntax, word: Token, clause: Token) -> bool:
    """Whether ``word`` is the subject of a promised clause, the side bound to act ("pledged
    the party would stand up for pensioners": the party is the promiser's), not one who gets
    something ("pledged that pensioners would get more")."""
    return word.dep == "nsubj" and word.head == clause.i and clause.lemma.lower() not in _GETTING


_DEALING_TYPES = frozenset({"AGREE", "COOPERATE", "SUPPORT"})
_DEALING_SIDES = frozenset({"CONSULT", "AGREE", "SUPPORT", "REJECT", "REQUEST"})  # acts whose object may be the deal itself
_DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "contract", "treaty", "settlement", "memorandum"})
_COUNTERPARTS = frozenset({"ORG", "PERSON", "COUNTRY"})


def _dealt_with(doc: Document, syntax: Syntax, trigger: Trigger) -> list[Token]:
    """The other side a deal's own act names ("signed an agreement to supply engines to X",
    "a deal to buy 26% of X", "an agreement to acquire Y from X", "to merge with an affiliate
    of X"): a named organization, person or country (or a part of one) it is done to, with or
    from, or whose stake it buys; not the goods."""
    if trigger.pattern.type not in _DEALING_TYPES:
        return []
    # the parse hangs "to buy jets from X" on "a deal" as a relative clause as often as not
    acts = [c for h in trigger.tokens if h.lemma.lower() in _DEAL_NOUNS for c in children(syntax, h, "acl", "relcl") if has_aux(syntax, c, INFINITIVE_TO)]
    sides = [p for c in acts for prep in children(syntax, c, "prep", "dative") if prep.text.lower() in ("to", "with", "from") for p in children(syntax, prep, "pobj")]
    sides += [p for c in acts for o in children(syntax, c, "dobj") for prep in children(syntax, o, "prep") if prep.text.lower() in ("of", "in") for p in children(syntax, prep, "pobj")]
    return [p for p in sides if _a_counterpart(doc, syntax, p)]


def _a_counterpart(doc: Document, syntax: Syntax, word: Token) -> bool:
    """A named organization, person or country, or a part of one ("an affiliate of X")."""
    entity = entity_of(doc, word)
    if entity is not None:
        return entity.type in _COUNTERPARTS
    owners = [o for prep in children(syntax, word, "prep") if prep.text.lower() == "of" for o in children(syntax, prep, "pobj")]
    return word.pos == "NOUN" and any((e := entity_of(doc, o)) is not None and e.type in _COUNTERPARTS for o in owners)


_CHARGING = frozenset({"charge", "accuse", "blame", "name"})  # a suit's clause that says whom it targets


def _partners_of_purpose(syntax: Syntax, verb: Token) -> list[Token]:
    """'held meetings to discuss a plan with the World Bank': the "with" of the talks' purpose
    clause, which the parse may hang on its object, names whom they were held with."""
    found = []
    for clause in children(syntax, verb, "advcl", "xcomp"):
        if not any(k.text.lower() == "to" for k in children(syntax, clause, "aux")):
            continue
        for node in (clause, *children(syntax, clause, "dobj")):
            found += [o for w in children(syntax, node, "prep") if w.text.lower() == "with" for o in children(syntax, w, "pobj")]
    return found


def _relative_object(doc: Document, syntax: Syntax, verb: Token) -> list[Token]:
    """ "Finance Minister Dilson Funaro, who he met with last week": the one a relative pronoun
    stands for as the verb's object, when he holds a public or a firm's role (not "his fiancee,
    whom he met when she was a patient", nor "our customers, who we would urge")."""
    if verb.dep != "relcl" or verb.head == verb.i or not any(relative_word(o) for o in children(syntax, verb, "dobj")):
        return []
    if not any(not relative_word(s) for s in children(syntax, verb, "nsubj")):
        return []
    antecedent = syntax.tokens[verb.head]
    found = actor_of(doc, syntax, antecedent)
    return [antecedent] if found is not None and found.sector not in (None, "CVL", "PPL") else []


def _home_of_a_person(doc: Document, syntax: Syntax, token: Token) -> bool:
    """A city (no country) that describes the noun it hangs on, as a modifier ("Miami
    relatives") or a "from" phrase ("a nun from Miami"): the noun is the side, not the city."""
    entity = entity_of(doc, token)
    if entity is None or entity.type != "PLACE" or token.head == token.i:
        return False
    head = syntax.tokens[token.head]
    if token.dep in ("compound", "nmod", "amod"):
        return head.pos == "NOUN"
    if token.dep == "pobj" and head.text.lower() == "from" and head.head != head.i:
        return syntax.tokens[head.head].pos == "NOUN"
    return False


def _told_in_passing(syntax: Syntax, verb: Token) -> list[Token]:
    """'slammed the proposed changes, telling FmHA administrator Vance Clark at a hearing that
    ...': the one named told, when the criticism or the refusal is of a thing (not "telling
    delegates" or "reporters": an audience)."""
    return [o for c in children(syntax, verb, "advcl") if c.tag == "VBG" and c.lemma.lower() in _TELLING for o in children(syntax, c, "dobj", "dative") if o.pos == "PROPN"]


_TELLING = frozenset({"tell", "warn", "remind", "assure", "inform"})


def with_read_as_mark(syntax: Syntax, verb: Token) -> list[Token]:
    """The object of a "with" the parse made the mark of the verb's infinitive clause ("agreed
    last Friday with its creditors to lower the margin")."""
    found = []
    for clause in children(syntax, verb, "advcl"):
        for mark in (m for m in children(syntax, clause, "mark") if m.text.lower() == "with"):
            # its object hangs on the "with", or stands as the infinitive's subject ("with its
            # advisory committee to lower")
            found += children(syntax, mark, "pobj") or children(syntax, clause, "nsubj")
    return found


def _recipient_candidates(syntax: Syntax, trigger: Trigger, passive_agent: bool) -> list[Token]:
    verb = trigger.verb
    candidates: list[Token] = []
    if (passive_agent or children(syntax, verb, "nsubjpass")) and not stative(syntax, verb):
        # "the men, who were arrested": the men
        candidates += conjuncts(syntax, syntax.tokens[verb.head]) if _relative_undergoer(syntax, verb) else children(syntax, verb, "nsubjpass")
    if _undergoes(syntax, verb):  # "leaders are to be offered", "with protesters jailed"
        own = children(syntax, verb, "nsubj")
        candidates += own or (children(syntax, syntax.tokens[verb.head], "nsubj", "nsubjpass") if verb.dep == "xcomp" else [])
    if (
        verb.dep in _MODIFIER_CLAUSES
        and verb.tag == "VBN"
        and verb.head != verb.i
        and not _done_by_its_noun(syntax, verb)
        and not any(relative_word(s) for s in children(syntax, verb, "nsubj"))
        and not main_verb_read_as_participle(syntax, verb)
    ):
        candidates.append(syntax.tokens[verb.head])  # "soldiers killed in the capital", "banks it had sued" (not "members who have attacked")
    if reduced_relative(syntax, verb) or seen_undergoing(syntax, verb):
        return children(syntax, verb, "nsubj")  # "the men held for a week", "saw their houses destroyed": they undergo it
    if opening_participle(syntax, verb):
        candidates += children(syntax, syntax.tokens[verb.head], "nsubj", "nsubjpass")  # "Backed by X, the rebels ..."
    candidates += _subject_of_passive_gerund(syntax, verb)  # "two men were hospitalized after being shot"
    if verb.dep == "conj" and verb.head != verb.i and _passive_without_subject(syntax, verb):
        # "protesters marched and were arrested", "the men held ... were freed": the first clause's subject
        candidates += children(syntax, syntax.tokens[verb.head], "nsubj", "nsubjpass")
    holders = [verb, *(t for t in trigger.tokens if t is not verb)]
    asking = trigger.pattern.type == "REQUEST"
    clauses = children(syntax, verb, "xcomp", "ccomp")  # "promised to help X", "urged X to ..."
    if trigger.pattern.type == "ACCUSE":
        # "alleging that freezing its tariffs had hurt the company": the one said to do it, not whom it hurt
        clauses = [c for c in clauses if not (c.dep == "ccomp" and children(syntax, c, "nsubj", "csubj"))]
    if trigger.pattern.type in ("REQUEST", "ACCUSE"):
        # "demanded that the government resign": who is to act; "alleged that X directed Y to
        # hide it": X is accused (not "demanded that shareholders be consulted": they undergo
        # what another is to do)
        said = said_clauses(syntax, verb) if main_verb_read_as_participle(syntax, verb) else children(syntax, verb, "ccomp")
        candidates += [s for clause in said for s in children(syntax, clause, "nsubj")]
    if trigger.pattern.type == "REQUEST":
        candidates += for_clause_subjects(syntax, [verb, *trigger.tokens], "advcl")  # "called for the minister to resign"
    for holder in holders + clauses:
        candidates += children(syntax, holder, "dobj", "dative", "attr")
    # "criticised the way U.S. officials try to solve trade issues": whose way it is
    candidates += [s for way in children(syntax, verb, "dobj") if way.lemma.lower() in _WAYS for c in children(syntax, way, "relcl") for s in children(syntax, c, "nsubj") if not relative_word(s)]
    # "called the government's plans inadequate": the subject of the judgement it names
    candidates += [t for part in holders[1:] if part.dep == "oprd" for s in children(syntax, part, "nsubj") for t in (s, *descendants(s, syntax, 3))]
    for part in holders[1:]:
        # "hit back at the Tory proposals": the pattern's own preposition; its "in" is a place
        # slot ("sign a treaty in Caracas with X": where, not whom)
        if part.dep == "prep" and part.text.lower() != "in":
            candidates += [
                t
                for pobj in children(syntax, part, "pobj")
                for t in (pobj, *descendants(pobj, syntax, 4))
                if not _in_locative(syntax, t, pobj) and not (asking and in_phrase(syntax, t, pobj, _SIDES_OF_THING))
            ]
    # "threw stones at soldiers"; "tortured at Guantanamo Bay", passive, says where
    aimed = _RECIPIENT_PREPS + (("at",) if trigger.pattern.type in _AIMED_TYPES and not _passive(syntax, verb) else ())
    removing = verb.lemma.lower() in load_event_lexicon().words("removing_verb")
    if removing:
        aimed = tuple(p for p in aimed if p != "to")  # "deported 40 migrants to Turkey": where to, not whom
    # "a meeting on Palestinian reform", "consulted on the plan": what talks are on is their matter
    consulting = trigger.pattern.type == "CONSULT"
    matter = _MATTER_PREPS | {"on"} if consulting else _MATTER_PREPS
    for holder in holders:
        for prep in children(syntax, holder, "prep", "dative"):
            if any(k.dep == "neg" for k in children(syntax, prep)):
                continue  # "to discuss it with governments and not with creditor banks": not with them
            if prep.text.lower() in aimed and prep.text.lower() not in matter and not _likened(syntax, prep):
                candidates += children(syntax, prep, "pobj") or _object_read_as_subject(syntax, holder, prep)
            elif consulting and holder.pos == "NOUN" and prep.text.lower() in ("at", "in"):
                # "a meeting at the mission with the Soviet team": the parse hangs "with" on the place
                candidates += [o for place in children(syntax, prep, "pobj") for w in children(syntax, place, "prep") if w.text.lower() == "with" for o in children(syntax, w, "pobj")]
    # "agreed last Friday with its creditors to lower the margin": the parse makes "with" the
    # mark of the infinitive; its object is the verb's partner
    candidates += with_read_as_mark(syntax, verb)
    if trigger.pattern.type in ("ACCUSE", "REJECT"):
        candidates += _told_in_passing(syntax, verb)
    if consulting:
        candidates += _partners_of_purpose(syntax, verb)
    if trigger.pattern.type == "ACCUSE" and any(t.pos == "NOUN" for t in holders[1:]):
        # "voiced anger at Zorbia's decision": a voiced feeling's "at" names whom it is aimed at
        feeling_at = [p for h in holders for prep in children(syntax, h, "prep") if prep.text.lower() == "at" for p in children(syntax, prep, "pobj")]
        # "at a news conference in Paris" is where it was voiced; "at the Kremlin's decision", at its owner
        candidates += [p for p in feeling_at if not any(c.text.lower() in LOCATIVE_PREPS for c in children(syntax, p, "prep"))]
        candidates += [t for p in feeling_at for owner in children(syntax, p, "poss") for t in (owner, *descendants(owner, syntax, 2))]
    if trigger.pattern.type == "ACCUSE":
        # "filed a suit charging NEC with infringing": whom the suit's own charge names;
        # "filed a suit seeking damages from Hughes": whom it seeks them from
        suits = [c for h in holders[1:] if h.pos == "NOUN" for c in children(syntax, h, "acl")]
        charged = [o for c in suits if c.lemma.lower() in _CHARGING for o in children(syntax, c, "dobj")]
        candidates = charged + [o for c in suits if c.lemma.lower() == "seek" for o in _sought_from(syntax, c)] + candidates
    if trigger.pattern.type == "REQUEST" and verb.lemma.lower() == "seek":
        candidates = _sought_from(syntax, verb) + candidates  # "seeking payment from Dome": Dome, not the payment
    if verb.lemma.lower() == "blame":
        # "blamed the crisis on the reluctance of governments": the ones the "on" phrase names
        blamed = [t for prep in children(syntax, verb, "prep") if prep.text.lower() == "on" for p in children(syntax, prep, "pobj") for t in (p, *descendants(p, syntax, 3))]
        candidates = blamed + [t for t in candidates if t not in blamed]
    if trigger.pattern.type in ("ACCUSE", "REQUEST"):
        # "filed suit to compel X to complete the merger", "seeks an injunction forcing X to ...":
        # the one the suit or the order is to compel
        candidates = _compelled(syntax, holders) + candidates
    helping = trigger.pattern.type == "AID"  # "donated to the fight against malaria": not malaria
    agreeing = trigger.pattern.type == "AGREE"  # "settled a lawsuit over gun sales": what it was over is no side
    for holder in holders:
        for obj in children(syntax, holder, "dobj", "prep", "dative"):
            word = obj.text.lower()
            likened = obj.dep == "prep" and _likened(syntax, obj)  # "secured a similar deal to one between X and Y"
            destination = removing and word == "to"
            if word not in _ATTRIBUTION and word not in LOCATIVE_PREPS and word not in matter and word not in _CIRCUMSTANCE_PREPS and not _as_part_of(syntax, obj) and not likened and not destination:
                candidates += [
                    t
                    for t in descendants(obj, syntax, 5)
                    if not _in_locative(syntax, t, obj)
                    and not _in_gerund(syntax, t, obj)
                    and not (asking and in_phrase(syntax, t, obj, _SIDES_OF_THING))
                    and not ((consulting or agreeing) and in_phrase(syntax, t, obj, matter) and not in_phrase(syntax, t, obj, PARTNER_PREPOSITIONS))
                    and not (helping and in_phrase(syntax, t, obj, _FOUGHT))
                    and not (word == "during" and in_phrase(syntax, t, obj, _SIDES_OF_THING))  # "during a meeting between X and Y": who met
                    and not (word == "during" and t.head == obj.i)  # "during the last crisis in X": a time, whoever's it is
                    and not (word == "under" and not in_phrase(syntax, t, obj, PARTNER_PREPOSITIONS))  # "under X's plan": its frame; "under a deal with X": X
                    and not _in_comparison(syntax, t, obj)  # "a deal similar to one between Iran and China": not theirs
                    and not _ranks_within(syntax, t)
                    and not _holds_the_stance(syntax, t)
                ]
    promising = trigger.pattern.type == "AGREE" and verb.lemma.lower() in load_event_lexicon().words("promise_verb")
    for clause in clauses:
        candidates += [
            t
            for t in subtree(clause, syntax, 4)
            if t.dep in ("nsubj", "dobj", "pobj", "dative")
            and not _in_locative(syntax, t, clause)
            and not _in_gerund(syntax, t, clause)  # "complained the money could be better used by returning cash to shareholders"
            and not in_phrase(syntax, t, clause, _MATTER_PREPS)  # "agreed to pay to settle a lawsuit over violations"
            and not (promising and _bound_by_promise(syntax, t, clause))
            and not _doer_of_a_noun(syntax, t, clause)
        ]
    if asking:
        # "In a report to Congress, he called for approval of aid": the one the text is addressed to
        candidates = _addressed_by_text(syntax, verb) + candidates
    if asking:  # "called on ministers to reassure people": the ones called on, before what they are to do
        called_on = [p for part in holders[1:] if part.dep == "prep" for p in children(syntax, part, "pobj")]
        candidates = called_on + [t for t in candidates if t not in called_on]
    if trigger.pattern.mode == "visit":  # "headed to Brussels to meet X": X before the city
        candidates = _met_on_the_visit(syntax, holders) + candidates
    if trigger.pattern.type == "PROTEST":
        candidates = _aimed_by_purpose(syntax, holders) + candidates
    elif trigger.pattern.type in ("ASSAULT", "COERCE", "AID"):
        candidates += _aimed_by_purpose(syntax, holders)  # "opened fire to disperse demonstrators", "sent arms to help defend X"
    if trigger.pattern.type in ("ASSAULT", "COERCE"):
        casualty = load_event_lexicon().words("casualty")  # "attacked a bus and killed 12 passengers": its toll
        candidates += [o for c in children(syntax, verb, "conj", "advcl") if c.lemma.lower() in casualty for o in children(syntax, c, "dobj")]
    sides = {t.i for prep in children(syntax, verb, "prep") if prep.text.lower() == "for" and prep.i < verb.i for p in children(syntax, prep, "pobj") for t in (p, *descendants(p, syntax, 3))}
    if verb.lemma.lower() in _TOPIC_VERBS:  # "declined to discuss newspaper reports": a topic, not a partner
        # ("the crisis with Zorbia": the parse may hang the partner on the topic)
        sides |= {t.i for obj in children(syntax, verb, "dobj") for t in (obj, *descendants(obj, syntax, 5)) if not in_phrase(syntax, t, obj, PARTNER_PREPOSITIONS)}
    return [t for t in candidates if t.i not in sides]  # "Letwin, for the Tories, attacked ...": his own side


_WAYS = frozenset({"way", "manner"})  # "the way X handled it": X's conduct
_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


def _role_taken(syntax: Syntax, word: Token) -> bool:
    """'agreed to serve as a member of his advisory board', 'named him as its envoy': what one
    serves or is named as is a part played, no side acted on."""
    if word.dep != "pobj" or word.head == word.i:
        return False
    as_ = syntax.tokens[word.head]
    # "major banks such as Citibank" names examples, who are sides
    return as_.text.lower() == "as" and not (as_.i > 0 and syntax.tokens[as_.i - 1].text.lower() == "such")


def _distance_mark(syntax: Syntax, word: Token, measured: bool = False) -> bool:
    """'340 kms north of Baghdad', 'south of the capital': a place to measure from, no side
    (``measured``: only one a distance is given from)."""
    if word.dep != "pobj" or word.head == word.i:
        return False
    of = syntax.tokens[word.head]
    if of.text.lower() != "of" or of.head == of.i or syntax.tokens[of.head].lemma.lower() not in _BEARINGS:
        return False
    bearing = syntax.tokens[of.head]
    return not measured or any(t.pos == "NUM" for t in descendants(bearing, syntax, 2) if t.i < bearing.i)


def _held_back(syntax: Syntax, verb: Token) -> Token | None:
    """The one a verb of holding back (kind ``holding_back``) keeps from the act ("kept him from
    probing", "prevented the protesters from marching"): the doer of the gerund after its "from"."""
    if verb.dep != "pcomp" or verb.head == verb.i or children(syntax, verb, "nsubj"):
        return None
    prep = syntax.tokens[verb.head]
    if prep.text.lower() != "from" or prep.head == prep.i or syntax.tokens[prep.head].lemma.lower() not in load_event_lexicon().words("holding_back"):
        return None
    objects = children(syntax, syntax.tokens[prep.head], "dobj")
    return objects[0] if objects else None


def _object_read_as_subject(syntax: Syntax, verb: Token, prep: Token) -> list[Token]:
    """'has worked with electronics giant Philips to develop a shell': a preposition left
    without its object because the parse made the object the subject of the infinitive after it."""
    for clause in (c for c in children(syntax, verb, "advcl", "xcomp") if to_infinitive(syntax, c)):
        for subject in children(syntax, clause, "nsubj"):
            first = min([subject.i, *(t.i for t in descendants(subject, syntax, 3))])
            if first == prep.i + 1:
                return [subject]
    return []


def _filed_with(syntax: Syntax, holders: list[Token]) -> list[Token]:
    """The body a suit or complaint is filed with ("filed a complaint with the commission",
    "lodged with the court a suit"), and the words of its name."""
    filings = load_event_lexicon().words("filed_text")
    filed = [h for h in holders if h.lemma.lower() in filings]
    if not filed:
        return []
    bodies = objects_of(syntax, filed[0], ("with",))
    bodies += [o for h in holders if h.pos in ("VERB", "AUX") for o in objects_of(syntax, h, ("with",))]
    # the body's name, not an "against" the parse hung on it ("with the ministry against X")
    return [t for body in bodies for t in (body, *descendants(body, syntax, 3)) if not in_phrase(syntax, t, body, frozenset({"against"}))]


def _addressed_by_text(syntax: Syntax, verb: Token) -> list[Token]:
    """The addressee of the text a demand is made in ("in a report to Congress", "in a letter
    to the minister")."""
    lexicon = load_event_lexicon()
    texts = lexicon.words("statement_noun") | lexicon.words("authored_text")
    found = []
    for prep in children(syntax, verb, "prep"):
        if prep.text.lower() != "in":
            continue
        for text in children(syntax, prep, "pobj"):
            if text.lemma.lower() in texts:
                found += [p for to in children(syntax, text, "prep") if to.text.lower() == "to" for p in children(syntax, to, "pobj")]
    return found


def _sought_from(syntax: Syntax, verb: Token) -> list[Token]:
    """The "from" side of a verb of seeking ("seeking damages from Hughes"), on the verb or on
    what it seeks ("seeking payment from Dome")."""
    return [o for h in (verb, *children(syntax, verb, "dobj")) for o in objects_of(syntax, h, ("from",))]


def _compelled(syntax: Syntax, holders: list[Token]) -> list[Token]:
    """The object of a compelling clause on the act, on its noun or on what it seeks ("filed
    suit to compel X", "an injunction forcing X", "sought an order barring X from ...")."""
    things = [o for h in holders for o in children(syntax, h, "dobj") if o.pos == "NOUN"]
    clauses = [c for h in [*holders, *things] for c in children(syntax, h, "advcl", "acl", "xcomp") if c.lemma.lower() in _COMPELLING]
    return [o for c in clauses for o in children(syntax, c, "dobj")]


_COMPELLING = frozenset({"compel", "force", "bar", "block", "prevent", "stop", "enjoin", "oblige", "require"})


_MEETING_PURPOSES = frozenset({"meet", "see", "talk", "hold", "consult", "confer"})


_LIKENESS = frozenset({"similar", "comparable", "identical", "equivalent", "akin", "like", "unlike"})


def _in_comparison(syntax: Syntax, token: Token, top: Token) -> bool:
    """Whether the word lies in what a thing is likened to ("a similar deal to one between X
    and Y", "a deal like the one X signed")."""
    node = token
    for _ in range(8):
        if node.i == top.i or node.head == node.i:
            return False
        head = syntax.tokens[node.head]
        if node.dep == "prep" and _likened(syntax, node):
            return True
        node = head
    return False


def _likened(syntax: Syntax, prep: Token) -> bool:
    """ "like X", or "to" after "similar" ("secured a similar deal to one between X and Y": the
    parse may hang "to" on the verb, beside the object "similar" describes); or "than" after
    "other" ("exports to countries other than the U.S.": not the U.S.), "except", "excluding"."""
    if prep.text.lower() in ("like", "unlike", "except", "excluding"):
        return True
    if prep.text.lower() == "than" and prep.head != prep.i and syntax.tokens[prep.head].lemma.lower() in ("other", "rather"):
        return not _under_negation(syntax, prep)  # "would not identify shareholders other than X": X it names
    if prep.text.lower() != "to" or prep.head == prep.i:
        return False
    head = syntax.tokens[prep.head]
    words = [head, *children(syntax, head, "amod"), *(a for o in children(syntax, head, "dobj") for a in children(syntax, o, "amod"))]
    return any(w.lemma.lower() in _LIKENESS for w in words)


def _under_negation(syntax: Syntax, token: Token) -> bool:
    """Whether a word above ``token`` in its sentence is negated ("would not identify ...")."""
    node = token
    while node.head != node.i:
        node = syntax.tokens[node.head]
        if children(syntax, node, "neg"):
            return True
    return False


def _met_on_the_visit(syntax: Syntax, holders: list[Token]) -> list[Token]:
    """Whom a trip is made to meet: "went to Brussels to meet (with) X", "to hold talks with X"."""
    met: list[Token] = []
    for clause in (c for h in holders for c in children(syntax, h, "advcl", "xcomp")):
        if clause.lemma.lower() not in _MEETING_PURPOSES or not has_aux(syntax, clause, INFINITIVE_TO):
            continue
        objects = children(syntax, clause, "dobj")
        holding = clause.lemma.lower() == "hold"  # "to hold talks with X": the talks are no one met
        met += [] if holding else objects
        met += [o for h in [clause, *(objects if holding else [])] for prep in children(syntax, h, "prep") if prep.text.lower() == "with" for o in children(syntax, prep, "pobj")]
    return [c for m in met for c in conjuncts(syntax, m)]


def _aimed_by_purpose(syntax: Syntax, holders: list[Token]) -> list[Token]:
    """Who a protest (or a use of force) is aimed at, from its purpose ("to protest the
    minister's decision", "to demand reforms from the government", "to disperse the crowd") or
    an "in protest against/at/of" phrase: the words below them, named ones first ("the
    minister", then "decision")."""
    aims: list[Token] = []
    for holder in holders:
        for clause in children(syntax, holder, "advcl", "acl", "xcomp"):
            if has_aux(syntax, clause, INFINITIVE_TO):
                aims.append(clause)  # a purpose: "to protest X"
        for prep in children(syntax, holder, "prep"):
            for pobj in children(syntax, prep, "pobj"):
                if pobj.lemma.lower() == "protest":  # "in protest against X"
                    aims += children(syntax, pobj, "prep")
    words = [w for aim in aims for w in descendants(aim, syntax, 5) if w.pos in _NOMINAL]
    return sorted(words, key=lambda w: w.pos != "PROPN")


def _object_of_at(syntax: Syntax, verb: Token, token: Token) -> bool:
    """Whether ``token`` is the object of an "at" phrase of ``verb``."""
    prep = syntax.tokens[token.head]
    return token.dep == "pobj" and prep.text.lower() == "at" and prep.head == verb.i and prep.i != verb.i


def _as_part_of(syntax: Syntax, preposition: Token) -> bool:
    """'struck as part of the union's bid for higher pay': what the act belongs to, not whom
    it is aimed at."""
    return preposition.text.lower() == "as" and any(p.lemma.lower() == "part" for p in children(syntax, preposition, "pobj"))


def _in_locative(syntax: Syntax, token: Token, top: Token) -> bool:
    """Whether ``token`` sits in a locative phrase below ``top`` ("in the capital", "on the
    way to the air base": where it happened, not whom it was aimed at)."""
    return in_phrase(syntax, token, top, LOCATIVE_PREPS) or in_phrase(syntax, token, top, _ON_THE_WAY, _JOURNEY_NOUNS)


AMOUNT_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})  # entity types of amounts
_SUMS = frozenset({"MONEY", "PERCENT", "QUANTITY"})  # not "hundreds of protesters", "one third of the guerrillas"
_ON_THE_WAY = frozenset({"on", "en"})
# "on the way to the air base", "bring the bill up on the Senate floor", "met on the sidelines of
# the summit": where, not whom
_JOURNEY_NOUNS = frozenset({"way", "route", "road", "journey", "trip", "floor", "sidelines", "ground"})


def _holds_the_stance(syntax: Syntax, token: Token) -> bool:
    """The possessor of a stance ("reiterated the administration's opposition to a tax rise",
    "its support for the plan"): the one who holds it, the actor's side, not its target."""
    for _ in range(4):  # "the Reagan Administration's", "his country's": the whole possessor
        if token.dep not in ("compound", "poss") or token.head == token.i:
            return False
        head = syntax.tokens[token.head]
        if token.dep == "poss" and head.lemma.lower() in load_event_lexicon().words("stance_noun"):
            return True
        token = head
    return False


def _ranks_within(syntax: Syntax, token: Token) -> bool:
    """A possessor of a superlative ("one of Europe's largest scandals", "Asia's biggest
    bank"): the field the thing ranks in, not its owner nor the one acted on."""
    if token.dep != "poss" or token.head == token.i:
        return False
    ranked = syntax.tokens[token.head]
    return any(m.tag == "JJS" or (m.text.lower() == "most" and m.i < ranked.i) for a in children(syntax, ranked, "amod") for m in (a, *children(syntax, a, "advmod")))


def in_phrase(syntax: Syntax, token: Token, top: Token, preps: frozenset[str], objects: frozenset[str] | None = None) -> bool:
    """Whether ``token`` sits in a phrase of one of ``preps`` below ``top`` (one whose object is
    one of ``objects``, when given)."""
    node = token
    for _ in range(6):
        if node.i == top.i or node.head == node.i:
            return False
        if node.dep == "pobj" and syntax.tokens[node.head].text.lower() in preps and (objects is None or node.lemma.lower() in objects):
            return True
        node = syntax.tokens[node.head]
    return False


# "called for an equal split between parents", "for talks among the factions": the sides of
# the thing called for, not whom the call is aimed at (a mediation's are its recipients)
_SIDES_OF_THING = frozenset({"between", "among", "amongst"})


def _same_side(found: Actor, actor: Actor | None) -> bool:
    """A group of the actor's own country and sector is the actor's side, not its target."""
    if actor is not None and found.entity and found.entity == actor.entity:
        return True  # "its troops": the actor's own
    if actor is not None and not found.entity and not actor.entity and (found.name or "").lower() == (actor.name or "").lower():
        return True  # "was branded a waste by MPs": the words of the actor, no other side
    if actor is None or found.country != actor.country or found.country is None:
        return False
    if actor.entity and not found.entity and found.sector == "GOV" and (found.name or "").lower().split()[-1:] in (["government"], ["authorities"]):
        return False  # "Mr Cable urged the government", "Ms Short resigned from the government": one named is no government
    if actor.entity is None and actor.sector not in STATE_ROLES and found.sector in STATE_ROLES:
        return False  # "the Albanians of Serbia demand autonomy from Serbian authorities": people and their state
    if actor.entity and not found.entity and actor.sector == "BUS":
        return False  # "Japan Line asked banks to shelve repayment": a named firm's country's other firms are others
    return found.sector == actor.sector or found.sector is None or (actor.sector is None and actor.entity is None)


# An outlet reports, and acts in no event of its own telling; but it can be sued, blamed,
# raided or banned ("Galloway sued the Telegraph", "police raided the paper's offices").
_OUTLET_TARGETS = frozenset({"ACCUSE", "COERCE", "ASSAULT", "SANCTION", "THREATEN", "REJECT", "PROTEST"})


def _outlet_as_target(syntax: Syntax, token: Token) -> bool:
    """An outlet named as what an act undergoes, not as a source ("according to the Times")
    nor as the subject of an act of its own."""
    while token.dep == "compound" and token.head != token.i:
        token = syntax.tokens[token.head]
    if token.dep == "nsubj":
        return False
    head = syntax.tokens[token.head]
    return not (head.text.lower() == "to" and syntax.tokens[head.head].text.lower() == "according")


def _recipient_at(doc: Document, syntax: Syntax, token: Token, actor: Actor | None, outlets: bool = False, visit: bool = False) -> Actor | None:
    if token.ent_type in ("DATE", "TIME") or (token.dep == "pobj" and syntax.tokens[token.head].text.lower() in ("by", "until", "before") and token.text in _FEASTS):
        return None  # "drafting a bill by Easter": a time, no one
    if token.pos == "NOUN" and _a_post(syntax, token):
        return None  # "resigned as the party's leader": an office, whoever the entities took it for
    if for_or_against(syntax, token):
        return None  # "supported anti-Baghdad guerrillas": the guerrillas, not Baghdad
    if _maker_of_the_object(syntax, token):
        return None  # "look into complaints from residents": the residents complained, no one looks into them
    if _a_seat_left(syntax, token) or (token.dep == "poss" and _a_seat_left(syntax, syntax.tokens[token.head])):
        return None  # "resigned from his post": an office and its holder, no one acted on
    entity = entity_of(doc, token)
    if entity is not None and entity.type in ("COUNTRY", "PLACE") and token.dep == "compound" and syntax.tokens[token.head].lemma.lower() in AFFAIRS:
        return None  # "investigating the Iran scandal": the affair, not the state it is named after
    if visit and entity is not None and entity.type in ("EVENT", "PLACE", "ORG") and not entity.country and not place_country(doc, entity):
        host = host_city_country(entity.name)  # "attend the Beijing Olympics": held in Beijing
        if host is not None:
            return Actor(entity.id, entity.name, host, None, host)
    if entity is not None and entity.type == "OUTLET" and outlets and _outlet_as_target(syntax, token):
        return as_actor(doc, entity)
    if entity is None:
        if _a_post(syntax, token):
            return None  # "resigned as home secretary", "the position of home secretary": an office, no one
        if inert_thing(doc, syntax, token) or token.ent_type in _SUMS:
            return _owner_of_thing(doc, syntax, token, actor)  # "Radtech's position", "Iraqi positions": their owner; a sum no one's
        pronoun = token.pos == "PRON" and token.text.lower() in OBJECT_PRONOUNS
        found = actor_of(doc, syntax, token) if token.pos in ("NOUN", "PROPN") or token.text.lower() == "me" or pronoun else None
        if pronoun and not _named_just_before(doc, syntax, token, found, actor):
            return None  # "urged it to continue": only a side named just before, by a named doer
        lexicon = load_event_lexicon()
        addressed = token.lemma.lower() in lexicon.words("constituency")  # "urged its shareholders": they can be asked
        lemma = token.lemma.lower()  # "Elian's relatives", "its rival": a side of its own, of no known country
        related = lemma in lexicon.words("other_side") or lemma in lexicon.words("kin_noun")
        if found is not None and (found.country or found.sector or found.entity or related) and (addressed or not _same_side(found, actor)):
            return found  # "two Chinese diplomats", "Darfur rebels", "rebel groups", "X's convoy"
        return None
    if entity.type in _NOT_ACTORS or names_a_law(entity) or (actor and entity.id == actor.entity):
        return None  # "condemned the government's Terrorism Bill": its owner, a word below, is the one
    if actor and actor.country and entity.type == "COUNTRY" and entity.country == actor.country and actor.sector in _STATE_SECTORS:
        return None  # "relations between Russia and North Korea": the other side (rebels may target their own state)
    return as_actor(doc, entity)  # a place the gazetteer does not know is still the target ("visited Zefas")


OBJECT_PRONOUNS = frozenset({"him", "her", "it", "them"})  # a plain pronoun object
_FEASTS = frozenset({"Easter", "Christmas", "Ramadan", "Eid", "Passover", "Diwali", "Thanksgiving", "Whitsun", "Hanukkah", "Lent"})


def _pronoun_out_of_reach(doc: Document, syntax: Syntax, trigger: Trigger, token: Token) -> bool:
    """A pronoun the entity stage left open that is not the trigger's own object: "agreed to
    make it easier", "opposed extending it", "suggestions it was preparing" go back to things
    as often as to sides, where "urged it to", "accused it of" name the one acted on."""
    if token.pos != "PRON" or token.text.lower() not in OBJECT_PRONOUNS or entity_of(doc, token) is not None:
        return False
    own_object = token.dep in ("dobj", "dative") and token.head == trigger.verb.i
    contracted = token.i + 1 < len(syntax.tokens) and syntax.tokens[token.i + 1].text in ("'s", "\u2019s")  # "backed it's case"
    if not own_object or contracted:
        return True
    # "it" and "them" stand for things as often as for sides ("opposes it": a plan); a side when
    # what follows says what it does or did ("urged it to", "accused it of misusing")
    return token.text.lower() in ("it", "them") and not _says_what_the_object_does(syntax, trigger.verb)


def _says_what_the_object_does(syntax: Syntax, verb: Token) -> bool:
    """'urged it to continue', 'accused it of misusing', 'banning it from selling'."""
    if children(syntax, verb, "xcomp", "ccomp"):
        return True
    preps = [p for p in children(syntax, verb, "prep") if p.text.lower() in ("of", "from", "for", "over")]
    return any(p.text.lower() == "of" or c.tag == "VBG" or c.dep == "pcomp" for p in preps for c in children(syntax, p))


def _named_just_before(doc: Document, syntax: Syntax, pronoun: Token, found: Actor | None, actor: Actor | None) -> bool:
    """Whether an object pronoun goes back to a named side mentioned in its sentence or the one
    before, and the act has a doer: "a man lay in wait for a burglar before beating him" does
    not go back to a minister named three sentences earlier."""
    if found is None or not found.entity or actor is None or not (actor.entity or actor.name):
        return False
    entity = doc.entity(found.entity)
    index = syntax.analysis.sentence_of(pronoun.start)
    start = syntax.analysis.sentences[max(index - 1, 0)].start
    return entity is not None and any(start <= m.start < pronoun.start and m.end <= pronoun.start and m.start != pronoun.start for m in entity.mentions)


def _owner_of_thing(doc: Document, syntax: Syntax, thing: Token, actor: Actor | None) -> Actor | None:
    """The side a thing belongs to, named before it ("Radtech's position", "the U.S. dollar",
    "Iraqi positions"), or None: a price, a share or a rule is no side of its own, and an
    amount of money no one's ("3.1bn Australian dollars")."""
    if thing.ent_type in AMOUNT_TYPES:
        return None
    for word in owner_words(syntax, thing):
        if word.i > thing.i:
            continue
        found = actor_of(doc, syntax, word)
        if found is not None and (found.entity or found.country) and not _same_side(found, actor):
            return found if found.entity else replace(found, name=phrase(doc, syntax, thing))
    return None


def _with_earlier_conjuncts(doc: Document, syntax: Syntax, token: Token, found: list[Actor], actor: Actor | None, outlets: bool, visit: bool) -> list[Actor]:
    """The sides coordinated before the one chosen, first ("accused the prime minister and his
    chancellor": both, the prime minister first, though only the chancellor's country is said)."""
    if token.pos not in ("NOUN", "PROPN"):
        return found  # "Sierra Leonean and Liberian refugees": nationality words, not sides
    node = token
    while node.dep == "conj" and node.head != node.i and node.head < node.i:
        node = syntax.tokens[node.head]
    earlier_words = [t for t in conjuncts(syntax, node) if t.i < token.i and t.pos in ("NOUN", "PROPN")]
    earlier = [a for a in (_recipient_at(doc, syntax, t, actor, outlets, visit) for t in earlier_words) if a is not None and (a.country or a.sector)]
    return [a for a in earlier if a not in found] + found


def _a_post(syntax: Syntax, noun: Token) -> bool:
    """A title with no article after "as" or "of" names an office, not its holder ("resigned as
    party chairman", "as the party's branch chairman": a body's office, still no holder)."""
    while noun.dep == "conj" and noun.head != noun.i:  # "stepped down as chairman, president and chief executive"
        if not office_title(syntax, noun):
            return False
        noun = syntax.tokens[noun.head]
    head = syntax.tokens[noun.head]
    if noun.dep != "pobj" or head.text.lower() not in ("as", "of") or not office_title(syntax, noun):
        return False
    # after "as" a title is always the office ("stood down as an MP"); "the wife of the minister" names its holder
    return head.text.lower() == "as" or not children(syntax, noun, "det")


def for_or_against(syntax: Syntax, token: Token) -> bool:
    """A name after "anti-" or "pro-" ("anti-Baghdad guerrillas"): the side a group is for or
    against, a modifier of the group, never the group."""
    if token.i < 2 or syntax.tokens[token.i - 1].text != "-":
        return False
    return syntax.tokens[token.i - 2].text.lower() in ("anti", "pro")


def _maker_of_the_object(syntax: Syntax, token: Token) -> bool:
    """The "from" side of a word for something said or asked ("complaints from residents",
    "a request from the union"): who made it, not the one the act on it aims at."""
    prep = syntax.tokens[token.head]
    if token.dep != "pobj" or prep.text.lower() != "from" or prep.head == prep.i:
        return False
    said = syntax.tokens[prep.head]
    return said.pos == "NOUN" and said.lemma.lower() in _MADE_BY_THEIR_FROM


_MADE_BY_THEIR_FROM = frozenset(
    {
        "complaint",
        "claim",
        "allegation",
        "accusation",
        "request",
        "demand",
        "call",
        "appeal",
        "offer",
        "bid",
        "proposal",
        "objection",
        "petition",
        "report",
        "information",
        "tip",
        "tip-off",
        "evidence",
    }
)


def _a_seat_left(syntax: Syntax, noun: Token) -> bool:
    """'resigned from his post', 'stepped down from the job': the office one leaves, whoever holds it."""
    head = syntax.tokens[noun.head]
    return noun.dep == "pobj" and head.text.lower() == "from" and noun.lemma.lower() in _SEATS


_SEATS = frozenset({"post", "position", "job", "office", "seat", "role", "portfolio", "chairmanship", "presidency", "directorship", "premiership"})


def _more_of(syntax: Syntax, noun: Token) -> bool:
    """A noun phrase that asks for more or better of something ("cleaner hospitals", "more
    police", "extra teachers"): a comparative or an adding word before the noun."""
    return any(m.i < noun.i and (m.tag in ("JJR", "RBR") or m.text.lower() in _ADDING) for m in children(syntax, noun, "amod", "advmod", "nummod"))


_ADDING = frozenset({"more", "fewer", "less", "extra", "additional"})


def _describes_a_thing(doc: Document, syntax: Syntax, noun: Token) -> bool:
    """A common noun inside a compound that describes a thing ("child care provision"): what
    is wanted, no side. Not the owner a compound names ("government plans", "a court ruling")."""
    if noun.dep != "compound" or noun.head == noun.i:
        return False
    describes = syntax.tokens[noun.head]
    if describes.dep == "compound" and describes.pos == "NOUN" and actor_of(doc, syntax, describes) is None:
        return True
    # "securities business licenses": a run of common nouns before a noun names a trade
    before = children(syntax, noun, "compound") + children(syntax, describes, "compound")
    return any(c.pos == "NOUN" and c.i < noun.i for c in before)


_WANTING_TYPES = frozenset({"AGREE", "REQUEST", "SUPPORT", "AID", "COOPERATE", "REJECT"})


def place_of(doc: Document, syntax: Syntax, trigger: Trigger, lexicon: EventLexicon, body: int = 0, taken: frozenset[str] = frozenset()) -> Entity | None:
    """Where the event happened: the PLACE (or COUNTRY) of a locative phrase on the trigger's
    clause; else the one place (not a country, not an actor or recipient in ``taken``) its
    sentence names. Never the dateline's place: that is where the reporter was ("HANOI -
    Vietnam sent aid to Laos")."""
    return _locative_place(doc, syntax, trigger, body) or _sentence_place(doc, syntax, trigger, body, taken)


def _sentence_place(doc: Document, syntax: Syntax, trigger: Trigger, body: int, taken: frozenset[str]) -> Entity | None:
    sentence = syntax.sentence_span(trigger.verb.start)
    # "after a stopover in Riyadh" is where it was before; "..., interrupting traffic to the coast", what it led to
    before = {t.start for t in descendants(trigger.verb, syntax, 6) if in_phrase(syntax, t, trigger.verb, _CIRCUMSTANCE_PREPS) or _in_participle_apposition(syntax, t, trigger.verb)}
    # "340 kms north of Baghdad": a place to measure from, not where it happened ("east of
    # Basra" alone still says roughly where)
    before |= {w.start for t in syntax.tokens_between(sentence.start, sentence.end) if _distance_mark(syntax, t, measured=True) for w in (t, *descendants(t, syntax, 2))}
    found = {e.id: e for e in doc.entities if e.type == "PLACE" and e.id not in taken and any(max(sentence.start, body) <= m.start < sentence.end and m.start not in before for m in e.mentions)}
    return next(iter(found.values())) if len(found) == 1 else None


def _locative_place(doc: Document, syntax: Syntax, trigger: Trigger, body: int) -> Entity | None:
    place_ids = {p.entity for p in doc.places}
    holders = [trigger.verb, *(t for t in trigger.tokens if t is not trigger.verb)]
    # "arrived last night after a stopover in Riyadh": where it was before, not where it is
    holders += [t for h in list(holders) for t in descendants(h, syntax, 3) if not in_phrase(syntax, t, h, _CIRCUMSTANCE_PREPS) and not _in_participle_apposition(syntax, t, h)]
    for holder in holders:
        for prep in children(syntax, holder, "prep"):
            if prep.text.lower() not in LOCATIVE_PREPS:
                continue
            for pobj in children(syntax, prep, "pobj"):
                entity = entity_of(doc, pobj) if pobj.start >= body else None
                if entity is None:
                    entity = _place_a_part_is_of(doc, syntax, pobj, body)  # "across peaks of northeastern Iraq"
                if entity is None:
                    continue
                if entity.type == "COUNTRY" and _says_capital(syntax, pobj):
                    entity = _capital_entity(doc, entity) or entity
                if entity.type in ("PLACE", "COUNTRY") or entity.id in place_ids:
                    return entity
    return None


def _place_a_part_is_of(doc: Document, syntax: Syntax, part: Token, body: int) -> Entity | None:
    """The place or country a part of a place belongs to ("the peaks of northern Iraq", "the
    outskirts of Kabul"; ``part_of_place`` in ``event_cues.tsv``), or None."""
    if part.pos != "NOUN" or part.lemma.lower() not in load_event_lexicon().words("part_of_place"):
        return None
    for prep in children(syntax, part, "prep"):
        if prep.text.lower() == "of":
            for whole in children(syntax, prep, "pobj"):
                entity = entity_of(doc, whole) if whole.start >= body else None
                if entity is not None and (entity.type == "COUNTRY" or (entity.type == "PLACE" and entity.country)):
                    return entity  # a region of no known country ("the mountains of Kurdistan") says no one
    return None


def _says_capital(syntax: Syntax, token: Token) -> bool:
    return token.lemma.lower() == "capital" or any(t.lemma.lower() == "capital" for t in descendants(token, syntax, 1))


def _capital_entity(doc: Document, country: Entity) -> Entity | None:
    known = countries().countries.get(country.country or "")
    if known is None or not known.capital:
        return None
    name = known.capital.casefold()
    return next((e for e in doc.entities if e.type == "PLACE" and e.name.casefold() == name), None)


def reporters(doc: Document, syntax: Syntax, sentence_tokens: list[Token], lexicon: EventLexicon) -> tuple[str, ...]:
    """Outlets the sentence attributes itself to: "X reported", "X added that", "according to X"."""
    verbs, preps = lexicon.words("report_verb"), lexicon.words("report_prep")
    names: list[str] = []
    for token in sentence_tokens:
        sources: list[Token] = []
        if token.pos in ("VERB", "AUX") and token.lemma.lower() in verbs:
            sources = [s for subject in children(syntax, token, "nsubj") for s in conjuncts(syntax, subject)]
        elif token.text.lower() in preps:
            sources = [s for prep in children(syntax, token, "prep") for pobj in children(syntax, prep, "pobj") for s in conjuncts(syntax, pobj)]
            if not sources and token.head != token.i:
                sources = [s for pobj in children(syntax, syntax.tokens[token.head], "pobj") for s in conjuncts(syntax, pobj)]
        for source in sources:
            entity = _outlet(doc, syntax, source)
            if entity is not None and entity.name not in names:
                names.append(entity.name)
    return tuple(names)


def _outlet(doc: Document, syntax: Syntax, token: Token) -> Entity | None:
    """The outlet a source phrase names: "Russia's TASS news agency" -> TASS."""
    for word in (token, *descendants(token, syntax, 2)):
        entity = entity_of(doc, word)
        if entity is not None and entity.type == "OUTLET":
            return entity
    return None


def side_at(doc: Document, syntax: Syntax, token: Token, actor: Actor | None) -> Actor | None:
    """The side a word names as the one an act is aimed at, or None (a thing, a time, an office)."""
    return _recipient_at(doc, syntax, token, actor)

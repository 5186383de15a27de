"""Trigger frames: a trigger codes what its frame says (``resources/event_frames.tsv``).

A trigger word alone is not an event: "released a statement" is no release of prisoners,
"met the target" no meeting, "attacked the plan" criticism rather than force. A frame row
names the lemmas of which one must hang below the trigger (within two steps, not inside
another clause; ``<clause>`` stands for a clausal or gerund complement, ``<claim>`` for one that
states a fact rather than a future act, ``<infinitive>`` for an infinitive complement,
``<no_object>`` for a verb with no object, target or weapon subject, ``<intransitive>`` for one
with no object or complement and no phrase but of place, time or amount, ``<alone>`` for
such a verb with one singular subject, ``<territory>`` for an object that is a named place,
``<person>`` for an object, a passive subject or the noun a passive participle hangs on that names a person,
``<forces>`` for a direct object that is armed forces,
``<other_acts>`` for an infinitive clause with a subject of its own ("wants Y to leave"),
``<object>`` for a direct object, ``<object_to_act>`` for a direct object with a "to"
infinitive for it to carry out ("told the banks to lend"), ``<any>`` for every frame a row before it did not take;
"to buy" for an infinitive of that verb hung on the trigger)
and the CAMEO code it takes instead, or none. Participles used as adjectives
("the visiting minister", "opposing sides", "an outlawed group", "the accused man") and
idioms code nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ...model import Token
from ...resources import natural_causes, read_table, weapon_nouns
from ..timex.syntax import Syntax
from .actors import agent_role, children
from .judgements import JUDGEMENT_HEAD, QUOTED_JUDGEMENT_HEAD
from .lexicon import EventLexicon, Pattern, load_event_lexicon
from .modality import subjunctive
from .readings import ARMED_SECTORS
from .roles import AMOUNT_TYPES, passive_voice, to_infinitive, with_read_as_mark
from .triggers import Trigger, descendants, said_when

_ADJECTIVAL = frozenset({"amod", "compound"})
CLAUSE = "<clause>"  # a frame word: the trigger takes a clause ("denied the cabinet was split")
CLAIM = "<claim>"  # a frame word: the trigger takes a clause stating a fact, not a future act
_FUTURE_MODALS = frozenset({"will", "would", "should", "shall", "must", "'ll"})
INFINITIVE = "<infinitive>"  # a frame word: the trigger takes an infinitive ("sought to put")
# A frame word: the verb takes no object and no target ("nurses are striking for better pay",
# not "rebels struck a checkpoint", "struck at the convoy", "a missile struck").
NO_OBJECT = "<no_object>"
# A frame word: no object, target, infinitive or clause at all ("sales declined", not
# "declined to meet", "declined the offer").
INTRANSITIVE = "<intransitive>"
# A frame word: intransitive, with one subject, no pair of sides ("Mr Lee agreed": with a
# view; not "the two sides agreed", "A and B agreed").
ALONE = "<alone>"
# A frame word: the object is a named place, or a part of one ("seized Mosul", "seized parts
# of Iraq"): holding ground is occupying territory, not seizing goods.
TERRITORY = "<territory>"
# A frame word: the object is armed forces ("moved troops and an armada into the Gulf"): they
# are sent, where "troops moved into the town" occupy it.
FORCES = "<forces>"
# A frame word: the one acted on is a person ("police are seeking X", "the man being sought",
# "Iraqis who were questioned"): a manhunt or a questioning, not a request or a criticism.
PERSON = "<person>"
# A frame word: an infinitive clause with a subject of its own ("wants the government to
# scrap the tax"): what one wants another to do is asked of them.
OTHER_ACTS = "<other_acts>"
# A frame word: the verb takes a direct object ("the book demonstrates the rift", not
# "students demonstrated outside parliament").
OBJECT = "<object>"
# A frame word: a direct object and a "to" infinitive for it to carry out ("told the banks to
# lend more", not "told MPs: ..." or "told Reuters the talks had failed").
BIDDING = "<object_to_act>"
ANY = "<any>"  # a frame word every trigger has: the last row of a head, for all other frames
# A frame word: a noun with nothing that says who makes it or what it asks for (no possessor,
# no "for", "on", "from", "by" or "to" phrase): "let people make calls" are phone calls.
UNASKED = "<unasked>"
_ASKING_WORDS = frozenset({"for", "on", "upon", "from", "by", "to", "that"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_WHEN_OR_WHERE = frozenset({"in", "at", "during", "after", "before", "since"})  # not "agreed to the plan", "on a ceasefire"
# Prepositions of where, when, how much and why, which leave a verb intransitive ("fell by 5% in
# May", "declined as a result of weak demand").
_SETTING_PREPOSITIONS = frozenset({"in", "at", "during", "over", "since", "after", "before", "by", "from", "to", "for", "amid", "under", "within", "throughout", "as", "because"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "obj"})
_TARGET_PREPOSITIONS = frozenset({"at", "against", "into"})
# Verbs of planning: the dictionary codes "plan to attack" as a threat; a plan is the act, expected.
_PLANNING = frozenset({"plan", "intend", "prepare", "plot", "aim", "scheme", "mean"})
# Verbs that, in the passive, ascribe an act to their subject: "the premier is expected to visit
# X" is the premier's visit, expected; the dictionary's "expects a visit" (036) is the active verb.
_ASCRIBING = frozenset({"expect"})
_CONFESSING = frozenset({"admit", "acknowledge", "confess"})  # with a clause: what one owns up to, no act toward anyone
_ASKING = frozenset({"ask"})  # a request only when it asks for an act, not a question


@dataclass(frozen=True, slots=True)
class Frame:
    words: frozenset[str]
    cameo: str | None  # None: no event in this frame


@lru_cache(maxsize=1)
def load_frames() -> dict[tuple[str, str], tuple[Frame, ...]]:
    frames: dict[tuple[str, str], list[Frame]] = {}
    for row in read_table("event_frames.tsv"):
        words = frozenset(w.strip().lower() for w in row["words"].split("|") if w.strip())
        frames.setdefault((row["pos"], row["head"].lower()), []).append(Frame(words, row.get("cameo") or None))
    return {key: tuple(found) for key, found in frames.items()}


def framed(triggers: list[Trigger], syntax: Syntax, lexicon: EventLexicon) -> list[Trigger]:
    """The triggers that code an event, each with the pattern its frame gives."""
    kept = []
    for trigger in triggers:
        if trigger.pattern.pos == "V" and trigger.head.dep in _ADJECTIVAL and not _gerund_subject(trigger.head, syntax) and trigger.pattern.head != QUOTED_JUDGEMENT_HEAD:
            continue  # "the visiting minister", "the accused man" (not "his desperate bid", a judgement)
        if trigger.pattern.mode == "investigate" and _internal(trigger, syntax):
            continue  # "launched an internal investigation": a body looking into itself accuses no one
        if trigger.head.lemma.lower() == "oppose" and trigger.head.i > 0 and syntax.tokens[trigger.head.i - 1].text.lower() == "as":
            continue  # "at 4% of sales as opposed to 5%": a comparison
        if trigger.head.lemma.lower() in _CONFESSING and any(syntax.tokens[k].dep == "ccomp" for k in syntax.children.get(trigger.head.i, ())):
            continue  # "admitted to the inspector general that they had overcharged": a confession, no access granted
        if trigger.pattern.pos == "V" and _participle_after_preposition(trigger.head, syntax):
            continue  # "founded by assassinated former prime minister X": a word of the noun phrase
        if trigger.pattern.pos == "V" and _nominal_participle(trigger.head, syntax):
            continue  # "evacuated the wounded", "the accused": people named by what befell them
        if trigger.pattern.origin == "cameo" and trigger.head.lemma.lower() in _PLANNING:
            continue  # "planned to attack": the act planned is coded, expected, not a threat
        if trigger.pattern.pos == "V" and trigger.head.lemma.lower() in _ASKING and not _asks_for_an_act(trigger.head, syntax):
            continue  # "asked whether ...", "asked about ...": a question, not a request
        if trigger.pattern.origin == "cameo" and trigger.head.lemma.lower() in _ASCRIBING and passive_voice(syntax, trigger.head):
            continue  # "is expected to visit": the visit is coded, expected
        if trigger.pattern.origin == "cameo" and any(_prefixed(t, syntax, trigger.pattern) for t in trigger.tokens if t is not trigger.head):
            continue  # "post-war", "anti-war": a prefixed word is not the word of the pattern
        if trigger.pattern.pos == "V" and trigger.head.lemma.lower() in lexicon.words("needs_ask") and not _asks_for_something(trigger.head, syntax):
            continue  # "policies that appealed to voters": they attract them; nothing is asked
        if trigger.pattern.type == "REQUEST" and _urging_as_a_noun(trigger.head, syntax):
            continue  # "despite urging to ease the peg, officials insist": others' urging, no one named
        if _participle_read_as_gerund(trigger.head, syntax):
            continue  # "held by striking civil servants": the workers on strike, no one struck
        if _all_that_was_done(trigger.head, syntax):
            continue  # "all the government have offered is more talk": a criticism of how little, no offer
        if trigger.pattern.type in ("ACCUSE", "REJECT") and _claim_dismissed(trigger, syntax) and not _ruled_by_a_court(trigger.head, syntax, lexicon):
            continue  # "dismissed the claims as nonsense": a claim denied, no one criticised (a tribunal's dismissal rules against the claimant)
        if trigger.pattern.mode == "investigate" and _named_for_another_task(trigger, syntax, lexicon):
            continue  # "appointed a committee to search for a chief operating officer": no inquiry
        if trigger.pattern.mode == "visit" and trigger.head.lemma.lower() == "plan" and trigger.head.tag in ("VBD", "VBN"):
            continue  # "she planned a trip to Norfolk": a trip once planned, made or not ("plans a trip to China" is to come)
        if trigger.pattern.mode == "arrest" and _securities_warrant(trigger, syntax, lexicon):
            continue  # "issuing bonds with share warrants": a right to buy shares, no arrest
        if trigger.pattern.type == "ASSAULT" and (_figurative_harm(trigger.head, syntax, lexicon) or _attack_on_a_thing(trigger, syntax, lexicon)):
            continue  # "won't kill your business", "killed hopes of a deal", "an attack on new markets": no one is harmed
        if trigger.pattern.type == "ASSAULT" and _befell_by_nature(trigger.head, syntax):
            continue  # "killed following a massive earthquake": nature's toll, no one's attack
        if trigger.pattern.type == "ACCUSE" and _blamed_on_a_thing(trigger.head, syntax):
            continue  # "blamed the fall in profits on high launch costs": no one is accused
        if trigger.pattern.type in _FORCE_TYPES and _animals_involved(trigger.head, syntax, lexicon):
            continue  # "chasing foxes then shooting them", "a dog attacked": no political event
        if trigger.pattern.cameo == OCCUPATION and trigger.head.lemma.lower() in _MOVING and not _forces_move(trigger.head, syntax):
            continue  # "moved parts of their business into low-wage countries": no one occupies ground
        if trigger.pattern.cameo == OCCUPATION and _control_of_no_ground(trigger, syntax):
            continue  # "took control of the company", "of a portfolio of interests": no ground occupied
        if trigger.pattern.type == "REJECT" and _ruled_by_a_court(trigger.head, syntax, lexicon):
            kept.append(trigger)  # "an appeal court panel rejected the claim": a ruling against the claimant
            continue
        if trigger.pattern.type == "ASSAULT" and trigger.head.lemma.lower() == "strike" and _struck_by_workers(trigger.head, syntax):
            # "its members have struck the news staffs of CBS": a walkout against an employer
            kept.append(replace(trigger, pattern=_recoded(trigger.pattern, WALKOUT, lexicon)))
            continue
        frame = _frame_of(trigger, syntax)
        if frame is None:
            kept.append(trigger)
        elif frame.cameo is not None:
            kept.append(replace(trigger, pattern=_recoded(trigger.pattern, frame.cameo, lexicon)))
    return kept


OCCUPATION = "192"  # CAMEO: occupy territory
WALKOUT = "143"  # CAMEO: conduct strike or boycott
_WORKFORCE = frozenset({"member", "employee", "worker", "staff", "union", "pilot"})


def _struck_by_workers(verb: Token, syntax: Syntax) -> bool:
    """Whether a verb's subject is a workforce: labour by its role ("the union", "miners"), or a
    side's members, workers or staff ("its members have struck the networks")."""
    return any(agent_role(syntax, s) == "LAB" or s.lemma.lower() in _WORKFORCE for s in children(syntax, verb, "nsubj"))


# Verbs of motion the CAMEO dictionary codes as occupation with "into" ("moved into the town")
_MOVING = frozenset({"move", "go", "push", "roll", "pour", "sweep", "advance", "head", "march", "come", "send", "storm"})


def _forces_move(verb: Token, syntax: Syntax) -> bool:
    """Whether an armed force moves: the subject or object is one ("troops moved into the
    town", "sent tanks into the city"), by its role or a word for forces (``deploy``'s frame)."""
    forces = next((f.words for f in load_frames().get(("V", "deploy"), ()) if f.cameo and not f.words & {NO_OBJECT, ANY}), frozenset())
    movers = [syntax.tokens[i] for i in syntax.children.get(verb.i, ()) if syntax.tokens[i].dep in ("nsubj", "nsubjpass", "dobj")]
    return any(m.lemma.lower() in forces or agent_role(syntax, m) in ARMED_SECTORS for m in movers)


_HARMING_IN_FIGURES = frozenset({"kill", "murder", "strangle", "choke", "torpedo", "cripple", "sink", "hit", "batter", "hammer", "hurt", "harm", "damage", "devastate", "ruin", "wreck", "destroy"})
# "hurt ourselves economically": the manner says the harm is to a purse, not a body
_FIGURATIVE_MANNERS = frozenset({"economically", "financially", "commercially", "politically", "electorally"})


def _figurative_harm(verb: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """A verb of harm whose object is a thing a figure of speech harms (kind
    ``figurative_victim``: a business, hopes, a market, a deal), not the people it names
    ("killed a business leader" harms the leader)."""
    if verb.lemma.lower() not in _HARMING_IN_FIGURES:
        return False
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    if any(k.dep == "advmod" and k.lemma.lower() in _FIGURATIVE_MANNERS for k in kids):
        return True
    objects = [k for k in kids if k.dep in ("dobj", "nsubjpass")]
    return bool(objects) and all(_figurative_victim(o, lexicon) for o in objects)


def _figurative_victim(noun: Token, lexicon: EventLexicon) -> bool:
    """A common noun for a thing a figure of speech harms (kind ``figurative_victim``)."""
    return noun.pos == "NOUN" and not noun.ent_type and noun.lemma.lower() in lexicon.words("figurative_victim")


def _attack_on_a_thing(trigger: Trigger, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """ "We're launching a major attack on these new markets": an attack whose "on" names only
    a thing a figure of speech harms (kind ``figurative_victim``) is a push into it."""
    attacks = [t for t in (trigger.head, *trigger.tokens) if t.lemma.lower() in _ATTACK_NOUNS and t.pos == "NOUN"]
    targets = [p for a in attacks for on in children(syntax, a, "prep") if on.text.lower() == "on" for p in children(syntax, on, "pobj")]
    return bool(targets) and all(_figurative_victim(p, lexicon) for p in targets)


_ATTACK_NOUNS = frozenset({"attack", "assault", "offensive", "onslaught"})


_CAUSING_PREPOSITIONS = frozenset({"following", "after", "in", "by", "during", "from"})


def _befell_by_nature(verb: Token, syntax: Syntax) -> bool:
    """'23,000 people have been killed following a massive earthquake', 'died in the floods': a
    toll with no agent that a phrase puts down to nature or an accident is no one's attack."""
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    if any(k.dep in ("nsubj", "agent") for k in kids):
        return False
    causes = natural_causes()
    return any(
        k.dep == "prep" and k.text.lower() in _CAUSING_PREPOSITIONS and causes.get(p.lemma.lower()) not in (None, "measure", "affair")
        for k in kids
        for p in (syntax.tokens[i] for i in syntax.children.get(k.i, ()))
        if p.dep in ("pobj", "pcomp")
    )


def _blamed_on_a_thing(verb: Token, syntax: Syntax) -> bool:
    """'blamed the fall in profits on high launch costs', 'blamed the weather for the delays': a
    cause that is a thing, no side, is blamed; no one is accused."""
    if verb.lemma.lower() != "blame":
        return False

    def thing(noun: Token) -> bool:  # not "Boeing's senior management": what a side owns stands for it
        owners = [syntax.tokens[i] for i in syntax.children.get(noun.i, ()) if syntax.tokens[i].dep == "poss"]
        if owners and all(o.tag == "PRP$" for o in owners):
            return noun.pos == "NOUN" and not noun.ent_type  # "on its mortgage business": the actor's own
        # "on Indonesian demands", "on Zelkova government policy": a side's doings stand for it
        sides = [k for k in (syntax.tokens[i] for i in syntax.children.get(noun.i, ())) if k.dep in ("amod", "compound") and k.ent_type in _SIDE_ENTITIES]
        return noun.pos == "NOUN" and not noun.ent_type and not owners and not sides and agent_role(syntax, noun) is None

    objects = [syntax.tokens[i] for i in syntax.children.get(verb.i, ()) if syntax.tokens[i].dep == "dobj"]
    if not objects or not all(thing(o) for o in objects):
        return False  # "blamed the rebels for the attack": a side is blamed
    # the parse often hangs "on ..." on the object's phrase rather than on the verb
    below = descendants(verb, syntax, 3)
    blamed = [p for k in below if k.dep == "prep" and k.text.lower() == "on" for p in (syntax.tokens[i] for i in syntax.children.get(k.i, ())) if p.dep == "pobj"][:1]
    if blamed:
        return thing(blamed[0])
    return any(k.dep == "prep" and k.text.lower() == "for" for k in below)  # "blamed the weather for the delays"


_SIDE_ENTITIES = frozenset({"NORP", "GPE", "LOC", "ORG", "PERSON"})


def _prefixed(token, syntax: Syntax, pattern: Pattern) -> bool:
    """A word joined by a hyphen to a prefix the pattern does not name ("post-war"; not "sit-in")."""
    if token.i < 2 or syntax.tokens[token.i - 1].text != "-":
        return False
    prefix = syntax.tokens[token.i - 2].lemma.lower()
    return not any(prefix in word.replace("|", " ").split() for word in pattern.others)


def _internal(trigger: Trigger, syntax: Syntax) -> bool:
    return any(syntax.tokens[i].dep == "amod" and syntax.tokens[i].text.lower() in ("internal", "in-house") for t in trigger.tokens for i in syntax.children.get(t.i, ()))


def _participle_after_preposition(verb: Token, syntax: Syntax) -> bool:
    """A past form right after a preposition heads no clause, whatever the parse made of it:
    "founded by assassinated former prime minister X", "the release of jailed dissidents"."""
    if verb.tag not in ("VBD", "VBN") or verb.i == 0:
        return False
    before = syntax.tokens[verb.i - 1]
    return before.tag == "IN" and before.dep in ("prep", "agent") and before.sent == verb.sent


def _nominal_participle(verb, syntax: Syntax) -> bool:
    """A past participle standing as a noun after "the" ("the wounded", "the detained")."""
    if verb.tag != "VBN" or verb.dep not in ("dobj", "nsubj", "nsubjpass", "pobj", "conj"):
        return False
    return any(syntax.tokens[i].dep == "det" and syntax.tokens[i].i < verb.i for i in syntax.children.get(verb.i, ()))


def _asks_for_something(verb, syntax: Syntax) -> bool:
    """Whether a verb of appeal says what is asked: a "for" phrase ("appealed for calm"), an
    infinitive or a clause ("appealed to X to stay", "appealed that ..."), or an object."""
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    if any(k.dep in ("xcomp", "ccomp", "dobj") for k in kids) or any(k.dep == "prep" and k.text.lower() == "for" for k in kids):
        return True
    return any(k.dep == "advcl" and any(syntax.tokens[j].dep == "aux" and syntax.tokens[j].text.lower() == "to" for j in syntax.children.get(k.i, ())) for k in kids)


def _asks_for_an_act(verb, syntax: Syntax) -> bool:
    """Whether "ask" asks someone to do something ("asked X to leave", "asked for help", "asked
    that X be freed", "asked X's help") rather than asks a question ("asked whether",
    "asked about", "Asked if he would resign, he said")."""
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    if any(kid.dep == "prep" and kid.text.lower() == "about" for kid in kids):
        return False  # "asked the minister about the funds"
    for kid in kids:
        if kid.dep == "xcomp" or (kid.dep == "prep" and kid.text.lower() == "for"):
            return True
        if kid.dep == "dobj" and kid.pos == "NOUN":
            return True  # "asked the court's permission", "asked their support"
        if kid.dep == "ccomp" and any(syntax.tokens[j].dep == "mark" and syntax.tokens[j].text.lower() == "that" for j in syntax.children.get(kid.i, ())):
            return True
    return False


def _urging_as_a_noun(verb: Token, syntax: Syntax) -> bool:
    """'Despite urging to ease the peg': a gerund of a verb that asks someone ("urge", "press")
    after a preposition, with no one it asks and no subject, is the asking of others unnamed."""
    if verb.tag != "VBG" or verb.dep != "pcomp" or verb.lemma.lower() not in _ASKING_SOMEONE:
        return False
    return not any(syntax.tokens[i].dep in ("dobj", "nsubj", "poss", "dative") for i in syntax.children.get(verb.i, ()))


_ASKING_SOMEONE = frozenset({"urge", "press", "pressure", "persuade", "exhort", "implore", "beg"})


def _participle_read_as_gerund(verb: Token, syntax: Syntax) -> bool:
    """'By striking civil servants', 'from protesting students': a participle before a group
    of people, which the parse took for a gerund with that group as its object."""
    if verb.tag != "VBG" or verb.dep != "pcomp" or verb.lemma.lower() not in _DONE_BY_GROUPS:
        return False
    objects = [syntax.tokens[i] for i in syntax.children.get(verb.i, ()) if syntax.tokens[i].dep == "dobj"]
    # the object follows at once, only its adjectives between ("striking civil servants")
    return any(all(syntax.tokens[k].head == o.i and syntax.tokens[k].dep in ("amod", "compound") for k in range(verb.i + 1, o.i)) and agent_role(syntax, o) is not None for o in objects)


_DONE_BY_GROUPS = frozenset({"strike", "protest", "march", "riot", "demonstrate", "picket"})


def _all_that_was_done(verb: Token, syntax: Syntax) -> bool:
    """'All the government have offered is more talk', 'all they did was talk': the act as the
    subject of "is" or "was" right after it, belittled by "all"."""
    following = syntax.tokens[verb.i + 1] if verb.i + 1 < len(syntax.tokens) else None
    if following is None or following.lemma.lower() != "be" or following.tag not in ("VBZ", "VBD"):
        return False  # the act is what "is" or "was" says, however the parse hangs it
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    subjects = [k for k in kids if k.dep == "nsubj"]
    return any(syntax.tokens[i].text.lower() == "all" and syntax.tokens[i].dep in ("predet", "det") for s in subjects for i in syntax.children.get(s.i, ()))


_STANDING_FOR = frozenset({"them", "it", "this", "these", "that", "those"})
_PLURAL_STANDING_FOR = frozenset({"them", "these", "those"})


def _claim_dismissed(trigger: Trigger, syntax: Syntax) -> bool:
    """'Dismissed the claims as nonsense', 'discussed these claims and dismissed them as a load
    of nonsense': what is dismissed is a claim (the words of the ``dismiss`` frame that code
    nothing), or a pronoun for the claim named last before it in its sentence."""
    if trigger.head.lemma.lower() != "dismiss":
        return False
    claims = set().union(*(f.words for f in load_frames().get(("V", "dismiss"), ()) if f.cameo is None))
    for obj in (syntax.tokens[i] for i in syntax.children.get(trigger.head.i, ()) if syntax.tokens[i].dep == "dobj"):
        if obj.text.lower() in _STANDING_FOR:
            start = syntax.sentence_span(obj.start).start
            plural = obj.text.lower() in _PLURAL_STANDING_FOR
            before = [t for t in syntax.tokens_between(start, obj.start) if t.pos == "NOUN" and (t.tag == "NNS") == plural]
            obj = before[-1] if before else obj
        if obj.lemma.lower() in claims:
            return True
    return False


def _ruled_by_a_court(verb: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """A court, a judge or a panel of judges (kind ``court_noun``) rejecting or dismissing a
    claim: a legal claim thrown out, a ruling against whoever brought it, though a claim
    rejected by anyone else is only denied."""
    if verb.lemma.lower() not in ("reject", "dismiss") or passive_voice(syntax, verb):
        return False
    courts = lexicon.words("court_noun")
    for subject in (syntax.tokens[i] for i in syntax.children.get(verb.i, ()) if syntax.tokens[i].dep == "nsubj"):
        words = [subject, *(syntax.tokens[i] for i in syntax.children.get(subject.i, ()) if syntax.tokens[i].dep == "compound")]
        if any(w.lemma.lower() in courts for w in words):
            return True
    return False


_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def _animals_involved(verb: Token, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """Whether the act's subject or object is an animal (kind ``animal``): "shot the deer",
    "badgers were culled", "a shark attacked a swimmer", and "chased foxes then shot them"
    (the pronoun stands for the object of the verb it is coordinated with)."""
    animals = lexicon.words("animal")
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    sides = [k for k in kids if k.dep in ("dobj", "nsubj", "nsubjpass")]
    if verb.dep in ("conj", "advcl") and verb.head != verb.i and any(k.dep == "dobj" and k.text.lower() in _STANDING_FOR for k in kids):
        first = syntax.tokens[verb.head]
        sides += [syntax.tokens[i] for i in syntax.children.get(first.i, ()) if syntax.tokens[i].dep == "dobj"]
    if verb.dep in ("relcl", "acl") and verb.head != verb.i:
        sides.append(syntax.tokens[verb.head])  # "the birds that were culled"
    sides += [o for k in kids if k.dep == "prep" and k.text.lower() == "at" for o in children(syntax, k, "pobj")]  # "shoot at deer"
    sides += [o for side in sides for p in children(syntax, side, "prep") if p.text.lower() == "of" for o in children(syntax, p, "pobj")]  # "a variety of game animals"
    return any(side.pos == "NOUN" and side.lemma.lower() in animals for side in sides)  # not "Liam Fox"


def _gerund_subject(verb, syntax: Syntax) -> bool:
    """'Attacking churches is forbidden': a sentence-initial gerund the parser took for an
    adjective of the subject noun (which has no determiner of its own)."""
    if verb.tag != "VBG" or verb.head == verb.i:
        return False
    noun = syntax.tokens[verb.head]
    first = syntax.sentence_span(verb.start).start == verb.start
    has_determiner = any(syntax.tokens[i].dep in ("det", "poss") for i in syntax.children.get(noun.i, ()))
    return first and noun.dep in ("nsubj", "nsubjpass") and not has_determiner


def _named_for_another_task(trigger: Trigger, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """A body appointed or set up with a task that is no inquiry ("a committee to search for a
    chief operating officer"); one to investigate or review (kind ``inquiry_verb``) is one."""
    verb = trigger.verb
    tasks = [c for c in children(syntax, verb, "advcl", "xcomp") if to_infinitive(syntax, c)]
    tasks += [c for o in children(syntax, verb, "dobj") for c in children(syntax, o, "acl", "relcl") if to_infinitive(syntax, c)]
    return bool(tasks) and all(t.lemma.lower() not in lexicon.words("inquiry_verb") for t in tasks)


def _securities_warrant(trigger: Trigger, syntax: Syntax, lexicon: EventLexicon) -> bool:
    """A warrant named by what it entitles one to buy ("share warrants", kind
    ``security_warrant``) or issued to its holders: a security, no warrant of arrest."""
    kinds = lexicon.words("security_warrant")
    warrants = [t for t in trigger.tokens if t.lemma.lower() == "warrant"]
    if warrants and any(p.text.lower() == "to" and children(syntax, p, "pobj") for p in children(syntax, trigger.verb, "prep", "dative")):
        return True  # "will issue warrants to holders of its shares": a warrant of arrest is issued for someone, not to them
    return bool(warrants) and all(any(m.lemma.lower() in kinds for m in children(syntax, w, "compound", "amod")) for w in warrants)


def _frame_of(trigger: Trigger, syntax: Syntax) -> Frame | None:
    if trigger.pattern.head in (JUDGEMENT_HEAD, QUOTED_JUDGEMENT_HEAD):
        return None  # a judgement's word is no trigger of its own ("had abused the public's trust")
    frames = load_frames().get((trigger.pattern.pos, trigger.head.lemma.lower()), ())
    if not frames or (len(trigger.tokens) > 1 and trigger.pattern.origin == "table"):
        return None  # the project's longer pattern ("sign deal") already says what the frame is
    if trigger.pattern.origin == "cameo" and len(trigger.tokens) > 3:
        return None  # "took part in the protest": the dictionary names the event past the frame's object
    # "On Monday X insisted ...": a phrase that only says when is no word of the frame
    when = {t.i for k in syntax.children.get(trigger.head.i, ()) if said_when(syntax.tokens[k], syntax) for t in (syntax.tokens[k], *descendants(syntax.tokens[k], syntax, 2))}
    # nor is a doer by name: "the Securities and Exchange Commission charged X" charges no
    # commission (a common noun may be: "troops arrived" are peacekeepers sent)
    doers = {t.i for k in syntax.children.get(trigger.head.i, ()) if _named_doer(syntax.tokens[k], syntax) for t in (syntax.tokens[k], *descendants(syntax.tokens[k], syntax, 2))}
    words = [t for t in descendants(trigger.head, syntax, 2) if t.i not in when and t.i not in doers]
    words += _raised_subject(trigger.head, syntax)
    words += _thing_it_stands_for(trigger.head, syntax)
    words += _measured_things(trigger.head, syntax)
    if trigger.head.dep in ("relcl", "acl") and trigger.head.head != trigger.head.i:
        words.append(syntax.tokens[trigger.head.head])  # "a helicopter that was captured"
    words += _object_read_as_subject(trigger.head, syntax, frames)
    below = {t.lemma.lower() for t in words} | {t.text.lower() for t in words} | {ANY}
    # "meet U.S. Complaints": a capitalized plural the tagger took for a name keeps its plural
    below |= {t.text.lower()[:-1] for t in words if t.pos == "PROPN" and t.text.endswith("s") and t.text[1:].islower()}
    # "quit on Monday": a phrase that only says when leaves the verb as it was
    kids = [syntax.tokens[i] for i in syntax.children.get(trigger.head.i, ()) if not said_when(syntax.tokens[i], syntax)]
    if any(k.dep == "ccomp" and _infinitive_with_subject(syntax, k) for k in kids):
        below.add(OTHER_ACTS)
    deps = {k.dep for k in kids}
    if "ccomp" in deps or any(k.tag == "VBG" and k.dep in ("xcomp", "dobj") for k in kids):
        below.add(CLAUSE)  # "denied (that) the cabinet was split", "denied having met him": a claim denied, no refusal
    # "denied that ...", and "dismissed a suggestion (that) the move was a ploy": a noun's clause
    held = [c for k in kids if k.dep == "dobj" for c in (syntax.tokens[i] for i in syntax.children.get(k.i, ())) if c.dep in ("acl", "ccomp") and _stated(syntax, c)]
    for clause in [k for k in kids if k.dep == "ccomp"] + held:
        modals = {syntax.tokens[i].text.lower() for i in syntax.children.get(clause.i, ()) if syntax.tokens[i].dep == "aux"}
        if subjunctive(syntax, clause):
            continue  # "rejected a suggestion that his country seek IMF help": a proposal, no claim
        if not modals & _FUTURE_MODALS or (clause.dep == "ccomp" and not _someone_acts(syntax, clause)) or _anothers_duty(syntax, trigger.head, clause, modals):
            # "agreed that the deficit was too high", "that the review would be delayed" (not
            # "that they should cooperate")
            below.add(CLAIM)
    if "dobj" in deps or "nsubjpass" in deps:
        below.add(OBJECT)  # "prototypes will be demonstrated": a passive's subject is its object
    if "xcomp" in deps:
        below.add(INFINITIVE)  # "sought to put the economy first": an attempt, no request
        if "dobj" in deps and any(k.dep == "xcomp" and to_infinitive(syntax, k) for k in kids):
            below.add(BIDDING)
    # "beat Zelkor to buy the bank": a frame word "to buy" is an infinitive of that verb below the trigger
    below |= {f"to {k.lemma.lower()}" for k in kids if k.dep in ("advcl", "xcomp") and to_infinitive(syntax, k)}
    if any(_names_a_place(syntax, k) for k in kids if k.dep in ("dobj", "nsubjpass")):
        below.add(TERRITORY)
    if any(agent_role(syntax, k) in ARMED_SECTORS for k in kids if k.dep == "dobj"):
        below.add(FORCES)
    if any(_names_a_person(k) for k in [k for k in kids if k.dep in ("dobj", "nsubjpass")] + _antecedent(trigger.head, syntax)):
        below.add(PERSON)  # "police are seeking Kessler", "the man being sought by the FBI"
    if trigger.pattern.pos == "N" and not any(k.dep in ("poss", "acl", "advcl", "relcl", "ccomp", "xcomp") or k.text.lower() in _ASKING_WORDS for k in kids):
        below.add(UNASKED)
    if trigger.pattern.pos == "V" and _takes_no_object(kids) and not with_read_as_mark(syntax, trigger.head):  # "agreed with X to ..." misparsed
        below.add(NO_OBJECT)
        if not deps & {"xcomp", "ccomp", "dative"} and all(k.lemma.lower() in _SETTING_PREPOSITIONS for k in kids if k.dep == "prep"):
            below.add(INTRANSITIVE)
            if _one_subject(syntax, kids) and all(k.lemma.lower() in _WHEN_OR_WHERE for k in kids if k.dep == "prep"):
                below.add(ALONE)
    return next((f for f in frames if f.words & below), None)


_CLAUSE_FRAMES = frozenset({CLAUSE, CLAIM, INFINITIVE, OTHER_ACTS})
_DOER_DEPS = frozenset({"nsubj", "agent"})


def _named_doer(word: Token, syntax: Syntax) -> bool:
    """A doer by name ("the SEC charged"), or a passive's "by" phrase of a name ("hurt by
    Zelco"; not "hurt by the diverted shipments", a thing that frames the verb)."""
    if word.dep == "agent":
        return any(p.pos == "PROPN" or p.ent_type for p in children(syntax, word, "pobj"))
    return word.dep in _DOER_DEPS and word.pos == "PROPN"


def _raised_subject(verb: Token, syntax: Syntax) -> list[Token]:
    """'the gaming industry is set to explode': the subject of the verb an infinitive with none
    of its own hangs on, unless a name."""
    if verb.dep != "xcomp" or verb.head == verb.i or children(syntax, verb, "nsubj", "nsubjpass"):
        return []
    return [s for s in children(syntax, syntax.tokens[verb.head], "nsubj", "nsubjpass") if s.pos != "PROPN"]


def _thing_it_stands_for(verb: Token, syntax: Syntax) -> list[Token]:
    """'the sale did not represent a withdrawal and (that) it had been sanctioned': the common
    noun subject of the clause a conjunct whose subject is "it" is joined to."""
    if verb.dep != "conj" or verb.head == verb.i or not any(s.text.lower() == "it" for s in children(syntax, verb, "nsubj", "nsubjpass")):
        return []
    return [s for s in children(syntax, syntax.tokens[verb.head], "nsubj", "nsubjpass") if s.pos == "NOUN"]


def _measured_things(verb: Token, syntax: Syntax) -> list[Token]:
    """'offering 500 mln dlrs of mortgage obligations', 'announced a programme of sanctions':
    what an amount or a collection object is of, one word deeper than the frame looks."""
    found = []
    objects = [syntax.tokens[i] for i in syntax.children.get(verb.i, ()) if syntax.tokens[i].dep == "dobj"]
    collections = [o for o in objects if o.lemma.lower() in _COLLECTIONS]  # "a programme of sanctions": the sanctions
    collections += [o for o in objects if o.lemma.lower() in _PARTS]  # "gave back some of its gains": the gains
    for amount in collections + [o for o in objects if o.ent_type in AMOUNT_TYPES or any(syntax.tokens[i].dep in ("nummod", "quantmod") for i in syntax.children.get(o.i, ()))]:
        for of in (syntax.tokens[i] for i in syntax.children.get(amount.i, ()) if syntax.tokens[i].text.lower() == "of"):
            found += [syntax.tokens[i] for i in syntax.children.get(of.i, ()) if syntax.tokens[i].dep == "pobj"]
    return found


_COLLECTIONS = frozenset({"program", "programme", "package", "series", "set", "raft", "round", "wave", "range"})
_PARTS = frozenset({"some", "part", "much", "most", "all", "half", "many", "portion", "bulk", "rest"})


def _object_read_as_subject(verb: Token, syntax: Syntax, frames: tuple[Frame, ...]) -> list[Token]:
    """'released growth figures showing the economy expanded', parsed as "released [that]
    figures ... expanded": a verb whose frames take no clause has its object in the subject of
    the clause the parse hung on it, when that subject follows the verb at once."""
    if any(f.words & _CLAUSE_FRAMES for f in frames):
        return []
    found = []
    for clause in (syntax.tokens[i] for i in syntax.children.get(verb.i, ()) if syntax.tokens[i].dep == "ccomp"):
        for subject in (syntax.tokens[i] for i in syntax.children.get(clause.i, ()) if syntax.tokens[i].dep == "nsubj"):
            between = range(verb.i + 1, subject.i)
            if subject.i > verb.i and all(syntax.tokens[k].head == subject.i and syntax.tokens[k].dep in _ADJECTIVAL | {"det", "poss", "nummod"} for k in between):
                found.append(subject)
    return found


def _infinitive_with_subject(syntax: Syntax, clause: Token) -> bool:
    """'(wants) the government to scrap the tax': an infinitive with a subject of its own who
    is to act. Not a state ("wanted the UK to be prosperous", "the courts to have facilities"), something done to the subject
    ("these men to be returned") or a thing ("it to end", "the bill to pass")."""
    kids = [syntax.tokens[i] for i in syntax.children.get(clause.i, ())]
    if clause.lemma.lower() in _STATE_VERBS or not any(k.dep == "aux" and k.text.lower() == "to" for k in kids) or any(k.dep == "auxpass" for k in kids):
        return False
    subjects = [k for k in kids if k.dep == "nsubj"]
    return any(s.text.lower() not in _THINGS and _may_act(syntax, s) for s in subjects)


_THINGS = frozenset({"it", "this", "that", "these", "those", "something", "nothing", "everything"})
# "wants the courts to have facilities", "wants young people to feel they belong": a state wished for
_STATE_VERBS = frozenset({"be", "have", "feel", "remain", "stay", "become", "know", "understand"})


def _control_of_no_ground(trigger: Trigger, syntax: Syntax) -> bool:
    """'Creditors took control of the company': control taken "of" something that is no
    place, no ground held and no part of a place is a business's or a board's, not occupation."""
    control = [t for t in trigger.tokens if t.lemma.lower() == "control"]
    if not control:
        return False
    # "of" hangs on "control" or, in the parse, on the verb
    holders = (control[0].i, trigger.head.i)
    held = [o for h in holders for prep in syntax.children.get(h, ()) if syntax.tokens[prep].text.lower() == "of" for o in (syntax.tokens[k] for k in syntax.children.get(prep, ())) if o.dep == "pobj"]
    return bool(held) and not any(_names_a_place(syntax, o) for o in held)


def _names_a_place(syntax: Syntax, noun: Token) -> bool:
    """Whether an object is a named place, ground held ("the town", "an airbase") or a part
    "of" a named place ("Mosul", "parts of Iraq")."""
    lexicon = load_event_lexicon()
    if noun.ent_type in _PLACE_TYPES or noun.lemma.lower() in lexicon.words("held_ground"):
        return True
    places = [p for prep in syntax.children.get(noun.i, ()) if syntax.tokens[prep].text.lower() == "of" for p in syntax.children.get(prep, ())]
    return noun.lemma.lower() in lexicon.words("part_of_place") and any(syntax.tokens[p].ent_type in _PLACE_TYPES for p in places)


def _names_a_person(noun: Token) -> bool:
    """Whether a word names a person: a person's name, a pronoun of one, or a nationality
    said as a noun ("five Iraqis", "a Libyan")."""
    return noun.ent_type in ("PERSON", "NORP") or noun.text.lower() in _PERSON_PRONOUNS


_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})


def _antecedent(verb: Token, syntax: Syntax) -> list[Token]:
    """The noun a passive participle or relative clause hangs on, the one it is done to ("the
    man being sought", "Iraqis who were questioned"), or none ("Reagan, seeking to salvage")."""
    if verb.dep not in ("relcl", "acl") or verb.head == verb.i:
        return []
    return [syntax.tokens[verb.head]] if verb.tag == "VBN" or passive_voice(syntax, verb) else []


def _one_subject(syntax: Syntax, kids) -> bool:
    """Whether the verb's subject is one person or body: singular, not coordinated."""
    subjects = [k for k in kids if k.dep in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag in ("NNS", "NNPS"):
        return False
    subject = subjects[0]
    return subject.text.lower() not in _PLURAL_PRONOUNS and not any(syntax.tokens[i].dep == "conj" for i in syntax.children.get(subject.i, ()))


_PLURAL_PRONOUNS = frozenset({"they", "we", "both", "all"})


def _stated(syntax: Syntax, clause: Token) -> bool:
    """A finite clause with a subject of its own ("the move was designed to ..."), not a
    participle or an infinitive ("a deal totalling $5m", "a plan to borrow")."""
    kids = [syntax.tokens[i] for i in syntax.children.get(clause.i, ())]
    finite = clause.tag in _FINITE or any(k.dep in ("aux", "auxpass") and k.tag in _FINITE for k in kids)
    # "suggestions the Korean won is undervalued": the parse may hang the subject on the "is"
    kids += [syntax.tokens[i] for k in kids if k.dep in ("aux", "auxpass") for i in syntax.children.get(k.i, ())]
    return finite and any(k.dep in ("nsubj", "nsubjpass") for k in kids)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


_DUTY_MODALS = frozenset({"must", "should", "ought"})


def _anothers_duty(syntax: Syntax, verb: Token, clause: Token, modals: set[str]) -> bool:
    """'X agreed the Community must take greater heed': one side holding what another named
    should do states a view; no one is bound ("the two sides agreed they should meet", "agreed
    with Y that ..." bind those who agree)."""
    if clause.dep != "ccomp" or not modals & _DUTY_MODALS or modals - _DUTY_MODALS:
        return False
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    agreers = [k for k in kids if k.dep == "nsubj"]
    if any(k.dep == "prep" and k.text.lower() == "with" for k in kids) or len(agreers) != 1 or agreers[0].tag not in ("NN", "NNP"):
        return False
    if any(syntax.tokens[i].dep == "conj" for i in syntax.children.get(agreers[0].i, ())):
        return False
    subjects = [syntax.tokens[i] for i in syntax.children.get(clause.i, ()) if syntax.tokens[i].dep in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.pos in ("NOUN", "PROPN") for s in subjects)


def _someone_acts(syntax: Syntax, clause: Token) -> bool:
    """Whether the clause's subject is someone who may act (a name, a pronoun, a group noun),
    not a thing ("the review would be delayed")."""
    subjects = [syntax.tokens[i] for i in syntax.children.get(clause.i, ()) if syntax.tokens[i].dep in ("nsubj", "nsubjpass")]
    return any(_may_act(syntax, s) for s in subjects)


def _may_act(syntax: Syntax, word: Token) -> bool:
    """A name, a pronoun or a group noun: a word for someone who may act."""
    return word.pos in ("PROPN", "PRON") or word.lemma.lower() in _SIDES or agent_role(syntax, word) is not None


_SIDES = frozenset({"country", "nation", "state", "side", "party", "government"})  # "that their countries should cooperate"


def _takes_no_object(kids) -> bool:
    if any(k.dep in _OBJECT_DEPS for k in kids):
        return False
    if any(k.dep == "prep" and k.lemma.lower() in _TARGET_PREPOSITIONS for k in kids):
        return False
    return not any(k.dep == "nsubj" and k.lemma.lower() in weapon_nouns() for k in kids)


def _recoded(pattern: Pattern, cameo: str, lexicon: EventLexicon) -> Pattern:
    coding = lexicon.coding(cameo)
    if coding is None:
        return pattern
    mode = coding.mode or (pattern.mode if coding.type == pattern.type else None)  # "quit" alone: still a resignation
    return replace(pattern, cameo=cameo, type=coding.type, mode=mode, origin="frame")

"""Readings of triggers that depend on their sentence: what governs what, demands, warnings,
words that attack, purposes.

- A trigger governed by a threat, demand, refusal, agreement or accusation is part of it
  ("threatened to attack" is one threat), whose mode the governed act gives
  (``resources/governed_modes.tsv``); a purpose infinitive is its event's motive.
- "X said Y must ..." is a demand (REQUEST) from X to Y; a "must" no one is reported saying,
  or on "this" or "we", is none.
- A warning of what may happen is no threat; a named person attacking a named rival with no
  weapon in the clause attacks in words.
- An event that names neither who acts nor who is acted on says nothing an analyst can use
  ("the deal was signed", "criteria were met"), unless it is a protest or an attack in a named
  place: those are counted by place even when no one claims them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...model import Actor, Document, Event, Span, Token
from ...resources import natural_causes, read_table, weapon_nouns
from ..entities.kinds import organization_kinds
from ..entities.teams import sport_words
from ..timex.syntax import Syntax
from . import roles
from .actors import agent_role, as_actor, counted_members, entity_of, place_country, pronoun_entity, quote_at, stated_country
from .cameo_verbs import singular
from .judgements import JUDGEMENT_HEAD
from .lexicon import EventLexicon, Pattern, load_event_lexicon
from .means import means_of
from .modality import kept_promise, no_one_does
from .triggers import Trigger, descendants

_GOVERNING_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})
_GOVERNED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "dobj", "prep"})
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "INS"})
_VERBAL_ATTACKS = frozenset({"attack", "hit", "savage", "blast", "slam", "lambast", "target"})
_PROTEST_NOUNS = frozenset({"demonstration", "protest", "rally", "march", "strike", "riot", "sit-in", "vigil"})
_FIGURATIVE_FIGHTS = frozenset({"fight", "battle", "clash"})
_CONTESTS = frozenset({"beat", "defeat"})  # violence, unless a party is the one beaten
_OBLIGATION = frozenset({"must"})  # "should" is an opinion more often than a demand
_ADVISING = frozenset({"should"})
_THIRD_PERSON = frozenset({"he", "she", "they"})  # "this must mean ...", "we must act": no demand of others
OBLIGATION_HEAD = "must"  # the head of the pattern given to demands found by their modal
ADVICE = "advice"  # the origin of a pattern recoded as what one state said another should do
_PLACED_HAPPENINGS = frozenset({"PROTEST", "ASSAULT"})
_HAPPENINGS = _PLACED_HAPPENINGS | {"MOBILIZE"}  # events even when told of as background
_GENERIC_MODALS = frozenset({"can", "could", "may", "might", "should", "must"})
# Words opening a phrase that names particular people, not a kind: "the army", "five gunmen".
_PARTICULAR = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "several",
        "many",
        "few",
        "both",
        "all",
        "hundreds",
        "thousands",
        "dozens",
        "scores",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    }
)
_MATERIAL = _HAPPENINGS | {"COERCE", "RETREAT", "SANCTION", "AID"}  # acts that need no named agent to be news
_PURPOSE_DEPS = frozenset({"advcl", "acl", "xcomp"})
_NOT_DEMANDED = frozenset({"REQUEST", "THREATEN"})
_INSISTING = frozenset({"insist", "reiterate", "stress", "demand", "urge", "announce", "declare"})
_BELIEVING = frozenset({"believe", "think", "feel"})  # "we believe it is time for X to act": asked of X


def demanded(doc: Document, syntax: Syntax, trigger: Trigger, lexicon: EventLexicon, body: int):
    """'Russia said Sudan must return the helicopter': the speaker demands it of the subject
    (CAMEO 10). Returns the recoded trigger, the speaker as actor and the subject as recipient."""
    verb = trigger.verb
    time_clause = time_for(syntax, verb)
    if time_clause is None and (verb.dep not in ("ccomp", "acl") or verb.head == verb.i):
        return None
    if trigger.pattern.type in _NOT_DEMANDED and trigger.pattern.head != OBLIGATION_HEAD:
        return None  # "said X must demand/threaten ...": the governing act is X's
    if _consent_required(doc, syntax, lexicon, verb):
        return None
    advised = time_clause is None and not roles.has_aux(syntax, verb, _OBLIGATION) and not _should_answer(syntax, lexicon, trigger)
    if advised and not roles.has_aux(syntax, verb, _ADVISING):
        return None
    speaker_verb = syntax.tokens[(time_clause or verb).head]
    if time_clause is not None:  # "said it was time for the mayor to say sorry": said it of the mayor
        if time_clause.dep != "ccomp" or speaker_verb.lemma.lower() not in lexicon.words("report_verb") | _INSISTING | _BELIEVING:
            return None
    elif verb.dep == "acl":  # "issued a stern reminder to Iraq that it must cooperate": the issuer demands
        noun = speaker_verb
        if noun.lemma.lower() not in lexicon.words("statement_noun") or noun.dep != "dobj" or noun.head == noun.i:
            return None
        speaker_verb = syntax.tokens[noun.head]
    elif speaker_verb.lemma.lower() not in lexicon.words("report_verb") | _INSISTING:
        return None
    words, passive = roles.subject_tokens(syntax, _outer_saying(syntax, lexicon, speaker_verb), body)
    speakers = [a for a in (roles.actor_of(doc, syntax, w) for w in words) if a is not None]
    subjects = roles.children(syntax, verb, "nsubj")
    if subjects and subjects[0].text.lower() == "we":
        return None  # '"We must first talk to the governments"': the speaker's own side's duty, no demand
    addressed = [a for a in (roles.actor_of(doc, syntax, w) for w in subjects) if a is not None]
    if speakers and subjects and subjects[0].pos == "PRON" and [a.entity for a in addressed] == [speakers[0].entity] and speakers[0].entity:
        # "X said he must apologise": one demands it of another, the person named before
        addressed = _other_addressed(doc, syntax, subjects[0], speakers[0])
    if advised and not _one_power_advising_another(speakers, addressed, subjects):
        return None  # "analysts said the bank should cut rates": an opinion, no demand
    coding = lexicon.coding("100")
    mode = governed_mode("REQUEST", trigger.pattern.type, trigger.pattern.mode or "") if trigger.pattern.head != OBLIGATION_HEAD else None
    pattern = replace(trigger.pattern, cameo="100", type="REQUEST", mode=mode or (coding.mode if coding else None))
    if advised:
        pattern = replace(pattern, origin=ADVICE)  # its modality is the saying's, not the "should"'s
    return replace(trigger, pattern=pattern), (speakers, False, passive), addressed


def _consent_required(doc: Document, syntax: Syntax, lexicon: EventLexicon, verb: Token) -> bool:
    """'The plan must be approved by 80 pct of the creditors, the company said': a thing that
    must be consented to (``consent_verb``) states a condition of a deal, no demand."""
    if verb.lemma.lower() not in lexicon.words("consent_verb"):
        return False
    things = roles.children(syntax, verb, "nsubjpass")
    return bool(things) and all(roles.actor_of(doc, syntax, t) is None for t in things)


_POWERS = roles.STATE_ROLES | {"IGO"}


def _one_power_advising_another(speakers: list[Actor], addressed: list[Actor], subjects: list[Token]) -> bool:
    """'The EU said the US should back X': what a state or an international body says another
    should do, named, is asked of it (an analyst's "should" is an opinion)."""
    if not speakers or not addressed or not subjects or subjects[0].pos == "PRON":
        return False
    speaker, other = speakers[0], addressed[0]
    return all(_a_power(a) for a in (speaker, other)) and (speaker.entity != other.entity if speaker.entity else speaker.country != other.country)


def _a_power(actor: Actor) -> bool:
    """A state's body, an international body, or a country named alone."""
    return actor.sector in _POWERS or (actor.sector is None and actor.country is not None and actor.name is not None)


def time_for(syntax: Syntax, verb: Token) -> Token | None:
    """The "is" of "it is time for X to act" when ``verb`` is that act: saying so asks it of X."""
    if verb.dep not in ("relcl", "acl") or verb.head == verb.i or not roles.children(syntax, verb, "nsubj"):
        return None
    if not any(k.dep == "mark" and k.text.lower() == "for" for k in roles.children(syntax, verb)):
        return None
    noun = syntax.tokens[verb.head]
    clause = syntax.tokens[noun.head]
    if noun.lemma.lower() != "time" or noun.dep != "attr" or clause.lemma.lower() != "be":
        return None
    return clause if any(k.text.lower() == "it" for k in roles.children(syntax, clause, "nsubj", "expl")) else None


def _other_addressed(doc: Document, syntax: Syntax, pronoun: Token, speaker: Actor) -> list[Actor]:
    """The one a demand's "he" stands for when the entities gave it the speaker: the last other
    subject of the sentence ("X said the prince was privileged and said he must apologise"),
    else the person named before besides the speaker."""
    sentence = syntax.sentence_span(pronoun.start)
    for token in reversed([t for t in syntax.tokens if sentence.start <= t.start < pronoun.start and t.dep in ("nsubj", "nsubjpass")]):
        found = roles.actor_of(doc, syntax, token)
        if found is not None and found.entity != speaker.entity and token.pos != "PRON":
            return [found]
    other = pronoun_entity(doc, syntax, pronoun, besides=speaker.entity)
    return [as_actor(doc, other)] if other is not None else []


def called_for(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """A demand made by saying another should apologise or must act: its modality is the
    saying's ("said business must not raise prices": the "not" is what is asked)."""
    verb = trigger.verb
    advised = trigger.pattern.origin == ADVICE or _should_answer(syntax, lexicon, trigger) or roles.has_aux(syntax, verb, _OBLIGATION)
    return trigger.pattern.type == "REQUEST" and verb.dep == "ccomp" and verb.head != verb.i and advised


def _outer_saying(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> Token:
    """'X said the prince was privileged and said he must apologise': the parse hangs the second
    "said", with no subject, on the clause the first reports; the one saying is the first's."""
    if verb.dep != "conj" or roles.children(syntax, verb, "nsubj", "nsubjpass") or verb.head == verb.i:
        return verb
    reported = syntax.tokens[verb.head]
    outer = syntax.tokens[reported.head]
    saying = lexicon.words("report_verb") | _INSISTING
    if reported.dep == "ccomp" and outer.lemma.lower() in saying and reported.lemma.lower() not in saying:
        return outer
    return verb


def _should_answer(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'Kennedy said he should apologise', 'the minister should resign, says X': "should" with
    an act one is called on to make for what one did (kind ``answering_act``) is a demand, where
    "should" alone is an opinion."""
    acts = lexicon.words("answering_act")
    return roles.has_aux(syntax, trigger.verb, _ADVISING) and any(t.lemma.lower() in acts for t in (trigger.verb, trigger.head, *trigger.tokens))


def obligations(syntax: Syntax, lexicon: EventLexicon, triggers: list[Trigger], skip: tuple[Span, ...]) -> list[Trigger]:
    """Verbs under 'must' or 'should' in what someone said ("Russia said Sudan must return
    the helicopter") that no pattern matched: each is a demand (CAMEO 10)."""
    taken = {t.verb.i for t in triggers} | {t.head.i for t in triggers}
    coding = lexicon.coding("100")
    pattern = Pattern(OBLIGATION_HEAD, (), "V", "100", "REQUEST", coding.mode if coding else None)
    found = []
    for token in syntax.tokens:
        if token.i in taken or token.pos != "VERB" or any(s.start <= token.start < s.end for s in skip):
            continue
        time_said = time_for(syntax, token) is not None
        if token.dep != "ccomp" and not time_said:
            continue
        kids = roles.children(syntax, token)
        subjects = [k for k in kids if k.dep == "nsubj"]
        if (
            (any(k.dep == "aux" and k.text.lower() in _OBLIGATION for k in kids) or time_said)
            and subjects
            and (subjects[0].pos != "PRON" or subjects[0].text.lower() in _THIRD_PERSON)
            and not any(k.dep == "auxpass" for k in kids)
        ):
            found.append(Trigger(token, (token,), pattern, token))  # "we must act" is no demand of others
    return found


def warning_of_risk(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'warned there was a real risk', 'warned of job losses': a warning of what may happen is
    no threat; 'warned they would strike', 'warned of retaliation', 'warned X not to' are."""
    if trigger.pattern.type == "THREATEN" and trigger.head.lemma.lower() == "threaten" and _harm_a_thing_may_do(syntax, lexicon, trigger.head):
        return True  # "the speculation threatens to undermine the campaign": a risk, no one's threat
    if trigger.pattern.type != "THREATEN" or trigger.head.lemma.lower() != "warn" or len(trigger.tokens) > 1:
        return False
    kids = roles.children(syntax, trigger.head)
    clauses = [k for k in kids if k.dep == "ccomp"]
    if any(roles.conditional_hostile_act(syntax, lexicon, c) for c in clauses):
        return False  # "warned there could be walkouts unless the government rethinks": a threat
    # "warned the picture was not rosy": a clause the parse left without its subject has it
    # in the verb's "object"
    headless = any(not roles.children(syntax, c, "nsubj", "nsubjpass", "expl") for c in clauses)
    if clauses and all(c.lemma.lower() in lexicon.words("harm_outcome") for c in clauses):
        return True  # '"unless dealt with, they will undermine all that has been achieved," he warned': a harm foretold
    if clauses and all(_states_a_risk(syntax, c) for c in clauses):
        return True  # "warned the prime minister that the war could be illegal": advice, no threat
    if clauses and all(_foretold(syntax, c, trigger.head) for c in clauses):
        return True  # "warned MSPs that Scotland may have to accept wind farms": a risk foretold to them
    threats = lexicon.words("threat_word")
    about = [p for prep in kids if prep.dep == "prep" and prep.text.lower() == "about" for p in roles.children(syntax, prep, "pobj")]
    if about and not clauses and not any(k.dep == "xcomp" for k in kids) and not any(p.lemma.lower() in threats for p in about):
        return True  # "warn people about rogue dialling": advice on a danger, no threat
    if any(k.dep == "xcomp" or (k.dep == "dobj" and not headless) for k in kids):
        return False  # "warned Orlov of consequences", "warned them not to"
    for prep in (k for k in kids if k.dep == "prep"):
        if any(p.lemma.lower() in threats for p in roles.children(syntax, prep, "pobj")):
            return False
    # "warned they would strike" holds out an act; "warned that he had seen complacency",
    # "warned the picture was not rosy" and "warned they will struggle to maintain services"
    # state a fact, a risk or a hardship of their own (kind ``hardship_verb``)
    hardships = lexicon.words("hardship_verb")
    return not any(same_subject(syntax, clause, trigger.head) and _to_come(syntax, clause) and not _hardship(syntax, clause, hardships) for clause in clauses)


def _hardship(syntax: Syntax, clause: Token, hardships: frozenset[str]) -> bool:
    """'(they will) struggle', '(it will) go bankrupt': a clause telling of a hardship of the
    speaker's own, by its verb or the state it comes to (kind ``hardship_verb``)."""
    states = roles.children(syntax, clause, "acomp", "attr", "oprd")
    return clause.lemma.lower() in hardships or any(s.lemma.lower() in hardships for s in states)


def _harm_a_thing_may_do(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> bool:
    """'it threatens to undermine the campaign', 'the row threatened to overshadow the summit':
    a thing that may cause harm (kind ``harm_outcome``), not someone holding out an act."""
    outcomes = lexicon.words("harm_outcome")
    if not any(k.lemma.lower() in outcomes for k in roles.children(syntax, verb, "xcomp")):
        return False
    subjects = roles.children(syntax, verb, "nsubj")
    return bool(subjects) and all(s.text.lower() in _THING_PRONOUNS or (s.pos == "NOUN" and not s.ent_type and agent_role(syntax, s) is None) for s in subjects)


_THING_PRONOUNS = frozenset({"it", "this", "that", "which"})


def _states_a_risk(syntax: Syntax, clause: Token) -> bool:
    """'(that) the war could be illegal', 'the situation was dangerous': a clause saying what
    a thing is (a copula with a thing as subject), no act of anyone's."""
    if clause.lemma.lower() != "be":
        return False
    subjects = roles.children(syntax, clause, "nsubj", "expl")
    described = roles.children(syntax, clause, "acomp", "attr")
    if subjects and all(s.text.lower() == "there" or (s.text.lower() == "it" and not described) for s in subjects):
        return True  # "(that) it could be five years before ...", "there could be delays": no one's act either
    if not described:
        return False
    return bool(subjects) and all(s.pos == "NOUN" and s.ent_type not in _ACTING_NAMES for s in subjects)


_ACTING_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # "the Iraq war" (EVENT) is a thing


def _foretold(syntax: Syntax, clause: Token, warning: Token) -> bool:
    """'(that) Scotland may have to accept wind farms', 'climate change could be out of control':
    what will or may befall someone other than the one warning, told in the active (in "his
    troops would be attacked" someone unnamed would act)."""
    if not _to_come(syntax, clause) or roles.children(syntax, clause, "auxpass", "nsubjpass"):
        return False
    subjects = roles.children(syntax, clause, "nsubj", "csubj")
    return bool(subjects) and not same_subject(syntax, clause, warning)


def _to_come(syntax: Syntax, clause: Token) -> bool:
    auxes = {a.text.lower() for a in roles.children(syntax, clause, "aux")}
    return bool(auxes & {"will", "would", "shall", "'ll", "could", "might", "may"}) or clause.lemma.lower() == "go"


def verbal_attack(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> Trigger:
    """'Kennedy attacked Brown', 'the Tories attacked the pledges': an attack with no weapon in
    its clause, no armed side and no physical target (a place, a building, troops, a convoy)
    is an attack in words (CAMEO 111), as politics reports it."""
    if trigger.pattern.type != "ASSAULT" or trigger.pattern.pos != "V" or means_of(trigger, syntax):
        return trigger
    if trigger.head.lemma.lower() in _REPELLING:
        return trigger  # "the attack was repelled by the brigade": only an armed attack is repelled
    # "launched an attack on the cost of the system": the attack noun's "on" names its target
    nouns = [t for t in trigger.tokens if t is not trigger.head and t.pos == "NOUN" and t.lemma.lower() in _VERBAL_ATTACKS]
    if trigger.head.lemma.lower() not in _VERBAL_ATTACKS and not nouns:
        return trigger
    sides = roles.children(syntax, trigger.verb, "nsubj", "nsubjpass") + ((nouns and _attacked(syntax, nouns[0])) or roles.children(syntax, trigger.verb, "dobj"))
    agents = [p for a in roles.children(syntax, trigger.verb, "agent") for p in roles.children(syntax, a, "pobj")]
    if not sides + agents or any(physical_side(doc, syntax, lexicon, t) for t in sides + agents):
        return trigger
    return _as_criticism(lexicon, trigger)


# Verbs of beating back an attack ("crushed an Iranian attack", "repelled the offensive").
_REPELLING = frozenset({"crush", "repel", "repulse", "beat", "fend"})


def armed_attack(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> Trigger:
    """'Guards divisions attacked Iraqi positions': an attack its frame read as criticism (of
    a position) is force when an armed side makes it on a physical target."""
    if trigger.pattern.cameo != "111" or trigger.head.lemma.lower() not in _VERBAL_ATTACKS or trigger.pattern.pos != "V":
        return trigger
    if not any(_armed(doc, syntax, s) for s in roles.children(syntax, trigger.verb, "nsubj")):
        return trigger
    if not any(physical_side(doc, syntax, lexicon, o) for o in roles.children(syntax, trigger.verb, "dobj")):
        return trigger  # "rebels attacked the government's plan": still in words
    coding = lexicon.coding("190")
    return replace(trigger, pattern=replace(trigger.pattern, cameo="190", type="ASSAULT", mode=coding.mode if coding else None))


def _attacked(syntax: Syntax, noun: Token) -> list[Token]:
    """What an attack noun is aimed at: its "on" or "against" object."""
    return [p for prep in roles.children(syntax, noun, "prep") if prep.text.lower() in ("on", "against") for p in roles.children(syntax, prep, "pobj")]


def admonition(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> Trigger:
    """'Warned both parties against pandering to prejudice': a warning against a way of
    behaving, no hostile act held out, is criticism (CAMEO 111); "warned Zorbia against an
    attack" stays a threat."""
    if trigger.pattern.type != "THREATEN" or trigger.head.lemma.lower() != "warn":
        return trigger
    holders = [trigger.verb, *roles.children(syntax, trigger.verb, "dobj")]  # "warned both parties against ...", however hung
    warned = [w for h in holders for prep in roles.children(syntax, h, "prep") if prep.text.lower() == "against" for w in roles.children(syntax, prep, "pobj", "pcomp")]
    if not warned or any(lexicon.names_type(w.lemma, roles.HOSTILE_TYPES) for w in warned):
        return trigger
    return _as_criticism(lexicon, trigger)


_GIVING_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT", "AGREE"})


def stopped_giving(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> Trigger:
    """'decided to stop providing financial backing', 'stopped providing aid to the rebels':
    giving that is stopped is aid withdrawn (CAMEO 162; 1621 economic, 1622 military), no aid
    given nor promised."""
    if trigger.pattern.type not in _GIVING_TYPES or trigger.verb.dep not in ("xcomp", "dobj", "pcomp"):
        return trigger
    stopping = syntax.tokens[trigger.verb.head]
    if stopping.lemma.lower() not in lexicon.words("stopping_verb") or trigger.verb.tag != "VBG":
        return trigger
    words = {t.lemma.lower() for t in (*trigger.tokens, *roles.descendants(trigger.verb, syntax, 2))}
    cameo = "1621" if words & {"financial", "economic", "fund", "funding", "money", "loan", "credit"} else "1622" if words & {"military", "arm", "weapon"} else "162"
    coding = lexicon.coding(cameo)
    return replace(trigger, pattern=replace(trigger.pattern, cameo=cameo, type="SANCTION", mode=coding.mode if coding else "discontinue"))


def _as_criticism(lexicon: EventLexicon, trigger: Trigger) -> Trigger:
    """The trigger recoded as criticism (CAMEO 111, ACCUSE)."""
    coding = lexicon.coding("111")
    return replace(trigger, pattern=replace(trigger.pattern, cameo="111", type="ACCUSE", mode=coding.mode if coding else None))


def unarmed_fight(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'fight anti-social behaviour', 'fighting each other for the leadership', 'clashed with
    the chancellor': a fight with no weapon in its clause and no armed side or physical target
    (soldiers, rebels, police, a town) is a figure of speech, no event."""
    lemma = trigger.head.lemma.lower()
    if trigger.pattern.type != "ASSAULT" or lemma not in _FIGURATIVE_FIGHTS | _CONTESTS:
        return False
    before = [syntax.tokens[trigger.head.i - 1]] if trigger.head.i > 0 else []  # "Cup clash" however parsed
    if any(w.lemma.lower() in sport_words() for w in roles.children(syntax, trigger.head, "compound", "amod", "nmod") + before):
        return True  # "the Scottish Cup clash between the Glasgow clubs", "a league battle": a game
    if any(_score_at(syntax, w) for w in descendants(trigger.verb, syntax, 2)):
        return True  # "was beaten 5-0 by Bayern Munich": a score, a game
    if means_of(trigger, syntax):
        return False
    verb = trigger.verb
    sides = roles.children(syntax, verb, "nsubj", "dobj", "nsubjpass")
    sides += [
        p for prep in roles.children(syntax, verb, "prep", "agent") if prep.text.lower() in ("with", "against", "by") for p in roles.children(syntax, prep, "pobj")
    ]  # the other side, not where ("in England")
    inherited = roles.governing_subject(syntax, verb) if not roles.children(syntax, verb, "nsubj") else []
    if any(_armed(doc, syntax, s) for s in inherited):
        return False
    if lemma in _CONTESTS:  # "to beat Labour in 14 seats": a party beaten is an election lost
        return any(_party(doc, syntax, side) for side in sides) and not any(physical_side(doc, syntax, lexicon, side) for side in sides)
    return not any(physical_side(doc, syntax, lexicon, side) for side in sides)


def _party(doc: Document, syntax: Syntax, token: Token) -> bool:
    actor = roles.actor_of(doc, syntax, token)
    return actor is not None and actor.sector == "PTY"


def _armed(doc: Document, syntax: Syntax, token: Token) -> bool:
    actor = roles.actor_of(doc, syntax, token)
    return actor is not None and (actor.sector or "") in ARMED_SECTORS


def physical_side(doc: Document, syntax: Syntax, lexicon: EventLexicon, token: Token) -> bool:
    """Whether a side of an attack is armed or a physical target: a place or country, a word of
    the physical-target list, or an armed role (rebels, troops, police)."""
    entity = roles.entity_of(doc, token)
    if entity is not None and entity.type in ("PLACE", "COUNTRY"):
        return True
    if entity is None and token.lemma.lower() in lexicon.words("physical_target"):
        return True
    actor = roles.actor_of(doc, syntax, token)  # pronouns too ("if it is attacked")
    if actor is None:
        return False
    named = doc.entity(actor.entity) if actor.entity else None
    # "the town of Zelkova" is the place; "the cost of Britain's asylum system" is a thing of it
    place = named is not None and named.type in ("PLACE", "COUNTRY") and actor.name == named.name
    # "the former police chief" bears arms no more
    former = any(m.lemma.lower() in _FORMER for m in roles.children(syntax, token, "amod", "compound", "advmod"))
    return ((actor.sector or "") in ARMED_SECTORS and not former) or place


_FORMER = frozenset({"former", "ex", "retired", "one-time"})
_SCORE = re.compile(r"\d{1,2}[-\u2013]\d{1,2}")


def _score_at(syntax: Syntax, token: Token) -> bool:
    """Whether a game's score starts at the token ("5-0", parsed whole or as "5", "-", "0")."""
    if _SCORE.fullmatch(token.text):
        return True
    after = syntax.tokens[token.i + 1 : token.i + 3]
    return token.text.isdigit() and len(token.text) <= 2 and len(after) == 2 and after[0].text in ("-", "\u2013") and after[1].text.isdigit()


def without_purposes(triggers: list[Trigger], syntax: Syntax) -> list[Trigger]:
    """A purpose infinitive of an event ("staged demonstrations to demand reforms", "will visit
    Dakar to mediate") is that event's motive, not an event of its own."""
    heads = {t.verb.i for t in triggers} | {tok.i for t in triggers for tok in t.tokens}
    protests = {t.verb.i for t in triggers if t.pattern.type == "PROTEST"}
    kept = []
    for trigger in triggers:
        verb = _through_help(syntax, trigger.verb)  # "sent material to help defend X": defending is the purpose
        demand = trigger.pattern.type == "REQUEST" or roles.has_aux(syntax, verb, _OBLIGATION)
        if demand and _voiced_by_protest(syntax, verb, protests):
            continue  # "demonstrated in the city calling for independence": what the protest demands
        purpose = verb.dep in _PURPOSE_DEPS and roles.has_aux(syntax, verb, roles.INFINITIVE_TO) and not _content_of_its_noun(syntax, verb)
        if purpose and verb.head in heads and verb.head != verb.i and (verb.dep != "xcomp" or verb.head in protests):
            continue  # an xcomp is a purpose only under a protest ("began a strike to protest X")
        if _purpose_inside_partner(syntax, verb, heads):
            continue
        if purpose and _purpose_of_a_meeting_agreed(syntax, verb) and syntax.tokens[syntax.tokens[verb.head].head].i in heads:
            continue
        kept.append(trigger)
    return kept


def _purpose_of_a_meeting_agreed(syntax: Syntax, verb: Token) -> bool:
    """'agreed to reconvene in a year to discuss the plan': the talks are the meeting the
    agreement is about, coded with it, not a second event."""
    if verb.head == verb.i:
        return False
    gathering = syntax.tokens[verb.head]
    return gathering.lemma.lower() in _GATHERING and gathering.dep == "xcomp" and gathering.head != gathering.i


_GATHERING = frozenset({"reconvene", "convene", "meet", "gather", "assemble"})


def _purpose_inside_partner(syntax: Syntax, verb: Token, heads: set[int]) -> bool:
    """'met with Speaker Jim Wright to discuss tax': the parse makes the purpose a clause of
    the "with" phrase, Wright its subject; it is still the meeting's purpose."""
    if verb.dep != "pcomp" or verb.head == verb.i or not roles.has_aux(syntax, verb, roles.INFINITIVE_TO):
        return False
    preposition = syntax.tokens[verb.head]
    return preposition.text.lower() in roles.PARTNER_PREPOSITIONS and preposition.head in heads and preposition.head != preposition.i


def _content_of_its_noun(syntax: Syntax, verb: Token) -> bool:
    """'defended his decision not to release the suspects': what the decision is, not a purpose."""
    return verb.dep == "acl" and verb.head != verb.i and syntax.tokens[verb.head].lemma.lower() in DECIDING


DECIDING = frozenset({"decision", "decide", "choose", "choice", "opt"})  # what is decided, done or not


def _through_help(syntax: Syntax, verb: Token) -> Token:
    """'to help defend X', 'to try to resolve the issues': the purpose clause is "help"'s or
    "try"'s, which the verb completes."""
    if verb.dep in ("xcomp", "ccomp") and verb.head != verb.i and syntax.tokens[verb.head].lemma.lower() in _ENDEAVOURS:
        return syntax.tokens[verb.head]
    return verb


_ENDEAVOURS = frozenset({"help", "try", "attempt", "seek"})


def without_tolls(triggers: list[Trigger], syntax: Syntax, lexicon: EventLexicon) -> list[Trigger]:
    """The casualties of an attack told with it are that attack, not events of their own:
    "shelled the town, killing 20", "killed one soldier and wounded two", "a roadside bombing
    killed a soldier" (one event, told by the verb that names the victims); so is the damage
    a riot or an attack did ("rioted, setting fire to their mattresses")."""
    casualty = lexicon.words("casualty")
    attacks = {t.verb.i for t in triggers if t.pattern.type == "ASSAULT"}
    riots = {t.verb.i for t in triggers if t.pattern.type in ("PROTEST", "ASSAULT")}
    kept = []
    for trigger in triggers:
        verb = trigger.verb
        toll = trigger.pattern.type == "ASSAULT" and trigger.head.lemma.lower() in casualty and verb.head != verb.i
        if toll and verb.dep in ("advcl", "conj") and verb.head in attacks and verb.head != verb.i:
            continue
        if _damage_done_in(trigger, verb, riots):
            continue  # "rioted, setting fire to their mattresses": how they rioted
        kept.append(trigger)
    subjects = {s.i for t in kept if t.pattern.type == "ASSAULT" and t.head.lemma.lower() in casualty for s in roles.children(syntax, t.verb, "nsubj")}
    return [t for t in kept if not (t.pattern.pos == "N" and t.pattern.type == "ASSAULT" and t.head.i in subjects)]


def _damage_done_in(trigger: Trigger, verb: Token, riots: set[int]) -> bool:
    """Damage told in a participle hung on a riot or attack ("rioted, setting fire to their
    mattresses", "stormed the building, smashing windows") is how it was done."""
    damage = trigger.pattern.type == "COERCE" and trigger.pattern.cameo.startswith("171")
    return damage and verb.tag == "VBG" and verb.dep in ("advcl", "conj", "xcomp") and verb.head in riots and verb.head != verb.i


def _voiced_by_protest(syntax: Syntax, verb: Token, protests: set[int]) -> bool:
    """Whether a demand is what a protest voices ("rioted, demanding X", "joined the
    demonstrators in demanding X", "staged rallies, saying he must resign", "a demonstration
    calling for X"): a participle hung on the protest, not an event of its own."""
    node = verb
    if node.dep == "ccomp" and node.head != node.i:  # "saying he must resign"
        node = syntax.tokens[node.head]
    if node.tag != "VBG" or node.head == node.i:
        return False
    for _ in range(4):  # up through "in", "following a demonstration" to the protest
        head = syntax.tokens[node.head]
        if head.i in protests or (head.pos == "NOUN" and head.lemma.lower() in _PROTEST_NOUNS):
            return True
        if node.dep not in ("advcl", "acl", "xcomp", "prep", "pcomp", "pobj") or head.head == head.i:
            return False
        node = head
    return False


def ungoverned(triggers: list[Trigger], syntax: Syntax, lexicon: EventLexicon) -> list[Trigger]:
    """The triggers that are no part of a governing one ("threatened to attack" is one
    threat); a governing trigger without a mode takes the one its governed act gives. A
    promise of a hostile act is a threat ("vowed to crush the rebels", "pledged to expel
    them": CAMEO 13, as PETRARCH's PLEDGE and VOW patterns read it), not an offer to cooperate
    with its target."""
    governing = {t.verb.i: t for t in triggers if t.pattern.type in _GOVERNING_TYPES}
    governing |= {t.head.i: t for t in triggers if t.pattern.type in _GOVERNING_TYPES and t.head is not t.verb}  # "its calls for X to resign"
    # "ordered the army to attack X", coded as the attack: the attack ordered is that one act
    governing |= {t.verb.i: t for t in triggers if t.verb.lemma.lower() in lexicon.words("asking_verb") and t.pattern.type not in _GOVERNING_TYPES}
    modes: dict[int, str] = {}
    threats: dict[int, Pattern] = {}
    kept = []
    for trigger in triggers:
        node, governor, conjoined = trigger.verb, None, False
        if trigger.pattern.head == JUDGEMENT_HEAD:
            kept.append(trigger)  # "warned that X was pandering to prejudice": what is said is the criticism
            continue
        climbed = 0
        while climbed < 3:
            if node.dep == "conj" and node.head != node.i and not conjoined:
                node, conjoined = syntax.tokens[node.head], True  # "pledged to cut tariffs and send aid": the aid is promised too
                continue
            climbed += 1
            if (node.dep not in _GOVERNED_DEPS and not _for_clause(syntax, node)) or node.head == node.i:
                break
            node = syntax.tokens[node.head]
            if node.i in governing and governing[node.i] is not trigger:
                governor = governing[node.i]
                break
        if governor is not None and kept_promise(syntax, lexicon, governor.head):
            kept.append(trigger)  # "kept their promise to kill a store owner": the killing was done
            continue
        if governor is None or (conjoined and _promised_harm(syntax, lexicon, governor, trigger)):
            kept.append(trigger)  # "vowed to talk to X and attack Y": the promise stays one to X
        elif _promised_harm(syntax, lexicon, governor, trigger) and governor.verb.i not in threats:
            threats[governor.verb.i] = _as_threat(governor.pattern, trigger.pattern)
        elif not governor.pattern.mode and governor.verb.i not in modes:
            mode = governed_mode(governor.pattern.type, trigger.pattern.type, trigger.pattern.mode)
            if mode:
                modes[governor.verb.i] = mode
    for trigger in kept:
        held_out = _held_out_by_threat(syntax, lexicon, trigger)
        if held_out is not None:  # "France's threat to boycott the games": the threat, not a boycott
            threats[trigger.verb.i] = held_out
            continue
        harm = None if trigger.verb.i in threats else _unfound_harm(syntax, lexicon, trigger)
        if harm is not None:  # "vowed to crush the rebels": a verb the dictionary codes only with a named target
            threats[trigger.verb.i] = _as_threat(trigger.pattern, harm)
    kept = [replace(t, pattern=threats[t.verb.i]) if t.verb.i in threats else t for t in kept]
    return [replace(t, pattern=replace(t.pattern, mode=modes[t.verb.i])) if t.verb.i in modes else t for t in kept]


_ARMED_OR_COERCIVE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _promised_harm(syntax: Syntax, lexicon: EventLexicon, governor: Trigger, governed: Trigger) -> bool:
    """'vowed to crush the rebels', 'pledged to expel': a promise verb whose own act is one a
    threat can hold out; not 'vowed not to attack' (a promise of restraint)."""
    if not _promise(lexicon, governor) or not _harm_held_out(syntax, governed.verb, violent=governed.pattern.type == "ASSAULT"):
        return False
    return threat_cameo(governed.pattern.type, governed.pattern.mode) is not None


def _promise(lexicon: EventLexicon, trigger: Trigger) -> bool:
    """An agreement coded from a verb of promising ("vowed", "pledged")."""
    words = lexicon.words("promise_verb")  # "is committed to a strike": the adjective's lemma is its own, the pattern's is the verb's
    return trigger.pattern.type == "AGREE" and (trigger.head.lemma.lower() in words or trigger.pattern.head in words)


def _harm_held_out(syntax: Syntax, act: Token, violent: bool = False) -> bool:
    """A promised act not denied and aimed at someone, if at anyone ("not to attack" holds
    out nothing; "to clamp down on the culture" is a policy); an armed attack on anything
    ("vowed to attack the capital") is held out against those who hold it."""
    if any(p.text.lower() == "on" for p in roles.children(syntax, act, "prt")):
        return False  # "vowed to fight on": to keep going, against no one named
    return not roles.children(syntax, act, "neg") and (violent or _aimed_at_someone(syntax, act))


_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _aimed_at_someone(syntax: Syntax, act: Token) -> bool:
    """Whether the act's target, if it names one, is someone ("to expel the diplomats", "to
    punish those responsible") rather than a thing ("to clamp down on the compensation
    culture": a policy, no threat to anyone)."""
    targets = _targets(syntax, act)
    return not targets or any(t.pos in ("PROPN", "PRON") or t.ent_type in _PARTY_ENTITIES or agent_role(syntax, t) is not None for t in targets)


def _targets(syntax: Syntax, act: Token) -> list[Token]:
    targets = roles.children(syntax, act, "dobj")
    targets += [p for prep in roles.children(syntax, act, "prep") if prep.text.lower() in ("on", "against") for p in roles.children(syntax, prep, "pobj")]
    targets += [p for prt in roles.children(syntax, act, "prt") for prep in roles.children(syntax, prt, "prep") for p in roles.children(syntax, prep, "pobj")]
    return targets


def _unfound_harm(syntax: Syntax, lexicon: EventLexicon, promise: Trigger) -> Pattern | None:
    """The one-word pattern of the hostile act a promise verb governs when that act was not
    found as a trigger of its own."""
    if not _promise(lexicon, promise) or len(promise.tokens) > 1:
        return None
    for noun in {n.i: n for word in (promise.verb, promise.head) for n in roles.objects_of(syntax, word, ("to",))}.values():
        # "is committed to a possible strike against Iraq": a hostile act promised by its noun
        if noun.pos == "NOUN" and not roles.children(syntax, noun, "neg"):
            # "a strike against Iraq" is an armed strike, no walkout
            lemma = "attack" if noun.lemma.lower() == "strike" and any(t.ent_type in ("GPE", "NORP") for t in _attacked(syntax, noun)) else noun.lemma.lower()
            for pattern in lexicon.patterns.get(("N", lemma), ()):
                if pattern.size == 1 and pattern.type in _ARMED_OR_COERCIVE and threat_cameo(pattern.type, pattern.mode) is not None:
                    return pattern
    for act in roles.children(syntax, promise.verb, "xcomp"):
        if not _harm_held_out(syntax, act) or not _targets(syntax, act):
            continue  # "vowed to fight on": a campaign goes on, no one is threatened
        if _never_an_event(act):
            continue  # "vowing to compensate the victims": the frames code nothing for it
        for pattern in lexicon.patterns.get(("V", act.lemma.lower()), ()):
            if pattern.size == 1 and pattern.type and threat_cameo(pattern.type, pattern.mode) is not None:
                return pattern
    return None


def _never_an_event(verb: Token) -> bool:
    """A verb whose only frame codes nothing, whatever it takes (``<any>`` with no code)."""
    from .frames import ANY, load_frames  # frames reads this module

    rows = load_frames().get(("V", verb.lemma.lower()), ())
    return len(rows) == 1 and ANY in rows[0].words and rows[0].cameo is None


def _held_out_by_threat(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> Pattern | None:
    """'its threat to boycott the ceremony', 'the union's ultimatum to strike': an act a threat
    noun (kind ``threat_noun``) holds out is that threat, coded on the act's words as CAMEO's
    threat of it; the noun's owner is the one who threatens, and with no owner named there is
    no one's act.  Not a threat noun's other uses ("a threat to peace")."""
    noun = threat_noun_of(syntax, lexicon, trigger.verb) if trigger.pattern.type != "THREATEN" else None
    if noun is None or kept_promise(syntax, lexicon, noun):
        return None  # "carried out its threat to attack": the attack was made
    if threat_cameo(trigger.pattern.type, trigger.pattern.mode) is None:
        return None
    return _as_threat(trigger.pattern, trigger.pattern)


def threat_noun_of(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> Token | None:
    """The threat noun whose infinitive ``verb`` is ("a threat to strike"), or None."""
    # "U.S. Threats to scrap the pact": the parse may take the infinitive for a relative clause
    if verb.dep not in ("acl", "relcl") or verb.head == verb.i or not roles.to_infinitive(syntax, verb):
        return None
    noun = syntax.tokens[verb.head]
    return noun if noun.lemma.lower() in lexicon.words("threat_noun") else None


def _as_threat(promise: Pattern, harm: Pattern) -> Pattern:
    cameo = threat_cameo(harm.type, harm.mode) or "13"
    return replace(promise, type="THREATEN", cameo=cameo, mode=governed_mode("THREATEN", harm.type, harm.mode))


def _for_clause(syntax: Syntax, verb: Token) -> bool:
    """'called for the minister to resign': a clause "for" opens is what the governing verb
    asks, whether the parse marks the clause with "for" or hangs "for the minister" on the
    governing verb and the infinitive after it."""
    if verb.dep != "advcl" or verb.head == verb.i:
        return False
    if roles.marked_for(syntax, verb):
        return True
    to = [k for k in roles.children(syntax, verb, "aux") if k.text.lower() == "to"]
    fors = [p for p in roles.children(syntax, syntax.tokens[verb.head], "prep") if p.text.lower() == "for" and p.i < verb.i]
    return bool(to and fors and all(t.i > fors[-1].i for t in to) and to[0].i - fors[-1].i <= 6)


@lru_cache(maxsize=1)
def _governed_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_table("governed_modes.tsv"))


@lru_cache(maxsize=1)
def _governed_modes() -> dict[tuple[str, str, str], str]:
    return {(r["governing"], r["governed"], r["governed_mode"]): r["mode"] for r in _governed_rows()}


def governed_mode(governing: str, governed: str, governed_mode: str | None) -> str | None:
    """The mode of a threat, demand or refusal from the act it is about."""
    table = _governed_modes()
    return table.get((governing, governed, governed_mode or "")) or table.get((governing, governed, "*"))


@lru_cache(maxsize=1)
def _threat_cameos() -> dict[tuple[str, str], str]:
    return {(r["governed"], r["governed_mode"]): r["cameo"] for r in _governed_rows() if r["governing"] == "THREATEN" and r["cameo"]}


def threat_cameo(governed: str, governed_mode: str | None) -> str | None:
    """The CAMEO code of a threat to do an act of this type and mode; None for acts no threat
    holds out."""
    table = _threat_cameos()
    return table.get((governed, governed_mode or "")) or table.get((governed, "*"))


def same_subject(syntax: Syntax, clause: Token, speech: Token) -> bool:
    """'The rebels said they will attack' (yes); 'the gunmen planned ..., police said' (no)."""
    own, _ = roles.subject_tokens(syntax, clause)
    speaker, _ = roles.subject_tokens(syntax, speech)
    if not own or not speaker:
        return False
    # a personal pronoun ("they", "it"), not a quantity ("some of its business would have to be sold")
    return own[0].tag == "PRP" or own[0].lemma.lower() == speaker[0].lemma.lower()


def about_someone(event: Event) -> bool:
    """Whether the event names its actor or recipient, or is a protest or attack with a place.
    Measured on the dev gold and on a hand-judged sample of BBC articles, events naming neither
    were almost never right."""
    return _named(event.actor) or _named(event.recipient) or (event.type in _PLACED_HAPPENINGS and event.place is not None)


# Verbs of changing what one habitually does ("switched to holding parades at night")
_HABIT_CHANGES = frozenset({"switch", "shift", "move", "revert", "return", "change"})


def counsel_at_work(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'Lawyers defending Mr X against fraud charges have called a witness': a participle on
    a word for lawyers (kind ``counsel_noun``) names whom they act for, no act of support."""
    verb = trigger.verb
    if trigger.pattern.type != "SUPPORT" or verb.tag != "VBG" or verb.dep != "acl" or verb.head == verb.i:
        return False
    return syntax.tokens[verb.head].lemma.lower() in lexicon.words("counsel_noun")


def meeting_own_counsel(lexicon: EventLexicon, event: Event) -> bool:
    """'they would be meeting their lawyers today': a side consulting its own lawyers (kind
    ``counsel_noun``) meets no other side."""
    if event.type not in ("CONSULT", "AGREE") or event.recipient is None or event.co_recipients:
        return False
    words = (event.recipient.name or "").lower().split()
    return len(words) >= 2 and words[0] in _OWN_POSSESSIVES and words[-1].removesuffix("s") in lexicon.words("counsel_noun")


_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def habit_taken_up(syntax: Syntax, trigger: Trigger) -> bool:
    """'The country has switched to holding parades at night': a gerund after a change of
    habit, with a bare plural object, tells what is done as a rule, no happening."""
    verb = trigger.verb
    if verb.tag != "VBG" or verb.dep != "pcomp" or verb.head == verb.i:
        return False
    preposition = syntax.tokens[verb.head]
    if preposition.text.lower() != "to" or preposition.head == preposition.i or syntax.tokens[preposition.head].lemma.lower() not in _HABIT_CHANGES:
        return False
    objects = roles.children(syntax, verb, "dobj")
    return bool(objects) and all(o.tag == "NNS" and not roles.children(syntax, o, "det", "poss", "nummod") for o in objects)


def share_of_those_asked(syntax: Syntax, trigger: Trigger) -> bool:
    """'29% of the people it questioned said', 'half of those asked': those a survey asked,
    told as a share of them, no one's questioning or request."""
    verb = trigger.verb
    if verb.dep not in ("relcl", "acl") or verb.head == verb.i or trigger.pattern.type not in ("ACCUSE", "REQUEST", "CONSULT"):
        return False
    if roles.children(syntax, verb, "dobj", "dative"):
        return False  # "122 items on which Washington asked Seoul to lower tariffs": Seoul was asked
    asked = syntax.tokens[verb.head]
    of = syntax.tokens[asked.head]
    if asked.dep != "pobj" or of.text.lower() != "of" or of.head == of.i:
        return False
    share = syntax.tokens[of.head]
    return share.ent_type == "PERCENT" or share.pos == "NUM" or share.lemma.lower() in _SHARES


_SHARES = frozenset({"half", "third", "quarter", "fifth", "most", "many", "majority", "minority", "proportion", "share", "percent", "per cent"})


def own_holding_reviewed(syntax: Syntax, trigger: Trigger) -> bool:
    """'He intends to review his investment in Taft', 'the bank will review its loans': one
    looking again at what is its own investigates no one."""
    if trigger.pattern.mode != "investigate" or trigger.head.lemma.lower() not in _LOOKING_AGAIN:
        return False
    return any(p.tag == "PRP$" for t in trigger.tokens if t is not trigger.head for p in roles.children(syntax, t, "poss"))


_LOOKING_AGAIN = frozenset({"review", "reconsider", "reassess", "reexamine", "re-examine"})


def generic_statement(syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """What a kind of people does in general or might do ("suicide bombers could kill innocent
    people", "terrorists do not need to attack", "people complain"): a statement about the
    world, no happening. Only a bare plural names a kind ("the army", "five gunmen" are
    particular); a kind's act told in the past ("gunmen killed five villagers") or the present
    perfect, or placed or dated, stays an event."""
    if event.actor.entity or stated_country(event.actor) or not _kind(event.actor.name):
        return False
    if event.modality in ("possible", "hypothetical", "negated") or (event.actor.name or "").split()[0].lower() in _ANY:
        return True  # "any chancellor would offer sweeteners": whoever it is, no one in particular
    if (
        event.type in _GOVERNING_TYPES
        and event.actor.sector not in _PEOPLE_AT_LARGE
        and event.recipient is not None
        and (event.recipient.entity or stated_country(event.recipient))
        and not roles.has_aux(syntax, trigger.verb, _GENERIC_MODALS)
    ):
        return False  # "Unions accuse Wal-Mart of paying staff less": a group with a role takes a stand against one named ("people complain" stays general)
    return event.place is None and event.date is None and _present_or_modal(syntax, trigger.verb)


def _kind(name: str | None) -> bool:
    """Whether an actor's phrase is a bare plural ("terrorists", "innocent people") or any one
    of a kind ("any chancellor", "every government")."""
    words = (name or "").split()
    if words and words[0].lower() in _ANY:
        return True
    if not words or words[0].lower() in _PARTICULAR or words[0][:1].isdigit():
        return False
    last = words[-1].lower()
    return last.endswith("s") or last in ("people", "men", "women", "children")


_ANY = frozenset({"any", "every", "each"})
_PEOPLE_AT_LARGE = frozenset({None, "CVL", "PPL"})  # "people complain": no group with a stand of its own


def _present_or_modal(syntax: Syntax, verb: Token) -> bool:
    auxes = [k.text.lower() for k in roles.children(syntax, verb, "aux", "auxpass")]
    if any(a in _GENERIC_MODALS for a in auxes):
        return True
    return verb.tag in ("VBZ", "VBP") and not auxes


def unspoken_act(syntax: Syntax, event: Event, trigger: Trigger, lexicon: EventLexicon) -> bool:
    """A verbal or diplomatic act (a criticism, a demand, a promise, a meeting) no one is named
    doing: a passive with no agent, an unresolved "I" or "we", a policy as subject ("policies
    that appealed to voters"). Such acts are made by someone or are not acts; on hand-judged
    BBC samples 15 of 16 were wrong. Violence, protest, coercion and material acts are coded
    without an agent ("soldiers were killed", "protesters were arrested"), and so is a formal
    charge in the passive (kind ``prosecuting_verb``: "was charged Thursday with murder"): a
    prosecution's act."""
    charged = trigger.verb.lemma.lower() in lexicon.words("prosecuting_verb") and roles.passive_voice(syntax, trigger.verb)
    if event.type == "ACCUSE" and event.recipient is not None and charged:
        return False
    return event.type not in _MATERIAL and not _named(event.actor)


def market_demand(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'to meet demand from investors', 'meet peak demand', 'meet the growing demand for
    bandwidth': "demand" in the singular with no article or owner, or with a word of a market's
    trend, is what a market buys, not a demand anyone made ("met their demands", "accepted the
    union's demand")."""
    for token in trigger.tokens:
        if token.lemma.lower() == "demand" and token.pos == "NOUN" and token.tag == "NN":
            if not roles.children(syntax, token, "det", "poss"):
                return True
            if any(kid.text.lower() in lexicon.cues["market_trend"] for kid in roles.children(syntax, token, "amod", "compound")):
                return True
    return False


def what_a_court_rules(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'the panel ruled that the government could not sue the firms': what a court rules may or
    must be done is its finding on the law, no act of those it names (the ruling itself is told
    by the verbs of rejecting and ordering)."""
    verb = trigger.verb
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    ruling = syntax.tokens[verb.head]
    if ruling.lemma.lower() not in ("rule", "decide", "find", "hold", "declare"):
        return False
    if not any(k.dep == "aux" and k.tag == "MD" for k in roles.children(syntax, verb)):
        return False
    courts = lexicon.words("court_noun")
    subjects = roles.children(syntax, ruling, "nsubj")
    return any(w.lemma.lower() in courts for s in subjects for w in (s, *roles.children(syntax, s, "compound")))


def telephone_call(syntax: Syntax, trigger: Trigger) -> bool:
    """'when making "voter identification" calls', 'cold calls': the noun "call" with nothing
    called for, on or to is a telephone call or a visit, not a demand ("calls for an inquiry",
    "a call on ministers", "a rallying call to the party")."""
    head = trigger.head
    if trigger.pattern.pos != "N" or head.lemma.lower() != "call" or head.pos != "NOUN":
        return False
    holders = (head, trigger.verb)  # "repeated calls for the mayor to apologise": the parse may hang it on the verb
    asked = [p for h in holders for p in roles.children(syntax, h, "prep", "mark") if p.text.lower() in ("for", "on", "to")]
    clauses = [c for h in holders for c in roles.children(syntax, h, "acl", "relcl", "ccomp", "advcl") if c is not head]
    return not asked and not clauses


def speaking_to_the_press(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'Speaking by telephone from the capital, Lee said ...': a speaker giving the words the
    story quotes, to its reporter, is no call between sides; one "to" or "with" someone is."""
    verb = trigger.verb
    if trigger.pattern.mode != "phone" or verb.dep != "advcl" or verb.head == verb.i:
        return False
    if syntax.tokens[verb.head].lemma.lower() not in lexicon.words("report_verb"):
        return False
    return not any(p.text.lower() in ("to", "with") and roles.children(syntax, p, "pobj") for p in roles.children(syntax, verb, "prep"))


def the_press_as_audience(event: Event) -> bool:
    """'declined to talk to reporters on the outcome', 'talked to reporters after the meeting':
    refusing the press is declining to comment, talking to it or answering its questions giving
    an interview, no rejection of a side, meeting or criticism (a named outlet stays one)."""
    if event.type == "ACCUSE" and _the_press(event.actor):
        return True  # "questioned by journalists, the minister said": an interview, no criticism
    if event.type not in ("REJECT", "CONSULT") or event.co_recipients:
        return False
    return _the_press(event.recipient)


def _the_press(side: Actor | None) -> bool:
    """Reporters at large, named by no entity."""
    if side is None or side.entity is not None:
        return False
    return side.sector == "JRN" and (side.name or "").lower().removeprefix("the ") in load_event_lexicon().words("press_noun")


def aid_to_a_market(syntax: Syntax, trigger: Trigger) -> bool:
    """'provided the money market with 168 mln stg of assistance': a central bank's operations
    in its money market are no aid to any side."""
    if trigger.pattern.type != "AID":
        return False
    verb = trigger.verb
    objects = roles.children(syntax, verb, "dobj", "dative") + [o for p in roles.children(syntax, verb, "prep") if p.text.lower() in ("to", "into") for o in roles.children(syntax, p, "pobj")]
    return any(o.lemma.lower() == "market" for o in objects)


def lending_between_firms(event: Event) -> bool:
    """'the bridge loan a bank provided the company': credit one business gives another is
    trade, no aid in the sense of events (a state's or a lender of states' loan stays aid)."""
    if event.type != "AID" or event.actor is None or event.actor.sector != "BUS" or event.recipient is None:
        return False
    recipient = event.recipient
    return recipient.sector == "BUS" or (recipient.sector is None and recipient.country is None)  # a firm of no known sector


def trade_in_goods(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'Pfizer is still selling its products', 'the US imported $20bn worth of goods from
    China': buying and selling goods (CAMEO's 061 from a verb of trade) is commerce and trade
    figures, no act of one side toward another. On samples of wire and business news judged
    by hand, every one was wrong; an agreement to buy stays, and so does a sale of arms (062)
    to or by a state or an armed group, though not an airline buying airliners from a maker."""
    if trigger.verb.lemma.lower() not in lexicon.words("trade_verb"):
        return False
    holdings = lexicon.words("holding_noun")
    # "purchased 93% of a unit of Henley": a share of what it names
    bought = [w for o in roles.children(syntax, trigger.verb, "dobj") for w in (o, *_what_a_share_is_of(syntax, o))]
    if any(o.lemma.lower() in holdings or o.ent_type == "ORG" or _a_named_firm(doc, syntax, o) for o in bought):
        return False  # "will purchase Renault's stake", "agreed to buy Guidant": a takeover, no trade in goods
    cameo = trigger.pattern.cameo  # "plans to use the cash to buy new planes": an intention's 03 was a purchase
    return cameo == "061" or (cameo == "062" and not _a_state_or_armed(event.actor) and not _a_state_or_armed(event.recipient))


def _what_a_share_is_of(syntax: Syntax, word: Token) -> list[Token]:
    """The "of" object of a percentage ("93% of a unit"), or nothing."""
    if word.lemma.lower() not in _PERCENT_WORDS:
        return []
    return [p for prep in roles.children(syntax, word, "prep") if prep.text.lower() == "of" for p in roles.children(syntax, prep, "pobj")]


_PERCENT_WORDS = frozenset({"%", "pct", "percent"})


def _a_named_firm(doc: Document, syntax: Syntax, word: Token) -> bool:
    """A word of a body's name ("bought Laurie Milbank and Co"), which the model may have read
    as a person's or left unlabelled."""
    if any(c.dep == "nummod" for c in roles.children(syntax, word)):
        return False  # "will buy 15 new ATR 72-500": aircraft of a maker's, counted
    entity = entity_of(doc, word)
    return entity is not None and entity.type == "ORG"


def firm_seeking_from_no_one(doc: Document, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'Rolls Royce is seeking a 250 mln stg facility', 'the suit seeks clarification', 'seeking
    approval of the merger', 'is seeking people aged 18 to 99': a business (or a body of no known
    kind or country, mostly a firm) seeking money, approval, damages, information or recruits from
    no one named, or from people at large, is doing business, no demand on another side (a state
    seeking a loan is still coded, its lenders left blank)."""
    if event.type != "REQUEST" or event.co_recipients or trigger.verb.lemma.lower() != "seek":
        return False
    if event.recipient is not None and not _clientele(lexicon, event.recipient):
        return False
    actor = event.actor
    if actor is None:
        return False
    return _unknown_body(doc, actor) or actor.sector == "BUS" or (actor.code or "").startswith("MNC")


def _unknown_body(doc: Document, actor: Actor) -> bool:
    """A named body of no known kind or country ("Harlow Motors"): mostly a firm's name."""
    entity = doc.entity(actor.entity) if actor.entity else None
    return entity is not None and entity.type == "ORG" and actor.sector is None and actor.country is None


def firms_own_lot(doc: Document, syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """A business warning with no one warned ("the firm warned it could run out of cash",
    "security firm X issued a warning about new viruses"), giving with no one given to
    ("allowed the firm to write off bad loans") or banning a thing on its premises: a forecast
    of its own fortunes or its market, its own accounts or house rules, no threat, aid or
    coercion.  A named body of no known kind or country is taken for a firm, as most are."""
    if event.co_recipients or event.actor is None:
        return False
    warning = event.type == "THREATEN" and event.cameo == "130" and "warn" in event.trigger.text.lower()
    if event.recipient is not None and not (warning and _warned_about(syntax, trigger, event.recipient)):
        return False
    if event.type == "COERCE" and event.mode == "restrict" and event.actor.sector == "EDU":
        return True  # "schools have banned camera phones": their own rules
    if not _a_business(doc, event.actor):
        return False
    if event.type == "COERCE" and event.mode == "restrict":
        return True  # "Intel has decided to ban camera phones from its buildings": its own premises
    return warning or event.type == "AID"


def _warned_about(syntax: Syntax, trigger: Trigger, side: Actor) -> bool:
    """Whether the side is what a warning is about ("a warning about the new strains of X"),
    not the one warned."""
    last = (side.name or "").split()[-1:]
    for word in trigger.tokens:
        for prep in roles.children(syntax, word, "prep"):
            if prep.text.lower() in ("about", "of", "over"):
                below = descendants(prep, syntax, 4)
                if last and any(t.text == last[0] for t in below):
                    return True
    return False


def customers_at_large(lexicon: EventLexicon, event: Event) -> bool:
    """'people have stopped buying replacement phones', 'people visiting the site', 'the site is
    bombarded by people listening', 'many people give up a meal to buy a TV': customers at large
    (kind ``clientele``) buying less impose no sanction, visiting a shop or a website is no
    meeting, their numbers no bombardment, what they give up or take on no concession or
    pledge to anyone, and their "resistance" to a product no rejection (a boycott is a side's, and a crowd's protests, demands and violence stay)."""
    if event.actor is None or not _clientele(lexicon, event.actor):
        return False
    return event.type in _NO_ACTS_OF_CUSTOMERS or (event.type == "ASSAULT" and event.mode == "heavy-weapons")


_NO_ACTS_OF_CUSTOMERS = frozenset({"SANCTION", "CONSULT", "CONCEDE", "AGREE", "REJECT"})


def firms_advice_to_customers(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'Anti-virus firms urged users to be wary of unexpected e-mail': a firm's advice to
    customers at large (kind ``clientele``) is no request between sides (a state's or a
    police force's appeal to the public stays)."""
    if event.type != "REQUEST" or event.actor is None or not _a_business(doc, event.actor):
        return False
    asked = roles.children(syntax, trigger.verb, "dobj") + roles.objects_of(syntax, trigger.verb, ("on",))
    return any(_clientele_word(lexicon, o) and singular(o.lemma.lower()) not in _DEAL_PARTIES for o in asked)


def done_to_oneself(syntax: Syntax, trigger: Trigger) -> bool:
    """'when they blew themselves up in Tel Aviv': an attack whose object is the doers
    themselves is the way of an attack told by its toll, no attack of its own."""
    return trigger.pattern.type == "ASSAULT" and any(o.text.lower() in _REFLEXIVES for o in roles.children(syntax, trigger.verb, "dobj"))


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


def own_arms_destroyed(syntax: Syntax, trigger: Trigger) -> bool:
    """'verifying that Iraq has destroyed its missiles': a side destroying its own weapons
    disarms, it attacks no one."""
    if trigger.pattern.type != "ASSAULT":
        return False
    arms = _arms_words()
    objects = roles.children(syntax, trigger.verb, "dobj")
    return any(o.lemma.lower() in arms and any(p.text.lower() in _OWN_POSSESSIVES for p in roles.children(syntax, o, "poss")) for o in objects)


@lru_cache(maxsize=1)
def _arms_words() -> frozenset[str]:
    """The weapon nouns of weapon_nouns.tsv and the words for weapons in general."""
    return weapon_nouns() | {"weapon", "arm", "arms", "arsenal", "stockpile", "warhead", "munition", "ammunition"}


_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def warning_to_own_people(event: Event) -> bool:
    """'the State Department issued a worldwide caution to U.S. travelers': a state warning its
    own citizens or people is advice to them, no threat."""
    actor, warned = event.actor, event.recipient
    if event.type != "THREATEN" or actor is None or warned is None or actor.sector != "GOV" or not actor.country:
        return False
    return warned.country == actor.country and warned.sector in _PEOPLE_AT_LARGE


_PEOPLE_AT_LARGE = frozenset({"CVL", "PPL"})


def release_of_a_thing(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'released a screensaver', 'is scheduled to release the new estimate', 'Halo 2, released in
    November', 'will release the DS in Europe': what is let go is a thing or a product, no one
    held (kind ``held_people``: "released three hostages"), so no one is released (CAMEO 0841
    frees people), nor is a release promised."""
    if trigger.pattern.type != "RETREAT" or trigger.pattern.mode != "release" or event.co_recipients:
        return False
    held = lexicon.words("held_people")
    verb = trigger.verb
    released = roles.children(syntax, verb, "dobj", "nsubjpass")
    if not released and verb.dep in ("acl", "relcl") and verb.head != verb.i:
        released = [syntax.tokens[verb.head]]  # "Halo 2, released in November", "patents released by IBM"
    released = [_antecedent_of_relative(syntax, verb, word) for word in released]
    released = [counted_members(syntax, word) or word for word in released]  # "500 of its patents": the patents
    # "planning to release a media adapter": "media" names the thing, no one it is released to
    recipient = None if event.recipient is not None and _names_the_thing(syntax, released, event.recipient) else event.recipient
    # "released into the open development community": where things go, not who is released
    destination = recipient is not None and released and not any(recipient.name and w.text in recipient.name.split() for w in released)
    if recipient is not None and (recipient.sector or recipient.country) and not destination:
        return False  # "released the Red Cross team": a side's people
    if not released and not roles.children(syntax, verb, "nsubj", "agent"):
        return True  # "Released 11 March on Xbox.": a listing's release date, of no one and by no one
    # "Nintendo will release the DS": what a firm releases by a name the model took for a body is its product
    products = _FIRMS_PRODUCTS if event.actor is not None and _a_business(doc, event.actor) else _PRODUCT_ENTITIES
    return bool(released) and all(_a_thing_released(word, held, products) or _numbered_name(syntax, word) for word in released)


def _numbered_name(syntax: Syntax, word: Token) -> bool:
    """'Xbox 2', 'Halo 3': a name with a number after it is a product's version, whatever the
    model took it for."""
    return word.pos == "PROPN" and any(k.pos == "NUM" and k.i == word.i + 1 for k in roles.children(syntax, word, "nummod"))


def _antecedent_of_relative(syntax: Syntax, verb: Token, word: Token) -> Token:
    """'Doom 3, which was released': the noun a relative pronoun stands for."""
    if word.tag in ("WDT", "WP") and verb.dep == "relcl" and verb.head != verb.i:
        return syntax.tokens[verb.head]
    return word


def _a_thing_released(word: Token, held: frozenset[str], products: frozenset[str]) -> bool:
    """A common noun of no one held, or a name of a product or a work ("Xbox 2", "Doom 3")."""
    if word.lemma.lower() in held:
        return False
    if word.pos == "NOUN":
        return not word.ent_type or word.ent_type in products
    return word.pos == "PROPN" and word.ent_type in products


_PRODUCT_ENTITIES = frozenset({"PRODUCT", "WORK_OF_ART"})
_FIRMS_PRODUCTS = _PRODUCT_ENTITIES | {"ORG", ""}  # a firm's release by any name, or by none the model knows


def firm_arresting(event: Event) -> bool:
    """'Microsoft is clamping down on people running pirated copies': a business enforcing its
    own terms arrests no one."""
    if event.type != "COERCE" or event.mode != "arrest" or event.actor is None:
        return False
    return _of_business(event.actor)


def _of_business(actor: Actor) -> bool:
    """Of business by its sector or a multinational's code."""
    return actor.sector == "BUS" or (actor.code or "").startswith("MNC")


def market_commentator(doc: Document, syntax: Syntax, lexicon: EventLexicon, actor: Actor) -> bool:
    """Whether the actor is one who comments on markets (kind ``commentator_noun``): "an
    analyst", "X, chief economist at Y", "economist X"."""
    words = lexicon.words("commentator_noun")
    if actor.entity is None:
        return any(w.lower().removesuffix("s") in words for w in (actor.name or "").split()[-1:])
    entity = doc.entity(actor.entity)
    if entity is None or entity.type != "PERSON":
        return False
    # the surname told again stands for the name told first, which the model may have missed
    # right after a dateline ("LONDON - X Y, chief economist at Z, said ...")
    surname = (entity.name or "").split()[-1:]
    named = [t for m in entity.mentions for t in syntax.tokens_between(m.start, m.end)]
    named += [t for t in syntax.tokens if [t.text] == surname]
    for token in named:
        described = roles.children(syntax, token, "appos", "compound")
        if token.dep == "appos" and token.head != token.i:
            described.append(syntax.tokens[token.head])
        if any(word.lemma.lower() in words for word in described):
            return True
    return False


def emergency_of_a_disaster(syntax: Syntax, event: Event, body: int) -> bool:
    """'A state of civil defence emergency in the area was declared yesterday', in a story that
    opens on an earthquake: an emergency declared for a disaster (a force of nature named in
    its sentence or the story's first two) restricts no one as martial law does."""
    if not (event.cameo or "").startswith("1724"):
        return False
    causes = {word for word, kind in natural_causes().items() if kind in ("nature", "storm")} - _COMMON_WEATHER
    sentences = [s for s in syntax.analysis.sentences if s.end > body][:2]
    sentences.append(syntax.sentence_span(event.trigger.start))
    return any(t.pos == "NOUN" and t.lemma.lower() in causes for s in sentences for t in syntax.tokens_between(s.start, s.end))


# Words of the weather too common in other senses to say a disaster ("opened fire", "a cold reception")
_COMMON_WEATHER = frozenset({"fire", "blaze", "heat", "cold", "weather", "wind", "rain", "snow"})


def sent_to_help(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'A small force of troops was moved into the area to assist civil defence workers':
    forces sent in to help (kind ``helping_verb``) seize and attack no one."""
    if event.type not in ("COERCE", "ASSAULT"):
        return False
    helping = lexicon.words("helping_verb")
    purposes = roles.children(syntax, trigger.verb, "xcomp", "advcl")
    return any(p.lemma.lower() in helping and roles.to_infinitive(syntax, p) for p in purposes)


def firm_striking(doc: Document, event: Event) -> bool:
    """'it makes sense for Sun Chemical to strike before the offering': a named firm that
    strikes makes its move in a market; its workers walk out ("a strike by bank officers"
    stays), the business does not."""
    if event.type != "PROTEST" or event.mode != "strike" or event.actor is None or event.actor.entity is None:
        return False
    entity = doc.entity(event.actor.entity)
    return entity is not None and entity.type == "ORG" and _of_business(event.actor)


def goods_offered(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'Firms AM3D and SRS both offer stereo-widening technology', 'it would offer 2,200 acres
    of land', 'services offered by mobile operators', 'offering web storage for people': a
    business offering a thing to no one named, or to its customers at large (kind
    ``clientele``), is selling it, no offer to a side (an offer to do something, "offered to
    repay its creditors", stays)."""
    if event.type != "AGREE" or trigger.verb.lemma.lower() != "offer" or event.actor is None or event.co_recipients:
        return False
    offered = roles.children(syntax, trigger.verb, "dobj") or _offered_in_a_passive(syntax, trigger.verb)
    if event.recipient is not None and not _clientele(lexicon, event.recipient) and not _names_the_thing(syntax, offered, event.recipient):
        return False
    if not _a_business(doc, event.actor):
        return False
    # "offered to repay", "offered its creditors a plan"; "for people" is a dative the customers fill
    if roles.children(syntax, trigger.verb, "xcomp") or (event.recipient is None and roles.children(syntax, trigger.verb, "dative")):
        return False
    # "has offered 65 dlrs per share for the company", "offering 35 dlrs cash": a bid, no goods
    return bool(offered) and not any(o.ent_type == "MONEY" or o.lemma.lower() in _PRICE_WORDS for o in offered)


def _names_the_thing(syntax: Syntax, things: list[Token], side: Actor) -> bool:
    """'Apple offer a less powerful Mac Mini', 'offer a personal video recorder (PVR)', 'release
    a media adapter': a recipient that is only the thing offered or released, the name set
    beside it or a word of its own name."""
    if not side.name:
        return False
    # the thing itself only when it is said as one of a kind ("a less powerful Mac Mini"; "offer
    # the LSE sweeteners" offers them to the LSE)
    words = [w for t in things for w in ((t,) if _one_of_a_kind(syntax, t) else ()) + tuple(roles.children(syntax, t, "appos", "compound"))]
    return any(side.name == w.text or side.name.endswith(" " + w.text) for w in words)


def _one_of_a_kind(syntax: Syntax, noun: Token) -> bool:
    return any(d.text.lower() in ("a", "an", "another") for d in roles.children(syntax, noun, "det"))


def _offered_in_a_passive(syntax: Syntax, verb: Token) -> list[Token]:
    """What a passive 'offered' offers: the noun its participle or relative clause tells of
    ("tools offered by Google", "services which are offered by"), else its passive subject."""
    if verb.tag != "VBN":
        return []
    if verb.dep in ("acl", "relcl") and verb.head != verb.i:
        return [syntax.tokens[verb.head]]
    return roles.children(syntax, verb, "nsubjpass")


def _a_business(doc: Document, actor: Actor) -> bool:
    """A firm, a named body of no known kind, or firms described by their trade ("mobile
    operators in India")."""
    if actor.sector == "BUS" or _unknown_body(doc, actor):
        return True
    words = (actor.name or "").lower().split()
    # "mobile operators in India", "Finnish security firm F-Secure": described by their trade
    return actor.entity is None and actor.sector is None and any(organization_kinds().get(singular(w)) == "business" for w in words)


def feeling_without_a_side(syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """'said he was happy with the deal', 'was disappointed with exploration in the area': a
    feeling stated with "be" ("be happy with", "be angry at") is a stance toward a side only
    when it is displeasure aimed at one ("Europe's farmers are furious over plans by the
    Commission"); satisfaction and displeasure at things code nothing."""
    if trigger.verb.lemma.lower() != "be" or trigger.pattern.pos != "V" or trigger.head is not trigger.verb:
        return False
    return event.type == "SUPPORT" or (event.type == "ACCUSE" and event.recipient is None)


def giveaway_to_customers(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'the film will be given to the first million customers', 'the gadget gave people a simple
    way to regain control': goods a firm (or no one named) gives its customers at large (kind
    ``clientele``) are a promotion or a product's use, no aid or concession (a state's aid to
    people stays)."""
    if event.type not in ("AID", "CONCEDE"):
        return False
    to_customers = any(_clientele_word(lexicon, o) for o in roles.objects_of(syntax, trigger.verb, ("to",)))
    if not to_customers and (event.recipient is None or not _clientele(lexicon, event.recipient)):
        return False
    actor = event.actor
    return actor is None or not (actor.entity or actor.country or actor.sector) or _a_business(doc, actor)


def launched_to_compete(syntax: Syntax, trigger: Trigger) -> bool:
    """'has unveiled its first robot to challenge Honda's Asimo', 'is to offer a recorder to
    take on Sky Plus': what a product is launched "to challenge" is a market rival, no one
    criticised or attacked."""
    verb = trigger.verb
    if verb.lemma.lower() not in _COMPETING or verb.dep not in ("advcl", "xcomp") or verb.head == verb.i or not roles.to_infinitive(syntax, verb):
        return False
    launching = syntax.tokens[verb.head]
    launched = roles.children(syntax, launching, "dobj")
    # "launched a campaign to challenge the ruling", "filed a suit to challenge": a case, not a product
    return launching.lemma.lower() in _LAUNCHING and bool(launched) and not any(o.lemma.lower() in _MEANS_OF_DISPUTE for o in launched)


_COMPETING = frozenset({"challenge", "rival", "compete"})
_LAUNCHING = frozenset({"unveil", "launch", "introduce", "release", "offer", "roll", "debut", "market", "sell", "develop", "design", "build"})
_MEANS_OF_DISPUTE = frozenset({"campaign", "bid", "drive", "effort", "appeal", "case", "action", "suit", "lawsuit", "petition", "motion", "bill", "offensive", "attack", "initiative", "fund"})


def working_alongside(trigger: Trigger, event: Event) -> bool:
    """'the farm ministry is working with health officials to investigate the link', 'I work
    with him every day': working with others named by no entity, or with colleagues of one's own
    country and sector, is how a body goes about its work, no cooperation between sides ("has
    been working with IBM on the processor" stays)."""
    if event.type != "COOPERATE" or trigger.verb.lemma.lower() != "work":
        return False
    recipient, actor = event.recipient, event.actor
    if recipient is None:
        return not event.co_actors  # "India and Russia are to work together": joint sides stay
    if recipient.entity is None:
        return True
    return actor is not None and actor.country is not None and (actor.country, actor.sector) == (recipient.country, recipient.sector)


def talk_of_no_meeting(lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'walking, talking people', 'to talk to as many people as possible': a meeting verb used as
    an adjective, or one aimed at people at large (kind ``clientele``), is no meeting."""
    if trigger.pattern.type != "CONSULT":
        return False
    recipient = event.recipient
    at_large = recipient is not None and _clientele(lexicon, recipient) and _head_word(recipient) not in _DEAL_PARTIES
    return trigger.verb.dep == "amod" or at_large


_DEAL_PARTIES = frozenset({"buyer", "bidder", "suitor"})  # "talks with potential buyers": sides of a deal


def finding_of_a_study(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'a survey found evidence that most firms have been victims', 'a study has uncovered new
    evidence', 'the YouGov poll, which questioned 1,943 adults', 'the report warns firms to do
    better': what a study, a survey or a poll (kind ``authored_text``) finds, asks or warns of is
    its result or its advice, no investigation of a side nor a threat (its authors looking into
    one stay: "researchers found evidence")."""
    if not ((event.type == "ACCUSE" and event.mode == "investigate") or event.type == "THREATEN"):
        return False  # "the report warns firms to do a better job": advice, no threat
    subjects, _ = roles.subject_tokens(syntax, trigger.verb)
    texts = lexicon.words("authored_text")
    return bool(subjects) and all(s.pos == "NOUN" and s.lemma.lower() in texts for s in subjects)


def _clientele_word(lexicon: EventLexicon, word: Token) -> bool:
    """'users', 'customers': a word for customers at large (kind ``clientele``), in the plural too."""
    return singular(word.lemma.lower()) in lexicon.words("clientele")


def _clientele(lexicon: EventLexicon, side: Actor) -> bool:
    """Customers at large ("for people", "to its subscribers"), named by no entity."""
    return side.entity is None and _head_word(side) in lexicon.words("clientele")


def _head_word(side: Actor) -> str:
    """The last word of a side's name, in the singular ("the first million customers": customer)."""
    words = (side.name or "").lower().split()
    return singular(words[-1]) if words else ""


_PRICE_WORDS = frozenset({"dlr", "dlrs", "dollar", "cash", "price", "premium", "bid", "stg", "yen", "euro", "pound", "franc", "mark"})


def _a_state_or_armed(actor: Actor | None) -> bool:
    """Whether a side is a state, a body of one, or an armed group: anyone but a firm or no one known."""
    return actor is not None and (actor.sector not in (None, "BUS") or (actor.country is not None and actor.sector is None and actor.entity is None))


def unattributed_speculation(trigger: Trigger, event: Event) -> bool:
    """A material act no one is named doing that is only possible or supposed ("the criminally
    insane should be killed", "whether his technique would be outlawed"): a thought about what
    might happen, no event. Done, denied or attempted acts stay ("soldiers were killed", "no
    detainee was tortured", "an attempt to assassinate the governor was thwarted"), and so do
    norms, whose act is the rule's subject ("attacking the rebels is forbidden")."""
    norm = trigger.verb.dep in ("csubj", "csubjpass")
    return not norm and not _named(event.actor) and event.modality in ("possible", "hypothetical")


def one_sided_claim(doc: Document, syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """An act toward no one named that may not happen or did not, or is only someone's own
    words ("he could back it", "we did not oppose", '"we have offered help," she said'): event
    data are dyadic, and on unseen news such one-sided claims were almost never a real event.
    Done and planned acts toward no one named stay ("the minister resigned", "will host
    talks"), and so do acts a source reports ("X and Y agreed a pact, officials said"): that
    is how news states facts.  Force used on a target the text describes without naming it
    has its other side ("if the army attacked the city")."""
    if event.recipient is not None or event.co_recipients or event.co_actors:
        return False  # "Brazil and the US seek to deepen a partnership": each is the other's side
    if event.type == "RETREAT" or (event.type in ("ASSAULT", "COERCE") and roles.children(syntax, trigger.verb, "dobj", "nsubjpass")):
        return False  # a resignation has no other side; "if the army attacked the city" has one
    return event.modality in _UNREAL or quote_at(doc, event.trigger.start, own_words=True) is not None


_GROUNDS_VERBS = frozenset({"allege", "claim"})


def grounds_of_an_act(syntax: Syntax, trigger: Trigger, event: Event, coded: list[tuple[Trigger, Event]]) -> bool:
    """An allegation told as the grounds of an act already coded ("sued the state alleging
    that ...", "rejected any increase, alleging it would impoverish citizens"): a suit's own
    charge, or the reason given for the act, with no one accused of its own; not a second event."""
    verb = trigger.verb
    if event.type != "ACCUSE" or verb.lemma.lower() not in _GROUNDS_VERBS or verb.tag != "VBG" or verb.dep != "advcl":
        return False
    head = [e for t, e in coded if t.verb.i == verb.head]
    return bool(head) and (event.recipient is None or any(e.type == "ACCUSE" for e in head))


def said_as_before(syntax: Syntax, trigger: Trigger) -> bool:
    """'will deliver a payout this year, as promised', 'cut 500 jobs, as agreed': a participle
    after "as" with no subject says the act was foreseen, it tells no act of its own."""
    verb = trigger.verb
    if verb.dep != "advcl" or verb.tag not in ("VBN", "VBD"):
        return False
    kids = roles.children(syntax, verb)
    return any(k.dep == "mark" and k.text.lower() == "as" for k in kids) and not any(k.dep in ("nsubj", "nsubjpass", "dobj", "agent") for k in kids)


def charge_of_an_arrest(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, coded: list[tuple[Trigger, Event]]) -> bool:
    """The act someone was arrested or accused "for" ("was arrested in Beirut for collaborating
    with Israel", "charged for attacking a guard"): the charge of an act already coded, alleged
    and no event of its own.  A sentence tells the act as done ("jailed for shooting dead a
    burglar"): that act stays."""
    verb = trigger.verb
    if verb.tag != "VBG" or verb.dep != "pcomp" or verb.head == verb.i:
        return False
    preposition = syntax.tokens[verb.head]
    if preposition.text.lower() != "for" or preposition.head == preposition.i:
        return False
    charged = syntax.tokens[preposition.head]
    return charged.lemma.lower() in lexicon.words("charging_verb") and any(t.verb.i == charged.i for t, _ in coded)


# Modalities of acts that did not or may not happen; an expected act (a plan, an intention
# stated) is news in its own right.
_UNREAL = frozenset({"possible", "hypothetical", "negated"})


def blocked_by_a_thing(syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """'motorcades ... as they blocked the traffic', 'snow blocked roads': a blocking whose
    subject is told but is no side (a thing, or a pronoun for one) is no protest; a blocking
    with no subject ("roads were blocked") may still be one in a riot."""
    return event.type == "PROTEST" and event.mode == "obstruct" and not _named(event.actor) and bool(roles.children(syntax, trigger.verb, "nsubj"))


def _named(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.entity or actor.name or actor.country or actor.code)


def home_visit(doc: Document, trigger: Trigger, event: Event) -> bool:
    """A visit to places of the visitor's own country and to no one there ("the party leader
    visits Manchester and Leeds"; a list of towns mostly at home; "will visit Leicester", an
    intention to visit), or to no one and nowhere named: a tour, no meeting of two sides."""
    if "visit" not in (event.mode, trigger.pattern.mode):
        return False
    if event.recipient is None and event.mode != "visit":
        return False  # "said he would be ready to host a meeting": an intention, whatever it names
    if event.recipient is None:
        # "is visiting a mixture of rural seats": no one and nowhere named; "arrived in
        # Philadelphia", a president in a city of his own country
        place = doc.entity(event.place) if event.place else None
        return place is None or (stated_country(event.actor) is not None and place_country(doc, place) == stated_country(event.actor))
    if event.trigger.text.lower().startswith("arriv") and not any(_met_on_arrival(doc, v) for v in (event.recipient, *event.co_recipients)):
        return True  # "arrived at a school for the recording": reaching a building meets no one
    home = stated_country(event.actor)
    if home is None:
        return False
    visited = (event.recipient, *event.co_recipients)
    for v in visited:
        entity = doc.entity(v.entity) if v.entity else None
        if (entity is None and v.country is not None) or (entity is not None and entity.type != "PLACE"):
            return False  # a country, a person or an organization visited: a counterpart
    # a list of towns mostly at home is a tour at home, though the gazetteer put one abroad
    return 2 * sum(stated_country(v) == home for v in visited) >= len(visited)


def private_arrival(doc: Document, trigger: Trigger, event: Event) -> bool:
    """'Juanita Castro, who arrived in Miami in 1961', 'the father arrived at the police
    station': a person of no office, body, role or stated country arriving somewhere pays no
    visit ("the Cuban group arrives" does); nor do private people of any country ("300
    migrants arrived in Greece", "a tourist from Canada arrived")."""
    if trigger.verb.lemma.lower() != "arrive" or "visit" not in (event.mode, trigger.pattern.mode):
        return False
    sides = (event.actor, *event.co_actors)
    return all(side.sector in _PRIVATE_PEOPLE or (side.sector is None and side.country is None and (side.entity is None or a_person(doc, side))) for side in sides)


_PRIVATE_PEOPLE = frozenset({"CVL", "REF", "PPL"})


def a_person(doc: Document, actor: Actor) -> bool:
    """Whether the side is a person the entities named."""
    entity = doc.entity(actor.entity) if actor.entity else None
    return entity is not None and entity.type == "PERSON"


def taking_up_an_office(syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """'Mr Yoran took up his post in September': one person taking up a post is an
    appointment, no forces deployed ("troops took up their positions" stays)."""
    if event.type != "MOBILIZE":
        return False
    return any(word.lemma.lower() in _OFFICES and word.tag == "NN" and any(owner.text.lower() in ("his", "her") for owner in roles.children(syntax, word, "poss")) for word in trigger.tokens)


_OFFICES = frozenset({"post", "position", "office", "duty", "job", "role", "seat"})


def forces_of_a_trend(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """'strengthen the forces of growth', 'the forces of change': forces of a trend or an idea
    (kind ``abstract_force``) are no troops."""
    if event.type != "MOBILIZE":
        return False
    abstract = lexicon.words("abstract_force")
    of_phrases = [p for w in trigger.tokens if w.lemma.lower() == "force" for p in roles.children(syntax, w, "prep") if p.text.lower() == "of"]
    return any(o.lemma.lower() in abstract for p in of_phrases for o in roles.children(syntax, p, "pobj"))


def family_visit(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'was in Leeds visiting his brother', 'visited relatives', 'talk to his mother': a private
    visit to one's kin or talk with them (kind ``kin_noun``), no meeting of two sides."""
    if trigger.pattern.type != "CONSULT":
        return False
    kin = lexicon.words("kin_noun")
    # one's own: "his brother", "relatives"; not another's told by name ("Elian's father")
    met = roles.children(syntax, trigger.verb, "dobj") + [
        o for prep in roles.children(syntax, trigger.verb, "prep") if prep.text.lower() in ("to", "with") for o in roles.children(syntax, prep, "pobj")
    ]
    return any(o.lemma.lower() in kin and not any(p.tag != "PRP$" for p in roles.children(syntax, o, "poss")) and not _kin_of_the_public(o) for o in met)


def _kin_of_the_public(noun: Token) -> bool:
    """'met parents in the area': parents at large, plural with no owner, are no one's kin."""
    return noun.tag == "NNS" and noun.lemma.lower() in ("parent", "family")


def fought_nature(syntax: Syntax, trigger: Trigger) -> bool:
    """'launched an initial attack on the flames', 'fought the blaze': an attack or a fight aimed
    at a force of nature (``natural_causes.tsv``: fire, flood) is no act against anyone."""
    if trigger.pattern.type not in ("ASSAULT", "ACCUSE"):
        return False
    nouns = [t for t in trigger.tokens if t.pos == "NOUN"]
    aimed = [*roles.children(syntax, trigger.verb, "dobj"), *(o for holder in (*nouns, trigger.verb) for o in _attacked(syntax, holder))]
    aimed = [o for o in aimed if o not in nouns and o.ent_type not in ("DATE", "TIME")]  # "launched an attack on Monday": no target
    causes = natural_causes()
    return bool(aimed) and all(causes.get(o.lemma.lower()) in _FORCES_OF_NATURE for o in aimed)


# Kinds of ``natural_causes.tsv`` one fights as such: not an affair ("investigating the scandal").
_FORCES_OF_NATURE = frozenset({"nature", "storm", "disease"})


def road_accident(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'A brown Cadillac driven by X struck the pickup truck': a vehicle told as driven by
    someone, or one that strikes another vehicle (kind ``road_vehicle``), makes a road
    accident, no attack ("a truck ploughed into the crowd" may be one)."""
    if trigger.pattern.type != "ASSAULT":
        return False
    vehicles = lexicon.words("road_vehicle")
    subjects, _ = roles.subject_tokens(syntax, trigger.verb)
    struck_vehicle = any(o.lemma.lower() in vehicles for o in roles.children(syntax, trigger.verb, "dobj"))
    for subject in subjects:
        driven = any(c.lemma.lower() == "drive" for c in roles.children(syntax, subject, "acl"))
        if driven or (struck_vehicle and subject.lemma.lower() in vehicles):
            return True
    return False


def no_one_hurt(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> bool:
    """'No firefighters were injured', 'nobody was hurt': no one harmed tells there was no
    victim, not an attack that did not happen (kind ``harming_people``)."""
    if trigger.pattern.type != "ASSAULT" or trigger.head.lemma.lower() not in lexicon.words("harming_people"):
        return False
    return bool(roles.children(syntax, trigger.verb, "nsubjpass")) and no_one_does(syntax, trigger.verb)


def _met_on_arrival(doc: Document, side: Actor) -> bool:
    """A side one arrives to meet: a country, a place of one, a person ("arrived for talks
    with X"); not a building or a body of no stated country ("arrived at a school")."""
    entity = doc.entity(side.entity) if side.entity else None
    return side.country is not None or (entity is not None and entity.type in ("PLACE", "COUNTRY", "PERSON"))


def wished_by_others(doc: Document, syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """What someone hopes, wishes or fears another side will do ("the detainees hope the
    government will release them", "I was afraid they would use a knife") is their wish or
    fear, no act of that side, planned or done; one's own hope ("the government hopes it can
    release them") is an intention, coded expected."""
    verb = trigger.verb
    for _ in range(3):  # "hopes that management will be willing to negotiate": up to the hoped clause
        if verb.dep not in ("xcomp", "acomp") or verb.head == verb.i:
            break
        verb = syntax.tokens[verb.head]
    if verb.dep != "ccomp" or verb.head == verb.i:
        return False
    wisher = syntax.tokens[verb.head]
    if wisher.lemma.lower() not in _WISHING:
        return False
    if wisher.pos == "ADJ" and wisher.head != wisher.i:
        wisher = syntax.tokens[wisher.head]  # "I was afraid they would ...": the one who is afraid
    subjects = [a for a in (roles.actor_of(doc, syntax, w) for w in roles.children(syntax, wisher, "nsubj")) if a is not None]
    if not subjects:
        return True  # "it is hoped that ...": no one's act
    return not any(same_actor(s, event.actor) for s in subjects)


_WISHING = frozenset({"hope", "wish", "pray", "dream", "fear", "afraid", "worry", "worried", "scared", "frightened"})


def same_actor(one: Actor, other: Actor) -> bool:
    """The same side: the same entity, or the same words for an unnamed one."""
    if one.entity or other.entity:
        return one.entity == other.entity
    return (one.name or "").lower() == (other.name or "").lower()


def own_record_defended(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, event: Event) -> bool:
    """Defending or praising one's own plans, record or posters ("defended his party's
    plans", "hailed his own record") backs no other side; "backed his chancellor" does."""
    if event.type != "SUPPORT":
        return False
    # "defended his party's attitude"; welcoming "his apology" is never one's own (answers_another)
    answering = trigger.head.lemma.lower() in lexicon.words("answers_another")
    things = lexicon.words("policy_noun") | (frozenset() if answering else lexicon.words("owned_act"))
    for noun in (o for h in (trigger.verb, *trigger.tokens) for o in roles.children(syntax, h, "dobj")):
        if noun.lemma.lower() not in things:
            continue
        owner = noun
        for _ in range(3):  # "his party's plans": the possessor of the possessor
            if any(a.lemma.lower() == "own" for a in roles.children(syntax, owner, "amod")):
                return True
            possessors = roles.children(syntax, owner, "poss")
            if not possessors:
                break
            owner = possessors[0]
            if owner.text.lower() in _OWN_WORDS:
                whose = roles.actor_of(doc, syntax, owner)  # "police backed his measures": another's
                return whose is None or same_actor(whose, event.actor)
            whose = roles.actor_of(doc, syntax, owner)
            if whose is not None and _own_state(doc, whose, event.actor):
                return True  # the prime minister "defended the UK's current regime": his own state's
    return False


def _own_state(doc: Document, owner: Actor, actor: Actor) -> bool:
    """A country named as such that the actor governs or serves (not a person of it)."""
    entity = doc.entity(owner.entity) if owner.entity else None
    country = entity is not None and entity.type == "COUNTRY"
    return country and bool(owner.country) and owner.country == actor.country and actor.sector in ("GOV", "ELI", "MIL", "COP")


_OWN_WORDS = frozenset({"his", "her", "its", "their", "our", "my"})


def anothers_commitment(doc: Document, syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """A commitment someone else says a side is in ("he argued that Mr Lee was committed to
    the peace plan"): a claim about the side, no promise of its own.  A speaker's own side's
    commitment ("ministers insisted they are committed to") stays."""
    verb = trigger.verb
    if event.type != "AGREE" or verb.lemma.lower() != "commit" or not (roles.children(syntax, verb, "auxpass") or verb.dep == "acomp"):
        return False
    clause = syntax.tokens[verb.head] if verb.dep == "acomp" else verb  # "was committed": the "was"
    if clause.dep != "ccomp" or clause.head == clause.i:
        return False
    reporting = syntax.tokens[clause.head]
    speakers = [a for a in (roles.actor_of(doc, syntax, w) for w in roles.children(syntax, reporting, "nsubj")) if a is not None]
    if not speakers:
        return False
    speaker = speakers[0]  # of another state: one's own state's commitment is told as a promise
    return bool(speaker.country and event.actor.country and speaker.country != event.actor.country)


def poll_share(event: Event) -> bool:
    """What a share of a people thinks or backs ("two-thirds of Britons support the decision",
    "40% of voters oppose the plan") is a poll's finding, no act of anyone; a share of a
    counted or owned body acts ("a majority of a group of 56 creditors support the plan",
    "most of its lenders agreed")."""
    name = event.actor.name or ""
    share = _SHARE.match(name)
    return share is not None and not _COUNTED_OR_OWNED.search(name[share.end() :])


_COUNTED_OR_OWNED = re.compile(r"\d|\b(?:its|their|group|committee)\b|'s\b", re.IGNORECASE)
_SHARE = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent)|(?:one|two|three|four)[- ](?:third|quarter|fifth|tenth)s?|half|most|a majority|the majority|a minority|a third|a quarter)\s+of\s", re.IGNORECASE
)


def meeting_of_one(doc: Document, syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """A meeting or talks of one side with no other side named, in the event or in a "with"
    phrase ("the board is to meet next week", "the cartel meets in April", "journalists at the
    firm met to discuss it", "he would not discuss reports"): a body sitting in session, or a
    topic no one discusses with anyone, no consultation between two sides.
    Joint sides ("A and B met"), visits and a body of many states are others' business."""
    # "the cabinet will meet": an intention (AGREE) to meet, of one side all the same
    if "CONSULT" in (event.type, trigger.pattern.type) and _meeting_of_its_holders(syntax, trigger):
        return True  # "hold an extraordinary shareholders' meeting", "a board meeting": a firm in session
    if "CONSULT" not in (event.type, trigger.pattern.type) or event.recipient is not None or event.co_actors or event.co_recipients or event.mode == "visit":
        return False
    if trigger.head.lemma.lower() in _GO_BETWEEN:
        return False
    heads = {t.i: t for t in (trigger.head, trigger.verb, *trigger.tokens)}.values()  # "held a meeting with X"
    subjects = [k for h in heads for k in roles.children(syntax, h, "nsubj")]
    if event.actor is not None and (event.actor.code or "").startswith("IGO") and not any(k.pos == "PRON" for k in subjects):
        return False  # "OPEC ministers met in Vienna": the members of a body of states meet one another
    if any(roles.children(syntax, k, "conj", "appos") for k in subjects):
        return False  # "A, B and C met": sides the parse listed, resolved or not
    partners = [k for h in heads for k in roles.children(syntax, h, "prep", "dative") if k.dep == "dative" or k.text.lower() in roles.PARTNER_PREPOSITIONS]
    # "met with his top aides": one's own staff is no other side
    partners = [k for k in partners if not _with_own_staff(syntax, k)]
    # an object is a partner ("met the minister", "attend the summit"), not a topic ("would
    # not discuss reports")
    partners += [k for h in heads for k in roles.children(syntax, h, "dobj") if (k.lemma.lower() in _GATHERINGS and h.lemma.lower() not in _CONVENING) or roles.actor_of(doc, syntax, k) is not None]
    return not partners


def _with_own_staff(syntax: Syntax, preposition: Token) -> bool:
    """'with his top aides', 'with their advisers' (kind ``staff_noun``): the side's own people."""
    staff = load_event_lexicon().words("staff_noun")
    met = roles.children(syntax, preposition, "pobj")
    return bool(met) and all(singular(n.lemma.lower()) in staff and any(k.text.lower() in _OWN_POSSESSIVES for k in roles.children(syntax, n, "poss")) for n in met)


def _meeting_of_its_holders(syntax: Syntax, trigger: Trigger) -> bool:
    """A meeting named after a firm's own holders or board ("the shareholders' meeting", "a
    board meeting", "the annual meeting of stockholders")."""
    for noun in (t for t in trigger.tokens if t.lemma.lower() == "meeting"):
        named = roles.children(syntax, noun, "poss", "compound") + roles.objects_of(syntax, noun, ("of",))
        if any(w.lemma.lower() in _FIRMS_OWN_BODIES for w in named):
            return True
    return False


_FIRMS_OWN_BODIES = frozenset({"board", "director", "stockholder", "shareholder"})  # not creditors or bidders, sides of their own


_GATHERINGS = frozenset({"summit", "conference", "talk", "meeting", "negotiation", "session", "forum", "congress", "convention"})
_CONVENING = frozenset({"hold", "have", "convene", "call"})  # "held their last meeting": the meeting is the act, no partner
_GO_BETWEEN = frozenset({"mediate", "mediation", "broker"})  # a third party between sides the article may name apart


_RULE_NOUNS = frozenset({"law", "rule", "regulation", "act", "bill", "legislation", "directive", "treaty", "order", "ban", "policy", "measure"})


def describing_clause(syntax: Syntax, trigger: Trigger) -> bool:
    """A relative clause in the simple present tells what its noun is ("Turkey, which occupies
    northern Cyprus", "parties that support the ban"), not what the article reports happened;
    "rebels who attacked the town" and "troops who are shelling it" stay events. So does what
    a power or a right allows ("the power to bar him")."""
    verb = trigger.verb
    if _power_to(syntax, verb):
        return True
    if verb.dep in ("relcl", "acl") and verb.head != verb.i and syntax.tokens[verb.head].lemma.lower() in _INDEFINITE_THINGS:
        return True  # "something long sought by banks", "anything opposed by the unions": a kind of thing
    if verb.dep == "relcl" and any(a.text.lower() in _ABILITY for a in roles.children(syntax, verb, "aux")):
        return True  # "the US, which can veto any plan": a power it has, not an act
    if verb.dep != "relcl" or verb.tag not in ("VBZ", "VBP"):
        return False
    return not roles.children(syntax, verb, "aux", "auxpass")


_ABILITY = frozenset({"can", "could", "may", "might"})
_INDEFINITE_THINGS = frozenset({"something", "anything", "everything", "nothing"})


def _hard_to(syntax: Syntax, verb: Token) -> bool:
    """'it is still difficult to assess the damage', 'easy to criticise': how hard an act would
    be is no act."""
    if verb.dep not in ("xcomp", "advcl") or verb.head == verb.i:
        return False  # "difficult for him to retake control": an advcl with its own "for" subject
    head = syntax.tokens[verb.head]
    judged = [head] if head.pos == "ADJ" else roles.children(syntax, head, "acomp")  # "it is difficult to": on "is"
    return any(j.lemma.lower() in _EASE for j in judged) and any(k.text.lower() == "to" for k in roles.children(syntax, verb, "aux"))


_EASE = frozenset({"difficult", "hard", "easy", "impossible", "tough", "simple", "tricky"})


def _power_to(syntax: Syntax, verb: Token) -> bool:
    """'has the power to suspend or bar him', 'the right to detain': what a power allows is no
    act; nor is what someone should, could or is able to do ("only judges should be able to
    order detention": a norm of who may)."""
    while verb.dep == "conj" and verb.head != verb.i:
        verb = syntax.tokens[verb.head]
    if _able_to(syntax, verb) or _allowed_by_rule(syntax, verb) or _hard_to(syntax, verb):
        return True
    to = next((k for k in roles.children(syntax, verb, "aux") if k.text.lower() == "to"), None)
    if to is None or verb.head == verb.i or verb.dep not in ("acl", "advcl"):
        return False
    # "would replace current powers to detain suspects": the parse may hang the infinitive on
    # the main verb, as a purpose, though it follows the power's noun
    power = syntax.tokens[verb.head] if verb.dep == "acl" else syntax.tokens[to.i - 1]
    if verb.dep == "advcl" and (power.dep != "dobj" or power.head != verb.head):
        return False
    if power.lemma.lower() == "authority" and power.tag == "NNS":
        return False  # "joined Canadian authorities to investigate": the bodies, no power
    used = power.dep == "dobj" and syntax.tokens[power.head].lemma.lower() in _USING  # "used its power to veto it": done
    return power.pos == "NOUN" and power.lemma.lower() in _POWER_NOUNS and not used


def _able_to(syntax: Syntax, verb: Token) -> bool:
    """'should be able to order', 'would still be able to reject', 'is able to opt out': what
    someone may or could do, a power or a norm; 'was able to escape' told what was done."""
    able = syntax.tokens[verb.head]
    if verb.dep != "xcomp" or verb.head == verb.i or able.lemma.lower() != "able" or able.head == able.i:
        return False
    be = syntax.tokens[able.head]
    return be.tag in ("VBZ", "VBP") or any(a.tag == "MD" for a in roles.children(syntax, be, "aux"))


def _allowed_by_rule(syntax: Syntax, verb: Token) -> bool:
    """'Under a 2001 land law, the government can tax or seize unused farms': what a law or a
    rule lets someone do ("can", "may") is a power, no act."""
    if not roles.has_aux(syntax, verb, _PERMITTING):
        return False
    return any(prep.text.lower() == "under" and any(p.lemma.lower() in _RULE_NOUNS for p in roles.children(syntax, prep, "pobj")) for prep in roles.children(syntax, verb, "prep"))


_PERMITTING = frozenset({"can", "may"})
_POWER_NOUNS = frozenset({"power", "right", "authority", "ability", "capacity", "mandate"})
_USING = frozenset({"use", "exercise", "wield", "invoke"})


def background_participle(syntax: Syntax, trigger: Trigger, event: Event) -> bool:
    """A participle describing a noun, by no one named, tells who the noun is, not what the
    article reports ("a Hamas member jailed a year ago", "two men sought in the killing",
    "officials accused of a role in it"); violence stays an event ("soldiers killed in the
    capital")."""
    verb = trigger.verb
    if event.actor.name or event.actor.entity or event.type in _HAPPENINGS:
        return False
    if roles.reduced_relative(syntax, verb):
        return True  # "the men held for a week were freed", parsed with "held" as the main verb
    if roles.opening_participle(syntax, verb) and not roles.children(syntax, verb, "agent"):
        return True  # "Pressed on benefits, he said ...": the setting of what he said
    if verb.dep == "acl" and verb.tag == "VBG" and syntax.tokens[verb.head].lemma.lower() in _RULE_NOUNS:
        return True  # "the law banning the sale of games": what a law says, no act reported
    if verb.dep != "acl" or verb.tag != "VBN":
        return False
    # A participle with an object of its own (or its coordinated verb's) is a misparsed main verb.
    return not any(roles.children(syntax, v, "dobj") for v in (verb, *roles.children(syntax, verb, "conj")))

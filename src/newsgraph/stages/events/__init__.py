"""Events: PLOVER-coded events with actor, recipient, date, place, modality and source.

Requires ``entities`` and ``times``; uses ``quotes`` and ``places`` when an earlier stage made
them. Steps, each in its own module:

- ``triggers``: verb and noun patterns from ``plover_verbs.tsv``, and from the PETRARCH-2
  CAMEO verb dictionary where the table has none (``cameo_verbs``), matched on the parse
  (captions are skipped); a trigger governed by a verbal trigger ("agreed to meet", "refused
  to meet", "threatened to strike") is part of that event, not one of its own;
- ``frames``: what a trigger codes depends on what it takes ("released a statement" codes
  nothing, "attacked the plan" is criticism); adjectival participles code nothing;
- ``readings``: what governs what ("threatened to attack" is one threat), demands in
  reported speech, warnings of risks, attacks in words, purposes;
- ``judgements``: criticism said as a judgement ("called the plan reckless", "said the
  government had failed");
- ``undergone``: acts told from the side of the one they befall ("faced criticism from X",
  "came under pressure from X to resign");
- ``roles`` and ``actors``: actor (the agent: subject of an active verb, "by" phrase of a
  passive, the noun a participle or relative clause modifies), recipients, place and the
  outlets a sentence is attributed to; actor codes from the Phoenix dictionaries;
- ``means``: how a violent event was done (suicide bombing, air strike, shelling ...);
- ``modality``: asserted, expected, possible, negated, hypothetical, historical;
- ``time.event_time``: the date governing the trigger; ``date_source`` says whether the text
  dates the event or the article date stands in;
- ``mentions``: the same happening told twice in one article is one event with several
  evidence spans.

A joint actor ("Kenya and Uganda are sending delegations to Somalia") is one event: the first
named is ``actor``, the others ``co_actors``; coordinated recipients likewise.  Sides of a
meeting or an agreement with no other side ("Orlov and Petrov met") deal with each other: the
first named is the actor, the others its recipients. An event noun with no stated actor ("the
parade will take place") takes the state last named before it in the sentence or the one
before (the country where it happens), with lower confidence; a verb whose subject names no
one ("a car bomb killed 13 soldiers") has no actor rather than a guessed one.
An event inside a quote is that speaker's claim: ``quote`` links it. ``reported_by``: the
outlets the sentence names ("..., TASS reported", "according to Yonhap"); else those the
quote around the trigger was reported through; else the article's cited sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ...model import Actor, Analysis, Document, Entity, Event, Quote, Span, Token
from ...resources import natural_causes
from ...settings import Settings
from ..base import next_id
from ..dateline import body_start
from ..entities.borders import former_state
from ..timex.syntax import Syntax
from . import roles
from .actors import agent_role, code_of, demonym_country, entity_of, inert_thing, modifier_side, office_title, pair_named_before, phrase, place_country, quote_at, stated_country
from .answers import answered_in_relative, answerer_in_relative, maker_answered
from .confidence import confidence
from .deals import agreed_deal_counterpart, deal_counterpart, is_deal
from .frames import framed
from .judgements import JUDGEMENT_HEAD, QUOTED_JUDGEMENT_HEAD, judged, judgements, owner_actor, quoted_judged, quoted_judgements, voiced_opinion
from .lexicon import EventLexicon, Pattern, load_event_lexicon
from .means import means_of
from .mentions import merge_mentions
from .modality import has_condition, modality, saying_verb
from .readings import (
    DECIDING,
    OBLIGATION_HEAD,
    a_person,
    about_someone,
    admonition,
    aid_to_a_market,
    anothers_commitment,
    armed_attack,
    background_participle,
    blocked_by_a_thing,
    called_for,
    charge_of_an_arrest,
    counsel_at_work,
    customers_at_large,
    demanded,
    describing_clause,
    done_to_oneself,
    emergency_of_a_disaster,
    family_visit,
    feeling_without_a_side,
    finding_of_a_study,
    firm_arresting,
    firm_seeking_from_no_one,
    firm_striking,
    firms_advice_to_customers,
    firms_own_lot,
    forces_of_a_trend,
    fought_nature,
    generic_statement,
    giveaway_to_customers,
    goods_offered,
    governed_mode,
    grounds_of_an_act,
    habit_taken_up,
    home_visit,
    launched_to_compete,
    lending_between_firms,
    market_commentator,
    market_demand,
    meeting_of_one,
    meeting_own_counsel,
    no_one_hurt,
    obligations,
    one_sided_claim,
    own_arms_destroyed,
    own_holding_reviewed,
    own_record_defended,
    poll_share,
    private_arrival,
    release_of_a_thing,
    road_accident,
    said_as_before,
    same_actor,
    same_subject,
    sent_to_help,
    share_of_those_asked,
    speaking_to_the_press,
    stopped_giving,
    taking_up_an_office,
    talk_of_no_meeting,
    telephone_call,
    the_press_as_audience,
    threat_noun_of,
    time_for,
    trade_in_goods,
    unarmed_fight,
    unattributed_speculation,
    ungoverned,
    unspoken_act,
    verbal_attack,
    warning_of_risk,
    warning_to_own_people,
    what_a_court_rules,
    wished_by_others,
    without_purposes,
    without_tolls,
    working_alongside,
)
from .time import event_time, written_after
from .triggers import Trigger, find_triggers, measured_by, set_after, with_someone
from .undergone import UNDERGONE_HEAD, undergone, undergone_roles

# Triggers of these types code the act they govern ("agreed to meet" is AGREE, not CONSULT).
_STATE_TYPES = frozenset({"COUNTRY", "PLACE"})
_SPEECH_OF_INTENT = frozenset({"vow", "pledge", "promise", "threaten", "warn", "announce", "declare", "swear"})
# Violence is never lent to the country where it happens: its victims and setting are no agents.
_VIOLENT = frozenset({"ASSAULT", "COERCE"})
# Acts sides do with each other: joint actors with no other side are each other's recipients
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# A stated intention to act is coded as the intention (CAMEO 03 / 13): "will visit" is AGREE,
# "will impose sanctions" THREATEN.  Intentions others ascribe ("is expected to") stay as they are.
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# A sanction announced ("will cut aid") is the sanction decided, expected; only on a condition
# ("would impose sanctions if ...") is it a threat.
_HOSTILE = frozenset({"COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
# Acts that are themselves a threat or a demand: their "unless" is not an ultimatum of its own.
_ASKING = frozenset({"THREATEN", "REQUEST"})
# Sides whose country says nothing of which government faces them: states, their forces, IGOs.
_FOREIGN_SECTORS = frozenset({None, "GOV", "MIL", "IGO", "ELI"})
# "in cases where someone has killed": a subject that names no one lends no one
_INDEFINITE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one", "whoever", "you"})  # "the only one you can criticize": anyone
# Acts done in words: a text can do them for its unnamed authors.
_VERBAL_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"})
# Those who report violence as their work: their account of it is no accusation.
_TELLERS = frozenset({"COP", "MED", "JRN"})


class EventStage:
    name = "events"
    requires = frozenset({"entities", "times"})
    provides = frozenset({"events"})

    def __init__(self, lexicon: EventLexicon, min_confidence: float = 0.0) -> None:
        self.lexicon = lexicon
        self.min_confidence = min_confidence

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        return doc.with_(events=tuple(code_events(doc, analysis, self.lexicon, self.min_confidence)))


def code_events(doc: Document, analysis: Analysis, lexicon: EventLexicon, min_confidence: float = 0.0) -> list[Event]:
    """The article's events; those less sure than ``min_confidence`` are left out."""
    syntax = Syntax(analysis)
    captions = tuple(c.span for c in doc.article.captions)
    found_triggers = find_triggers(analysis, syntax, lexicon, captions)
    kept_by_frames = framed(found_triggers, syntax, lexicon)
    # a trigger its frame codes nothing in may still judge ("had abused the public's trust")
    more = obligations(syntax, lexicon, found_triggers, captions) + judgements(syntax, lexicon, kept_by_frames, captions)
    more += quoted_judgements(doc, syntax, lexicon, found_triggers + more)
    more += undergone(doc, syntax, lexicon, found_triggers + more, captions)
    # frames judge each trigger alone: the pattern triggers are framed once, the others after
    in_frame = sorted(kept_by_frames + framed(more, syntax, lexicon), key=lambda t: t.head.start)
    # a figurative fight promised is no threat, nor any promise ("vowed to fight back" in a court case)
    figures = [t for t in in_frame if unarmed_fight(doc, syntax, lexicon, t)]
    promised = {t.verb.head for t in figures if t.verb.dep == "xcomp"}
    promises = lexicon.words("promise_verb")
    in_frame = [t for t in in_frame if t not in figures and not (t.verb.i in promised and t.verb.lemma.lower() in promises)]
    triggers = without_purposes(ungoverned(in_frame, syntax, lexicon), syntax)
    triggers = without_tolls(triggers, syntax, lexicon)
    triggers = [
        stopped_giving(syntax, lexicon, admonition(syntax, lexicon, verbal_attack(doc, syntax, lexicon, armed_attack(doc, syntax, lexicon, t))))
        for t in triggers
        if not warning_of_risk(syntax, lexicon, t)
        and not market_demand(syntax, lexicon, t)
        and not what_a_court_rules(syntax, lexicon, t)
        and not telephone_call(syntax, t)
        and not speaking_to_the_press(syntax, lexicon, t)
    ]
    body = body_start(doc)
    events: list[Event] = []
    coded: list[tuple[Trigger, Event]] = []
    recipients: dict[int, list[Actor]] = {}  # verb index -> recipients, for coordinated clauses
    for trigger in triggers:
        if _averting_condition(syntax, lexicon, trigger.verb):
            continue
        demand = demanded(doc, syntax, trigger, lexicon, body)
        if demand is None and trigger.pattern.head == OBLIGATION_HEAD:
            continue  # a "must" no one is reported saying is an opinion of the writer's
        if demand is not None:
            trigger, found, aimed = demand
        elif trigger.pattern.head in (JUDGEMENT_HEAD, QUOTED_JUDGEMENT_HEAD):
            judgement = judged(doc, syntax, trigger, body) if trigger.pattern.head == JUDGEMENT_HEAD else quoted_judged(doc, syntax, trigger)
            if judgement is None:
                continue  # "the weather was appalling": no one is criticised
            trigger, found, aimed = judgement
        elif trigger.pattern.head == UNDERGONE_HEAD:
            trigger, found, aimed = undergone_roles(doc, syntax, lexicon, trigger, body)
            if not aimed and trigger.pattern.type != "ASSAULT":
                continue  # "the plan drew criticism from X": no one named it befalls
        else:
            found = _actors(doc, syntax, trigger, body)
            aimed = []
        if found is None:
            continue
        actors, fallback, passive = found
        actors = [a for n, a in enumerate(actors) if not any(_told_alike(a, b) for b in actors[:n])]  # "Ernst & Young": one firm, not two
        actor = actors[0] if actors else Actor()
        if not aimed and trigger.pattern.head == OBLIGATION_HEAD:
            continue  # "said the system must provide incentives": what must be, of no one, is an opinion
        if trigger.pattern.head == OBLIGATION_HEAD and _no_one_else_obliged(actor, aimed):
            continue  # "bonds must carry a five-year maturity", a central banker's "Hungary must achieve equilibrium"
        if trigger.pattern.head == OBLIGATION_HEAD and market_commentator(doc, syntax, lexicon, actor):
            continue  # "the Bank must hold out, said X, chief economist at a broker": a forecast, no demand
        if not aimed and trigger.pattern.head != UNDERGONE_HEAD:  # "came under fire from rebels": the subject or no one
            if is_deal(lexicon, trigger):
                aimed = deal_counterpart(doc, syntax, lexicon, trigger, actor)
                if not aimed or not (actor.entity or actor.country):
                    continue  # "investors were buying shares": the market at work, no side's act
                if fallback and trigger.pattern.pos == "N":
                    continue  # "once the acquisition of X was completed": a deal by no one named
            aimed = aimed or agreed_deal_counterpart(doc, syntax, lexicon, trigger, actor)
            aimed = aimed or answered_in_relative(doc, syntax, lexicon, trigger, actor) or answerer_in_relative(doc, syntax, lexicon, trigger, actor)
            aimed = aimed or roles.recipients_of(doc, syntax, trigger, actor, passive, body)
            aimed = aimed or _inherited(syntax, trigger, recipients, actor)
            aimed = aimed or roles.addressed_by_carrier(doc, syntax, lexicon, trigger, actor)
        if aimed and demand is None:  # the one asked to act is no target of an act coordinated with it
            recipients[trigger.verb.i] = aimed
        if not aimed and trigger.pattern.head != UNDERGONE_HEAD:
            aimed = maker_answered(syntax, lexicon, trigger, actor, coded)  # "rejected the offer": its maker
        if trigger.pattern.pos == "V":  # "X and Y welcomed his return": neither is the one welcomed
            aimed = [a for a in aimed if not any(_one_side(a, co) for co in actors[1:])]
        # "a court ruled it must pay": never the very actor ("its creditors" are others)
        aimed = [a for a in aimed if not (actor.name and _told_alike(a, actor))]
        # ("talks between X and Y" keep Y both as a co-actor and as the one X meets)
        roles_found = Roles(actor, tuple(actors[1:]), aimed[0] if aimed else None, tuple(aimed[1:]), fallback)
        event = _event(doc, analysis, syntax, lexicon, trigger, roles_found, len(events), body)
        if event.recipient is None and any(t.lemma.lower() in lexicon.words("needs_recipient") for t in (trigger.head, *trigger.tokens)):
            continue  # "defending the plans", "voiced concern about the strength of the euro": no one is defended or blamed
        if (
            about_someone(event)
            and not unspoken_act(syntax, event, trigger, lexicon)
            and not generic_statement(syntax, trigger, event)
            and not background_participle(syntax, trigger, event)
            and not describing_clause(syntax, trigger)
            and not home_visit(doc, trigger, event)
            and not private_arrival(doc, trigger, event)
            and not family_visit(syntax, lexicon, trigger)
            and not forces_of_a_trend(syntax, lexicon, trigger, event)
            and not taking_up_an_office(syntax, trigger, event)
            and not meeting_of_one(doc, syntax, trigger, event)
            and not wished_by_others(doc, syntax, trigger, event)
            and not own_record_defended(doc, syntax, lexicon, trigger, event)
            and not anothers_commitment(doc, syntax, trigger, event)
            and not poll_share(event)
            and not lending_between_firms(event)
            and not aid_to_a_market(syntax, trigger)
            and not the_press_as_audience(event)
            and not trade_in_goods(doc, syntax, lexicon, trigger, event)
            and not firm_seeking_from_no_one(doc, lexicon, trigger, event)
            and not firms_own_lot(doc, syntax, trigger, event)
            and not goods_offered(doc, syntax, lexicon, trigger, event)
            and not release_of_a_thing(doc, syntax, lexicon, trigger, event)
            and not firm_arresting(event)
            and not firm_striking(doc, event)
            and not sent_to_help(syntax, lexicon, trigger, event)
            and not emergency_of_a_disaster(syntax, event, body)
            and not customers_at_large(lexicon, event)
            and not firms_advice_to_customers(doc, syntax, lexicon, trigger, event)
            and not warning_to_own_people(event)
            and not done_to_oneself(syntax, trigger)
            and not own_arms_destroyed(syntax, trigger)
            and not finding_of_a_study(syntax, lexicon, trigger, event)
            and not feeling_without_a_side(syntax, trigger, event)
            and not talk_of_no_meeting(lexicon, trigger, event)
            and not working_alongside(trigger, event)
            and not launched_to_compete(syntax, trigger)
            and not giveaway_to_customers(doc, syntax, lexicon, trigger, event)
            and not unattributed_speculation(trigger, event)
            and not one_sided_claim(doc, syntax, trigger, event)
            and not grounds_of_an_act(syntax, trigger, event, coded)
            and not charge_of_an_arrest(syntax, lexicon, trigger, coded)
            and not said_as_before(syntax, trigger)
            and not habit_taken_up(syntax, trigger)
            and not own_holding_reviewed(syntax, trigger)
            and not share_of_those_asked(syntax, trigger)
            and not counsel_at_work(syntax, lexicon, trigger)
            and not meeting_own_counsel(lexicon, event)
            and not blocked_by_a_thing(syntax, trigger, event)
            and not fought_nature(syntax, trigger)
            and not no_one_hurt(syntax, lexicon, trigger)
            and not road_accident(syntax, lexicon, trigger)
        ):
            events.append(event)
            coded.append((trigger, event))
    events += _allegations(doc, analysis, syntax, lexicon, coded, body, len(events))
    holders = {e.id: e.roles for e in doc.entities if e.type == "PERSON" and e.roles}
    date = doc.article.date.value if doc.article.date is not None else None
    events = [_as_of(e, date) for e in events]  # "Russian officials" in a story of 1987 are Soviet ones
    offers = frozenset(word for word, kind in lexicon.cues.get("answered_act", {}).items() if kind == "AGREE")
    persons = frozenset(e.id for e in doc.entities if e.type == "PERSON")
    places = {e.id: (place_country(doc, e), e.type == "COUNTRY") for e in doc.entities if e.type in ("PLACE", "COUNTRY")}
    kept = sorted((e for e in events if e.confidence >= min_confidence), key=lambda e: e.trigger.start)
    return merge_mentions(kept, _headline_end(doc), holders, offers, persons, places)


def _as_of(event: Event, date: str | None) -> Event:
    """The event with each side's country read as the state that held it on the article's date."""
    return replace(
        event,
        actor=_side_as_of(event.actor, date),
        recipient=_side_as_of(event.recipient, date) if event.recipient is not None else None,
        co_actors=tuple(_side_as_of(a, date) for a in event.co_actors),
        co_recipients=tuple(_side_as_of(a, date) for a in event.co_recipients),
    )


def _side_as_of(actor: Actor, date: str | None) -> Actor:
    former = former_state(actor.country, date)
    if former is None or actor.country is None:
        return actor
    code = former + actor.code[len(actor.country) :] if actor.code and actor.code.startswith(actor.country) else actor.code
    return replace(actor, country=former, code=code)


def _no_one_else_obliged(actor: Actor, obliged: list[Actor]) -> bool:
    """What "must" be done by things ("bonds must carry a five-year maturity": a rule), or by
    the speaker's own state when an official of it says so ("Hungary must achieve equilibrium",
    said its central banker: a policy stated, no demand on another)."""
    if all(not (a.entity or a.country or a.sector) for a in obliged):
        return True
    own_state = actor.country is not None and actor.sector in roles.STATE_ROLES
    return own_state and all(a.country == actor.country and (a.sector is None or a.sector in roles.STATE_ROLES) for a in obliged)


def _by_a_crowd(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, body: int) -> bool:
    """Violence or damage done by protesters, rioters or a mob (kind ``crowd_noun``):
    CAMEO's violent protest (145), not an armed attack ("protesters set fire to the police
    station", "clashed with police", "a car was torched by rioters")."""
    words, _ = roles.subject_tokens(syntax, trigger.verb, body)
    crowds = lexicon.words("crowd_noun")
    return bool(words) and all(w.lemma.lower() in crowds or w.text.lower().rstrip("s") in crowds for w in words)


def _headline_end(doc: Document) -> int:
    """Where the headline ends when the text opens with it and a story follows; else 0."""
    title, text = doc.article.title, doc.article.text
    if not title or not text.startswith(title) or not text[len(title) :].strip():
        return 0
    return len(title)


@dataclass(frozen=True, slots=True)
class Roles:
    actor: Actor
    co_actors: tuple[Actor, ...]
    recipient: Actor | None
    co_recipients: tuple[Actor, ...]
    fallback: bool  # the actor was lent by the setting, not named as the agent


def _of_each_nation(doc: Document, syntax: Syntax, noun: Token, group: Actor) -> list[Actor]:
    """'U.S. and Canadian negotiators opened talks': a group of two nations is two sides, one
    of each, the first the actor and the other joint."""
    owner = doc.entity(group.entity) if group.entity else None
    if owner is not None and owner.type != "COUNTRY":
        return [group]  # a named person or body is one side
    for modifier in roles.children(syntax, noun, "amod", "compound", "nmod"):
        if modifier.i > noun.i:
            continue
        words = [modifier, *roles.children(syntax, modifier, "conj")]
        nations = [c for w in words if (c := _nation_of_word(doc, w)) is not None]
        if len(nations) > 1 and len(set(nations)) == len(nations):
            return [replace(group, entity=None, country=c, code=code_of(c, group.sector)) for c in nations]
    return [group]


def _nation_of_word(doc: Document, word: Token) -> str | None:
    """The country a nationality word or a country's name before a noun stands for."""
    entity = entity_of(doc, word)
    if entity is not None and entity.type == "COUNTRY":
        return entity.country
    return demonym_country(word.text)


def _object_pronoun_for(doc: Document, syntax: Syntax, verb: Token, found: list[Actor]) -> bool:
    """Whether the verb's object is a plain pronoun ("it", "him") standing for an actor its
    subject was taken to be: a plain pronoun object never means the verb's own subject (that
    is "itself"), so the subject lent by the clause above is not the verb's."""
    entities = {a.entity for a in found if a.entity}
    for obj in roles.children(syntax, verb, "dobj"):
        if obj.text.lower() in roles.OBJECT_PRONOUNS:
            meant = roles.actor_of(doc, syntax, obj)
            if meant is not None and meant.entity in entities:
                return True
    return False


def _actors(doc: Document, syntax: Syntax, trigger: Trigger, body: int) -> tuple[list[Actor], bool, bool] | None:
    """(actors, lent by the setting, passive agent); None when the trigger's own subject is a
    natural cause or an accident ("floods killed 30 people"): that is no act of anyone."""
    measured = measured_by(trigger.head, syntax, load_event_lexicon()) if trigger.pattern.pos == "N" else trigger.head
    scheduled = trigger.verb.dep == "acl" and trigger.verb.head == measured.i  # "a strike by nurses set for May 2"
    earlier = trigger.pattern.pos == "N" and _set_after(syntax, trigger.head)  # "resumed after a boycott"
    if trigger.pattern.pos == "N" and trigger.verb is not trigger.head and (measured.dep in ("nsubj", "nsubjpass") or scheduled):
        words, passive = _noun_owners(doc, syntax, trigger.head), False
        if scheduled and not words and roles.children(syntax, trigger.verb, "agent"):
            words, passive = roles.subject_tokens(syntax, trigger.verb, body)  # "a pledge made by the minister": its maker
        if measured.dep == "nsubjpass" and not any(roles.actor_of(doc, syntax, w) for w in words):
            # "a fresh crackdown was launched by the minister": the one who launched it
            words, passive = roles.subject_tokens(syntax, trigger.verb, body)
    elif trigger.pattern.pos == "N" and (between := roles.sides_between(syntax, trigger.head)):
        words, passive = between, False  # "discussed at a meeting between X and Y": they met
    elif earlier:
        # "resumed after an opposition boycott": the boycott's own; "spoke after two days of
        # talks with X": the one who spoke talked with X
        words, passive = _noun_owners(doc, syntax, trigger.head), False
        if not words and with_someone(trigger.head, syntax):
            words, passive = roles.subject_tokens(syntax, trigger.verb, body)
    else:
        words, passive = roles.subject_tokens(syntax, trigger.verb, body)
    if trigger.pattern.pos == "V" and not words and trigger.verb.lemma.lower() in load_event_lexicon().words("light_verb"):
        # "talks between Iran and Iraq were held": the pattern's noun, the passive subject of a
        # verb that stages it, says who (not "an approach by X was turned down": X is turned down)
        words = [d for t in trigger.tokens if t.dep == "nsubjpass" and t.head == trigger.verb.i for d in roles.doers(syntax, t) or roles.sides_between(syntax, t)]
    if trigger.pattern.pos == "V" and any(t is w for t in trigger.tokens for w in words):
        # "a strike by 400,000 workers began", "talks between Iran and Iraq were held": the
        # pattern's own noun as subject; its doers, or the sides it is between, act
        words = [d for w in words for d in ((roles.doers(syntax, w) or roles.sides_between(syntax, w)) if any(t is w for t in trigger.tokens) else [w])] or words
    # "the halt, the first strike by seamen, started": the trigger's noun set beside the subject
    beside = [a for w in words for a in roles.children(syntax, w, "appos") if any(t is a for t in trigger.tokens)]
    words = [d for a in beside for d in roles.doers(syntax, a)] or words
    words = _reporter_of_joined_verb(doc, syntax, trigger.verb, words)
    words = [e for w in words for e in (roles.named_examples(syntax, w) or [w])]  # "nations such as Italy and Belgium": those named
    if trigger.pattern.pos == "V" and words and all(_natural_cause(doc, syntax, w) for w in words):
        return None  # "the Iraq controversy hurt him", "monsoon floods killed": no one's act
    if words and all(inert_thing(doc, syntax, w) for w in words):
        return None  # "schemes backed by EU directives": a thing acts in no event
    text = _authored_text(doc, syntax, trigger, words)
    if text is not None and text.entity:  # "its suit seeks an injunction": the one who filed it
        return [text], False, passive
    found = [a for a in (roles.actor_of(doc, syntax, w) for w in words) if a is not None]
    if len(words) == 1 and not any(a.entity for a in found):
        found = pair_named_before(doc, syntax, words[0]) or found  # "the two firms signed": the two named before
    if found and not roles.children(syntax, trigger.verb, "nsubj", "nsubjpass") and _object_pronoun_for(doc, syntax, trigger.verb, found):
        found = []  # "X is fighting lawsuits - one accusing it of ...": "it" is X, so X is not who accuses
    if not found and words and trigger.pattern.type in _OWNED_ACTS and all(_thing_subject(doc, w) for w in words):
        # "the government's austerity measures ban fuel sales": the owner of the measures acts
        owners = [o for w in words for o in roles.children(syntax, w, "poss")]
        found = [a for a in (roles.actor_of(doc, syntax, o) for o in owners) if a is not None]
    reporter = _unnamed_reporter(doc, syntax, trigger, words, body)
    if reporter is not None:  # "the prime minister said he had discussed ...": he is the prime minister
        found = [reporter]
    if not found and words and all(w.pos == "PRON" and w.text.lower() not in _INDEFINITE for w in words):
        governing = roles.governing_subject(syntax, trigger.verb, body)
        if all(w.text.lower() == "it" for w in words):  # "agencies fear it could offer": "it" is no plural
            governing = [g for g in governing if g.tag not in ("NNS", "NNPS")]
        found = [a for a in (roles.actor_of(doc, syntax, w) for w in governing) if a is not None]
        if all(w.text.lower() == "it" and quote_at(doc, w.start, own_words=True) is not None for w in words):
            found = [a for a in found if not a_person(doc, a)]  # '"It gives a minister the right," Lee said': the bill, not Lee
    unique = list({(a.entity, a.name, a.country): a for a in found}.values())
    named = {a.country for a in unique if a.entity}
    # "Argentine President Alberto Fernandez": a title word's nationality is the named person's
    # ("Opposition members and some Labour MPs": a group of a sector of its own stays, but not
    # the titles of "president and chief executive Donald Carty")
    titles = {phrase(doc, syntax, w) for w in words if office_title(syntax, w)}
    unique = [a for a in unique if a.entity or (a.sector and a.name not in titles) or a.country not in named]
    if len(unique) == 1 and len(words) == 1:
        # "French and Soviet ministers said they were committed": the pronoun's group
        group = words[0]
        if group.pos == "PRON" and group.text.lower() == "they":
            group = next(iter(roles.governing_subject(syntax, trigger.verb, body)), group)
        unique = _of_each_nation(doc, syntax, group, unique[0])
    if unique:
        return unique, False, passive
    if trigger.pattern.pos == "V" and any(_natural_cause(doc, syntax, w) for w in words):
        return None
    text = _authored_text(doc, syntax, trigger, words)
    if text is not None:
        return [text], False, passive
    launched_from = _launched_from(doc, syntax, trigger) or _attack_agent(doc, syntax, trigger)
    if launched_from is not None:
        return [launched_from], False, passive
    arresting = _police_reporting_an_arrest(doc, syntax, trigger, body)
    if arresting is not None:
        return [arresting], False, passive
    if trigger.pattern.pos == "N" and trigger.pattern.type not in _VIOLENT and not earlier:
        # "the news came after days of anti-French demonstrations": an earlier event's own
        # sides are named with it or not at all
        setting = _setting(doc, syntax, trigger.head, body)
        if setting is not None and not _its_own_target(doc, syntax, trigger.head, setting):
            return [setting], True, passive
    if trigger.verb.lemma.lower() in _HARMING and words and all(w.pos == "NOUN" and roles.entity_of(doc, w) is None and roles.actor_of(doc, syntax, w) is None for w in words):
        return None  # "the bugs aren't expected to hurt Intel": a thing harms, no one attacks
    if trigger.pattern.pos == "V" and trigger.pattern.type in _HELPING and words and all(_thing_subject(doc, w) or (passive and _thing_agent(doc, syntax, w)) for w in words):
        # "economic migration helped the UK", "the weak pound supported exporters", "margins
        # were helped by a strong performance": no one helps
        return None
    return [], True, passive


_HELPING = frozenset({"AID", "SUPPORT"})
_HARMING = frozenset({"hurt", "harm"})  # verbs of harm that need no weapon: only someone's is an attack


def _its_own_target(doc: Document, syntax: Syntax, noun: Token, side: Actor) -> bool:
    """'a trade boycott of South Africa', 'sanctions against Iraq': the state an event noun's
    "of", "against" or "on" phrase names is what it is aimed at, not who makes it."""
    targets = roles.objects_of(syntax, noun, ("of", "against", "on"))
    return any((entity := roles.entity_of(doc, t)) is not None and entity.id == side.entity for t in targets)


# acts a measure or a rule can do for its owner ("the government's measures ban"); "the
# committee's report discussed X" is no meeting of the committee
_OWNED_ACTS = frozenset({"COERCE", "SANCTION", "RETREAT", "AID", "COOPERATE"})


def _told_alike(side: Actor, other: Actor) -> bool:
    """The same side by the same name ("its creditors" are the firm's, but not the firm)."""
    return (side.entity, side.name, side.country) == (other.entity, other.name, other.country)


def _one_side(side: Actor, other: Actor) -> bool:
    """The same entity, or, with none, the same name of the same country."""
    if side.entity or other.entity:
        return side.entity == other.entity
    return bool(side.name) and side.name == other.name and side.country == other.country


def _thing_agent(doc: Document, syntax: Syntax, word: Token) -> bool:
    """A common noun no dictionary knows as someone, as the "by" of a passive: a thing."""
    by = syntax.tokens[word.head]
    return word.dep == "pobj" and by.dep == "agent" and word.pos == "NOUN" and roles.entity_of(doc, word) is None and roles.actor_of(doc, syntax, word) is None


def _thing_subject(doc: Document, word: Token) -> bool:
    """A common noun as the active subject that no dictionary knows as someone: a thing."""
    return word.dep == "nsubj" and word.pos == "NOUN" and roles.entity_of(doc, word) is None


def _authored_text(doc: Document, syntax: Syntax, trigger: Trigger, words: list[Token]) -> Actor | None:
    """A report, study or letter whose authors go unnamed, as the subject of an act in words
    ("a report released in the capital alleged that X ...", "the study urged ministers to act"):
    the text stands for them, as the one who said it.  Violence and material acts are no text's."""
    if len(words) == 1 and words[0].text.lower() == "it" and trigger.pattern.type in _VERBAL_ACTS:
        continued = _statement_continued(syntax, words[0])  # '..., said the statement. It called on ...'
        return _author_of_text(doc, syntax, continued) if continued is not None else None
    if len(words) != 1 or trigger.pattern.type not in _VERBAL_ACTS or words[0].pos != "NOUN":
        return None
    # "lodged papers seeking a review": the papers are no subject that speaks; a noun the parse
    # made the root with its finite verb hung on it ("A report by X called for ...") is one
    misparsed = words[0].dep == "ROOT" and trigger.verb.head == words[0].i and trigger.verb.tag == "VBD"
    # "published a letter from X asking for Y": the letter that asks, wherever it stands
    carried = trigger.verb.dep == "acl" and trigger.verb.head == words[0].i and trigger.verb.tag == "VBG"
    if words[0].dep != "nsubj" and not misparsed and not carried:
        return None
    text = words[0]
    lexicon = load_event_lexicon()
    filed = text.lemma.lower() in lexicon.words("filed_text")
    if text.lemma.lower() not in lexicon.words("authored_text") and not filed:
        return None
    found = _author_of_text(doc, syntax, text)
    if found is None and (filed or carried):
        return None  # "the suit alleges": a suit no one is named filing says nothing of who acts
    return found if found is not None else Actor(None, phrase(doc, syntax, text))


def _author_of_text(doc: Document, syntax: Syntax, text: Token) -> Actor | None:
    """The author a text names, or for "the report" the one named as the author of a report
    before it ("A report by the committee called for ... The report urged ...")."""
    found = _author_of(doc, syntax, text)
    if found is None and any(d.text.lower() == "the" for d in roles.children(syntax, text, "det")):
        earlier = [t for t in syntax.tokens if t.i < text.i and t.pos == "NOUN" and t.lemma.lower() == text.lemma.lower()]
        found = next((a for a in (_author_of(doc, syntax, t) for t in reversed(earlier)) if a is not None), None)
    return found


def _statement_continued(syntax: Syntax, pronoun: Token) -> Token | None:
    """The text an "it" goes on quoting: '"...," said the statement quoted by the agency. It
    claimed massive victories and called on ...': the last subject before the pronoun, in its
    sentence or the one before (passing over earlier "it"s), when that subject is a statement
    or report (kinds ``statement_noun``, ``authored_text``)."""
    lexicon = load_event_lexicon()
    texts = lexicon.words("statement_noun") | lexicon.words("authored_text")
    index = syntax.analysis.sentence_of(pronoun.start)
    if index < 0:
        return None
    start = syntax.analysis.sentences[max(index - 1, 0)].start
    for token in reversed(syntax.tokens_between(start, pronoun.start)):
        if token.dep != "nsubj" or token.i == pronoun.i:
            continue
        if token.text.lower() == "it":
            continue  # "It said ... It claimed ...": the same text goes on
        return token if token.pos == "NOUN" and token.lemma.lower() in texts else None
    return None


_FILING = frozenset({"file", "bring", "lodge", "launch", "submit", "issue", "publish", "release", "present"})


def _author_of(doc: Document, syntax: Syntax, text: Token) -> Actor | None:
    """Who a text names as its author: "a report by MPs", "a letter from the grandmothers",
    "the committee's report", "a Law Commission report"; None when it names no one."""
    named = [w for w in roles.children(syntax, text, "compound") if roles.entity_of(doc, w) is not None]
    authors = named + roles.children(syntax, text, "poss") + [a for by in roles.children(syntax, text, "prep") if by.text.lower() in ("by", "from") for a in roles.children(syntax, by, "pobj")]
    if text.dep == "dobj" and text.head != text.i and syntax.tokens[text.head].lemma.lower() in _FILING:
        authors += roles.children(syntax, syntax.tokens[text.head], "nsubj")  # "X filed a suit ... The suit alleges"
    return next((a for a in (roles.actor_of(doc, syntax, w) for w in authors) if a is not None), None)


def _unnamed_reporter(doc: Document, syntax: Syntax, trigger: Trigger, words: list[Token], body: int) -> Actor | None:
    """A "he" or "she" that is the subject of what a person described by role only reports
    ("the prime minister said he had discussed"): that person, whom the entities could not
    name, rather than whoever the pronoun was last resolved to."""
    if len(words) != 1 or words[0].text.lower() not in ("he", "she") or words[0].head != trigger.verb.i:
        return None
    if quote_at(doc, words[0].start, own_words=True) is not None:
        return None  # '"... he should apologise," the prime minister said': someone else
    reporting = roles.governing_subject(syntax, trigger.verb, body)
    if len(reporting) != 1 or reporting[0].pos != "NOUN" or roles.entity_of(doc, reporting[0]) is not None or not office_title(syntax, reporting[0]):
        return None  # "her faith meant she would refuse", "his spokesman said he would": not the one reporting
    found = roles.actor_of(doc, syntax, reporting[0])
    return found if found is not None and found.sector else None


def _police_reporting_an_arrest(doc: Document, syntax: Syntax, trigger: Trigger, body: int) -> Actor | None:
    """'Police said X was arrested', 'police spokesman Y said X was detained': an arrest told
    by the police with no one named making it is theirs."""
    if trigger.pattern.type != "COERCE" or trigger.pattern.mode != "arrest" or trigger.pattern.pos != "V":
        return None
    if not roles.passive_voice(syntax, trigger.verb) or roles.children(syntax, trigger.verb, "agent"):
        return None  # only an arrest told with no one named making it
    for word in roles.governing_subject(syntax, trigger.verb, body):
        compounds = roles.children(syntax, word, "compound")
        compounds += [c for w in compounds for c in roles.children(syntax, w, "compound")]  # "police spokesman X"
        for police in (w for w in (word, *compounds) if w.lemma.lower() in _POLICE_WORDS):
            found = roles.actor_of(doc, syntax, police)
            if found is not None and found.sector == "COP":
                return found
    return None


_POLICE_WORDS = frozenset({"police", "policeman", "detective", "constabulary"})


def _launched_from(doc: Document, syntax: Syntax, trigger: Trigger) -> Actor | None:
    """Where a passive attack came from, when no one is named doing it: "rockets were fired
    from Gaza", "a shell fired from Lebanon" (the side holding that ground is the actor, as
    the CAMEO coders read it)."""
    verb = trigger.verb
    if trigger.pattern.type != "ASSAULT" or not (roles.children(syntax, verb, "nsubjpass") or (verb.dep == "acl" and verb.tag == "VBN")):
        return None
    for prep in roles.children(syntax, verb, "prep"):
        if prep.text.lower() == "from":
            for origin in roles.children(syntax, prep, "pobj"):
                if origin.ent_type not in ("GPE", "LOC") and origin.pos != "PROPN":
                    continue  # "kidnapped from his store": where he was taken, no ground held by a side
                found = roles.actor_of(doc, syntax, origin)
                if found is not None:
                    return found
    return None


def _attack_agent(doc: Document, syntax: Syntax, trigger: Trigger) -> Actor | None:
    """Who made the attack a passive toll happened in: "were killed in an air strike by
    government forces", "died in an Israeli raid" (the attack's agent or nationality)."""
    verb = trigger.verb
    if trigger.pattern.type not in _VIOLENT:
        return None
    if roles.children(syntax, verb, "nsubjpass") or verb.dep == "acl" or verb.tag == "VBN":
        occasions = roles.objects_of(syntax, verb, ("in", "during"))
        found = _maker_of_attack(doc, syntax, occasions, ("amod", "poss"))
        if found is not None:
            return found
    # "a rebel attack on the town killed ten soldiers", "an attack by rebels killed ...": the attack's maker
    return _maker_of_attack(doc, syntax, roles.children(syntax, verb, "nsubj"), ("amod", "poss", "compound"))


def _maker_of_attack(doc: Document, syntax: Syntax, occasions: list[Token], owner_deps: tuple[str, ...]) -> Actor | None:
    """The maker an attack noun names: its "by" phrase, else its owner words."""
    for occasion in occasions:
        if not load_event_lexicon().names_type(occasion.lemma, _VIOLENT, ("N",)):
            continue
        for word in roles.objects_of(syntax, occasion, ("by",)) or _owners_but_sites(doc, syntax, roles.children(syntax, occasion, *owner_deps)):
            found = roles.actor_of(doc, syntax, word) or (modifier_side(word) if word.dep in ("amod", "compound") else None)
            if found is not None:
                return found
    return None


def _reporter_of_joined_verb(doc: Document, syntax: Syntax, verb: Token, words: list[Token]) -> list[Token]:
    """'Yukos claims its downfall was punishment ... and has vowed to sue': the parse joined
    "has vowed" to the reported clause, which says what a thing is; the one who vows is the
    subject of the reporting verb."""
    if verb.dep != "conj" or verb.head == verb.i or not words or roles.children(syntax, verb, "nsubj", "nsubjpass"):
        return words
    joined_to = syntax.tokens[verb.head]
    if (
        joined_to.dep != "ccomp"
        or joined_to.lemma.lower() != "be"
        or joined_to.head == joined_to.i
        or any(w.pos != "NOUN" or entity_of(doc, w) is not None or agent_role(syntax, w) is not None for w in words)
    ):
        return words
    reporters = roles.children(syntax, syntax.tokens[joined_to.head], "nsubj")
    return reporters if reporters and all(roles.actor_of(doc, syntax, r) is not None for r in reporters) else words


def _noun_owners(doc: Document, syntax: Syntax, noun: Token) -> list[Token]:
    """'Pyongyang's parade', 'the North Korean parade': the event noun's own owner words; 'a
    strike by nurses': its doers; 'the summit between Ghana and Togo': the sides it is between.
    A city set before the noun is where it happens ("the Paris meeting of the Group of Six"),
    and a word of no side is its topic ("debt talks between X and Y")."""
    owners = roles.children(syntax, noun, "poss", "compound", "amod", "nmod")  # "An ICO special meeting": nmod
    owners = [o for o in _owners_but_sites(doc, syntax, owners) if not (o.dep == "compound" and _a_city(doc, o)) and not roles.for_or_against(syntax, o)]  # "anti-French": the target
    if not any(roles.actor_of(doc, syntax, o) for o in owners):
        owners = []  # "debt talks between X and Y": a topic, no owner; the sides talk
    return owners or roles.doers(syntax, noun) or roles.sides_between(syntax, noun)


def _owners_but_sites(doc: Document, syntax: Syntax, words: list[Token]) -> list[Token]:
    """Owner words of an event noun, less the site it names (kind ``attacked_site``): "the
    embassy bombings" were not made by the embassy."""
    sites = load_event_lexicon().words("attacked_site")
    return [w for w in words if not (w.pos == "NOUN" and w.lemma.lower() in sites and roles.entity_of(doc, w) is None)]


def _set_after(syntax: Syntax, noun: Token) -> bool:
    """Whether the event noun, or the span that measures it, is what a clause is set after
    ("after a boycott", "after days of demonstrations")."""
    return set_after(measured_by(noun, syntax, load_event_lexicon()), syntax)


def _a_city(doc: Document, word: Token) -> bool:
    entity = roles.entity_of(doc, word)
    return entity is not None and entity.type == "PLACE"


def _natural_cause(doc: Document, syntax: Syntax, word: Token) -> bool:
    """'floods', 'monsoon floods', 'a powerful earthquake', 'giant waves', 'Mitch' where the
    text calls it 'Hurricane Mitch': a subject no one is behind."""
    causes = natural_causes()
    kind = causes.get(word.lemma.casefold()) or causes.get(word.text.casefold())
    if kind == "measure":  # "giant waves" are nature; "a wave of bombings" is what it measures
        measured = [pobj for prep in roles.children(syntax, word, "prep") if prep.text.lower() == "of" for pobj in roles.children(syntax, prep, "pobj")]
        return all(_natural_cause(doc, syntax, m) for m in measured)
    if kind is not None:
        return True
    if word.dep == "pobj" and word.head != word.i and syntax.tokens[word.head].head != word.head:
        placed = syntax.tokens[syntax.tokens[word.head].head]  # "a fire at one cafe that killed 25": the fire, where it was
        if placed.pos == "NOUN" and (causes.get(placed.lemma.casefold()) or causes.get(placed.text.casefold())) not in (None, "measure"):
            return True
    return word.tag == "NNP" and _named_storm(doc.article.text, word.text)


def _named_storm(text: str, name: str) -> bool:
    """Whether the text names ``name`` as a storm somewhere ("Hurricane Mitch", "Cyclone Nargis")."""
    return re.search(rf"\b(?:{_storm_words()})\s+{re.escape(name)}\b", text) is not None


@lru_cache(maxsize=1)
def _storm_words() -> str:
    """The capitalized words for storms, as a regular-expression alternation."""
    return "|".join(w.capitalize() for w, kind in natural_causes().items() if kind == "storm")


def _setting(doc: Document, syntax: Syntax, token: Token, body: int = 0) -> Actor | None:
    """The state last named before ``token`` in its sentence or the previous one.  The
    dateline's place (before ``body``) is not one that acts: only its country is lent, when
    no state is named after it."""
    index = syntax.analysis.sentence_of(token.start)
    start = syntax.analysis.sentences[max(index - 1, 0)].start if index >= 0 else token.start
    best: tuple[int, Actor] | None = None
    dateline_country: str | None = None
    for entity in doc.entities:
        if entity.type not in _STATE_TYPES or not entity.country:
            continue
        for mention in entity.mentions:
            if mention.start < body:
                dateline_country = dateline_country or entity.country
            elif start <= mention.start < token.start and (best is None or mention.start > best[0]) and not _named_as_a_place(syntax, mention, entity.type):
                best = (mention.start, roles.as_actor(doc, entity))
    if best is None and dateline_country is not None and start < body:
        return Actor(None, None, dateline_country, None)
    return best[1] if best else None


def _named_as_a_place(syntax: Syntax, mention: Span, kind: str) -> bool:
    """'his tour has taken him to London, Paris and Bonn', 'talks in Geneva', 'the Paris
    meeting': a city named as where someone goes or is, or set before a noun, is no side that
    acts (a state named so may host what follows: "delegations to North Korea to attend a
    parade")."""
    words = syntax.tokens_between(mention.start, mention.end)
    if kind != "PLACE" or not words:
        return False
    word = words[-1]
    return word.dep == "compound" or roles.in_phrase(syntax, word, syntax.clause_head(word), _WHERE_PREPS)


_WHERE_PREPS = roles.LOCATIVE_PREPS | frozenset({"to", "from", "into", "through", "via", "toward", "towards"})


def _inherited(syntax: Syntax, trigger: Trigger, recipients: dict[int, list[Actor]], actor: Actor) -> list[Actor]:
    """The recipients of the clause a coordinated verb hangs on, not the actor itself ("X was
    criticised by Y and resigned": X resigns, aimed at no one)."""
    verb = trigger.verb
    if verb.dep != "conj" or verb.head == verb.i:
        return []
    if roles.children(syntax, verb, "nsubj", "nsubjpass"):
        return []  # "brokers asked the syndicate's head ... but banks oppose any cut": a new side, not the same act
    return [r for r in recipients.get(verb.head, []) if not same_actor(r, actor)]


def _months(value: str | None) -> int | None:
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 12
    return int(value[:4]) * 12 + month


def _event(doc: Document, analysis: Analysis, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, found: Roles, index: int, body: int = 0) -> Event:
    text = doc.article.text
    span = trigger.span(text)
    # "a strike set for March 9": the participle that schedules the noun holds its date
    scheduled = trigger.pattern.pos == "N" and trigger.verb.dep == "acl" and trigger.verb.head == trigger.head.i
    when = event_time(doc, analysis, trigger.verb.start if scheduled else span.start, syntax)
    dated = when is not None and when.source in ("clause", "sentence")
    event_months = _months(when.value) if dated and when is not None else None
    # undated, an article is still written after the past it names: background stays background
    # (the bound is only looked for when the event has a date of its own to compare)
    undated = doc.article.date is None and event_months is not None
    article_months = _months(written_after(doc, syntax)) if undated else _months(doc.article.date.value) if doc.article.date else None
    # A judgement is made by saying it: "said they would wreck it" is criticism made, not expected.
    moody = syntax.tokens[trigger.verb.head] if trigger.pattern.head == JUDGEMENT_HEAD or called_for(syntax, lexicon, trigger) else trigger.verb
    time_clause = time_for(syntax, trigger.verb) if trigger.pattern.type == "REQUEST" else None
    if time_clause is not None:
        moody = syntax.tokens[time_clause.head]  # "said it was time for X to go": asked when said
    threat = threat_noun_of(syntax, lexicon, trigger.verb) if trigger.pattern.type == "THREATEN" else None
    if threat is not None and threat.head != threat.i:
        moody = syntax.tokens[threat.head]  # "made a threat to strike": the threat is made, the strike held out
    # a refusal word negates the act refused, not the refusal ("refused to meet"); "failed to
    # oppose" is no opposition
    refusal = trigger.pattern.type == "REJECT" and any(t.lemma.lower() in lexicon.cues["negating_verb"] for t in (trigger.head, *trigger.tokens))
    mood = modality(syntax, moody, lexicon, event_months, article_months, refusal, trigger.verb is not trigger.head)
    if mood == "asserted" and any(k.dep == "neg" for t in trigger.tokens if t is not trigger.verb for k in roles.children(syntax, t)):
        mood = "negated"  # "was found not guilty": a word of the pattern denied
    if mood == "hypothetical" and trigger.pattern.type == "THREATEN" and moody is trigger.verb and _only_its_condition(syntax, lexicon, moody):
        mood = "asserted"  # "threatened X with penalties if it fails to respond": the "if" is the threat's own terms
    if trigger.pattern.head == QUOTED_JUDGEMENT_HEAD or (mood == "possible" and trigger.pattern.head == JUDGEMENT_HEAD and voiced_opinion(syntax, trigger.verb)):
        mood = "asserted"  # '"they would wreck the economy," he said', "said he thought X was wrong": the blame is laid when said
    taken = frozenset(a.entity for a in (found.actor, found.recipient, *found.co_actors, *found.co_recipients) if a and a.entity)
    place = roles.place_of(doc, syntax, trigger, lexicon, body, taken)
    sentence = syntax.sentence_span(span.start)
    if trigger.pattern.type == "ASSAULT" and trigger.head.lemma.lower() == "strike" and found.actor.sector == "LAB":
        # "union members voted to strike over cuts" (parsed "struck over cuts"): workers walk out
        trigger = replace(trigger, pattern=replace(trigger.pattern, cameo="143", type="PROTEST", mode="strike"))
    if trigger.pattern.type == "ASSAULT" and any(t.lemma.lower() == "raid" for t in (trigger.head, *trigger.tokens)) and found.actor.sector == "COP":
        # "police raided a file-sharing site", "detectives raided his home": a search, no armed attack
        trigger = replace(trigger, pattern=replace(trigger.pattern, cameo="170", type="COERCE", mode=None))
    kind, cameo, mode = trigger.pattern.type, trigger.pattern.cameo, trigger.pattern.mode
    means = means_of(trigger, syntax)
    if means is not None:
        cameo, mode = means.cameo, means.mode
    if mode != "resign" or mood == "negated":  # "said he would quit": a resignation announced, no offer to cooperate
        kind, cameo, mood = _as_intention(syntax, lexicon, trigger.verb, kind, cameo, mood)
    if kind in _VIOLENT and _by_a_crowd(syntax, lexicon, trigger, body):
        kind, cameo, mode = "PROTEST", "145", "riot"  # "rioters torched cars": a violent protest
    if mood == "negated" and kind == "AGREE" and _failed(syntax, trigger.verb):
        kind, cameo, mood = "REJECT", "12", "asserted"  # "failed to reach agreement": the sides did not agree
    if kind == "SUPPORT" and trigger.head.lemma.lower() == "offer" and any(t.pos == "VERB" for t in trigger.tokens if t is not trigger.head):
        kind, cameo = "AGREE", "030"  # "offered to support members": an offer to act, not support voiced
    if mood == "negated" and kind == "AGREE" and _an_offer_not_accepted(syntax, lexicon, trigger.verb):
        kind, cameo, mood = "REJECT", "12", "asserted"  # "had not been prepared to accept the producers' offer"
    if mood == "negated" and kind == "SUPPORT" and trigger.verb.lemma.lower() == "be" and _negated_here(syntax, trigger.verb):
        kind, cameo, mode, mood = "ACCUSE", "111", "disapprove", "asserted"  # "is not happy with X": X is criticised
    if kind == "THREATEN" and mood == "hypothetical" and _ultimatum_clauses(syntax, lexicon, trigger.verb):
        mood = "asserted"  # "warned of strikes unless ...": the warning is given; its condition is the threat's own
    coding = lexicon.coding(cameo)
    # "no one was injured in the Newberry home invasion": what did not happen hit no town
    aimed_at_place = mood != "negated" and any(cameo.startswith(prefix) for prefix in lexicon.words("place_target"))
    place = _with_country(doc, place)
    actor = _of_country(found.actor, place.country if place else None) if kind == "PROTEST" else found.actor
    # "two men were shot in Tovar": whom one shoots, stabs or kidnaps is people, never the town
    at_people = trigger.head.lemma.lower() in lexicon.words("harming_people")
    recipient = _recipient_or_place(found, place, trigger.pattern.mode == "visit", aimed_at_place, kind == "ASSAULT", at_people)
    if kind == "THREATEN" and recipient is None:
        recipient = _ultimatum_addressee(doc, syntax, lexicon, trigger.verb, actor)
    if kind == "MOBILIZE":
        actor, recipient = _mobilised_by_own_country(actor, recipient)
    actor, recipient = _home_government(actor, recipient), (_home_government(recipient, actor) if recipient is not None else None)
    co_actors, co_recipients = found.co_actors, found.co_recipients
    if recipient is None and co_actors and _mutual(syntax, lexicon, trigger, kind):
        # "Japan and the U.S. kick off talks", "the two firms agreed": each side deals with the
        # other; the first named acts toward the rest, as a dyad is coded
        recipient, co_recipients, co_actors = co_actors[0], co_actors[1:] + co_recipients, ()
    quote = quote_at(doc, span.start)  # the event is that speaker's claim
    return Event(
        id=next_id("v", index),
        type=kind,
        trigger=span,
        evidence=sentence if sentence.text else span,
        actor=actor,
        recipient=recipient,
        mode=(mode if kind == trigger.pattern.type else governed_mode(kind, trigger.pattern.type, mode)) or (coding.mode if coding else None),
        context=coding.context if coding else (),
        cameo=cameo,
        date=when.value[:10] if when is not None and (when.value[:1].isdigit() or when.value.startswith("XXXX-")) else None,
        place=place.id if place is not None else None,
        modality=mood,
        reported_by=_reported_by(doc, syntax, lexicon, quote, sentence),
        confidence=confidence(actor, recipient, found.fallback, dated, place is not None, mood, trigger.pattern.origin in ("table", "frame")),
        co_actors=co_actors,
        co_recipients=co_recipients,
        date_source=("text" if dated or (when is not None and when.source == "narrative") else "article") if when is not None else None,
        quote=quote.id if quote is not None else None,
    )


def _mutual(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, kind: str) -> bool:
    """An act joint sides do with each other: a meeting, talks or an agreement (not a visit to
    a third side, nor an offer or pledge, which sides make together toward others, nor what
    "both" did, each on its own), or any act done "to each other"."""
    lemma = trigger.head.lemma.lower()
    one_way = lemma in lexicon.words("one_way_verb") or lemma in lexicon.words("promise_verb")
    # "have both agreed not to buy", "Both Japan and China agreed", "Japan and China both agreed"
    # (not "both sides agreed": the two sides are each other's)
    holders = [trigger.verb, *(s for s in roles.children(syntax, trigger.verb, "nsubj") if roles.children(syntax, s, "conj"))]
    each_alone = any(k.lemma.lower() == "both" for holder in holders for k in roles.children(syntax, holder))
    # "they are aided by Britain, Germany and Canada": the passive's subject is the side acted on, named or not
    # ("an agreement was signed by Japan and China" is done by both: a thing is no side)
    done_to_its_subject = any(_names_a_side(s) for s in roles.children(syntax, trigger.verb, "nsubjpass"))
    return (kind in _MUTUAL and trigger.pattern.mode != "visit" and not one_way and not each_alone and not done_to_its_subject) or _done_to_each_other(syntax, trigger)


def _names_a_side(word: Token) -> bool:
    """A name or a pronoun of people: a side, where a common noun may name a thing."""
    if word.pos == "PRON":
        return word.text.lower() not in ("it", "this", "that", "which", "what")
    return word.pos == "PROPN" or bool(word.ent_type)


def _done_to_each_other(syntax: Syntax, trigger: Trigger) -> bool:
    """'producers and consumers accusing each other of intransigence': joint sides that act
    on one another."""
    below = [roles.children(syntax, trigger.verb, "dobj"), *(roles.children(syntax, p, "pobj") for p in roles.children(syntax, trigger.verb, "prep"))]
    return any(o.text.lower() in ("other", "another") and any(w.text.lower() in ("each", "one") for w in roles.children(syntax, o)) for objects in below for o in objects)


def _negated_here(syntax: Syntax, verb: Token) -> bool:
    """Whether the verb itself carries the negation ("is not happy"), not a clause above it."""
    return any(k.dep == "neg" for k in roles.children(syntax, verb))


def _only_its_condition(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> bool:
    """Whether an "if" clause of the verb's own is all that makes it hypothetical: the verb is a
    finite past or present with no modal of its own."""
    if not has_condition(syntax, verb, lexicon.cues["condition"]) or verb.tag not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    return not any(k.dep == "aux" and k.text.lower() in lexicon.cues["aux"] for k in roles.children(syntax, verb))


def _mobilised_by_own_country(actor: Actor, recipient: Actor | None) -> tuple[Actor, Actor | None]:
    """'Troops were put on standby', no one named: the forces are their own country's, which
    mobilises them; they are not its target."""
    if actor.entity or actor.name or actor.country or recipient is None or not recipient.country:
        return actor, recipient
    return Actor(None, None, recipient.country, "MIL", code_of(recipient.country, "MIL")), None


def _as_intention(syntax: Syntax, lexicon: EventLexicon, verb: Token, kind: str, cameo: str, mood: str) -> tuple[str, str, str]:
    """(type, CAMEO code, modality) of an act its own actor states an intention about: "will
    visit" is AGREE; "the rebels said they will attack" a threat, not a plan others report;
    "will withdraw its troops unless ..." an ultimatum; "would impose sanctions if ..." a threat
    (an announced sanction stays the sanction); "said it would not meet the demands" a refusal."""
    if mood == "negated" and kind in _COOPERATIVE | {"AGREE"} and _decided_against(syntax, verb):
        return "REJECT", "12", "asserted"  # "decided not to release them", "his decision not to meet her"
    if not _stated_intent(syntax, verb, lexicon):
        return kind, cameo, mood
    conditional = mood == "hypothetical" and has_condition(syntax, verb, lexicon.cues["condition"])
    said = _said_by_subject(syntax, verb, lexicon)
    if mood in ("expected", "possible") or conditional:
        # A threat is made when it is said, whatever the act it holds out may be.
        if conditional and kind not in _ASKING and said and has_condition(syntax, verb, lexicon.cues["ultimatum"]):
            return "THREATEN", "13", "asserted"
        if kind in _COOPERATIVE and not (mood == "possible" and _speculated(syntax, lexicon, verb)):
            return "AGREE", "03", mood  # others' speculation ("talk that X would sell") is no intention stated
        if said and (kind in _HOSTILE or (kind == "SANCTION" and conditional)):
            return "THREATEN", "13", "asserted"
    if mood == "negated" and said and kind in _COOPERATIVE | {"AGREE"}:
        return "REJECT", "12", "asserted"
    return kind, cameo, mood


ALLEGATION_HEAD = "<allegation>"  # the head of the pattern given to allegations


def _allegations(doc: Document, analysis: Analysis, syntax: Syntax, lexicon: EventLexicon, coded: list[tuple[Trigger, Event]], body: int, start: int) -> list[Event]:
    """A state's claim that another side attacked or coerced ("Zorbia said Ruritanian jets
    struck the town", "Israel said a shell was fired at it from Gaza"), or the victims' claim,
    is also the speaker's accusation of that side (CAMEO 112), as the field's coders read such
    reports. A reporter, the police or a monitor telling of unnamed gunmen accuses no one, and
    no one accuses their own side."""
    coding = lexicon.coding("112")
    pattern = Pattern(ALLEGATION_HEAD, (), "V", "112", "ACCUSE", coding.mode if coding else None)
    found: list[Event] = []
    for trigger, event in coded:
        if event.type not in _VIOLENT or event.modality not in ("asserted", "historical"):
            continue
        saying = saying_verb(syntax, lexicon, trigger.verb)
        if saying is None:
            continue
        words, _ = roles.subject_tokens(syntax, saying, body)
        speaker = next((a for a in (roles.actor_of(doc, syntax, w) for w in words) if a is not None), None)
        if speaker is None or not _accuses(doc, speaker, event):
            continue
        said = Trigger(saying, (saying,), pattern, saying)
        found.append(_event(doc, analysis, syntax, lexicon, said, Roles(speaker, (), event.actor, (), False), start + len(found), body))
    return found


def _accuses(doc: Document, speaker: Actor, event: Event) -> bool:
    """Whether the speaker's report of ``event`` accuses its actor: a state or its government
    speaking of another state or a named group, or the victims' side speaking of those who hit
    them. Sources, monitors, agencies and reporters of a third country tell; they do not accuse."""
    accused = event.actor
    if speaker.entity and speaker.entity == accused.entity:
        return False
    home, theirs = stated_country(speaker), stated_country(accused)
    if home is None or theirs == home or (theirs is None and accused.entity is None):
        return False
    victim = event.recipient is not None and ((speaker.entity is not None and event.recipient.entity == speaker.entity) or stated_country(event.recipient) == home)
    state = speaker.sector == "GOV" or any(e.id == speaker.entity and e.type == "COUNTRY" for e in doc.entities)
    return state or (victim and speaker.sector not in _TELLERS)


def _averting_condition(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> bool:
    """An "unless" clause names what would avert the main clause ("... unless ministers back
    down"): the act demanded, not a happening. (An "if" clause's act is coded, hypothetical.)"""
    return verb.dep == "advcl" and any(m.text.lower() in lexicon.words("ultimatum") for m in roles.children(syntax, verb, "mark"))


def _ultimatum_addressee(doc: Document, syntax: Syntax, lexicon: EventLexicon, verb: Token, actor: Actor) -> Actor | None:
    """Who must comply for a threat not to be carried out: the subject of its "unless" clause
    ("unless the government resigns"), or the owner of what that clause asks for ("unless
    there is a government rethink")."""
    for holder in (verb, syntax.tokens[verb.head]):
        for clause in _ultimatum_clauses(syntax, lexicon, holder):
            for subject in roles.children(syntax, clause, "nsubj", "nsubjpass", "attr"):
                found = roles.actor_of(doc, syntax, subject) or owner_actor(doc, syntax, subject)
                if found is not None and not (found.entity == actor.entity and found.code == actor.code):
                    return found  # not the threatener itself ("unless the changes they want are agreed")
    return None


def _ultimatum_clauses(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> list[Token]:
    """The verb's "unless" clauses, and its "if ... not" ones, which say the same ("threatened
    to default if the banks do not grant new loans")."""
    found = []
    for clause in roles.children(syntax, verb, "advcl"):
        marks = {m.text.lower() for m in roles.children(syntax, clause, "mark")}
        if marks & lexicon.words("ultimatum") or roles.unless_clause(syntax, clause):
            found.append(clause)
    return found


def _home_government(side: Actor, other: Actor | None) -> Actor:
    """'The government' of no stated country, facing a party, union, opposition or other group
    of a country's own politics, is that country's ("the Kenyan opposition said the government
    must resign"); facing another state, it stays unknown."""
    if other is None or side.entity or side.country or side.sector != "GOV":
        return side
    home = stated_country(other)
    coded_role = (other.code or "")[3:6] or None  # "Tory spokesman X" is GOV by his title, GBRPTY by his code
    if home is None or other.sector in ("IGO", "NGO") or (other.sector in _FOREIGN_SECTORS and coded_role in _FOREIGN_SECTORS):
        return side  # (a body of many states lends no home: "a government team met the World Bank")
    return replace(side, country=home, code=code_of(home, side.sector))


def _place_actor(place: Entity) -> Actor:
    """A place as the one an event is aimed at, known to the gazetteer or not."""
    return Actor(place.id, place.name, place.country, None, place.country)


def _recipient_or_place(found: Roles, place: Entity | None, visit: bool, aimed_at_place: bool, violent: bool, at_people: bool = False) -> Actor | None:
    """The recipient; failing one, the place for events aimed at where they happen: the host
    of a visit (not the visitor's own country), the authorities where a protest is held, the
    place a curfew is imposed on or an attack hits (``place_target`` rows of event_cues.tsv).
    A group of no stated country hit there ("killed 23 people in X") is of that country; an act
    aimed only at people (``at_people``: "were shot in X") takes no place as its target."""
    recipient = found.recipient
    if recipient is not None and found.actor.sector == "COP" and found.actor.country:
        # police act at home: the people they arrest or disperse are of the police's country
        recipient = _of_country(recipient, found.actor.country)
    if place is None:
        return recipient
    if recipient is None and visit and (place.country is None or place.country != found.actor.country):
        return _place_actor(place)  # the host
    if not aimed_at_place:
        return recipient
    if recipient is None:
        if at_people or (violent and place.country is not None and place.country == found.actor.country):
            return None  # forces fighting at home: whom they fought is not said
        return _place_actor(place)
    return _of_country(recipient, place.country)


def _with_country(doc: Document, place: Entity | None) -> Entity | None:
    """The place, with the country the places stage resolved it to when the entity has none."""
    country = place_country(doc, place) if place is not None else None
    return replace(place, country=country) if place is not None and country != place.country else place


def _of_country(actor: Actor, country: str | None) -> Actor:
    """A group no one owns and of no stated country ("students", "23 people") takes the
    country of where the event happens: protesters and victims are mostly local."""
    if country is None or actor.entity or actor.country or not actor.name:
        return actor
    return replace(actor, country=country, code=code_of(country, actor.sector))


def _stated_intent(syntax: Syntax, verb: Token, lexicon: EventLexicon) -> bool:
    """'will visit', 'is ready to send', 'plans to impose': the actor's own intention (not a
    passive's: "unions will be consulted" says nothing of who intends it)."""
    intent = lexicon.words("intent")
    if any(k.dep == "auxpass" for k in roles.children(syntax, verb)):
        return False
    node = verb
    for _ in range(3):
        kids = [syntax.tokens[i] for i in syntax.children.get(node.i, ())]
        if any(k.dep == "aux" and k.text.lower() in intent for k in kids):
            return not _hoped_by_another(syntax, node)
        if node.dep == "conj" and node.head != node.i and not any(k.dep in ("nsubj", "nsubjpass") for k in kids):
            node = syntax.tokens[node.head]  # "will visit Paris and meet X": the intention holds both
            continue
        if node.head == node.i or not (node.dep == "xcomp" or _infinitive_of_intent(syntax, node)):
            return False
        node = syntax.tokens[node.head]
        if node.lemma.lower() in intent:
            return True
    return False


_HOPING = frozenset({"hope", "wish", "want", "expect", "trust", "pray"})


def _decided_against(syntax: Syntax, verb: Token) -> bool:
    """An act decided against ("decided not to release them", "his decision not to meet her")."""
    return verb.dep in ("xcomp", "acl") and verb.head != verb.i and syntax.tokens[verb.head].lemma.lower() in DECIDING


def _hoped_by_another(syntax: Syntax, clause: Token) -> bool:
    """'I hope the government will release us': what another hopes of the actor is no
    intention the actor states."""
    if clause.dep != "ccomp" or clause.head == clause.i:
        return False
    hoping = syntax.tokens[clause.head]
    return hoping.lemma.lower() in _HOPING and not same_subject(syntax, clause, hoping)


def _infinitive_of_intent(syntax: Syntax, verb: Token) -> bool:
    """'have sworn to fight', parsed as an adverbial clause: an infinitive on a verb of intent."""
    return verb.dep == "advcl" and verb.head != verb.i and syntax.tokens[verb.head].lemma.lower() in _SPEECH_OF_INTENT and roles.has_aux(syntax, verb, roles.INFINITIVE_TO)


def _failed(syntax: Syntax, verb: Token) -> bool:
    """'failed to reach agreement', 'failed to agree', 'the failure of the talks to reach
    agreement': an infinitive under "fail" or its noun."""
    if verb.head == verb.i:
        return False
    head = syntax.tokens[verb.head].lemma.lower()
    return (verb.dep == "xcomp" and head == "fail") or (verb.dep == "acl" and head == "failure")


def _an_offer_not_accepted(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> bool:
    """'were not prepared to accept the offer', 'would not accept their demands': an act of
    another's (kind ``answered_act``) that one does not accept is rejected."""
    acts = lexicon.cues.get("answered_act", {})
    return verb.lemma.lower() == "accept" and any(o.lemma.lower() in acts for o in roles.children(syntax, verb, "dobj"))


def _speculated(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> bool:
    """A clause held by a noun of what others guess ("speculation that X would sell", "rumours
    that ..."): kind ``governor`` with the value ``possible``."""
    governors = lexicon.cues["governor"]
    node = verb
    for _ in range(4):
        if node.head == node.i:
            return False
        node = syntax.tokens[node.head]
        if node.pos == "NOUN" and governors.get(node.lemma.lower()) == "possible":
            return True
    return False


def _said_by_subject(syntax: Syntax, verb: Token, lexicon: EventLexicon) -> bool:
    """Whether the clause of ``verb`` is what its own subject says (a reported intention)."""
    speech = lexicon.words("report_verb") | _SPEECH_OF_INTENT
    node = verb
    for _ in range(4):
        if node.head == node.i:
            return False
        head = syntax.tokens[node.head]
        if (node.dep == "xcomp" or _infinitive_of_intent(syntax, node)) and head.lemma.lower() in _SPEECH_OF_INTENT:
            return True  # "vowed to attack"
        if node.dep == "ccomp" and head.lemma.lower() in speech:
            return same_subject(syntax, node, head)
        node = head
    return False


def _reported_by(doc: Document, syntax: Syntax, lexicon: EventLexicon, quote: Quote | None, sentence: Span) -> tuple[str, ...]:
    tokens = list(syntax.tokens_between(sentence.start, sentence.end))
    named = roles.reporters(doc, syntax, tokens, lexicon)
    if named:
        return named
    if quote is not None and quote.via:
        return tuple(quote.via)
    return tuple(doc.article.cited_sources)


def make(settings: Settings) -> EventStage:
    return EventStage(load_event_lexicon(), settings.min_event_confidence_percent / 100)

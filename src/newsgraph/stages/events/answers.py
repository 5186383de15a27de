"""A reply to an act the article told before: "Employers offered the union a rise ... The union
rejected the offer" is aimed at the employers. The reply's object is a bare definite noun for a
kind of act (``answered_act`` in ``event_cues.tsv``, with the PLOVER type of the act it names:
an offer or a proposal is AGREE, a demand REQUEST, an accusation ACCUSE), with no owner of its
own ("X's offer", "the offer by X", "the Irish offer" are told by the roles); its maker is the
actor of the nearest earlier event of that type, a few sentences back, who is not the one
replying. An investigation of the act looks into the one it was aimed at ("the allegations are
being investigated"). A reply told in a relative clause on the object of the act ("X offered
1.3bn pounds, which was rejected by Y") is aimed at the act's doer."""

from __future__ import annotations

from ...model import Actor, Document, Event, Token
from ..timex.syntax import Syntax
from .actors import actor_of, children
from .lexicon import EventLexicon
from .readings import same_actor
from .triggers import Trigger

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OWNING_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
_OWNING_PREPS = frozenset({"of", "by", "from"})
_REACH = 4  # sentences back an earlier act may lie
# Kinds whose noun has other senses ("demand" of a market, "charges" of a bank): the earlier
# act must have been told with the noun's own word ("demanded", "alleged", "charged").
_TOLD_BY_THEIR_WORD = frozenset({"REQUEST", "ACCUSE"})
_STEM = 5


def maker_answered(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, actor: Actor, coded: list[tuple[Trigger, Event]]) -> list[Actor]:
    """The maker of the earlier act the trigger answers, as its recipient, or nothing."""
    acts = lexicon.cues.get("answered_act", {})
    noun = _answered_noun(syntax, trigger, acts)
    if noun is None:
        return []
    kind = acts[noun.lemma.lower()]
    here = syntax.analysis.sentence_of(noun.start)
    if kind == ANY_ACT:
        return _mover(syntax, trigger, actor, coded, here)
    for earlier, event in reversed(coded):
        if earlier.head.start >= trigger.head.start or event.type != kind or event.actor is None or not event.actor.name:
            continue
        if kind in _TOLD_BY_THEIR_WORD and not any(t.lemma.lower().startswith(noun.lemma.lower()[:_STEM]) for t in earlier.tokens):
            continue  # "OPEC meeting this demand": a market's, unless a demand was made in those words
        if here - syntax.analysis.sentence_of(earlier.head.start) > _REACH:
            break
        if trigger.pattern.mode == "investigate":
            # "the allegations are being investigated by X": the one accused is looked into
            return [event.recipient] if event.recipient is not None and event.recipient.name and not same_actor(event.recipient, actor) else []
        if not same_actor(event.actor, actor):
            return [event.actor]
    return []


ANY_ACT = "*"  # a noun for an act of any kind ("the move", "the decision")


def _mover(syntax: Syntax, trigger: Trigger, actor: Actor, coded: list[tuple[Trigger, Event]], here: int) -> list[Actor]:
    """Who made "the move" a side welcomes or condemns: the doer of the act told a few sentences
    before that was aimed at the side's own country or at the side ("the WTO is to hold talks
    with Iraq ... Iraq's trade minister welcomed the move"), or nothing: a move of no act coded
    is no one's we know.  The story's first sentence, which tells what the story is about, is always in reach."""
    earlier = [
        event for told, event in coded if told.head.start < trigger.head.start and _in_reach(syntax, told, here) and event.actor is not None and event.actor.name and not same_actor(event.actor, actor)
    ]
    aimed_here = [e for e in earlier if e.recipient is not None and _same_side(e.recipient, actor)]
    aimed_here += [r for r in (e for e in earlier if any(_same_side(c, actor) for c in e.co_recipients)) if r not in aimed_here]
    return [aimed_here[-1].actor] if aimed_here and aimed_here[-1].actor is not None else []


def _in_reach(syntax: Syntax, told: Trigger, here: int) -> bool:
    sentence = syntax.analysis.sentence_of(told.head.start)
    return here - sentence <= _REACH or sentence == syntax.analysis.sentence_of(0)


def _same_side(side: Actor, actor: Actor) -> bool:
    """The same actor, or a side of the same country (Iraq and Iraq's trade minister)."""
    return same_actor(side, actor) or (side.country is not None and side.country == actor.country)


def _answered_noun(syntax: Syntax, trigger: Trigger, acts: dict[str, str]) -> Token | None:
    """The trigger's object that names an earlier act: a definite noun of ``acts`` with no owner."""
    candidates = [t for t in trigger.tokens if t.pos == "NOUN"]
    candidates += [syntax.tokens[k] for k in syntax.children.get(trigger.verb.i, ()) if syntax.tokens[k].dep in ("dobj", "nsubjpass")]
    for noun in candidates:
        if noun.pos != "NOUN" or noun.lemma.lower() not in acts:
            continue
        kids = [syntax.tokens[k] for k in syntax.children.get(noun.i, ())]
        if not any(k.dep == "det" and k.text.lower() in _DEFINITE for k in kids):
            continue
        if any(k.dep in _OWNING_DEPS or (k.dep == "prep" and k.text.lower() in _OWNING_PREPS) for k in kids):
            continue  # "the Irish offer", "the offer by the board": told by the roles
        return noun
    return None


# Acts that answer or judge what another made: told in a relative clause on its object, they
# are aimed at its maker.
_ANSWERING_TYPES = frozenset({"REJECT", "AGREE", "ACCUSE", "SUPPORT", "CONCEDE"})


def answered_in_relative(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, actor: Actor) -> list[Actor]:
    """ "Deutsche Boerse offered 1.3bn pounds, which was rejected by the LSE": the offer's maker
    (the subject of the verb whose object the relative clause hangs on), or nothing."""
    verb = trigger.verb
    if trigger.pattern.type not in _ANSWERING_TYPES or verb.dep != "relcl":
        return []
    kids = [syntax.tokens[k] for k in syntax.children.get(verb.i, ())]
    if not any(k.dep in ("nsubjpass", "dobj") and k.text.lower() in ("which", "that") for k in kids):
        return []
    thing = syntax.tokens[verb.head]
    if thing.dep != "dobj" or thing.pos not in ("NOUN", "NUM", "PROPN", "SYM"):
        return []
    if any(syntax.tokens[k].dep in _OWNING_DEPS - {"amod"} and syntax.tokens[k].pos in ("PROPN", "NOUN", "PRON") for k in syntax.children.get(thing.i, ())):
        return []  # "accepted the Paris Club offer, which was criticised": the club's, told by the roles
    making = syntax.tokens[thing.head]
    if making.lemma.lower() not in lexicon.words("making_verb"):
        return []  # "told a news briefing that China welcomed": a briefing is no one's proposal
    makers = [syntax.tokens[k] for k in syntax.children.get(making.i, ()) if syntax.tokens[k].dep == "nsubj"]
    maker = actor_of(doc, syntax, makers[0]) if makers else None
    return [maker] if maker is not None and maker.name and not same_actor(maker, actor) else []


def answerer_in_relative(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, actor: Actor) -> list[Actor]:
    """ "Shipowners have offered a 100 pct raise, which the seamen rejected": an offer or a
    proposal whose object a relative clause says another rejected or accepted was made to that
    other (the reply itself goes to the maker: ``answered_in_relative``)."""
    if trigger.pattern.type != "AGREE" or trigger.verb.lemma.lower() not in lexicon.words("making_verb"):
        return []
    replies = [c for thing in children(syntax, trigger.verb, "dobj") for c in children(syntax, thing, "relcl") if c.lemma.lower() in _REPLY_VERBS]
    for clause in replies:
        if not any(k.text.lower() in ("which", "that") for k in children(syntax, clause, "nsubjpass", "dobj")):
            continue
        repliers = [p for agent in children(syntax, clause, "agent") for p in children(syntax, agent)] or children(syntax, clause, "nsubj")
        replier = actor_of(doc, syntax, repliers[0]) if repliers else None
        if replier is not None and replier.name and not same_actor(replier, actor):
            return [replier]
    return []


_REPLY_VERBS = frozenset({"reject", "accept", "refuse", "spurn", "welcome", "dismiss"})

"""Criticism or an investigation of an attack is aimed at the attackers, not at the attacked:
"the Security Council condemned the bombing of the U.S. embassies" blames whoever bombed them,
not the United States; "police are investigating the killing of two tourists" look for the killers.
When what an accusation answers is a noun for an armed attack (a noun pattern of ASSAULT in the
lexicon, or an ``attack_noun`` of ``event_cues.tsv``: bombing, attack, killing ...), the side its words name as attacked (its "of", "on" or
"against" phrase) is no recipient, nor is the noun itself; the attackers its words name are:
its "by" phrase ("the bombing of the embassy by rebels"), its owner ("Hamas's attack") or the
people or state set before it ("the Israeli bombing of Gaza", "a Taleban attack"), except for
nouns whose owner is the one who undergoes them (``attack_noun`` words with the value
``undergone``: "Stefan's murder"). An attack whose words name no attacker leaves the accusation
aimed at no one named. A light verb answers nothing (``light_verb``): in "launched an attack on the cost of the
system" the attack is the criticism."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Token
from ..timex.syntax import Syntax
from .actors import children
from .lexicon import EventLexicon
from .triggers import Trigger, descendants

_VICTIM_PREPOSITIONS = frozenset({"of", "on", "against"})
_ATTACKER_NAMES = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_PLACE_NAMES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class AttackJudged:
    attackers: list[Token]  # the words naming who attacked, best first
    left_out: frozenset[int]  # token indices that are no recipient: the attack and the attacked


def attack_judged(syntax: Syntax, lexicon: EventLexicon, trigger: Trigger) -> AttackJudged | None:
    """The attack an accusation answers, when its object (or a word of its trigger) is one."""
    verb = trigger.verb
    if trigger.pattern.type != "ACCUSE" or verb.lemma.lower() in lexicon.words("light_verb"):
        return None  # "launched an attack on the cost of the system": the attack is the criticism
    objects = [c for o in children(syntax, verb, "dobj") for c in (o, *children(syntax, o, "conj"))]
    # "a series of sniper shootings", "a wave of bombings": the attacks a count of them holds
    objects += [p for o in objects for prep in children(syntax, o, "prep") if prep.text.lower() == "of" for p in children(syntax, prep, "pobj")]
    named = lexicon.words("attack_noun")
    undergone = frozenset(word for word, value in lexicon.cues.get("attack_noun", {}).items() if value == "undergone")
    nouns = [t for t in [*objects, *trigger.tokens] if t is not verb and t.tag in ("NN", "NNS") and (lexicon.names_an_attack(t.lemma) or t.lemma.lower() in named)]
    if not nouns:
        return None
    attackers: list[Token] = []
    left_out: set[int] = set()
    for noun in dict.fromkeys(nouns):
        left_out.add(noun.i)
        for prep in children(syntax, noun, "prep"):
            if prep.text.lower() in _VICTIM_PREPOSITIONS:
                left_out |= {prep.i, *(t.i for t in descendants(prep, syntax, 6))}
        # "shootings of doctors in Canada and western New York": the parse may join the second place to the noun
        left_out |= {t.i for c in children(syntax, noun, "conj") if c.ent_type in _PLACE_NAMES for t in (c, *descendants(c, syntax, 3))}
        attackers += [p for prep in children(syntax, noun, "prep") if prep.text.lower() == "by" for p in children(syntax, prep, "pobj")]
        owners = [t for t in children(syntax, noun, "poss") if t.tag != "PRP$"]
        if noun.lemma.lower() in undergone:  # "Stefan's murder": the one killed
            left_out |= {t.i for o in owners for t in (o, *descendants(o, syntax, 3))}
        else:  # "Hamas's attack", "Iraq's invasion of Kuwait": the attacker
            attackers += owners
        attackers += [t for t in children(syntax, noun, "amod", "compound") if t.ent_type in _ATTACKER_NAMES]
    return AttackJudged([t for t in attackers if t.i not in left_out], frozenset(left_out))

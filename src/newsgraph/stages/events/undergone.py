"""Acts told from the side of the one they befall: "faced criticism from the unions", "came
under pressure from Wexland to release the prisoners", "drew condemnation from Labour". The
act is a noun (``undergone_noun`` in ``event_cues.tsv``, with its CAMEO code, and a second
code for the act between armed sides: an attack in words or in arms) that a verb of
undergoing takes (``undergoing_verb``: "face", "draw", "resist", or "under" as in "came
under"); the "from" phrase (or the noun's "by" phrase, or a name set before it: "an investigation by the
SEC", "US pressure") names its actor and the verb's subject is its recipient. With none of
them no one is named acting ("faced criticism"), and nothing is coded, except a
penalty received ("received a jail sentence"), which befalls its subject whoever imposed it. An attack or
fire from an armed side, or on one, is violence ("came under fire from rebels"); from anyone
else, criticism ("came under fire from MPs")."""

from __future__ import annotations

from ...model import Actor, Document, Span, Token
from ..timex.syntax import Syntax
from . import roles
from .lexicon import EventLexicon, Pattern
from .readings import ARMED_SECTORS
from .triggers import Trigger

UNDERGONE_HEAD = "<undergone>"
_UNDER = frozenset({"under"})  # "came under fire from", "is under pressure from"


def undergone(doc: Document, syntax: Syntax, lexicon: EventLexicon, triggers: list[Trigger], skip: tuple[Span, ...]) -> list[Trigger]:
    """Triggers for the event nouns a verb of undergoing takes, with a "from" phrase."""
    nouns = lexicon.cues.get("undergone_noun", {})
    taken = {t.head.i for t in triggers} | {tok.i for t in triggers for tok in t.tokens}
    found = []
    for token in syntax.tokens:
        codes = nouns.get(token.lemma.lower(), "").split()
        if not codes or token.pos != "NOUN" or token.i in taken or any(s.start <= token.start < s.end for s in skip):
            continue
        verb = undergoing_verb(syntax, lexicon, token)
        if verb is not None and token.dep != "dobj" and _an_offer(lexicon, codes[0]):
            continue  # "under proposals from the ministry": a plan one is under, no offer received
        if verb is None or not (_from_phrase(syntax, token, verb) or _named_giver(doc, syntax, token) or _imposed(lexicon, codes[0])):
            continue
        trigger = _coded(lexicon, token, verb, codes[0])
        if trigger is not None:
            found.append(trigger)
    return found


def undergoing_verb(syntax: Syntax, lexicon: EventLexicon, noun: Token) -> Token | None:
    """The verb the event noun befalls its subject through ("faced criticism", "bowed to
    pressure", "came under attack"), or None."""
    if noun.head == noun.i:
        return None
    head = syntax.tokens[noun.head]
    if noun.dep == "dobj" and _undergoes_through(lexicon, head, noun):
        return head
    if noun.dep == "pobj" and head.head != head.i:
        verb = syntax.tokens[head.head]
        if head.text.lower() in _UNDER and verb.pos in ("VERB", "AUX"):
            return verb
        codes = lexicon.cues["undergone_noun"].get(noun.lemma.lower(), "").split()
        if head.text.lower() == "in" and verb.lemma.lower() in _BEING_HELD and codes and _imposed(lexicon, codes[0]):
            return verb  # "is in custody", "remains in detention": held
        if head.text.lower() in ("to", "with") and _undergoes_through(lexicon, verb, noun):
            return verb  # "bowed to pressure", "met with criticism"
        if head.text.lower() in _IN_THE_FACE_OF and verb.pos in ("VERB", "AUX"):
            return verb  # "pressed on despite a call from X", "resigned amid criticism from MPs"
    return None


_IN_THE_FACE_OF = frozenset({"despite", "amid", "amidst"})
_BEING_HELD = frozenset({"be", "remain", "stay"})


def _undergoes_through(lexicon: EventLexicon, verb: Token, noun: Token) -> bool:
    """Whether the verb is one of undergoing for this noun (the table's value lists the nouns
    it does not take that way: "received a call from X" is a telephone call, no demand)."""
    verbs = lexicon.cues.get("undergoing_verb", {})
    lemma = verb.lemma.lower()
    return lemma in verbs and noun.lemma.lower() not in verbs[lemma].split("|")


def _from_phrase(syntax: Syntax, noun: Token, verb: Token) -> list[Token]:
    """The words of the "from" phrase on the noun or on its verb ("criticism from X"), or of
    the noun's own "by" phrase ("an investigation by the SEC")."""
    found = [p for holder in (noun, verb) for prep in roles.children(syntax, holder, "prep") if prep.text.lower() == "from" for p in roles.children(syntax, prep, "pobj")]
    return found + [p for prep in roles.children(syntax, noun, "prep") if prep.text.lower() == "by" for p in roles.children(syntax, prep, "pobj")]


def _named_giver(doc: Document, syntax: Syntax, noun: Token) -> list[Token]:
    """A name set before the noun as the one whose act it is ("a Securities and Exchange
    Commission investigation", "US pressure", "the regulator's inquiry")."""
    return [w for w in roles.children(syntax, noun, "compound", "poss", "amod") if roles.entity_of(doc, w) is not None and w.pos == "PROPN"]


def undergone_roles(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, body: int) -> tuple[Trigger, tuple[list[Actor], bool, bool], list[Actor]]:
    """(trigger, actors as ``_actors`` gives them, recipients) of an undergone act: the actor
    in the "from" phrase, the recipient the verb's subject (or the owner of a thing that draws
    it: "his remarks drew criticism")."""
    givers = [t for p in _from_phrase(syntax, trigger.head, trigger.verb) or _named_giver(doc, syntax, trigger.head) for t in roles.conjuncts(syntax, p)]
    actors = [a for a in (roles.actor_of(doc, syntax, t) for t in givers) if a is not None]
    words, _ = roles.subject_tokens(syntax, trigger.verb, body)
    words += [p for w in words if roles.actor_of(doc, syntax, w) is None for p in roles.children(syntax, w, "poss")]
    recipients = [a for a in (roles.actor_of(doc, syntax, w) for w in words) if a is not None and a not in actors]
    armed = lexicon.cues.get("undergone_noun", {}).get(trigger.head.lemma.lower(), "").split()[1:]
    if armed and any(_armed_side(doc, syntax, lexicon, t) for t in givers + words):
        trigger = _coded(lexicon, trigger.head, trigger.verb, armed[0]) or trigger
    return trigger, (actors, False, False), recipients


def _armed_side(doc: Document, syntax: Syntax, lexicon: EventLexicon, token: Token) -> bool:
    """An armed side (rebels, troops, police) or a physical target (a convoy, a base); a
    country or a town is neither here ("came under fire from Wexland" is its criticism)."""
    if roles.entity_of(doc, token) is None and token.lemma.lower() in lexicon.words("physical_target"):
        return True
    actor = roles.actor_of(doc, syntax, token)
    return actor is not None and (actor.sector or "") in ARMED_SECTORS


def _an_offer(lexicon: EventLexicon, code: str) -> bool:
    coding = lexicon.coding(code)
    return coding is not None and coding.type == "AGREE"


def _imposed(lexicon: EventLexicon, code: str) -> bool:
    """A penalty received ("received a four-month jail sentence"): the one who imposed it
    need not be named for the one it befalls to have undergone it."""
    coding = lexicon.coding(code)
    return coding is not None and coding.type == "COERCE"


def _coded(lexicon: EventLexicon, noun: Token, verb: Token, code: str) -> Trigger | None:
    """The trigger of the event noun ``noun`` befalling through ``verb``, coded ``code``."""
    coding = lexicon.coding(code)
    if coding is None:
        return None
    return Trigger(noun, (noun,), Pattern(UNDERGONE_HEAD, (), "N", code, coding.type, coding.mode), verb)

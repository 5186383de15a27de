"""The other side of a deal: a business, a stake or a unit bought, acquired or sold (CAMEO's
061, economic cooperation, from ``plover_verbs.tsv``).  A sale is aimed at its buyer ("sold its
unit to X"), a purchase at its seller ("bought a stake in X from Y") or, with no seller named,
at the business whose stake or unit it is ("bought a stake in X", "acquired X's unit") or at
the business bought ("acquired X").  A deal with no named side on the other end (investors
"buying shares", "bought a stake" in no one named) is the market at work, and codes nothing."""

from __future__ import annotations

from ...model import Actor, Document, Token
from ..timex.syntax import Syntax
from . import roles
from .actors import children, entity_of
from .lexicon import EventLexicon
from .triggers import Trigger

DEAL_CAMEO = "061"
_OWNER_PREPS = frozenset({"in", "of"})


def is_deal(lexicon: EventLexicon, trigger: Trigger) -> bool:
    if trigger.pattern.cameo != DEAL_CAMEO:
        return False
    return trigger.verb.lemma.lower() in lexicon.words("deal_verb") or _deal_noun(lexicon, trigger) is not None


def deal_counterpart(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, actor: Actor) -> list[Actor]:
    """The named side on the other end of a deal, or nothing."""
    if not is_deal(lexicon, trigger):
        return []
    kind = _deal_noun(lexicon, trigger)
    if kind is not None:
        return _other_end_of_noun(doc, syntax, lexicon, trigger, kind, actor)
    return _other_end(doc, syntax, lexicon, trigger.verb, actor)


def _deal_noun(lexicon: EventLexicon, trigger: Trigger) -> str | None:
    """'completed the sale of its interests to X', 'X's acquisition of Y': a deal told by its
    noun (kind ``deal_noun``: ``sale`` or ``purchase``)."""
    if trigger.pattern.pos != "N":
        return None
    return lexicon.cues["deal_noun"].get(trigger.head.lemma.lower())


def _other_end_of_noun(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, kind: str, actor: Actor) -> list[Actor]:
    """A deal noun's other side, when what it is "of" is a business or a holding (not "the
    sale of 500 trucks", trade in goods): a sale's buyer ("to X", on the noun or on the verb
    that completes it); a purchase's seller ("from X"), else the firm bought or whose holding
    it is ("the acquisition of Y", "of Y's unit")."""
    noun = trigger.head
    things = roles.objects_of(syntax, noun, ("of",))
    holdings = lexicon.words("holding_noun")
    if not any(t.lemma.lower() in holdings or _a_firm(doc, t) for t in things):
        return []
    preps = ("to",) if kind == "sale" else ("from",)
    words = roles.objects_of(syntax, noun, preps) + (roles.objects_of(syntax, trigger.verb, preps) if trigger.verb is not noun else [])
    if kind != "sale":
        words += [o for t in things for o in _owners(syntax, t)] + [t for t in things if _a_firm(doc, t)]
    return _first_party(doc, syntax, words, actor)


def _a_firm(doc: Document, word: Token) -> bool:
    entity = entity_of(doc, word)
    return entity is not None and entity.type == "ORG"


def agreed_deal_counterpart(doc: Document, syntax: Syntax, lexicon: EventLexicon, trigger: Trigger, actor: Actor) -> list[Actor]:
    """ "agreed to sell KHJ-TV to Walt Disney Co", "signed a contract to sell 10 jets to All
    Nippon Airways": an agreement to a deal is made with the deal's other side, not with the
    business or the goods it sells or buys."""
    deals = lexicon.words("deal_verb")
    if trigger.pattern.type == "AGREE":
        clauses = children(syntax, trigger.verb, "xcomp")
    elif trigger.pattern.cameo == _SIGNING_CAMEO:  # the contract's purpose, on it or (misparsed) on the verb
        purposes = children(syntax, trigger.verb, "advcl") + [a for o in children(syntax, trigger.verb, "dobj") for a in children(syntax, o, "acl")]
        clauses = [c for c in purposes if roles.to_infinitive(syntax, c)]
    else:
        return []
    for clause in clauses:
        if clause.lemma.lower() in deals:
            return _other_end(doc, syntax, lexicon, clause, actor)
    return []


_SIGNING_CAMEO = "057"  # sign a formal agreement


def _other_end(doc: Document, syntax: Syntax, lexicon: EventLexicon, verb: Token, actor: Actor) -> list[Actor]:
    selling = lexicon.cues["deal_verb"].get(verb.lemma.lower()) == "sale"
    # a sale is aimed at its buyer ("to X", "sold X the shares"), a purchase at its seller ("from X")
    words = roles.objects_of(syntax, verb, ("to",) if selling else ("from",)) + (children(syntax, verb, "dative") if selling else [])
    if not selling:
        for thing in children(syntax, verb, "dobj", "nsubjpass"):
            words += _holders(syntax, thing)  # "the 610,000 shares held by Norrell": their seller
            words += _owners(syntax, thing)  # "a stake in X", "X's unit"
            if thing.pos == "PROPN":
                words.append(thing)  # "acquired Zelcor Inc"
    return _first_party(doc, syntax, words, actor)


def _first_party(doc: Document, syntax: Syntax, words: list[Token], actor: Actor) -> list[Actor]:
    """The first of the words that names a party other than the actor, or nothing."""
    for word in words:
        side = roles.side_at(doc, syntax, word, actor)
        if side is not None and _a_party(doc, side) and side.entity != actor.entity:
            return [side]
    return []


def _a_party(doc: Document, side: Actor) -> bool:
    """A business, a person or a state, not a market ("units in Europe")."""
    entity = doc.entity(side.entity) if side.entity else None
    return entity.type in _PARTIES if entity is not None else side.country is not None or side.sector is not None


_PARTIES = frozenset({"ORG", "PERSON", "COUNTRY", "OUTLET"})


def _holders(syntax: Syntax, thing: Token) -> list[Token]:
    """'the shares held by X', 'the stake owned by X', 'the 2.6 mln of the shares held by X':
    the "by" of a participle of holding."""
    things = [thing, *roles.objects_of(syntax, thing, ("of",))]
    return [
        p
        for held in things
        for clause in children(syntax, held, "acl")
        if clause.lemma.lower() in _HOLDING
        for prep in children(syntax, clause, "agent", "prep")
        if prep.text.lower() == "by"
        for p in children(syntax, prep, "pobj")
    ]


_HOLDING = frozenset({"hold", "own"})


def _owners(syntax: Syntax, thing: Token) -> list[Token]:
    """'X's unit', 'a stake in X', 'shares of X', 'the X website'."""
    owners = children(syntax, thing, "poss") + [c for c in children(syntax, thing, "compound") if c.pos == "PROPN"]
    return owners + [p for prep in children(syntax, thing, "prep") if prep.text.lower() in _OWNER_PREPS for p in children(syntax, prep, "pobj")]

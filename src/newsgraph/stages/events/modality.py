"""Modality of an event: asserted, expected, possible, negated, hypothetical or historical.

Cues (``event_cues.tsv``) are read on the trigger's verb and on the verbs, adjectives and nouns
that govern it through infinitives and content clauses ("is expected to take place", "likely to
be on display", "signs that ... was preparing"); what someone believes happened is possible
("residents believe the militia attacked"), and what someone should or ought to do a norm
(hypothetical). Negation and auxiliaries count only on the trigger's own verb chain (the
verbs sharing its subject, not a finite verb coordinated with it: "were not racist and
refused"); an act in a clause someone denies is negated; a clause opened by "if" or "unless"
is hypothetical ("would" in a clause reported in the past is the speaker's "will": expected),
and so is an act named as a clausal subject (a norm: "attacking churches is
forbidden") or asked about in a question. An event dated more than six months before the article, or introduced by
"since", is historical background. The first cue found in this order wins: negated,
hypothetical, possible, expected, historical.
"""

from __future__ import annotations

from ...model import Token
from ..timex.syntax import Syntax
from .lexicon import EventLexicon

_SAME_SUBJECT = frozenset({"xcomp", "acomp"})  # acomp: "should be able to order" is the "be"'s
_GOVERNED = frozenset({"xcomp", "ccomp", "acl", "amod", "pcomp", "advcl", "relcl", "acomp"})
_PURPOSE = frozenset({"advcl", "acl", "relcl"})
_BACKSHIFTED = frozenset({"would"})  # "said he would visit": the reported "will visit"
ORDER = ("negated", "hypothetical", "possible", "expected", "historical")
_NORM_DEPS = frozenset({"csubj", "csubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NO_ONE = frozenset({"none", "nobody", "no-one", "neither", "nothing"})
_DENYING = frozenset({"deny"})


def _none_of(syntax: Syntax, noun: Token) -> bool:
    """'no sign', and "any desire" that a negated verb holds ("I don't see any desire to help")."""
    determiners = {d.text.lower() for d in _kids(syntax, noun) if d.dep == "det"}
    if "no" in determiners:
        return True
    holder = syntax.tokens[noun.head]
    return "any" in determiners and noun.dep in ("dobj", "attr") and any(k.dep == "neg" for k in _kids(syntax, holder))


def _kids(syntax: Syntax, token: Token) -> list[Token]:
    return [syntax.tokens[i] for i in syntax.children.get(token.i, ())]


def _has_subject(syntax: Syntax, verb: Token) -> bool:
    return any(k.dep in ("nsubj", "nsubjpass", "csubj") for k in _kids(syntax, verb))


def _asks(syntax: Syntax, verb: Token) -> bool:
    """Whether the trigger's sentence is a question (it ends with a question mark)."""
    sentence = syntax.sentence_span(verb.start)
    return sentence.text.rstrip().rstrip("\"'\u201d)").endswith("?")


def _went_on_to(syntax: Syntax, verb: Token) -> bool:
    """'then went on to tear into the plans': what was done next, no purpose."""
    head = syntax.tokens[verb.head]
    if verb.lemma.lower() in _PROTESTING and _took_to_the_streets(syntax, head):
        return True  # "took to the streets to protest": the protest was the march itself, done
    return head.lemma.lower() == "go" and any(k.dep == "prt" and k.text.lower() == "on" for k in _kids(syntax, head))


_PROTESTING = frozenset({"protest", "demonstrate", "demand", "denounce", "oppose"})
_GATHERING = frozenset({"gather", "march", "rally", "assemble", "converge", "demonstrate", "strike"})


def _took_to_the_streets(syntax: Syntax, head: Token) -> bool:
    """A crowd's move that is itself the protest: "took to the streets", "gathered", "marched"."""
    if head.lemma.lower() in _GATHERING:
        return head.tag in ("VBD", "VBN")
    return head.lemma.lower() == "take" and head.tag in ("VBD", "VBN") and any(p.text.lower() == "to" and any(o.lemma.lower() == "street" for o in _kids(syntax, p)) for p in _kids(syntax, head))


def no_one_does(syntax: Syntax, verb: Token) -> bool:
    """Whether the verb's subject is no one: "none", "nobody", a noun with "no" ("no
    politician", "no deadline"), "neither ... nor", or with "few" but no "a" ("few politicians
    were prepared to criticise": hardly any did), also as the subject of the clause the verb
    completes."""
    node = verb
    for _ in range(3):
        subjects = [k for k in _kids(syntax, node) if k.dep in ("nsubj", "nsubjpass")]
        if subjects:
            return any(k.text.lower() in _NO_ONE or _no_or_few(syntax, k) for k in subjects)
        if node.dep not in ("xcomp", "acomp") or node.head == node.i:
            return False
        node = syntax.tokens[node.head]
    return False


def _any_such(syntax: Syntax, verb: Token) -> bool:
    """Whether the act is any one of its kind, not one told: its subject is a noun with "any"
    ("any decision ... must be agreed"), or it completes one ("any decision to expel")."""
    nouns = [k for k in _kids(syntax, verb) if k.dep in ("nsubj", "nsubjpass")]
    if verb.dep == "acl" and verb.head != verb.i:
        nouns.append(syntax.tokens[verb.head])
    return any(k.dep == "det" and k.text.lower() == "any" for noun in nouns for k in _kids(syntax, noun))


def _no_or_few(syntax: Syntax, noun: Token) -> bool:
    """ "no politician", "few politicians", "neither the regulator nor the system"; not "a few
    politicians"."""
    for kid in _kids(syntax, noun):
        if kid.dep == "det" and kid.text.lower() == "no":
            return True
        if kid.dep in ("preconj", "det") and kid.text.lower() == "neither":
            return True
        if kid.dep in ("amod", "det") and kid.text.lower() == "few" and not (kid.i > 0 and syntax.tokens[kid.i - 1].text.lower() == "a"):
            return True
    return False


def _shares_auxiliary(syntax: Syntax, verb: Token) -> bool:
    """A bare verb coordinated with one that has an auxiliary, none of its own ("will
    highlight X and call for Y")."""
    return verb.tag == "VB" and not any(k.dep in ("aux", "auxpass") for k in _kids(syntax, verb))


def _is_to(syntax: Syntax, verb: Token) -> bool:
    """'is to visit': an infinitive governed by a bare 'be' states what is arranged."""
    if verb.dep != "xcomp" or verb.head == verb.i or not any(k.dep == "aux" and k.text.lower() == "to" for k in _kids(syntax, verb)):
        return False
    head = syntax.tokens[verb.head]
    return head.lemma.lower() == "be" and not any(k.dep in ("acomp", "attr") for k in _kids(syntax, head))


def has_condition(syntax: Syntax, verb: Token, conditions: dict[str, str]) -> bool:
    """Whether the verb has an 'if' or 'unless' clause of its own (it is a consequent)."""
    for clause in (k for k in _kids(syntax, verb) if k.dep == "advcl"):
        conditional = any(k.dep == "mark" and conditions.get(k.text.lower()) == "hypothetical" for k in _kids(syntax, clause))
        if conditional and not _exception_to_a_refrain(syntax, verb, clause):
            return True
    return False


def _exception_to_a_refrain(syntax: Syntax, verb: Token, clause: Token) -> bool:
    """'agreed not to buy more shares, unless the purchases are part of a tender offer': the
    "unless" clause says when the refrain does not bind, not whether it was agreed."""
    marked_unless = any(k.dep == "mark" and k.text.lower() == "unless" for k in _kids(syntax, clause))
    return marked_unless and any(c.dep == "xcomp" and c.i < clause.i and any(k.dep == "neg" for k in _kids(syntax, c)) for c in _kids(syntax, verb))


def saying_verb(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> Token | None:
    """The reporting verb whose content clause holds ``verb`` ("said [that] X attacked"),
    through the infinitives and conjuncts that share its subject; None when no one says it."""
    node = verb
    for _ in range(4):
        if node.head == node.i:
            return None
        head = syntax.tokens[node.head]
        if node.dep == "ccomp":
            return head if head.lemma.lower() in lexicon.words("report_verb") else None
        if node.dep not in ("xcomp", "conj", "acomp"):  # acomp: "said he would be ready to host"
            return None
        node = head
    return None


def _reported_clause(syntax: Syntax, verb: Token, lexicon: EventLexicon) -> bool:
    """Whether the verb heads (or shares the subject of) a clause reported by a speech verb in
    the past: there "would" is the speaker's "will" ("he said he would consult the police")."""
    saying = saying_verb(syntax, lexicon, verb)
    return saying is not None and saying.tag in ("VBD", "VBN")


# Verbs whose object does what their infinitive says ("urged Ruritania to support X").
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "order",
        "call",
        "force",
        "persuade",
        "allow",
        "invite",
        "encourage",
        "press",
        "pressure",
        "instruct",
        "authorize",
        "help",
        "request",
        "compel",
        "convince",
        "prompt",
        "enable",
        "advise",
        "implore",
        "exhort",
        "beg",
    }
)


def bare_infinitive_joined_to_a_past(syntax: Syntax, verb: Token) -> bool:
    """A base form the parse joined to a finite verb of asking with no auxiliary of either
    ("urged the chiefs to write-off debt and provide aid"): no finite verb of its own, it is
    the infinitive of what the first verb asks, its "to" lost to the parse; its subject is the
    one asked and it is not done.  Not "acted on a threat and shut off supplies": "shut" is
    a past tense the tagger read as a base form."""
    if verb.dep != "conj" or verb.tag != "VB" or verb.head == verb.i:
        return False
    first = syntax.tokens[verb.head]
    own = any(k.dep in ("nsubj", "nsubjpass", "aux", "auxpass") for k in _kids(syntax, verb))
    asking = first.lemma.lower() in OBJECT_CONTROL and any(k.dep == "dobj" for k in _kids(syntax, first))
    return asking and not own and first.tag in ("VBD", "VBZ") and not any(k.dep in ("aux", "auxpass") for k in _kids(syntax, first))


def _infinitive_listed_after(syntax: Syntax, verb: Token) -> Token | None:
    """The "to" infinitive a base form is listed after when the parse joined the base form to
    the infinitive's governor ("was scheduled to lay flowers, talk to guards and meet X": "talk"
    and "meet" hung on "scheduled"), or None."""
    if verb.dep != "conj" or verb.tag not in ("VB", "VBP") or verb.head == verb.i:
        return None
    if any(k.dep in ("nsubj", "nsubjpass", "aux", "auxpass") for k in _kids(syntax, verb)):
        return None
    head = syntax.tokens[verb.head]
    return next((k for k in _kids(syntax, head) if k.dep == "xcomp" and k.i < verb.i and any(a.dep == "aux" and a.text.lower() == "to" for a in _kids(syntax, k))), None)


def contrasting_clause(syntax: Syntax, verb: Token) -> bool:
    """A clause of contrast with its own subject asserts as a main clause does: "X backed
    them, while Y supported the plan" tells both, and "asked whether X had a say, while Y
    dismissed it" asks only the first."""
    if verb.dep != "advcl":
        return False
    kids = _kids(syntax, verb)
    return any(k.dep == "mark" and k.text.lower() in _CONTRAST_MARKS for k in kids) and any(k.dep == "nsubj" for k in kids)


_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _carried_out_by(syntax: Syntax, verb: Token, lexicon: EventLexicon) -> bool:
    """'has written to the operators to challenge the rates', 'met the minister to discuss the
    plan': a purpose a letter, a call or a meeting carries out is done by it (kind
    ``carrying_verb``), where "sent troops to attack" is not yet done."""
    return syntax.tokens[verb.head].lemma.lower() in lexicon.words("carrying_verb")


def modality(syntax: Syntax, verb: Token, lexicon: EventLexicon, event_month: int | None, article_month: int | None, own_type_negates: bool, noun_event: bool = False) -> str:
    """The modality of the event whose clause is headed by ``verb``.  Months are counted as
    year * 12 + month; ``own_type_negates`` is true for refusals (never negated twice)."""
    found: set[str] = set()
    negations, auxes, adverbs = lexicon.cues["negation"], lexicon.cues["aux"], lexicon.cues["adverb"]
    conditions, governors = lexicon.cues["condition"], lexicon.cues["governor"]
    negating_verbs = lexicon.cues["negating_verb"]
    node, same_subject = verb, True
    reported = _reported_clause(syntax, verb, lexicon)
    if has_condition(syntax, verb, conditions):
        found.add("hypothetical")  # "would impose sanctions if it invaded": the consequent too
    if verb.dep in _NORM_DEPS or (verb.dep == "amod" and verb.tag == "VBG") or _asks(syntax, verb):
        found.add("hypothetical")  # "attacking churches is forbidden", "will the army attack?"
    if noun_event and verb.lemma.lower() in governors:
        found.add(governors[verb.lemma.lower()])  # "the parade is expected to ..."
    if verb.lemma.lower() == "plan" and verb.tag in ("VBZ", "VBP", "VBG"):
        found.add("expected")  # "he plans a July trip to China": the trip is to come
    purpose = verb.dep in _PURPOSE and any(k.dep == "aux" and k.text.lower() == "to" for k in _kids(syntax, verb))
    kept = verb.dep == "acl" and verb.head != verb.i and kept_promise(syntax, lexicon, syntax.tokens[verb.head])
    if purpose and not kept and not _went_on_to(syntax, verb) and not _the_one_to(syntax, verb) and not _carried_out_by(syntax, verb, lexicon) and not _owned_decision(syntax, verb):
        found.add("expected")  # "... to showcase its weapons": a purpose, not yet done
    if verb.dep == "acl" and subjunctive(syntax, verb) and syntax.tokens[verb.head].pos in ("NOUN", "PROPN"):
        found.add("hypothetical")  # "a suggestion that his country seek IMF help": proposed, not done
    if _is_to(syntax, verb):
        found.add("expected")  # "the minister is to visit China", "leaders are to be offered"
    if bare_infinitive_joined_to_a_past(syntax, verb):
        found.add("expected")  # "urged the chiefs to write-off debt and provide aid": asked, not done
    if _any_such(syntax, verb):
        found.add("hypothetical")  # "any decision to expel them must be agreed by both": a rule for a case, no act
    if no_one_does(syntax, verb):
        found.add("negated")  # "no deadline had been set", "no one was hurt", "none of the members has asked"
    objects = [k for k in _kids(syntax, verb) if k.dep == "dobj"]
    if any(k.text.lower() == "nothing" or any(d.dep == "det" and d.text.lower() == "no" for d in _kids(syntax, k)) for k in objects):
        found.add("negated")  # "said nothing about supporting the dollar", "had purchased no additional shares"
    came_from_clause = False
    for _ in range(5):
        if node is not verb and same_subject and has_condition(syntax, node, conditions):
            found.add("hypothetical")  # "if you put them in this camp, they will end up killing each other"
        for kid in _kids(syntax, node):
            word = kid.text.lower()
            if same_subject and kid.dep == "neg" and word in negations and not _whether_or_not(syntax, kid):
                found.add("negated")
            elif same_subject and kid.dep in ("aux", "auxpass") and word in auxes:
                found.add("expected" if reported and word in _BACKSHIFTED else auxes[word])
            elif kid.dep == "advmod" and word in adverbs:
                found.add(adverbs[word])
            elif kid.dep == "mark" and word in conditions and (node.dep in ("advcl", "ccomp", "pcomp") or (node.dep == "conj" and conditions[word] == "hypothetical")):
                found.add(conditions[word])  # "asked whether ...", "the question of whether X approved", "but only if X agrees" (parsed as a conjunct)
            elif kid.dep == "prep" and word in lexicon.cues.get("time_prep", {}):
                found.add(lexicon.cues["time_prep"][word])
            elif kid.dep == "prep" and _in_the_past(syntax, kid):
                found.add("historical")  # "in the past, he has opposed the transfer": a record, not a new act
        finite = node.tag in ("VBD", "VBZ") or any(k.dep in ("aux", "auxpass") and k.tag in ("VBD", "VBZ", "VBP") for k in _kids(syntax, node))
        if node.dep == "conj" and finite and syntax.tokens[node.head].tag == "VB":
            # "it was not possible to overstate X and urged Y", "aims to cut rates and is holding
            # talks": a finite verb is no infinitive's conjunct
            break
        listed = _infinitive_listed_after(syntax, node)
        if listed is not None:
            node = listed  # "was scheduled to lay flowers, talk to guards and meet X": governed as "to lay" is
            continue
        if node.dep == "conj" and node.head != node.i and (syntax.tokens[node.head].dep in _GOVERNED or _shares_auxiliary(syntax, node)) and not _has_subject(syntax, node):
            # "will highlight the anger and call for X": a bare conjunct shares its first's "will"
            # "is to give a speech and meet X": governed as its first conjunct is; a finite
            # conjunct has its own tense and polarity ("said they were not racist and refused")
            same_subject = same_subject and node.tag not in _FINITE
            node = syntax.tokens[node.head]
            continue
        if node.dep == "pcomp" and node.head != node.i and syntax.tokens[node.head].dep == "cc":
            # "will focus on X, as well as providing Y": a gerund joined by "as well as" shares the
            # first verb's "will"
            node = syntax.tokens[syntax.tokens[node.head].head]
            continue
        if node.pos == "ADP" and node.dep == "conj" and node.head != node.i and syntax.tokens[node.head].pos == "ADP":
            node = syntax.tokens[node.head]  # "through a direct attack or by attacking X": where the first preposition stands
        through_preposition = node.dep == "prep" and node.pos == "ADP" and came_from_clause
        if (node.dep not in _GOVERNED and not through_preposition) or node.head == node.i or contrasting_clause(syntax, node):
            break  # "barred banks from providing cash": through the "from" to "barred"
        # "will extend his tour, flying to Japan for talks": a participle of no subject or mark
        # of its own is done by the same subject, under the same "will"; so is a means ("could
        # start hostilities by attacking Jordan")
        same_subject = same_subject and (node.dep in _SAME_SUBJECT or _bare_participle(syntax, node) or _means(syntax, node, came_from_clause))
        came_from_clause = node.dep == "pcomp"
        came_from, below = node.dep, node
        node = syntax.tokens[node.head]
        lemma = node.lemma.lower()
        if lemma not in governors and node.text.lower() in governors:
            lemma = node.text.lower()  # "are poised to vote": the cue is the participle, its lemma "poise"
        of_phrase = came_from == "prep" and below.text.lower() == "of"  # "no question of Brazil agreeing"
        if (came_from in ("acl", "ccomp") or of_phrase) and node.pos == "NOUN" and _none_of(syntax, node):
            found.add("negated")  # "no evidence that any detainee was tortured", "no sign that they will attack"
        if came_from == "acl" and node.pos == "NOUN" and lemma in lexicon.cues.get("negating_noun", {}):
            found.add(lexicon.cues["negating_noun"][lemma])  # "the failure of the talks to reach agreement", "its unwillingness to concede"
        if came_from == "xcomp" and _asked_of_another(syntax, lexicon, node):
            found.add("expected")  # "urged the rebels to attack the city", "was invited to visit": asked, not done
        if came_from == "acl" and node.pos == "NOUN" and _taken_back(syntax, lexicon, node):
            found.add("negated")  # "withdrew its offer to acquire X", "scrapped plans to build"
        if came_from == "ccomp" and lemma in _DENYING and below.i > node.i:
            found.add("negated")  # "denied the activists had forced the changes": the speaker says it did not happen
        if came_from in ("ccomp", "xcomp") and lemma in _PERMITTING and any(k.dep == "neg" for k in _kids(syntax, node)):
            found.add("negated")  # "won't allow Iraq's army to take control": not to be taken
        if came_from == "ccomp" and lemma in _IMPLYING and any(k.dep == "neg" for k in _kids(syntax, node)):
            found.add("negated")  # "did not mean that Libya had cut its ties": what is said not to follow did not happen
        if came_from == "prep" and below.text.lower() == "from" and lemma in lexicon.words("holding_back"):
            found.add("negated")  # "kept him from probing the scandal", "stopped them from leaving"
        describing = node.pos in ("NOUN", "PROPN") and _describes_the_noun(syntax, below)
        if lemma in governors and not describing:  # "the plan, criticised by the unions": no act planned
            found.add(governors[lemma])
        if came_from in ("xcomp", "ccomp") and lemma == "be":
            # "it is possible to reach agreement": the parse hangs the act on "is", beside its adjective
            found.update(governors[k.text.lower()] for k in _kids(syntax, node) if k.dep == "acomp" and k.text.lower() in governors)
        if same_subject and lemma in negating_verbs and not own_type_negates:
            found.add(negating_verbs[lemma])
    if event_month is not None and article_month is not None and article_month - event_month > 6:
        found.add("historical")
    if "expected" in found and _said_to_be_past(syntax, verb):
        found.discard("expected")  # "wants X to take a lead after lifting the curbs two weeks ago": done
    if not found and verb.tag in ("VBG", "VBZ", "VBP") and _said_to_come(syntax, verb):
        found.add("expected")  # "is travelling to America next week": present tense, a time to come
    if not found and verb.tag in ("VBZ", "VBP") and syntax.tense(verb) == "future" and _dated(syntax, verb):
        found.add("expected")  # "EU ministers meet on Thursday": a timetable's present, a time to come
    if "negated" in found and _antecedent(syntax, verb, conditions):
        return "hypothetical"  # "if the Saudis do not accept Brazil's terms": a condition, not a refusal
    return next((m for m in ORDER if m in found), "asserted")


def _asked_of_another(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> bool:
    """Whether ``verb`` asks, orders or invites someone else to do what its infinitive says
    (kind ``asking_verb``): its object ("urged the rebels to attack"), the one it calls on
    ("called on Iran to release them") or its passive subject ("was invited to visit")."""
    if verb.lemma.lower() not in lexicon.words("asking_verb"):
        return False
    kids = _kids(syntax, verb)
    called_on = any(k.dep == "prep" and k.text.lower() in ("on", "upon") for k in kids)
    return called_on or any(k.dep in ("dobj", "nsubjpass", "auxpass") for k in kids)


def _taken_back(syntax: Syntax, lexicon: EventLexicon, noun: Token) -> bool:
    """Whether the noun (an offer, a plan) is the object of a verb that takes it back (kind
    ``retracting_verb``)."""
    return noun.dep == "dobj" and noun.head != noun.i and syntax.tokens[noun.head].lemma.lower() in lexicon.words("retracting_verb")


def subjunctive(syntax: Syntax, clause: Token) -> bool:
    """A "that" clause whose verb is a bare base form with a subject and no auxiliary ("that
    his country seek help", "that the plant be closed"): what someone proposes be done."""
    kids = _kids(syntax, clause)
    subjects = [k for k in kids if k.dep in ("nsubj", "nsubjpass")]
    # the tagger reads "that his country seek" as a present: a singular subject says it is not
    bare = clause.tag == "VB" or (clause.tag == "VBP" and any(k.tag in ("NN", "NNP") for k in subjects))
    return bare and bool(subjects) and not any(k.dep == "aux" or (k.dep == "auxpass" and k.tag != "VB") for k in kids)


def _whether_or_not(syntax: Syntax, negation: Token) -> bool:
    """The "not" of "whether or not": an open question, no denial."""
    before = syntax.tokens[negation.i - 2 : negation.i] if negation.i >= 2 else []
    return [t.text.lower() for t in before] == ["whether", "or"]


def _in_the_past(syntax: Syntax, preposition: Token) -> bool:
    """'in the past' alone (not "in the past week", which is recent)."""
    if preposition.text.lower() != "in":
        return False
    objects = [k for k in _kids(syntax, preposition) if k.dep == "pobj"]
    return len(objects) == 1 and objects[0].text.lower() == "past" and all(k.dep == "det" for k in _kids(syntax, objects[0]))


def _bare_participle(syntax: Syntax, clause: Token) -> bool:
    """An adverbial present participle with no subject, mark or auxiliary of its own."""
    return clause.dep == "advcl" and clause.tag == "VBG" and not any(k.dep in _CLAUSE_MARKS for k in _kids(syntax, clause))


def _describes_the_noun(syntax: Syntax, clause: Token) -> bool:
    """A relative clause or a bare participle that tells of the noun it hangs on ("the plan,
    which the unions criticised", "the plan, backed by business"), not what the noun holds: an
    infinitive ("plans to attack") or a content clause ("rumours that he was about to resign")."""
    if clause.dep == "relcl":
        return True
    return clause.dep == "acl" and clause.tag in ("VBN", "VBG") and not any(k.dep in _CLAUSE_MARKS for k in _kids(syntax, clause))


_CLAUSE_MARKS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})


def _antecedent(syntax: Syntax, verb: Token, conditions: dict[str, str]) -> bool:
    """Whether the verb heads an "if" or "unless" clause: what may or may not be, as a condition."""
    return verb.dep == "advcl" and any(k.dep == "mark" and conditions.get(k.text.lower()) == "hypothetical" for k in _kids(syntax, verb))


def kept_promise(syntax: Syntax, lexicon: EventLexicon, noun: Token) -> bool:
    """A promise or threat noun its holder kept ("kept their promise to kill", "made good on
    its threat to strike"; verbs of kind ``fulfilling_verb``): the act it held out was done."""
    promises = lexicon.words("threat_noun") | _PROMISES
    if noun.pos != "NOUN" or noun.lemma.lower() not in promises or noun.dep not in ("dobj", "pobj") or noun.head == noun.i:
        return False
    holder = syntax.tokens[noun.head]
    if noun.dep == "pobj" and holder.head != holder.i:  # "made good on its threat"
        holder = syntax.tokens[holder.head]
        if holder.lemma.lower() == "good" and holder.head != holder.i:
            return syntax.tokens[holder.head].lemma.lower() == "make"
    return holder.lemma.lower() in lexicon.words("fulfilling_verb")


_PROMISES = frozenset({"promise", "pledge", "vow", "commitment", "word"})


def _owned_decision(syntax: Syntax, verb: Token) -> bool:
    """'Castro's decision to ban cash transactions': a decision someone made is an act decided,
    not a purpose still to be carried out (a decision no one owns yet may still be taken)."""
    if verb.dep != "acl" or verb.head == verb.i:
        return False
    noun = syntax.tokens[verb.head]
    return noun.lemma.lower() in _DECISIONS and any(k.dep == "poss" for k in _kids(syntax, noun))


_DECISIONS = frozenset({"decision", "move"})


def _the_one_to(syntax: Syntax, verb: Token) -> bool:
    """'X is the latest shareholder to express concern', 'the first country to recognise Y': an
    act its subject did, told by ranking it among others."""
    if verb.dep not in ("acl", "relcl") or verb.head == verb.i:
        return False
    noun = syntax.tokens[verb.head]
    # ("the report is the latest to call into question": the rank word alone)
    return noun.dep == "attr" and (noun.text.lower() in _RANKS or any(k.dep == "amod" and k.text.lower() in _RANKS for k in _kids(syntax, noun)))


# Verbs of what follows from something: negated, they say their complement is not so.
_IMPLYING = frozenset({"mean", "imply", "signal", "indicate", "suggest", "show", "prove"})
_PERMITTING = frozenset({"allow", "permit", "let"})
_MEANS_PREPOSITIONS = frozenset({"by", "through"})


def _means(syntax: Syntax, node: Token, came_from_clause: bool) -> bool:
    """A gerund of means ("by attacking Jordan") or the preposition that opens it."""
    if node.dep == "pcomp" and node.tag == "VBG":
        return node.head != node.i and syntax.tokens[node.head].text.lower() in _MEANS_PREPOSITIONS
    return node.dep == "prep" and came_from_clause and node.text.lower() in _MEANS_PREPOSITIONS


_RANKS = frozenset({"first", "second", "third", "last", "latest", "only", "next", "fourth", "fifth"})
_TO_COME = frozenset({"next", "tomorrow", "coming", "upcoming"})
_GONE_BY = frozenset({"ago", "yesterday"})
_TIME_UNITS = frozenset({"week", "month", "year", "night", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _said_to_be_past(syntax: Syntax, verb: Token) -> bool:
    """Whether the verb's own time phrase lies behind ("two weeks ago", "yesterday", "last
    month"): what was done then is no longer to come."""
    for words in _time_phrases(syntax, verb):
        if any(w.text.lower() in _GONE_BY for w in words):
            return True
        if any(w.text.lower() == "last" and syntax.tokens[w.head].lemma.lower() in _TIME_UNITS for w in words):
            return True
    return False


def _said_to_come(syntax: Syntax, verb: Token) -> bool:
    """Whether the verb's own time phrase lies ahead whatever the article's date ("next
    week", "tomorrow", "in the coming days")."""
    return any(any(w.text.lower() in _TO_COME for w in words) for words in _time_phrases(syntax, verb))


def _dated(syntax: Syntax, verb: Token) -> bool:
    """Whether a phrase of the verb's own names a date ("on Thursday", "on April 1")."""
    return any(w.ent_type == "DATE" for words in _time_phrases(syntax, verb) for w in words)


def _time_phrases(syntax: Syntax, verb: Token) -> list[list[Token]]:
    """The words of each phrase on the verb that may tell its time, two levels deep."""
    phrases = []
    for kid in _kids(syntax, verb):
        if kid.dep in ("npadvmod", "prep", "advmod"):
            words = [kid, *_kids(syntax, kid)]
            phrases.append(words + [g for w in words for g in _kids(syntax, w)])
    return phrases

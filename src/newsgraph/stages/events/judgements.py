"""Criticism said as a judgement: "Kolb said the government was reckless".

A clause reported by a speech verb whose verb is "be" and whose complement is a word of
disapproval (``event_cues.tsv``, kind ``disapproval``) is criticism (CAMEO 111) by the speaker
of the clause's subject, when that subject is an actor (a person, organization, country, or
the owner of a thing: "the government's plan was reckless"). A judgement of no one ("the
weather was appalling", "lifting the ban would be irresponsible") and a
hedged one ("the war could be illegal": a risk warned of) code nothing.

A reported clause that blames its subject with a verb of fault (kind ``fault_verb``: "Kolb
said the government had failed to act", "broke its pledge", "would wreck the economy",
"let the voters down") is criticism in the same way, when someone is saying it; the cue's value, when given,
names what the verb must take for the blame to hold ("break" a pledge or a promise, not a
record; "fail" to do something). Told in the passive with a "by" phrase ("voters feel let down
by the government", "they have been neglected by Mr Lee"), the one in the "by" phrase is
blamed, not the subject wronged.

The same judgement as a sentence of a direct quote ('"the minister has failed to act," said
Lee') is the criticism of the quote's speaker.
"""

from __future__ import annotations

from ...model import Actor, Document, Span, Token
from ..timex.syntax import Syntax
from . import roles
from .actors import agent_role
from .lexicon import EventLexicon, Pattern, load_event_lexicon
from .modality import no_one_does
from .triggers import Trigger

JUDGEMENT_HEAD = "<judgement>"  # the head of the pattern given to judgements
QUOTED_JUDGEMENT_HEAD = "<quoted judgement>"  # a judgement in someone's own quoted words
_FIRST_PERSON = frozenset({"i", "we", "you"})
_COMPLEMENTS = frozenset({"acomp", "attr"})
_SPEECH = frozenset({"insist", "argue", "warn", "complain", "claim", "declare", "rule", "find", "conclude", "think", "believe"})  # a court rules, a report finds; an opinion held is voiced
_HEDGES = frozenset({"could", "may", "might"})
_TRUST = frozenset({"trust", "faith", "confidence", "belief"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "csubj", "acl", "relcl"})


def judgements(syntax: Syntax, lexicon: EventLexicon, triggers: list[Trigger], skip: tuple[Span, ...]) -> list[Trigger]:
    """Reported clauses that judge their subject ("X was [a word of disapproval]", "X failed to
    act") that no pattern matched."""
    taken = {t.verb.i for t in triggers} | {t.head.i for t in triggers}
    speech = lexicon.words("report_verb") | _SPEECH
    coding = lexicon.coding("111")
    pattern = Pattern(JUDGEMENT_HEAD, (), "V", "111", "ACCUSE", coding.mode if coding else None)
    found = []
    for token in syntax.tokens:
        reporting = reporting_verb(syntax, token)
        if reporting is None or token.i in taken or any(s.start <= token.start < s.end for s in skip):
            continue
        subjects = roles.children(syntax, token, "nsubj", "nsubjpass") or _denied_trust_subject(syntax, lexicon, token)
        if reporting.lemma.lower() not in speech or not subjects:
            continue
        if any(a.text.lower() in _HEDGES for a in roles.children(syntax, token, "aux")) and not roles.children(syntax, token, "neg"):
            continue  # "warned the war could be illegal": a risk warned of, no one blamed ("could not be trusted" is a judgement)
        judging = _judging(syntax, lexicon, token)
        if judging:
            found.append(Trigger(token, judging, pattern, token))
    return found


def reporting_verb(syntax: Syntax, clause: Token) -> Token | None:
    """The verb that reports a clause: the head of a complement clause, or the verb of the
    one told, when the parse hung a "that" clause on the listener ("told the Today programme
    that the plans were inadequate")."""
    if clause.head == clause.i:
        return None
    head = syntax.tokens[clause.head]
    if clause.dep == "ccomp":
        return head
    if clause.dep == "conj" and head.dep == "ccomp" and not roles.children(syntax, clause, "mark"):
        return reporting_verb(syntax, head)  # "said X was justified and Y was corrosive"
    told = head.dep in ("dobj", "dative") and head.head != head.i and syntax.tokens[head.head].lemma.lower() == "tell"
    if clause.dep == "acl" and told and any(m.text.lower() == "that" for m in roles.children(syntax, clause, "mark")):
        return syntax.tokens[head.head]
    return None


def voiced_opinion(syntax: Syntax, clause: Token) -> bool:
    """Whether a judged clause is an opinion someone holds ("he thought the plan was wrong"):
    the blame is laid, not merely possible."""
    reporting = reporting_verb(syntax, clause)
    return reporting is not None and reporting.lemma.lower() in _OPINION


_OPINION = frozenset({"think", "believe"})


def quoted_judgements(doc: Document, syntax: Syntax, lexicon: EventLexicon, triggers: list[Trigger]) -> list[Trigger]:
    """Judgements a speaker makes in a direct quote ('"Mr Lee has failed to deliver," she
    said', 'He said: "The government was reckless."'): the main verb of each sentence inside a
    quoted stretch of a quote with a named speaker, when it judges its subject; no pattern
    matched it."""
    taken = {t.verb.i for t in triggers} | {t.head.i for t in triggers}
    coding = lexicon.coding("111")
    pattern = Pattern(QUOTED_JUDGEMENT_HEAD, (), "V", "111", "ACCUSE", coding.mode if coding else None)
    found = []
    for quote in doc.quotes:
        if quote.kind != "direct" or not quote.speaker:
            continue
        for stretch in quote.parts or (quote.content,):
            for token in syntax.analysis.tokens_in(stretch.start, stretch.end):
                if token.i in taken:
                    continue
                if _owned_fault(syntax, lexicon, token):
                    words = (token,) if token.pos == "NOUN" else (token, syntax.tokens[token.head])  # "failure"; "desperate bid"
                    found.append(Trigger(token, words, pattern, token))
                    continue
                if token.head != token.i and token.dep not in ("ccomp", "conj"):
                    continue  # the main verb of a quoted sentence (or its conjunct, or its content clause)
                subjects = _clause_subjects(syntax, token) or list(_wronged_by(syntax, lexicon, token)[1:])
                if not subjects or subjects[0].text.lower() in _FIRST_PERSON:
                    continue  # "we failed", "you must": no one else blamed
                judging = _judging(syntax, lexicon, token)  # "they have not failed": none; "their sums don't add up": blame
                if judging:
                    found.append(Trigger(token, judging, pattern, token))
    return found


_SITUATION_WORDS = frozenset({"it", "this", "that"})


def quoted_judged(doc: Document, syntax: Syntax, trigger: Trigger) -> tuple[Trigger, tuple, list[Actor]] | None:
    """The quote's speaker as actor and the judged subject as recipient, or None."""
    quote = next((q for q in doc.quotes if q.content.start <= trigger.verb.start < q.content.end and q.speaker), None)
    speaker = next((e for e in doc.entities if quote is not None and e.id == quote.speaker), None)
    if speaker is None:
        return None
    actor = roles.as_actor(doc, speaker)
    # '"It is very disappointing," he said': "it" is what happened, no body judged
    if trigger.verb.dep == "amod":  # "his desperate bid": the one whose bid it is
        subjects = roles.children(syntax, syntax.tokens[trigger.verb.head], "poss")
    elif trigger.verb.pos == "NOUN":  # "Labour's failure": its owner
        subjects = roles.children(syntax, trigger.verb, "poss")
    else:
        subjects = _made_by(syntax, trigger.verb) or list(_wronged_by(syntax, load_event_lexicon(), trigger.verb)[1:])
        subjects = subjects or [w for w in _clause_subjects(syntax, trigger.verb) if w.text.lower() not in _SITUATION_WORDS]
    addressed = _judged_actors(doc, syntax, subjects, [actor])
    if not addressed:
        return None
    return trigger, ([actor], False, False), addressed


def _owned_fault(syntax: Syntax, lexicon: EventLexicon, word: Token) -> bool:
    """A word of disapproval on a thing someone else owns, in a speaker's own words ("Mr Lee is
    recycling it in his desperate bid", "Labour's cynical ploy"), or a fault someone else owns
    (kind ``fault_noun``: "Labour's failure to ensure ..."): criticism of the owner."""
    if word.pos == "NOUN" and word.lemma.lower() in lexicon.words("fault_noun"):
        owners = roles.children(syntax, word, "poss")  # "Labour's failure to ensure ...", "the minister's incompetence"
        return bool(owners) and owners[0].text.lower() not in _OWN_POSSESSIVES
    if word.dep != "amod" or word.lemma.lower() not in lexicon.words("disapproval") or word.head == word.i:
        return False
    owners = roles.children(syntax, syntax.tokens[word.head], "poss")
    return bool(owners) and owners[0].text.lower() not in _OWN_POSSESSIVES


_OWN_POSSESSIVES = frozenset({"my", "our", "your"})


def _clause_subjects(syntax: Syntax, verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with ("Mr Lee has forgotten
    the taxpayers and has broken his pledges": Mr Lee broke them)."""
    own = _past_none(syntax, roles.children(syntax, verb, "nsubj"))
    if own or verb.dep != "conj" or verb.head == verb.i:
        return own
    return _past_none(syntax, roles.children(syntax, syntax.tokens[verb.head], "nsubj"))


def _past_none(syntax: Syntax, subjects: list[Token]) -> list[Token]:
    """'None of the Tories' figures add up': what the clause denies is said of the figures."""
    return [o for s in subjects for o in (_of_object(syntax, s) if s.lemma.lower() == "none" else [s])]


def _of_object(syntax: Syntax, word: Token) -> list[Token]:
    return [o for p in roles.children(syntax, word, "prep") if p.text.lower() == "of" for o in roles.children(syntax, p, "pobj")]


def _denied_by_subject(syntax: Syntax, verb: Token) -> bool:
    """A subject that denies its clause: "none of the figures add up", "no sums add up"."""
    subjects = roles.children(syntax, verb, "nsubj")
    return any(s.lemma.lower() == "none" or any(d.text.lower() == "no" for d in roles.children(syntax, s, "det")) for s in subjects)


def _judging(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> tuple[Token, ...]:
    """The trigger's tokens when a reported clause's verb judges its subject: "be" with a word
    of disapproval (the verb and that word), or a verb of fault that takes what its cue asks
    (the verb alone); () otherwise."""
    if any(k.text.lower() in _CONDITIONS for k in roles.children(syntax, verb, "mark")):
        return ()  # "if it was not so serious", "unless they fail": a condition, no judgement
    if any(k.dep == "neg" for k in roles.children(syntax, verb)) or _denied_by_subject(syntax, verb):
        return _denied_virtue(syntax, lexicon, verb)  # "the government has not failed": no blame
    if any(a.text.lower() in _ADVICE for a in roles.children(syntax, verb, "aux")) or no_one_does(syntax, verb):
        return ()  # "no politician should make the mistake of ...": advice, no one blamed
    wronged = _wronged_by(syntax, lexicon, verb)
    if wronged:
        return (wronged[0],)
    if verb.lemma.lower() == "be":
        words = lexicon.words("disapproval")
        judged = [w for w in _complements(syntax, verb) if w.lemma.lower() in words or w.text.lower() in words or _hyphened(syntax, w) in words]
        judged = judged or _little_more_than(syntax, verb) or _too_much(syntax, lexicon, verb)
        return (verb, judged[0]) if judged else ()
    if verb.tag == "VBN" and roles.children(syntax, verb, "auxpass"):
        # "the money was misdirected": a word of disapproval read as a passive judges a thing;
        # "their communities are being victimised", "his words were distorted": they are wronged
        things = all((s.pos == "NOUN" and s.ent_type == "" and agent_role(syntax, s) is None) or s.text.lower() == "it" for s in roles.children(syntax, verb, "nsubjpass"))
        return (verb,) if things and verb.text.lower() in lexicon.words("disapproval") else ()
    wanted = lexicon.cues.get("fault_verb", {}).get(verb.lemma.lower())
    trusted = [o for o in roles.children(syntax, verb, "dobj") if o.lemma.lower() in _TRUST]
    if any(p.text.lower() == "in" for o in [verb, *trusted] for p in roles.children(syntax, o, "prep")) and trusted:
        return ()  # "voters lost trust in the minister": the minister is blamed, not the voters
    return (verb,) if wanted is not None and verb.pos == "VERB" and _takes(syntax, lexicon, verb, wanted) else ()


def _too_much(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> list[Token]:
    """'banks have been too rigid', 'forecasts were overly optimistic': a quality blamed by
    degree (kind ``excessive_quality``), no fault alone ("banks were cautious")."""
    qualities = lexicon.words("excessive_quality")
    return [w for w in _complements(syntax, verb) if w.lemma.lower() in qualities and any(a.text.lower() in _EXCESS for a in roles.children(syntax, w, "advmod"))]


_EXCESS = frozenset({"too", "overly", "excessively", "unduly"})
_FEELING = frozenset({"feel", "be", "get", "seem", "become"})


def _wronged_by(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> tuple[Token, ...]:
    """A fault verb in the passive with a "by" phrase ("they were neglected by the council",
    "voters feel let down by Labour", "forgotten, neglected and taken for granted by Mr Lee"):
    the fault verb, then the words of the "by" phrase; () when there is no such phrase."""
    chain = [verb, *roles.children(syntax, verb, "xcomp", "acomp")] if verb.lemma.lower() in _FEELING else [verb]
    chain += [c for word in list(chain) for c in roles.children(syntax, word, "conj")]
    # "whom he says feel let down": "let" after "feel" is a participle whatever its tag
    participles = [w for w in chain if w.tag == "VBN" or (w is not verb and w.pos == "VERB" and w.dep in ("xcomp", "acomp"))]
    faults = lexicon.cues.get("fault_verb", {})
    blamed = [w for w in participles if w.lemma.lower() in faults and _takes(syntax, lexicon, w, faults[w.lemma.lower()])]
    if not blamed or any(roles.children(syntax, w, "neg") for w in chain):
        return ()
    # the "by" phrase may hang from the last conjunct or its "for granted"
    holders = participles + [c for w in participles for c in roles.children(syntax, w, "advcl", "xcomp") if c.tag == "VBN"]
    agents = [p for w in holders for a in roles.children(syntax, w, "agent") for p in roles.children(syntax, a, "pobj")]
    return (blamed[0], *agents) if agents else ()


_ADVICE = frozenset({"should", "must", "ought"})


def _denied_trust_subject(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> list[Token]:
    """The subject of "X cannot be trusted" (a passive ``virtue_verb``, negated), or []."""
    if verb.lemma.lower() not in lexicon.words("virtue_verb") or not roles.children(syntax, verb, "neg"):
        return []
    return roles.children(syntax, verb, "nsubjpass")


def _denied_virtue(syntax: Syntax, lexicon: EventLexicon, verb: Token) -> tuple[Token, ...]:
    """A virtue denied is a judgement too (kind ``virtue``: "the parties are not straight with
    people", "he is not fit to govern"; kind ``virtue_verb``, passive: "the minister cannot be
    trusted"; kind ``virtue_act``, active, with the particle its value names: "the sums don't
    add up", "the figures do not stack up"; not doing enough)."""
    if verb.lemma.lower() == "be":
        virtues = lexicon.words("virtue")
        denied = [w for w in roles.children(syntax, verb, *_COMPLEMENTS) if w.lemma.lower() in virtues]
        return (verb, denied[0]) if denied else ()
    if verb.lemma.lower() in lexicon.words("virtue_verb") and roles.children(syntax, verb, "auxpass"):
        return (verb,)
    if verb.lemma.lower() == "do" and any(k.lemma.lower() == "enough" for k in roles.children(syntax, verb, "dobj", "advmod", "npadvmod")):
        return (verb,)  # "phone companies are not doing enough to warn customers"
    particle = lexicon.cues.get("virtue_act", {}).get(verb.lemma.lower())
    if particle is not None and (not particle or any(k.lemma.lower() == particle for k in roles.children(syntax, verb, "prt"))) and _things_as_subjects(syntax, verb):
        return (verb,)  # "the sums don't add up", "the plans would not work" (not "she did not work")
    return ()


def _things_as_subjects(syntax: Syntax, verb: Token) -> bool:
    subjects = _past_none(syntax, roles.children(syntax, verb, "nsubj"))
    return bool(subjects) and all(s.pos == "NOUN" and agent_role(syntax, s) is None for s in subjects)


def _takes(syntax: Syntax, lexicon: EventLexicon, verb: Token, wanted: str) -> bool:
    """Whether the fault verb takes what its cue asks for, any of "|"-separated alternatives:
    "<infinitive>" (not one of an outcome no one is blamed for: "failed to reach agreement",
    ``outcome_verb``), "<no_object>" (nothing at all: "the plans have failed"), a particle or
    an object lemma; anything when nothing is asked."""
    if not wanted:
        return True
    kids = roles.children(syntax, verb, "xcomp", "dobj", "prt", "prep", "attr")
    if roles.children(syntax, verb, "auxpass"):
        kids += roles.children(syntax, verb, "nsubjpass")  # "damage will be caused by the plans": what is caused
    parts = wanted.split("|")
    if "<infinitive>" in parts:
        outcomes = lexicon.words("outcome_verb")
        if any(k.dep == "xcomp" and k.pos in ("VERB", "AUX") and k.lemma.lower() not in outcomes for k in kids):
            return True
    if "<no_object>" in parts and not kids:
        return True  # "Labour's plans have failed": the plans' owner is blamed
    # "did nothing wrong", "learned nothing new": a nothing with a word after it is a defence
    return any(k.lemma.lower() in parts and not (k.lemma.lower() == "nothing" and roles.children(syntax, k, "amod")) for k in kids)


def judged(doc: Document, syntax: Syntax, trigger: Trigger, body: int) -> tuple[Trigger, tuple, list[Actor]] | None:
    """The speaker as actor and the judged subject (or its owner) as recipient; None when the
    clause judges no actor."""
    speaker_verb = reporting_verb(syntax, trigger.verb) or syntax.tokens[trigger.verb.head]
    words, passive = roles.subject_tokens(syntax, speaker_verb, body)
    speakers = [a for a in (roles.actor_of(doc, syntax, w) for w in words) if a is not None]
    if not speakers and trigger.verb.lemma.lower() != "be":
        return None  # "Israelis failed to reach agreement, sources reported": a report, no one's blame
    judged_words = _made_by(syntax, trigger.verb) or list(_wronged_by(syntax, load_event_lexicon(), trigger.verb)[1:])
    judged_words = judged_words or [w for w in _past_none(syntax, roles.children(syntax, trigger.verb, "nsubj", "nsubjpass")) if w.text.lower() not in _SITUATION_WORDS]
    judged_words = judged_words or _denied_trust_subject(syntax, load_event_lexicon(), trigger.verb) or _plan_it_stands_for(syntax, trigger.verb)
    clause = _extraposed(syntax, trigger.verb)
    if clause is not None:  # "it was pathetic that Britain gave so little": Britain is judged
        judged_words = roles.children(syntax, clause, "nsubj") if clause.dep == "ccomp" else []
    addressed = _judged_actors(doc, syntax, judged_words, speakers)
    if not addressed:
        return None
    return trigger, (speakers, False, passive), addressed


def _plan_it_stands_for(syntax: Syntax, verb: Token) -> list[Token]:
    """'The Tories dismissed the pay plan as desperate, while the Liberal Democrats said it was
    misdirected': an "it" judged stands for the plan named last before it in its sentence
    (kind ``policy_noun``), whose owner is the one blamed; [] otherwise."""
    subjects = roles.children(syntax, verb, "nsubj", "nsubjpass")
    if len(subjects) != 1 or subjects[0].text.lower() != "it":
        return []
    sentence = syntax.sentence_span(verb.start)
    after = syntax.tokens_between(verb.end, sentence.end)
    if any(roles.children(syntax, w, *_CLAUSES) for w in (verb, *_complements(syntax, verb))) or any(_opens_a_clause(t) for t in after):
        return []  # "it was a scandal that the system ...", "it would be wrong for X to say": what "it" stands for follows
    plans = load_event_lexicon().words("policy_noun")
    before = [t for t in syntax.tokens_between(sentence.start, subjects[0].start) if t.pos == "NOUN" and t.lemma.lower() in plans]
    return before[-1:]


def _opens_a_clause(token: Token) -> bool:
    """'that' opening a clause, or the 'to' of an infinitive."""
    return (token.text.lower() == "that" and token.dep in ("mark", "dobj", "nsubj")) or (token.text.lower() == "to" and token.dep == "aux")


def _made_by(syntax: Syntax, verb: Token) -> list[Token]:
    """Who made what is judged, named by the judgement's "by" phrase ("the campaign was a big
    misjudgement by Labour's team"): they are judged, not the thing they made."""
    return [p for word in _complements(syntax, verb) for prep in roles.children(syntax, word, "prep") if prep.text.lower() == "by" for p in roles.children(syntax, prep, "pobj")]


def _judged_actors(doc: Document, syntax: Syntax, words: list[Token], speakers: list[Actor]) -> list[Actor]:
    """The actors the judged words stand for (or own), none of them a speaker: "X said he had
    failed" is owning up, not criticism of another.  A plan no phrase owns is the plan of the
    owner the article gives that kind of plan ("the Tories' plans ... the plan was dangerous")."""
    found = [roles.actor_of(doc, syntax, w) or owner_actor(doc, syntax, w) or _owner_elsewhere(doc, syntax, w) for w in words]
    return [a for a in found if a is not None and not any(a.entity and a.entity == s.entity for s in speakers)]


def _owner_elsewhere(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    if noun.lemma.lower() not in load_event_lexicon().words("policy_noun"):
        return None
    return next(roles.owners_named_elsewhere(doc, syntax, [noun]), None)


def owner_actor(doc: Document, syntax: Syntax, noun: Token) -> Actor | None:
    """The actor who owns a noun ("the government's plan", "Tory policies") or whose doing it
    names ("the way the government handled the bill"), or None."""
    owners = roles.owner_words(syntax, noun)
    owners += [s for clause in roles.children(syntax, noun, "relcl") for s in roles.children(syntax, clause, "nsubj")]
    if noun.lemma.lower() in load_event_lexicon().words("policy_noun"):  # "a proposal by House Speaker X"
        owners += roles.objects_of(syntax, noun, ("by",))
    for owner in owners:
        found = roles.actor_of(doc, syntax, owner)
        if found is not None:
            return found
    return None


def _complements(syntax: Syntax, verb: Token) -> list[Token]:
    found = []
    for word in roles.children(syntax, verb, *_COMPLEMENTS):
        found.append(word)
        found += roles.children(syntax, word, "conj", "amod")  # "reckless and unfair", "a complete farce"
        if word.lemma.lower() in _KIND_OF:  # "a sign of abusive politics", "an example of its arrogance"
            kinds = [p for prep in roles.children(syntax, word, "prep") if prep.text.lower() == "of" for p in roles.children(syntax, prep, "pobj")]
            found += kinds + [a for k in kinds for a in roles.children(syntax, k, "amod")]
    return found


def _hyphened(syntax: Syntax, word: Token) -> str:
    """The whole of a hyphened word the parse split ("ill-advised" of "advised"), else ""."""
    if word.i < 2 or syntax.tokens[word.i - 1].text != "-":
        return ""
    return f"{syntax.tokens[word.i - 2].text}-{word.text}".lower()


def _little_more_than(syntax: Syntax, verb: Token) -> list[Token]:
    """'The proposals were little more than a PR exercise', 'nothing more than a stunt': a
    thing dismissed as less than it claims to be (not an amount: "no more than 2%")."""
    found = []
    for complement in roles.children(syntax, verb, *_COMPLEMENTS):
        if complement.lemma.lower() == "nothing":  # "nothing more than a stunt"
            more = next((m for m in roles.children(syntax, complement, "amod") if m.lemma.lower() == "more"), None)
        elif complement.lemma.lower() == "more" and any(m.text.lower() in _DISMISSING for m in roles.children(syntax, complement, "advmod", "amod", "npadvmod")):
            more = complement  # "little more than a PR exercise"
        else:
            more = None
        if more is None:
            continue
        than = [o for p in roles.children(syntax, more, "prep") if p.text.lower() == "than" for o in roles.children(syntax, p, "pobj")]
        if than and all(o.pos == "NOUN" and o.ent_type not in roles.AMOUNT_TYPES for o in than):
            found.append(more)
    return found


_DISMISSING = frozenset({"little", "nothing"})


_KIND_OF = frozenset({"sign", "example", "case", "act", "display", "symptom", "piece", "kind", "form", "mark"})


def _extraposed(syntax: Syntax, verb: Token) -> Token | None:
    """The clause an extraposed "it" stands for ("it was wrong to suggest ...", "it was
    pathetic that Britain ..."), or None when the subject is no such "it"."""
    subjects = roles.children(syntax, verb, "nsubj")
    if not subjects or subjects[0].text.lower() != "it":
        return None
    holders = [verb, *roles.children(syntax, verb, "acomp", "attr")]
    return next((c for h in holders for c in roles.children(syntax, h, "xcomp", "ccomp")), None)

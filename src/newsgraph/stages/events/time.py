"""The time of an event: the date of the time expression that governs its trigger.

``event_time(doc, analysis, offset)`` looks, in order, for a dated expression (DATE or TIME
with a concrete value) in the trigger's own clause, then in a clause that holds it (a
reporting clause; nearest first), then the narrative's current date, then the article date
(not a year alone inferred from the text: the latest year a profile or an obituary names is a
lower bound of when it was written, not the day of its events).  The current date is the
last day-level date of an earlier sentence in the same paragraph; a new paragraph returns to
the date of the lead (news puts the main event's date first and flashbacks after it), when
the lead (its first two paragraphs) gives one.
Quotations and parentheses never set the current date.  It returns an ``EventTime``
with the value, its granularity and where it came from, so the events stage can write
``Event.date`` and say how sure it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...ingest.dates import DATELINE_ALONE
from ...model import Analysis, Document, TimeExpr, Token
from ..timex.article_date import BOUNDS, YEAR_LED
from ..timex.calendar import granularity
from ..timex.lexicon import number
from ..timex.syntax import Syntax
from .actors import children
from .lexicon import EventLexicon, load_event_lexicon
from .modality import saying_verb

SOURCES = ("clause", "sentence", "narrative", "article")


@dataclass(frozen=True, slots=True)
class EventTime:
    value: str
    granularity: str | None
    source: str  # one of SOURCES
    time: TimeExpr | None = None  # the governing expression (None for the article date)


def event_time(doc: Document, analysis: Analysis, offset: int, syntax: Syntax | None = None) -> EventTime | None:
    """The governing date of the trigger at character ``offset``, or None if nothing dates it.

    ``syntax`` is the analysis's ``Syntax`` when the caller has one already."""
    syntax = syntax if syntax is not None and syntax.analysis is analysis else Syntax(analysis)
    trigger = _token_at(analysis, offset)
    # with no article date, "in December" is still December (XXXX-12): a date the text gives
    dated = [t for t in doc.times if _is_dated(t) or (doc.article.date is None and _year_unknown(t))]
    if trigger is not None:
        sentence = syntax.sentence_span(offset)
        in_sentence = [t for t in dated if sentence.start <= t.span.start < sentence.end]
        head = syntax.clause_head(trigger)
        in_sentence = [t for t in in_sentence if not _describes_a_side(syntax, t, trigger) and not _dates_a_thing(syntax, t, trigger)]
        # "has been arrested in connection with the bombings last year": a present perfect takes
        # no "last year" or "yesterday" of its own, so that time is the bombings'
        if _present_perfect(syntax, head):
            in_sentence = [t for t in in_sentence if not (_deictic_past(doc.article.text, t) and _happening_between(syntax, trigger, t))]
        # "extended the deadline until 15 July": a limit dates no act, unless the act's clause
        # tells of the time itself ("remained an MP until 1995, when he resigned")
        on_time = syntax.tokens[head.head].start if head.dep == "relcl" else -1
        in_sentence = [t for t in in_sentence if not _a_limit(doc.article.text, t) or t.span.start <= on_time < t.span.end]
        # "committed to open its banks when it joined the WTO in 2002": a "when" clause's date is the act's
        clauses = {head.i} | {c.i for c in syntax.tokens_between(sentence.start, sentence.end) if _when_clause_of(syntax, c, head)}
        # "the agreement reached by ministers in May 2004": the participle telling of the noun's act dates it
        clauses |= {c.i for c in syntax.tokens_between(sentence.start, sentence.end) if c.dep == "acl" and c.head == trigger.i and c.tag == "VBN"}
        same_clause = [t for t in in_sentence if _clause_of(syntax, t) in clauses]
        governing = _governing_clauses(syntax, head)
        over_it = [t for t in in_sentence if _clause_of(syntax, t) in governing and not _across_a_dash(syntax, trigger, t)]
        for source, pool in (("clause", same_clause), ("sentence", over_it)):
            if pool:
                chosen = min(pool, key=lambda t: abs(t.span.start - offset))
                if _counted_from_a_bound(doc, chosen):
                    return None  # "last year" from a year the text only suggests: a time, but unknown
                return EventTime(chosen.value, granularity(chosen.value), source, chosen)
        # "now" is the story's own day: it leaves the act to the article date
        if any(_clause_of(syntax, t) == head.i for t in doc.times if t.type in ("DATE", "TIME") and not _is_dated(t) and t.value != "PRESENT_REF"):
            return None  # "met officials on Wednesday" with no article date: its own day, unknown
        if _past_perfect(syntax, head):
            return None  # "had already dispatched marines": before the story's day, by how long unsaid
        told = _occasion_dated_before(syntax, dated, head, sentence.start) or _attack_dated_before(syntax, dated, trigger, head, sentence.start)
        told = told or _victim_dated_before(syntax, dated, head, sentence.start)
        if told is not None:
            return EventTime(told.value, granularity(told.value), "narrative", told)
        if not _present_perfect(syntax, head) and (current := narrative_date(doc, sentence.start, syntax)):
            return EventTime(current.value, granularity(current.value), "narrative", current)
    article_date = doc.article.date
    if article_date is not None and not _year_only_suggested(doc):
        return EventTime(article_date.value, granularity(article_date.value), "article")
    return None  # a year the text only suggests ("deselected in December 1996") bounds the article, it dates no event


def _counted_from_a_bound(doc: Document, time: TimeExpr) -> bool:
    """'last year', 'January next year' counted from a year only inferred from the text: that
    year bounds when the article was written ("fifth term in June 2004" is no date of writing),
    so what is counted from it dates nothing."""
    article = doc.article.date
    if article is None or not _year_only_suggested(doc) or time.anchor != article.value:
        return False
    return _SHIFTED.search(doc.article.text[time.span.start : time.span.end]) is not None


def _year_only_suggested(doc: Document) -> bool:
    """Whether the article's date is a year only inferred from the text: a bound on when it
    was written, no date of it."""
    article = doc.article.date
    return article is not None and article.inferred and len(article.value) < 10


# Words that count a time from the anchor ("last year", "next month", "two years ago"), not
# a month or a day that only takes the anchor's year ("in April")
_SHIFTED = re.compile(r"\b(?:last|next|this|ago|previous|coming|following|earlier|later|past)\b", re.IGNORECASE)


_DASHES = frozenset({"--", "\u2014", "\u2013"})


def _across_a_dash(syntax: Syntax, trigger: Token, time: TimeExpr) -> bool:
    """'He criticized the government's stance -- the punt was devalued last August': the
    clause past a dash is an aside, whatever the parse hangs on it, and does not date the act."""
    low, high = sorted((trigger.start, time.span.start))
    between = syntax.tokens_between(low, high)
    text = syntax.analysis.text
    return any(t.text in _DASHES or (t.text == "-" and text[t.start - 1 : t.start] == " " and text[t.end : t.end + 1] == " ") for t in between)


def written_after(doc: Document, syntax: Syntax) -> str | None:
    """A lower bound of when an undated article was written: the latest year (with its month
    when given) that a time expression in a past-tense clause names ("was elected in 2001",
    "stepped down in May 2003"): an article reports what was done before it.  An event years
    before that bound is background even though no date of the article is known."""
    latest: tuple[int, int] | None = None
    for time in doc.times:
        found = YEAR_LED.match(time.value) if time.type == "DATE" and time.mod not in BOUNDS else None
        if found is None or syntax.tense_at(time.span.start, time.span.end) != "past":
            continue
        when = (int(found[1]), int(found[2][1:]) if found[2] else 1)
        latest = when if latest is None or when > latest else latest
    return f"{latest[0]:04d}-{latest[1]:02d}" if latest else None


# Occasions an act is told as done at, which an earlier sentence may have dated
_OCCASIONS = frozenset({"talk", "talks", "meeting", "conference", "summit", "session", "negotiation", "negotiations"})


def _occasion_dated_before(syntax: Syntax, dated: list[TimeExpr], head: Token, before: int) -> TimeExpr | None:
    """'Failure of talks on coffee quotas last week ... El Salvador backed Brazil at the London
    talks': an act done at a definite occasion an earlier sentence dated takes that date."""
    occasions = [
        o
        for prep in children(syntax, head, "prep")
        if prep.start >= head.start and prep.text.lower() in ("at", "during")
        for o in children(syntax, prep, "pobj")
        if o.lemma.lower() in _OCCASIONS and any(d.text.lower() == "the" for d in children(syntax, o, "det"))
    ]
    for occasion in occasions:
        for earlier in reversed(syntax.tokens_between(0, before)):
            if earlier.lemma.lower() != occasion.lemma.lower():
                continue
            # the date told with it: "talks on coffee quotas last week", no finite verb between
            times = [t for t in dated if earlier.end <= t.span.start <= earlier.end + _OCCASION_REACH and not _finite_between(syntax, earlier.end, t.span.start)]
            if times:
                return times[0]
    return None


_OCCASION_REACH = 90  # characters after an occasion's word where its date may stand


def _attack_dated_before(syntax: Syntax, dated: list[TimeExpr], trigger: Token, head: Token, before: int) -> TimeExpr | None:
    """'The car bomb attack at the U.S. embassy in Nairobi killed 253 people', 'Americans killed
    in the Kenya embassy bombing', told after "the August 7 bombings": an attack told again,
    as a definite noun, takes the date an earlier sentence gave an attack."""
    lexicon = load_event_lexicon()
    nouns = [trigger, *children(syntax, head, "nsubj"), *(o for prep in children(syntax, head, "prep") if prep.text.lower() == "in" for o in children(syntax, prep, "pobj"))]
    if not any(_an_attack_noun(lexicon, n) and any(d.text.lower() == "the" for d in children(syntax, n, "det")) for n in nouns):
        return None
    for time in sorted(dated, key=lambda t: t.span.start):
        if time.span.start >= before:
            break
        root = syntax.root_of(time.span.start, time.span.end)
        if root is not None and root.dep in _NOUN_MODIFIERS and root.head != root.i and _an_attack_noun(lexicon, syntax.tokens[root.head]):
            return time  # "the August 7 bombings"
    return None


def _victim_dated_before(syntax: Syntax, dated: list[TimeExpr], head: Token, before: int) -> TimeExpr | None:
    """'Slepian was killed by a single gunshot', told after "the October 1998 shooting death of
    Dr. Barnet Slepian": an attack on a named victim takes the date an earlier sentence gave an
    attack on that name."""
    lexicon = load_event_lexicon()
    if not lexicon.names_an_attack(head.lemma, ("V",)):
        return None
    victims = {t.text for s in children(syntax, head, "nsubjpass", "dobj") for t in (s, *children(syntax, s, "compound")) if t.pos == "PROPN"}
    if not victims:
        return None
    for time in sorted(dated, key=lambda t: t.span.start):
        if time.span.start >= before:
            break
        # read in text order, whatever the parse made of it: the date, its attack noun, "of" the name
        after = syntax.tokens_between(time.span.end, min(before, time.span.end + _VICTIM_REACH))
        nouns = [i for i, t in enumerate(after[:3]) if _an_attack_noun(lexicon, t) or t.lemma.lower() in lexicon.words("attack_noun")]
        if nouns and any(t.text in victims for t in after[nouns[0] :] if t.text != "of"):
            return time
    return None


_VICTIM_REACH = 80  # characters after an attack's date where its victim's name may stand


def _an_attack_noun(lexicon: EventLexicon, noun: Token) -> bool:
    return noun.pos == "NOUN" and lexicon.names_an_attack(noun.lemma.lower())


def _finite_between(syntax: Syntax, start: int, end: int) -> bool:
    return any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in syntax.tokens_between(start, end))


def narrative_date(doc: Document, before: int, syntax: Syntax) -> TimeExpr | None:
    """The current date at ``before``: the paragraph's last day-level date, else the lead's.
    A date that dates a noun ("the laws introduced after the attacks on 11 September 2001")
    is that happening's, not the story's."""
    text = doc.article.text
    asides = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)|[\"“][^\"“”]*[\"”]", text)]
    paragraph_start = text.rfind("\n", 0, before) + 1
    days = [t for t in doc.times if granularity(t.value) in ("day", "time") and not any(s <= t.span.start < e for s, e in asides) and not _life_date(text, t)]
    days = [t for t in days if not _dates_a_noun(syntax, t) and not _a_limit(text, t) and not _after_the_article(doc, t)]
    in_paragraph = [t for t in days if paragraph_start <= t.span.start < before]
    if in_paragraph:
        return in_paragraph[-1]
    lead = [t for t in days if t.span.start < min(before, _lead_end(text))]
    return lead[0] if lead else None


def _dates_a_noun(syntax: Syntax, time: TimeExpr) -> bool:
    """A date in a phrase of a noun ("the attacks on 11 September 2001", "the vote of 5 May")."""
    root = syntax.root_of(time.span.start, time.span.end)
    if root is None or root.dep != "pobj" or root.head == root.i:
        return False
    prep = syntax.tokens[root.head]
    return prep.dep == "prep" and prep.head != prep.i and syntax.tokens[prep.head].pos in ("NOUN", "PROPN")


_LIMIT = re.compile(r"\b(?:until|till|by|deadline(?:\s+of)?|due(?:\s+(?:out|back|home))?(?:\s+(?:on|by|in|at|for))?)\s*$", re.IGNORECASE)


def _a_limit(text: str, time: TimeExpr) -> bool:
    """A deadline ("extended the deadline until 15 July 2006", "by 1 May", "a budget due out on
    April 1"): a limit, no day the story's later sentences go on from."""
    return _LIMIT.search(text[max(0, time.span.start - 20) : time.span.start]) is not None


def _after_the_article(doc: Document, time: TimeExpr) -> bool:
    """A day after the article's own date: a plan or a deadline, no current date of the story."""
    article = doc.article.date
    return article is not None and len(article.value) >= 10 and time.value[:10] > article.value[:10]


_LIFE_DATE = re.compile(r"\b(?:born|died)\b(?:\s+\S+){0,2}\s*$")


def _life_date(text: str, time: TimeExpr) -> bool:
    """A birth or death date ("was born on 27 October, 1920"): a fact about a person, no time
    the story's later sentences go on from."""
    return _LIFE_DATE.search(text[max(0, time.span.start - 30) : time.span.start]) is not None


def _lead_end(text: str) -> int:
    """Where the lead ends: after the first two paragraphs with text (a title and the first
    paragraph, or the first two), a dateline on a line of its own not counted. A date deeper in the story ("I was born on 25 August 1938")
    is no date of the story's news."""
    seen, position = 0, 0
    for paragraph in re.finditer(r"[^\n]+", text):
        if paragraph.group().strip() and not DATELINE_ALONE.match(paragraph.group().strip()):  # "AMHERST, N.Y. (AP) --" alone opens the lead
            seen += 1
            position = paragraph.end()
            if seen == 2:
                break
    return position


def _is_dated(time: TimeExpr) -> bool:
    return time.type in ("DATE", "TIME") and granularity(time.value) is not None


_YEAR_UNKNOWN = re.compile(r"^XXXX-\d\d(-\d\d)?$")


def _year_unknown(time: TimeExpr) -> bool:
    """A month or a day of the month whose year nothing gives ("in December" undated: XXXX-12)."""
    return time.type == "DATE" and _YEAR_UNKNOWN.match(time.value) is not None


def _when_clause_of(syntax: Syntax, clause: Token, head: Token) -> bool:
    """Whether ``clause`` is a "when" clause hung on the clause headed by ``head``."""
    if clause.dep != "advcl" or clause.i == head.i or clause.tag != "VBD" or not _below(syntax, clause, head, 3):
        return False  # a past "when" clause on the act or a word below it ("committed to opening ... when it joined")
    return any(k.text.lower() == "when" and k.dep in ("advmod", "mark") for k in (syntax.tokens[i] for i in syntax.children.get(clause.i, ())))


def _below(syntax: Syntax, token: Token, top: Token, steps: int) -> bool:
    node = token
    for _ in range(steps):
        if node.head == node.i:
            return False
        node = syntax.tokens[node.head]
        if node.i == top.i:
            return True
    return False


def _governing_clauses(syntax: Syntax, head: Token) -> set[int]:
    """The heads of the clauses that hold the clause headed by ``head`` ("police said on
    Monday they had arrested him": the saying holds the arrest).  A date in a clause beside
    the event's or inside another's ("the MP, first elected in 1987, backs the plan") is the
    date of something else."""
    heads = {head.i}
    for _ in range(8):
        if head.head == head.i or _present_beside_a_past(syntax, head):
            break
        head = syntax.clause_head(syntax.tokens[head.head])
        heads.add(head.i)
    return heads


def _present_beside_a_past(syntax: Syntax, verb: Token) -> bool:
    """'announced a freeze on Wednesday and is negotiating', 'was suspended on 25 September and
    has since lodged a complaint': a present (or a present perfect) joined to a past is today's,
    not dated by the past's time."""
    if verb.dep != "conj" or verb.head == verb.i or not _simple_past(syntax, syntax.tokens[verb.head]):
        return False
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    return verb.tag in ("VBZ", "VBP") or any(k.dep == "aux" and k.tag in ("VBZ", "VBP") for k in kids)


def _simple_past(syntax: Syntax, verb: Token) -> bool:
    """'announced', 'was suspended': a past, active or passive."""
    if verb.tag == "VBD":
        return True
    return verb.tag == "VBN" and any(syntax.tokens[i].dep == "auxpass" and syntax.tokens[i].tag == "VBD" for i in syntax.children.get(verb.i, ()))


def _describes_a_side(syntax: Syntax, time: TimeExpr, trigger: Token) -> bool:
    """A date inside an apposition or a subject ("Mr Lee, a minister since 1997, visited ...",
    "the 2001 winner said"): it dates what the phrase says of the side, not the clause's act."""
    node = syntax.root_of(time.span.start, time.span.end)
    if node is None or syntax.tokens[node.head].pos == "PROPN":
        return False  # "says on 13 March Lord Lee met": a name takes no date, the parse erred
    following = syntax.tokens_between(time.span.end, time.span.end + 12)
    if following and following[0].pos in ("VERB", "AUX") and following[0].tag in ("VBD", "VBZ", "VBP", "MD"):
        return False  # "the US and a group of other nations on Thursday granted ...": the verb's time, hung on the subject
    for _ in range(8):
        if node.head == node.i:
            return False
        node = syntax.tokens[node.head]
        if node.pos in ("VERB", "AUX") or node.i == trigger.i:
            return False  # "the talks in May were held": the event noun's own date
        if node.dep in _SIDE_DEPS and node.pos in ("NOUN", "PROPN"):
            return not _happening_subject(node)
    return False


_NOUN_MODIFIERS = frozenset({"compound", "amod", "poss", "nummod", "nmod"})
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "during", "following", "until", "till", "in", "at", "on", "by", "amid", "throughout", "within"})


def _past_perfect(syntax: Syntax, verb: Token) -> bool:
    """'had dispatched', 'had been arrested', and what they were for ('had dispatched marines
    to occupy the ports'): a past before the narrative's past. Not in reported speech, where
    "said it had agreed" is the speaker's "we agreed", shifted back."""
    for _ in range(2):
        kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
        if verb.tag == "VBN" and any(k.dep == "aux" and k.text.lower() == "had" for k in kids):
            return saying_verb(syntax, load_event_lexicon(), verb) is None
        if verb.dep not in ("xcomp", "advcl", "conj") or verb.head == verb.i:
            return False
        verb = syntax.tokens[verb.head]
    return False


def _deictic_past(text: str, time: TimeExpr) -> bool:
    """'last year', 'yesterday', 'two weeks ago': a finished time counted back from today."""
    words = text[time.span.start : time.span.end].lower().split()
    return bool(words) and (words[0] == "last" or words == ["yesterday"] or words[-1] == "ago")


def _happening_between(syntax: Syntax, trigger: Token, time: TimeExpr) -> bool:
    """Whether a noun naming something that happens stands between the trigger and the time."""
    return any(t.pos == "NOUN" and t.tag != "CD" and _a_happening(t) for t in syntax.tokens_between(trigger.end, time.span.start))


def _present_perfect(syntax: Syntax, verb: Token) -> bool:
    """'Shipowners have offered a raise' (and 'a raise, which the seamen rejected', told of
    it): a past told from the story's own day, not from the date the paragraph has reached."""
    if verb.dep == "relcl" and verb.head != verb.i:
        noun = syntax.tokens[verb.head]
        verb = syntax.tokens[noun.head] if noun.head != noun.i else verb
    kids = [syntax.tokens[i] for i in syntax.children.get(verb.i, ())]
    return verb.tag == "VBN" and any(k.dep == "aux" and k.text.lower() in ("has", "have", "'ve") for k in kids)


def _dates_a_thing(syntax: Syntax, time: TimeExpr, trigger: Token) -> bool:
    """A date that modifies a noun other than the trigger ("withdrew from the December
    agreement", "reiterated its commitment to last December's accord"): it dates that thing,
    not the act."""
    node = syntax.root_of(time.span.start, time.span.end)
    if node is not None and (_start_of_a_thing(syntax, node, trigger) or _period_of_a_thing(syntax, node, trigger)):
        return True
    if node is None or node.dep not in _NOUN_MODIFIERS or node.head == node.i:
        return False
    noun = syntax.tokens[node.head]
    if noun.pos not in ("NOUN", "PROPN") or noun.i == trigger.i or time.span.start <= noun.start < time.span.end or _happening_subject(noun):
        return False
    if noun.pos == "PROPN" and noun.dep in ("nsubj", "nsubjpass"):
        return False  # "says on 13 March Lord Goldsmith met": a name takes no date, the parse erred
    preposition = syntax.tokens[noun.head].text.lower() if noun.dep == "pobj" and noun.head != noun.i else ""
    if preposition in _TIME_PREPOSITIONS and (preposition not in _PLACE_OR_TIME or _a_happening(noun)):
        return False  # "stepped down after his party's 2001 election defeat", "at the 1987 summit": a time by that thing
    if _below(syntax, trigger, noun, 6) and (_a_happening(noun) or noun.lemma.lower() in load_event_lexicon().words("attack_noun")):
        return False  # "the 1995 shooting of Dr. Short, who was wounded": told inside the dated happening
    if preposition == "under" and trigger.lemma.lower() == "agree" and syntax.tokens[noun.head].head == trigger.i:
        return False  # "under a February 21 deal, Bally agreed to buy": the deal is the agreeing
    clause = syntax.clause_head(trigger)
    # "the 1985 accord under which they agreed"; the parse may hang the clause on a noun before
    # ("the architect of the December accord, under which they agreed")
    return not (clause.dep in ("relcl", "acl") and (clause.head == noun.i or _just_before_clause(syntax, clause, noun)))


def _just_before_clause(syntax: Syntax, clause: Token, noun: Token) -> bool:
    """Whether ``noun`` ends the words just before a relative clause set off by a comma: it is
    the one the clause tells of, wherever the parse hung it."""
    first = min((clause, *(t for t in syntax.tokens_between(syntax.sentence_span(clause.start).start, clause.start) if _below(syntax, t, clause, 6))), key=lambda t: t.i)
    return first.i >= 2 and syntax.tokens[first.i - 1].text == "," and syntax.tokens[first.i - 2].i == noun.i


def _start_of_a_thing(syntax: Syntax, node: Token, trigger: Token) -> bool:
    """A start a noun is given ("offered a pay rise from April 1"): when the thing offered
    begins, not when it was offered."""
    while node.dep in ("npadvmod", "nummod", "compound") and node.head != node.i and syntax.tokens[node.head].pos in ("NOUN", "PROPN"):
        node = syntax.tokens[node.head]  # "from July next year": "next year" hangs on "July"
    if node.dep not in ("pobj", "npadvmod") or node.head == node.i:
        return False  # "from July next year" may hang "next year" on "from" itself
    preposition = syntax.tokens[node.head]
    if preposition.text.lower() not in _STARTS or preposition.head == preposition.i:
        return False
    noun = syntax.tokens[preposition.head]
    while noun.pos == "ADP" and noun.head != noun.i:  # "from April 1 and a further rise from July": a chain
        noun = syntax.tokens[noun.head]
    return noun.pos == "NOUN" and noun.i != trigger.i and not _happening_subject(noun) and not _a_happening(noun)


def _period_of_a_thing(syntax: Syntax, node: Token, trigger: Token) -> bool:
    """The period a figure or a thing is "for" ("challenging its reported net loss for the
    second quarter of 1984"): what the thing covers, not when it was acted on."""
    if node.dep != "pobj" or node.head == node.i:
        return False
    preposition = syntax.tokens[node.head]
    if preposition.text.lower() != "for" or preposition.head == preposition.i:
        return False
    noun = syntax.tokens[preposition.head]
    if noun.pos in ("VERB", "AUX"):  # the parse may hang it on the verb, after the thing: "challenging its loss for 1984"
        noun = next((o for o in children(syntax, noun, "dobj") if o.i < preposition.i), noun)
    return noun.pos == "NOUN" and noun.i != trigger.i and not _happening_subject(noun) and not _a_happening(noun)


def _a_happening(noun: Token) -> bool:
    """A noun that names something that happens ("summit", "election", "talks") or a text an
    act is made in, not a thing ("called for approval of 300 mln dlrs in new 1987 economic
    aid"); a number is a day the parse split off ("On February Six")."""
    lexicon = load_event_lexicon()
    lemma = noun.lemma.lower()
    # "resigned in a March 10 letter": a text an act is made in is dated with it
    texts = lexicon.words("statement_noun") | lexicon.words("authored_text")
    return ("N", lemma) in lexicon.patterns or lemma in _HAPPENING_NOUNS or lemma in texts or noun.tag == "CD" or _day_number(lemma)


def _day_number(word: str) -> bool:
    value = number(word)
    return value is not None and 1 <= value <= 31


_STARTS = frozenset({"from", "starting", "effective"})
_PLACE_OR_TIME = frozenset({"in", "at", "on", "by", "within"})  # "in 1987 aid" is no time; "in the 2001 election" is
_HAPPENING_NOUNS = frozenset({"election", "summit", "meeting", "session", "conference", "war", "visit", "campaign", "poll", "vote", "referendum", "talks", "crisis", "budget", "blast"})


def _happening_subject(noun: Token) -> bool:
    """A subject that names an event itself ("last Friday's bombing killed five", "Monday's
    talks ended"): its date is the date of what it did."""
    lemma = noun.lemma.lower()  # "the Aug. 7 terrorist blasts killed 257 people"
    return noun.dep in ("nsubj", "nsubjpass") and noun.pos == "NOUN" and (("N", lemma) in load_event_lexicon().patterns or lemma in _HAPPENING_NOUNS)


_SIDE_DEPS = frozenset({"appos", "nsubj", "nsubjpass", "dep"})  # dep: a fronted description ("A director since 1984, Mr Lee ...")


def _clause_of(syntax: Syntax, time: TimeExpr) -> int | None:
    root = syntax.root_of(time.span.start, time.span.end)
    return syntax.clause_head(root).i if root is not None else None


def _token_at(analysis: Analysis, offset: int) -> Token | None:
    return next((t for t in analysis.tokens if t.start <= offset < t.end), None)

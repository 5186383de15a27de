"""One happening told several times in an article (headline, lead, later mentions) is one
event: later events of the same type, with the same actor, recipient, date and modality (an act
expected and one possible are both yet to come), are
folded into the first as further ``mentions`` (their evidence spans); a later telling that
names no recipient joins the first of that type by that actor ("refused to retract the
insult ... refused to apologise").  A headline says in few
words what the story tells: its event joins the story's event of the same type by the same
actor, whatever recipient the headline's clipped words gave ("Straw praises Kashmir moves" is
the praise of India and Pakistan the story reports). A person's resignation told again with
the post or body left is one resignation, and a named side killed or abducted by no one named
is killed or abducted once, whatever day or past a later telling gives it. An act told again to one of the several sides the
first telling named is that act; a lawsuit and the allegation it makes are one suit."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Actor, Event
from ..base import next_id
from .retold import PlaceIndex, known, same_attack, told_again


def merge_mentions(
    events: list[Event],
    headline_end: int = 0,
    holders: dict[str, tuple[str, ...]] | None = None,
    proposals: frozenset[str] = frozenset(),
    persons: frozenset[str] = frozenset(),
    places: PlaceIndex | None = None,
) -> list[Event]:
    """``holders``: the roles of each person entity ("Mayor"), so that a recipient told by a
    title alone is known as the named holder an earlier telling gave; ``proposals``: the nouns
    for an offer ("offer", "bid"), whose rejection may be told again as a judgement of it;
    ``persons``: the person entities, each killed or abducted once; ``places``: where each
    place entity lies, so that an attack told again in a city of the country it was first
    told in is known as one (retold.py)."""
    events = _into_the_story(events, headline_end)
    merged: list[Event] = []
    index: dict[tuple, int] = {}
    for event in events:
        key = _key(event, persons)
        if key is not None and key not in index and event.recipient is None:
            key = _told_more_fully(index, key)  # "refused to retract the insult ... refused to apologise"
        if key is not None and key not in index and event.recipient is not None and not event.recipient.entity:
            key = _same_holder(index, merged, event, holders or {}) or key
        # an act yet to come told again, now with its recipient (two asserted acts of a kind
        # may well be two: "called for X to be scrapped ... urged Y to draw up plans")
        bare = None
        if key is not None and len(key) == 5 and key[4] == "to come" and event.recipient is not None:
            bare = (*key[:2], None, *key[3:])
        earlier = _told_before_without_recipient(merged, event) if key is not None and key not in index else None
        if earlier is not None:
            # "Turkmenistan cut off gas supplies ... On Friday, Turkmenistan shut off gas supplies
            # to Ukraine": one act, its recipient and its day told the second time
            first = merged[earlier]
            dated = first.date_source == "article" and event.date_source == "text"
            merged[earlier] = replace(
                first,
                recipient=event.recipient,
                date=event.date if dated else first.date,
                date_source=event.date_source if dated else first.date_source,
                mentions=(*first.mentions, event.evidence),
            )
            continue
        if key is not None and key not in index and bare in index and merged[index[bare]].recipient is None:
            # "will reportedly reject any offer ... say they will oppose any bid from X": the
            # first telling, its recipient told by the second
            first = merged[index[bare]]
            merged[index[bare]] = replace(first, recipient=event.recipient, mentions=(*first.mentions, event.evidence))
            continue
        suit = _claim_of_the_suit(merged, event)
        if suit is not None:
            # "filed a lawsuit alleging that X stole its designs": one suit, against X
            merged[suit] = replace(merged[suit], recipient=event.recipient, co_recipients=event.co_recipients)
            continue
        purpose = _done_for_its_purpose(merged, event) if key is not None and key not in index else None
        if purpose is not None:
            # "agreed to pay $10m to settle the suit filed by X": the settling is the agreement,
            # told once, with X when only the purpose names X
            first = merged[purpose]
            merged[purpose] = first if first.recipient is not None else replace(first, recipient=event.recipient)
            continue
        rejected = _rejection_told_as_judgement(merged, event, proposals) if key is not None and key not in index else None
        if rejected is not None:
            # "rejected a takeover offer from X ... dismissed the offer as inadequate": the
            # rejection, told again as what the offer is worth
            first = merged[rejected]
            merged[rejected] = replace(first, mentions=(*first.mentions, event.evidence))
            continue
        voiced = _voiced_by_its_minister(merged, event) if key is not None and key not in index else None
        if voiced is not None:
            # "Britain called on Japan to ... Trade Secretary X said Japan must ...": the state's
            # call, told again as its minister's words
            first = merged[voiced]
            merged[voiced] = replace(first, mentions=(*first.mentions, event.evidence))
            continue
        signed = _accession_signed(merged, event) if key is not None and key not in index else None
        if signed is not None:
            # "Poland, Hungary and the Czech Republic formally joined NATO ... the three foreign
            # ministers signed formal documents of accession": one accession, told twice
            first = merged[signed]
            joining = first if _signs_papers(event) else event
            told = joining if joining.actor.country and joining.actor.code == joining.actor.country else first  # the states, not a watcher
            other = event if told is first else first
            merged[signed] = replace(told, mentions=(*first.mentions, other.evidence))
            continue
        group = _group_told_with_its_country(merged, event) if key is not None and key not in index else None
        if group is not None:
            # "small regional banks will meet with X tomorrow ... the regional banks that will meet
            # with X": one group, its country told once
            first = merged[group]
            actor = first.actor if first.actor.country else event.actor
            merged[group] = replace(first, actor=actor, mentions=(*first.mentions, event.evidence))
            continue
        among = _told_to_one_of_several(merged, event) if key is not None and key not in index else None
        if among is not None:
            # "offering to buy USAir or to merge with Piedmont and USAir ... TWA offered to buy
            # USAir for 52 dlrs": one of the first telling's recipients, told again
            first = merged[among]
            merged[among] = replace(first, mentions=(*first.mentions, event.evidence))
            continue
        actorless = _told_before_by_its_doer(merged, event) if key is not None and key not in index else None
        if actorless is not None:
            # "A court found former President X guilty ... X was found guilty of 16 of the 18
            # charges": the same verdict, told again without who gave it
            first = merged[actorless]
            merged[actorless] = replace(first, mentions=(*first.mentions, event.evidence))
            continue
        attack = same_attack(merged, event, places or {}, persons) if key is None or key not in index else None
        if attack is not None:
            # "six people were killed and 58 injured in a car bomb attack", "a bomb ripped
            # through an office building in Nairobi ... At least 74 were killed in Nairobi"
            merged[attack] = told_again(merged[attack], event, places or {})
            continue
        if key is not None and key not in index:
            undated = _undated_telling(index, merged, key, event)
            if undated is not None:
                # "was kidnapped in Baghdad ... was abducted on 19 October": one act, its day told once
                key = undated
                first = merged[index[key]]
                if first.date is None:
                    merged[index[key]] = replace(first, date=event.date, date_source=event.date_source)
        if key is not None and key in index:
            first = merged[index[key]]
            if first.date is None and event.date is not None and key[-1] == "once":  # "kidnapped in Iraq ... abducted on 19 October"
                first = merged[index[key]] = replace(first, date=event.date, date_source=event.date_source)
            if event.evidence != first.evidence and event.evidence not in first.mentions:
                merged[index[key]] = replace(first, mentions=(*first.mentions, event.evidence), co_actors=_joined_sides(first, event))
            continue
        if key is not None:
            index[key] = len(merged)
        merged.append(event)
    return [replace(e, id=next_id("v", i)) for i, e in enumerate(merged)]


def _undated_telling(index: dict[tuple, int], merged: list[Event], key: tuple, event: Event) -> tuple | None:
    """The key of an earlier telling of the same act that differs only in having no date where
    this one has one (or the other way round), when the text dates neither by the article."""
    for other, position in index.items():
        if len(other) != len(key) or other[:-2] != key[:-2] or other[-1] != key[-1]:
            continue
        first = merged[position]
        if (first.date is None) != (event.date is None) and "article" not in (first.date_source, event.date_source):
            return other
    return None


def _joined_sides(first: Event, again: Event) -> tuple[Actor, ...]:
    """The first telling's co-actors and those a later telling adds ("X struck a deal with Y
    ... The two firms signed it": X and Y)."""
    known = {_who(a) for a in (first.actor, *first.co_actors) if a is not None}
    return first.co_actors + tuple(a for a in again.co_actors if _who(a) not in known)


def _into_the_story(events: list[Event], headline_end: int) -> list[Event]:
    """Headline events folded into the story's first event of the same type and actor."""
    if headline_end <= 0:
        return events
    story = [e for e in events if e.trigger.start >= headline_end]
    alone = []
    for event in (e for e in events if e.trigger.start < headline_end):
        told = next((i for i, e in enumerate(story) if known(event.actor) and e.type == event.type and _who(e.actor) == _who(event.actor)), None)
        if told is None:
            alone.append(event)  # the headline alone tells it
        else:
            story[told] = replace(story[told], mentions=(event.evidence, *story[told].mentions))
    return sorted(alone + story, key=lambda e: e.trigger.start)


def _same_holder(index: dict[tuple, int], merged: list[Event], event: Event, holders: dict[str, tuple[str, ...]]) -> tuple | None:
    """'urged Ken Lee to apologise ... said it was time for the London mayor to say sorry': the
    key of an earlier event of the same type, actor, date and modality whose named recipient
    holds the title this one's recipient is told by (its last word), in the same country; or
    whose recipient was told by the same noun ("not dissatisfied with its management ... not
    dissatisfied with management")."""
    if event.recipient is None:
        return None
    words = (event.recipient.name or "").lower().split()
    if not words:
        return None
    for key, position in index.items():
        first = merged[position]
        other = first.recipient
        if other is None or not other.entity or first.type != event.type or _who(first.actor) != _who(event.actor) or first.modality != event.modality:
            continue
        if first.date != event.date and None not in (first.date, event.date) and "article" not in (first.date_source, event.date_source):
            continue  # a date the article's stood in for says nothing of when it was told
        titled = any(role.lower().split()[-1:] == words[-1:] for role in holders.get(other.entity, ()))
        titled = titled or (other.name or "").lower().split()[-1:] == words[-1:]
        if titled and other.country in (None, event.recipient.country):
            return key
    return None


def _told_before_without_recipient(merged: list[Event], event: Event) -> int | None:
    """The position of an earlier event that tells the same act (type, CAMEO code, actor, mood
    and a word of its trigger's object) with no recipient, on this one's date or on the article's, when this one names its
    recipient; else None."""
    if event.recipient is None or not known(event.actor):
        return None
    for position, first in enumerate(merged):
        if first.recipient is not None or first.co_recipients or first.cameo != event.cameo or not _same_doing(first, event):
            continue
        if not _object_words(first) & _object_words(event):
            continue  # "called for the agency to be scrapped ... urged the agency to draw up plans": two demands
        if first.date == event.date or first.date_source == "article":
            return position
    return None


def _claim_of_the_suit(merged: list[Event], event: Event) -> int | None:
    """The position of a lawsuit (CAMEO 115) told in the same sentence by the same actor with
    no recipient, when this event is the allegation the suit makes; else None."""
    if event.type != "ACCUSE" or not (event.cameo or "").startswith("112") or event.recipient is None or not known(event.actor):
        return None
    for position, first in enumerate(merged):
        if first.evidence == event.evidence and first.cameo == "115" and first.recipient is None and _who(first.actor) == _who(event.actor):
            return position
    return None


def _done_for_its_purpose(merged: list[Event], event: Event) -> int | None:
    """The position of an asserted event of the same type and actor told in the same
    sentence, with the same recipient or none, when this one is yet to come: the act and the
    end it serves ("agreed to pay to settle the dispute with X") are one act."""
    if _mood(event.modality) != "to come":
        return None
    recipient = _who(event.recipient) if event.recipient else None
    for position, first in enumerate(merged):
        same_sides = _who(first.actor) == _who(event.actor) and (first.recipient is None or _who(first.recipient) == recipient)
        if first.type == event.type and same_sides and first.modality == "asserted" and first.evidence == event.evidence:
            return position
    return None


def _rejection_told_as_judgement(merged: list[Event], event: Event, proposals: frozenset[str]) -> int | None:
    """The position of an earlier rejection of an offer by the same actor, in the same mood,
    when this event is that actor's disapproval of an offer named by the same noun."""
    if event.type != "ACCUSE" or event.mode != "disapprove":
        return None
    judged = _words(event.evidence.text) & proposals
    for position, first in enumerate(merged):
        if first.type != "REJECT" or _who(first.actor) != _who(event.actor) or _mood(first.modality) != _mood(event.modality):
            continue
        if judged & _words(first.trigger.text):
            return position
    return None


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,;:'\"()") for w in text.split()}


def _voiced_by_its_minister(merged: list[Event], event: Event) -> int | None:
    """The position of an act of a state told just before (within a few lines) with the same
    type, recipient and mood, when this one's actor is a named person of that state holding no
    other sector than its government: the state's act told again as his words."""
    actor = event.actor
    if event.recipient is None or not actor.entity or actor.country is None or actor.sector not in (None, "GOV"):
        return None
    for position, first in enumerate(merged):
        state = first.actor
        if state.sector != "GOV" or state.code != state.country or state.country != actor.country or state.entity == actor.entity:
            continue
        close = 0 <= event.trigger.start - first.trigger.start <= _A_FEW_LINES
        if close and first.type == event.type and first.recipient is not None and _who(first.recipient) == _who(event.recipient) and _mood(first.modality) == _mood(event.modality):
            return position
    return None


_A_FEW_LINES = 400  # characters: a lede and the sentence after it


def _accession_signed(merged: list[Event], event: Event) -> int | None:
    """The position of an earlier accession (SUPPORT, CAMEO 057) on the same day and in the same
    mood, when one of the two is the signing of its papers and the other the joining itself."""
    if event.type != "SUPPORT" or event.cameo != _SIGNING_UP:
        return None
    for position, first in enumerate(merged):
        same = first.type == "SUPPORT" and first.cameo == _SIGNING_UP and first.date == event.date and _mood(first.modality) == _mood(event.modality)
        if same and _signs_papers(first) != _signs_papers(event):
            return position
    return None


def _signs_papers(event: Event) -> bool:
    """ "signed formal documents of accession": the papers of a joining, not the joining."""
    return "accession" in event.trigger.text.lower() and event.trigger.text.lower().startswith("sign")


_SIGNING_UP = "057"


def _group_told_with_its_country(merged: list[Event], event: Event) -> int | None:
    """The position of an earlier act of the same type, recipient, date and mood by a group no
    entity names, of the same head noun and sector, where one telling gives the group's country
    and the other none."""
    actor = event.actor
    if actor.entity or not actor.name or _OTHERS.intersection(actor.name.lower().split()):
        return None
    head = actor.name.lower().split()[-1]
    for position, first in enumerate(merged):
        group = first.actor
        if group.entity or not group.name or group.name.lower().split()[-1] != head or group.sector != actor.sector:
            continue
        if (group.country is None) == (actor.country is None):
            continue  # both told with a country, or neither: the key says whether they are one
        before, now = first.recipient, event.recipient
        same_recipient = (before is None and now is None) or (before is not None and now is not None and _who(before) == _who(now))
        if first.type == event.type and first.date == event.date and _mood(first.modality) == _mood(event.modality) and same_recipient:
            return position
    return None


def _told_to_one_of_several(merged: list[Event], event: Event) -> int | None:
    """The position of an earlier event of the same type, CAMEO root, actor, date and mood whose
    further recipients (not its first) include this one's; else None."""
    if event.recipient is None or not known(event.actor):
        return None
    who = _who(event.recipient)
    for position, first in enumerate(merged):
        if not _same_doing(first, event):
            continue
        if first.date != event.date and "article" not in (first.date_source, event.date_source):
            continue
        if (first.cameo or "")[:2] != (event.cameo or "")[:2]:
            continue  # "offered talks to A and B ... offered to buy B": two offers
        if any(_who(other) == who for other in first.co_recipients):
            return position
    return None


def _same_doing(first: Event, event: Event) -> bool:
    """The same type of act by the same actor, told in the same mood."""
    return first.type == event.type and _who(first.actor) == _who(event.actor) and _mood(first.modality) == _mood(event.modality)


def _object_words(event: Event) -> set[str]:
    """The longer words of a trigger after its verb ("cut off gas supplies": supplies, gas is too short)."""
    return {w.lower().strip(".,") for w in event.trigger.text.split()[1:] if len(w) > 3}


def _told_before_by_its_doer(merged: list[Event], event: Event) -> int | None:
    """The position of an earlier event of the same type, mode and mood done to the same named
    side by a named doer, on the same day (or either undated, or dated by the article), when
    this one names no doer at all (a passive with no "by"); else None."""
    if event.actor.name or event.actor.entity or event.recipient is None or not event.recipient.entity:
        return None
    for position, first in enumerate(merged):
        if not known(first.actor) or first.recipient is None or first.recipient.entity != event.recipient.entity:
            continue
        if (first.type, first.mode, _mood(first.modality)) != (event.type, event.mode, _mood(event.modality)):
            continue
        if first.date == event.date or None in (first.date, event.date) or "article" in (first.date_source, event.date_source):
            return position
    return None


def _told_more_fully(index: dict[tuple, int], key: tuple) -> tuple:
    """The key of an earlier event that tells the same act by the same actor with its
    recipient (on the same date, or one of them undated), when this one names none; else
    ``key``."""
    kind, who, _, date, modality = key
    fuller = [k for k in index if len(k) == 5 and k[0] == kind and _same_group(k[1], who) and (k[3] == date or None in (k[3], date)) and k[4] == modality]
    return min(fuller, key=index.__getitem__) if fuller else key


def _same_group(earlier: tuple, later: tuple) -> bool:
    """The same actor, or a group told again without its country ("Chinese police have
    detained three executives ... the three had been detained by the police")."""
    if earlier == later:
        return True
    if len(earlier) != 3 or len(later) != 3 or earlier[0] != later[0] or later[1] is not None or earlier[1] is None:
        return False
    return (later[2] or "")[3:] == (earlier[2] or "")[3:]  # the role codes after the country's


def _key(event: Event, persons: frozenset[str] = frozenset()) -> tuple | None:
    """What makes two events the same happening; None when the actor is unknown (two
    unattributed attacks may be two attacks), unless what befell a named person or body is
    told twice ("Ann Lee was arrested on Sunday ... Ms Lee was arrested after a speech") or
    the same side is acted on twice in one sentence."""
    if event.recipient is not None and not event.recipient.entity and not event.actor.name and not event.actor.entity:
        # "The series of strikes started on January 19 in protest at employers' plans": one
        # act of no named doer, told twice in its sentence, against the same side
        return (event.type, None, _who(event.recipient), event.date, _mood(event.modality), event.evidence.start)
    if not known(event.actor):
        if event.recipient is None or not event.recipient.entity:
            return None
        once = _befalls_once(event) if event.recipient.entity in persons else None
        if once is not None:  # "Howes was abducted in March 1996 ... 37 when he was kidnapped": one abduction
            return (event.type, once, None, (event.recipient.entity,), "once")
        return (event.type, event.mode, None, (event.recipient.entity,), event.date, _mood(event.modality))
    recipient = _who(event.recipient) if event.recipient else None
    if event.mode == "resign":
        recipient = None  # "has resigned from running the subsidiary ... stepped down as its director": one resignation
    return (event.type, _who(event.actor), recipient, event.date, _mood(event.modality))


def _befalls_once(event: Event) -> str | None:
    """What befalls a named side once, whatever day or modality a telling gives it: being killed
    or being abducted ("kill", "abduct"), else None."""
    if event.type != "ASSAULT" or event.modality not in ("asserted", "historical"):
        return None
    words = event.trigger.text.lower().split()
    if event.mode == "abduct" or (words and words[0].startswith(_ABDUCTING)):
        return "abduct"
    if words and words[0].startswith(_KILLING):
        return "kill"
    after = re.findall(r"[a-z]+", event.evidence.text[event.trigger.end - event.evidence.start :].lower())[:3]
    return "kill" if words and words[0].startswith(_WOUNDING) and _TO_DEATH.intersection(after) else None


_ABDUCTING = ("abduct", "kidnap", "captur")
_KILLING = ("kill", "murder", "assassinat", "slain", "slay", "behead", "die")
_WOUNDING = ("shot", "shoot", "stab", "beat", "hack", "gun")  # "shot to death", "gunned down and left dead"
_TO_DEATH = frozenset({"death", "dead"})


def _mood(modality: str) -> str:
    """What a telling says of the act: done, not done, or yet to come; "will reject",
    "will reportedly reject" and "may sue ... to see if it was possible to sue" tell one act
    to come."""
    return "to come" if modality in ("expected", "possible", "hypothetical") else modality


def _who(actor: Actor) -> tuple:
    """The entity; for a group no entity names, its head noun, country and code: "five public
    sector unions" and "the five unions" are one group told twice, "other unions" another."""
    if actor.entity:
        return (actor.entity,)
    words = (actor.name or "").lower().split()
    if words and not _OTHERS.intersection(words):
        return (words[-1], actor.country, actor.code)
    return ((actor.name or "").lower(), actor.country)


_OTHERS = frozenset({"other", "another", "more", "further", "some", "rival"})

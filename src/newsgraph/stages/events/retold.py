"""An attack told again in an article is one attack: its toll told in the same sentence ("six
people were killed and 58 injured in a car bomb attack"), or a later telling of it where it
happened, on its day or on no day of its own ("a bomb ripped through an office building in
Nairobi on Friday ... At least 74 were killed in Nairobi"). A later telling that names no
place, or another place, another day, another named victim or another attack ("a second
bomb", "in a separate attack") may tell another attack, and so does one whose victims are of
the first attackers' own side ("police killed two protesters ... a policeman was killed"); a
kidnapping is no killing. The first telling keeps what it said and takes what only the later
one says: the attackers, the day, the place, and the victims where it named only the place."""

from __future__ import annotations

from dataclasses import replace

from ...model import Actor, Event

# Where each place entity lies: its country, and whether the place is that whole country.
PlaceIndex = dict[str, tuple[str | None, bool]]

_DONE = frozenset({"asserted", "historical"})
_ANOTHER = frozenset({"another", "second", "third", "separate", "new", "earlier", "previous", "similar"})


def same_attack(merged: list[Event], event: Event, places: PlaceIndex, persons: frozenset[str]) -> int | None:
    """The position in ``merged`` of the attack ``event`` tells again, or None."""
    if not _attack_done(event):
        return None
    for position, first in enumerate(merged):
        if first.evidence == event.evidence and _attack_done(first) and _same_means(first, event) and _same_sides(first, event, persons) and _same_place(first, event, places):
            return position  # its toll, told with it
    if _names_another(event) or event.place is None:
        return None
    for position, first in enumerate(merged):
        told_there = first.place is not None and _same_place(first, event, places)
        if _attack_done(first) and told_there and _same_means(first, event) and _same_sides(first, event, persons) and _same_day(first, event):
            return position
    return None


def told_again(first: Event, again: Event, places: PlaceIndex) -> Event:
    """The first telling, with what only the later one says."""
    actor, co_actors = (first.actor, first.co_actors) if known(first.actor) else (again.actor, again.co_actors)
    dated = first.date_source != "text" and again.date_source == "text"
    recipient = first.recipient
    named_twice = recipient is not None and recipient.entity is not None and recipient.entity == actor.entity  # "planting the bombs which killed seven"
    if recipient is None or named_twice or (_a_place(recipient, places) and again.recipient is not None and not _a_place(again.recipient, places)):
        recipient = again.recipient  # "a car bomb attack in Dar-es-Salaam ... six people were killed": the victims
    mentions = first.mentions if again.evidence == first.evidence or again.evidence in first.mentions else (*first.mentions, again.evidence)
    return replace(
        first,
        actor=actor,
        co_actors=co_actors,
        recipient=recipient,
        date=again.date if dated else first.date,
        date_source=again.date_source if dated else first.date_source,
        place=first.place or again.place,
        mentions=mentions,
    )


def _attack_done(event: Event) -> bool:
    return event.type == "ASSAULT" and event.modality in _DONE


def known(actor: Actor) -> bool:
    """Whether a side is known: an entity, a country or a code."""
    return bool(actor.entity or actor.country or actor.code)


def _same_sides(first: Event, again: Event, persons: frozenset[str]) -> bool:
    """No other attacker, no other named person attacked, and no victim of the first one's
    attacking side."""
    if known(first.actor) and known(again.actor) and _side(first.actor) != _side(again.actor):
        return False
    victims = (first.recipient, again.recipient)
    if all(v is not None and v.entity in persons for v in victims) and victims[0].entity != victims[1].entity:  # type: ignore[union-attr]
        return False
    for attack, other in ((first, again), (again, first)):
        victim = other.recipient
        if known(attack.actor) and victim is not None and _of_the_side(victim, attack.actor):
            return False  # "police killed two protesters ... a policeman was killed": the police were hit
    return True


def _of_the_side(victim: Actor, attacker: Actor) -> bool:
    """'Nine French peacekeepers were killed and President X ordered ...': victims of the
    attacker's own country or role are no toll of that attacker's act."""
    if attacker.code and victim.code == attacker.code:
        return True
    return attacker.country is not None and victim.country == attacker.country


def _same_means(first: Event, again: Event) -> bool:
    """A kidnapping and a killing told together are two acts ("kidnapped and presumed
    killed"); a toll (no means) is the toll of any attack."""
    return (first.mode == "abduct") == (again.mode == "abduct")


def _side(actor: Actor) -> tuple:
    return (actor.entity,) if actor.entity else (actor.country, actor.code)


def _same_place(first: Event, again: Event, places: PlaceIndex) -> bool:
    """The same place, or one of them none, or a place and the country it lies in."""
    if first.place is None or again.place is None or first.place == again.place:
        return True
    (one_country, one_whole), (other_country, other_whole) = places.get(first.place, (None, False)), places.get(again.place, (None, False))
    return (one_whole or other_whole) and one_country is not None and one_country == other_country


def _same_day(first: Event, again: Event) -> bool:
    """The same day, or a day within the other's month or year; a later telling dated only by
    the article tells no day of its own."""
    if first.date is None or again.date is None or again.date_source == "article":
        return True
    if first.date_source == "article":
        return False  # a telling dated by its own words, after an undated one: another day
    shorter, longer = sorted((first.date, again.date), key=len)
    return longer.startswith(shorter) and shorter[:4].isdigit()


def _names_another(event: Event) -> bool:
    """'a second bomb', 'another attack', 'in a separate incident': a telling of another attack."""
    return any(word in _ANOTHER for word in event.evidence.text.split())


def _a_place(actor: Actor, places: PlaceIndex) -> bool:
    return bool(actor.entity) and actor.entity in places

"""One happening told twice is one event: the folding of later tellings (stages/events/mentions.py)."""

from __future__ import annotations

from newsgraph.model import Actor, Event, Span
from newsgraph.stages.events.mentions import merge_mentions

TEXT = "Zentara offered to buy Korvel or to merge with Belvane and Korvel. Zentara offered to buy Korvel for 52 dollars."
ZENTARA = Actor("e1", "Zentara")
BELVANE = Actor("e2", "Belvane")
KORVEL = Actor("e3", "Korvel")
OTHER = Actor("e4", "Dravo")


def _offer(start: int, recipient: Actor, co_recipients: tuple[Actor, ...] = (), modality: str = "asserted") -> Event:
    sentence = TEXT.index(".", start) + 1
    return Event(
        id="v",
        type="AGREE",
        trigger=Span.of(TEXT, start + 8, start + 15),
        evidence=Span.of(TEXT, start, sentence),
        actor=ZENTARA,
        recipient=recipient,
        co_recipients=co_recipients,
        cameo="030",
        date="2024-03-14",
        date_source="article",
        modality=modality,
    )


SECOND = TEXT.index("Zentara", 1)


def test_an_act_told_again_to_one_of_the_sides_the_first_named_is_that_act():
    merged = merge_mentions([_offer(0, BELVANE, (KORVEL,)), _offer(SECOND, KORVEL)])
    assert len(merged) == 1
    assert merged[0].recipient == BELVANE and [m.start for m in merged[0].mentions] == [SECOND]


def test_an_act_to_another_side_or_in_another_mood_stays_its_own():
    assert len(merge_mentions([_offer(0, BELVANE, (KORVEL,)), _offer(SECOND, OTHER)])) == 2
    assert len(merge_mentions([_offer(0, BELVANE, (KORVEL,)), _offer(SECOND, KORVEL, modality="negated")])) == 2

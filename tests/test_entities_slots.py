"""Places on no list, typed by the slot their name stands in (stages/entities/slots.py).
Every place name here is invented and on no list of the project."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow


def _type_of(entities, name: str) -> str | None:
    return next((e.type for e in entities if e.name == name), None)


PLACE_SENTENCES = [
    ("Thousands of teachers rallied in Drederi on Sunday against the pay cut.", "Drederi"),
    ("Air strikes killed 30 people in the town of Fodrev on Sunday.", "Fodrev"),
    ("The former mayor of Krilmo died in hospital on Monday after a long illness.", "Krilmo"),
    ("The Nimotru council met on Tuesday to discuss the budget.", "Nimotru"),
    ("Fans drove from Motridok to Trabuvo for the game.", "Motridok"),
    ("Fans drove from Motridok to Trabuvo for the game.", "Trabuvo"),
    ("Crews cleared snow in Regasol, Ontario, on Monday.", "Regasol"),
    ("The premier is due to visit Rudrosk on Thursday.", "Rudrosk"),
    ("Rebel fighters besieged Nakekol for three weeks, aid groups said.", "Nakekol"),
    ("Students drove to Fofetrav for the concert.", "Fofetrav"),
    ("Engineers will extend the pipeline from the Kofes Ratis field next year.", "Kofes Ratis"),
    ("BROMITRON - Bribar Pifel spoke in Bromitron on Monday.", "Bromitron"),
    ("Crews cleared snow in Luroro, Trebedrov, on Monday.", "Trebedrov"),
    ("Families from Kretranom picnicked by the river on Sunday.", "Kretranom"),
    ("Nigerian police arrested three Ghanaian traders in Daber.", "Daber"),  # the model said DATE
    ("Flights from Lokus Bidris and Fofopon to Rifolo will start in May.", "Fofopon"),
    # the object of a verb of striking whose subject is a force of nature
    ("The storm hit Trudovar on Sunday, cutting power to thousands.", "Trudovar"),
    ("Floods swamped Kelbrin and Mozarra; the government asked for help.", "Kelbrin"),
    ("Floods swamped Kelbrin and Mozarra; the government asked for help.", "Mozarra"),
    ("An earthquake rocked Bexavo early on Tuesday, killing four people.", "Bexavo"),
    # a head of state or government "of" a name
    ("The prime minister of Vaskory met the foreign minister of Ostland on Monday.", "Vaskory"),
    ("The prime minister of Batroluk met the foreign minister of Ostland on Monday.", "Batroluk"),
    # a sentence ending before the name is no first name of it
    ("Rebels attacked the town of Drukru on Monday. Drukru has been cut off since May.", "Drukru"),
    # the place a force leaves
    ("The army withdrew from Dresmolk after a week of fighting.", "Dresmolk"),
    # a town the model calls an event, in a strong slot
    ("Rebels attacked the town of Drotav on Monday, a week after the talks collapsed.", "Drotav"),
    # the region after a place, before a preposition
    ("Trurev Zodre spoke in Numur, Rokrikri with reporters on Monday.", "Rokrikri"),
    # a saint's name in the place slot of a verb of travel
    ("The team flew to St. Raro for the final.", "St. Raro"),
    # an abbreviated region keeps its point
    ("The fair in Dubrir, Vonor., drew a crowd.", "Vonor."),
]


@pytest.mark.parametrize("text, name", PLACE_SENTENCES)
def test_a_name_in_a_place_slot_is_a_place(entities_of, text, name):
    assert _type_of(entities_of(text), name) == "PLACE"


def test_every_mention_of_the_name_takes_the_slot_type(entities_of):
    entities = entities_of("Rebels attacked the town of Zopavi on Monday. Zopavi has been cut off since May.")
    assert [e.type for e in entities if e.name == "Zopavi"] == ["PLACE"]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Shells fell near KRPA posts on the border.", "KRPA", None),
        ("Mr Dobrak said Dobrak had never lived anywhere else, even in Dobrak's youth.", "Dobrak", "PERSON"),
        ("Shops in the city closed early on Christmas Eve.", "Christmas", None),  # a holiday stays a date
    ],
)
def test_no_place_where_the_slot_says_nothing(entities_of, text, name, expected):
    assert _type_of(entities_of(text), name) in (expected, "ORG", "PERSON") and _type_of(entities_of(text), name) != "PLACE"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The minister of Finance said the budget was ready.", "Finance"),
        ("The president of Brelland said profits rose.", "Brelland"),
    ],
)
def test_a_ministry_or_a_firm_is_no_place(entities_of, text, name):
    assert _type_of(entities_of(text), name) != "PLACE"


def test_known_towns_joined_by_and_are_places(entities_of):
    found = entities_of("Floods hit Porto and Braga; the government asked for help.")
    assert _type_of(found, "Porto") == "PLACE" and _type_of(found, "Braga") == "PLACE"

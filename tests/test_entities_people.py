"""People on no list, typed by what the text says of them (stages/entities/people.py).
Every name here is invented and on no list of the project."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow


def _type_of(entities, name: str) -> str | None:
    return next((e.type for e in entities if e.name == name), None)


@pytest.mark.parametrize(
    "text, name",
    [
        ("President Zapa Bovav met her Chilean counterpart Ponus Nanir in the capital.", "Ponus Nanir"),
        ("The opposition leader was joined by his deputy, Zoton Sagilov, on Monday.", "Zoton Sagilov"),
        ("The film starred actor Drebor Kulavin and two newcomers.", "Drebor Kulavin"),
        ("Romol Dafir Gator arrived on Monday and left on Tuesday.", "Romol Dafir Gator"),
        ("The board appointed Kanam Vudavi as its new head on Friday.", "Kanam Vudavi"),
        ("UN envoy Staffan de Mistura said the talks would resume.", "Staffan de Mistura"),
        # a relative of a named person, and a name joined to one by "and"
        ("Fulur Sazis and Zivav Sazis ran the firm together. Zivav Sazis stayed.", "Zivav Sazis"),
        ("Viktor Orlov and Bronam Krobi have held several meetings this year.", "Viktor Orlov"),
        # an honorific, with or without its point, before one word the model did not see
        ("Mr Butral said Butral had never lived anywhere else, even in Butral's youth.", "Butral"),
        # a nationality before the title, and verbs said of people or done to them
        ("Uruguayan President Peson Refubru visited the port on Monday.", "Peson Refubru"),
        ("Police charged Bragas Kesas with fraud on Monday.", "Bragas Kesas"),
        ("Kanus Vakrol asked the court for more time.", "Kanus Vakrol"),
    ],
)
def test_a_name_the_text_makes_a_person_is_a_person(entities_of, text, name):
    assert _type_of(entities_of(text), name) == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The deputy chairman of Vostrel Bank resigned on Monday.", "Vostrel Bank"),
        ("Brelland Corp arrived at a deal with its lenders.", "Brelland Corp"),
        ("Vera Lusk and Brelland Motors settled the case on Monday.", "Brelland Motors"),
        ("Regulators charged Brelland Holdings with fraud.", "Brelland Holdings"),
    ],
)
def test_organization_words_keep_a_name_from_being_a_person(entities_of, text, name):
    assert _type_of(entities_of(text), name) != "PERSON"


def test_a_first_name_the_model_left_out_joins_the_surname_it_saw(entities_of):
    found = entities_of("Totor Kakur defended Segok Lomuv against the charges on Monday.")
    assert "Totor Kakur" in {e.name for e in found if e.type == "PERSON"}

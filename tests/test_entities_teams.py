"""National teams in match reports (stages/entities/teams.py). Player names are invented."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow

REPORT = (
    "Group C - Chile 2 - 1 Norway\n"
    "Chile faced Norway in the opening match of the cup. Ravel Tossa scored the first goal "
    "for Chile, and the Norway goalkeeper saved a penalty before halftime. The tournament "
    "moves to the capital next week, where the coach hopes to rest the squad."
)


def test_countries_in_a_score_line_are_teams_in_a_match_report(entities_of):
    found = {e.name: e for e in entities_of(REPORT)}
    assert found["Chile"].type == "ORG" and found["Chile"].country == "CHL"
    assert found["Norway"].type == "ORG"


def test_a_score_without_a_game_keeps_the_country(entities_of):
    found = entities_of("Chile 2 - 1 Norway was the vote count in the committee on Monday, officials said.")
    assert all(e.type == "COUNTRY" for e in found if e.name in ("Chile", "Norway"))

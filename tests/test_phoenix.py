"""The PETRARCH-2 / Phoenix dictionary readers (resources/phoenix.py)."""

from __future__ import annotations

import time

import pytest

from newsgraph.resources.phoenix import (
    index_actors,
    phoenix_actors,
    phoenix_agents,
    phrase_key,
    read_actor_blocks,
    read_agents,
)

AGENTS = """\
# a comment
!PERSON! = MAN, MEN, WOMAN, WOMEN
FERRY!PERSON! [~BUS]
LANTERN_WARDEN [~COP]  # trailing comment
LANTERN_WARDEN_CHIEF [~GOV]
WOLF_HERDER {WOLF_HERDERS_OF_OLD} [~AGR]
QUARRY_ARMY {} [~MIL]
"""

ACTORS = """\
# a comment
ZELKOVIA_  [ZLK]
+ZELKOVIAN_
+OSTRAVEN

BORIS_MALTENKO_  # a leader
+MALTENKO_
+B._MALTENKO
\t[ZLKGOV 100101-151231]
\t[ZLKGOV >190601]
\t[ZLKELI]
UNCODED_NAME_
LEAGUE_OF_AMBER_CITIES_(LAC)_ [IGOAMB]
+AMBER_LEAGUE
NOBODY_ [---]
"""


def test_agent_phrases_plurals_and_markers() -> None:
    agents = read_agents(AGENTS.splitlines())
    assert agents.lookup(["lantern", "wardens"]) == "COP"
    assert agents.lookup(["lantern", "warden", "chief", "said"]) == "GOV"  # the longest phrase wins
    assert agents.lookup(["ferrymen"]) == "BUS"
    assert agents.lookup(["ferrywoman"]) == "BUS"
    assert agents.lookup(["wolf", "herders", "of", "old"]) == "AGR"  # the plural given in braces
    assert agents.lookup(["quarry", "army"]) == "MIL"
    assert agents.lookup(["quarry", "armies"]) is None  # empty braces: no regular plural
    assert agents.lookup(["the", "lantern", "warden"]) == "COP"
    assert agents.lookup(["said", "lantern", "warden"]) is None  # only at the start
    assert agents.lookup([]) is None


def test_actor_blocks_codes_dates_and_aliases() -> None:
    actors = index_actors(read_actor_blocks(ACTORS.splitlines()))
    assert actors.lookup("Ostraven") == "ZLK"
    assert actors.lookup("Boris Maltenko", "2012-05-01") == "ZLKGOV"
    assert actors.lookup("B. Maltenko", "2021-01-01") == "ZLKGOV"
    assert actors.lookup("boris_maltenko", "2017-01-01") == "ZLKELI"  # between ranges: the default
    assert actors.lookup("Maltenko") == "ZLKELI"
    assert actors.lookup("Uncoded Name") is None  # a name with no code is no actor
    assert actors.lookup("Nobody") is None
    assert actors.lookup("LAC") == "IGOAMB"  # a parenthesised short form is a name too
    assert set(actors.aliases("Amber League")) == {"league of amber cities", "lac"}
    assert "boris maltenko" in actors.aliases("Maltenko")
    assert actors.aliases("Someone Else") == ()


def test_phrase_key_treats_spaces_underscores_hyphens_alike() -> None:
    assert phrase_key("U.N._Secretary-General") == "un secretary general"
    assert phrase_key("Kurdistan Workers\u2019 Party") == "kurdistan workers' party"


def test_shipped_agents() -> None:
    agents = phoenix_agents()
    assert agents.lookup(["riot", "police"]) == "COP"
    assert agents.lookup(["rebels"]) == "REB"
    assert agents.lookup(["protesters"]) == "OPP"
    assert agents.lookup(["policemen"]) == "COP"
    assert agents.lookup(["judges"]) == "JUD"


def test_shipped_actors() -> None:
    actors = phoenix_actors()
    assert actors.lookup("Recep Tayyip Erdogan", "2015-03-01") == "TURGOV"
    assert actors.lookup("Recep Tayyip Erdogan") == "TURELI"
    assert actors.lookup("PKK") == actors.lookup("Kurdistan Workers' Party") == "TURREB"
    assert "north atlantic treaty organization" in actors.aliases("NATO")
    assert actors.lookup("U.N.") == actors.lookup("UN") == "IGOUNO"


@pytest.mark.slow
def test_shipped_dictionaries_load_in_reasonable_time() -> None:
    phoenix_actors.cache_clear()
    started = time.perf_counter()
    phoenix_actors()
    assert time.perf_counter() - started < 5.0  # about 1 s on a laptop; slack for busy machines

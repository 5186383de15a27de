"""Triggers from the CAMEO verb dictionary: the reader on small dictionaries written here, and the
shipped dictionary on sentences written here."""

from __future__ import annotations

from collections import Counter

import pytest

from newsgraph.model import Article, ArticleDate
from newsgraph.stages.events.cameo_verbs import dictionary_patterns, read_verb_dictionary
from newsgraph.stages.events.lexicon import Coding, load_event_lexicon

SMALL = """\
####### SYNONYM SETS #######

&ARMOUR
+TANK
+ARMOURED_CAR

####### VERB PATTERNS #######

---  SHIFT   [---]  ---
SHIFT
NUDGE {NUDGES NUDGED NUDGING}
- * &ARMOUR (TO FRONT)            [154]   # SHIFT
- * RESOURCES                     [061]
- * (TO)                          [042]
- * FOCUS                         [---]
- * BLAME (ONTO +)                [:112]
- * PLAN                          [012]

---  STORM   [190]  ---
STORM
RUSH
+CLOSE_IN {+CLOSED_IN +CLOSING_IN}
RE_+TAKE [192]
- &ARMOUR * (INTO TOWN)           [195]
- * OFF                           [190]   # STORM

######## TRANSFORMATIONS ##########
~ a (a b STORM) SAY = a b 015
"""


def _coding(code: str) -> Coding | None:
    return Coding({"15": "MOBILIZE", "06": "COOPERATE", "04": "CONSULT", "19": "ASSAULT", "11": "ACCUSE"}[code[:2]], None, ())


@pytest.fixture(scope="module")
def small():
    dictionary = read_verb_dictionary(SMALL)
    patterns, skipped = dictionary_patterns(dictionary, _coding)
    return dictionary, patterns, skipped


def _find(patterns, head, *others, subject=()):
    return [p for p in patterns if p.head == head and set(p.others) == set(others) and p.subject == tuple(subject)]


def test_reader_reads_blocks_verbs_and_compounds(small):
    dictionary, _, skipped = small
    assert [b.name for b in dictionary.blocks] == ["SHIFT", "STORM"]
    storm = dictionary.blocks[1]
    assert [(v.head, v.others, v.code) for v in storm.verbs] == [
        ("storm", (), None), ("rush", (), None), ("close", ("in",), None), ("take", ("re",), "192")]
    assert skipped["verb transformation"] == 1


def test_synonym_set_and_preposition_phrase_become_one_pattern(small):
    _, patterns, _ = small
    (found,) = _find(patterns, "shift", "tank|armoured car", "to", "front")
    assert (found.cameo, found.type, found.origin) == ("154", "MOBILIZE", "cameo")
    # a frame whose comment names its verb is that verb's; one naming none serves the block
    assert not _find(patterns, "nudge", "tank|armoured car", "to", "front")
    for verb in ("shift", "nudge"):
        (found,) = _find(patterns, verb, "resources|resource")
        assert found.type == "COOPERATE"


def test_subject_words_sit_on_the_subject_side(small):
    _, patterns, _ = small
    (found,) = _find(patterns, "storm", "into", "town", subject=("tank|armoured car",))
    assert found.cameo == "195" and found.size == 4


def test_null_block_codes_no_bare_verb_and_null_frame_codes_nothing(small):
    _, patterns, _ = small
    assert not _find(patterns, "shift") and not _find(patterns, "nudge")
    (veto,) = _find(patterns, "shift", "focus")
    assert veto.type == "" and veto.cameo == "---"


def test_bare_codes_only_for_the_block_verb_and_verbs_with_a_code(small):
    _, patterns, _ = small
    assert _find(patterns, "storm")[0].cameo == "190"
    assert _find(patterns, "take", "re")[0].cameo == "192"
    assert not _find(patterns, "rush")  # a synonym codes only in the block's frames
    assert _find(patterns, "rush", "into", "town", subject=("tank|armoured car",))


def test_unfaithful_constructs_are_skipped_and_counted(small):
    _, patterns, skipped = small
    assert skipped["prepositions only (the slot needs an actor)"] == 1  # "- * (TO)"
    assert skipped["code of the target's event ([:x])"] == 1
    assert skipped["statement or appeal (CAMEO 01, 02)"] == 1
    assert not _find(patterns, "shift", "plan")
    # "- * OFF" was written for STORM: "rush off" is no assault
    assert _find(patterns, "storm", "off") and not _find(patterns, "rush", "off")
    assert skipped["(verb, frame) pair: the frame names another verb of the block"] >= 1


def test_shipped_dictionary_loads_once_with_the_project_table_first():
    lexicon = load_event_lexicon()
    sources = Counter(p.origin for group in lexicon.patterns.values() for p in group)
    assert sources["cameo"] > 5 * sources["table"] > 0  # the dictionary is the bulk, the table its corrections
    shoot = [p for p in lexicon.patterns[("V", "shoot")] if not p.others and not p.subject]
    assert shoot[0].origin == "table"  # same head, same words: the project's table wins


@pytest.fixture(scope="module")
def run(pipeline):
    def annotate(text: str):
        return [(e.type, e.cameo) for e in pipeline.run(Article(text=text, date=ArticleDate("2024-03-12"))).events]

    return annotate


def test_dictionary_phrase_with_a_preposition_fires(run):
    assert ("MOBILIZE", "152") in run("The Varnek government put its army on alert along the northern border on Monday, officials said.")


def test_dictionary_synonym_set_fires(run):
    events = run("Rebel fighters used machetes against villagers near Varnek on Sunday, the regional police chief told reporters.")
    # the dictionary's "use &WEAPON against" frame fires (175); the means then says how: machetes
    assert ("ASSAULT", "1823") in events


def test_verbs_of_a_null_block_code_nothing(run):
    assert run("The Varnek trade ministry modified its tariff schedule on Monday, a spokeswoman for the ministry told reporters.") == []


def test_null_frame_vetoes_the_table_pattern(run):
    assert run("The Varnek health ministry released a report on hospital waiting times on Monday, a spokesman told reporters.") == []
    assert not [e for e in run("Customs officers seized heroin worth two million dollars at the Varnek airport on Sunday, police said.")
                if e[0] == "COERCE"]


def test_project_table_wins_over_the_dictionary(run):
    # the table codes "shoot" 193, the dictionary 190: same head and words, the table's code
    assert ("ASSAULT", "193") in run("Soldiers shot two protesters in central Varnek on Monday, witnesses told a local radio station.")


def test_a_dictionary_verb_alone_needs_a_target(run):
    # "besiege" codes 191 alone in the dictionary: with a named object it is an event ...
    assert ("COERCE", "191") in run("Rebel fighters besieged Varnek for three weeks, aid groups said on Friday.")
    # ... "die" (190 alone) and "consider" (040) with no one acted on code nothing
    assert run("The former mayor of Varnek died in hospital on Monday after a long illness, his family said.") == []
    assert run("Officials in Varnek will consider the proposal next week, the city council said on Monday.") == []

"""Quoted words that are no quote: scare quotes, titles, nicknames, defined terms, headlines."""

from __future__ import annotations

import pytest

import newsgraph


def _direct(pipeline, text: str):
    doc = newsgraph.extract(text, pipeline=pipeline)
    return [q.content.text for q in doc.quotes if q.kind in ("direct", "written")]


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes
        "The so-called “reform” was pushed through parliament on Monday night.\n",
        "Critics call the new levy a “giveaway to the rich” and want it repealed before winter.\n",
        "The minister’s “temporary” measures have now been in force for six years.\n",
        # titles of works
        "Critics praised the documentary “The Long Road Home” at the festival in Venice.\n",
        "“The Long Road Home” won the jury prize at the festival in Venice on Saturday.\n",
        "Her novel, “A House Above the Harbour,” sold a million copies in its first year.\n",
        # nicknames
        "Kevin “The Hammer” Doyle, the union’s negotiator, left the talks early.\n",
        "Residents of Marlow still call the old mill “the Castle” after its towers.\n",
        # terms being defined
        "The term “carbon leakage” refers to factories moving to countries with looser rules.\n",
        "“Carbon leakage” means factories moving to countries with looser rules.\n",
        "Economists speak of “stagflation” when prices rise while the economy shrinks.\n",
    ],
)
def test_no_quote(pipeline, text: str):
    assert _direct(pipeline, text) == []


def test_headline_fragment_is_no_quote_but_the_body_quote_is(pipeline):
    text = (
        "Mayor’s ‘Green Corridor’ Plan Splits Council\n\n"
        "The mayor of Dunmore defended her plan on Tuesday. “The corridor will cut traffic in half,” "
        "Mayor Aoife Brennan said.\n"
    )
    assert _direct(pipeline, text) == ["The corridor will cut traffic in half"]


def test_a_title_case_statement_with_a_cue_is_still_a_quote(pipeline):
    text = "“Never Again,” Maria Costa told the crowd in the square.\n"
    assert _direct(pipeline, text) == ["Never Again"]


def test_a_cue_word_inside_a_persons_name_is_no_cue(pipeline):
    # "Said" is a given name here, not the verb: the sentence reports no one's words
    doc = newsgraph.extract("He will meet UAE President Sheikh Zaid bin Sultan al-Nahayan and Oil Minister Rana Said al-Hamdi.\n", pipeline=pipeline)
    assert doc.quotes == ()

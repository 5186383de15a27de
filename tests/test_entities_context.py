"""Outlets on no list, typed from the words around them (stages/entities/context.py).
Every name here is invented and on no list of the project."""

from __future__ import annotations

import pytest

from newsgraph.resources import outlets
from newsgraph.stages.entities import resolve
from newsgraph.stages.entities.types import load_lexicon

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def entities_of(pipeline):
    def run(text: str):
        return resolve(pipeline.analyzer.analyze(text), load_lexicon())

    return run


def _typed(entities, name: str):
    return next((e for e in entities if e.name == name), None)


OUTLET_SENTENCES = [
    # head noun after the name
    ("Ruritania's Zelkova news agency reported that the talks failed.", "Zelkova"),
    ("Officials said, the Quillton newspaper reported.", "Quillton"),
    ("The attack killed three people, Kora TV reported.", "Kora TV"),
    # head noun before the name, in apposition
    ("The minister spoke, according to the state broadcaster Kora.", "Kora"),
    ("The Moscow daily Vostok said the plan was dead.", "Vostok"),
    # apposition after the name
    ("Brelland Corp reported a loss. Zarkova, the private broadcaster, said so.", "Zarkova"),
    # reporting frames
    ("The ministry denied the claim, Velmont Daily reported on Tuesday.", "Velmont Daily"),
    ("A spokesman told Velmont Daily that the claim was false.", "Velmont Daily"),
    ("Velmont Daily said in a report that the claim was false.", "Velmont Daily"),
    ("Kalvor Press quoted a police officer as saying the suspect fled.", "Kalvor Press"),
]


def test_invented_names_are_on_no_list():
    listed = {n.casefold() for e in outlets() for n in (e.name, *e.aliases)}
    assert not listed & {name.casefold() for _, name in OUTLET_SENTENCES}


@pytest.mark.parametrize(("text", "name"), OUTLET_SENTENCES)
def test_outlet_on_no_list_is_typed_from_context(entities_of, text, name):
    found = _typed(entities_of(text), name)
    assert found is not None and found.type == "OUTLET", [(e.name, e.type) for e in entities_of(text)]


def test_outlet_country_from_the_words_before_it(entities_of):
    assert _typed(entities_of("Iran's Tasnivar news agency reported the strike."), "Tasnivar").country == "IRN"
    assert _typed(entities_of("The Moscow daily Vostok said the plan was dead."), "Vostok").country == "RUS"


def test_a_place_before_a_head_noun_stays_a_place(entities_of):
    found = entities_of("The Moscow daily Vostok said the plan was dead.")
    assert _typed(found, "Moscow").type == "PLACE"


def test_known_organizations_and_ministries_are_not_outlets(entities_of):
    assert _typed(entities_of("Amnesty International said in a report that the claim was false."), "Amnesty International").type == "ORG"
    found = entities_of("The Velmont Ministry of Health reported 40 new cases.")
    assert all(e.type != "OUTLET" for e in found)

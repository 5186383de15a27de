"""Verb forms the model's rule lemmatizer strips to another verb get their own lemma
(resources/lemma_exceptions.tsv)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "form", "lemma"),
    [
        ("The minister hopes the talks succeed.", "hopes", "hope"),
        ("The union hoped for a deal.", "hoped", "hope"),
        ("A court fined the company.", "fined", "fine"),
        ("The rebels waged war for a decade.", "waged", "wage"),
        ("Students staged a sit-in.", "staged", "stage"),
    ],
)
def test_a_verb_form_gets_its_own_lemma(analyzer, sentence, form, lemma):
    token = next(t for t in analyzer.analyze(sentence).tokens if t.text == form)
    assert token.lemma == lemma


def test_nouns_of_the_same_spelling_keep_their_lemma(analyzer):
    tokens = {t.text: t for t in analyzer.analyze("The hopes of the fans rose as the stages were built.").tokens}
    assert tokens["hopes"].lemma == "hope" and tokens["stages"].lemma == "stage"

"""The shared span-matching helpers, on marks whose right answer is known."""

from __future__ import annotations

import pytest

from newsgraph.eval.matching import (
    EXACT,
    PARTIAL,
    Counts,
    align,
    canonical_name,
    count_spans,
    distance_metrics,
    haversine_km,
    labelled_counts,
    normalize_text,
    trim_mark,
)

GOLD = [(0, 5), (10, 20), (30, 34)]


def f1_of(gold, predicted, mode):
    counts = Counts()
    count_spans(counts, gold, predicted, mode)
    return counts.metrics("x")[2].value


def test_perfect_prediction_scores_one_in_both_modes():
    assert f1_of(GOLD, list(GOLD), EXACT) == 1.0
    assert f1_of(GOLD, list(GOLD), PARTIAL) == 1.0


def test_empty_prediction_scores_zero():
    assert f1_of(GOLD, [], EXACT) == 0.0
    assert f1_of(GOLD, [], PARTIAL) == 0.0


def test_shifted_span_counts_as_partial_only():
    shifted = [(1, 6), (12, 22), (30, 34)]
    assert f1_of(GOLD, shifted, EXACT) == pytest.approx(1 / 3)
    assert f1_of(GOLD, shifted, PARTIAL) == 1.0


def test_matching_is_one_to_one():
    # one long prediction covering two gold spans is one hit, not two
    assert len(align([(0, 5), (6, 10)], [(0, 10)], PARTIAL)) == 1
    # a duplicated prediction is a false positive
    counts = Counts()
    count_spans(counts, [(0, 5)], [(0, 5), (0, 5)], EXACT)
    assert (counts.tp, counts.predicted, counts.gold) == (1, 2, 1)


def test_partial_gives_each_gold_its_best_overlap():
    pairs = align([(0, 10), (10, 12)], [(9, 12), (0, 8)], PARTIAL)
    assert pairs == [(0, 1), (1, 0)]


def test_touching_spans_do_not_overlap():
    assert align([(0, 5)], [(5, 9)], PARTIAL) == []


def test_labelled_counts_need_the_same_label():
    counts = labelled_counts([((0, 5), "PER"), ((6, 9), "LOC")], [((0, 5), "PER"), ((6, 9), "ORG")])
    assert counts == {"LOC": (0, 0, 1), "ORG": (0, 1, 0), "PER": (1, 1, 1)}


def test_text_normalization_ignores_quote_marks_case_and_spacing():
    assert normalize_text("“We  will Win,” ") == "we will win,"
    assert canonical_name("Lee Min-ho") == canonical_name("lee  min ho")


def test_trim_mark_drops_quote_marks_and_clause_punctuation():
    text = 'He said: "Rain is coming," later.'
    start = text.index('"')
    assert text[slice(*trim_mark(text, (start, text.index(" later"))))] == "Rain is coming"


def test_distances():
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.19, abs=0.05)
    acc, mean, median = distance_metrics([10.0, 100.0, 400.0], attempted=4, prefix="g")
    assert acc.value == 0.5 and mean.value == pytest.approx(170.0) and median.value == 100.0
    assert [m.value for m in distance_metrics([], 0, "g")] == [0.0, 0.0, 0.0]

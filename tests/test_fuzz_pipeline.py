"""Fuzz contract of the stages and the whole pipeline: news-like and broken text through the
parse and every stage (entities, times, checks, places, quotes, events), each called
directly so that a crash is not hidden as extraction_failed; and bytes of any format through
reading and the Pipeline.  Every span of every document must lie inside its text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.targets import pipeline as pipeline_target
from fuzz.targets import stages as stages_target
from newsgraph.model import Document
from newsgraph.stages import DEFAULT_ORDER
from tests.fuzz_strategies import NEWSY_TEXT, edited

FEW = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.slow
@FEW
@given(NEWSY_TEXT | edited("text").map(lambda b: b.decode("utf-8", "replace")))
def test_every_stage_takes_any_text(text: str) -> None:
    doc = stages_target(text.encode("utf-8"))
    assert doc is None or isinstance(doc, Document)


@pytest.mark.slow
@FEW
@given(st.sampled_from(("text", "html", "json", "feed", "warc")).flatmap(edited))
def test_the_pipeline_takes_any_input(data: bytes) -> None:
    for doc in pipeline_target(data):
        assert isinstance(doc, Document)


@pytest.mark.slow
def test_the_stages_target_runs_every_default_stage() -> None:
    from fuzz.targets import _pipeline

    assert tuple(stage.name for stage in _pipeline().stages) == DEFAULT_ORDER
    doc = stages_target("Officials in Ostrin said on Monday that \u201cthe wells are dry\u201d, the council reported.".encode())
    assert doc is not None and doc.entities and doc.times and doc.quotes

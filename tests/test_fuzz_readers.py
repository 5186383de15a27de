"""Fuzz contract of the layers without spaCy: every reader, gzip and decoding, cleaning,
the time grammar.  Only typed rejections may come out (see fuzz/targets.py); a crash a
reader's caller would have caught as extraction_failed fails here.  The long runs are
``fuzz/run.py`` (atheris); these keep the contract checked on every test run."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz import CHEAP
from fuzz.targets import ContractBroken, check_rejection, target
from tests.fuzz_strategies import inputs_for


@pytest.mark.parametrize("name", CHEAP)
def test_cheap_layers_raise_only_typed_rejections(name: str) -> None:
    check = target(name)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(inputs_for(name))
    def run(data: bytes) -> None:
        check(data)

    run()


def test_the_contract_lets_a_reader_crash_through(monkeypatch) -> None:
    from newsgraph.ingest import html

    def explode(self, raw, settings):
        raise KeyError("parser bug")
        yield  # pragma: no cover

    monkeypatch.setattr(html.HtmlReader, "read", explode)
    with pytest.raises(KeyError):
        target("html")(b"<html><body><p>Talks went on in Ostrin.</p></body></html>")


def test_the_contract_refuses_a_crash_turned_into_a_rejection() -> None:
    from newsgraph.model import Rejection

    with pytest.raises(ContractBroken):
        check_rejection(Rejection("page.html", "NG111", "extraction_failed", "the html reader failed: KeyError"))
    check_rejection(Rejection("page.html", "NG108", "not_an_article", "no article text was found"))

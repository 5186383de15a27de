"""Whatever bytes arrive, reading gives Articles or typed Rejections and never raises."""

from __future__ import annotations

import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.ingest import read_bytes
from newsgraph.model import Article, Rejection
from newsgraph.settings import Settings

SETTINGS = Settings.load(environ={})
PREFIXES = [b"", b"<html><body>", b"<?xml version='1.0'?><rss><channel><item><description>", b'{"text": "', b"WARC/1.0\r\n", b"\x1f\x8b", b"<feed xmlns='http://www.w3.org/2005/Atom'>"]
NAMES = ["a.txt", "a.html", "a.jsonl", "a.json", "a.xml", "a.warc", "a.gz", "noname"]
WORDS = st.sampled_from(["the", "minister", "said", "on", "Monday", "Kenya", "talks", "<p>", "</p>", "\u00e9", "\n", '"', "{", "}", ":"])


def _outcomes(data: bytes, name: str) -> list:
    out = list(read_bytes(data, name, SETTINGS))
    assert out, "every input gives at least one outcome"
    for item in out:
        assert isinstance(item, (Article, Rejection))
        if isinstance(item, Rejection):
            assert item.code.startswith("NG1") and item.reason
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PREFIXES), st.binary(max_size=600), st.sampled_from(NAMES))
def test_random_bytes_never_raise(prefix: bytes, body: bytes, name: str) -> None:
    _outcomes(prefix + body, name)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PREFIXES), st.lists(WORDS, max_size=80), st.sampled_from(NAMES), st.booleans())
def test_text_like_inputs_never_raise(prefix: bytes, words: list[str], name: str, compress: bool) -> None:
    data = prefix + " ".join(words).encode("utf-8")
    _outcomes(gzip.compress(data) if compress else data, name)


def test_a_reader_that_crashes_becomes_a_rejection(monkeypatch) -> None:
    from newsgraph.ingest import html

    def explode(self, raw, settings):
        raise RuntimeError("parser bug")
        yield  # pragma: no cover

    monkeypatch.setattr(html.HtmlReader, "read", explode)
    out = _outcomes(b"<html><body><p>Kenya and Uganda held talks.</p></body></html>", "page.html")
    assert len(out) == 1 and out[0].code == "NG111" and "parser bug" in out[0].message


def test_json_lines_of_separators_only_are_rejected_as_empty() -> None:
    out = _outcomes(b"\x1c\n\x1d", "a.jsonl")
    assert [x.reason for x in out] == ["empty"]

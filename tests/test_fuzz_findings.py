"""Regression tests for what the fuzzers found (fuzz/run.py, tests/test_fuzz_*.py): each input
here once broke the contract (a crash instead of a typed rejection)."""

from __future__ import annotations

import pytest

from fuzz.targets import target
from newsgraph.ingest import article_from_string, read_bytes
from newsgraph.settings import Settings


def test_a_warc_response_record_without_target_uri_is_a_malformed_record() -> None:
    # a blank line inside the WARC headers cuts them off before WARC-Target-URI
    data = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nWARC-Target-URI: https://news.example/0\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    [rejection] = read_bytes(data, "crawl.warc", Settings.load(environ={}))
    assert rejection.reason == "malformed_record" and "headers" in rejection.message
    assert target("warc")(data) == []


@pytest.mark.parametrize("encoding", [b"utf-8\xff", b"utf\x00-8"])
def test_a_feed_whose_xml_declaration_names_a_bogus_encoding_is_malformed(encoding: bytes) -> None:
    # feedparser raised UnicodeDecodeError (a name that is not UTF-8) and ValueError (a NUL in it)
    data = b"<?xml version='1.0' encoding='" + encoding + b"'?><rss version='2.0'><channel><title>Herald</title><item><title>Wells</title><description>Wells were dug in Ostrin on Monday, the council said.</description></item></channel></rss>"
    [rejection] = read_bytes(data, "feed.xml", Settings.load(environ={}))
    assert rejection.reason == "malformed_feed" and "encoding" in rejection.message
    assert target("feed")(data) == []


# The pathological inputs of tests/test_pathological.py found work that grew with the square of
# the input; these count the work (not the time, which a busy machine blurs).


def _counting(monkeypatch, module, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.slow
def test_the_quoted_stretches_are_gathered_once_per_document(monkeypatch, pipeline) -> None:
    from newsgraph.stages.quotes import stage

    calls = _counting(monkeypatch, stage, "_inside_quotes")
    pipeline.run(article_from_string("The council of Ostrin met on Monday. " + '"Dry wells" ' * 200))
    assert calls == [1]  # it was once per quoted stretch, each over all of them


@pytest.mark.slow
def test_a_sentence_of_many_cues_walks_the_tree_once(monkeypatch, pipeline) -> None:
    from newsgraph.stages.quotes.parse import ParseIndex

    calls = _counting(monkeypatch, ParseIndex, "children")
    words = ["officials"] * 200 + ["said"] * 200
    pipeline.run(article_from_string(" ".join(words) + "."))
    assert calls[0] < 20 * len(words)  # it was about len(words) ** 2 / 4: a walk per cue


@pytest.mark.slow
def test_a_name_repeated_is_looked_for_in_the_text_once(monkeypatch, pipeline) -> None:
    from newsgraph.stages.entities import context

    calls = _counting(monkeypatch, context, "_bare_word_no_person")
    pipeline.run(article_from_string("The council of Ostrin met on Monday. " + '"Dry wells" ' * 200))
    assert calls[0] <= 3  # once per distinct name, not once per time it appears


def test_a_feed_entry_with_nul_bytes_in_its_html_gives_its_text() -> None:
    # lxml kept the NULs of the parsed fragment, then refused them when a line break was added
    data = b"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Herald</title><item><title>Wells</title><description>&lt;p&gt;Wells were dug in Ostrin\x00\x00 on Monday, the council said.&lt;/p&gt;&lt;p&gt;More next week.&lt;/p&gt;</description></item></channel></rss>"
    [article] = read_bytes(data, "feed.xml", Settings.load(environ={}))
    assert "Wells were dug in Ostrin" in article.text and "\x00" not in article.text
    assert len(target("feed")(data)) == 1

"""Regression tests for what the fuzzers found (fuzz/run.py, tests/test_fuzz_*.py): each input
here once broke the contract (a crash instead of a typed rejection)."""

from __future__ import annotations

from fuzz.targets import target
from newsgraph.ingest import read_bytes
from newsgraph.settings import Settings


def test_a_warc_response_record_without_target_uri_is_a_malformed_record() -> None:
    # a blank line inside the WARC headers cuts them off before WARC-Target-URI
    data = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nWARC-Target-URI: https://news.example/0\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    [rejection] = read_bytes(data, "crawl.warc", Settings.load(environ={}))
    assert rejection.reason == "malformed_record" and "headers" in rejection.message
    assert target("warc")(data) == []


def test_a_feed_whose_xml_declaration_names_an_undecodable_encoding_is_malformed() -> None:
    # feedparser decodes the encoding name of the declaration as UTF-8 and raised UnicodeDecodeError
    data = b"<?xml version='1.0' encoding='utf-8\xff'?><rss version='2.0'><channel><title>Herald</title><item><title>Wells</title><description>Wells were dug in Ostrin on Monday, the council said.</description></item></channel></rss>"
    [rejection] = read_bytes(data, "feed.xml", Settings.load(environ={}))
    assert rejection.reason == "malformed_feed" and "encoding" in rejection.message
    assert target("feed")(data) == []

"""Every reader on the project's own fixtures, and every bad input ending in its typed outcome."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from newsgraph.ingest import read_bytes, read_inputs
from newsgraph.model import Article, Rejection
from newsgraph.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"

STORY = (
    "The city council voted on Monday to build a new cycle path along the river, after a "
    "two-year campaign by residents who said the main road was too dangerous for children. "
    "Work is due to start in the summer and should take about a year, the council said."
)


@pytest.fixture
def settings() -> Settings:
    return Settings.load(environ={})


def read_all(paths, settings, **kwargs) -> list[Article | Rejection]:
    return list(read_inputs([str(p) for p in paths], settings, **kwargs))


def only_article(items) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_rejection(items) -> Rejection:
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    return items[0]


# --- readers ------------------------------------------------------------------------------


def test_saved_page_keeps_the_story_and_drops_navigation_and_ads(settings):
    article = only_article(read_all([FIXTURES / "saved_page.html"], settings))
    assert article.title == "Harbour reopens after three-day storm"
    assert article.byline == "Jane Ross"
    assert article.outlet == "Coastal Herald"
    assert article.url == "https://herald.example/news/harbour-reopens"
    assert (article.date.value, article.date.source) == ("2024-03-05", "metadata")
    assert article.language == "en"
    assert "Westhaven reopened on Tuesday" in article.text
    for furniture in ("Advertisement", "Sunny Shoes", "Most read", "Subscribe", "Share this article", "Weather"):
        assert furniture not in article.text
    assert [(c.span.text, c.credit) for c in article.captions] == [("Fishing boats return to Westhaven harbour on Tuesday.", "Coastal Herald")]
    caption = article.captions[0].span
    assert article.text[caption.start:caption.end] == caption.text


def test_feed_with_three_entries_gives_three_articles_with_feed_metadata(settings):
    items = read_all([FIXTURES / "feed.xml"], settings)
    assert [type(i) for i in items] == [Article] * 3
    first, second, third = items
    assert first.title == "New bridge opens to traffic"
    assert first.byline == "Amir Khan"
    assert first.outlet == "Valley Gazette"
    assert (first.date.value, first.date.source) == ("2024-03-04", "metadata")
    assert first.source_name.endswith("feed.xml#1")
    assert "Lark river" in first.text and "<p>" not in first.text
    assert second.url == "https://gazette.example/news/choir-prize"
    # the third entry is only a teaser; the saved copy of its page beside the feed is used
    assert "roof timbers" in third.text
    assert third.date.value == "2024-03-06"


def _warc(records: list[tuple[str, str, bytes, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for url, status, body, content_type in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def _page(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><nav>Home | News</nav><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>".encode()


def test_warc_with_two_html_responses_gives_two_articles(tmp_path, settings):
    data = _warc([
        ("https://a.example/one", "200 OK", _page("Cycle path approved", STORY), "text/html; charset=utf-8"),
        ("https://a.example/logo.png", "200 OK", b"\x89PNG\r\n", "image/png"),
        ("https://a.example/two", "200 OK", _page("Second story", STORY.replace("cycle path", "footbridge")), "text/html"),
    ])
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    items = read_all([path], settings)
    assert [type(i) for i in items] == [Article, Article]
    assert [a.url for a in items] == ["https://a.example/one", "https://a.example/two"]
    assert "footbridge" in items[1].text


def test_warc_error_page_is_a_not_an_article_rejection(tmp_path, settings):
    path = tmp_path / "errors.warc.gz"
    path.write_bytes(gzip.compress(_warc([("https://a.example/gone", "404 Not Found", _page("Not found", STORY), "text/html")])))
    assert only_rejection(read_all([path], settings)).reason == "not_an_article"


def test_gzip_is_read_transparently_whatever_its_name(tmp_path, settings):
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "story.bin").write_bytes(gzip.compress((FIXTURES / "saved_page.html").read_bytes()))
    text_article, page_article = sorted(read_all([tmp_path], settings), key=lambda a: a.source_name, reverse=True)
    assert text_article.text == STORY
    assert page_article.title == "Harbour reopens after three-day storm"


def test_json_lines_records_each_become_an_article_or_a_rejection(settings):
    items = read_all([FIXTURES / "articles.jsonl"], settings)
    assert [type(i) for i in items] == [Article, Article, Rejection, Rejection]
    rail, museum, broken, no_text = items
    assert (rail.title, rail.byline, rail.outlet, rail.date.value) == ("Rail strike called off", "Lena Fischer", "Wire Example", "2024-02-29")
    assert (museum.byline, museum.outlet, museum.date.value) == ("Paul Martin, Ana Costa", "Wire Example", "2024-03-01")
    assert (broken.reason, broken.code) == ("malformed_record", "NG110")
    assert broken.source.endswith("articles.jsonl:3")
    assert no_text.reason == "malformed_record" and no_text.source.endswith(":4")


def test_json_list_is_read_by_content_not_name(settings):
    data = f'[{{"text": "{STORY}", "title": "Cycle path"}}]'.encode()
    article = only_article(list(read_bytes(data, "export.dat", settings)))
    assert article.title == "Cycle path" and article.source_name == "export.dat[0]"


def test_html_with_a_txt_name_is_read_as_html(settings):
    article = only_article(list(read_bytes((FIXTURES / "saved_page.html").read_bytes(), "page.txt", settings)))
    assert article.title == "Harbour reopens after three-day storm" and "<p>" not in article.text


def test_stdin_is_read_with_a_dash(settings):
    article = only_article(list(read_inputs(["-"], settings, stdin=io.BytesIO(STORY.encode()))))
    assert article.source_name == "-" and article.text == STORY


def test_plain_text_headline_is_split_off(settings):
    article = only_article(list(read_bytes(f"Cycle path approved\n\n{STORY}\n".encode(), "a.txt", settings)))
    assert article.title == "Cycle path approved" and article.text == STORY


def test_a_headline_ending_in_initials_is_split_off_and_the_dateline_found(settings):
    text = "VELRAN SEEKS BETTER TRADE DEAL WITH U.S.\n\nTOVAR, March 3 - Velran called on the United States to cut tariffs.\n"
    article = only_article(list(read_bytes(text.encode(), "a.txt", settings)))
    assert article.title == "VELRAN SEEKS BETTER TRADE DEAL WITH U.S." and article.text.startswith("TOVAR, March 3")
    assert article.date is not None and article.date.source == "dateline"
    sentence = only_article(list(read_bytes(b"The minister flew home.\n\nTalks resume on Monday.\n", "b.txt", settings)))
    assert sentence.title is None


def test_a_dateline_on_a_line_of_its_own_opens_the_body_and_is_no_headline(settings):
    for dateline in ("TOVAR (AP) --", "TOVAR _", "TOVAR, March 3 (Zelkova) --", "TOVAR, Velran (AP) --"):
        text = f"{dateline}\n\nVelran called on the United States to cut tariffs.\n"
        article = only_article(list(read_bytes(text.encode(), "a.txt", settings)))
        assert article.title is None and article.text.startswith(dateline), dateline
    dated = only_article(list(read_bytes(b"TOVAR, March 3 (Zelkova) --\n\nVelran called for lower tariffs.\n", "b.txt", settings)))
    assert dated.date is not None and dated.date.source == "dateline"


def test_latin1_text_is_decoded(settings):
    article = only_article(list(read_bytes((STORY + " It will cost £2m.").encode("latin-1"), "old.txt", settings)))
    assert article.text.endswith("£2m.")


def test_dateline_gives_the_date_and_the_agency(settings):
    article = only_article(read_all([FIXTURES / "dateline.txt"], settings))
    # The dateline writes no year, and the years a text writes are no guide to its own (the
    # 2024 budget may be approved in 2023): the day is kept, its year left to --date.
    assert (article.date.value, article.date.source) == ("XXXX-03-07", "dateline")
    assert article.date.inferred
    assert article.date.evidence[0].text.startswith("LISBON, March 7")
    assert "Wire Example" in article.cited_sources


# --- folders and globs --------------------------------------------------------------------


def test_folder_globs_and_documentation_files(tmp_path, settings):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(STORY)
    (tmp_path / "a" / "two.html").write_bytes((FIXTURES / "saved_page.html").read_bytes())
    (tmp_path / "README.txt").write_text("About this folder: " + STORY)
    (tmp_path / "notes.md").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    names = lambda items: sorted(Path(i.source_name).name for i in items)  # noqa: E731
    assert names(read_all([tmp_path], settings)) == ["one.txt", "two.html"]
    assert names(read_all([tmp_path], settings, include=["*.html"])) == ["two.html"]
    assert names(read_all([tmp_path], settings, exclude=["a/one.*"])) == ["two.html"]
    # a file named on the command line is always read
    assert names(read_all([tmp_path / "README.txt"], settings)) == ["README.txt"]


# --- bad inputs: each ends in its typed rejection -------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason", "code"),
    [
        ("empty.txt", b"", "empty", "NG102"),
        ("blank.txt", b"  \n\n\t ", "empty", "NG102"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)), "binary", "NG103"),
        ("mixed.txt", STORY.encode() + " caf\u00e9 ".encode() + b"\xff\xfe broken", "undecodable", "NG104"),
        ("bad.json", f'{{"text": "{STORY}"}}'.encode("latin-1") + b"\xe9", "undecodable", "NG104"),
        ("cut.txt.gz", gzip.compress(STORY.encode() * 20)[:-30], "truncated_archive", "NG107"),
        ("short.txt", b"Click here to continue.", "not_an_article", "NG108"),
        ("menu.txt", b"Home\nShare\nComments (3)\nSubscribe\n", "not_an_article", "NG108"),
        ("blank.html", b"<html><body><nav>Home</nav></body></html>", "not_an_article", "NG108"),
        ("record.json", b'{"title": "no text"}', "malformed_record", "NG110"),
    ],
)
def test_bad_input_becomes_a_typed_rejection(tmp_path, settings, name, data, reason, code):
    path = tmp_path / name
    path.write_bytes(data)
    rejection = only_rejection(read_all([path], settings))
    assert (rejection.reason, rejection.code) == (reason, code)
    assert rejection.source == str(path)
    assert rejection.message


def test_missing_path(tmp_path, settings):
    rejection = only_rejection(read_all([tmp_path / "nope.txt"], settings))
    assert (rejection.reason, rejection.code) == ("missing_path", "NG101")


def test_too_large_input_and_text(tmp_path, settings):
    path = tmp_path / "big.txt"
    path.write_text(STORY * 10)
    small = Settings.load({"max_input_bytes": 500}, environ={})
    assert only_rejection(read_all([path], small)).reason == "too_large"
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip.compress(b"a " * 1_000_000))
    tiny_archive = Settings.load({"max_input_bytes": 500, "max_archive_bytes": 10_000}, environ={})
    assert only_rejection(read_all([bomb], tiny_archive)).reason == "too_large"


def test_malformed_feed(settings):
    rejection = only_rejection(read_all([FIXTURES / "bad_feed.xml"], settings))
    assert (rejection.reason, rejection.code) == ("malformed_feed", "NG106")


def test_feed_that_is_not_xml_at_all(tmp_path, settings):
    path = tmp_path / "broken.rss"
    path.write_bytes(b"<rss><channel><title>x</title><<<&&&")
    assert only_rejection(read_all([path], settings)).reason in ("malformed_feed",)


def test_non_english_is_rejected_unless_allowed(settings):
    rejection = only_rejection(read_all([FIXTURES / "french.txt"], settings))
    assert (rejection.reason, rejection.code) == ("unsupported_language", "NG109")
    assert "fr" in rejection.message
    allowed = Settings.load({"allow_languages": "en,fr"}, environ={})
    assert only_article(read_all([FIXTURES / "french.txt"], allowed)).language == "fr"


def test_other_scripts_are_detected_and_rejected_without_crashing(tmp_path, settings):
    samples = {"ru.txt": "Правительство объявило во вторник о новых мерах поддержки для семей с детьми, и это решение было принято после долгого обсуждения в парламенте страны.",
               "ko.txt": "정부는 화요일 자녀가 있는 가정을 위한 새로운 지원 대책을 발표했으며 이 결정은 국회에서 오랜 논의 끝에 내려졌다고 밝혔다 " * 3}
    for name, text in samples.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    items = read_all([tmp_path], settings)
    assert sorted((Path(r.source).name, r.reason) for r in items) == [("ko.txt", "unsupported_language"), ("ru.txt", "unsupported_language")]


def test_one_bad_input_never_stops_a_batch(tmp_path, settings):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b.txt").write_text(STORY)
    items = read_all([tmp_path, tmp_path / "missing.txt"], settings)
    assert [type(i).__name__ for i in items] == ["Rejection", "Article", "Rejection"]

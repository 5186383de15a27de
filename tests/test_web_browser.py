"""The web UI in headless Chromium (Debian's package, driven by Playwright; no browser is
downloaded): each page loads, an event leads to its evidence in the article, and markup in
an article (script, event handlers, ``javascript:`` links), in its title, its quotes and in
the address itself stays inert text.  The server listens on 127.0.0.1 only, for this module only."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from newsgraph.web.local import CHROMIUM, CHROMIUM_FLAGS, serving
from tests.web_store import ARTICLES, EVIL, EVIL_TITLE, build_store, evil_id

TIMEOUT_MS = 15_000


def _need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        message = "Debian's chromium is not installed (apt-get install chromium; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline) -> str:
    _need_chromium()
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (requirements/test.txt)")
    return build_store(tmp_path_factory.mktemp("browser") / "ui.db", pipeline)


@pytest.fixture(scope="module")
def base_url(db):
    with served(db) as url:
        yield url


@contextlib.contextmanager
def served(db: str, **settings):
    from newsgraph.store import open_store
    from newsgraph.web import WebSettings, create_app

    store = open_store(db, create=False)
    try:
        with serving(create_app(store, WebSettings.load(settings, environ={}))) as url:
            yield url
    finally:
        store.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory, base_url):
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_FLAGS), viewport={"width": 1280, "height": 900})
        context.set_default_timeout(TIMEOUT_MS)
        yield context
        context.close()


@pytest.fixture
def page(browser, base_url):
    page = browser.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(f"error: {error}"))
    page.on("dialog", lambda dialog: (page.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda message: message.type == "error" and page.problems.append(f"console: {message.text}"))
    page.on("request", lambda request: request.url.startswith((base_url + "/", "data:")) or page.problems.append(f"request: {request.url}"))
    yield page
    page.close()


def open_view(page, base_url: str, hash_: str, ready: str) -> None:
    page.goto(f"{base_url}/{hash_}")
    page.wait_for_selector(f"#main[data-ready='{ready}']")


def article_id_of(name: str) -> str:
    from newsgraph.ingest.ids import article_id

    return article_id(ARTICLES[name])


def test_article_view_marks_the_text_and_an_event_leads_to_its_evidence(page, base_url, tmp_path) -> None:
    open_view(page, base_url, f"#/article/{article_id_of('talks.txt')}", "article")
    text = page.locator(".article-text")
    assert text.inner_text() == ARTICLES["talks.txt"]
    for mark in (".ent-person", ".ent", ".time", ".quote", ".trigger"):
        assert text.locator(mark).count() > 0, mark
    assert "Tomas Ilabaca" in page.locator(".quotes .speaker").all_inner_texts()
    page.locator("button.pick[data-event]").first.click()
    focused = "".join(text.locator(".focus").all_inner_texts())
    assert "met" in focused and focused.strip() in ARTICLES["talks.txt"]
    page.screenshot(path=str(tmp_path / "article.png"))
    assert page.problems == []


def test_markup_in_an_article_is_shown_as_text_and_never_runs(page, base_url, tmp_path) -> None:
    open_view(page, base_url, f"#/article/{evil_id()}", "article")
    page.wait_for_timeout(300)  # time for an injected onerror handler to fire, were there one
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#main script, #main img, #main iframe, #main [onerror]").count() == 0
    assert page.locator("#main a[href^='javascript']").count() == 0
    assert page.locator(".article-head h2").inner_text() == EVIL_TITLE
    assert page.locator(".article-text").inner_text() == EVIL["text"]
    assert page.get_by_text(EVIL["url"]).count() == 1  # the javascript: URL is plain text
    page.screenshot(path=str(tmp_path / "inert.png"))
    assert page.problems == []


INJECTED = "#main script, #main img, #main iframe, #main object, #main embed, #main [onerror], #main [onclick], #main [onload], #main [onmouseover]"


def assert_inert(page) -> None:
    """Nothing injected ran or was built: no flag set, no markup from data, every link local or http(s)."""
    assert page.evaluate("window.__pwned") is None
    assert page.locator(INJECTED).count() == 0
    hrefs = page.eval_on_selector_all("#main a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert all(h.startswith(("#/", "http://", "https://")) for h in hrefs), hrefs


def test_every_link_and_word_of_a_hostile_article_stays_inert(page, base_url) -> None:
    open_view(page, base_url, f"#/article/{evil_id()}", "article")
    text = page.locator(".article-text")
    for word in text.locator("*").all() + [text]:  # hover and click every marked span and the text
        word.hover()
        word.click()
    for anchor in page.locator("#main a[href^='#/']").all():  # links inside the UI only: no navigation away
        anchor.click()
        page.go_back()
        page.wait_for_selector("#main[data-ready='article']")
    page.wait_for_timeout(300)
    assert_inert(page)
    assert page.problems == []


@pytest.mark.parametrize("hash_, ready", [
    ("#/?search=Council", "articles"),  # the hostile title in the list of articles
    ("#/?search=" + "%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D10%22%3E", "articles"),
    ("#/?search=%22%20onmouseover%3D%22window.__pwned%3D11", "articles"),
    ("#/article/%3Csvg%20onload%3Dwindow.__pwned%3D12%3E", "article"),
    ("#/timeline?actor=%3Cscript%3Ewindow.__pwned%3D13%3C%2Fscript%3E", "timeline"),
    ("#/network?type=javascript%3Awindow.__pwned%3D14", "network"),
    ("#/corpus?search=%3Ciframe%20src%3Djavascript%3Awindow.__pwned%3D15%3E", "corpus"),
])
def test_hostile_text_in_lists_and_in_the_address_stays_inert(page, base_url, hash_, ready) -> None:
    open_view(page, base_url, hash_, ready)
    page.wait_for_timeout(300)
    assert_inert(page)
    if ready == "article":  # no such article: the API's 404, shown as an error with its code
        assert "NG503" in page.locator("#main .error").inner_text()
        page.problems = [p for p in page.problems if "status of 404" not in p]
    assert page.problems == []
    if hash_ == "#/?search=Council":
        assert page.locator("table.articles td a", has_text="onerror").inner_text() == EVIL_TITLE
    elif ready == "articles":
        assert "<" in page.locator("#main h2").inner_text() or "onmouseover" in page.locator("#main h2").inner_text()


def test_every_page_loads_and_the_timeline_leads_to_the_article(page, base_url, tmp_path) -> None:
    open_view(page, base_url, "#/?search=fertiliser", "articles")
    assert page.locator("table.articles tbody tr").count() == 1
    open_view(page, base_url, "#/?search=tariffs", "articles")
    page.locator(".quote-list a").first.click()  # from a quote found to the quote in its article
    page.wait_for_selector("#main[data-ready='article'] .article-text .quote.focus")
    assert "tariffs" in "".join(page.locator(".article-text .focus").all_inner_texts())
    for view, drawn in (("corpus", ".corpus-list li.corpus-event"), ("network", "svg.network path.edge"), ("map", "svg.map circle.place"), ("timeline", "svg.timeline g.day")):
        open_view(page, base_url, f"#/{view}", view)
        assert page.locator(drawn).count() > 0, view
        page.screenshot(path=str(tmp_path / f"{view}.png"))
    page.locator("svg.timeline g.day[data-day='2024-03-03'] rect").first.click()
    page.wait_for_selector(".event-list li:has-text('CONSULT')")
    page.locator(".event-list a").first.click()
    page.wait_for_selector("#main[data-ready='article'] .article-text .focus")
    assert "met" in "".join(page.locator(".article-text .focus").all_inner_texts())
    assert page.problems == []


def test_closed_reads_ask_for_the_token_once(browser, db) -> None:
    with served(db, api_token="ui-token", api_open_reads=False) as url:
        page = browser.new_page()
        try:
            page.goto(f"{url}/#/")
            page.wait_for_selector("#main[data-ready] .error")
            assert "NG501" in page.locator(".error").inner_text()
            page.fill(".token input", "ui-token")
            page.click(".token button")
            page.wait_for_selector("table.articles tbody tr")
            assert page.locator("table.articles tbody tr").count() == len(ARTICLES) + 1
        finally:
            page.close()

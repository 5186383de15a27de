"""Hostile values in every query parameter are harmless: no SQL is built from strings, and
full-text search cannot be broken by its own syntax.

Hypothesis sends SQL fragments, FTS5 and tsquery syntax, LIKE wildcards, quotes, NUL and
other control characters, and any text, to every parameter of every GET endpoint (read from
the app's own OpenAPI description, so a new parameter is fuzzed too) and to every filter of
the library's reading methods on both backends.  Each answer is a page or a typed error with
its code, never a crash, and the store is unchanged.  A NUL character in a filter is refused
(NG203): no stored text holds one, and PostgreSQL refuses it as a parameter.
"""

from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette asks for httpx2, which is not needed here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.errors import NewsgraphError  # noqa: E402
from newsgraph.ingest import article_from_string  # noqa: E402
from newsgraph.model import Document  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.web import WebSettings, create_app  # noqa: E402
from tests.web_store import build_store  # noqa: E402

FRAGMENTS = [
    "'; DROP TABLE articles; --", "\" OR 1=1 --", "') OR ('1'='1", "1; SELECT * FROM meta", "UNION SELECT id FROM articles",
    "NEAR(fishing tariffs)", "fish*", "title:x", "text : y", "{title text}: z", "^start", "\"", "\"\"", "AND", "OR", "NOT", "-x", "+y",
    "a & b", "a | b", "!a", "a <-> b", "a:*", "@@", "%", "_", "\\", "%%", "\\%", "%s", "%(x)s", "?", ":name", "$1", "(", ")", "*",
    "\x00", "\x1b[31m", "\u202e", "\ufeff", "\U0001f600", "\ud7ff", "Lima", "Nairobi", "council",
]
HOSTILE = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.lists(st.sampled_from(FRAGMENTS), min_size=2, max_size=4).map(" ".join),
    st.text(max_size=60),
)
RUNS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline) -> str:
    return build_store(tmp_path_factory.mktemp("hostile") / "web.db", pipeline)


@pytest.fixture(scope="module")
def client(db):
    store = open_store(db, create=False)
    yield TestClient(create_app(store, WebSettings.load({}, environ={})), raise_server_exceptions=False)
    store.close()


def _string_parameters(client) -> list[tuple[str, str]]:
    """(path, parameter) of every query parameter of every GET endpoint under /api/."""
    spec = client.get("/openapi.json").json()
    found = []
    for path, methods in spec["paths"].items():
        for parameter in methods.get("get", {}).get("parameters", []):
            if parameter["in"] == "query":
                found.append((path, parameter["name"]))
            elif parameter["in"] == "path":
                found.append((path, "{" + parameter["name"] + "}"))
    return found


def test_every_parameter_is_fuzzed(client) -> None:
    names = {name for _, name in _string_parameters(client)}
    assert {"search", "actor", "recipient", "source", "place", "speaker", "type", "country", "article", "since", "until", "limit", "offset", "{article_id}"} <= names


@RUNS
@given(data=st.data(), value=HOSTILE)
def test_hostile_values_in_any_api_parameter_are_harmless(client, data, value) -> None:
    before = client.get("/api/").json()["counts"]
    path, name = data.draw(st.sampled_from(_string_parameters(client)))
    if name.startswith("{"):
        response = client.get(path.replace(name, _path_safe(value)))
    else:
        response = client.get(path, params={name: value})
    assert response.status_code in (200, 404, 422), (path, name, value, response.status_code, response.text[:300])
    assert response.headers["content-type"] == "application/json"
    if response.status_code != 200:
        assert response.json()["error"]["code"].startswith("NG"), response.text
    assert client.get("/api/").json()["counts"] == before


def _path_safe(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="") or "x"


@RUNS
@given(value=HOSTILE)
def test_full_text_search_never_breaks_the_query(client, value) -> None:
    for path in ("/api/articles", "/api/entities", "/api/quotes", "/api/events", "/api/corpus-events"):
        response = client.get(path, params={"search": value})
        expected = (422, "NG203") if "\x00" in value else (200, None)  # NUL is refused, see below
        assert (response.status_code, response.json().get("error", {}).get("code")) == expected, (path, value, response.text[:300])


def test_wildcards_and_syntax_are_taken_literally(client) -> None:
    assert client.get("/api/articles", params={"search": "Lima"}).json()["items"]
    assert client.get("/api/articles", params={"search": "Lima OR nothingsuch"}).json()["items"] == []  # OR is a word, not an operator
    assert client.get("/api/articles", params={"search": "Lim*"}).json()["items"] == []  # no prefix query
    assert client.get("/api/entities", params={"search": "_"}).json()["items"] == []


# --- the library, on both backends ------------------------------------------------------------

READERS = {
    "articles": ("search", "source", "since", "until"),
    "entities": ("search", "actor", "type", "country"),
    "quotes": ("search", "actor", "source"),
    "events": ("search", "actor", "country", "type", "source", "since", "until"),
    "corpus_events": ("search", "actor", "country", "type", "source"),
    "stories": ("search",),
    "flags": ("search", "type", "source"),
}


@pytest.fixture(scope="module")
def stores(tmp_path_factory, request):
    urls = {"sqlite": str(tmp_path_factory.mktemp("hostile-lib") / "lib.db")}
    from tests.pg_server import find_bindir

    if find_bindir() is not None:
        urls["postgresql"] = request.getfixturevalue("postgres_server").new_database("hostile")
    opened = {}
    for name, url in urls.items():
        store = open_store(url)
        for n, place in enumerate(("Port Aveline", "Marrow Hill 100% sure", "Under_score town")):
            store.add(Document(article_from_string(f"The council of {place} met on day {n} of the season, officials said.", source=f"s{n}.txt")))
        opened[name] = store
    yield opened
    for store in opened.values():
        store.close()


@RUNS
@given(data=st.data(), value=HOSTILE)
def test_hostile_filters_in_the_library_are_harmless(stores, data, value) -> None:
    reader = data.draw(st.sampled_from(sorted(READERS)))
    name = data.draw(st.sampled_from(READERS[reader]))
    for backend, store in stores.items():
        before = store.counts()
        try:
            getattr(store, reader)(**{name: value})
        except NewsgraphError as error:  # typed refusals: a date that is not a date, a NUL
            assert name in ("since", "until") or "\x00" in value, (backend, reader, name, value, error)
        assert store.get(value) is None and not store.has_article(value)
        assert store.counts() == before


def test_like_wildcards_match_only_themselves_in_the_library(stores) -> None:
    for backend, store in stores.items():
        assert len(store.articles(source="s1")) == 1, backend
        assert store.articles(source="%") == [] and store.articles(source="_") == [], backend  # as wildcards they match all three

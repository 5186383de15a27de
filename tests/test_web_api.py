"""The HTTP API in-process (FastAPI's TestClient): lists and pages, one article, errors as JSON
with their codes, the bearer token, size limits, safe search, CORS and security headers."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette asks for httpx2, which is not needed here
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from newsgraph.errors import InvalidSetting  # noqa: E402
from newsgraph.store import open_store  # noqa: E402
from newsgraph.web import WebSettings, create_app  # noqa: E402
from newsgraph.web.guard import CONTENT_SECURITY_POLICY  # noqa: E402
from tests.web_store import ARTICLES, EVIL, EVIL_TITLE, build_store, evil_id  # noqa: E402

TOKEN = "s3cret-test-token"
STATIC = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "web" / "static"


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline) -> str:
    return build_store(tmp_path_factory.mktemp("web") / "web.db", pipeline)


def client_for(db: str, pipeline=None, **settings) -> TestClient:
    store = open_store(db, create=False)
    return TestClient(create_app(store, WebSettings.load(settings, environ={}), pipeline), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return client_for(db)


def error_of(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code and error["message"], error
    return error


# --- reading ---------------------------------------------------------------------------------

def test_index_counts_what_the_store_holds(client) -> None:
    body = client.get("/api/").json()
    assert body["counts"]["articles"] == len(ARTICLES) + 1
    assert "CONSULT" in body["facets"]["event_types"]


@pytest.mark.parametrize("path", ["articles", "entities", "quotes", "events", "corpus-events"])
def test_every_list_pages_with_limit_and_offset(client, path) -> None:
    everything = client.get(f"/api/{path}", params={"limit": 500}).json()["items"]
    assert len(everything) >= 3, path
    first = client.get(f"/api/{path}", params={"limit": 2}).json()
    second = client.get(f"/api/{path}", params={"limit": 2, "offset": 2}).json()
    assert first["items"] == everything[:2] and second["items"] == everything[2:4]
    assert first["next_offset"] == 2 and first["limit"] == 2 and second["offset"] == 2
    last = client.get(f"/api/{path}", params={"limit": 2, "offset": len(everything) - 1}).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None


@pytest.mark.parametrize("params", [{"limit": 501}, {"limit": 0}, {"offset": -1}, {"limit": "ten"}, {"offset": 100_001}])
def test_page_size_and_offset_are_bounded(client, params) -> None:
    error_of(client.get("/api/events", params=params), 422, "NG504")


def test_default_page_size_comes_from_settings(db) -> None:
    page = client_for(db, api_page_size=2, api_max_page_size=3).get("/api/entities").json()
    assert page["limit"] == 2 and len(page["items"]) == 2
    error_of(client_for(db, api_page_size=2, api_max_page_size=3).get("/api/entities?limit=4"), 422, "NG504")


def test_one_article_holds_all_its_annotations(client) -> None:
    talks = client.get("/api/articles", params={"search": "maritime"}).json()["items"]
    assert len(talks) == 1
    doc = client.get(f"/api/articles/{talks[0]['id']}").json()
    assert doc["article"]["text"] == ARTICLES["talks.txt"]
    names = {e["name"] for e in doc["entities"]}
    assert {"Ana Quispe-Lorca", "Tomas Ilabaca"} <= names
    assert any(q["speaker_name"] == "Tomas Ilabaca" and "tariffs" in q["content"]["text"] for q in doc["quotes"])
    assert any(t["value"] == "2024-03-03" for t in doc["times"])
    assert any(ev["type"] == "CONSULT" for ev in doc["events"])


def test_filters_narrow_the_lists(client) -> None:
    consult = client.get("/api/events", params={"type": "consult"}).json()["items"]
    assert consult and all(ev["type"] == "CONSULT" for ev in consult)
    peru = client.get("/api/events", params={"country": "PER"}).json()["items"]
    assert peru and all("PER" in (ev["actor_country"], ev["recipient_country"]) for ev in peru)
    assert client.get("/api/quotes", params={"speaker": "Ilabaca"}).json()["items"][0]["speaker_name"] == "Tomas Ilabaca"
    dated = client.get("/api/articles", params={"since": "2024-05-01", "until": "2024-05-31"}).json()["items"]
    assert [a["date"] for a in dated] == ["2024-05-14"]
    talks_id = client.get("/api/articles", params={"search": "maritime"}).json()["items"][0]["id"]
    own = client.get("/api/entities", params={"article": talks_id, "limit": 500}).json()["items"]
    assert {e["name"] for e in own} >= {"Ana Quispe-Lorca"} and "Petra Vollrath" not in {e["name"] for e in own}


@pytest.mark.parametrize("search", ["co-chairman", "AND", "OR NOT", '"unbalanced', "NEAR(fishing", "fish*", "title:x", "^", "'; DROP TABLE articles; --", "%", "_"])
def test_search_text_is_never_query_syntax(client, search) -> None:
    for path in ("articles", "entities", "quotes", "events", "corpus-events"):
        response = client.get(f"/api/{path}", params={"search": search})
        assert response.status_code == 200, (path, search, response.text)
    if search in ("%", "_"):  # LIKE wildcards are taken literally
        assert client.get("/api/entities", params={"search": search}).json()["items"] == []


def test_search_finds_words_whatever_surrounds_them(client) -> None:
    assert len(client.get("/api/articles", params={"search": '"fertiliser'}).json()["items"]) == 1
    assert len(client.get("/api/articles", params={"search": "tear-gas"}).json()["items"]) == 1


def test_aggregates_for_the_ui(client) -> None:
    days = client.get("/api/timeline").json()["days"]
    assert {"date": "2024-03-03", "type": "CONSULT", "events": 1} in days
    graph = client.get("/api/network").json()
    assert any(e["source"] == "PER" and e["target"] == "CHL" for e in graph["edges"])
    assert {"PER", "CHL"} <= {n["id"] for n in graph["nodes"]}
    places = client.get("/api/places").json()["places"]
    lima = [p for p in places if p["name"] == "Lima"]
    assert lima and -13 < lima[0]["lat"] < -11 and -78 < lima[0]["lon"] < -76


# --- errors ----------------------------------------------------------------------------------

def test_errors_are_json_with_stable_codes(client) -> None:
    error_of(client.get("/api/articles/nope"), 404, "NG503")
    error_of(client.get("/api/nowhere"), 404, "NG503")
    error_of(client.delete("/api/articles"), 405, "NG505")
    error_of(client.get("/api/events", params={"since": "foo"}), 422, "NG204")
    hint = error_of(client.get("/api/quotes", params={"type": "ASSAULT"}), 422, "NG504")["hint"]
    assert "speaker" in hint  # the parameters that do apply are listed


def test_an_internal_error_is_json_without_a_traceback(db) -> None:
    client = client_for(db)
    store = client.app.state.store

    def broken():
        raise RuntimeError("secret detail /internal/path")

    store.counts = broken
    response = client.get("/api/")
    error = error_of(response, 500, "NG100")
    assert "secret" not in response.text and "Traceback" not in response.text and error["reason"] == "error"
    assert response.headers["x-content-type-options"] == "nosniff"


# --- writing and tokens ----------------------------------------------------------------------

NEW_TEXT = "Uruguayan President Lucia Ferreyra visited Montevideo port on June 2, 2024 and praised the dock workers, the Rivera Times reported."


def test_ingest_is_off_without_a_configured_token(db) -> None:
    error_of(client_for(db).post("/api/articles", content=NEW_TEXT, headers={"content-type": "text/plain"}), 403, "NG502")


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", TOKEN, "Bearer "])
def test_ingest_needs_the_bearer_token(db, header) -> None:
    headers = {"content-type": "text/plain", **({"authorization": header} if header is not None else {})}
    response = client_for(db, api_token=TOKEN).post("/api/articles", content=NEW_TEXT, headers=headers)
    error_of(response, 401, "NG501")
    assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_by_post_stores_and_the_article_can_be_read(tmp_path, pipeline) -> None:
    db = str(tmp_path / "post.db")
    open_store(db).close()
    client = client_for(db, pipeline, api_token=TOKEN)
    auth = {"authorization": f"Bearer {TOKEN}"}
    response = client.post("/api/articles", content=NEW_TEXT, headers={**auth, "content-type": "text/plain"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["summary"]["stored"] == 1 and len(body["articles"]) == 1
    doc = client.get(f"/api/articles/{body['articles'][0]}").json()
    assert doc["article"]["text"] == NEW_TEXT
    again = client.post("/api/articles", content=json.dumps({"article": {"text": NEW_TEXT, "title": "Port visit"}}), headers={**auth, "content-type": "application/json"})
    assert again.status_code == 200 and again.json()["summary"]["stored"] == 0
    record = client.post("/api/articles?date=2024-06-03", json={"text": EVIL["text"], "title": EVIL_TITLE}, headers=auth)
    assert record.status_code == 201 and record.json()["articles"] == [evil_id()]


@pytest.mark.parametrize(
    "content, media, query, status, code",
    [("", "text/plain", "", 422, "NG102"), ("x" * 10, "image/png", "", 415, "NG506"), (NEW_TEXT, "text/plain", "?date=soon", 422, "NG204"), (NEW_TEXT, "text/plain", "?force=1", 422, "NG504"), ("{not json", "application/json", "", 422, "NG504")],
)
def test_bad_posts_are_refused_before_any_analysis(db, content, media, query, status, code) -> None:
    client = client_for(db, api_token=TOKEN)  # no pipeline: analysis would load the model
    response = client.post(f"/api/articles{query}", content=content, headers={"authorization": f"Bearer {TOKEN}", "content-type": media})
    error_of(response, status, code)


def test_request_bodies_are_limited(db) -> None:
    client = client_for(db, api_token=TOKEN, api_max_body_bytes=100)
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    error_of(client.post("/api/articles", content="x" * 101, headers=auth), 413, "NG105")

    def streamed():  # no Content-Length: the limit holds while the body streams in
        for _ in range(5):
            yield b"y" * 40

    error_of(client.post("/api/articles", content=streamed(), headers=auth), 413, "NG105")


def test_reads_can_be_closed(db) -> None:
    client = client_for(db, api_token=TOKEN, api_open_reads=False)
    error_of(client.get("/api/articles"), 401, "NG501")
    error_of(client.get(f"/api/articles/{evil_id()}"), 401, "NG501")
    assert client.get("/api/articles", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert client.get("/").status_code == 200  # the UI itself holds no data
    with pytest.raises(InvalidSetting):
        WebSettings.load({"api_open_reads": False}, environ={})


def _api_routes(client) -> list[tuple[str, str]]:
    """(method, path) of every endpoint under /api/ the app describes, path parameters filled in."""
    paths = client.get("/openapi.json").json()["paths"]
    return [(method.upper(), path.replace("{article_id}", evil_id())) for path, methods in paths.items() if path.startswith("/api/") for method in methods]


def test_every_endpoint_is_guarded_when_reads_are_closed(db) -> None:
    client = client_for(db, api_token=TOKEN, api_open_reads=False)
    routes = _api_routes(client)
    assert ("POST", "/api/articles") in routes and len(routes) >= 10
    for method, path in routes:  # without the token: refused before anything is read or written
        error_of(client.request(method, path, content=NEW_TEXT, headers={"content-type": "text/plain"}), 401, "NG501")
    open_client = client_for(db, api_token=TOKEN)
    for method, path in routes:  # reads open by default, writes never
        status = open_client.request(method, path, content=NEW_TEXT, headers={"content-type": "text/plain"}).status_code
        assert (status == 401) == (method != "GET"), (method, path, status)


def test_writing_to_a_read_only_store_is_a_json_error_with_its_code(db, pipeline) -> None:
    store = open_store(db, create=False, read_only=True)
    try:
        client = TestClient(create_app(store, WebSettings.load({"api_token": TOKEN}, environ={}), pipeline), raise_server_exceptions=False)
        before = client.get("/api/").json()["counts"]
        response = client.post("/api/articles", content=NEW_TEXT, headers={"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"})
        error_of(response, 503, "NG306")
        assert "Traceback" not in response.text and client.get("/api/").json()["counts"] == before
    finally:
        store.close()


def test_settings_come_from_the_environment() -> None:
    settings = WebSettings.load(environ={"NEWSGRAPH_API_OPEN_READS": "false", "NEWSGRAPH_API_TOKEN": "t", "NEWSGRAPH_API_MAX_PAGE_SIZE": "200"})
    assert settings.api_open_reads is False and settings.api_max_page_size == 200
    with pytest.raises(InvalidSetting):
        WebSettings.load(environ={"NEWSGRAPH_API_OPEN_READS": "maybe"})


# --- the web's defences ----------------------------------------------------------------------

def test_openapi_describes_the_api(client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/quotes", "/api/events", "/api/corpus-events"} <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/articles"]
    assert client.get("/docs").status_code == 404  # the interactive docs would load scripts from a CDN


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/api/articles", "/api/articles/nope"])
def test_security_headers_on_every_answer(client, path) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert csp == CONTENT_SECURITY_POLICY and "http" not in csp and "'unsafe-inline'" not in csp and "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"


def test_security_headers_on_refusals_too(db) -> None:
    closed = client_for(db, api_token=TOKEN, api_open_reads=False, api_max_body_bytes=10)
    auth = {"authorization": f"Bearer {TOKEN}"}
    refusals = [
        closed.get("/api/articles"),  # 401
        closed.post("/api/articles", content="x" * 11, headers={**auth, "content-type": "text/plain"}),  # 413, before the app
        closed.get("/api/articles", params={"limit": "many"}, headers=auth),  # 422
        closed.delete("/api/articles", headers=auth),  # 405
    ]
    assert [r.status_code for r in refusals] == [401, 413, 422, 405]
    for response in refusals:
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY and response.headers["x-frame-options"] == "DENY"


def test_cors_is_closed_by_default_and_opens_for_named_origins(db, client) -> None:
    preflight = {"origin": "https://elsewhere.example", "access-control-request-method": "GET"}
    assert "access-control-allow-origin" not in client.options("/api/articles", headers=preflight).headers
    assert "access-control-allow-origin" not in client.get("/api/articles", headers={"origin": "https://elsewhere.example"}).headers
    opened = client_for(db, api_cors_origins="https://elsewhere.example")
    assert opened.get("/api/articles", headers={"origin": "https://elsewhere.example"}).headers["access-control-allow-origin"] == "https://elsewhere.example"
    assert "access-control-allow-origin" not in opened.get("/api/articles", headers={"origin": "https://other.example"}).headers


def test_markup_in_articles_comes_back_as_json_strings(client) -> None:
    response = client.get(f"/api/articles/{evil_id()}")
    assert response.headers["content-type"] == "application/json"
    article = response.json()["article"]
    assert article["title"] == EVIL_TITLE and "<script>" in article["text"]


def test_the_ui_writes_no_html_from_strings() -> None:
    """The UI builds the DOM with createElement and textContent only: no sink that parses HTML."""
    sinks = ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "srcdoc")
    scripts = sorted(STATIC.glob("*.js"))
    assert scripts
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        assert not [s for s in sinks if s in text], script.name
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "style=" not in page and "http" not in page.replace("http-equiv", "")


def test_serve_refuses_a_missing_store_before_listening(tmp_path) -> None:
    from click.testing import CliRunner

    from newsgraph.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db"), "--port", "0"])
    assert result.exit_code == 2 and "NG304" in result.stderr
    help_text = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "127.0.0.1" in help_text


def test_docs_settings_table_matches_the_code() -> None:
    from newsgraph.web.settings import settings_table

    text = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    block = text.split("<!-- api-settings-table -->\n", 1)[1].split("\n<!-- /api-settings-table -->", 1)[0]
    assert block == settings_table()


def test_serve_listens_on_loopback_and_answers(db) -> None:
    """The real command in a subprocess, on a free loopback port, stopped within seconds."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-c", "from newsgraph.cli import main; main()", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, answer = time.monotonic() + 30, None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/", timeout=2) as response:
                    answer = json.load(response)
            except OSError:
                time.sleep(0.2)
        assert answer is not None and answer["counts"]["articles"] == len(ARTICLES) + 1
        import shutil

        if shutil.which("ss"):  # the socket's local address is loopback, not every interface
            lines = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True, check=False).stdout.splitlines()
            assert lines and all(line.split()[3] == f"127.0.0.1:{port}" for line in lines), lines
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(5)


def test_the_bundled_world_outline_is_a_map_of_the_world() -> None:
    world = json.loads((STATIC / "world.json").read_text(encoding="utf-8"))
    assert "Natural Earth" in world["source"] and len(world["rings"]) > 100
    points = [p for ring in world["rings"] for p in ring]
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in points)
    assert min(lon for lon, _ in points) < -170 and max(lon for lon, _ in points) > 170

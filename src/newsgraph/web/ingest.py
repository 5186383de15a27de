"""POST /api/articles: analyse and store what the request body holds (needs the bearer token).

The body is text (an article), JSON (a record with a "text" field, a list of records, or a
newsgraph document, whose article is analysed again) or JSON lines.  It goes through the same
reading, duplicate search and storing as ``newsgraph ingest -``.  The pipeline is built on
the first request (loading the model takes seconds) and used by one request at a time.
"""

from __future__ import annotations

import io
import json
import threading
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..engines import ingest_paths
from ..errors import EmptyInput
from ..ingest import read_bytes
from ..model import Article
from ..pipeline import Pipeline, parse_date_argument
from .errors import InvalidRequest, UnsupportedMedia
from .guard import require_write

router = APIRouter(prefix="/api")

ACCEPTED = ("text/plain", "text/html", "application/json", "application/x-ndjson", "application/jsonl")


class Analyser:
    """The pipeline of one app, built when first needed, run by one thread at a time."""

    def __init__(self, pipeline: Pipeline | None = None) -> None:
        self._pipeline = pipeline
        self._lock = threading.Lock()

    def ingest(self, store: Any, body: bytes, date: str | None) -> dict[str, Any]:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline()
            ids = [x.id for x in read_bytes(body, "request", self._pipeline.settings) if isinstance(x, Article)]
            summary = ingest_paths(["-"], store, self._pipeline, parse_date_argument(date), stdin=io.BytesIO(body))
        return {"articles": ids, "summary": summary.to_dict()}


@router.post("/articles", status_code=201, dependencies=[Depends(require_write)], summary="Analyse and store articles (needs the bearer token)")
async def post_articles(request: Request, date: str | None = Query(None, description="the article date when the input has none, YYYY-MM-DD")) -> JSONResponse:
    unknown = sorted(set(request.query_params) - {"date"})
    if unknown:
        raise InvalidRequest(f"unknown parameter {', '.join(unknown)}", hint="parameters here: date")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in ACCEPTED:
        raise UnsupportedMedia(f"cannot ingest a body of type {media or 'unknown'!r}")
    parse_date_argument(date)  # a bad date fails before the body is analysed
    body = await request.body()
    if not body.strip():
        raise EmptyInput("the request body is empty", source="request")
    if media == "application/json":
        body = _unwrap_document(body)
    result = await run_in_threadpool(request.app.state.analyser.ingest, request.app.state.store, body, date)
    status = 201 if result["summary"]["stored"] else 200
    return JSONResponse(result, status_code=status)


def _unwrap_document(body: bytes) -> bytes:
    """A newsgraph document ({"article": {...}}) becomes the record of its article."""
    try:
        value = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidRequest(f"the body is not JSON: {exc}") from exc
    article = value.get("article") if isinstance(value, dict) else None
    if not isinstance(article, dict) or not isinstance(article.get("text"), str):
        return body
    record = {k: article.get(k) for k in ("text", "title", "byline", "outlet", "url", "language")}
    date = article.get("date")
    record["date"] = date.get("value") if isinstance(date, dict) else date
    return json.dumps({k: val for k, val in record.items() if val is not None}).encode()

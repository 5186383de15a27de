"""The reading endpoints under /api/: paged lists with filters, one article, and the
aggregates the UI draws.  Each parses its parameters, makes one store call, returns JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from .. import __version__
from ..store import browse
from .errors import InvalidRequest, NotFound
from .guard import require_read, settings_of

router = APIRouter(prefix="/api", dependencies=[Depends(require_read)])

LIMIT = Query(None, ge=1, description="rows in the page (default api_page_size, at most api_max_page_size)")
OFFSET = Query(0, ge=0, description="rows to skip")
SINCE = Query(None, description="first day, YYYY-MM-DD")
UNTIL = Query(None, description="last day, YYYY-MM-DD")
SEARCH = Query(None, max_length=500, description="text to look for (words are matched literally, never as query syntax)")
PAGING = ("limit", "offset")


def _checked(request: Request, allowed: tuple[str, ...]) -> None:
    """Unknown query parameters are an error that lists the known ones, not silently ignored."""
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise InvalidRequest(f"unknown parameter {', '.join(unknown)}", hint=f"parameters here: {', '.join(allowed)}")


def _paging(request: Request, limit: int | None, offset: int) -> tuple[int, int]:
    settings = settings_of(request)
    limit = settings.api_page_size if limit is None else limit
    if limit > settings.api_max_page_size:
        raise InvalidRequest(f"limit {limit} is over the largest page, {settings.api_max_page_size}", hint="page through with offset")
    if offset > settings.api_max_offset:
        raise InvalidRequest(f"offset {offset} is over {settings.api_max_offset}", hint="narrow the query with filters")
    return limit, offset


def _listing(request: Request, kind: str, filters: dict[str, Any], limit: int | None, offset: int) -> dict[str, Any]:
    _checked(request, browse.FILTERS[kind] + PAGING)
    limit, offset = _paging(request, limit, offset)
    page = browse.page(request.app.state.store, kind, filters, limit, offset)
    return {"items": page.rows, "limit": page.limit, "offset": page.offset, "next_offset": page.offset + page.limit if page.more else None}


@router.get("/", summary="What this server holds")
def index(request: Request) -> dict[str, Any]:
    store = request.app.state.store
    return {"newsgraph": __version__, "backend": store.backend, "counts": store.counts(), "facets": browse.facets(store)}


@router.get("/articles", summary="Articles, newest first")
def list_articles(
    request: Request,
    search: str | None = SEARCH,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    source: str | None = Query(None, description="outlet, or part of the input name"),
    limit: int | None = LIMIT,
    offset: int = OFFSET,
) -> dict[str, Any]:
    return _listing(request, "articles", {"search": search, "since": since, "until": until, "source": source}, limit, offset)


@router.get("/articles/{article_id}", summary="One article with all its annotations")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    _checked(request, ())
    doc = request.app.state.store.get(article_id)
    if doc is None:
        raise NotFound(f"no article {article_id!r}")
    return doc.to_dict()


@router.get("/entities", summary="Entities with the number of articles and mentions")
def list_entities(
    request: Request,
    search: str | None = SEARCH,
    type: str | None = Query(None, description="PERSON, ORG, GPE ..."),
    country: str | None = Query(None, description="ISO alpha-3"),
    article: str | None = None,
    limit: int | None = LIMIT,
    offset: int = OFFSET,
) -> dict[str, Any]:
    return _listing(request, "entities", {"search": search, "type": type, "country": country, "article": article}, limit, offset)


@router.get("/quotes", summary="Quotes with their speakers")
def list_quotes(
    request: Request,
    search: str | None = SEARCH,
    speaker: str | None = None,
    source: str | None = None,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    article: str | None = None,
    limit: int | None = LIMIT,
    offset: int = OFFSET,
) -> dict[str, Any]:
    return _listing(request, "quotes", {"search": search, "speaker": speaker, "source": source, "since": since, "until": until, "article": article}, limit, offset)


@router.get("/events", summary="Events as reported in each article")
def list_events(
    request: Request,
    search: str | None = SEARCH,
    actor: str | None = None,
    recipient: str | None = None,
    country: str | None = None,
    type: str | None = Query(None, description="PLOVER type, e.g. ASSAULT"),
    source: str | None = None,
    place: str | None = None,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    article: str | None = None,
    limit: int | None = LIMIT,
    offset: int = OFFSET,
) -> dict[str, Any]:
    filters = {"search": search, "actor": actor, "recipient": recipient, "country": country, "type": type, "source": source, "place": place, "since": since, "until": until, "article": article}
    return _listing(request, "events", filters, limit, offset)


@router.get("/corpus-events", summary="Happenings merged across articles, with their reports and disagreements")
def list_corpus_events(
    request: Request,
    search: str | None = SEARCH,
    actor: str | None = None,
    country: str | None = None,
    type: str | None = None,
    source: str | None = None,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    limit: int | None = LIMIT,
    offset: int = OFFSET,
) -> dict[str, Any]:
    return _listing(request, "corpus_events", {"search": search, "actor": actor, "country": country, "type": type, "source": source, "since": since, "until": until}, limit, offset)


AGGREGATE_FILTERS = ("actor", "country", "type", "source", "since", "until")


@router.get("/timeline", summary="Dated events per day and type")
def timeline(
    request: Request, actor: str | None = None, country: str | None = None, type: str | None = None, source: str | None = None, since: str | None = SINCE, until: str | None = UNTIL
) -> dict[str, Any]:
    _checked(request, AGGREGATE_FILTERS)
    filters = {"actor": actor, "country": country, "type": type, "source": source, "since": since, "until": until}
    return {"days": browse.timeline(request.app.state.store, filters)}


@router.get("/network", summary="Who acts on whom, how often")
def network(
    request: Request,
    actor: str | None = None,
    country: str | None = None,
    type: str | None = None,
    source: str | None = None,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    limit: int = Query(60, ge=1, le=500, description="heaviest edges kept"),
) -> dict[str, Any]:
    _checked(request, (*AGGREGATE_FILTERS, "limit"))
    filters = {"actor": actor, "country": country, "type": type, "source": source, "since": since, "until": until}
    return browse.network(request.app.state.store, filters, limit)


@router.get("/places", summary="Places of events with coordinates")
def places(
    request: Request, actor: str | None = None, country: str | None = None, type: str | None = None, source: str | None = None, since: str | None = SINCE, until: str | None = UNTIL
) -> dict[str, Any]:
    _checked(request, AGGREGATE_FILTERS)
    filters = {"actor": actor, "country": country, "type": type, "source": source, "since": since, "until": until}
    return {"places": browse.place_points(request.app.state.store, filters, settings_of(request).api_map_articles)}

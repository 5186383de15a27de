"""The app factory: the HTTP API under /api/ and the web UI at /, over one store.

``create_app(store, settings)`` builds a FastAPI app; ``newsgraph serve`` runs it with uvicorn
on 127.0.0.1.  No state lives at module level: the store, settings and pipeline hang on
``app.state``.  The UI is static files (plain JavaScript, no build step, nothing remote).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import NewsgraphError
from ..pipeline import Pipeline
from . import ingest, routes
from .errors import ApiError, InvalidRequest, MethodNotAllowed, NotFound
from .guard import SECURITY_HEADERS, BodyLimit, SecurityHeaders, error_body
from .settings import WebSettings

STATIC = Path(__file__).resolve().parent / "static"


def create_app(store: Any, settings: WebSettings | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """The app over an open ``store``; ``pipeline`` (optional) is used for POST ingest."""
    settings = settings or WebSettings.load()
    app = FastAPI(title="newsgraph", version=__version__, description="News articles in, source-attributed event data out.", docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.store = store
    app.state.web_settings = settings
    app.state.analyser = ingest.Analyser(pipeline)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    _add_error_handlers(app)
    _add_ui(app)
    if settings.cors_origins:  # closed unless origins are named
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _add_ui(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def ui() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")


def _error_response(error: NewsgraphError, **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if error.http_status == 401 else None
    body = error_body(error)
    body["error"].update(extra)
    return JSONResponse(body, status_code=error.http_status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, error: NewsgraphError) -> JSONResponse:
        return _error_response(error)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        details = [{"where": ".".join(str(x) for x in item.get("loc", ())), "problem": item.get("msg", "")} for item in error.errors()]
        message = "; ".join(f"{d['where']}: {d['problem']}" for d in details) or "the request is not valid"
        return _error_response(InvalidRequest(message), details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 404:
            return _error_response(NotFound(f"nothing at {request.url.path}", hint="the API is under /api/, its description at /openapi.json"))
        if error.status_code == 405:
            return _error_response(MethodNotAllowed(f"{request.method} is not allowed on {request.url.path}"))
        generic = ApiError(str(error.detail))
        generic.http_status = error.status_code
        return _error_response(generic)

    @app.exception_handler(Exception)
    async def crash(request: Request, error: Exception) -> JSONResponse:
        # Runs outside the other middleware: add the security headers here too; no traceback out.
        response = _error_response(NewsgraphError(f"internal error ({type(error).__name__})", hint="this is a bug in newsgraph; please report it"))
        for name, value in SECURITY_HEADERS:
            response.headers[name.decode()] = value.decode()
        return response

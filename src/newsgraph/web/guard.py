"""What every request passes through: the body size limit, the security headers, the bearer
token checks.  Pure ASGI middleware, so the limit holds for streamed bodies too."""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request

from ..errors import InputTooLarge, NewsgraphError
from .errors import IngestDisabled, Unauthorized
from .settings import WebSettings

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Everything the UI needs is served from this origin; nothing remote, nothing inline.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class SecurityHeaders:
    """Adds the security headers to every response (and no-store to API answers)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = scope.get("path", "").startswith("/api/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in {k for k, _ in SECURITY_HEADERS}]
                headers += list(SECURITY_HEADERS)
                if api:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_bytes``: at once when Content-Length says so, else
    as soon as the streamed body passes the limit (NG105 too_large, 413)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await send_error(send, self._too_large())
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise self._too_large()
            return message

        await self.app(scope, counting_receive, send)

    def _too_large(self) -> InputTooLarge:
        return InputTooLarge(f"the request body is larger than {self.max_bytes} bytes", hint="send less, or raise the api_max_body_bytes setting")


def error_body(error: NewsgraphError) -> dict[str, Any]:
    """The JSON of every error answer: the error's stable code, reason, message and hint."""
    return {"error": error.to_dict()}


async def send_error(send: Send, error: NewsgraphError) -> None:
    body = json.dumps(error_body(error)).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": error.http_status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def settings_of(request: Request) -> WebSettings:
    return request.app.state.web_settings


def bearer_ok(request: Request, token: str) -> bool:
    """The request carries ``Authorization: Bearer <token>`` (compared in constant time)."""
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return bool(token) and scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def require_write(request: Request) -> None:
    """Dependency of writing endpoints: a token must be configured and sent."""
    token = settings_of(request).api_token
    if not token:
        raise IngestDisabled("ingest is off on this server")
    if not bearer_ok(request, token):
        raise Unauthorized("writing needs the server's bearer token")


def require_read(request: Request) -> None:
    """Dependency of reading endpoints: open unless api_open_reads is false."""
    settings = settings_of(request)
    if not settings.api_open_reads and not bearer_ok(request, settings.api_token):
        raise Unauthorized("reading needs the server's bearer token (api_open_reads is false)")

"""The errors of the HTTP API, in the project's tree (``newsgraph.errors``) with codes NG5xx.

    ApiError                 NG500  request
    ├── Unauthorized         NG501  unauthorized       401: no bearer token, or a wrong one
    ├── IngestDisabled       NG502  ingest_disabled    403: the server has no api_token set
    ├── NotFound             NG503  not_found          404: no such article or path
    ├── InvalidRequest       NG504  invalid_request    422: a parameter or body is not valid
    ├── MethodNotAllowed     NG505  method_not_allowed 405
    └── UnsupportedMedia     NG506  unsupported_media  415: POST a text or JSON body

A body over ``api_max_body_bytes`` is the library's ``InputTooLarge`` (NG105, 413), a bad date
its ``InvalidDate`` (NG204, 422): one code for one problem wherever it is met.
"""

from __future__ import annotations

from ..errors import NewsgraphError


class ApiError(NewsgraphError):
    code = "NG500"
    reason = "request"
    exit_code = 2
    http_status = 400


class Unauthorized(ApiError):
    code = "NG501"
    reason = "unauthorized"
    http_status = 401
    hint = "send the header 'Authorization: Bearer <api_token>'"


class IngestDisabled(ApiError):
    code = "NG502"
    reason = "ingest_disabled"
    http_status = 403
    hint = "start the server with NEWSGRAPH_API_TOKEN set to allow ingest"


class NotFound(ApiError):
    code = "NG503"
    reason = "not_found"
    http_status = 404
    hint = "list what exists with GET /api/articles"


class InvalidRequest(ApiError):
    code = "NG504"
    reason = "invalid_request"
    http_status = 422
    hint = "see /openapi.json for the parameters of each endpoint"


class MethodNotAllowed(ApiError):
    code = "NG505"
    reason = "method_not_allowed"
    http_status = 405


class UnsupportedMedia(ApiError):
    code = "NG506"
    reason = "unsupported_media"
    http_status = 415
    hint = "POST text/plain (an article) or application/json (a record with a 'text' field, or a document)"


API_ERRORS = (ApiError, Unauthorized, IngestDisabled, NotFound, InvalidRequest, MethodNotAllowed, UnsupportedMedia)

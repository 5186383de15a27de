"""The HTTP API and web UI of newsgraph (``newsgraph serve``): see docs/api.md."""

from .app import create_app
from .settings import WebSettings

__all__ = ["WebSettings", "create_app"]

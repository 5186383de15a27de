"""``newsgraph serve``: the HTTP API and web UI over a store, on 127.0.0.1 by default."""

from __future__ import annotations

import click

from ..store import open_store
from .common import db_option, translate_errors


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on (another than loopback exposes the store to the network)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="port to listen on (0: any free port)")
@click.option("--create", is_flag=True, help="create an empty store when --db names none (to fill it by POST)")
@translate_errors
def serve_command(db: str, host: str, port: int, create: bool) -> None:
    """Serve the HTTP API (/api/, described at /openapi.json) and the web UI (/).

    Settings come from NEWSGRAPH_API_* environment variables (docs/api.md): ingest by POST
    needs NEWSGRAPH_API_TOKEN; reads are open unless NEWSGRAPH_API_OPEN_READS=false.
    """
    import uvicorn

    from ..web import WebSettings, create_app

    settings = WebSettings.load()
    store = open_store(db, create=create)
    try:
        click.echo(f"newsgraph: serving {db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"newsgraph: warning: listening on {host} lets other machines read this store", err=True)
        uvicorn.run(create_app(store, settings), host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()

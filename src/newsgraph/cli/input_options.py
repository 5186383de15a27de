"""Options shared by the commands that read inputs: folder globs and accepted languages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--include, --exclude (repeatable globs for folders) and --allow-language."""
    func = click.option("--allow-language", "allow_language", multiple=True, metavar="CODE", help="also analyse articles in this language (ISO 639-1, or 'all'); repeatable")(func)
    func = click.option("--exclude", multiple=True, metavar="GLOB", help="in folders, skip files matching this glob (name, or path below the folder); repeatable")(func)
    func = click.option("--include", multiple=True, metavar="GLOB", help="in folders, read only files matching this glob; repeatable")(func)
    return func


def language_setting(allowed: tuple[str, ...]) -> str | None:
    """The allow_languages setting for --allow-language codes (English always stays allowed)."""
    if not allowed:
        return None
    return ",".join(dict.fromkeys(("en", *(code.strip().lower() for code in allowed))))

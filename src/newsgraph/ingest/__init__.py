"""Ingestion: paths, folders, stdin and in-memory texts to ``Article`` or ``Rejection``.

Tolerant at the edge: every input either becomes an Article or a Rejection with a stable
reason code; nothing raises past ``read_inputs``, so one bad input never stops a batch.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import EmptyInput, InputError, InputNotFound, InputTooLarge
from ..model import Article, Rejection
from ..settings import Settings
from .decode import decode_bytes
from .text import article_from_text

STDIN = "-"


def rejection_from(error: InputError, source: str) -> Rejection:
    """The stored form of an input error."""
    return Rejection(source=error.source or source, code=error.code, reason=error.reason, message=error.message, detail=error.hint or None)


def read_inputs(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Rejection]:
    """Every article found under ``paths`` (files, folders read recursively, "-" for stdin)."""
    for raw in paths:
        if raw == STDIN:
            yield from _read_one(_read_stream(stdin or sys.stdin.buffer, settings), STDIN, settings)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from _read_file(file, settings)
        else:
            yield from _read_file(path, settings)


def _read_file(path: Path, settings: Settings) -> Iterator[Article | Rejection]:
    source = str(path)
    try:
        if not path.exists():
            raise InputNotFound("no such file or folder", source=source)
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            raise InputTooLarge(f"{size} bytes is over the limit of {settings.max_input_bytes}", source=source)
        data = path.read_bytes()
    except InputError as error:
        yield rejection_from(error, source)
        return
    except OSError as error:
        yield rejection_from(InputNotFound(f"cannot read: {error.strerror}", source=source), source)
        return
    yield from _read_one(data, source, settings)


def _read_stream(stream: BinaryIO, settings: Settings) -> bytes:
    return stream.read(settings.max_input_bytes + 1)


def _read_one(data: bytes, source: str, settings: Settings) -> Iterator[Article | Rejection]:
    try:
        if len(data) > settings.max_input_bytes:
            raise InputTooLarge(f"over the limit of {settings.max_input_bytes} bytes", source=source)
        yield check_article(article_from_text(decode_bytes(data, source), source), settings)
    except InputError as error:
        yield rejection_from(error, source)


def check_article(article: Article, settings: Settings) -> Article:
    """Raise a typed error for an article the engine should not analyse."""
    if not article.text.strip():
        raise EmptyInput("the article has no text", source=article.source_name)
    if len(article.text) > settings.max_text_chars:
        raise InputTooLarge(f"{len(article.text)} characters is over the limit of {settings.max_text_chars}", source=article.source_name)
    return article


def article_from_string(text: str, source: str = "<text>", **metadata) -> Article:
    """An Article from a Python string (the library entry point for in-memory text)."""
    from dataclasses import replace

    article = article_from_text(text, source)
    return replace(article, **metadata) if metadata else article

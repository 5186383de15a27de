"""Ingestion: paths, folders, stdin and in-memory texts to ``Article`` or ``Rejection``.

Tolerant at the edge: every input either becomes an Article or a Rejection with a stable
reason code; nothing raises past ``read_inputs``, so one bad input never stops a batch.

    sources.py    files, folders (globs), stdin, gzip           -> RawInput
    registry.py   the reader that recognizes the content         (entry points "newsgraph.readers")
    text, html, jsonl, feed, warc                                -> draft articles
    article.py    the shared cleaning (clean.py), language, dateline date, id, checks

Not read: SGML collections that hold many stories per file, such as Reuters-21578
(``reut2-*.sgm``); they come out as one not_an_article rejection per file.  Convert them
to JSON lines (one record with a "text" field per story) to ingest them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from ..errors import ExtractionFailed, InputError
from ..model import Article, Rejection
from ..settings import Settings
from .article import check_article, prepare_article
from .base import Draft, RawInput, Reader
from .registry import available_readers, build_readers, choose_reader
from .rejections import rejection_from
from .sources import STDIN, InputPlan, check_size, plan_inputs, raw_inputs
from .text import article_from_text

__all__ = [
    "STDIN",
    "Draft",
    "InputPlan",
    "RawInput",
    "Reader",
    "article_from_string",
    "available_readers",
    "check_article",
    "plan_inputs",
    "prepare_article",
    "read_bytes",
    "read_inputs",
    "read_planned",
    "rejection_from",
]


def read_inputs(
    paths: Iterable[str],
    settings: Settings,
    stdin: BinaryIO | None = None,
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
) -> Iterator[Article | Rejection]:
    """Every article found under ``paths`` (files, folders read recursively, "-" for stdin)."""
    yield from read_planned(plan_inputs(paths, include, exclude), settings, stdin)


def read_planned(plan: InputPlan, settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Article | Rejection]:
    """Every article of the inputs of ``plan``, each checked, or its rejection."""
    readers = build_readers(settings)
    for raw in raw_inputs(plan, settings, stdin):
        if isinstance(raw, Rejection):
            yield raw
        else:
            yield from _read_raw(raw, settings, readers)


def read_bytes(data: bytes, name: str, settings: Settings | None = None) -> Iterator[Article | Rejection]:
    """The articles of in-memory bytes of any supported format (for library callers); bytes
    over the size limits are refused before any reader sees them, as files are."""
    settings = settings or Settings.load()
    try:
        check_size(data, name, settings)
    except InputError as error:
        yield rejection_from(error, name)
        return
    yield from _read_raw(RawInput(name=name, data=data, hint=name), settings, build_readers(settings))


def _read_raw(raw: RawInput, settings: Settings, readers: tuple[Reader, ...]) -> Iterator[Article | Rejection]:
    reader = choose_reader(raw, readers)
    try:
        for item in reader.read(raw, settings):
            yield item if isinstance(item, Rejection) else _finish(item, settings)
    except InputError as error:
        yield rejection_from(error, raw.name)
    except Exception as exc:  # a parser library failing on odd bytes must not stop the batch
        failure = ExtractionFailed(f"the {reader.name} reader failed: {type(exc).__name__}: {exc}", source=raw.name)
        yield rejection_from(failure, raw.name)


def _finish(draft: Draft, settings: Settings) -> Article | Rejection:
    source = draft.article.source_name or "<input>"
    try:
        return check_article(prepare_article(draft.article, draft.captions), settings)
    except InputError as error:
        return rejection_from(error, source)


def article_from_string(text: str, source: str = "<text>", **metadata: Any) -> Article:
    """A cleaned Article from a Python string (the library entry point for in-memory text).

    Keyword arguments (title, outlet, url, date ...) are metadata the text does not hold.
    No rejection checks: the caller chose this text.
    """
    draft = article_from_text(text, source)
    if metadata:
        draft = replace(draft, **metadata)
    return prepare_article(draft)

"""newsgraph: news articles in, verified, source-attributed event data out.

The public API::

    import newsgraph
    doc = newsgraph.extract("text ...", date="2023-07-26")   # -> newsgraph.Document
    doc = newsgraph.extract_file("article.html")              # a file (also: extract(Path(...)))
    for item in newsgraph.extract_many(texts_or_articles): ...
    store = newsgraph.open_store("newsgraph.db")
    store.add(doc); store.articles()

The heavy parts (the pipeline, the store, the readers) are imported on first use, so that a
command line that only reports a mistyped argument starts in a fraction of a second.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from dataclasses import replace
from importlib import import_module
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EmptyInput, InvalidSetting, NewsgraphError, error_for_reason
from .model import (
    Actor,
    Analysis,
    Article,
    ArticleDate,
    Caption,
    Document,
    Entity,
    Event,
    Flag,
    Place,
    Quote,
    Rejection,
    Span,
    TimeExpr,
)
from .settings import Settings

if TYPE_CHECKING:
    from .pipeline import Pipeline

# public names whose modules load on first use: name -> module
_LAZY = {"Pipeline": ".pipeline", "open_store": ".store", "read_inputs": ".ingest"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "ArticleDate",
    "Caption",
    "Document",
    "Entity",
    "Event",
    "Flag",
    "NewsgraphError",
    "Pipeline",
    "Place",
    "Quote",
    "Rejection",
    "Settings",
    "Span",
    "TimeExpr",
    "__version__",
    "extract",
    "extract_file",
    "extract_many",
    "open_store",
    "read_inputs",
]


def extract(text: str | Path | Article, *, date: str | None = None, outlet: str | None = None, pipeline: Pipeline | None = None) -> Document:
    """Analyse one article and return its Document.

    ``text`` is the article text (a ``str``), an ``Article``, or a ``pathlib.Path`` of a file
    to read (as ``extract_file`` does). Empty or blank text raises ``EmptyInput`` (NG102),
    the error the command line reports for an empty input. ``date`` (YYYY-MM-DD) is the
    article date when the article has none of its own. Pass a built ``pipeline`` to reuse
    its loaded model across calls.
    """
    from .ingest import article_from_string
    from .pipeline import Pipeline, parse_date_argument

    if isinstance(text, PathLike):
        return extract_file(text, date=date, outlet=outlet, pipeline=pipeline)
    if isinstance(text, str):
        _check_text(text)
    article = text if isinstance(text, Article) else article_from_string(text)
    if outlet and not article.outlet:
        article = replace(article, outlet=outlet)
    return (pipeline or Pipeline()).run(article, parse_date_argument(date))


def extract_file(path: str | PathLike, *, date: str | None = None, outlet: str | None = None, pipeline: Pipeline | None = None) -> Document:
    """Read the article in the file at ``path`` (text, HTML, JSON, a feed or WARC with one
    article, or gzip of these) and return its Document.

    An input the command line would reject raises that rejection's error, with the same code
    (``InputNotFound`` NG101, ``EmptyInput`` NG102, ``BinaryInput`` NG103 ...). A file that
    holds several articles raises ``InvalidSetting``: read it with ``read_inputs`` and
    ``extract_many``.
    """
    from .ingest import read_inputs
    from .pipeline import Pipeline, parse_date_argument

    pipeline = pipeline or Pipeline()
    items = list(read_inputs([str(path)], pipeline.settings))
    if len(items) != 1:
        raise InvalidSetting(f"{path} holds {len(items)} articles", hint="use newsgraph.extract_many(newsgraph.read_inputs([path], settings))")
    article = items[0]
    if isinstance(article, Rejection):
        raise error_for_reason(article.reason)(article.message, source=article.source)
    if outlet and not article.outlet:
        article = replace(article, outlet=outlet)
    return pipeline.run(article, parse_date_argument(date))


def _check_text(text: str) -> None:
    if not text.strip():
        raise EmptyInput("the text is empty" if not text else "the text is blank", source="<text>")
    if "\n" not in text and len(text) < 4096 and text.strip() == text and " " not in text and Path(text).is_file():
        warnings.warn(f"extract() analyses its argument as text; {text!r} is a file: use extract_file() or extract(Path(...))", stacklevel=3)


def extract_many(items: Iterable[str | Article | Rejection], *, date: str | None = None, pipeline: Pipeline | None = None, workers: int = 1) -> Iterator[Document | Rejection]:
    """Analyse a stream of articles in batches, in input order; failures come back as Rejection.

    ``workers`` above 1, or a time limit (the ``max_article_seconds`` setting), runs the
    pipeline in worker processes (each loads the model once); ``pipeline`` then only supplies
    the settings and stage names.
    """
    from .ingest import article_from_string
    from .pipeline import Pipeline, parse_date_argument

    article_date = parse_date_argument(date)
    articles = (article_from_string(item) if isinstance(item, str) else item for item in items)
    settings = pipeline.settings if pipeline else Settings.load()
    if workers > 1 or settings.max_article_seconds:
        from .engines.pool import run_in_pool

        stages = pipeline.stage_names if pipeline else None
        yield from run_in_pool(articles, settings, workers, article_date, stages)
        return
    yield from (pipeline or Pipeline(settings)).run_many(articles, article_date)

"""newsgraph: news articles in, verified, source-attributed event data out.

The public API::

    import newsgraph
    doc = newsgraph.extract("text ...", date="2023-07-26")   # -> newsgraph.Document
    for item in newsgraph.extract_many(texts_or_articles): ...
    store = newsgraph.open_store("newsgraph.db")
    store.add(doc); store.articles()
"""

from __future__ import annotations

from typing import Iterable, Iterator

from .errors import NewsgraphError
from .ingest import article_from_string, read_inputs
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
from .pipeline import Pipeline, parse_date_argument
from .settings import Settings
from .store import open_store

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
    "extract",
    "extract_many",
    "open_store",
    "read_inputs",
    "__version__",
]


def extract(text: str | Article, *, date: str | None = None, outlet: str | None = None, pipeline: Pipeline | None = None) -> Document:
    """Analyse one article (a string or an Article) and return its Document.

    ``date`` (YYYY-MM-DD) is the article date when the article has none of its own.
    Pass a built ``pipeline`` to reuse its loaded model across calls.
    """
    article = text if isinstance(text, Article) else article_from_string(text)
    if outlet and not article.outlet:
        from dataclasses import replace

        article = replace(article, outlet=outlet)
    return (pipeline or Pipeline()).run(article, parse_date_argument(date))


def extract_many(items: Iterable[str | Article | Rejection], *, date: str | None = None, pipeline: Pipeline | None = None, workers: int = 1) -> Iterator[Document | Rejection]:
    """Analyse a stream of articles in batches, in input order; failures come back as Rejection.

    ``workers`` above 1 runs the pipeline in that many processes (each loads the model once);
    ``pipeline`` then only supplies the settings and stage names.
    """
    article_date = parse_date_argument(date)
    articles = (article_from_string(item) if isinstance(item, str) else item for item in items)
    if workers > 1:
        from .engines.pool import run_in_pool

        settings = pipeline.settings if pipeline else Settings.load()
        stages = pipeline.stage_names if pipeline else None
        yield from run_in_pool(articles, settings, workers, article_date, stages)
        return
    yield from (pipeline or Pipeline()).run_many(articles, article_date)

"""A stand-in pipeline for scorer tests: it returns documents a test writes by hand."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from newsgraph.model import Article, Document, Entity, Span
from newsgraph.settings import Settings


class FakePipeline:
    """``predict(article) -> Document`` decides what the "engine" finds in each article."""

    def __init__(self, predict: Callable[[Article], Document], stage_names: tuple[str, ...] = ()) -> None:
        self.predict = predict
        self.stage_names = stage_names
        self.seen: list[Article] = []
        self.settings = Settings.load()

    def run_many(self, articles: Iterable[Article], date=None) -> Iterator[Document]:
        for article in articles:
            self.seen.append(article)
            yield self.predict(article)

    def run(self, article: Article, date=None) -> Document:
        return next(self.run_many([article]))


def factory(predict: Callable[[Article], Document], stage_names: tuple[str, ...] = ()):
    pipeline = FakePipeline(predict, stage_names)
    return lambda: pipeline


def nothing(article: Article) -> Document:
    return Document(article=article)


def entity(text: str, entity_id: str, name: str, kind: str, *spans: tuple[int, int], **fields) -> Entity:
    return Entity(entity_id, name, kind, tuple(Span.of(text, s, e) for s, e in spans), **fields)


def span_of(text: str, part: str, start: int = 0) -> Span:
    """The span of the first ``part`` in ``text`` at or after ``start``."""
    index = text.index(part, start)
    return Span(index, index + len(part), part)

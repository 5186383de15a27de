"""The pipeline: the analyzer, then the stages in order, for one article or a stream.

The stage list is checked when the pipeline is built: every part a stage requires must be
provided by the analyzer or an earlier stage, else ``PipelineError`` names what is missing.
A stream is parsed in batches (spaCy's ``nlp.pipe``); with the error policy ``record`` an
article on which a stage fails becomes a ``Rejection`` and the stream goes on.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice

from .errors import ExtractionFailed, InvalidDate, PipelineError
from .ingest.dates import dated_near, is_yearless
from .model import Analysis, Article, ArticleDate, Document, Rejection
from .settings import Settings
from .stages import DEFAULT_ORDER, available_stages
from .stages.base import ANALYSIS, Stage
from .stages.nlp import Analyzer

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WARM_UP_TEXT = (
    "LONDON, March 3 (Reuters) - The prime minister met the visiting French foreign minister in "
    'Paris on Tuesday, the BBC reported. "We will sign the deal next week," she said. Police '
    "arrested 12 protesters after a march through central Manchester."
)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise PipelineError unless each stage's requirements are met by what comes before it."""
    provided = {ANALYSIS}
    for stage in stages:
        missing = set(stage.requires) - provided
        if missing:
            names = ", ".join(sorted(missing))
            raise PipelineError(f"stage {stage.name!r} requires {names}, which no earlier stage provides")
        provided |= set(stage.provides)


def parse_date_argument(value: str | None) -> ArticleDate | None:
    """The ``--date`` argument as an ArticleDate; InvalidDate unless it is YYYY-MM-DD."""
    if value is None:
        return None
    from datetime import date

    try:
        if not _ISO_DATE.match(value):
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidDate(f"not a date: {value!r}") from exc
    return ArticleDate(value, inferred=False, source="argument")


class Pipeline:
    """An analyzer and a checked list of stages. Build once, run on many articles."""

    def __init__(self, settings: Settings | None = None, stages: Sequence[str | Stage] | None = None, analyzer: Analyzer | None = None, *, lazy_model: bool = False) -> None:
        """``lazy_model``: load the model on first use (a process that hands the work to
        worker processes never loads it)."""
        self.settings = settings or Settings.load()
        self.stages = tuple(self._resolve(stages if stages is not None else DEFAULT_ORDER))
        check_order(self.stages)
        self.analyzer = analyzer or Analyzer(self.settings.model, self.settings.batch_size, lazy=lazy_model)

    def _resolve(self, names: Sequence[str | Stage]) -> Iterator[Stage]:
        factories = available_stages()
        for item in names:
            if not isinstance(item, str):
                yield item
                continue
            if item not in factories:
                known = ", ".join(sorted(factories))
                raise PipelineError(f"unknown stage {item!r}", hint=f"known stages: {known}")
            yield factories[item](self.settings)

    def warm_up(self) -> None:
        """Load the model and every stage's resources now rather than on the first article.

        A worker calls this when it starts, so its start-up says how long it takes to be ready
        and its first article costs what the others do.  A short text of the project's own
        touches each stage; its document is thrown away.
        """
        analysis = self.analyzer.analyze(_WARM_UP_TEXT)  # loads the model (any analyzer will do)
        # A stage that fails here fails on real articles too, and says so there.
        with contextlib.suppress(ExtractionFailed):
            self._annotate(Article(text=_WARM_UP_TEXT, id="warm-up", source_name="warm-up"), analysis)

    @property
    def stage_names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def run(self, article: Article, date: ArticleDate | None = None) -> Document:
        """The annotated document of one article; raises ExtractionFailed if a stage fails."""
        article = _with_date(article, date)
        return self._annotate(article, self.analyzer.analyze(article.text))

    def run_many(self, items: Iterable[Article | Rejection], date: ArticleDate | None = None) -> Iterator[Document | Rejection]:
        """Documents (and the rejections passed in) in input order, parsed in batches."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.settings.batch_size)):
            analyses = iter(self.analyzer.analyze_many(item.text for item in batch if isinstance(item, Article)))
            for item in batch:
                if isinstance(item, Rejection):
                    yield item
                else:
                    yield self._annotate_or_reject(_with_date(item, date), next(analyses))

    def _annotate_or_reject(self, article: Article, analysis: Analysis) -> Document | Rejection:
        try:
            return self._annotate(article, analysis)
        except ExtractionFailed as error:
            if self.settings.on_error == "raise":
                raise
            return Rejection(article.source_name or article.id, error.code, error.reason, error.message, error.hint)

    def _annotate(self, article: Article, analysis: Analysis) -> Document:
        doc = Document(article=article)
        for stage in self.stages:
            try:
                doc = stage(doc, analysis)
            except Exception as exc:  # a stage bug must not stop a batch: typed and recorded
                raise ExtractionFailed(f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}", source=article.source_name) from exc
        return doc


def _with_date(article: Article, date: ArticleDate | None) -> Article:
    """The article with ``date`` when it has none of its own (metadata wins over arguments);
    a dateline that gives a day without its year takes the year from ``date``."""
    if date is None:
        return article
    if article.date is not None:
        return replace(article, date=dated_near(article.date, date.value) or date) if is_yearless(article.date) else article
    return replace(article, date=date)

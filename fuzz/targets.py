"""Fuzz targets and the contract they check, shared by the Hypothesis tests and ``fuzz/run.py``.

Each target takes bytes and drives one layer of newsgraph on them.  The contract: the only
exceptions that may come out are the typed input rejections (``InputError`` and its kinds),
and never ``ExtractionFailed``, which says a stage or a reader crashed (a bug).  Readers are
called directly, not through ``read_bytes``, whose catch-all would hide a crash as a
rejection.  Anything else escapes the target and fails the test or stops the fuzzer.

    cheap layers     text, html, json, feed, warc (a reader, then cleaning and checks),
                     decode (gzip and the decoding cascade), prepare (cleaning, dateline,
                     language), timex (the time-expression grammar and normaliser)
    spaCy layers     stages (the parse, then each stage in order, called directly) and
                     pipeline (bytes in, through reader choice and the Pipeline, to documents)
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any, Callable, Iterable

from fuzz import READERS
from newsgraph.errors import ExtractionFailed, InputError
from newsgraph.ingest import read_bytes
from newsgraph.ingest.article import check_article, prepare_article
from newsgraph.ingest.base import Draft, RawInput
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.registry import available_readers
from newsgraph.ingest.sources import GZIP_MAGIC, gunzip
from newsgraph.ingest.text import article_from_text
from newsgraph.model import Article, Document, Rejection
from newsgraph.settings import Settings

ANCHOR = date(2024, 3, 14)  # an article date for the time normaliser
HINTS = {"text": "story.txt", "html": "story.html", "json": "story.jsonl", "feed": "feed.xml", "warc": "pages.warc"}


class ContractBroken(AssertionError):
    """An outcome the contract forbids that is not an exception of its own (a crash caught
    and turned into a rejection, an offset outside the text)."""


@lru_cache(maxsize=1)
def fuzz_settings() -> Settings:
    """Defaults, except that any language and one-word texts get through to the stages."""
    return Settings.load({"allow_languages": "*", "min_article_words": 1}, environ={})


def as_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def rejected(call: Callable[[], Any]) -> bool:
    """Run ``call``; True when it raised a typed rejection, False when it returned."""
    try:
        call()
    except ExtractionFailed:
        raise
    except InputError:
        return True
    return False


def check_rejection(item: Rejection) -> None:
    if not item.code.startswith("NG1") or item.code == ExtractionFailed.code:
        raise ContractBroken(f"{item.source}: {item.code} {item.reason}: {item.message}")


def finish(items: Iterable[Draft | Rejection]) -> list[Article]:
    """The articles of a reader's drafts after cleaning and checks; rejections checked."""
    articles = []
    for item in items:
        if isinstance(item, Rejection):
            check_rejection(item)
            continue
        article = prepare_article(item.article, item.captions)
        check_offsets(article.to_dict(), len(article.text))
        if not rejected(lambda: check_article(article, fuzz_settings())):
            articles.append(article)
    return articles


@lru_cache(maxsize=None)
def reader_named(name: str):
    return available_readers()[name](fuzz_settings())


def read_with(reader_name: str, data: bytes) -> list[Article]:
    reader = reader_named(reader_name)
    raw = RawInput(name=HINTS[reader_name], data=data, hint=HINTS[reader_name])
    found: list[Article] = []
    rejected(lambda: found.extend(finish(reader.read(raw, fuzz_settings()))))
    return found


def decode(data: bytes) -> None:
    def run() -> None:
        body = gunzip(data, "input.gz", fuzz_settings().max_archive_bytes) if data.startswith(GZIP_MAGIC) else data
        decode_bytes(body, "input")

    rejected(run)


def prepare(data: bytes) -> None:
    article = prepare_article(article_from_text(as_text(data), "input.txt"))
    check_offsets(article.to_dict(), len(article.text))
    rejected(lambda: check_article(article, fuzz_settings()))


def timex(data: bytes) -> None:
    from newsgraph.stages.timex import find_time_expressions, normalize
    from newsgraph.stages.timex.grammar import Context

    text = as_text(data)
    for candidate in find_time_expressions(text):
        if not 0 <= candidate.start <= candidate.end <= len(text):
            raise ContractBroken(f"time expression at {candidate.start}-{candidate.end} outside a text of {len(text)}")
        for context in (Context(), Context(ANCHOR, "past", text[max(0, candidate.start - 40):candidate.start], text, previous="2023-11")):
            candidate.value(context)
        normalize(text[candidate.start:candidate.end], ANCHOR, "future")


@lru_cache(maxsize=1)
def _pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline(fuzz_settings())


def stages(data: bytes) -> Document | None:
    """The parse, then every stage in order, called directly: a crash names its stage."""
    pipeline = _pipeline()
    article = prepare_article(article_from_text(as_text(data), "input.txt"))
    if rejected(lambda: check_article(article, fuzz_settings())):
        return None
    analysis = pipeline.analyzer.analyze(article.text)
    doc = Document(article=article)
    for stage in pipeline.stages:
        doc = stage(doc, analysis)
    check_offsets(doc.to_dict(), len(article.text))
    return doc


def pipeline(data: bytes) -> list[Document]:
    """Bytes as a caller hands them over: reader choice, cleaning, checks, the Pipeline."""
    runner = _pipeline()
    items = list(read_bytes(data, "input", fuzz_settings()))
    documents = []
    for item in items:
        if isinstance(item, Rejection):
            check_rejection(item)
            continue
        doc = runner.run(item)  # raises ExtractionFailed when a stage crashes
        check_offsets(doc.to_dict(), len(item.text))
        documents.append(doc)
    return documents


def check_offsets(record: Any, length: int) -> None:
    """Every ``start``/``end`` pair in a document's dict form lies inside the text."""
    if isinstance(record, dict):
        start, end = record.get("start"), record.get("end")
        if isinstance(start, int) and isinstance(end, int) and not 0 <= start <= end <= length:
            raise ContractBroken(f"span {start}-{end} outside a text of {length} characters: {record}")
        for value in record.values():
            check_offsets(value, length)
    elif isinstance(record, (list, tuple)):
        for value in record:
            check_offsets(value, length)


def warm_up() -> None:
    """Pay the one-time costs before inputs are timed: dateparser builds the patterns of every
    locale the first time a date matches none of them (14 s on a loaded two-core machine),
    which a per-input timeout would take for a hang."""
    import dateparser

    dateparser.parse("zzqx 31 yyqz 2024", settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})


def target(name: str) -> Callable[[bytes], Any]:
    """The function that fuzzes layer ``name`` (one of TARGETS)."""
    if name in READERS:
        return lambda data: read_with(name, data)
    table: dict[str, Callable[[bytes], Any]] = {"decode": decode, "prepare": prepare, "timex": timex, "stages": stages, "pipeline": pipeline}
    return table[name]

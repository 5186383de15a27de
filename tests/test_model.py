"""The document model: lossless JSON round trips (Hypothesis) and span helpers."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.model import (
    Actor, Article, ArticleDate, Caption, Document, Entity, Event, Flag, Place, Quote, Removal, Span, TimeExpr,
)

texts = st.text(max_size=40)
opt_texts = st.none() | texts
ids = st.text(alphabet="abcdefghij0123456789", min_size=1, max_size=6)
spans = st.builds(Span, st.integers(0, 10_000), st.integers(0, 10_000), texts)
countries = st.none() | st.sampled_from(["RUS", "PRK", "CHN", "USA"])
actors = st.builds(Actor, opt_texts, opt_texts, countries, opt_texts)
floats = st.floats(min_value=-90, max_value=90, allow_nan=False)

articles = st.builds(
    Article,
    text=texts,
    id=ids,
    title=opt_texts,
    byline=opt_texts,
    outlet=opt_texts,
    url=opt_texts,
    language=opt_texts,
    date=st.none() | st.builds(ArticleDate, st.just("2023-07-26"), st.booleans(), st.sampled_from(["metadata", "text"]), st.tuples(spans)),
    cited_sources=st.lists(texts, max_size=3).map(tuple),
    captions=st.lists(st.builds(Caption, spans, opt_texts), max_size=2).map(tuple),
    removed=st.lists(st.builds(Removal, texts, texts), max_size=2).map(tuple),
    source_name=opt_texts,
)
documents = st.builds(
    Document,
    article=articles,
    entities=st.lists(st.builds(Entity, ids, texts, st.sampled_from(["PERSON", "COUNTRY"]), st.lists(spans, max_size=3).map(tuple), countries, st.lists(texts, max_size=2).map(tuple), opt_texts), max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, ids, st.sampled_from(["direct", "written"]), spans, st.none() | spans, st.none() | ids, opt_texts, st.lists(texts, max_size=2).map(tuple), opt_texts), max_size=2).map(tuple),
    times=st.lists(st.builds(TimeExpr, ids, spans, st.sampled_from(["DATE", "DURATION"]), texts, opt_texts, opt_texts), max_size=2).map(tuple),
    places=st.lists(st.builds(Place, ids, st.none() | floats, st.none() | floats, countries, st.none() | st.integers(1, 10**7), opt_texts), max_size=2).map(tuple),
    events=st.lists(st.builds(Event, ids, st.sampled_from(["CONSULT", "AGREE"]), spans, spans, actors, st.none() | actors, opt_texts, st.lists(texts, max_size=2).map(tuple), opt_texts, opt_texts, opt_texts, st.sampled_from(["asserted", "expected"]), st.lists(texts, max_size=2).map(tuple), st.floats(0, 1)), max_size=2).map(tuple),
    flags=st.lists(st.builds(Flag, texts, texts, st.lists(texts, max_size=2).map(tuple), st.lists(spans, max_size=2).map(tuple)), max_size=2).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(documents)
def test_document_round_trips_through_json(doc: Document) -> None:
    data = json.loads(json.dumps(doc.to_dict()))
    assert Document.from_dict(data) == doc


def test_span_of_takes_the_text_between_offsets() -> None:
    span = Span.of("Shoigu arrived in Pyongyang", 18, 27)
    assert span == Span(18, 27, "Pyongyang")
    assert span.overlaps(Span(20, 30, "x")) and not span.overlaps(Span(0, 18, "x"))
    assert Span(0, 30, "").contains(span)


def test_documents_are_immutable_and_replaced_whole() -> None:
    doc = Document(article=Article(text="abc", id="a1"))
    changed = doc.with_(flags=(Flag("date_unknown", "no date"),))
    assert doc.flags == () and changed.flags[0].kind == "date_unknown"
    assert doc.entity("e1") is None

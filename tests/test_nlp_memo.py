"""The remembering stand-ins give exactly the stock spaCy components' output."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.settings import Settings
from newsgraph.stages.nlp_memo import RememberingAttributeRuler, RememberingLemmatizer, speed_up

SENTENCES = [
    "The Prime Minister of Veloria, Amsel Korvin, said on Tuesday that he would visit Dravka next week.",
    "Protesters marched through the streets of Ostrenburg; police fired tear gas and arrested 14 people.",
    "\"We ain't gonna give up,\" said one striker. \"Let's see what they've got,\" another added.",
    "Shares in Bellmoor Holdings fell 3.5% after the company's results were published.",
    "She's been told it isn't so, but they'd rather wait.  \n\n  A second paragraph begins here.",
    "Running, ran, runs: the runners' best times were better than the best ones of last year's race.",
    "U.N. envoys met at 9 a.m. in the Kastell building — talks went on, and on, and on.",
]


def _signature(doc: Doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    model = Settings.load().model
    stock, fast = spacy.load(model), spacy.load(model)
    replaced = speed_up(fast)
    return stock, fast, replaced


def test_the_english_pipeline_gets_both_stand_ins(pipelines) -> None:
    _, fast, replaced = pipelines
    assert replaced == ["attribute_ruler", "lemmatizer"]
    assert isinstance(fast.get_pipe("attribute_ruler"), RememberingAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), RememberingLemmatizer)


def test_every_token_gets_the_stock_attributes_twice_over(pipelines) -> None:
    stock, fast, _ = pipelines
    expected = [_signature(doc) for doc in stock.pipe(SENTENCES)]
    assert [_signature(doc) for doc in fast.pipe(SENTENCES)] == expected
    assert [_signature(doc) for doc in fast.pipe(SENTENCES)] == expected  # answers now remembered


def _ruler_pipeline(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


def _tagged(nlp, words: list[str], tags: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags)


RULER_PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"IN": ["zorb", "quell"]}, "TAG": "NN"}]], "attrs": {"LEMMA": "zorbish"}},
    {"patterns": [[{"LOWER": {"REGEX": "^x+$"}}]], "attrs": {"POS": "X"}},  # left to the Matcher
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", "VB"]}}]], "attrs": {"POS": "PART"}},  # left to the Matcher
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "going"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "gon"}]], "attrs": {"LEMMA": "overridden by the later two-token rule?"}},
]


@pytest.mark.parametrize(
    "words,tags",
    [
        (["Zorb", "gon", "na", "xxx", "quell", "run"], ["NN", "VB", "TO", "NN", "NN", "VB"]),
        (["xx", "gon", "gon", "na"], ["JJ", "VB", "VB", "TO"]),
    ],
)
def test_a_made_up_ruler_with_every_kind_of_pattern_gives_the_stock_output(words, tags) -> None:
    stock = _ruler_pipeline(RULER_PATTERNS)
    fast = _ruler_pipeline(RULER_PATTERNS)
    assert speed_up(fast) == ["attribute_ruler"]
    for _ in range(2):
        expected = _signature(stock.get_pipe("attribute_ruler")(_tagged(stock, words, tags)))
        assert _signature(fast.get_pipe("attribute_ruler")(_tagged(fast, words, tags))) == expected


def test_a_ruler_reading_beyond_the_token_is_left_as_it_is() -> None:
    nlp = _ruler_pipeline([{"patterns": [[{"ENT_TYPE": "GPE"}]], "attrs": {"POS": "PROPN"}}])
    assert speed_up(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"

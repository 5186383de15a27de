"""The pronoun scorer (part of ``eval ner``), on a tiny CoNLL-U document written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.pronouns import PronounTally, read_chains
from newsgraph.model import Article, Document, Entity, Span

# "Ivo Marsh met Dan Kell. He left." with "He" in Ivo Marsh's chain (id 1).
ROWS = [
    ("1", "Ivo", "PROPN", "NNP", "3", "Entity=(1-person-new-x-x-1-sgl"),
    ("2", "Marsh", "PROPN", "NNP", "1", "Entity=1)"),
    ("3", "met", "VERB", "VBD", "0", "_"),
    ("4", "Dan", "PROPN", "NNP", "3", "Entity=(2-person-new-x-x-1-sgl"),
    ("5", "Kell", "PROPN", "NNP", "4", "Entity=2)|SpaceAfter=No"),
    ("6", ".", "PUNCT", ".", "3", "_"),
]
SECOND = [
    ("1", "He", "PRON", "PRP", "2", "Entity=(1-person-giv-x-x-1-ana)"),
    ("2", "left", "VERB", "VBD", "0", "SpaceAfter=No"),
    ("3", ".", "PUNCT", ".", "2", "_"),
]
TEXT = "Ivo Marsh met Dan Kell.\nHe left.\n"


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    lines = []
    for rows in (ROWS, SECOND):
        for ident, form, upos, xpos, head, misc in rows:
            lines.append("\t".join([ident, form, form, upos, xpos, "_", head, "dep", "_", misc]))
        lines.append("")
    path = tmp_path / "GUM_news_test.conllu"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _doc(text: str, pronoun_owner: str) -> Document:
    ivo = [Span.of(text, 0, 9)]
    dan = [Span.of(text, 14, 22)]
    he = Span.of(text, text.index("He"), text.index("He") + 2)
    (ivo if pronoun_owner == "Ivo" else dan).append(he)
    entities = (Entity("e1", "Ivo Marsh", "PERSON", tuple(ivo)), Entity("e2", "Dan Kell", "PERSON", tuple(dan)))
    return Document(article=Article(text=text)).with_(entities=entities)


def test_reads_the_pronoun_and_its_chain(gold_file):
    mentions, pronouns = read_chains(gold_file)
    assert [(p.start, p.end) for p in pronouns] == [(TEXT.index("He"), TEXT.index("He") + 2)]
    assert {m.chain for m in mentions} == {"person:1", "person:2"}


def test_a_pronoun_given_to_the_right_person_counts_and_recency_does_not(gold_file):
    tally = PronounTally()
    tally.add(_doc(TEXT, "Ivo"), *read_chains(gold_file))
    figures = {m.name: m.value for m in tally.metrics()}
    assert figures["ours.pronouns.recall"] == 1.0
    assert figures["baseline.pronouns.recall"] == 0.0  # the nearest name is Dan Kell


def test_a_pronoun_given_to_the_wrong_person_is_wrong(gold_file):
    tally = PronounTally()
    tally.add(_doc(TEXT, "Dan"), *read_chains(gold_file))
    figures = {m.name: m.value for m in tally.metrics()}
    assert figures["ours.pronouns.precision"] == 0.0 and figures["ours.pronouns.recall"] == 0.0

"""Parse mending after spaCy: a name whose first word the parser read as a preposition."""

from __future__ import annotations

from newsgraph.model import Token
from newsgraph.stages.nlp import _with_names_mended


def _token(i, text, pos, dep, head, ent_type="", iob="O"):
    return Token(i, i * 10, i * 10 + len(text), text, text.lower(), pos, "IN" if pos == "ADP" else "NNP", dep, head, 0, ent_type, iob)


def _parse(first_dep: str):
    # "Orvan Tallis and Mira Kess met": the first given name read as a preposition
    return (
        _token(0, "Orvan", "ADP", first_dep, 5, "PERSON", "B"),
        _token(1, "Tallis", "PROPN", "pobj", 0, "PERSON", "I"),
        _token(2, "and", "CCONJ", "cc", 1),
        _token(3, "Mira", "PROPN", "compound", 4, "PERSON", "B"),
        _token(4, "Kess", "PROPN", "conj", 1, "PERSON", "I"),
        _token(5, "met", "VERB", "ROOT", 5),
    )


def test_a_given_name_read_as_a_preposition_becomes_part_of_the_subject():
    for dep in ("prep", "nsubj"):
        mended = _with_names_mended(_parse(dep))
        assert (mended[0].pos, mended[0].dep, mended[0].head) == ("PROPN", "compound", 1)
        assert (mended[1].dep, mended[1].head) == ("nsubj", 5)
        assert mended[2:] == _parse(dep)[2:]  # "and Mira Kess" stays joined to the name


def test_a_real_preposition_or_a_verb_with_a_subject_is_left_as_parsed():
    plain = (_token(0, "In", "ADP", "prep", 2), _token(1, "Paris", "PROPN", "pobj", 0, "GPE", "B"), _token(2, "met", "VERB", "ROOT", 2))
    assert _with_names_mended(plain) == plain
    # "Orvan Tallis and Mira Kess, they met": the verb has a subject of its own
    first = _parse("prep")[0]._replace(head=6)
    with_subject = (first, *_parse("prep")[1:5], _token(5, "they", "PRON", "nsubj", 6), _token(6, "met", "VERB", "ROOT", 6))
    assert _with_names_mended(with_subject) == with_subject

"""The name-swap suite (eval/nameswap.py): invented names, consistent swaps, the comparison."""

from __future__ import annotations

import pytest

from newsgraph.eval import nameswap
from newsgraph.model import Actor, Article, Document, Entity, Event, Quote, Span

from .conftest import ROOT


def test_invented_names_are_on_no_list_and_distinct():
    swap = nameswap.make_swap(["Santiago", "Reyes", "Karachi", "Yonhap"], seed=7)
    new = list(swap.words.values())
    assert len(set(new)) == 4 and all(nameswap.on_no_list(w) for w in new)
    assert not nameswap.on_no_list("Karachi") and not nameswap.on_no_list("Yonhap")


def test_a_word_is_swapped_everywhere_in_all_its_cases():
    swap = nameswap.Swap({"Santiago": "Tovar", "Reyes": "Bruml"})
    text = "SANTIAGO - Carla Reyes spoke in Santiago. Reyes's plan, said Reyesa."
    assert swap.apply(text) == "TOVAR - Carla Bruml spoke in Tovar. Bruml's plan, said Reyesa."


def _doc(text: str, entities, quotes=(), events=()) -> Document:
    return Document(Article(text=text), entities=tuple(entities), quotes=tuple(quotes), events=tuple(events))


def test_comparison_counts_what_is_kept_up_to_the_names():
    text = "Ann Reyes said it."
    span = Span.of(text, 0, 9)
    original = _doc(text, [Entity("e1", "Ann Reyes", "PERSON", (span,))],
                    [Quote("q1", "indirect", Span.of(text, 15, 17), speaker="e1", speaker_name="Ann Reyes")],
                    [Event("v1", "CONSULT", span, span, Actor("e1", "Ann Reyes"))])
    swap = nameswap.Swap({"Ann": "Tola", "Reyes": "Bruml"})
    swapped = swap.apply(text)
    new_span = Span.of(swapped, 0, 10)
    kept = _doc(swapped, [Entity("e1", "Tola Bruml", "PERSON", (new_span,))],
                [Quote("q1", "indirect", Span.of(swapped, 16, 18), speaker="e1", speaker_name="Tola Bruml")],
                [Event("v1", "CONSULT", new_span, new_span, Actor("e1", "Tola Bruml"))])
    changed = _doc(swapped, [Entity("e1", "Tola Bruml", "ORG", (new_span,))])
    tally = nameswap.Tally()
    nameswap.compare(original, kept, swap, tally, "kept")
    assert tally.share() == 1.0 and tally.swapped == 2
    tally = nameswap.Tally()
    nameswap.compare(original, changed, swap, tally, "changed")
    assert tally.share("entities") == 0.0 and tally.share("quote_speakers") == 0.0 and tally.share("event_roles") == 0.0


def test_project_texts_are_the_examples_and_test_prose():
    texts = nameswap.project_texts(ROOT)
    labels = [label for label, _ in texts]
    assert any(label.startswith("examples/") for label in labels)
    assert any(label.startswith("tests/") for label in labels)
    assert all(len(text.split()) >= 8 for _, text in texts)


@pytest.mark.slow
def test_example_articles_keep_their_output_under_swapped_names(pipeline):
    from newsgraph.ingest import article_from_string

    texts = [(label, text) for label, text in nameswap.project_texts(ROOT) if label.startswith("examples/")]
    tally = nameswap.run(texts, lambda text: pipeline.run(article_from_string(text)), variants=1)
    assert tally.swapped >= 30
    assert tally.share() >= 0.8, "\n".join(tally.changes)


def test_pronouns_and_descriptions_opening_a_sentence_are_not_swapped():
    text = "Ann Reyes spoke. He left. The minister stayed."
    person = Entity("e1", "Ann Reyes", "PERSON", (Span.of(text, 0, 9), Span.of(text, 17, 19), Span.of(text, 26, 38)))
    assert nameswap.swappable_words(_doc(text, [person])) == ["Ann", "Reyes"]


def test_words_saying_what_a_place_is_stay_and_acronyms_stay_acronyms():
    text = "Crowds filled Kelm Airport and St. Tovar; the navy fired SLBMs."
    airport = Entity("e1", "Kelm Airport", "PLACE", (Span.of(text, 14, 26),))
    saint = Entity("e2", "St. Tovar", "PLACE", (Span.of(text, 31, 40),))
    weapon = Entity("e3", "SLBMs", "WEAPON", (Span.of(text, 57, 62),))
    words = nameswap.swappable_words(_doc(text, [airport, saint, weapon]))
    assert words == ["Kelm", "Tovar", "SLBMs"]
    swap = nameswap.make_swap(words, seed=3)
    assert swap.words["SLBMs"].endswith("s") and swap.words["SLBMs"][:-1].isupper()


def test_a_display_name_the_text_never_writes_is_compared_as_written():
    text = "TOVAR (AP) - Crowds gathered."
    outlet = Entity("e1", "Associated Press", "OUTLET", (Span.of(text, 7, 9),))
    swap = nameswap.Swap({"Ap": "Kelo"})
    swapped_text = swap.apply(text)
    swapped = Entity("e1", "KELO", "OUTLET", (Span.of(swapped_text, 7, 11),))
    tally = nameswap.Tally()
    nameswap.compare(_doc(text, [outlet]), _doc(swapped_text, [swapped]), swap, tally, "display")
    assert tally.share("entities") == 1.0

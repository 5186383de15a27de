"""The PolNeAR attribution scorer on a tiny brat corpus written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.eval import quotes
from newsgraph.model import Document, Entity, Quote, Span

from .eval_fakes import factory, nothing, span_of

TEXT = (
    "Budget talks\n"
    "\u201cThe plan is fair,\u201d the mayor said on Monday. "
    "Council members argued that the cuts went too far.\n"
)


def mark(part: str) -> tuple[int, int]:
    span = span_of(TEXT, part)
    return span.start, span.end


def brat() -> str:
    direct, mayor, said = mark("\u201cThe plan is fair,\u201d"), mark("the mayor"), mark("said")
    council, argued, content = mark("Council members"), mark("argued"), mark("that the cuts went too far")
    lines = [
        f"T1\tContent {direct[0]} {direct[1]}\t\u201cThe plan is fair,\u201d",
        f"T2\tSource {mayor[0]} {mayor[1]}\tthe mayor",
        f"T3\tCue {said[0]} {said[1]}\tsaid",
        f"T4\tAttribution {said[0]} {said[1]}\tsaid",
        "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3",
        f"T5\tSource {council[0]} {council[1]}\tCouncil members",
        f"T6\tCue {argued[0]} {argued[1]}\targued",
        f"T7\tContent {content[0]} {content[0] + 12};{content[0] + 13} {content[1]}\tthat the cuts went too far",
        f"T8\tAttribution {argued[0]} {argued[1]}\targued",
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
        "T9\tDiscuss 0 6\tBudget",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def corpus(tmp_path):
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (split / "attributions" / "story_b.ann").write_text(brat(), encoding="utf-8")
    (split / "attributions" / "story_a.ann").write_text("", encoding="utf-8")
    header = "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\n"
    (tmp_path / "metadata.tsv").write_text(header + "dev\tstory\tNone\tb|a\tx\t2030-05-06\n", encoding="utf-8")
    return tmp_path


def perfect(article) -> Document:
    mayor = Entity("e1", "Mayor", "PERSON", (span_of(TEXT, "the mayor"),))
    council = Entity("e2", "Council", "ORG", (span_of(TEXT, "Council members"),))
    direct = Quote("q1", "direct", span_of(TEXT, "The plan is fair"), cue=span_of(TEXT, "said"), speaker="e1")
    indirect = Quote("q2", "indirect", span_of(TEXT, "that the cuts went too far"), cue=span_of(TEXT, "argued"), speaker="e2")
    return Document(article, (mayor, council), (direct, indirect))


def test_reader_takes_the_first_listed_annotator_and_joins_fragments(corpus):
    dataset, articles = quotes.read_gold(corpus)
    assert dataset == "polnear/dev"
    (article,) = articles
    assert article.text.date == "2030-05-06"
    first, second = article.attributions
    assert first.direct and not second.direct
    assert TEXT[second.content[0]:second.content[1]] == "that the cuts went too far"


def test_perfect_prediction_scores_one(corpus):
    report = quotes.score(corpus, factory(perfect, ("quotes",)))
    for name in ("all.exact.f1", "all.partial.f1", "direct.exact.f1", "direct.partial.f1", "speaker.accuracy", "cue.accuracy"):
        assert report.metric(name) == 1.0, name
    assert report.notes == ()


def test_empty_prediction_scores_zero_and_says_the_stage_is_missing(corpus):
    report = quotes.score(corpus, factory(nothing))
    assert all(m.value == 0.0 for m in report.metrics)
    assert "stage not built yet: quotes" in report.notes[0]


def test_shifted_content_is_partial_and_wrong_roles_are_counted(corpus):
    def shifted(article):
        doc = perfect(article)
        q1, q2 = doc.quotes
        moved = Span(q2.content.start + 4, q2.content.end, TEXT[q2.content.start + 4:q2.content.end])
        return doc.with_(quotes=(Quote("q1", "indirect", q1.content, cue=None, speaker="e2"), Quote("q2", "indirect", moved, cue=q2.cue, speaker="e2")))

    report = quotes.score(corpus, factory(shifted))
    assert report.metric("all.exact.f1") == pytest.approx(0.5)
    assert report.metric("all.partial.f1") == 1.0
    assert report.metric("direct.partial.recall") == 0.0  # the direct quote was called indirect
    assert report.metric("speaker.accuracy") == 0.5
    assert report.metric("cue.accuracy") == 0.5


def test_pipeline_gets_the_gold_text_unchanged(corpus):
    pipeline = factory(nothing)()
    quotes.score(corpus, lambda: pipeline)
    assert pipeline.seen[0].text == TEXT  # trailing newline kept so offsets agree


def _doc_with(text: str, quote: Quote, entities: tuple[Entity, ...] = ()) -> Document:
    from newsgraph.model import Article

    return Document(Article(text=text, id="a1"), entities, (quote,))


def test_speaker_span_overlapping_the_source_counts():
    text = "“We are ready,” she said."
    source = (text.index("she"), text.index("she") + 3)
    resolved = Quote("q1", "direct", span_of(text, "We are ready"), speaker="e1", speaker_name="Ann Lee", speaker_span=span_of(text, "she"))
    elsewhere = Quote("q1", "direct", span_of(text, "We are ready"), speaker="e1", speaker_name="Ann Lee")
    assert quotes._speaker_right(_doc_with(text, resolved), source, resolved)
    assert not quotes._speaker_right(_doc_with(text, elsewhere), source, elsewhere)


def test_speaker_name_heading_the_source_counts_only_up_to_a_word_boundary():
    text = "Experts on trade and farming said the tariffs would hurt."
    source = (0, text.index(" said"))
    heads = Quote("q1", "indirect", span_of(text, "the tariffs would hurt"), speaker_name="Experts on trade")
    cut = Quote("q1", "indirect", span_of(text, "the tariffs would hurt"), speaker_name="Experts on tr")
    assert quotes._speaker_right(_doc_with(text, heads), source, heads)
    assert not quotes._speaker_right(_doc_with(text, cut), source, cut)


def test_relative_pronoun_source_stands_for_the_name_before_it():
    text = "The plan was attacked by Ann Lee, who said it would fail."
    source = (text.index("who"), text.index("who") + 3)
    ann = Entity("e1", "Ann Lee", "PERSON", (span_of(text, "Ann Lee"),))
    right = Quote("q1", "indirect", span_of(text, "it would fail"), speaker="e1", speaker_name="Ann Lee")
    wrong = Quote("q1", "indirect", span_of(text, "it would fail"), speaker_name="The plan")
    assert quotes._speaker_right(_doc_with(text, right, (ann,)), source, right)
    assert not quotes._speaker_right(_doc_with(text, wrong), source, wrong)

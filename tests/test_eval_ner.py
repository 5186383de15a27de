"""The GUM-style NER scorer, on a tiny CoNLL-U document written for the test."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from newsgraph.eval import ner
from newsgraph.model import Analysis, Article, Document, Entity, NamedSpan, Span

ROWS = [
    ("1", "The", "DET", "3", "Entity=(1-organization-new-x-x-1-sgl"),
    ("2", "Blue", "PROPN", "3", "_"),
    ("3", "Party", "PROPN", "5", "Entity=1)"),
    ("4", "quickly", "ADV", "5", "_"),
    ("5", "praised", "VERB", "0", "_"),
    ("6-7", "Mira's", "_", "_", "_"),
    ("6", "Mira", "PROPN", "8", "Entity=(2-person-new-x-x-1-sgl"),
    ("7", "'s", "PART", "6", "Entity=2)"),
    ("8", "plan", "NOUN", "5", "Entity=(3-abstract-new-x-x-1-sgl)"),
    ("9", "in", "ADP", "10", "_"),
    ("10", "Oslo", "PROPN", "5", "Entity=(4-place-new-x-x-1-sgl)|SpaceAfter=No"),
    ("11", ".", "PUNCT", "5", "_"),
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    lines = ["# newdoc id = test_doc", "# text = The Blue Party quickly praised Mira's plan in Oslo."]
    for ident, form, upos, head, misc in ROWS:
        lines.append("\t".join([ident, form, form, upos, "_", "_", head, "dep", "_", misc]))
    path = tmp_path / "GUM_news_test.conllu"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_reads_text_and_countable_mentions(gold_file):
    doc = ner.read_document(gold_file)
    assert doc.text == "The Blue Party quickly praised Mira's plan in Oslo.\n"
    found = {(doc.text[s:e], t) for s, e, t in doc.mentions}
    # "the" and the possessive are left out; "plan" is not a person/place/organization
    assert found == {("Blue Party", "ORG"), ("Mira", "PER"), ("Oslo", "LOC")}


def _fake_pipeline(named, entities):
    class Analyzer:
        def analyze(self, text):
            return Analysis(text, named=tuple(NamedSpan(s, e, label, text[s:e], 0, 0) for s, e, label in named))

    class Stage:
        name = "entities"

        def __call__(self, doc: Document, analysis: Analysis) -> Document:
            text = doc.article.text
            return doc.with_(entities=tuple(
                Entity(f"e{i}", text[s:e], etype, (Span.of(text, s, e),)) for i, (s, e, etype) in enumerate(entities)
            ))

    return SimpleNamespace(analyzer=Analyzer(), stages=(Stage(),))


def test_scores_project_and_baseline_in_one_run(gold_file):
    text = ner.read_document(gold_file).text
    blue, mira, oslo = text.index("Blue Party"), text.index("Mira"), text.index("Oslo")
    # the model calls the party a place and misses Mira; the project gets all three right
    named = [(blue, blue + 10, "GPE"), (oslo, oslo + 4, "GPE")]
    ours = [(blue, blue + 10, "ORG"), (mira, mira + 4, "PERSON"), (oslo, oslo + 4, "PLACE")]
    report = ner.score(gold_file, lambda: _fake_pipeline(named, ours), None)
    assert report.metric("ours.overall.f1") == pytest.approx(1.0)
    assert report.metric("baseline.overall.precision") == pytest.approx(0.5)
    assert report.metric("baseline.overall.recall") == pytest.approx(1 / 3)
    assert report.metric("baseline.untyped.f1") == pytest.approx(0.8)
    assert report.metric("gain.overall.f1") == pytest.approx(1.0 - 0.4)


def test_pronouns_and_descriptions_are_not_scored_as_names():
    assert ner.project_mentions(
        Document(Article(text="He met the minister."), entities=(
            Entity("e1", "X", "PERSON", (Span(0, 2, "He"), Span(7, 19, "the minister"))),
        )),
        lambda text: text[:1].isupper() and text.split()[0].lower() not in {"he", "the"},
    ) == set()


def test_missing_gold_is_a_typed_error(tmp_path):
    from newsgraph.errors import GoldDataMissing

    with pytest.raises(GoldDataMissing):
        ner.gold_files(tmp_path)


@pytest.mark.shared
def test_gum_news_beats_the_bare_model(eval_data, pipeline):
    report = ner.score(eval_data / "ner" / "gum-news", lambda: pipeline, 4)
    assert report.metric("ours.overall.f1") > report.metric("baseline.overall.f1")


def _conllu(tmp_path: Path, rows: list[tuple[str, str, str, str, str, str]]) -> Path:
    """A one-sentence CoNLL-U file from (id, form, upos, xpos, head, misc) rows."""
    lines = ["# newdoc id = test_names"]
    for ident, form, upos, xpos, head, misc in rows:
        lines.append("\t".join([ident, form, form, upos, xpos, "_", head, "dep", "_", misc]))
    path = tmp_path / "GUM_news_names.conllu"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def _gold(path: Path) -> set[tuple[str, str]]:
    doc = ner.read_document(path)
    return {(doc.text[s:e], t) for s, e, t in doc.mentions}


def test_words_tagged_as_proper_nouns_count_as_name_words(tmp_path):
    # "United" is a participle by use (UPOS VERB) but tagged NNP: the name still counts
    path = _conllu(tmp_path, [
        ("1", "United", "VERB", "NNP", "2", "Entity=(1-place-new-x-x-1-sgl"),
        ("2", "Provinces", "PROPN", "NNPS", "3", "Entity=1)"),
        ("3", "voted", "VERB", "VBD", "0", "_"),
        ("4", "the", "DET", "DT", "6", "Entity=(2-organization-new-x-x-1-sgl"),
        ("5", "new", "ADJ", "JJ", "6", "_"),
        ("6", "Council", "PROPN", "NNP", "3", "Entity=2)|SpaceAfter=No"),
        ("7", ".", "PUNCT", ".", "3", "_"),
    ])
    # "the new Council" holds a plain adjective: a description, not a name
    assert _gold(path) == {("United Provinces", "LOC")}


def test_titles_before_a_persons_name_are_left_out_on_both_sides(tmp_path):
    path = _conllu(tmp_path, [
        ("1", "Professor", "PROPN", "NNP", "3", "Entity=(1-person-new-x-x-1-sgl"),
        ("2", "Mira", "PROPN", "NNP", "3", "_"),
        ("3", "Holm", "PROPN", "NNP", "4", "Entity=1)"),
        ("4", "spoke", "VERB", "VBD", "0", "_"),
        ("5", "at", "ADP", "IN", "7", "_"),
        ("6", "President", "PROPN", "NNP", "7", "Entity=(2-place-new-x-x-1-sgl"),
        ("7", "Hall", "PROPN", "NNP", "4", "Entity=2)|SpaceAfter=No"),
        ("8", ".", "PUNCT", ".", "4", "_"),
    ])
    # only a person's titles go: "President Hall" is a building's whole name
    assert _gold(path) == {("Mira Holm", "PER"), ("President Hall", "LOC")}
    text = "Mr. Holm met President Holm."
    assert ner._trim(text, 0, 8, "PER") == (4, 8, "PER")
    assert ner._trim(text, 13, 27, "PER") == (23, 27, "PER")


def test_country_that_acts_is_scored_as_an_organization():
    text = "Norway protested to Chile."
    doc = Document(Article(text=text), entities=(
        Entity("e1", "Norway", "COUNTRY", (Span.of(text, 0, 6),)),
        Entity("e2", "Chile", "COUNTRY", (Span.of(text, 20, 25),)),
    ))
    acts = lambda start, end: start == 0  # noqa: E731 - the parse says only Norway acts
    assert ner.project_mentions(doc, str.istitle, acts) == {(0, 6, "ORG"), (20, 25, "LOC")}
    assert ner.project_mentions(doc, str.istitle) == {(0, 6, "LOC"), (20, 25, "LOC")}


def test_the_baseline_country_that_acts_is_typed_by_the_same_rule():
    text = "Norway protested in Tromso and Chile."
    analysis = Analysis(text=text, named=(
        NamedSpan(0, 6, "GPE", "Norway", 0, 1),
        NamedSpan(20, 26, "GPE", "Tromso", 3, 4),
        NamedSpan(31, 36, "GPE", "Chile", 5, 6),
    ))
    acts = lambda start, end: start in (0, 20)  # noqa: E731 - a city that acts stays a place
    assert ner.baseline_mentions(analysis, acts) == {(0, 6, "ORG"), (20, 26, "LOC"), (31, 36, "LOC")}
    assert ner.baseline_mentions(analysis) == {(0, 6, "LOC"), (20, 26, "LOC"), (31, 36, "LOC")}


N3_XML = """<?xml version="1.0" encoding="UTF-8"?>
<corpus xmlns="http://semweb.unister.de/xml-corpus-schema-2013">
<Document id="7"><TextWithNamedEntities><NamedEntityInText uri="http://example.org/Velo_Corp">Velo Corp</NamedEntityInText><SimpleTextPart> said its unit in </SimpleTextPart><NamedEntityInText uri="http://example.org/Tartu">Tartu</NamedEntityInText><SimpleTextPart> grew, chief executive </SimpleTextPart><NamedEntityInText uri="http://example.org/Ann_Lee">Ann Lee</NamedEntityInText><SimpleTextPart> said.</SimpleTextPart></TextWithNamedEntities></Document>
<Document id="8"><TextWithNamedEntities><SimpleTextPart>Nothing named here.</SimpleTextPart></TextWithNamedEntities></Document>
</corpus>
"""


def test_n3_documents_and_untyped_scores(tmp_path):
    from newsgraph.eval import ner_n3

    folder = tmp_path / ner_n3.FOLDER
    folder.mkdir()
    (folder / "Tiny.xml").write_text(N3_XML, encoding="utf-8")
    docs = ner_n3.read_documents(folder / "Tiny.xml")
    assert [d.name for d in docs] == ["Tiny#7", "Tiny#8"]
    text = docs[0].text
    assert text == "Velo Corp said its unit in Tartu grew, chief executive Ann Lee said."
    assert {text[s:e] for s, e in docs[0].mentions} == {"Velo Corp", "Tartu", "Ann Lee"}
    velo, tartu = (text.index(w) for w in ("Velo Corp", "Tartu"))
    # the model finds two of three names, the project all three
    named = [(velo, velo + 9, "ORG"), (tartu, tartu + 5, "GPE")]
    ours = [(velo, velo + 9, "ORG"), (tartu, tartu + 5, "PLACE"), (text.index("Ann Lee"), text.index("Ann Lee") + 7, "PERSON")]
    report = ner.score(folder, lambda: _fake_pipeline(named, ours), 1)  # the first document of each file
    assert report.documents == 1
    assert report.metric("ours.n3.untyped.f1") == pytest.approx(1.0)
    assert report.metric("baseline.n3.untyped.recall") == pytest.approx(2 / 3)
    assert report.metric("gain.n3.untyped.f1") == pytest.approx(1.0 - 0.8)


def test_n3_spans_are_compared_without_a_final_point():
    from newsgraph.eval import ner_n3

    text = "Crews worked in Tovar, Kel., on Monday."
    start = text.index("Kel.")
    assert ner_n3._trimmed(text, start, start + 4) == ner_n3._trimmed(text, start, start + 3) == (start, start + 3)
    assert ner_n3._trimmed(text, 0, 1) == (0, 1)


def test_n3_is_scored_beside_gum(tmp_path, gold_file):
    from newsgraph.eval import ner_n3

    gum = tmp_path / "gum-news"
    gum.mkdir()
    gold_file.rename(gum / gold_file.name)
    (tmp_path / ner_n3.FOLDER).mkdir()
    (tmp_path / ner_n3.FOLDER / "Tiny.xml").write_text(N3_XML, encoding="utf-8")
    report = ner.score(tmp_path, lambda: _fake_pipeline([], []), None)
    assert report.details["n3_documents"] == 2
    assert report.metric("ours.n3.untyped.recall") == 0.0
    assert report.metric("ours.overall.recall") == 0.0


N3_TITLES_XML = """<?xml version="1.0" encoding="UTF-8"?>
<corpus xmlns="http://semweb.unister.de/xml-corpus-schema-2013">
<Document id="3"><TextWithNamedEntities><NamedEntityInText uri="http://example.org/Olan_Dusk">Sgt. Olan Dusk</NamedEntityInText><SimpleTextPart> praised the </SimpleTextPart><NamedEntityInText uri="http://example.org/Vells">Vells</NamedEntityInText><SimpleTextPart> ' coach .</SimpleTextPart></TextWithNamedEntities></Document>
</corpus>
"""


def test_n3_spans_are_trimmed_alike_on_both_sides(tmp_path):
    """A title before a gold name goes as it goes from predicted names, and a possessive
    written apart in tokenized text leaves no space at the end of a predicted name."""
    from newsgraph.eval import ner_n3

    path = tmp_path / "Titles.xml"
    path.write_text(N3_TITLES_XML, encoding="utf-8")
    (doc,) = ner_n3.read_documents(path)
    assert {doc.text[s:e] for s, e in doc.mentions} == {"Olan Dusk", "Vells"}
    vells = doc.text.index("Vells")
    # an ORG mention written with its possessive apart ("Vells '")
    assert ner_n3._untyped(doc.text, {(vells, vells + 7, "ORG"), (0, 14, "ORG")}) == {(vells, vells + 5), (5, 14)}


def test_a_country_opening_a_title_goes_with_the_title():
    text = "Tovar President Ann Lee met Canada's Prime Minister Bo Kim and US President Al Roe."
    for name, kept in (("Canada's Prime Minister Bo Kim", "Bo Kim"), ("US President Al Roe", "Al Roe")):
        start = text.index(name)
        trimmed = ner._trim(text, start, start + len(name), "PER")
        assert text[trimmed[0] : trimmed[1]] == kept
    # "Tovar" is no country: the span keeps it, as a name of its own
    start = text.index("Tovar")
    assert ner._trim(text, start, start + len("Tovar President Ann Lee"), "PER")[0] == start


def _described(tmp_path: Path, rows, text: str) -> Path:
    lines = ["# newdoc id = test_doc", f"# text = {text}"]
    for ident, form, upos, head, deprel, misc in rows:
        lines.append("\t".join([ident, form, form, upos, "_", "_", head, deprel, "_", misc]))
    path = tmp_path / "GUM_news_description.conllu"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_a_name_closing_a_description_counts_as_the_name(tmp_path):
    rows = [
        ("1", "Startup", "NOUN", "2", "compound", "Entity=(1-person-new-x-x-1-sgl"),
        ("2", "founder", "NOUN", "5", "nsubj", "_"),
        ("3", "Ilse", "PROPN", "2", "flat", "_"),
        ("4", "Varnholt", "PROPN", "2", "flat", "Entity=1)"),
        ("5", "spoke", "VERB", "0", "root", "SpaceAfter=No"),
        ("6", ".", "PUNCT", "5", "punct", "_"),
    ]
    doc = ner.read_document(_described(tmp_path, rows, "Startup founder Ilse Varnholt spoke."))
    assert {(doc.text[s:e], t) for s, e, t in doc.mentions} == {("Ilse Varnholt", "PER")}


def test_a_description_without_a_name_of_its_own_is_not_counted(tmp_path):
    rows = [
        ("1", "the", "DET", "2", "det", "Entity=(1-person-new-x-x-1-sgl"),
        ("2", "mayor", "NOUN", "5", "nsubj", "_"),
        ("3", "of", "ADP", "4", "case", "_"),
        ("4", "Tovar", "PROPN", "2", "nmod", "Entity=1)"),
        ("5", "spoke", "VERB", "0", "root", "SpaceAfter=No"),
        ("6", ".", "PUNCT", "5", "punct", "_"),
    ]
    doc = ner.read_document(_described(tmp_path, rows, "the mayor of Tovar spoke."))
    assert doc.mentions == frozenset()


def test_nested_gold_is_flattened_as_flat_schemes_write_it():
    text = "Ann Lee of the Blue Party spoke in Kelm, Ontario with Ann Lee and Ben Roe."
    def at(name, nth=0):
        start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
        return start, start + len(name)
    mentions = {
        (*at("Ann Lee of the Blue Party"), "PER"), (*at("Blue Party"), "ORG"),
        (*at("Kelm, Ontario"), "LOC"), (*at("Ontario"), "LOC"),
        (*at("Ann Lee and Ben Roe"), "PER"), (*at("Ann Lee", 1), "PER"), (*at("Ben Roe"), "PER"),
    }
    flat = {(text[s:e], t) for s, e, t in ner.flatten(text, mentions)}
    assert flat == {("Ann Lee", "PER"), ("Blue Party", "ORG"), ("Kelm", "LOC"), ("Ontario", "LOC"), ("Ben Roe", "PER")}


def test_organizations_keep_their_of():
    text = "the University of Kelm"
    mentions = {(4, 22, "ORG"), (18, 22, "LOC")}
    assert ner.flatten(text, mentions) == mentions

"""The shared cleaning step, the seed article's metadata, and the ingest loop end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.ingest import article_from_string, read_inputs
from newsgraph.ingest.clean import clean_body, parse_source_line
from newsgraph.ingest.language import detect_language
from newsgraph.model import Article, Rejection
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent

SCRAPED = """The regional parliament approved a plan on Wednesday to rebuild the flood defences along the northern coast, the speaker said.
The plan will cost about 300 million euros over five years, according to the finance committee.
Workers repair a sea wall near the harbour in February. Photo: Coast Agency
"We cannot wait for the next storm," the environment minister told reporters after the vote.
According to the weather office, winter storms have become more frequent in the last decade.
Share on Facebook
Advertisement
Maria Lopez (According to Coast Agency, Northern Times)
Source
Comments (12)"""


def test_scraped_text_is_cleaned_and_nothing_is_lost():
    cleaned = clean_body(SCRAPED)
    assert cleaned.byline == "Maria Lopez"
    assert cleaned.cited_sources == ("Coast Agency", "Northern Times")
    assert [(c.span.text, c.credit) for c in cleaned.captions] == [("Workers repair a sea wall near the harbour in February.", "Coast Agency")]
    for furniture in ("Share on Facebook", "Advertisement", "Source", "Comments (12)", "Photo:", "Maria Lopez"):
        assert furniture not in cleaned.text
    removed = {(r.kind, r.text) for r in cleaned.removed}
    assert {("share", "Share on Facebook"), ("advert", "Advertisement"), ("source_link", "Source"), ("comments", "Comments (12)"),
            ("caption_credit", "Photo: Coast Agency"), ("byline", "Maria Lopez (According to Coast Agency, Northern Times)")} <= removed
    # the story's own "According to ..." sentence stays: it is not a list of names
    assert "According to the weather office, winter storms" in cleaned.text


def test_captions_move_after_the_body_with_valid_spans():
    cleaned = clean_body(SCRAPED)
    caption = cleaned.captions[0].span
    assert cleaned.text[caption.start:caption.end] == caption.text
    body = cleaned.text[:caption.start]
    assert body.endswith("\n\n") and "the environment minister told reporters" in body


def test_a_lone_credit_takes_a_one_sentence_caption_above_it_but_not_a_paragraph():
    one_line = clean_body("The council met on Monday and approved the budget, its chair said.\nVolunteers clear a beach near the port.\nPhoto: Coast Agency")
    assert [(c.span.text, c.credit) for c in one_line.captions] == [("Volunteers clear a beach near the port.", "Coast Agency")]
    paragraph = clean_body("The council met on Monday and approved the budget. Its chair said the vote was close.\nPhoto: Coast Agency")
    assert paragraph.captions == () and "Its chair said the vote was close." in paragraph.text
    assert ("caption_credit", "Photo: Coast Agency") in {(r.kind, r.text) for r in paragraph.removed}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("According to Yonhap, TASS and Reuters", ["Yonhap", "TASS", "Reuters"]),
        ("(Source: Agence France-Presse)", ["Agence France-Presse"]),
        ("With reporting by Wire Example", ["Wire Example"]),
        ("According to Reuters, the talks failed on Monday.", []),
        ("According to the police, nobody was hurt", []),
    ],
)
def test_source_lines(line, names):
    assert parse_source_line(line) == names


def test_by_line_at_the_top():
    cleaned = clean_body("By Ahmed Said and Ruth Cole\n\nThe museum reopened on Saturday after a year of building work, its director said.")
    assert cleaned.byline == "Ahmed Said and Ruth Cole"
    assert cleaned.text.startswith("The museum reopened")


def test_a_closing_sentence_is_not_taken_for_a_byline():
    text = "The museum reopened on Saturday after a year of building work.\nVisitors Were Delighted"
    assert clean_body(text).byline is None


def test_language_guess():
    assert detect_language("The minister said on Monday that the government would not change its plans for the budget this year.") == "en"
    assert detect_language("Die Regierung hat am Montag gesagt, dass sie ihre Pläne für den Haushalt in diesem Jahr nicht ändern wird und auch nicht will.") == "de"
    assert detect_language("Hello there") is None


def test_main_script_counts_every_letter_and_ties_go_to_the_first_script():
    from newsgraph.ingest.language import _main_script

    assert _main_script("abc \u0434\u0435") == "LATIN"  # 3 of 5 letters
    assert _main_script("\u00e9a \u0434\u0435") == "LATIN"  # an accented letter is Latin too
    assert _main_script("ab \u0434\u0435") == "LATIN" and _main_script("\u0434\u0435 ab") == "CYRILLIC"  # halves: the first
    assert _main_script("ab \u0434\u0435 \u05d0\u05d1") is None  # no script has half
    assert _main_script("123 ...") is None


def test_caption_lines_need_their_colon_or_by():
    from newsgraph.ingest.clean import split_caption

    assert split_caption("Workers repair a sea wall. Photo: Coast Agency") == ("Workers repair a sea wall.", "Coast Agency")
    assert split_caption("Workers repair a sea wall. Photo by Coast Agency") == ("Workers repair a sea wall.", "Coast Agency")
    assert split_caption("Workers repair a sea wall. Photo Coast Agency") is None


def test_article_from_string_cleans_too():
    article = article_from_string(SCRAPED, "memory")
    assert article.byline == "Maria Lopez" and article.captions and article.id


def test_seed_article_metadata(seed_text, tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text(seed_text, encoding="utf-8")
    [article] = list(read_inputs([str(seed)], Settings.load(environ={})))
    assert isinstance(article, Article)
    assert article.byline == "Nguyen Tuyet"
    assert article.cited_sources == ("Yonhap", "TASS", "The Moscow Times")
    assert [c.credit for c in article.captions] == ["TASS", "France24"]
    assert article.captions[0].span.text.startswith("Russian Defense Minister Sergei Shoigu (left)")
    body = article.text[: article.captions[0].span.start]
    lines = {line.strip() for line in article.text.splitlines()}
    assert "Source" not in lines and "Comment (0)" not in lines and "Photo:" not in article.text
    assert "Kang Sun-nam" in article.text  # the caption's spelling of the name stays analysable
    assert {r.text for r in article.removed} >= {"Source", "Comment (0)"}
    assert article.language == "en"
    assert body.rstrip().endswith("may also appear .")


# --- the ingest loop -----------------------------------------------------------------------

STORY = (
    "Heavy rain flooded parts of the river valley on Sunday, forcing the evacuation of about two hundred "
    "homes, the regional fire service said. Rescue teams used boats to reach people trapped on upper floors, "
    "and the main road to the coast was closed for most of the day. The weather office said the rain would "
    "ease on Monday but warned that river levels could keep rising until Tuesday."
)


def _corpus(root: Path) -> Path:
    folder = root / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Floods in the valley\n\n" + STORY)
    (folder / "b.txt").write_text("Valley flooded\n\n" + STORY.upper())           # same body, new headline
    (folder / "c.txt").write_text(STORY + " Schools in the valley will stay closed.")
    (folder / "d.bin").write_bytes(b"\x00\x01binary\x00")
    (folder / "README.md").write_text("About this corpus")
    return folder


@pytest.mark.slow
def test_ingest_links_duplicates_and_counts_outcomes(tmp_path, pipeline):
    from newsgraph.engines import ingest_paths
    from newsgraph.store import open_store

    folder = _corpus(tmp_path)
    with open_store(str(tmp_path / "news.db")) as store:
        summary = ingest_paths([str(folder)], store, pipeline).to_dict()
        assert summary["outcomes"] == {"stored": 1, "near_duplicate": 1, "duplicate": 1, "unchanged": 0, "rejected": 1}
        assert (summary["read"], summary["skipped"], summary["rejected_by_reason"]) == (4, 1, {"binary": 1})
        links = {Path(d["source"]).name: d for d in store.duplicates()}
        assert links["b.txt"]["kind"] == "exact" and links["c.txt"]["kind"] == "near"
        assert links["b.txt"]["duplicate_of"] == links["c.txt"]["duplicate_of"]
        assert store.rejections()[0]["reason"] == "binary"
        # a second run finds every article again in the store
        again = ingest_paths([str(folder / "a.txt"), str(folder / "c.txt")], store, pipeline).to_dict()
        assert again["outcomes"]["unchanged"] == 2 and again["outcomes"]["stored"] == 0
        assert again["outcomes"]["duplicate"] == 0 and store.counts()["duplicates"] == 2


@pytest.mark.slow
def test_cli_ingest_json_summary_and_exit_code(tmp_path, pipeline):
    from newsgraph.cli import cli

    folder = _corpus(tmp_path)
    french = ROOT / "tests" / "fixtures" / "ingest" / "french.txt"
    result = CliRunner().invoke(cli, ["ingest", str(folder), str(french), "--db", str(tmp_path / "n.db"), "--json", "--exclude", "c.*"])
    summary = json.loads(result.stdout)  # progress goes to stderr
    assert result.exit_code == 1  # some inputs were rejected
    assert summary["rejected_by_reason"] == {"binary": 1, "unsupported_language": 1}
    assert summary["skipped"] == 2
    allowed = CliRunner().invoke(cli, ["ingest", str(french), "--db", str(tmp_path / "m.db"), "--json", "--allow-language", "fr"])
    assert allowed.exit_code == 0 and json.loads(allowed.stdout)["stored"] == 1
    # a re-run finds its articles stored: they went through, only the rejected input did not
    again = CliRunner().invoke(cli, ["ingest", str(folder), str(french), "--db", str(tmp_path / "n.db"), "--json", "--exclude", "c.*"])
    assert again.exit_code == 1 and json.loads(again.stdout)["stored"] == 0


@pytest.mark.slow
@pytest.mark.shared
def test_bbc_corpus_reads_without_rejections_and_finds_the_copies(eval_data):
    from newsgraph.corpus.dedup import DuplicateIndex

    folder = eval_data / "raw-news" / "bbc-news-2225"
    if not folder.exists():
        pytest.skip("the BBC corpus is not beside the checkout")
    items = list(read_inputs([str(folder)], Settings.load(environ={})))
    assert len(items) == 2225
    assert not [i for i in items if isinstance(i, Rejection)]
    index, exact = DuplicateIndex(), 0
    for article in items:
        match = index.find(article.text)
        if match is not None and match.kind == "exact":
            exact += 1
        else:
            index.add(article.id, article.text)
    assert exact >= 98


@pytest.mark.slow
def test_ingest_with_two_worker_processes_gives_the_same_outcomes(tmp_path, pipeline):
    from newsgraph.engines import ingest_paths
    from newsgraph.store import open_store

    folder = _corpus(tmp_path)
    with open_store(str(tmp_path / "pool.db")) as store:
        summary = ingest_paths([str(folder)], store, pipeline, workers=2).to_dict()
        assert summary["outcomes"] == {"stored": 1, "near_duplicate": 1, "duplicate": 1, "unchanged": 0, "rejected": 1}
        assert {Path(d["source"]).name: d["kind"] for d in store.duplicates()} == {"b.txt": "exact", "c.txt": "near"}


def test_a_single_sentence_is_an_article():
    from newsgraph.ingest.article import check_article, prepare_article

    article = prepare_article(Article(text="Rebels attacked a police post in Varnok on Tuesday.", id=""))
    assert check_article(article, Settings.load(environ={})).text.startswith("Rebels")


def test_a_short_english_report_is_not_taken_for_another_language():
    text = ("A car bomb in the centre of Maribel killed 13 soldiers and wounded 20 others on Monday, "
            "a spokesman for the army said, as the attack was the deadliest in a month.")
    assert detect_language(text) in (None, "en")


WIRE_COPY = """BRELLAND (Wirecast) - The harbour board raised fees on Tuesday, its chairman said.

Shipping firms protested the move.

(Reporting by Olena Marsh in Brelland and Tom Vesk; Additional reporting by Ana Quill in Sorn; Editing by Hal Dunn)"""


def test_wire_credit_is_the_byline_and_the_dateline_agency_a_source():
    cleaned = clean_body(WIRE_COPY)
    assert cleaned.byline == "Olena Marsh, Tom Vesk, Ana Quill"  # editors are no byline
    assert cleaned.cited_sources == ("Wirecast",)
    assert cleaned.text.endswith("Shipping firms protested the move.")
    assert cleaned.text.startswith("BRELLAND (Wirecast) - ")  # the dateline stays for the stages
    assert [r.kind for r in cleaned.removed] == ["wire_credit"]


def test_wire_credit_ending_the_last_paragraph():
    text = "SORN, May 4 (Wirecast) - The dam held. (Reporting by Piet Groen; Writing by Mira Holt; Editing by Hal Dunn)"
    cleaned = clean_body(text)
    assert cleaned.byline == "Piet Groen, Mira Holt"
    assert cleaned.text == "SORN, May 4 (Wirecast) - The dam held."


def test_story_text_with_by_is_no_wire_credit():
    text = "The mayor spoke on Monday.\n(The vote was delayed by the council)"
    cleaned = clean_body(text)
    assert cleaned.byline is None and cleaned.text.endswith("(The vote was delayed by the council)")


def test_a_dateline_in_the_wires_capitals_is_read():
    from newsgraph.ingest.dates import read_dateline

    found, _ = read_dateline("NEW YORK, MARCH 3 - Crude oil prices rallied today.")
    assert found is not None and found.value == "XXXX-03-03"
    assert read_dateline("PARIS, MAYBE 3 - not a month")[0] is None


def test_wire_marks_around_names_and_symbols_come_off_and_are_recorded():
    from newsgraph.ingest.clean import clean_body

    cleaned = clean_body("LONDON, Mar 2 - <Kelvo Holdings Plc>, a unit of Brelland Corp <BRL.L> and of Ardent Inc <ARD>.\n\nx < y and z > w.")
    assert cleaned.text.startswith("LONDON, Mar 2 - Kelvo Holdings Plc, a unit of Brelland Corp and of Ardent Inc (ARD).")
    assert cleaned.text.endswith("x < y and z > w.")
    assert [r.kind for r in cleaned.removed] == ["wire_marks"]

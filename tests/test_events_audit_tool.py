"""tools/events_audit.py: the figures and the rule checks of a verdicts file (invented rows)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import ROOT


def load_tool():
    spec = importlib.util.spec_from_file_location("events_audit", ROOT / "tools" / "events_audit.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def rows(tool, *records):
    return [tool.Row(*record) for record in records]


def test_precision_counts_halves_as_half_and_misses_per_article():
    tool = load_tool()
    verdicts = rows(
        tool,
        ("news/1.txt", "v1", "raided", "right", ""),
        ("news/1.txt", "v2", "met", "half", "recipient: the envoy met is named"),
        ("news/1.txt", "v3", "struck", "wrong", "no-event: an idiom"),
        ("news/2.txt", "v1", "accused", "wrong", "actor+date: the speaker, not the town"),
        ("news/2.txt", "-", "-", "missed", "PROTEST: a march on the ministry"),
        ("news/2.txt", "-", "-", "missed", "consult: a phone call"),
    )
    figures = tool.score(verdicts, articles=4)
    assert (figures.events, figures.right, figures.half, figures.wrong) == (4, 1, 1, 2)
    assert figures.strict == 0.25 and figures.with_halves == 0.375
    assert figures.missed == 2 and figures.missed_per_article == 0.5
    assert figures.classes == {"recipient": 1, "no-event": 1, "actor": 1, "date": 1}
    assert figures.missed_types == {"PROTEST": 1, "CONSULT": 1}
    assert tool.problems(verdicts) == []


def test_rows_that_break_the_rules_are_reported():
    tool = load_tool()
    verdicts = rows(
        tool,
        ("news/1.txt", "v1", "seized", "half", "actor: a victim as actor"),  # actor wrong is never half
        ("news/1.txt", "v2", "met", "half", "date+modality: two faults"),  # two faults are wrong
        ("news/1.txt", "v3", "said", "wrong", "date: one fault only"),  # one date fault is half
        ("news/1.txt", "v4", "fled", "wrong", "weather: no such class"),
        ("news/1.txt", "v5", "fled", "maybe", ""),
        ("news/1.txt", "v6", "a whole sentence of the article copied in", "right", ""),
        ("news/1.txt", "v1", "seized", "right", ""),
        ("news/1.txt", "v7", "-", "missed", "ASSAULT: a shelling"),
    )
    found = tool.problems(verdicts)
    assert len(found) == 8
    assert "half needs exactly one" in found[0] and "half needs exactly one" in found[1]
    assert "wrong needs" in found[2] and "unknown failure class weather" in found[3]
    assert "not one of" in found[4] and "longer than" in found[5]
    assert "judged twice" in found[6] and "event_id '-'" in found[7]


def test_the_sample_is_fixed_by_the_seed(tmp_path):
    tool = load_tool()
    for number in range(40):
        (tmp_path / f"{number:03d}.txt").write_text(f"Headline {number}\n\nInvented body number {number}.\n", encoding="utf-8")
    (tmp_path / "040.txt").write_text("Headline 3\n\nInvented body number 3.\n", encoding="utf-8")  # a duplicate of 003
    first = tool.draw_sample(tmp_path, seed=9, size=25)
    assert first == tool.draw_sample(tmp_path, seed=9, size=25)
    assert first != tool.draw_sample(tmp_path, seed=10, size=25)
    assert len(first) == 25 and tmp_path / "040.txt" not in first
    assert tool.article_key(first[0]) == f"{tmp_path.name}/{first[0].name}"


def test_a_verdicts_file_is_read_with_its_header(tmp_path):
    tool = load_tool()
    path = tmp_path / "verdicts.tsv"
    path.write_text("article_id\tevent_id\ttrigger_text\tverdict\treason\nnews/1.txt\tv1\traided\tright\n", encoding="utf-8")
    assert tool.read_rows(path) == [tool.Row("news/1.txt", "v1", "raided", "right", "")]


def test_a_long_trigger_is_kept_by_its_first_words():
    tool = load_tool()
    assert tool.trigger_words("signed a deal") == "signed a deal"
    assert tool.trigger_words("attacked the plans for farmers saying they wanted more") == "attacked the plans for farmers saying"


def test_a_fresh_sample_leaves_out_the_articles_judged_before(tmp_path):
    tool = load_tool()
    corpus = tmp_path / "news"
    corpus.mkdir()
    for number in range(30):
        (corpus / f"{number:03d}.txt").write_text(f"Headline {number}\n\nInvented body number {number}.\n", encoding="utf-8")
    audits = tmp_path / "audits"
    audits.mkdir()
    rows = "".join(f"news/{number:03d}.txt\t-\t-\tmissed\tACCUSE: an invented reaction\n" for number in range(20))
    (audits / "old.tsv").write_text("article_id\tevent_id\ttrigger_text\tverdict\treason\n" + rows, encoding="utf-8")
    judged = tool.judged_articles(audits)
    assert len(judged) == 20
    fresh = tool.draw_sample(corpus, seed=3, size=10, judged=judged)
    assert sorted(p.name for p in fresh) == [f"{number:03d}.txt" for number in range(20, 30)]


def test_an_article_judged_with_nothing_counts_as_judged_and_adds_no_figure(tmp_path):
    tool = load_tool()
    verdicts = rows(tool, ("news/1.txt", "v1", "met", "right", ""), ("news/2.txt", "-", "-", "nothing", ""), ("news/3.txt", "v1", "-", "nothing", ""))
    figures = tool.score(verdicts, articles=3)
    assert (figures.events, figures.missed) == (1, 0)
    assert len(tool.problems(verdicts)) == 1  # a nothing row names no event
    audits = tmp_path / "audits"
    audits.mkdir()
    (audits / "a.tsv").write_text("article_id\tevent_id\ttrigger_text\tverdict\treason\nnews/2.txt\t-\t-\tnothing\t\n", encoding="utf-8")
    assert tool.judged_articles(audits) == {"news/2.txt"}


_INVENTED_SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="7">
<DATE> 4-MAR-1987 10:01:02.03</DATE>
<TOPICS><D>trade</D></TOPICS>
<TEXT>&#2;
<TITLE>RURITANIA &lt;RUR> SEEKS TALKS</TITLE>
<DATELINE>    ZELKOVA, March 4 - </DATELINE><BODY>Ruritania asked its neighbour
to open talks on the border, officials said.
    The ministry said the request was sent by letter.
{filler}
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="YES" NEWID="3">
<DATE> 2-MAR-1987 09:00:00.00</DATE>
<TOPICS><D>earn</D></TOPICS>
<TEXT><TITLE>INVENTED CO RESULTS</TITLE><BODY>{filler}</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="5">
<DATE> 3-MAR-1987 09:00:00.00</DATE>
<TOPICS></TOPICS>
<TEXT><TITLE>A BRIEF</TITLE><BODY>Too short to judge.</BODY></TEXT>
</REUTERS>
"""


def test_reuters_stories_are_read_unwrapped_with_their_wire_date(tmp_path):
    tool = load_tool()
    filler = "\n".join(["    Invented words fill this paragraph to reach the length of a story."] * 16)
    (tmp_path / "reut2-000.sgm").write_text(_INVENTED_SGML.replace("{filler}", filler), encoding="latin-1")
    sample = tool.draw_sample(tmp_path, seed=1, size=1)
    assert [story.key for story in sample] == ["reuters/7"]  # the earnings table and the brief are left out
    story = sample[0]
    assert story.date == "1987-03-04"
    paragraphs = story.text.split("\n\n")
    assert paragraphs[0] == "RURITANIA <RUR> SEEKS TALKS"
    assert paragraphs[1] == "ZELKOVA, March 4 - Ruritania asked its neighbour to open talks on the border, officials said."
    assert paragraphs[2] == "The ministry said the request was sent by letter."
    assert "\x03" not in story.text and "&#" not in story.text
    with pytest.raises(SystemExit, match="fewer than 1"):  # judged before: none left to draw
        tool.draw_sample(tmp_path, seed=1, size=1, judged=frozenset({"reuters/7"}))


_INVENTED_LGL = """<?xml version="1.0" ?>
<articles>
<article docid="101"><dltime>2009-03-20 10:00:00</dltime><text>Ruritania closed its border with Zelkova on Friday, officials said.</text>
<toponyms><toponym><start>0</start><end>9</end><phrase>Ruritania</phrase></toponym></toponyms></article>
<article docid="102"><dltime>2009-03-21 09:30:00</dltime><text>Zelkova recalled its envoy.</text><toponyms></toponyms></article>
</articles>
"""


def test_geoparsing_articles_are_read_with_their_download_date(tmp_path):
    tool = load_tool()
    gold = tmp_path / "lgl.xml"
    gold.write_text(_INVENTED_LGL, encoding="utf-8")
    sample = tool.draw_sample(gold, seed=1, size=2)
    assert [(story.key, story.date) for story in sample] == [("lgl/101", "2009-03-20"), ("lgl/102", "2009-03-21")]
    assert sample[0].text.startswith("Ruritania closed its border")
    assert [story.key for story in tool.draw_sample(gold, seed=1, size=1, judged=frozenset({"lgl/101"}))] == ["lgl/102"]

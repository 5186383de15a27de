"""The governing time of an event trigger: clause, sentence, narrative, article date."""

from __future__ import annotations

import pytest

from newsgraph.model import Article, ArticleDate, Document
from newsgraph.stages.events.time import event_time
from newsgraph.stages.times import TimeStage

pytestmark = pytest.mark.slow

TEXT = (
    "The two presidents signed a trade pact in Nairobi on March 4, a day after talks opened on March 3.\n"
    "Officials toured the port. Later they visited a school.\n"
    "Critics protested outside the venue."
)


@pytest.fixture(scope="module")
def parsed(pipeline):
    analysis = pipeline.analyzer.analyze(TEXT)
    doc = Document(Article(text=TEXT, date=ArticleDate("2024-03-05")))
    return TimeStage()(doc, analysis), analysis


def at(parsed, word: str):
    doc, analysis = parsed
    return event_time(doc, analysis, TEXT.index(word))


def test_same_clause_wins(parsed) -> None:
    signed = at(parsed, "signed")
    assert (signed.value, signed.granularity, signed.source) == ("2024-03-04", "day", "clause")
    opened = at(parsed, "opened")
    assert (opened.value, opened.source) == ("2024-03-03", "clause")


def test_undated_sentence_in_the_same_paragraph_takes_its_current_date(pipeline) -> None:
    text = "Rebels seized the airport on June 2. They held it for hours."
    analysis = pipeline.analyzer.analyze(text)
    doc = TimeStage()(Document(Article(text=text, date=ArticleDate("2024-06-04"))), analysis)
    held = event_time(doc, analysis, text.index("held"))
    assert (held.value, held.source) == ("2024-06-02", "narrative")


def test_new_paragraph_returns_to_the_lead_date(parsed) -> None:
    toured = at(parsed, "toured")
    assert (toured.value, toured.source) == ("2024-03-04", "narrative")


def test_sentence_date_when_clause_has_none(pipeline) -> None:
    text = "On Friday, as markets fell, the bank raised rates."
    analysis = pipeline.analyzer.analyze(text)
    doc = TimeStage()(Document(Article(text=text, date=ArticleDate("2024-03-10"))), analysis)
    fell = event_time(doc, analysis, text.index("fell"))
    assert fell.value == "2024-03-08" and fell.source in ("clause", "sentence")


def test_article_date_when_nothing_else(pipeline) -> None:
    text = "Critics protested outside the venue."
    analysis = pipeline.analyzer.analyze(text)
    doc = TimeStage()(Document(Article(text=text, date=ArticleDate("2024-03-05"))), analysis)
    found = event_time(doc, analysis, text.index("protested"))
    assert (found.value, found.granularity, found.source, found.time) == ("2024-03-05", "day", "article", None)


def test_a_year_inferred_from_the_text_dates_no_event(pipeline) -> None:
    # the latest year a profile or an obituary names bounds when it was written: it is no
    # date of the events it recounts
    text = "Critics protested outside the venue."
    analysis = pipeline.analyzer.analyze(text)
    inferred = ArticleDate("1996", inferred=True, source="text")
    doc = TimeStage()(Document(Article(text=text, date=inferred)), analysis)
    assert event_time(doc, analysis, text.index("protested")) is None
    day = ArticleDate("1996-12-03", inferred=True, source="text")  # a day the text gives still dates them
    doc = TimeStage()(Document(Article(text=text, date=day)), analysis)
    assert event_time(doc, analysis, text.index("protested")).value == "1996-12-03"


def _dated(pipeline, text: str, word: str):
    analysis = pipeline.analyzer.analyze(text)
    doc = TimeStage()(Document(Article(text=text, date=ArticleDate("2024-03-10"))), analysis)
    return event_time(doc, analysis, text.index(word))


def test_a_date_in_a_clause_beside_the_events_dates_something_else(pipeline) -> None:
    # the election of 1998 is no date of the backing, nor the year of a target of the charge
    backs = _dated(pipeline, "Ms Orvell, who backs the plan, said she had been elected in 1998.", "backs")
    assert backs.value == "2024-03-10" and backs.source == "article"
    accused = _dated(pipeline, "Mr Tamm accused Ms Orvell of missing her target on housing by 2009.", "accused")
    assert accused.source == "article"


def test_a_reporting_clause_dates_what_it_reports(pipeline) -> None:
    arrested = _dated(pipeline, "Police said on Friday that they had arrested two men.", "arrested")
    assert (arrested.value, arrested.source) == ("2024-03-08", "sentence")


def test_an_article_year_alone_places_no_weekday_and_makes_no_day_historical(pipeline):
    import newsgraph

    text = (
        "Ann Veldt has dismissed reports she told Bram Keller she would quit, claims first made in June 2004.\n"
        "Mr Keller said he had discussed the campaign with Ms Veldt on Saturday and pledged to play his part."
    )
    doc = newsgraph.extract(text, pipeline=pipeline)
    assert doc.article.date is not None and doc.article.date.inferred and len(doc.article.date.value) == 4
    saturday = next(t for t in doc.times if t.span.text == "Saturday")
    assert saturday.value.startswith("XXXX")
    consult = next(e for e in doc.events if e.type == "CONSULT")
    assert consult.date is None and consult.modality == "asserted"


def test_a_date_of_a_noun_in_the_lead_is_no_date_of_the_story(pipeline) -> None:
    import newsgraph

    text = (
        "Suspects could face house arrest under new measures, the interior minister said.\n\n"
        "Most suspects are held under laws introduced after the attacks on 11 September 2001.\n\n"
        "Mr Tesk refused to back the change."
    )
    doc = newsgraph.extract(text, date="2005-01-26", pipeline=pipeline)
    refused = next(e for e in doc.events if e.trigger.text.startswith("refused"))
    assert refused.date == "2005-01-26"


def _time_of(pipeline, text: str, word: str, date: str):
    """The event time of ``word`` in ``text`` written on ``date``."""
    analysis = pipeline.analyzer.analyze(text)
    doc = TimeStage()(Document(Article(text=text, date=ArticleDate(date))), analysis)
    return event_time(doc, analysis, text.index(word))


def test_a_date_on_another_noun_dates_that_thing(pipeline) -> None:
    # "the December agreement" is December's; leaving it is not dated by it
    withdrew = _time_of(pipeline, "Ruritania withdrew from the December agreement.", "withdrew", "2024-03-10")
    assert (withdrew.value, withdrew.source) == ("2024-03-10", "article")


def test_a_past_perfect_act_takes_no_later_date(pipeline) -> None:
    text = "The government had already dispatched marines to occupy the ports."
    assert _time_of(pipeline, text, "dispatched", "2024-03-10") is None
    assert _time_of(pipeline, text, "occupy", "2024-03-10") is None


def test_a_date_a_time_phrase_or_a_relative_clause_hangs_on_still_dates_the_act(pipeline) -> None:
    text = "Mr Hague, who stepped down after his party's 2001 election defeat, spoke on Monday."
    assert _time_of(pipeline, text, "stepped", "2004-03-10").value == "2001"


def test_an_act_reported_in_the_past_perfect_keeps_the_report_date(pipeline) -> None:
    assert _time_of(pipeline, "The company said it had agreed to buy the stake.", "agreed", "2024-03-14").value == "2024-03-14"

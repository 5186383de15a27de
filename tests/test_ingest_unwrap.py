"""Hard-wrapped plain text joined back into paragraphs by the text reader."""

from __future__ import annotations

import newsgraph
from newsgraph.ingest import article_from_string, read_inputs
from newsgraph.ingest.unwrap import unwrap, wrap_width
from newsgraph.settings import Settings

# an article as a mail program would send it: wrapped at 60 columns, blank lines between
# paragraphs, a quote cut by two line breaks
WRAPPED = """Harbour strike ends after three weeks

VELMORA - Dock workers in the port of Velmora went back to
work on Tuesday after the union and the port authority signed
a new wage agreement late on Monday night.

"This deal protects every job on the quay and gives our
members the raise they have waited for since the spring,"
union leader Ilse Brandvold told reporters outside the gates.

The port authority said the first container ships would be
unloaded by Wednesday morning.

Contacts:
Port press office
"""


def test_wrapped_lines_join_into_paragraphs_and_blank_lines_stay():
    article = article_from_string(WRAPPED)
    paragraphs = [p for p in article.text.split("\n") if p.strip()]
    assert article.title == "Harbour strike ends after three weeks"
    assert paragraphs[0].startswith("VELMORA - Dock workers") and paragraphs[0].endswith("late on Monday night.")
    assert paragraphs[1].startswith('"This deal protects') and paragraphs[1].endswith("outside the gates.")
    assert "\n\n" in article.text  # real paragraph breaks kept
    # short lines whose next word would have fitted are lines on purpose
    assert "Contacts:\nPort press office" in article.text


def test_a_wrapped_quote_is_found_whole_with_offsets_into_the_joined_text(pipeline):
    doc = newsgraph.extract(WRAPPED, pipeline=pipeline)
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert quote.content.text.startswith("This deal protects every job on the quay and gives our members")
    assert quote.content.text.endswith("since the spring")
    assert doc.article.text[quote.content.start : quote.content.end] == quote.content.text
    assert doc.entity(quote.speaker).name == "Ilse Brandvold"


def test_a_file_read_from_disk_is_unwrapped_too(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(WRAPPED.replace("\n", "\r\n"), encoding="utf-8")
    (article,) = list(read_inputs([str(path)], Settings.load()))
    assert "went back to work on Tuesday" in article.text


def test_one_paragraph_per_line_is_not_wrapped_text():
    text = (
        "The council of Rimsby voted on Monday to close the old bridge to lorries after engineers found cracks in two of its piers.\n"
        "Repairs will start in March and should take most of the year, the council said in a statement.\n"
        "Residents have asked for a ferry to run while the work goes on.\n"
        "A decision on the ferry is expected next week.\n"
    )
    assert wrap_width(text.split("\n")) is None
    assert unwrap(text) == text


def test_hyphen_at_a_wrap_joins_without_a_space_and_indent_opens_a_paragraph():
    text = (
        "The mayor of Korsvik, who has for many years been a well-\n"
        "known critic of the plan, said the vote had been a mistake and\n"
        "that the town would appeal to the regional court before May.\n"
        "    A second paragraph opens with an indent like this one does\n"
        "and goes on over the next line until it reaches its own end.\n"
    )
    assert wrap_width(text.split("\n")) is not None
    joined = unwrap(text).split("\n")
    assert joined[0].startswith("The mayor of Korsvik, who has for many years been a well-known critic of the plan, said")
    assert joined[1].startswith("    A second paragraph opens") and joined[1].endswith("its own end.")

"""A blank line ends a sentence; a single line break does not force one."""

from __future__ import annotations


def test_a_quote_closing_a_paragraph_does_not_run_into_the_next(analyzer):
    text = 'Ann Vollard said: "We will study the ruling."\n\nIvo Marsh praised the judges.'
    sentences = [s.text.strip() for s in analyzer.analyze(text).sentences]
    assert sentences == ['Ann Vollard said: "We will study the ruling."', "Ivo Marsh praised the judges."]


def test_a_stray_closing_mark_stays_with_its_sentence(analyzer):
    text = 'The minister spoke. "It is good."\n\nThe detainees took their case to the court.'
    sentences = [s.text.strip() for s in analyzer.analyze(text).sentences]
    assert sentences[-1] == "The detainees took their case to the court."
    assert all(any(c.isalpha() for c in s) for s in sentences)


def test_a_wrapped_line_is_no_paragraph(analyzer):
    text = "The Ruritanian government said on Monday that it would\nrelease the prisoners next week."
    assert len(analyzer.analyze(text).sentences) == 1

"""A paragraph break ends a sentence, whatever the parser would make of it.

The statistical parser decides sentence boundaries itself, and a quote closing a paragraph
('... the judgement."' then a blank line) often runs on into the next paragraph, so one
"sentence" held a quote's last words and the next paragraph's first clause: an event's evidence
spanned both, and its roles came from the wrong one. This component, placed before the parser,
marks the first word after a blank line as a sentence start; spaCy's parser keeps boundaries set
before it. A single line break is no boundary: wire copy and plain-text archives wrap lines
inside sentences.

A wire dateline ends a sentence too: "SAO PAULO, March 5 - Striking seamen held talks" parsed
as one sentence made the city (or "March 5 - Striking seamen") the subject, and so the
speaker of what followed.  The first word after the dateline's dash starts a sentence, which
runs to the first full stop (the tagger runs before this component).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .dateline import dateline_end

PARAGRAPHS = "newsgraph_paragraphs"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@Language.component(PARAGRAPHS)
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        before = doc[token.i - 1]
        gap = before.whitespace_ if not before.is_space else before.text + before.whitespace_
        if _BLANK_LINE.search(gap) and not token.is_space:
            token.is_sent_start = True
    _mark_the_lead(doc)
    return doc


def _mark_the_lead(doc: Doc) -> None:
    """The lead after a dateline is one sentence up to its first full stop: with its start
    forced, the parser otherwise split it again ("ChemLawn | Corp said ...")."""
    lead = dateline_end(doc.text)
    after = doc.char_span(lead, len(doc.text), alignment_mode="expand") if lead else None
    if after is None or after.start == 0:
        return
    doc[after.start].is_sent_start = True
    for token in doc[after.start + 1 :]:
        if token.is_sent_start:  # a paragraph break
            break
        token.is_sent_start = False
        if token.tag_ == ".":
            break


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the component before the parser, where there is one."""
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")

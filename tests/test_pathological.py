"""Pathological inputs, made here (nothing big is stored): each ends in a document or a typed
rejection, and a folder holding all of them still gives every other article its document.

The inputs: a 50 MB article, a 2 MB single line, HTML nested 100,000 deep, 10,000 quote
marks (alone and between words), control characters, invalid UTF-8 and a Latin-1 file,
right-to-left text and marks, a sentence of 5,000 words.  10,000 quote marks and the long
sentence once took minutes in the quotes stage (work for each quote over every quote, and
for each cue over its whole sentence); they now take well under a second."""

from __future__ import annotations

import pytest

from newsgraph.ingest import read_bytes, read_inputs
from newsgraph.model import Article, Document, Rejection
from newsgraph.settings import Settings

SENTENCE = "The council of Ostrin said on Monday that new wells were dug near the town. "
SETTINGS = Settings.load(environ={})


def _inputs() -> dict[str, tuple[bytes, str]]:
    """File name -> (bytes, the outcome expected: a rejection reason or "document")."""
    rtl = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646 \u0625\u0646 \u0627\u0644\u0622\u0628\u0627\u0631 \u062c\u0641\u062a. "
    return {
        "huge.txt": ((SENTENCE * (50_000_000 // len(SENTENCE) + 1)).encode(), "too_large"),
        "one-line.txt": ((SENTENCE * (2_000_000 // len(SENTENCE) + 1)).encode(), "too_large"),
        "nested.html": (b"<html><body>" + b"<div>" * 100_000 + SENTENCE.encode() * 3 + b"</div>" * 100_000 + b"</body></html>", "not_an_article"),
        "marks.txt": (b'"' * 10_000, "not_an_article"),
        "quoted.txt": ((SENTENCE + '"Dry wells" ' * 5_000).encode(), "document"),
        "controls.txt": (bytes(range(32)) * 200 + SENTENCE.encode(), "binary"),
        "some-controls.txt": ((SENTENCE * 3 + "\x07\x1b\x0b\x7f" + SENTENCE * 3).encode(), "document"),
        "broken-utf8.txt": (SENTENCE.encode() * 5 + b"\xff\xfe\xc3\x28 " + "caf\u00e9".encode(), "undecodable"),
        "latin1.txt": (("Caf\u00e9 owners in Ostrin said on Monday that the na\u00efve plan failed. " * 5).encode("latin-1"), "document"),
        "arabic.txt": ((rtl * 20).encode(), "unsupported_language"),
        "rtl-marks.txt": ((("\u202e" + SENTENCE + "\u202c\u200f") * 10).encode(), "document"),
        "long-sentence.txt": ((" ".join(["officials"] * 2_500 + ["said"] * 2_500) + ".").encode(), "document"),
        "normal.txt": ((SENTENCE + '"We dug them in a week," the mayor said.') .encode(), "document"),
    }


def _outcome(item: Article | Rejection) -> str:
    return item.reason if isinstance(item, Rejection) else "document"


def test_a_50_mb_article_in_memory_is_refused_before_it_is_read() -> None:
    data, _ = _inputs()["huge.txt"]
    [rejection] = read_bytes(data, "huge.txt", SETTINGS)
    assert rejection.code == "NG105" and rejection.reason == "too_large" and "5000000" in rejection.message


@pytest.mark.slow
def test_a_folder_of_pathological_inputs_gives_each_its_outcome_and_the_batch_goes_on(tmp_path, pipeline) -> None:
    inputs = _inputs()
    for name, (data, _) in inputs.items():
        (tmp_path / name).write_bytes(data)
    items = list(read_inputs([str(tmp_path)], SETTINGS))
    by_name = {(item.source if isinstance(item, Rejection) else item.source_name).rsplit("/", 1)[-1]: item for item in items}
    assert {name: _outcome(item) for name, item in by_name.items()} == {name: expected for name, (_, expected) in inputs.items()}
    results = list(pipeline.run_many(items))
    assert [type(r) for r in results] == [Document if isinstance(i, Article) else Rejection for i in items]
    documents = {r.article.source_name.rsplit("/", 1)[-1]: r for r in results if isinstance(r, Document)}
    assert "caf\u00e9" in documents["latin1.txt"].article.text.lower()
    assert any(q.speaker_name == "the mayor" for q in documents["normal.txt"].quotes)
    assert documents["quoted.txt"].quotes  # thousands of marks, still read as quotes


def test_a_2_mb_line_is_too_large_for_the_default_and_says_which_limit() -> None:
    data, _ = _inputs()["one-line.txt"]
    [rejection] = read_bytes(data, "one-line.txt", SETTINGS)
    assert rejection.reason == "too_large" and "max_text_chars" not in rejection.message and "200000" in rejection.message

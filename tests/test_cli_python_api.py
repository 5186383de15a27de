"""The Python API beside the command line: text, files and Paths, and the same typed error
for an empty input on both."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgraph
from newsgraph.cli import cli
from newsgraph.errors import EmptyInput, InputNotFound, InvalidSetting

TEXT = "Kenyan police detained 30 protesters in Nairobi on Monday, the Lakeside Courier reported."


def test_text_and_file_give_the_same_document(tmp_path, pipeline) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_text = newsgraph.extract(TEXT, date="2024-03-14", pipeline=pipeline)
    from_file = newsgraph.extract_file(path, date="2024-03-14", pipeline=pipeline)
    from_path = newsgraph.extract(path, date="2024-03-14", pipeline=pipeline)
    assert from_file.article.text == from_text.article.text == TEXT
    assert from_file.article.source_name == str(path) and from_path == from_file
    assert [e.type for e in from_file.events] == [e.type for e in from_text.events]


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_the_error_the_command_line_reports(tmp_path, pipeline, text) -> None:
    with pytest.raises(EmptyInput) as raised:
        newsgraph.extract(text, pipeline=pipeline)
    path = tmp_path / "empty.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EmptyInput) as from_file:
        newsgraph.extract_file(path, pipeline=pipeline)
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 3
    assert raised.value.code == from_file.value.code == "NG102" and f"error {raised.value.code} [{raised.value.reason}]" in result.stderr


def test_a_missing_file_raises_input_not_found(tmp_path, pipeline) -> None:
    with pytest.raises(InputNotFound) as raised:
        newsgraph.extract_file(tmp_path / "gone.txt", pipeline=pipeline)
    assert raised.value.code == "NG101"


def test_a_file_of_many_articles_points_to_extract_many(tmp_path, pipeline) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps({"text": TEXT + f" Report {n}."}) for n in range(2)), encoding="utf-8")
    with pytest.raises(InvalidSetting) as raised:
        newsgraph.extract_file(path, pipeline=pipeline)
    assert "2 articles" in raised.value.message and "extract_many" in raised.value.hint


def test_a_path_given_as_text_warns(tmp_path, pipeline) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = newsgraph.extract(str(path), pipeline=pipeline)
    assert doc.article.text == str(path)  # text is text: the path string itself was analysed
    assert any("extract_file" in str(w.message) for w in caught)


def test_the_readme_examples_run(tmp_path, pipeline) -> None:
    """The events, quotes and store examples of the README, on an invented article."""
    doc = newsgraph.extract(
        'Ostravian Interior Minister Petra Valk said on Monday: "We will talk to Lumeria." '
        "Turkish police detained 30 Kurdish rebels in Diyarbakir on Monday.",
        date="2024-03-14", pipeline=pipeline,
    )
    assert any(e.type == "COERCE" and e.actor.code == "TURCOP" for e in doc.events)
    assert any(q.kind == "direct" and q.speaker_name for q in doc.quotes)
    with newsgraph.open_store(str(tmp_path / "api.db")) as store:
        store.add(doc)
        rows = store.events(type="COERCE", since="2024-03-01")
    assert rows and rows[0]["actor_country"] == "TUR"

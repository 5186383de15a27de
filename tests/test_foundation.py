"""Errors, settings and pipeline construction: the parts that need no model."""

from __future__ import annotations

import re

import pytest

from newsgraph import errors
from newsgraph.model import Analysis, Document
from newsgraph.pipeline import check_order, parse_date_argument
from newsgraph.settings import Settings, settings_table
from tests.conftest import ROOT


def test_error_codes_are_unique_and_stable() -> None:
    codes = [cls.code for cls in errors.ALL_ERRORS]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"NG\d{3}", code) for code in codes)
    assert errors.EmptyInput.code == "NG102" and errors.EmptyInput.exit_code == 1


def test_error_description_says_how_to_fix() -> None:
    text = errors.UndecodableInput("invalid UTF-8 at byte 3", source="a.txt").describe()
    assert text == "error NG104 [undecodable] a.txt: invalid UTF-8 at byte 3 (save the file as UTF-8)"


def test_settings_come_from_environment_then_overrides() -> None:
    settings = Settings.load({"batch_size": "8"}, environ={"NEWSGRAPH_MODEL": "custom_model", "NEWSGRAPH_BATCH_SIZE": "4"})
    assert settings.model == "custom_model" and settings.batch_size == 8


def test_unknown_or_bad_settings_are_refused() -> None:
    with pytest.raises(errors.InvalidSetting):
        Settings.load({"colour": "blue"}, environ={})
    with pytest.raises(errors.InvalidSetting):
        Settings.load({"batch_size": "many"}, environ={})
    with pytest.raises(errors.InvalidSetting):
        Settings.load({"on_error": "ignore"}, environ={})


def test_readme_settings_table_matches_the_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- settings-table -->\n")[1].split("\n<!-- /settings-table -->")[0]
    assert block == settings_table()


class _Stage:
    def __init__(self, name: str, requires: set[str], provides: set[str]) -> None:
        self.name, self.requires, self.provides = name, frozenset(requires), frozenset(provides)

    def __call__(self, doc: Document, analysis: Analysis) -> Document:
        return doc


def test_pipeline_order_is_checked_when_built() -> None:
    check_order([_Stage("entities", {"analysis"}, {"entities"}), _Stage("quotes", {"entities"}, {"quotes"})])
    with pytest.raises(errors.PipelineError, match="requires entities"):
        check_order([_Stage("quotes", {"entities"}, {"quotes"}), _Stage("entities", {"analysis"}, {"entities"})])


def test_unknown_stage_name_is_a_pipeline_error(pipeline) -> None:
    from newsgraph import Pipeline

    with pytest.raises(errors.PipelineError, match="unknown stage"):
        Pipeline(stages=["entities", "telepathy"], analyzer=pipeline.analyzer)


def test_date_argument_must_be_iso() -> None:
    assert parse_date_argument("2023-07-26").source == "argument"
    for bad in ("26/07/2023", "2023-02-30", "yesterday"):
        with pytest.raises(errors.InvalidDate):
            parse_date_argument(bad)


def test_missing_model_is_a_clear_error() -> None:
    from newsgraph.stages.nlp import Analyzer

    with pytest.raises(errors.ModelNotInstalled, match="not installed"):
        Analyzer("no_such_pipeline_xx")

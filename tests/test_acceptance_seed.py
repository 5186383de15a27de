"""Acceptance on the seed article from ../shared/seed (skipped when it is not there)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.schema import validation_errors
from tests.conftest import SEED_ARTICLE


def _extract(seed_text, *args):
    result = CliRunner().invoke(cli, ["extract", str(SEED_ARTICLE), "--format", "jsonl", *args])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_seed_with_date_has_the_required_people_countries_and_dates(seed_text) -> None:
    doc = _extract(seed_text, "--date", "2023-07-26")
    assert validation_errors(doc) == []
    entities = {(e["name"], e["type"]): e for e in doc["entities"]}
    assert ("Sergei Shoigu", "PERSON") in entities
    assert ("Kang Sun Nam", "PERSON") in entities
    for name, code in (("Russia", "RUS"), ("North Korea", "PRK"), ("China", "CHN")):
        assert entities[(name, "COUNTRY")]["country"] == code
    values = {(t["span"]["text"], t["value"]) for t in doc["times"]}
    for expected in (("July 26", "2023-07-26"), ("July 25", "2023-07-25"), ("July 27, 1953", "1953-07-27"), ("July 27, 2023", "2023-07-27")):
        assert expected in values

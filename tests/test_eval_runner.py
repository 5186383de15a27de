"""Running tasks, absent scorers and data, the scoreboard, and the ``eval`` command."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.eval import TASKS, runner

from .eval_fakes import factory, nothing
from .test_eval_events import RECORDS


def events_data(root):
    folder = root / "events" / "plover-gsr"
    folder.mkdir(parents=True)
    (folder / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps(RECORDS), encoding="utf-8")
    return root


def test_every_task_is_registered():
    assert set(TASKS) == {"seed", "ner", "quotes", "timex", "geo", "events"} == set(runner.DEFAULT_GOLD)


def test_a_missing_scorer_module_is_unavailable_not_a_crash(monkeypatch, tmp_path):
    monkeypatch.setattr(runner, "TASKS", {"ghost": "newsgraph.eval.ghost_scorer:score"})
    outcome = runner.run_task("ghost", tmp_path, factory(nothing))
    assert outcome.status == runner.UNAVAILABLE and "not available yet" in outcome.message
    assert "unavailable" in runner.format_outcome(outcome)


def test_run_all_scores_what_is_there_and_reports_what_is_not(tmp_path):
    data = events_data(tmp_path / "eval")
    outcomes = {o.task: o for o in runner.run_all(data, factory(nothing), tasks=("events", "quotes", "geo"))}
    assert outcomes["events"].status == runner.OK
    assert outcomes["events"].report.metric("plover.type.f1") == 0.0
    assert outcomes["quotes"].status == runner.NO_DATA and outcomes["geo"].status == runner.NO_DATA
    board = runner.scoreboard(list(outcomes.values()))
    assert "plover.full" in board and "plover.type.f1" not in board  # P, R and F1 share a row
    assert "no data" in board and "total" in board


def test_the_pipeline_is_built_once_for_all_tasks():
    built = []
    shared = runner.shared_pipeline(lambda: built.append(1) or object())
    assert shared() is shared() and built == [1]


def test_eval_command_prints_json_for_one_task(monkeypatch, tmp_path):
    data = events_data(tmp_path)
    monkeypatch.setattr("newsgraph.cli.eval_cmd.default_pipeline_factory", lambda model=None: factory(nothing))
    result = CliRunner().invoke(cli, ["eval", "events", "--data", str(data), "--json", "--limit", "1"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["status"] == "ok" and payload["documents"] == 1
    assert payload["metrics"]["plover.type.f1"] == 0.0


def test_eval_command_without_gold_is_a_usage_error():
    result = CliRunner().invoke(cli, ["eval", "seed"])
    assert result.exit_code == 2
    assert "NG401" in result.output and "--gold" in result.output


def test_eval_all_with_an_absent_data_folder_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["eval", "all", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and "no evaluation data folder" in result.output

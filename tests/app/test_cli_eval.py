"""`errand eval` against a real OpenAI-compatible server on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.setup.settings import Settings, save_settings
from agent.understanding.placeholders import mask_request
from app.cli import main

from .loopback_planner import loopback_planner

SAMPLE = Path("/work/shared/eval/sample.jsonl")


def sample_items(limit: int) -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text().splitlines()[:limit]]


def test_eval_prints_metrics_and_the_summary_line_last(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = Settings()
    settings.tools.sms.enabled = False  # evaluation offers every app's tools whatever the user switched off
    save_settings(settings)
    items = sample_items(6)
    # The compact profile shows the model the request with placeholders, so the scripted plans are keyed by it.
    plans = {mask_request(item["query"]).text: item["plan"] for item in items}
    plans[mask_request(items[4]["query"]).text] = '1. send_sms(["x"], "wrong")\n2. join()<END_OF_PLAN>'  # one wrong
    details = tmp_path / "details.jsonl"
    with loopback_planner(plans) as url:
        code = main(["eval", "--data", str(SAMPLE), "--limit", "6", "--oracle-tools", "--endpoint", url,
                     "--endpoint-model", "test", "--profile", "errand-compact", "--details", str(details)])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[-1] == ("success=0.8333 recall=1.0000 tools=" + f"{sum(len(i['tools']) for i in items) / 6:.2f} "
                       "args_key=0.8333 args_all=0.8333 n=6")
    assert "argument success (COMPAT section 9): key 83.3%, all 83.3%" in out
    assert "success rate: 83.3%" in out and "tool recall: 100.0%" in out
    assert any(line.startswith("planning latency: p50 ") for line in out)
    assert any(line.startswith("  no_tool: 3/3") for line in out)
    rows = [json.loads(line) for line in details.read_text().splitlines()]
    assert [row["id"] for row in rows] == [item["id"] for item in items]
    assert [row["success"] for row in rows] == [True] * 4 + [False] + [True]
    assert [row["args_key"] for row in rows] == [True] * 4 + [False] + [True]
    assert all(row["mismatches"] == [] for row in rows)
    assert rows[4]["predicted"].startswith('1. send_sms(["x"]') and rows[4]["gold"] == items[4]["plan"]


def test_compare_runs_mcnemar_between_two_configurations(capsys: pytest.CaptureFixture[str]) -> None:
    items = sample_items(4)
    with loopback_planner({mask_request(item["query"]).text: item["plan"] for item in items}) as good, \
            loopback_planner({}, fallback="nonsense") as bad:
        code = main(["eval", "--data", str(SAMPLE), "--limit", "4", "--oracle-tools", "--endpoint", good,
                     "--profile", "errand-compact", "--compare", f"endpoint={bad}"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    (line,) = [line for line in out if line.startswith("McNemar A")]
    assert line == "McNemar A vs B on 4 items: only A succeeded 4, only B succeeded 0, p = 0.1250"
    assert "McNemar (key) A vs B on 4 items: only A succeeded 4, only B succeeded 0, p = 0.1250" in out
    assert "McNemar (all) A vs B on 4 items: only A succeeded 4, only B succeeded 0, p = 0.1250" in out
    assert f"B: profile=errand-compact endpoint={bad} oracle-tools" in out
    assert out[-1] == "success=1.0000 recall=1.0000 tools=0.50 args_key=1.0000 args_all=1.0000 n=4"


@pytest.mark.parametrize(("argv", "message"), [
    (["eval", "--data", "/nope.jsonl", "--oracle-tools"], "errand: cannot read /nope.jsonl"),
    (["eval", "--data", str(SAMPLE), "--limit", "0"], "errand: --limit must be at least 1"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--endpoint", "ftp://x"],
     "errand: planner server URL must start with http:// or https://"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--model", "/nope.gguf"],
     "errand: the planner model /nope.gguf does not exist"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--endpoint", "http://127.0.0.1:9/v1",
      "--profile", "no-such-profile"], "errand: unknown prompt profile 'no-such-profile'"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--endpoint", "http://127.0.0.1:9/v1",
      "--compare", "colour=red"], "errand: --compare: unknown key 'colour'"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--endpoint", "http://127.0.0.1:9/v1",
      "--compare", "doubt-below=high"], "errand: --compare: doubt-below must be a number, not 'high'"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--endpoint", "http://127.0.0.1:9/v1",
      "--expect-above", "1.5"], "errand: doubt-below, expect-above and continue-above must be probabilities"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--endpoint", "http://127.0.0.1:9/v1",
      "--continue-above", "-0.1"], "errand: doubt-below, expect-above and continue-above must be probabilities"),
    (["eval", "--data", str(SAMPLE), "--oracle-tools", "--endpoint", "http://127.0.0.1:9/v1",
      "--resamples", "11"], "errand: resamples must be between 0 and 10"),
])
def test_failures_print_one_line_and_exit_non_zero(capsys: pytest.CaptureFixture[str], argv: list[str],
                                                   message: str) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1 and "Traceback" not in err


def test_unreachable_server_is_one_clear_failure(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "--data", str(SAMPLE), "--limit", "2", "--oracle-tools", "--endpoint",
                 "http://127.0.0.1:9/v1", "--profile", "errand-compact"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("errand: no item could be planned (profile=errand-compact endpoint=http://127.0.0.1:9/v1 "
                          "oracle-tools): PlannerError: cannot reach the planner server")


def test_compare_accepts_the_resampling_settings_as_numbers() -> None:
    from agent.setup.assembly import Overrides
    from app.commands.eval import Configuration, second_configuration

    main_configuration = Configuration(Overrides(model="a.gguf"), oracle_tools=False)
    second = second_configuration(main_configuration, "doubt-below=0, expect-above=1, resamples=0")
    assert (second.overrides.doubt_below, second.overrides.expect_above, second.overrides.resamples) == (0.0, 1.0, 0)
    assert second.name == "model=a.gguf resamples=0 doubt-below=0.0 expect-above=1.0"


def test_compare_switches_date_and_text_mending_off() -> None:
    from agent.setup.assembly import Overrides, effective_planner
    from agent.setup.settings import PlannerSettings
    from app.commands.eval import Configuration, second_configuration

    second = second_configuration(Configuration(Overrides(), oracle_tools=False), "dates=off, texts=off, scope=off")
    assert (second.overrides.resolve_dates, second.overrides.request_texts, second.overrides.scope_check) == (
        False, False, False)
    assert second.name == "dates=off texts=off scope=off"
    planner = effective_planner(PlannerSettings(), second.overrides)
    assert (planner.resolve_dates, planner.request_texts, planner.scope_check) == (False, False, False)


def test_speech_style_plans_the_spoken_form_of_each_request(capsys: pytest.CaptureFixture[str]) -> None:
    from agent.measure.speech_style import speech_style

    items = sample_items(3)
    spoken = {mask_request(speech_style(item["query"])).text: item["plan"] for item in items}
    with loopback_planner(spoken) as url:
        code = main(["eval", "--data", str(SAMPLE), "--limit", "3", "--oracle-tools", "--endpoint", url,
                     "--profile", "errand-compact", "--speech-style"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and out[-1].startswith("success=1.0000 ")  # the planner was asked the spoken forms

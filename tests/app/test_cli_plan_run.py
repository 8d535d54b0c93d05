"""`errand plan` and `errand run` against a real OpenAI-compatible server on loopback and real tool backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.record.history import HistoryStore
from agent.setup.settings import Settings, save_settings
from app.cli import main

from .loopback_planner import loopback_planner

NOTE_PLAN = '1. create_note("Groceries", "milk and eggs", "")\n2. join()<END_OF_PLAN>'
LOOKUP_PLAN = '1. open_note("Groceries", "")\n2. join()<END_OF_PLAN>'


@pytest.fixture
def notes_folder(tmp_path: Path) -> Path:
    settings = Settings()
    settings.tools.notes.folder = str(tmp_path / "notes")
    save_settings(settings)
    return tmp_path / "notes"


def planner_args(url: str) -> list[str]:
    return ["--endpoint", url, "--endpoint-model", "test", "--profile", "errand-compact"]


def test_plan_prints_tools_plan_dag_and_timings(capsys: pytest.CaptureFixture[str]) -> None:
    # The compact profile's model sees "<n1>" for Walt and writes it back; the CLI shows the real name.
    plan = ('1. get_phone_number("<n1>")\n2. open_note("Garden plan", "")\n3. send_sms(["$1"], "$2")\n'
            "4. join()<END_OF_PLAN>")
    with loopback_planner({"text <n1> the garden plan": plan}) as url:
        code = main(["plan", "text Walt the garden plan", "--tools", "get_phone_number,open_note,send_sms",
                     "--now", "2026-11-20 10:00", *planner_args(url)])
    out = capsys.readouterr().out
    assert code == 0
    assert "tools: get_phone_number, open_note, send_sms (given)\n" in out
    assert '  1. get_phone_number("Walt")\n' in out and "<n1>" not in out
    assert '  3. send_sms(["$1"], "$2")\n' in out
    assert "dag:\n  1. get_phone_number\n  2. open_note\n  3. send_sms <- 1, 2\n  4. join <- 1, 2, 3\n" in out
    assert "timings: toolrag 0.000 s, planning " in out


def test_plan_says_what_the_session_mended(capsys: pytest.CaptureFixture[str]) -> None:
    invented = ('1. get_phone_number("<n1>")\n2. get_phone_number("Wilbur")\n3. send_sms(["$1", "$2"], "hi")\n'
                "4. join()<END_OF_PLAN>")
    with loopback_planner({"text <n1> hi": invented}) as url:
        code = main(["plan", "text Walt hi", "--tools", "get_phone_number,send_sms", *planner_args(url)])
    out = capsys.readouterr().out
    assert code == 0
    assert "dag:\n  1. get_phone_number\n  2. send_sms <- 1\n  3. join <- 1, 2\n" in out
    assert "mended: Dropped: Step 2 looks up 'Wilbur', which the request does not name.\n" in out


def test_plan_with_an_invalid_plan_lists_problems_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    with loopback_planner({}, fallback='1. send_sms("Ann")\n2. join()<END_OF_PLAN>') as url:
        code = main(["plan", "text Ann", "--tools", "send_sms", *planner_args(url)])
    captured = capsys.readouterr()
    assert code == 1
    assert "problem: Step 1: `send_sms(recipients: list[str], message: str) -> str` takes 2 arguments" in captured.out
    assert captured.err == "errand: the plan is invalid (1 problem(s), listed above)\n"


def test_run_with_yes_executes_on_real_backends(capsys: pytest.CaptureFixture[str], notes_folder: Path) -> None:
    with loopback_planner({"groceries note milk and eggs": NOTE_PLAN}) as url:
        code = main(["run", "groceries note milk and eggs", "--tools", "create_note", "--yes", *planner_args(url)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert (notes_folder / "Groceries.md").read_text().strip().endswith("milk and eggs")
    assert "running step 1" in out and "step 1 done: " in out
    (entry,) = HistoryStore().recent()
    assert entry.text == "groceries note milk and eggs" and entry.status == "answered"


def test_run_asks_and_a_no_runs_nothing(capsys: pytest.CaptureFixture[str], notes_folder: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    with loopback_planner({"groceries note milk and eggs": NOTE_PLAN}) as url:
        code = main(["run", "groceries note milk and eggs", "--tools", "create_note", *planner_args(url)])
    captured = capsys.readouterr()
    assert code == 1
    assert 'these steps change things:\n  1. New note "Groceries": "milk and eggs"\n' in captured.out
    assert captured.err == "errand: You cancelled the plan; nothing with side effects was done.\n"
    assert not (notes_folder / "Groceries.md").exists()


def test_run_asks_and_a_yes_runs(capsys: pytest.CaptureFixture[str], notes_folder: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    with loopback_planner({"groceries note milk and eggs": NOTE_PLAN}) as url:
        assert main(["run", "groceries note milk and eggs", "--tools", "create_note", *planner_args(url)]) == 0
    assert (notes_folder / "Groceries.md").exists()


def test_dry_run_runs_nothing(capsys: pytest.CaptureFixture[str], notes_folder: Path) -> None:
    with loopback_planner({"groceries note milk and eggs": NOTE_PLAN}) as url:
        code = main(["run", "groceries note milk and eggs", "--tools", "create_note", "--dry-run", *planner_args(url)])
    out = capsys.readouterr().out
    assert code == 0 and "Dry run: nothing was executed." in out
    assert not (notes_folder / "Groceries.md").exists()


def test_run_failure_is_one_line(capsys: pytest.CaptureFixture[str], notes_folder: Path) -> None:
    with loopback_planner({}, fallback=LOOKUP_PLAN) as url:
        code = main(["run", "read my groceries note", "--tools", "open_note", "--yes", *planner_args(url)])
    captured = capsys.readouterr()
    assert code == 0  # a missing note is an answer that says so, not a crash
    assert "did not complete" in captured.out
    code = main(["run", "x", "--tools", "book_table", "--endpoint", "http://127.0.0.1:9/v1"])
    assert code == 1 and capsys.readouterr().err == "errand: unknown or disabled tools: book_table\n"


def test_run_edit_on_the_terminal(capsys: pytest.CaptureFixture[str], notes_folder: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["e", "1 2 oops", '1 2 "bread"', ""])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    with loopback_planner({"groceries note milk and eggs": NOTE_PLAN}) as url:
        assert main(["run", "groceries note milk and eggs", "--tools", "create_note", *planner_args(url)]) == 0
    assert "not understood" in capsys.readouterr().out
    assert (notes_folder / "Groceries.md").read_text().strip().endswith("bread")

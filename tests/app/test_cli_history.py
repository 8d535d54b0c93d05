"""`errand history`: list and show requests that `errand run` stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.record.history import HistoryStore
from agent.setup.settings import Settings, save_settings
from app.cli import main

from .loopback_planner import loopback_planner


def test_history_lists_and_shows_a_run(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = Settings()
    settings.tools.notes.folder = str(tmp_path / "notes")
    save_settings(settings)
    plan = '1. create_note("Groceries", "milk", "")\n2. join()<END_OF_PLAN>'
    with loopback_planner({}, fallback=plan) as url:
        assert main(["run", "groceries note milk", "--tools", "create_note", "--yes", "--endpoint", url,
                     "--profile", "errand-compact"]) == 0
    capsys.readouterr()
    (entry,) = HistoryStore().recent()
    assert main(["history"]) == 0
    listing = capsys.readouterr().out
    assert listing.startswith(entry.id) and listing.rstrip().endswith("answered   groceries note milk")
    assert main(["history", entry.id]) == 0
    details = capsys.readouterr().out
    assert "request: groceries note milk\n" in details and '  1. create_note("Groceries", "milk", "")\n' in details
    assert "  approved\n" in details and "  step 1 create_note: " in details
    assert '  in words:\n    1. New note "Groceries": "milk"\n' in details


def test_unknown_id_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "nope"]) == 1
    assert capsys.readouterr().err == "errand: no request with id 'nope' (run `errand history` for the list)\n"

"""`errand undo` and `errand undo --list` against a real journal and a real notes folder."""

from __future__ import annotations

import re

from app.cli import main
from tools.config import ToolsConfig
from tools.paths import data_dir
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal


def test_undo_reverts_the_last_action_and_list_keeps_the_history(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    backends = build_backends(ToolsConfig(), secrets=SecretStore(), journal=UndoJournal.default(),
                              opener=lambda target: None)
    backends.notes.create("Shopping", "eggs", "")
    backends.notes.append("Shopping", "milk", "")
    note = data_dir() / "notes" / "Shopping.md"

    assert main(["undo"]) == 0
    assert capsys.readouterr().out == (
        f"Undid: Appended to note 'Shopping' in the notes folder. Restored the previous text of {note}.\n")
    assert note.read_text() == "eggs\n"

    assert main(["undo", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.search(r"Appended to note 'Shopping' in the notes folder  \[undone \d{4}-\d\d-\d\d \d\d:\d\d\]$",
                     lines[0])
    assert lines[1].endswith("Created note 'Shopping' in the notes folder  [can be undone]")

    assert main(["undo"]) == 0
    assert not note.exists()
    assert main(["undo"]) == 1
    assert capsys.readouterr().err.endswith("errand: There is nothing to undo.\n")

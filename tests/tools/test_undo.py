from __future__ import annotations

import pytest

from tools.undo import UndoError, UndoJournal


def test_undo_reverts_newest_first_and_keeps_the_history(tmp_path) -> None:
    journal = UndoJournal(tmp_path / "undo.sqlite3")
    reverted: list[str] = []
    journal.register("thing.delete", lambda payload: reverted.append(payload["id"]) or f"Deleted {payload['id']}.")
    journal.record("thing.delete", "Created thing a", {"id": "a"})
    journal.record("thing.delete", "Created thing b", {"id": "b"})

    assert journal.pending().description == "Created thing b"
    assert journal.undo_last() == "Deleted b."
    assert journal.undo_last() == "Deleted a."
    assert reverted == ["b", "a"]
    with pytest.raises(UndoError, match="nothing to undo"):
        journal.undo_last()
    assert journal.pending() is None

    entries = journal.entries()
    assert [e.description for e in entries] == ["Created thing b", "Created thing a"]
    assert all(e.undone_at is not None for e in entries)
    assert entries[0].undo_result == "Deleted b."


def test_journal_persists_across_instances(tmp_path) -> None:
    UndoJournal(tmp_path / "undo.sqlite3").record("x", "Did x", {"n": 1})
    again = UndoJournal(tmp_path / "undo.sqlite3")
    again.register("x", lambda payload: f"undid {payload['n']}")
    assert again.undo_last() == "undid 1"


def test_missing_handler_is_reported_and_entry_stays_pending(tmp_path) -> None:
    journal = UndoJournal(tmp_path / "undo.sqlite3")
    journal.record("caldav.event.delete", "Created event 'Lunch'", {"url": "http://x"})
    with pytest.raises(UndoError, match="Cannot undo 'Created event 'Lunch''.*disabled in settings"):
        journal.undo_last()
    assert journal.entries()[0].undone_at is None


def test_failing_handler_leaves_the_entry_pending(tmp_path) -> None:
    journal = UndoJournal(tmp_path / "undo.sqlite3")

    def refuse(payload: dict) -> str:
        raise UndoError("changed since")

    journal.register("x", refuse)
    journal.record("x", "Did x", {})
    with pytest.raises(UndoError, match="changed since"):
        journal.undo_last()
    assert journal.entries()[0].undone_at is None


def test_an_os_error_while_undoing_is_a_clear_undo_error(tmp_path) -> None:
    journal = UndoJournal(tmp_path / "undo.sqlite3")

    def unlink_missing(payload: dict) -> str:
        (tmp_path / "read-only" / "x").unlink()
        return "never"

    journal.register("x", unlink_missing)
    journal.record("x", "Created x", {})
    with pytest.raises(UndoError, match="Cannot undo 'Created x': .*No such file"):
        journal.undo_last()
    assert journal.pending() is not None

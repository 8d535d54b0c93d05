"""Names that become files fit the file system in bytes, are cut visibly, and can be found again."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tools.backends import Event, Reminder, ToolError
from tools.file_names import checked_component, fitted
from tools.linux.notes import MarkdownNotes
from tools.linux.vdir import VdirCalendar, VdirReminders, VdirStore
from tools.undo import UndoJournal

LONG_NAMES = ["漢" * 120, "🙂" * 80, "a" * 300]


def test_fitted_cuts_at_a_character_boundary() -> None:
    assert fitted("🙂" * 80, 10) == "🙂🙂"  # 4 bytes each
    assert fitted("short", 255) == "short"


@pytest.mark.parametrize("name", LONG_NAMES)
def test_a_long_note_name_is_cut_visibly_and_nothing_is_lost(tmp_path: Path, name: str) -> None:
    notes = MarkdownNotes(tmp_path / "notes", UndoJournal(tmp_path / "undo.sqlite3"))
    answer = notes.create(name, "the content", "")
    assert "shortened to fit the file system" in answer
    (path,) = (tmp_path / "notes").glob("*.md")
    assert len(path.name.encode("utf-8")) <= 255
    assert path.read_text(encoding="utf-8") == f"{name}\n\nthe content\n"
    assert notes.open(name, "").startswith(name)  # found again by the whole name


def test_a_note_named_like_a_path_is_found_by_the_same_name(tmp_path: Path) -> None:
    notes = MarkdownNotes(tmp_path / "notes", UndoJournal(tmp_path / "undo.sqlite3"))
    notes.create("../x", "kept", "")
    assert not (tmp_path / "x.md").exists()
    assert notes.open("../x", "") == "kept\n"


@pytest.mark.parametrize("folder", ["f" * 20_000, "漢" * 100])
def test_a_folder_name_too_long_is_a_sentence(tmp_path: Path, folder: str) -> None:
    notes = MarkdownNotes(tmp_path / "notes", UndoJournal(tmp_path / "undo.sqlite3"))
    with pytest.raises(ToolError, match="bytes long; names on this disk can have at most"):
        notes.create("Ideas", "x", folder)


@pytest.mark.parametrize("name", ["Work\nPersonal", "漢" * 120, "Tab\tbed"])
def test_calendar_and_list_names_are_checked(tmp_path: Path, name: str) -> None:
    store = VdirStore(tmp_path / "calendars", UndoJournal(tmp_path / "undo.sqlite3"))
    event = Event("Sync", datetime(2026, 12, 9, 10), datetime(2026, 12, 9, 11), calendar=name)
    with pytest.raises(ToolError, match="control character|bytes long"):
        VdirCalendar(store, "personal").create_event(event)
    with pytest.raises(ToolError, match="control character|bytes long"):
        VdirReminders(store, "reminders").create_reminder(Reminder("Bins", None, list_name=name))
    assert list((tmp_path / "calendars").glob("*/displayname")) == []


def test_control_characters_never_reach_an_ics_file(tmp_path: Path) -> None:
    store = VdirStore(tmp_path / "calendars", UndoJournal(tmp_path / "undo.sqlite3"))
    calendar = VdirCalendar(store, "personal")
    with pytest.raises(ToolError, match="control character"):
        calendar.create_event(Event("Sync\x00", datetime(2026, 12, 9, 10), datetime(2026, 12, 9, 11)))
    with pytest.raises(ToolError, match="not an email address"):
        calendar.create_event(Event("Sync", datetime(2026, 12, 9, 10), datetime(2026, 12, 9, 11),
                                    invitees=("ann@example.org\r\nATTENDEE:mailto:eve@example.net",)))
    calendar.create_event(Event("Line\nbreak\tand tab", datetime(2026, 12, 9, 10), datetime(2026, 12, 9, 11)))
    (ics,) = (tmp_path / "calendars" / "personal").glob("*.ics")
    assert b"\x00" not in ics.read_bytes() and b"Line\\nbreak" in ics.read_bytes()


def test_checked_component_passes_a_plain_name(tmp_path: Path) -> None:
    assert checked_component("Work", "calendar name", tmp_path) == "Work"

from __future__ import annotations

import pytest

from tools.backends import ToolError
from tools.linux.notes import MarkdownNotes
from tools.undo import UndoError


@pytest.fixture
def notes(tmp_path, journal) -> MarkdownNotes:
    return MarkdownNotes(tmp_path / "vault", journal)


def test_create_writes_markdown_in_a_sub_folder(notes) -> None:
    assert notes.create("Groceries", "- eggs\n- milk", "Home") == "Note 'Groceries' in Home created."
    assert (notes.root / "Home" / "Groceries.md").read_text() == "- eggs\n- milk\n"
    assert notes.create("Ideas", "one", "") == "Note 'Ideas' in the notes folder created."
    assert (notes.root / "Ideas.md").exists()


def test_create_never_overwrites_and_says_so(notes) -> None:
    notes.create("Plan", "first", "")
    answer = notes.create("Plan", "second", "")
    assert answer == "Note 'Plan (2)' in the notes folder created (a note named 'Plan' already existed there)."
    assert (notes.root / "Plan.md").read_text() == "first\n"
    assert (notes.root / "Plan (2).md").read_text() == "second\n"


def test_hostile_names_stay_inside_the_vault(notes) -> None:
    notes.create("../../etc/passwd", "x", "")
    assert [p.name for p in notes.root.rglob("*.md")] == ["-..-etc-passwd.md"]
    for folder in ("../outside", "/etc", "a/../..", "nul\x00byte"):
        with pytest.raises(ToolError, match="not a notes folder name"):
            notes.create("x", "y", folder)
    notes.create("x", "y", "Work/Projects")
    assert (notes.root / "Work" / "Projects" / "x.md").exists()
    with pytest.raises(ToolError, match="cannot be used as a note name"):
        notes.create("  ", "y", "")


def test_open_exact_then_fuzzy_and_skips_hidden_folders(notes) -> None:
    notes.create("Meeting notes", "agenda", "Work")
    (notes.root / ".trash").mkdir()
    (notes.root / ".trash" / "Meeting notes.md").write_text("old")
    assert notes.open("meeting notes", "") == "agenda\n"
    assert notes.open("Meting notes", "Work") == "agenda\n"
    with pytest.raises(ToolError, match="No note named 'Shopping'"):
        notes.open("Shopping", "")


def test_same_name_in_two_folders_is_named_in_the_error(notes) -> None:
    notes.create("Todo", "a", "Work")
    notes.create("Todo", "b", "Home")
    with pytest.raises(ToolError, match="Several notes match 'Todo': 'Todo' in Home; 'Todo' in Work"):
        notes.open("Todo", "")
    assert notes.open("Todo", "Home") == "b\n"


def test_append_keeps_existing_text(notes) -> None:
    path = notes.root / "Diary.md"
    path.parent.mkdir(parents=True)
    path.write_bytes("Día 1 — no newline at end".encode())
    assert notes.append("diary", "Day 2", "") == "Appended to note 'Diary' in the notes folder."
    assert path.read_text() == "Día 1 — no newline at end\nDay 2\n"
    assert [p.name for p in notes.root.iterdir()] == ["Diary.md"]  # no temporary file left behind
    with pytest.raises(ToolError, match="No note named"):
        notes.append("Nonexistent thing", "x", "")


def test_parallel_appends_keep_every_line(notes) -> None:
    from concurrent.futures import ThreadPoolExecutor

    notes.create("Log", "start", "")
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda i: notes.append("Log", f"line {i}", ""), range(40)))
    lines = (notes.root / "Log.md").read_text().splitlines()
    assert lines[0] == "start" and sorted(lines[1:]) == sorted(f"line {i}" for i in range(40))


def test_undo_create_and_append(notes, journal) -> None:
    notes.create("Trip", "pack", "")
    notes.append("Trip", "passport", "")
    assert journal.undo_last().startswith("Restored the previous text")
    assert (notes.root / "Trip.md").read_text() == "pack\n"
    assert journal.undo_last().startswith("Deleted")
    assert not (notes.root / "Trip.md").exists()


def test_undo_refuses_to_touch_a_note_edited_afterwards(notes, journal) -> None:
    notes.create("Trip", "pack", "")
    (notes.root / "Trip.md").write_text("pack\nuser's own edit\n")
    with pytest.raises(UndoError, match="was changed after Errand wrote it"):
        journal.undo_last()
    assert (notes.root / "Trip.md").read_text() == "pack\nuser's own edit\n"


def test_a_folder_named_in_another_case_is_the_existing_folder(notes) -> None:
    notes.create("Paper", "First", "Reading")
    notes.create("Paper two", "Second", "reading")
    assert sorted(p.name for p in notes.root.iterdir() if p.is_dir()) == ["Reading"]
    assert (notes.root / "Reading" / "Paper two.md").is_file()
    assert "First" in notes.open("Paper", "READING")

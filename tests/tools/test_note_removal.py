"""remove_note_content through the real tool function and its preview: on a folder of Markdown notes (the Linux
backend, built by build_backends as the app builds it) and on Notes.app's HTML bodies (a recording stand-in
osascript). What the preview lists is exactly what the removal then takes out, and undo gives back the bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.backends import Backends, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.macos.notes import AppleNotes
from tools.macos.osascript import FIELD, RECORD
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.spec import Preview
from tools.undo import UndoError, UndoJournal

SPEC = CATALOGUE["remove_note_content"]
remove = SPEC.function
SHOPPING = "# Shopping\n\n- [ ] milk\n- [x] eggs\n* bread\n1. oat milk\nmilk chocolate\n- Milk\n"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    (folder / "Home").mkdir(parents=True)
    (folder / "Home" / "Shopping.md").write_bytes(SHOPPING.encode())
    return folder


@pytest.fixture
def backends(vault: Path, journal: UndoJournal) -> Backends:
    config = ToolsConfig.from_dict({"notes": {"folder": str(vault)}})
    return build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")


def preview(backends: Backends, name: str, content: str, folder: str) -> Preview:
    assert SPEC.preview is not None
    return SPEC.preview(backends, name, content, folder)


def preview_lines(backends: Backends, content: str, name: str = "shopping", folder: str = "") -> list[str]:
    return [line[2:] for line in preview(backends, name, content, folder).text.splitlines() if line.startswith("- ")]


def removed_lines(before: str, after: str) -> list[str]:
    remaining = after.splitlines()
    gone = []
    for line in before.splitlines():
        if remaining and remaining[0] == line:
            remaining.pop(0)
        else:
            gone.append(line.strip())
    assert remaining == []
    return gone


def test_one_item_preview_removal_and_undo(backends: Backends, vault: Path, journal: UndoJournal) -> None:
    note = vault / "Home" / "Shopping.md"
    assert preview_lines(backends, "bread") == ["* bread"]
    answer = remove(backends, "shopping", "bread", "")
    assert answer == "Removed 1 line from note 'Shopping' in Home: bread."
    assert removed_lines(SHOPPING, note.read_text()) == ["* bread"]
    assert journal.undo_last() == f"Restored the previous text of {note}."
    assert note.read_bytes() == SHOPPING.encode()


def test_several_items_with_checkboxes_bullets_and_numbers(backends: Backends, vault: Path,
                                                          journal: UndoJournal) -> None:
    note = vault / "Home" / "Shopping.md"
    shown = preview_lines(backends, "eggs, oat milk and bread", folder="Home")
    answer = remove(backends, "Shopping", "eggs, oat milk and bread", "Home")
    assert answer == "Removed 3 lines from note 'Shopping' in Home: eggs; oat milk; bread."
    assert shown == ["- [x] eggs", "1. oat milk", "* bread"]
    assert sorted(removed_lines(SHOPPING, note.read_text())) == sorted(shown)
    journal.undo_last()
    assert note.read_bytes() == SHOPPING.encode()


def test_an_item_equal_to_several_lines_takes_each_of_them(backends: Backends, vault: Path) -> None:
    note = vault / "Home" / "Shopping.md"
    shown = preview_lines(backends, "milk")
    remove(backends, "shopping", "milk", "")
    assert removed_lines(SHOPPING, note.read_text()) == shown == ["- [ ] milk", "- Milk"]
    assert "oat milk" in note.read_text() and "milk chocolate" in note.read_text()


def test_items_partly_missing_remove_the_rest_and_say_so(backends: Backends, vault: Path) -> None:
    note = vault / "Home" / "Shopping.md"
    shown = preview(backends, "shopping", "bread, caviar", "")
    assert shown.changes and shown.text.endswith("Not in the note: caviar.")
    answer = remove(backends, "shopping", "bread, caviar", "")
    assert answer == ("Removed 1 line from note 'Shopping' in Home: bread. "
                      "Not in the note, so not removed: caviar.")
    assert removed_lines(SHOPPING, note.read_text()) == ["* bread"]


def test_nothing_matching_writes_nothing(backends: Backends, vault: Path, journal: UndoJournal) -> None:
    note = vault / "Home" / "Shopping.md"
    before = note.stat().st_mtime_ns
    assert not preview(backends, "shopping", "caviar, truffles", "").changes
    with pytest.raises(ToolError, match="Nothing in the note 'shopping' matches 'caviar, truffles'"):
        remove(backends, "shopping", "caviar, truffles", "")
    assert note.read_bytes() == SHOPPING.encode() and note.stat().st_mtime_ns == before
    assert journal.entries() == []
    assert [p.name for p in note.parent.iterdir()] == ["Shopping.md"]


def test_a_line_gone_since_the_note_was_read_removes_nothing(backends: Backends, vault: Path,
                                                            journal: UndoJournal) -> None:
    note = vault / "Home" / "Shopping.md"
    with pytest.raises(ToolError, match="no longer has the line 'caviar'; nothing was removed"):
        backends.notes.remove_lines("shopping", "", ["* bread", "caviar"])
    with pytest.raises(ToolError, match="no longer has the line"):
        backends.notes.remove_lines("shopping", "", ["* bread", "* bread"])  # the one "* bread" only once
    assert note.read_bytes() == SHOPPING.encode() and journal.entries() == []


def test_crlf_text_without_final_newline_and_other_bytes_kept(backends: Backends, vault: Path,
                                                             journal: UndoJournal) -> None:
    note = vault / "Todo.md"
    original = b"call Ann\r\n- pay rent \xe2\x82\xac\r\nlatin-1 caf\xe9\r\nwater plants"
    note.write_bytes(original)
    remove(backends, "todo", "pay rent, water plants", "")
    assert note.read_bytes() == b"call Ann\r\nlatin-1 caf\xe9\r\n"
    remove(backends, "todo", "latin-1", "")
    assert note.read_bytes() == b"call Ann\r\n"
    journal.undo_last()
    journal.undo_last()
    assert note.read_bytes() == original


def test_undo_leaves_a_note_edited_afterwards(backends: Backends, vault: Path, journal: UndoJournal) -> None:
    note = vault / "Home" / "Shopping.md"
    remove(backends, "shopping", "bread", "")
    note.write_text(note.read_text() + "- butter\n")
    with pytest.raises(UndoError, match="was changed after Errand wrote it"):
        journal.undo_last()
    assert note.read_text().endswith("- butter\n")


@pytest.mark.parametrize("value", [
    "O'Brien \"quoted\"", "line one\nline two\r\n", "nul\x00byte", "--x", "mailto:a@b?bcc=c@d", "x" * 20_000,
    "../x", "Lee; Ann, Jr",
])
def test_hostile_values_in_every_argument(backends: Backends, vault: Path, tmp_path: Path, value: str) -> None:
    """Each is an error or a removal of a real line inside the vault; no file appears anywhere else."""
    note = vault / "Home" / "Shopping.md"
    note.write_text(SHOPPING + f"{value.splitlines()[0] if value.strip() else 'x'}\n")
    before = {p for p in tmp_path.rglob("*")}
    for arguments in ((value, "milk", ""), ("shopping", value, ""), ("shopping", "milk", value)):
        try:
            remove(backends, *arguments)
        except ToolError:
            pass
    assert {p for p in tmp_path.rglob("*")} - before <= {tmp_path / "undo.sqlite3-journal"}
    assert note.read_text().startswith("# Shopping\n")


# Notes.app: the body is HTML, one block per line of the note's plain text.

BODY = ('<div><h1>Shopping</h1></div><div>milk</div><ul><li>eggs &amp; ham</li><li>bread</li></ul>'
        '<div><b>tea</b></div><div><br></div><ul class="checklist"><li>oat milk</li></ul>')
PLAIN = "Shopping\nmilk\neggs & ham\nbread\ntea\n\noat milk"


def apple_backends(journal: UndoJournal) -> Backends:
    backends = build_backends(ToolsConfig.from_dict({}), secrets=SecretStore(), journal=journal, platform="darwin")
    assert isinstance(backends.notes, AppleNotes)
    return backends


def test_apple_notes_preview_removal_and_undo(osascript_recorder, journal: UndoJournal) -> None:
    listing = FIELD.join(["n1", "Shopping", "Notes"]) + RECORD + FIELD.join(["n2", "Trip", "Notes"])
    read = f"{BODY}{FIELD}{PLAIN}"
    osascript_recorder.answer(listing, read, listing, read, listing, read, "saved", "saved")
    backends = apple_backends(journal)
    shown = preview(backends, "shopping", "eggs & ham, tea", "")
    assert shown.text == "Will remove from the note 'shopping':\n- eggs & ham\n- tea"
    result = remove(backends, "shopping", "eggs & ham, tea", "")
    assert result == "Removed 2 lines from the note 'Shopping': eggs & ham; tea."
    assert journal.undo_last() == "Restored the note's previous text."
    made = osascript_recorder.calls()
    assert [name for name, _ in made] == ["NOTES_LIST", "NOTES_READ"] * 3 + ["NOTES_SET_BODY"] * 2
    assert made[-2][1] == ["n1", '<div><h1>Shopping</h1></div><div>milk</div><ul><li>bread</li></ul>'
                                 '<div><br></div><ul class="checklist"><li>oat milk</li></ul>']
    assert made[-1][1] == ["n1", BODY]


def test_apple_notes_removing_the_last_item_removes_its_list(osascript_recorder, journal: UndoJournal) -> None:
    listing = FIELD.join(["n1", "Shopping", "Notes"])
    read = f"{BODY}{FIELD}{PLAIN}"
    osascript_recorder.answer(listing, read, listing, read, "saved")
    remove(apple_backends(journal), "Shopping", "oat milk, milk", "")
    assert osascript_recorder.calls()[-1][1] == [
        "n1", '<div><h1>Shopping</h1></div><ul><li>eggs &amp; ham</li><li>bread</li></ul><div><b>tea</b></div>'
              '<div><br></div>']


def test_apple_notes_line_missing_from_the_html_changes_nothing(osascript_recorder, journal: UndoJournal) -> None:
    osascript_recorder.answer(FIELD.join(["n1", "Shopping", "Notes"]), f"{BODY}{FIELD}{PLAIN}")
    notes = apple_backends(journal).notes
    with pytest.raises(ToolError, match="no longer has the line 'caviar'; nothing was removed"):
        notes.remove_lines("Shopping", "", ["bread", "caviar"])
    assert [name for name, _ in osascript_recorder.calls()] == ["NOTES_LIST", "NOTES_READ"]
    assert journal.entries() == []

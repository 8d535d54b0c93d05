"""Notes.app: create, open (exact then fuzzy name), append and remove lines, with undo (delete / restore the old
body)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz, process

from tools.backends import ToolError
from tools.linux.notes import removal_summary
from tools.macos.note_html import body_without_lines
from tools.macos.osascript import FIELD, records, run_script
from tools.macos.scripts import (
    NOTES_CREATE,
    NOTES_DELETE,
    NOTES_LIST,
    NOTES_READ,
    NOTES_SET_BODY,
)
from tools.matching import line_item
from tools.undo import UndoJournal

DELETE_NOTE = "macos.notes.delete"
RESTORE_NOTE = "macos.notes.restore"
_FUZZY_CUTOFF = 80


def as_html(text: str) -> str:
    """Plain text as Notes.app body HTML: every line escaped, one <div> per line."""
    return "".join(f"<div>{html.escape(line) or '<br>'}</div>" for line in text.splitlines() or [""])


class AppleNotes:
    def __init__(self, journal: UndoJournal) -> None:
        self.journal = journal
        journal.register(DELETE_NOTE, self._delete)
        journal.register(RESTORE_NOTE, self._restore)

    def create(self, name: str, content: str, folder: str) -> str:
        title = " ".join(name.split())
        if not title:
            raise ToolError("A note needs a name.", fixable=True)
        body = f"<div><h1>{html.escape(title)}</h1></div>{as_html(content)}"
        note_id, _, folder_name = run_script(NOTES_CREATE, [body, folder.strip()], app="Notes").partition(FIELD)
        self.journal.record(DELETE_NOTE, f"Created the note {title!r} in {folder_name}", {"id": note_id})
        return f"Created the note {title!r} in the folder {folder_name}."

    def open(self, name: str, folder: str) -> str:
        note_id, _ = self._find(name, folder)
        return self._read(note_id)[1]

    def append(self, name: str, content: str, folder: str) -> str:
        note_id, title = self._find(name, folder)
        previous = self._read(note_id)[0]
        run_script(NOTES_SET_BODY, [note_id, previous + as_html(content)], app="Notes")
        self.journal.record(RESTORE_NOTE, f"Appended to the note {title!r}", {"id": note_id, "previous": previous})
        return f"Appended to the note {title!r}."

    def remove_lines(self, name: str, folder: str, lines: Sequence[str]) -> str:
        note_id, title = self._find(name, folder)
        previous = self._read(note_id)[0]
        run_script(NOTES_SET_BODY, [note_id, body_without_lines(previous, lines, title)], app="Notes")
        removed = removal_summary(lines)
        self.journal.record(RESTORE_NOTE, f"Removed {removed} from the note {title!r}",
                            {"id": note_id, "previous": previous})
        return f"Removed {removed} from the note {title!r}: {'; '.join(line_item(x) for x in lines)}."

    def _find(self, name: str, folder: str) -> tuple[str, str]:
        notes = {fields[0]: fields[1] for fields in records(run_script(NOTES_LIST, [folder.strip()], app="Notes"))
                 if len(fields) >= 2}
        where = f"the folder {folder!r}" if folder.strip() else "Notes"
        wanted = " ".join(name.split()).casefold()
        exact = [i for i, title in notes.items() if title.casefold() == wanted]
        if not exact:
            scored = process.extract(wanted, {i: t.casefold() for i, t in notes.items()}, scorer=fuzz.WRatio,
                                     score_cutoff=_FUZZY_CUTOFF, limit=5)
            best = scored[0][1] if scored else 0
            exact = [i for _, score, i in scored if score == best]
        if not exact:
            raise ToolError(f"No note named {name!r} in {where}.", fixable=True)
        if len({notes[i] for i in exact}) > 1:
            names = ", ".join(sorted(notes[i] for i in exact))
            raise ToolError(f"Several notes match {name!r}: {names}. Use the exact name.", fixable=True)
        return exact[0], notes[exact[0]]

    def _read(self, note_id: str) -> tuple[str, str]:
        body, _, text = run_script(NOTES_READ, [note_id], app="Notes").partition(FIELD)
        return body, text

    def _delete(self, payload: dict[str, Any]) -> str:
        run_script(NOTES_DELETE, [payload["id"]], app="Notes")
        return "Deleted the note."

    def _restore(self, payload: dict[str, Any]) -> str:
        run_script(NOTES_SET_BODY, [payload["id"], payload["previous"]], app="Notes")
        return "Restored the note's previous text."

"""A local calendar folder in vdir layout (https://vdirsyncer.pimutils.org/en/stable/vdir.html).

The root holds one sub-folder per calendar (or reminders list); each item is one `<uid>.ics` file. khal,
todoman and vdirsyncer read and sync exactly this, so events made here reach the user's other devices.
"""

from __future__ import annotations

from pathlib import Path

from tools.backends import Event, Reminder, ToolError
from tools.file_names import checked_component
from tools.fileops import record_created, write_atomic
from tools.linux.ical import (
    created,
    describe_event,
    describe_reminder,
    event_ical,
    new_uid,
    reminder_ical,
)
from tools.undo import UndoJournal


def collection_folder(root: Path, name: str) -> Path:
    cleaned = name.strip()
    if not cleaned or "/" in cleaned or "\\" in cleaned or cleaned.startswith("."):
        raise ToolError(f"{name[:80]!r} is not a usable calendar or list name.", fixable=True)
    return root / checked_component(cleaned, "calendar or list name", root)


class VdirStore:
    def __init__(self, root: Path, journal: UndoJournal) -> None:
        self.root = root
        self.journal = journal

    def add(self, collection: str, data: bytes, uid: str, description: str) -> Path:
        folder = collection_folder(self.root, collection)
        if not folder.is_dir():  # a new collection: name it the way khal and vdirsyncer read it
            folder.mkdir(parents=True)
            (folder / "displayname").write_text(collection.strip() + "\n", encoding="utf-8")
        path = folder / f"{uid.replace('@', '_')}.ics"
        write_atomic(path, data, exclusive=True)
        record_created(self.journal, path, data, description)
        return path


class VdirCalendar:
    def __init__(self, store: VdirStore, default_calendar: str) -> None:
        self.store = store
        self.default_calendar = default_calendar

    def create_event(self, event: Event) -> str:
        calendar = event.calendar.strip() or self.default_calendar
        description = describe_event(event, calendar)
        uid = new_uid()
        self.store.add(calendar, event_ical(event, uid), uid, created(description))
        return f"{description} created."


class VdirReminders:
    def __init__(self, store: VdirStore, default_list: str) -> None:
        self.store = store
        self.default_list = default_list

    def create_reminder(self, reminder: Reminder) -> str:
        list_name = reminder.list_name.strip() or self.default_list
        description = describe_reminder(reminder, list_name)
        uid = new_uid()
        self.store.add(list_name, reminder_ical(reminder, uid), uid, created(description))
        return f"{description} created."

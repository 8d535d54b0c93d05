"""A local calendar folder in vdir layout (https://vdirsyncer.pimutils.org/en/stable/vdir.html).

The root holds one sub-folder per calendar (or reminders list); each item is one `<uid>.ics` file. khal,
todoman and vdirsyncer read and sync exactly this, so events made here reach the user's other devices.

Reads remember a digest of every item they return; a deletion or completion acts only on an item still exactly
as it was read, so an edit made meanwhile (by a sync, or by the user) is never overwritten or lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar

from tools.backends import Event, FoundEvent, OpenReminder, Reminder, ToolError
from tools.file_names import checked_component
from tools.fileops import digest, record_created, record_deleted, record_replaced, write_atomic
from tools.linux.ical import (
    created,
    describe_event,
    describe_reminder,
    event_ical,
    new_uid,
    reminder_ical,
)
from tools.linux.ical_read import (
    count_events,
    deletion_summary,
    describe_found,
    events_in,
    holds_todo,
    marked_done,
    open_reminder,
    overlaps,
    parse,
    repeats,
    single_events,
    without_occurrence,
)
from tools.undo import UndoJournal

log = logging.getLogger(__name__)
_SETTLED_NS = 3_000_000_000  # older writes than this are trusted to have changed the signature


def collection_folder(root: Path, name: str) -> Path:
    cleaned = name.strip()
    if not cleaned or "/" in cleaned or "\\" in cleaned or cleaned.startswith("."):
        raise ToolError(f"{name[:80]!r} is not a usable calendar or list name.", fixable=True)
    return root / checked_component(cleaned, "calendar or list name", root)


class VdirStore:
    def __init__(self, root: Path, journal: UndoJournal) -> None:
        self.root = root
        self.journal = journal
        self._read: dict[Path, str] = {}  # item -> sha256 of its bytes when last read
        # item -> (stat signature, sha256, parsed): a file unchanged since it was parsed is not read again, so
        # reading a calendar of thousands of events costs a stat per file, not a parse
        self._parsed: dict[Path, tuple[tuple[int, int, int], str, Calendar]] = {}

    def add(self, collection: str, data: bytes, uid: str, description: str) -> Path:
        folder = collection_folder(self.root, collection)
        if not folder.is_dir():  # a new collection: name it the way khal and vdirsyncer read it
            folder.mkdir(parents=True)
            (folder / "displayname").write_text(collection.strip() + "\n", encoding="utf-8")
        path = folder / f"{uid.replace('@', '_')}.ics"
        write_atomic(path, data, exclusive=True)
        record_created(self.journal, path, data, description)
        return path

    def collections(self) -> list[Path]:
        """The calendar and list folders, by name (hidden folders, e.g. vdirsyncer's status, left out)."""
        if not self.root.is_dir():
            return []
        return sorted(p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith("."))

    @staticmethod
    def label(folder: Path) -> str:
        """The collection's display name (khal's `displayname` file) or else its folder name."""
        try:
            return (folder / "displayname").read_text(encoding="utf-8").strip() or folder.name
        except (OSError, UnicodeDecodeError):
            return folder.name

    def items(self, folder: Path) -> Iterator[tuple[Path, Calendar]]:
        """Each readable item of a collection, parsed; its digest is kept for `unchanged`. Unreadable ones are
        logged and skipped, so one broken file does not hide the rest of the calendar."""
        present = sorted(folder.glob("*.ics"))
        there = set(present)
        for gone in [p for p in self._parsed if p.parent == folder and p not in there]:
            del self._parsed[gone]  # deleted or renamed since: the cache keeps only what is there
        for path in present:
            try:
                found = self._parsed_item(path)
            except (OSError, ValueError) as exc:
                log.warning("Skipping unreadable calendar item %s: %s", path, exc)
                continue
            self._read[path] = found[0]
            yield path, found[1]

    def digest_of(self, path: Path) -> str:
        """The digest of the item as `items` last read it."""
        return self._read[path]

    def _parsed_item(self, path: Path) -> tuple[str, Calendar]:
        """The item's digest and parsed calendar, from the cache while its size, mtime and inode are unchanged.
        A file written in the last few seconds is always read again: a second write within the file system's
        clock tick would keep the same signature. Callers only read the calendar."""
        status = path.stat()
        signature = (status.st_mtime_ns, status.st_size, status.st_ino)
        cached = self._parsed.get(path)
        settled = time.time_ns() - status.st_mtime_ns > _SETTLED_NS
        if cached is not None and cached[0] == signature and settled:
            return cached[1], cached[2]
        data = path.read_bytes()
        calendar = parse(data)
        self._parsed[path] = (signature, digest(data), calendar)
        return digest(data), calendar

    def item_path(self, ref: str) -> Path:
        """The item file a read returned (a reference naming anything else is refused)."""
        path = Path(ref)
        if path.suffix != ".ics" or path.parent.parent != self.root or path.parent.name.startswith("."):
            raise ToolError(f"{ref[:200]!r} is not an item of the calendar folder {self.root}.")
        return path

    def unchanged(self, path: Path, what: str) -> bytes:
        """The item's bytes, provided it is exactly as the last read found it."""
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise ToolError(f"{what} is no longer in {path.parent.name} (it was removed since it was read); "
                            "nothing was changed.") from exc
        except OSError as exc:
            raise ToolError(f"Cannot read {path}: {exc.strerror or exc}; nothing was changed.") from exc
        if self._read.get(path) != digest(data):
            raise ToolError(f"{what} was changed since Errand read it ({path.name}); nothing was changed. "
                            "Ask again to see it as it is now.")
        return data


class VdirCalendar:
    def __init__(self, store: VdirStore, default_calendar: str) -> None:
        self.store = store
        self.default_calendar = default_calendar
        # item -> (digest, calendar label, its events) for items that do not repeat: a read filters these by time
        self._single: dict[Path, tuple[str, str, tuple[FoundEvent, ...]]] = {}

    def create_event(self, event: Event) -> str:
        calendar = event.calendar.strip() or self.default_calendar
        description = describe_event(event, calendar)
        uid = new_uid()
        self.store.add(calendar, event_ical(event, uid), uid, created(description))
        return f"{description} created."

    def events_between(self, start: datetime, end: datetime) -> list[FoundEvent]:
        """Every occurrence overlapping [start, end) in every calendar folder (repeating events expanded)."""
        found: list[FoundEvent] = []
        seen: set[Path] = set()
        for folder in self.store.collections():
            label = self.store.label(folder)
            for path, calendar in self.store.items(folder):
                seen.add(path)
                try:
                    found += self._events_of(path, calendar, label, start, end)
                except ValueError as exc:
                    log.warning("Skipping broken calendar item %s: %s", path, exc)
        for gone in set(self._single) - seen:
            del self._single[gone]
        return found

    def _events_of(self, path: Path, calendar: Calendar, label: str, start: datetime, end: datetime
                   ) -> list[FoundEvent]:
        """The item's occurrences in [start, end); a single event's is read once per change of its file."""
        if repeats(calendar):
            return events_in(calendar, start, end, label, str(path))
        digest_now = self.store.digest_of(path)
        memo = self._single.get(path)
        if memo is None or memo[:2] != (digest_now, label):
            memo = (digest_now, label, tuple(single_events(calendar, label, str(path))))
            self._single[path] = memo
        return [e for e in memo[2] if overlaps(e.start, e.end, start, end)]

    def delete_events(self, events: Sequence[FoundEvent]) -> str:
        """Delete exactly these events, all or none, each unchanged since it was read: a single event's file is
        removed; an occurrence of a repeating one is excluded from its series (EXDATE), the others stay."""
        if not events:
            return "No events to delete."
        grouped: dict[Path, list[FoundEvent]] = {}
        for event in events:
            grouped.setdefault(self.store.item_path(event.ref), []).append(event)
        changes = [(path, *self._change(path, chosen)) for path, chosen in grouped.items()]  # checked before any
        deleted: list[tuple[Path, bytes, int]] = []
        try:
            for path, previous, replacement in changes:
                if replacement is None:
                    mode = path.stat().st_mode & 0o777
                    path.unlink()
                    deleted.append((path, previous, mode))
                else:
                    write_atomic(path, replacement)
                    names = ", ".join(describe_found(e) for e in grouped[path])
                    record_replaced(self.store.journal, path, previous, replacement,
                                    f"Deleted {count_events(len(grouped[path]))} of a repeating series: {names}")
        except OSError as exc:
            before = " (undo restores those changed before it)" if deleted else ""
            raise ToolError(f"Cannot delete from {path}: {exc.strerror or exc}{before}.") from exc
        finally:
            if deleted:
                names = ", ".join(describe_found(e) for path, _, _ in deleted for e in grouped[path])
                record_deleted(self.store.journal, deleted, f"Deleted {count_events(len(deleted))}: {names}")
        return deletion_summary(events, sum(len(grouped[path]) for path, _, replacement in changes
                                            if replacement is not None))

    def _change(self, path: Path, events: list[FoundEvent]) -> tuple[bytes, bytes | None]:
        """The item's bytes now, and what it becomes: None (the file goes) or the series without these dates."""
        what = f"The event {describe_found(events[0])}"
        previous = self.store.unchanged(path, what)
        if not repeats(parse(previous)):
            return previous, None
        replacement = previous
        try:
            for event in events:
                replacement = without_occurrence(replacement, event)
        except ValueError as exc:
            raise ToolError(f"{what} cannot be read ({exc}); nothing was deleted.") from exc
        return previous, replacement


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

    def open_reminders(self, list_name: str) -> list[OpenReminder]:
        """The open to-dos of the list called `list_name` (display or folder name, any case), or of every list."""
        found: list[OpenReminder] = []
        for folder in self._lists(list_name):
            label = self.store.label(folder)
            for path, calendar in self.store.items(folder):
                try:
                    reminder = open_reminder(calendar, label, str(path))
                except ValueError as exc:
                    log.warning("Skipping broken reminder %s: %s", path, exc)
                    continue
                if reminder is not None:
                    found.append(reminder)
        return found

    def _lists(self, list_name: str) -> list[Path]:
        folders = self.store.collections()
        wanted = list_name.strip().casefold()
        if not wanted:
            return folders
        named = [f for f in folders if wanted in (f.name.casefold(), self.store.label(f).casefold())]
        if not named:
            lists = [self.store.label(f) for f in folders if any(holds_todo(c) for _, c in self.store.items(f))]
            known = f"the lists are: {', '.join(lists)}" if lists else "there are no reminder lists yet"
            raise ToolError(f"There is no reminders list called {list_name[:80]!r}; {known}.", fixable=True)
        return named

    def complete(self, reminder: OpenReminder) -> str:
        path = self.store.item_path(reminder.ref)
        previous = self.store.unchanged(path, f"The reminder {reminder.name!r}")
        data = marked_done(parse(previous), datetime.now(UTC))
        write_atomic(path, data)
        where = f" in list '{reminder.list_name}'" if reminder.list_name else ""
        record_replaced(self.store.journal, path, previous, data, f"Marked reminder '{reminder.name}'{where} as done")
        return f"Marked the reminder '{reminder.name}'{where} as done."

"""Fixtures for the agent tests: in-memory backends that record every call, and an event collector.

The backends are test doubles for the Backends protocols (tools/backends.py); the real ones are tested in
tests/tools against the same protocols.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from agent.running.events import Event
from tools.backends import (
    Backends,
    Email,
    FoundEmail,
    FoundEvent,
    MailQuery,
    Meeting,
    OpenReminder,
    Reminder,
    ToolError,
)
from tools.backends import Event as CalendarEvent

PHONES = {"Ann": "+1 555 0101", "Walt": "+1 555 0102"}
EMAILS = {"Ann": "ann@example.org", "Bob": "bob@example.org"}


@dataclass
class MemoryBackends:
    """Every backend in one object; `calls` records (method, arguments) in call order."""

    calls: list[tuple[str, tuple]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=lambda: {"Garden plan": "tomatoes, basil",
                                                           "Shopping list": "- milk\n- eggs\n- bread\n"})
    events: list[FoundEvent] = field(default_factory=lambda: [
        FoundEvent("Stand-up", datetime(2026, 12, 8, 9), datetime(2026, 12, 8, 9, 30), ref="e1"),
        FoundEvent("Lunch with Ann", datetime(2026, 12, 10, 12), datetime(2026, 12, 10, 13), "Cafe Bleu", ref="e2"),
    ])
    reminders: list[OpenReminder] = field(default_factory=lambda: [
        OpenReminder("Buy milk", datetime(2026, 12, 8, 9), "Errands", ref="r1"),
        OpenReminder("Call the bank", None, "Errands", ref="r2"),
    ])
    mails: list[FoundEmail] = field(default_factory=lambda: [
        FoundEmail("Tom Baker <tom@example.org>", datetime(2026, 12, 6, 18, 5), "Invoice", "Here it is.", True),
    ])
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _log(self, name: str, *args: object) -> None:
        with self.lock:
            self.calls.append((name, args))

    def called(self, name: str) -> list[tuple]:
        return [args for method, args in self.calls if method == name]

    # contacts
    def names(self) -> list[str]:
        return sorted(set(PHONES) | set(EMAILS))

    def phone_number(self, name: str) -> str:
        self._log("phone_number", name)
        if name not in PHONES:
            raise ToolError(f"No contact named {name!r} has a phone number.", fixable=True)
        return PHONES[name]

    def email_address(self, name: str) -> str:
        self._log("email_address", name)
        if name not in EMAILS:
            raise ToolError(f"No contact named {name!r} has an email address.", fixable=True)
        return EMAILS[name]

    # calendar, reminders, files, mail, maps, notes, sms, zoom
    def create_event(self, event: CalendarEvent) -> str:
        self._log("create_event", event)
        return f"Created the event {event.title!r}."

    def create_reminder(self, reminder: Reminder) -> str:
        self._log("create_reminder", reminder)
        return f"Created the reminder {reminder.name!r}."

    def find_and_open(self, file_name: str) -> Path:
        self._log("find_and_open", file_name)
        return Path("/files") / file_name

    def summarize_pdf(self, path: Path) -> str:
        self._log("summarize_pdf", path)
        return f"Summary of {path.name}."

    def shared_file(self, path: str) -> Path:
        """Every path is shared here; tools/shared_folders.py is tested on real files."""
        return Path(path)

    def compose(self, email: Email) -> str:
        self._log("compose", email)
        return f"Sent the email to {', '.join(email.recipients)}."

    def reply(self, cc: tuple[str, ...], body: str, attachments: tuple[Path, ...]) -> str:
        self._log("reply", cc, body, attachments)
        return "Replied."

    def forward(self, recipients: tuple[str, ...], cc: tuple[str, ...], body: str,
                attachments: tuple[Path, ...]) -> str:
        self._log("forward", recipients, cc, body, attachments)
        return "Forwarded."

    def open_location(self, location: str) -> str:
        self._log("open_location", location)
        return f"Showing {location} on the map."

    def show_directions(self, start: str, end: str, mode: str) -> str:
        self._log("show_directions", start, end, mode)
        return f"Showing {mode} directions to {end}."

    def create(self, name: str, content: str, folder: str) -> str:
        self._log("create_note", name, content, folder)
        self.notes[name] = content
        return f"Created the note {name!r}."

    def open(self, name: str, folder: str) -> str:
        self._log("open_note", name, folder)
        if name not in self.notes:
            raise ToolError(f"There is no note named {name!r}.", fixable=True)
        return self.notes[name]

    def append(self, name: str, content: str, folder: str) -> str:
        self._log("append_note", name, content, folder)
        self.notes[name] = self.notes.get(name, "") + "\n" + content
        return f"Appended to the note {name!r}."

    def send(self, recipients: tuple[str, ...], message: str) -> str:
        self._log("send_sms", recipients, message)
        return f"Sent the message to {', '.join(recipients)}."

    def meeting_link(self, meeting: Meeting) -> str:
        self._log("meeting_link", meeting)
        return "https://zoom.example/j/1"

    def add_contact(self, name: str, email: str, phone: str) -> str:
        self._log("add_contact", name, email, phone)
        return f"Added the contact {name}."

    def events_between(self, start: datetime, end: datetime) -> list[FoundEvent]:
        self._log("events_between", start, end)
        return [e for e in self.events if e.start < end and e.end > start]

    def delete_events(self, events: Sequence[FoundEvent]) -> str:
        self._log("delete_events", tuple(events))
        self.events = [e for e in self.events if e not in events]
        return f"Deleted {len(events)} events."

    def open_reminders(self, list_name: str) -> list[OpenReminder]:
        return [r for r in self.reminders if not list_name or r.list_name == list_name]

    def complete(self, reminder: OpenReminder) -> str:
        self._log("complete", reminder)
        self.reminders.remove(reminder)
        return f"Marked {reminder.name!r} as done."

    def find(self, query: MailQuery) -> list[FoundEmail]:
        self._log("find_mail", query)
        return [m for m in self.mails if query.sender.casefold() in m.sender.casefold()][: query.limit]

    def remove_lines(self, name: str, folder: str, lines: Sequence[str]) -> str:
        self._log("remove_lines", name, folder, tuple(lines))
        kept = [line for line in self.notes[name].splitlines() if line not in lines]
        self.notes[name] = "\n".join(kept) + "\n"
        return f"Removed {len(lines)} lines from {name!r}."

    def as_backends(self) -> Backends:
        return Backends(self, self, self, self, self, self, self, self, self)


@pytest.fixture
def memory() -> MemoryBackends:
    return MemoryBackends()


class Collector:
    """An EventSink that keeps every event (thread-safe)."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        with self._lock:
            self.events.append(event)

    def of(self, kind: type) -> list:
        with self._lock:
            return [e for e in self.events if isinstance(e, kind)]


@pytest.fixture
def events() -> Collector:
    return Collector()

"""Fixtures for the agent tests: in-memory backends that record every call, and an event collector.

The backends are test doubles for the Backends protocols (tools/backends.py); the real ones are tested in
tests/tools against the same protocols.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agent.running.events import Event
from tools.backends import Backends, Email, Meeting, Reminder, ToolError
from tools.backends import Event as CalendarEvent

PHONES = {"Ann": "+1 555 0101", "Walt": "+1 555 0102"}
EMAILS = {"Ann": "ann@example.org", "Bob": "bob@example.org"}


@dataclass
class MemoryBackends:
    """Every backend in one object; `calls` records (method, arguments) in call order."""

    calls: list[tuple[str, tuple]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=lambda: {"Garden plan": "tomatoes, basil"})
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

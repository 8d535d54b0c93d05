"""The small interfaces each app's backend implements (Linux, macOS, or a test double).

Tool functions normalise the planner's arguments (dates, lists, transport modes) and then call one method
here. Backends raise `ToolError` with a message that tells the user or the planner what to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol


class ToolError(Exception):
    """A tool failed in a way the user or the planner can act on; the message becomes the observation.

    `fixable` marks errors a replan could correct (a wrong argument); infrastructure failures (a server down)
    are not fixable by replanning.
    """

    def __init__(self, message: str, *, fixable: bool = False) -> None:
        super().__init__(message)
        self.fixable = fixable


@dataclass(frozen=True)
class Event:
    title: str
    start: datetime
    end: datetime
    location: str = ""
    invitees: tuple[str, ...] = ()
    notes: str = ""
    calendar: str = ""


@dataclass(frozen=True)
class Reminder:
    name: str
    due: datetime | None
    notes: str = ""
    list_name: str = ""
    priority: int = 0
    all_day: bool = False


@dataclass(frozen=True)
class Email:
    recipients: tuple[str, ...]
    cc: tuple[str, ...] = ()
    subject: str = ""
    body: str = ""
    attachments: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Meeting:
    topic: str
    start: datetime
    duration_minutes: int
    invitees: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FoundEvent:
    """An event as a calendar holds it; `ref` is the backend's handle for it (a file, a URL, an Apple uid)."""

    title: str
    start: datetime
    end: datetime
    location: str = ""
    attendees: tuple[str, ...] = ()
    calendar: str = ""
    ref: str = ""


@dataclass(frozen=True)
class OpenReminder:
    """A reminder not yet done; `ref` is the backend's handle for it."""

    name: str
    due: datetime | None
    list_name: str = ""
    ref: str = ""


@dataclass(frozen=True)
class MailQuery:
    """find_emails' arguments, normalised: empty strings and None mean no bound."""

    sender: str = ""
    words: str = ""
    since: datetime | None = None
    unread_only: bool = False
    limit: int = 10


@dataclass(frozen=True)
class FoundEmail:
    sender: str
    date: datetime | None
    subject: str
    first_lines: str
    unread: bool = False


class ContactsBackend(Protocol):
    def phone_number(self, name: str) -> str: ...
    def email_address(self, name: str) -> str: ...
    def names(self) -> list[str]: ...  # every contact's full and given name (the planner's name gazetteer)
    def add_contact(self, name: str, email: str, phone: str) -> str: ...  # new, or added to that name; undo reverts


class CalendarBackend(Protocol):
    def create_event(self, event: Event) -> str: ...
    def events_between(self, start: datetime, end: datetime) -> list[FoundEvent]: ...  # overlapping [start, end)
    def delete_events(self, events: Sequence[FoundEvent]) -> str: ...  # exactly these; undo restores them


class RemindersBackend(Protocol):
    def create_reminder(self, reminder: Reminder) -> str: ...
    def open_reminders(self, list_name: str) -> list[OpenReminder]: ...  # "" = every list
    def complete(self, reminder: OpenReminder) -> str: ...  # marks it done; undo reopens it


class FilesBackend(Protocol):
    def find_and_open(self, file_name: str) -> Path: ...
    def summarize_pdf(self, path: Path) -> str: ...
    def shared_file(self, path: str) -> Path: ...  # the resolved file if the user shares it, else a ToolError
    def outside_shared(self, path: str) -> Path | None: ...  # an ordinary file outside the shares: ask the user


class MailBackend(Protocol):
    def compose(self, email: Email) -> str: ...
    def reply(self, cc: tuple[str, ...], body: str, attachments: tuple[Path, ...]) -> str: ...
    def forward(
        self, recipients: tuple[str, ...], cc: tuple[str, ...], body: str, attachments: tuple[Path, ...]
    ) -> str: ...
    def find(self, query: MailQuery) -> list[FoundEmail]: ...  # newest first, at most query.limit


class MapsBackend(Protocol):
    def open_location(self, location: str) -> str: ...
    def show_directions(self, start: str, end: str, mode: str) -> str: ...


class NotesBackend(Protocol):
    def create(self, name: str, content: str, folder: str) -> str: ...
    def open(self, name: str, folder: str) -> str: ...
    def append(self, name: str, content: str, folder: str) -> str: ...
    def remove_lines(self, name: str, folder: str, lines: Sequence[str]) -> str: ...  # these lines of open(); undo


class SmsBackend(Protocol):
    def send(self, recipients: tuple[str, ...], message: str) -> str: ...


class ZoomBackend(Protocol):
    def meeting_link(self, meeting: Meeting) -> str: ...


@dataclass
class Backends:
    """Everything the tools act through, injected so the core is testable and the platform is chosen once."""

    contacts: ContactsBackend
    calendar: CalendarBackend
    reminders: RemindersBackend
    files: FilesBackend
    mail: MailBackend
    maps: MapsBackend
    notes: NotesBackend
    sms: SmsBackend
    zoom: ZoomBackend

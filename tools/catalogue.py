"""Errand's tools in canonical order (prompt numbering and classifier label ids): TinyAgent's 16 (COMPAT
section 1, defined here) followed by Errand's seven reads and removals (section 10, tools/reads_and_removals.py).

Each function takes the injected `Backends` first, then the planner's positional arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tools.backends import Backends, Email, Event, Meeting, Reminder
from tools.normalize import (
    DEFAULT_MEETING,
    as_list,
    optional_date,
    parse_date,
    resolve_emails,
    resolve_phones,
    transport_mode,
)
from tools.reads_and_removals import (
    add_contact,
    complete_reminder,
    delete_calendar_event,
    find_emails,
    get_calendar_events,
    get_reminders,
    remove_note_content,
)
from tools.spec import Registry, tool


@tool(app="calendar", side_effects=True, confirms=True, args=[
    ("title", "str"), ("start_date", "str"), ("end_date", "str"), ("location", "str"),
    ("invitees", "list[str]"), ("notes", "str"), ("calendar", "str")],
    description=[
        "Creates a calendar event.",
        "Dates are strings in the form YYYY-MM-DD HH:MM:SS; an empty end_date means one hour after the start.",
        "invitees are email addresses; pass [] for a personal event.",
        "location, notes and calendar may be empty strings; an empty calendar means the default one.",
    ])
def create_calendar_event(
    backends: Backends, title: str, start_date: str, end_date: str, location: str,
    invitees: list[str], notes: str, calendar: str,
) -> str:
    start = parse_date(start_date, field_name="start_date")
    end = optional_date(end_date, field_name="end_date") or start + DEFAULT_MEETING
    people = resolve_emails(backends.contacts, as_list(invitees))
    event = Event(title, start, end, location, people, notes, calendar)
    return backends.calendar.create_event(event)


@tool(app="contacts", side_effects=False, args=[("name", "str")], description=[
    "Returns the phone number of a contact, looked up by name.",
    "Use it before sending an SMS to someone named in the request.",
])
def get_phone_number(backends: Backends, name: str) -> str:
    return backends.contacts.phone_number(name)


@tool(app="contacts", side_effects=False, args=[("name", "str")], description=[
    "Returns the email address of a contact, looked up by name.",
    "Use it before emailing, cc'ing or inviting someone named in the request.",
])
def get_email_address(backends: Backends, name: str) -> str:
    return backends.contacts.email_address(name)


@tool(app="files", side_effects=False, args=[("file_name", "str")], description=[
    "Finds a file by name, opens it, and returns its full path.",
    "Use the returned path for attachments and PDF summaries.",
])
def open_and_get_file_path(backends: Backends, file_name: str) -> str:
    return str(backends.files.find_and_open(file_name))


@tool(app="files", side_effects=False, files=["pdf_path"], args=[("pdf_path", "str")], description=[
    "Summarises a PDF file and returns the summary text.",
    "pdf_path is a path (usually a previous result) or a file name.",
])
def summarize_pdf(backends: Backends, pdf_path: str) -> str:
    path = Path(pdf_path).expanduser()
    if not path.is_absolute() or not path.exists():
        path = backends.files.find_and_open(pdf_path)
    return backends.files.summarize_pdf(backends.files.shared_file(str(path)))


@tool(app="mail", side_effects=True, confirms=True, files=["attachments"], args=[
    ("recipients", "list[str]"), ("cc", "list[str]"), ("subject", "str"), ("context", "str"),
    ("attachments", "list[str]")],
    description=[
        "Writes and sends a new email.",
        "recipients and cc are lists of email addresses; attachments is a list of file paths.",
        "context is text the body must include (an earlier result), or an empty string.",
    ])
def compose_new_email(
    backends: Backends, recipients: list[str], cc: list[str], subject: str, context: str,
    attachments: list[str],
) -> str:
    email = Email(
        recipients=resolve_emails(backends.contacts, as_list(recipients)),
        cc=resolve_emails(backends.contacts, as_list(cc)),
        subject=subject, body=context, attachments=_shared_files(backends, attachments),
    )
    return backends.mail.compose(email)


@tool(app="mail", side_effects=True, confirms=True, files=["attachments"], args=[
    ("cc", "list[str]"), ("context", "str"), ("attachments", "list[str]")], description=[
    "Replies to the current email (the most recent one in the inbox).",
    "cc is a list of email addresses; attachments is a list of file paths; context is text to include or ''.",
])
def reply_to_email(backends: Backends, cc: list[str], context: str, attachments: list[str]) -> str:
    return backends.mail.reply(
        resolve_emails(backends.contacts, as_list(cc)), context, _shared_files(backends, attachments)
    )


@tool(app="mail", side_effects=True, confirms=True, files=["attachments"], args=[
    ("recipients", "list[str]"), ("cc", "list[str]"), ("context", "str"), ("attachments", "list[str]")],
    description=[
        "Forwards the current email (the most recent one in the inbox) to new recipients.",
        "recipients and cc are lists of email addresses; attachments is a list of file paths.",
    ])
def forward_email(
    backends: Backends, recipients: list[str], cc: list[str], context: str, attachments: list[str]
) -> str:
    return backends.mail.forward(
        resolve_emails(backends.contacts, as_list(recipients)),
        resolve_emails(backends.contacts, as_list(cc)),
        context, _shared_files(backends, attachments),
    )


@tool(app="maps", side_effects=False, args=[("location", "str")], description=[
    "Shows a place on the map.",
])
def maps_open_location(backends: Backends, location: str) -> str:
    return backends.maps.open_location(location)


@tool(app="maps", side_effects=False, args=[
    ("start_location", "str"), ("end_location", "str"), ("transport", "str")], description=[
    "Shows directions between two places on the map.",
    "An empty start_location means the current location.",
    "transport is 'd' (driving), 'w' (walking) or 'r' (public transit).",
])
def maps_show_directions(backends: Backends, start_location: str, end_location: str, transport: str) -> str:
    return backends.maps.show_directions(start_location, end_location, transport_mode(transport))


@tool(app="notes", side_effects=True, confirms=True, args=[("name", "str"), ("content", "str"), ("folder", "str")],
      description=[
          "Creates a note with the given name and content.",
          "folder may be empty for the default notes folder.",
      ])
def create_note(backends: Backends, name: str, content: str, folder: str) -> str:
    return backends.notes.create(name, content, folder)


@tool(app="notes", side_effects=False, args=[("name", "str"), ("folder", "str")], description=[
    "Opens a note by name and returns its content.",
    "folder may be empty to search every folder.",
])
def open_note(backends: Backends, name: str, folder: str) -> str:
    return backends.notes.open(name, folder)


@tool(app="notes", side_effects=True, confirms=True, args=[("name", "str"), ("content", "str"), ("folder", "str")],
      description=[
          "Appends content to an existing note; no need to open it first.",
          "folder may be empty to search every folder.",
      ])
def append_note_content(backends: Backends, name: str, content: str, folder: str) -> str:
    return backends.notes.append(name, content, folder)


@tool(app="reminders", side_effects=True, confirms=True, args=[
    ("name", "str"), ("due_date", "str"), ("notes", "str"), ("list_name", "str"), ("priority", "int"),
    ("all_day", "bool")],
    description=[
        "Creates a reminder.",
        "due_date is YYYY-MM-DD HH:MM:SS or an empty string; an all-day reminder uses 00:00:00 and all_day True.",
        "priority is 0 (none), 1 (high), 5 (medium) or 9 (low); list_name may be empty for the default list.",
    ])
def create_reminder(
    backends: Backends, name: str, due_date: str, notes: str, list_name: str, priority: int, all_day: bool
) -> str:
    due = optional_date(due_date, field_name="due_date")
    return backends.reminders.create_reminder(Reminder(name, due, notes, list_name, priority, all_day))


@tool(app="sms", side_effects=True, confirms=True, args=[("recipients", "list[str]"), ("message", "str")], description=[
    "Sends one text message (SMS) to one or more phone numbers.",
    "Send one SMS to several people rather than one each.",
])
def send_sms(backends: Backends, recipients: list[str], message: str) -> str:
    return backends.sms.send(resolve_phones(backends.contacts, as_list(recipients)), message)


@tool(app="zoom", side_effects=True, args=[
    ("topic", "str"), ("start_time", "str"), ("duration", "int"), ("meeting_invitees", "Sequence[str]")],
    description=[
        "Creates a Zoom meeting and returns its link.",
        "start_time is YYYY-MM-DD HH:MM:SS; duration is in minutes; meeting_invitees are email addresses.",
    ])
def get_zoom_meeting_link(
    backends: Backends, topic: str, start_time: str, duration: int, meeting_invitees: Sequence[str]
) -> str:
    start = parse_date(start_time, field_name="start_time")
    invitees = resolve_emails(backends.contacts, as_list(meeting_invitees))
    return backends.zoom.meeting_link(Meeting(topic, start, duration or 60, invitees))


CATALOGUE = Registry([
    create_calendar_event, get_phone_number, get_email_address, open_and_get_file_path, summarize_pdf,
    compose_new_email, reply_to_email, forward_email, maps_open_location, maps_show_directions,
    create_note, open_note, append_note_content, create_reminder, send_sms, get_zoom_meeting_link,
    get_calendar_events, delete_calendar_event, find_emails, get_reminders, complete_reminder,
    remove_note_content, add_contact,
])
TOOL_NAMES: tuple[str, ...] = CATALOGUE.names
TINYAGENT_TOOL_NAMES: tuple[str, ...] = TOOL_NAMES[:16]  # the released models' tools and classifier labels


def _shared_files(backends: Backends, attachments: list[str]) -> tuple[Path, ...]:
    """Attachments pass the one path check (tools/shared_folders.py) before any mail backend sees them."""
    return tuple(backends.files.shared_file(str(a)) for a in as_list(attachments))

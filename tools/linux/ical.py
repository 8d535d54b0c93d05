"""iCalendar objects for events (VEVENT) and reminders (VTODO), shared by the vdir and CalDAV backends.

Times are written as floating local times (no time zone), which is what the planner means by
"2026-05-04 10:00:00" and what khal and CalDAV clients show as the user's wall-clock time.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

from icalendar import Calendar, Todo, vCalAddress, vText
from icalendar import Event as VEvent

from tools.addresses import checked_address
from tools.backends import Event, Reminder, ToolError

PRODID = "-//Errand//Errand personal assistant//EN"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value: str, what: str) -> str:
    """A TEXT value as RFC 5545 allows it: line breaks and tabs are fine (they are escaped), other control
    characters such as NUL are not, and are refused rather than written raw or dropped without a word."""
    if _CONTROL.search(value):
        raise ToolError(f"The {what} contains a control character that calendars cannot store; remove it.",
                        fixable=True)
    return stored_text(value)


def stored_text(value: str) -> str:
    """The value as an iCalendar TEXT keeps it: every line break (CRLF, CR) is one LF. Descriptions of new items
    use it, so the observation names the title that is stored and that a read gives back."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def new_uid() -> str:
    return f"{uuid.uuid4()}@errand"


def _calendar(component: VEvent | Todo) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(component)
    return calendar.to_ical()


def event_ical(event: Event, uid: str) -> bytes:
    if event.end <= event.start:
        raise ToolError(
            f"The event ends ({event.end:%Y-%m-%d %H:%M}) before it starts ({event.start:%Y-%m-%d %H:%M}); "
            "give an end_date after the start_date, or an empty one for a one-hour event.", fixable=True,
        )
    vevent = VEvent()
    vevent.add("uid", uid)
    vevent.add("dtstamp", datetime.now(UTC))
    vevent.add("summary", _text(event.title, "title"))
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.end)
    if event.location:
        vevent.add("location", _text(event.location, "location"))
    if event.notes:
        vevent.add("description", _text(event.notes, "notes"))
    for address in event.invitees:
        attendee = vCalAddress(f"mailto:{checked_address(address)}")
        attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
        attendee.params["PARTSTAT"] = vText("NEEDS-ACTION")
        attendee.params["RSVP"] = vText("TRUE")
        vevent.add("attendee", attendee, encode=False)
    return _calendar(vevent)


def reminder_ical(reminder: Reminder, uid: str) -> bytes:
    todo = Todo()
    todo.add("uid", uid)
    todo.add("dtstamp", datetime.now(UTC))
    todo.add("summary", _text(reminder.name, "reminder"))
    todo.add("status", "NEEDS-ACTION")
    if reminder.due is not None:
        todo.add("due", reminder.due.date() if reminder.all_day else reminder.due)
    if reminder.priority:
        todo.add("priority", reminder.priority)
    if reminder.notes:
        todo.add("description", _text(reminder.notes, "notes"))
    return _calendar(todo)


def describe_event(event: Event, calendar: str) -> str:
    when = f"{event.start:%Y-%m-%d %H:%M}-{event.end:%H:%M}" if event.start.date() == event.end.date() \
        else f"{event.start:%Y-%m-%d %H:%M} to {event.end:%Y-%m-%d %H:%M}"
    count = len(event.invitees)
    guests = f" with {count} invitee{'s' if count != 1 else ''}" if count else ""
    return f"Event '{stored_text(event.title)}' on {when} in calendar '{calendar}'{guests}"


def describe_reminder(reminder: Reminder, list_name: str) -> str:
    if reminder.due is None:
        due = ""
    elif reminder.all_day:
        due = f" for {reminder.due:%Y-%m-%d}"
    else:
        due = f" due {reminder.due:%Y-%m-%d %H:%M}"
    return f"Reminder '{stored_text(reminder.name)}'{due} in list '{list_name}'"


def created(description: str) -> str:
    """The undo journal's line for a new item: "Event 'x' ..." -> "Created event 'x' ..."."""
    return f"Created {description[0].lower()}{description[1:]}"

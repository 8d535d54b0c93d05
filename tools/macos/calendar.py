"""Calendar.app events and Reminders.app reminders: create, read, delete events, mark reminders done, with undo
(delete what was created, make deleted events again, reopen a completed reminder).

Deleting and completing check in the script that the item still has the title (and start) it was read with,
so an item edited meanwhile is left alone. Undo of a deletion makes the event again from its saved title,
times, place, notes and calendar (a new item with a new uid; attendees and the all-day flag are not kept).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tools.backends import Event, FoundEvent, OpenReminder, Reminder, ToolError
from tools.linux.ical_read import describe_found, overlaps
from tools.macos.osascript import FIELD, joined_lines, records, run_script
from tools.macos.scripts import (
    CALENDAR_CREATE_EVENT,
    CALENDAR_DELETE_EVENT,
    CALENDAR_DELETE_EVENTS,
    CALENDAR_EVENTS_BETWEEN,
    REMINDERS_CREATE,
    REMINDERS_DELETE,
    REMINDERS_OPEN,
    REMINDERS_SET_DONE,
)
from tools.undo import UndoJournal

log = logging.getLogger(__name__)

DELETE_EVENT = "macos.calendar.delete"
RESTORE_EVENTS = "macos.calendar.restore"
DELETE_REMINDER = "macos.reminders.delete"
REOPEN_REMINDER = "macos.reminders.reopen"
_ISO = "%Y-%m-%d %H:%M:%S"


def date_arguments(moment: datetime) -> list[str]:
    """Year, month, day and seconds since midnight: the parts makeDate() builds an AppleScript date from."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return [str(moment.year), str(moment.month), str(moment.day), str(seconds)]


def script_time(text: str) -> datetime:
    """A time as the scripts' isoDate writes it (local wall-clock time)."""
    return datetime.strptime(text, _ISO)


def _found_event(fields: list[str]) -> FoundEvent | None:
    """One CALENDAR_EVENTS_BETWEEN record, or None (logged) if it is not one."""
    try:
        uid, calendar, title, start, end, location, attendees, _ = fields
        return FoundEvent(title=title, start=script_time(start), end=script_time(end), location=location,
                          attendees=tuple(a for a in attendees.splitlines() if a), calendar=calendar, ref=uid)
    except ValueError:
        log.warning("Skipping an event Calendar described as %r", fields)
        return None


def _open_reminder(fields: list[str]) -> OpenReminder | None:
    try:
        reminder_id, name, due, list_name = fields
        return OpenReminder(name=name, due=script_time(due) if due else None, list_name=list_name, ref=reminder_id)
    except ValueError:
        log.warning("Skipping a reminder Reminders described as %r", fields)
        return None


def _two_fields(output: str, app: str) -> tuple[str, str]:
    first, _, second = output.partition(FIELD)
    if not first:
        raise ToolError(f"{app} did not say what it created.")
    return first, second


class AppleCalendar:
    def __init__(self, journal: UndoJournal) -> None:
        self.journal = journal
        journal.register(DELETE_EVENT, self._delete)
        journal.register(RESTORE_EVENTS, self._restore)

    def create_event(self, event: Event) -> str:
        if event.end <= event.start:
            raise ToolError("The event must end after it starts.", fixable=True)
        arguments = [event.title, *date_arguments(event.start), *date_arguments(event.end), event.location,
                     event.notes, event.calendar, joined_lines(event.invitees, what="Invitee")]
        uid, calendar = _two_fields(run_script(CALENDAR_CREATE_EVENT, arguments, app="Calendar"), "Calendar")
        when = event.start.strftime("%Y-%m-%d %H:%M")
        self.journal.record(DELETE_EVENT, f"Created the event {event.title!r} on {when} in {calendar}",
                            {"uid": uid, "calendar": calendar})
        return f"Created the event {event.title!r} on {when} in the calendar {calendar}."

    def _delete(self, payload: dict[str, Any]) -> str:
        run_script(CALENDAR_DELETE_EVENT, [payload["uid"], payload["calendar"]], app="Calendar")
        return f"Deleted the event from the calendar {payload['calendar']}."

    def events_between(self, start: datetime, end: datetime) -> list[FoundEvent]:
        """The events overlapping [start, end) in every calendar. Calendar's `whose` clause sees a repeating
        event's first occurrence only, so later occurrences of a repeating event are not listed."""
        output = run_script(CALENDAR_EVENTS_BETWEEN, [*date_arguments(start), *date_arguments(end)], app="Calendar")
        found = [_found_event(fields) for fields in records(output)]
        return [e for e in found if e is not None and overlaps(e.start, e.end, start, end)]

    def delete_events(self, events: Sequence[FoundEvent]) -> str:
        """Delete exactly these events in one script, which checks them all before deleting any."""
        if not events:
            return "No events to delete."
        chosen = list({e.ref: e for e in events}.values())
        arguments = [a for e in chosen for a in (e.ref, e.calendar, e.title, *date_arguments(e.start))]
        saved = records(run_script(CALENDAR_DELETE_EVENTS, arguments, app="Calendar"))
        names = ", ".join(describe_found(e) for e in chosen)
        count = f"{len(chosen)} event{'s' if len(chosen) != 1 else ''}"
        self.journal.record(RESTORE_EVENTS, f"Deleted {count}: {names}", {"events": saved})
        return f"Deleted {count}: {names}."

    def _restore(self, payload: dict[str, Any]) -> str:
        for title, start, end, location, notes, calendar in payload["events"]:
            arguments = [title, *date_arguments(script_time(start)), *date_arguments(script_time(end)), location,
                         notes, calendar, ""]
            run_script(CALENDAR_CREATE_EVENT, arguments, app="Calendar")
        count = len(payload["events"])
        return f"Made the {count} deleted event{'s' if count != 1 else ''} again in Calendar."


class AppleReminders:
    def __init__(self, journal: UndoJournal) -> None:
        self.journal = journal
        journal.register(DELETE_REMINDER, self._delete)
        journal.register(REOPEN_REMINDER, self._reopen)

    def create_reminder(self, reminder: Reminder) -> str:
        if not 0 <= reminder.priority <= 9:
            raise ToolError("priority must be 0 (none), 1 (high), 5 (medium) or 9 (low).", fixable=True)
        due = date_arguments(reminder.due) if reminder.due else ["", "", "", ""]
        arguments = [reminder.name, *due, "1" if reminder.all_day else "", reminder.notes, reminder.list_name,
                     str(reminder.priority)]
        reminder_id, list_name = _two_fields(run_script(REMINDERS_CREATE, arguments, app="Reminders"), "Reminders")
        self.journal.record(DELETE_REMINDER, f"Created the reminder {reminder.name!r} in {list_name}",
                            {"id": reminder_id})
        due_text = f", due {reminder.due:%Y-%m-%d %H:%M}" if reminder.due else ""
        return f"Created the reminder {reminder.name!r} in the list {list_name}{due_text}."

    def _delete(self, payload: dict[str, Any]) -> str:
        run_script(REMINDERS_DELETE, [payload["id"]], app="Reminders")
        return "Deleted the reminder."

    def open_reminders(self, list_name: str) -> list[OpenReminder]:
        """The reminders not completed in the list called `list_name` (any case) or in every list."""
        output = run_script(REMINDERS_OPEN, [list_name.strip()], app="Reminders")
        return [r for r in (_open_reminder(fields) for fields in records(output)) if r is not None]

    def complete(self, reminder: OpenReminder) -> str:
        run_script(REMINDERS_SET_DONE, [reminder.ref, "1", reminder.name], app="Reminders")
        where = f" in the list {reminder.list_name}" if reminder.list_name else ""
        self.journal.record(REOPEN_REMINDER, f"Marked the reminder {reminder.name!r}{where} as done",
                            {"id": reminder.ref, "name": reminder.name})
        return f"Marked the reminder {reminder.name!r}{where} as done."

    def _reopen(self, payload: dict[str, Any]) -> str:
        run_script(REMINDERS_SET_DONE, [payload["id"], "", payload["name"]], app="Reminders")
        return f"Reopened the reminder {payload['name']!r}."

"""Calendar.app events and Reminders.app reminders, with undo (delete what was created)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tools.backends import Event, Reminder, ToolError
from tools.macos.osascript import FIELD, joined_lines, run_script
from tools.macos.scripts import (
    CALENDAR_CREATE_EVENT,
    CALENDAR_DELETE_EVENT,
    REMINDERS_CREATE,
    REMINDERS_DELETE,
)
from tools.undo import UndoJournal

DELETE_EVENT = "macos.calendar.delete"
DELETE_REMINDER = "macos.reminders.delete"


def date_arguments(moment: datetime) -> list[str]:
    """Year, month, day and seconds since midnight: the parts makeDate() builds an AppleScript date from."""
    seconds = moment.hour * 3600 + moment.minute * 60 + moment.second
    return [str(moment.year), str(moment.month), str(moment.day), str(seconds)]


def _two_fields(output: str, app: str) -> tuple[str, str]:
    first, _, second = output.partition(FIELD)
    if not first:
        raise ToolError(f"{app} did not say what it created.")
    return first, second


class AppleCalendar:
    def __init__(self, journal: UndoJournal) -> None:
        self.journal = journal
        journal.register(DELETE_EVENT, self._delete)

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


class AppleReminders:
    def __init__(self, journal: UndoJournal) -> None:
        self.journal = journal
        journal.register(DELETE_REMINDER, self._delete)

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

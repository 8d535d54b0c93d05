"""Reading events and reminders out of iCalendar data, shared by the vdir and CalDAV backends: the occurrences
of events in a range (repeating events expanded with recurring_ical_events), open to-dos, and marking one done.

Times come back as local naive datetimes, the planner's clock: floating times as written (tools/linux/ical.py
writes them so), times with a zone converted to the local zone, and dates as midnight, so an all-day event
runs from the midnight of its first day to the midnight after its last.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import recurring_ical_events
from icalendar import Calendar, Component

from tools.backends import FoundEvent, OpenReminder, ToolError

# The range is local time and an event may be in any zone: ask the expansion for a day more on each side,
# then keep what overlaps once converted.
_SLACK = timedelta(days=1)
_CLOSED = frozenset({"COMPLETED", "CANCELLED"})


def parse(data: bytes | str) -> Calendar:
    """One iCalendar object; ValueError if the data is not one."""
    calendar = Calendar.from_ical(data)
    if not isinstance(calendar, Calendar):
        raise ValueError("not a VCALENDAR object")
    return calendar


def canonical(data: bytes | str) -> bytes:
    """The object as icalendar writes it, so two copies of one item compare equal whatever their line endings
    and folding (a server may send an item's text slightly differently in a search and in a GET)."""
    return parse(data).to_ical()


def local_time(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    return datetime.combine(value, time())


def overlaps(first: datetime, last: datetime, start: datetime, end: datetime) -> bool:
    """Whether [first, last) overlaps [start, end); an event without length counts when it starts inside."""
    if last <= first:
        return start <= first < end
    return first < end and last > start


def events_in(calendar: Calendar, start: datetime, end: datetime, calendar_name: str, ref: str) -> list[FoundEvent]:
    """Every occurrence of the object's events that overlaps [start, end); a ValueError if the object is broken
    (a bad time or recurrence rule, an event without a start)."""
    if not repeats(calendar):
        events = single_events(calendar, calendar_name, ref)
    else:
        try:
            occurrences = recurring_ical_events.of(calendar).between(start - _SLACK, end + _SLACK)
            events = [_found_event(occurrence, calendar_name, ref) for occurrence in occurrences]
        except KeyError as exc:
            raise ValueError(f"an event without {exc}") from exc
    return [e for e in events if overlaps(e.start, e.end, start, end)]


def single_events(calendar: Calendar, calendar_name: str, ref: str) -> list[FoundEvent]:
    """The events of an object that does not repeat, whatever their time (read directly: expanding a rule is
    many times slower, and a calendar is mostly single events)."""
    try:
        return [_found_event(component, calendar_name, ref) for component in calendar.walk("VEVENT")]
    except KeyError as exc:
        raise ValueError(f"an event without {exc}") from exc


def _found_event(component: Component, calendar_name: str, ref: str) -> FoundEvent:
    first = local_time(component.decoded("dtstart"))
    last = _end(component, first)
    return FoundEvent(title=_text(component, "summary"), start=first, end=last,
                      location=_text(component, "location"), attendees=_attendees(component),
                      calendar=calendar_name, ref=ref)


def _end(component: Component, first: datetime) -> datetime:
    """DTEND, else DTSTART + DURATION, else the whole day for an all-day event, else the start (RFC 5545 3.6.1)."""
    if "dtend" in component:
        return local_time(component.decoded("dtend"))
    if "duration" in component:
        return first + component.decoded("duration")
    if not isinstance(component.decoded("dtstart"), datetime):
        return first + timedelta(days=1)
    return first


def _text(component: Component, name: str) -> str:
    return str(component.get(name, "")).strip()


def _attendees(component: Component) -> tuple[str, ...]:
    value = component.get("attendee", [])
    return tuple(_person(address) for address in (value if isinstance(value, list) else [value]))


def _person(address: object) -> str:
    """"Ann Lee <ann@example.org>" from an ATTENDEE with a CN, else the bare address."""
    email = re.sub(r"^mailto:", "", str(address), flags=re.IGNORECASE)
    params = getattr(address, "params", {})
    name = str(params.get("CN", "")).strip()
    return f"{name} <{email}>" if name else email


def repeats(calendar: Calendar) -> bool:
    """Whether the object is a repeating event (a rule, extra dates or changed occurrences)."""
    events = calendar.walk("VEVENT")
    return len(events) > 1 or any("rrule" in e or "rdate" in e for e in events)


def describe_found(event: FoundEvent) -> str:
    return f"'{event.title}' on {event.start:%Y-%m-%d %H:%M}"


def _open_todo(calendar: Calendar) -> Component | None:
    """The object's to-do if it is still open (one item holds one to-do; a repeating one is read as a whole)."""
    todos = calendar.walk("VTODO")
    if not todos:
        return None
    todo = todos[0]
    status = str(todo.get("status", "")).strip().upper()
    return None if status in _CLOSED or "completed" in todo else todo


def holds_todo(calendar: Calendar) -> bool:
    return bool(calendar.walk("VTODO"))


def open_reminder(calendar: Calendar, list_name: str, ref: str) -> OpenReminder | None:
    """The object's to-do if it is open; a ValueError if its due time is broken."""
    todo = _open_todo(calendar)
    if todo is None:
        return None
    due = local_time(todo.decoded("due")) if "due" in todo else None
    return OpenReminder(name=_text(todo, "summary"), due=due, list_name=list_name, ref=ref)


def marked_done(calendar: Calendar, now: datetime) -> bytes:
    """The object with its to-do completed now (STATUS, COMPLETED, PERCENT-COMPLETE, LAST-MODIFIED)."""
    todo = _open_todo(calendar)
    if todo is None:
        raise ToolError("That reminder is already done.")
    for name in ("status", "completed", "percent-complete", "last-modified"):
        todo.pop(name, None)
    todo.add("status", "COMPLETED")
    todo.add("completed", now)
    todo.add("percent-complete", 100)
    todo.add("last-modified", now)
    return calendar.to_ical()


def without_occurrence(data: bytes | str, event: FoundEvent) -> bytes:
    """The repeating object with the one occurrence `event` names taken out, every other occurrence kept: the
    series gets an EXDATE for it (RFC 5545 3.8.5.1), and a copy of it changed on its own is dropped. A
    ToolError when the occurrence is no longer there."""
    calendar = parse(data)
    around = (event.start - _SLACK, event.end + _SLACK)
    try:
        occurrences = recurring_ical_events.of(calendar).between(*around)
    except KeyError as exc:
        raise ValueError(f"an event without {exc}") from exc
    found = [o for o in occurrences if local_time(o.decoded("dtstart")) == event.start
             and _text(o, "summary") == event.title]
    series = [c for c in calendar.walk("VEVENT") if "recurrence-id" not in c]
    if not found or not series:
        raise ToolError(f"The event {describe_found(event)} is no longer in the calendar, so nothing was deleted.")
    original = found[0].decoded("recurrence-id") if "recurrence-id" in found[0] else found[0].decoded("dtstart")
    calendar.subcomponents = [c for c in calendar.subcomponents
                              if not (c.name == "VEVENT" and "recurrence-id" in c
                                      and c.decoded("recurrence-id") == original)]
    series[0].add("exdate", original)
    return calendar.to_ical()


def count_events(number: int) -> str:
    return f"{number} event{'s' if number != 1 else ''}"


def deletion_summary(events: Sequence[FoundEvent], from_series: int) -> str:
    """What a deletion did: the events, and how many were dates taken out of a repeating series."""
    kept = f" ({count_events(from_series)} taken out of a repeating series; its other dates stay)" \
        if from_series else ""
    return f"Deleted {count_events(len(events))}: {', '.join(describe_found(e) for e in events)}{kept}."


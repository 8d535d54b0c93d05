"""Errand's seven tools beyond TinyAgent's 16 (COMPAT section 10): reading the calendar, mail and reminders,
removing events, reminders and note lines, and adding a contact.

Each removal has a `preview` with the same arguments: what the step would change, computed without changing
anything, so the approval view shows exactly the events, reminder or lines that will go. The removal itself
selects with the same functions (tools/matching.py) and deletes only what it selected; nothing matching means
nothing runs, and the observation says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tools.addresses import checked_address
from tools.backends import Backends, FoundEvent, MailQuery, OpenReminder, ToolError
from tools.listing import emails_listing, event_line, events_listing, reminders_listing
from tools.matching import best_reminder, matching_events, matching_lines, note_items
from tools.normalize import optional_date
from tools.spec import Preview, tool

DEFAULT_READ_SPAN = timedelta(days=7)
_PHONE_CHARS = frozenset("+0123456789 ()-.")


def date_range(start_date: str, end_date: str) -> tuple[datetime, datetime]:
    """[start, end) from the planner's strings: an empty start is now, an empty end a week after the start
    (COMPAT section 10: no time given means now to now + 7 days)."""
    start = optional_date(start_date, field_name="start_date") or datetime.now().replace(second=0, microsecond=0)
    end = optional_date(end_date, field_name="end_date") or start + DEFAULT_READ_SPAN
    if end <= start:
        raise ToolError(f"end_date {end_date!r} is not after start_date {start_date!r}.", fixable=True)
    return start, end


def _events(backends: Backends, start_date: str, end_date: str, query: str) -> tuple[list[FoundEvent], datetime,
                                                                                       datetime]:
    start, end = date_range(start_date, end_date)
    return matching_events(backends.calendar.events_between(start, end), query), start, end


@tool(app="calendar", side_effects=False, args=[("start_date", "str"), ("end_date", "str"), ("query", "str")],
      description=[
          "Lists the calendar events between start_date and end_date (YYYY-MM-DD HH:MM:SS) in time order.",
          "query filters by words in the title, place or attendees; an empty query lists every event.",
      ])
def get_calendar_events(backends: Backends, start_date: str, end_date: str, query: str) -> str:
    events, start, end = _events(backends, start_date, end_date, query)
    return events_listing(events, start, end, query)


def _deletion_preview(backends: Backends, query: str, start_date: str, end_date: str) -> Preview:
    events, start, end = _events(backends, start_date, end_date, query)
    if not events:
        return Preview(f"No event matches {query!r} from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}: "
                       "nothing to delete.", changes=False)
    return Preview(f"Will delete {len(events)} event{'s' if len(events) != 1 else ''}:\n"
                   + "\n".join(event_line(e) for e in events), events=tuple(events))


@tool(app="calendar", side_effects=True, confirms=True, preview=_deletion_preview,
      args=[("query", "str"), ("start_date", "str"), ("end_date", "str")], description=[
          "Deletes the calendar events between start_date and end_date whose title, place or attendees match query.",
          "Use it to cancel, delete or remove events; the user sees the matching events before anything goes.",
      ])
def delete_calendar_event(backends: Backends, query: str, start_date: str, end_date: str) -> str:
    events, start, end = _events(backends, start_date, end_date, query)
    if not events:
        return f"No event matches {query!r} from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}; nothing was deleted."
    return backends.calendar.delete_events(events)


@tool(app="mail", side_effects=False, args=[
    ("sender", "str"), ("query", "str"), ("since", "str"), ("unread_only", "bool")], description=[
    "Finds the newest emails (at most 10) from sender (a name or an address, '' for anyone) containing query.",
    "since is YYYY-MM-DD HH:MM:SS or ''; unread_only is True for new or unread mail.",
])
def find_emails(backends: Backends, sender: str, query: str, since: str, unread_only: bool) -> str:
    after = optional_date(since, field_name="since")
    found = backends.mail.find(MailQuery(sender.strip(), query.strip(), after, bool(unread_only)))
    parts = [("unread" if unread_only else "")]
    parts += [f"from {sender.strip()}" if sender.strip() else "", f"about {query.strip()!r}" if query.strip() else "",
              f"since {after:%Y-%m-%d %H:%M}" if after else ""]
    return emails_listing(found, " ".join(p for p in parts if p) or "in the inbox")


@tool(app="reminders", side_effects=False, args=[("due_before", "str"), ("list_name", "str")], description=[
    "Lists the open reminders due before due_before (YYYY-MM-DD HH:MM:SS, '' for all) in list_name ('' for all).",
])
def get_reminders(backends: Backends, due_before: str, list_name: str) -> str:
    before = optional_date(due_before, field_name="due_before")
    reminders = backends.reminders.open_reminders(list_name.strip())
    if before is not None:
        reminders = [r for r in reminders if r.due is not None and r.due < before]
    ordered = sorted(reminders, key=lambda r: (r.due is None, r.due or datetime.max, r.name.casefold()))
    return reminders_listing(ordered, before, list_name)


def _chosen_reminder(backends: Backends, name: str) -> OpenReminder:
    return best_reminder(backends.reminders.open_reminders(""), name)


def _completion_preview(backends: Backends, name: str) -> Preview:
    reminder = _chosen_reminder(backends, name)
    due = f" (due {reminder.due:%Y-%m-%d %H:%M})" if reminder.due else ""
    return Preview(f"Will mark as done: {reminder.name}{due}" + (f" [{reminder.list_name}]" if reminder.list_name
                                                                else ""))


@tool(app="reminders", side_effects=True, confirms=True, preview=_completion_preview, args=[("name", "str")],
      description=["Marks the open reminder best matching name as done."])
def complete_reminder(backends: Backends, name: str) -> str:
    return backends.reminders.complete(_chosen_reminder(backends, name))


def _lines_to_remove(backends: Backends, name: str, content: str, folder: str) -> tuple[list[str], list[str]]:
    items = note_items(content)
    if not items:
        raise ToolError("Say which items to remove from the note.", fixable=True)
    return matching_lines(backends.notes.open(name, folder), items)


def _removal_preview(backends: Backends, name: str, content: str, folder: str) -> Preview:
    lines, missing = _lines_to_remove(backends, name, content, folder)
    absent = f"\nNot in the note: {', '.join(missing)}." if missing else ""
    if not lines:
        return Preview(f"Nothing in the note {name!r} matches {content!r}: nothing to remove.{absent}", changes=False)
    return Preview(f"Will remove from the note {name!r}:\n" + "\n".join(f"- {line.strip()}" for line in lines)
                   + absent)


@tool(app="notes", side_effects=True, confirms=True, preview=_removal_preview,
      args=[("name", "str"), ("content", "str"), ("folder", "str")], description=[
          "Removes the lines (list items) of a note that match content; several items are separated by commas.",
          "folder may be empty to search every folder.",
      ])
def remove_note_content(backends: Backends, name: str, content: str, folder: str) -> str:
    lines, missing = _lines_to_remove(backends, name, content, folder)
    if not lines:
        raise ToolError(f"Nothing in the note {name!r} matches {content!r}; nothing was removed.", fixable=True)
    done = backends.notes.remove_lines(name, folder, lines)
    return done + (f" Not in the note, so not removed: {', '.join(missing)}." if missing else "")


def _checked_phone(phone: str) -> str:
    text = phone.strip()
    if text and (not set(text) <= _PHONE_CHARS or sum(c.isdigit() for c in text) < 3):
        raise ToolError(f"{phone!r} is not a phone number.", fixable=True)
    return text


@tool(app="contacts", side_effects=True, confirms=True, args=[("name", "str"), ("email", "str"), ("phone", "str")],
      description=[
          "Creates a contact, or adds the email address or phone number to the existing contact of that name.",
          "email and phone may be empty strings.",
      ])
def add_contact(backends: Backends, name: str, email: str, phone: str) -> str:
    person = " ".join(name.split())
    if not person or any(ord(c) < 32 for c in name.replace("\n", " ")):
        raise ToolError(f"{name[:80]!r} is not a contact name.", fixable=True)
    address = checked_address(email) if email.strip() else ""
    number = _checked_phone(phone)
    if not address and not number and person.casefold() in {n.casefold() for n in backends.contacts.names()}:
        raise ToolError(f"{person} is already a contact; give an email address or phone number to add.",
                        fixable=True)
    return backends.contacts.add_contact(person, address, number)

"""What a read tool returns: the observation text the planner reads, carrying the items it was written from.

A `Listing` is a `str` (tools return strings, COMPAT section 2), so it flows through plans, `$k` and the
history like any observation; in the process that ran the tool it also keeps the items and the range that
was asked for, so the answer shown to the user (agent/running/answers.py) is rendered from exactly the facts
the tool read and never from text the planner wrote.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tools.backends import FoundEmail, FoundEvent, OpenReminder

_MINUTE = "%Y-%m-%d %H:%M"


class Listing(str):
    """An observation text with the items it lists (`kind`: "events", "emails" or "reminders")."""

    kind: str
    items: tuple[Any, ...]
    start: datetime | None
    end: datetime | None
    query: str

    @classmethod
    def of(cls, text: str, kind: str, items: Sequence[Any], *, start: datetime | None = None,
           end: datetime | None = None, query: str = "") -> Listing:
        listing = cls(text)
        listing.kind, listing.items, listing.query = kind, tuple(items), query
        listing.start, listing.end = start, end
        return listing


def events_listing(events: Sequence[FoundEvent], start: datetime, end: datetime, query: str) -> Listing:
    what = f" matching {query!r}" if query.strip() else ""
    span = f"from {start:{_MINUTE}} to {end:{_MINUTE}}"
    if not events:
        text = f"No events{what} {span}."
    else:
        lines = [event_line(e) for e in events]
        count = f"{len(events)} event{'s' if len(events) != 1 else ''}"
        text = f"{count}{what} {span}:\n" + "\n".join(lines)
    return Listing.of(text, "events", events, start=start, end=end, query=query)


def event_line(event: FoundEvent) -> str:
    end = f"{event.end:%H:%M}" if event.end.date() == event.start.date() else f"{event.end:{_MINUTE}}"
    place = f" ({event.location})" if event.location else ""
    return f"- {event.start:{_MINUTE}} to {end}: {event.title}{place}"


def emails_listing(emails: Sequence[FoundEmail], description: str) -> Listing:
    if not emails:
        return Listing.of(f"No emails {description}.", "emails", emails, query=description)
    blocks = []
    for mail in emails:
        when = f"{mail.date:{_MINUTE}}" if mail.date else "no date"
        new = " (unread)" if mail.unread else ""
        first = " ".join(mail.first_lines.split())[:200]
        blocks.append(f"- {when} from {mail.sender}{new}: {mail.subject or '(no subject)'}"
                      + (f" - {first}" if first else ""))
    count = f"{len(emails)} email{'s' if len(emails) != 1 else ''}"
    return Listing.of(f"{count} {description}:\n" + "\n".join(blocks), "emails", emails, query=description)


def reminders_listing(reminders: Sequence[OpenReminder], due_before: datetime | None, list_name: str) -> Listing:
    where = f" in list {list_name!r}" if list_name.strip() else ""
    before = f" due before {due_before:{_MINUTE}}" if due_before else ""
    if not reminders:
        return Listing.of(f"No open reminders{where}{before}.", "reminders", reminders, end=due_before,
                          query=list_name)
    lines = [f"- {r.name}" + (f" (due {r.due:{_MINUTE}})" if r.due else "")
             + (f" [{r.list_name}]" if r.list_name and not list_name.strip() else "") for r in reminders]
    count = f"{len(reminders)} open reminder{'s' if len(reminders) != 1 else ''}"
    return Listing.of(f"{count}{where}{before}:\n" + "\n".join(lines), "reminders", reminders, end=due_before,
                      query=list_name)

"""The answer to a question, rendered from exactly what the read step found (a `tools.listing.Listing`).

    "Tomorrow, Tue 8 Dec: 09:00-09:30 Stand-up; 13:00-14:00 Lunch with Ann (Cafe Bleu)"

Every fact comes from the listing's items; dates and times are written by babel in the user's locale (the
platform's LC_TIME, else en_US), with "today", "tomorrow" or "yesterday" where they help. Nothing here asks a
model: a small planner is not a source of facts.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import groupby

from babel import Locale
from babel.dates import format_date, format_time

from agent.plans.sentences import user_locale
from tools.backends import FoundEmail, FoundEvent, OpenReminder
from tools.listing import Listing
from tools.spec import Preview

_NEAR_DAYS = (-1, 0, 1)


def preview_words(preview: Preview, *, today: date | None = None, locale: Locale | None = None) -> str:
    """A removal's preview for the approval view: the events it names with dates in the user's locale."""
    if not preview.events:
        return preview.text
    words = _Words(today or date.today(), locale or Locale.parse(user_locale()))
    count = len(preview.events)
    lines = [f"- {words.day(e.start.date())}, {words.event(e)}" for e in preview.events]
    return f"Will delete {count} event{'s' if count != 1 else ''}:\n" + "\n".join(lines)


def answer_for(observation: str, *, today: date | None = None, locale: Locale | None = None) -> str:
    """The words for one observation: a listing rendered for people, any other observation as it is."""
    if not isinstance(observation, Listing):
        return observation
    words = _Words(today or date.today(), locale or Locale.parse(user_locale()))
    if observation.kind == "events":
        return words.events(observation)
    if observation.kind == "emails":
        return words.emails(observation)
    if observation.kind == "reminders":
        return words.reminders(observation)
    return str(observation)


class _Words:
    def __init__(self, today: date, locale: Locale) -> None:
        self.today = today
        self.locale = locale
        # CLDR's words for yesterday, today and tomorrow in this locale (babel keeps them without a public name)
        relative = locale._data["date_fields"]["day"]["relative"]
        self.near = {offset: relative[offset] for offset in _NEAR_DAYS if offset in relative}

    def relative(self, day: date) -> str | None:
        return self.near.get((day - self.today).days)

    def short_date(self, day: date) -> str:
        pattern = "EEE d MMM" if day.year == self.today.year else "EEE d MMM y"
        return format_date(day, pattern, locale=self.locale)

    def day(self, day: date) -> str:
        """A heading: "Tomorrow, Tue 8 Dec" or "Wed 9 Dec"."""
        relative = self.relative(day)
        return f"{relative[:1].upper()}{relative[1:]}, {self.short_date(day)}" if relative else self.short_date(day)

    def clock(self, at: datetime | time) -> str:
        return format_time(at, "short", locale=self.locale)

    def moment(self, at: datetime) -> str:
        """Inside a sentence: "tomorrow, Tue 8 Dec, 09:00"."""
        relative = self.relative(at.date())
        day = f"{relative}, {self.short_date(at.date())}" if relative else self.short_date(at.date())
        return f"{day}, {self.clock(at)}"

    def span(self, listing: Listing) -> str:
        """The range asked about: "tomorrow, Tue 8 Dec", "from Mon 7 Dec to Sun 13 Dec", "at Mon 7 Dec, 14:00"."""
        start, end = listing.start, listing.end
        if start is None or end is None:
            return ""
        if start.time() == time() and end.time() == time():
            last = end.date() - timedelta(days=1)
            if last != start.date():
                return f"from {self.short_date(start.date())} to {self.short_date(last)}"
            relative = self.relative(start.date())
            return f"{relative}, {self.short_date(start.date())}" if relative else f"on {self.short_date(start.date())}"
        if end - start <= timedelta(minutes=1):
            return f"at {self.moment(start)}"
        return f"from {self.moment(start)} to {self.moment(end)}"

    def event(self, event: FoundEvent) -> str:
        place = f" ({_one_line(event.location)})" if event.location else ""
        if event.start.time() == time() and event.end.time() == time():
            when = "all day"
        elif event.end.date() == event.start.date():
            when = f"{self.clock(event.start)}-{self.clock(event.end)}"
        else:
            when = f"{self.clock(event.start)} to {self.moment(event.end)}"
        return f"{when} {_one_line(event.title)}{place}"

    def events(self, listing: Listing) -> str:
        events: list[FoundEvent] = list(listing.items)
        matching = f" matching '{listing.query}'" if listing.query.strip() else ""
        if not events:
            return f"Nothing{matching} on your calendar {self.span(listing)}".rstrip().rstrip(".") + "."
        days = [(day, list(group)) for day, group in groupby(events, key=lambda e: e.start.date())]
        parts = [f"{self.day(day)}: " + "; ".join(self.event(e) for e in group) for day, group in days]
        return "\n".join(parts)

    def emails(self, listing: Listing) -> str:
        mails: list[FoundEmail] = list(listing.items)
        if not mails:
            return f"No emails {listing.query}."
        count = f"{len(mails)} email{'s' if len(mails) != 1 else ''} {listing.query}"
        lines = []
        for mail in mails:
            when = self.moment(mail.date) if mail.date else "no date"
            lines.append(f"- {when}, {mail.sender}: {mail.subject or '(no subject)'}")
        return f"{count}:\n" + "\n".join(lines)

    def reminders(self, listing: Listing) -> str:
        reminders: list[OpenReminder] = list(listing.items)
        before = f" due before {self.moment(listing.end)}" if listing.end else ""
        where = f" in '{listing.query}'" if listing.query.strip() else ""
        if not reminders:
            return f"No open reminders{where}{before}."
        lines = [f"- {r.name}" + (f" (due {self.moment(r.due)})" if r.due else "") for r in reminders]
        count = f"{len(reminders)} open reminder{'s' if len(reminders) != 1 else ''}{where}{before}"
        return f"{count}:\n" + "\n".join(lines)


def _one_line(text: str) -> str:
    """A title with line breaks shown on one line, the breaks visible ("a ⏎ b"): a crafted title cannot pass
    for more events in a preview."""
    return " ⏎ ".join(part.strip() for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


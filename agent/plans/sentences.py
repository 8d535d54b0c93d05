"""Each step of a plan as a sentence a person can check before approving it.

    describe_plan(plan, now=now, locale="en_GB")
    # {1: "Look up Greg Chen's email address in Contacts",
    #  2: 'Email Greg Chen's email address (step 1) - subject "Q3 report"'}

Dates are written in the user's locale with the weekday (babel), with "today"/"tomorrow" where they help;
durations in words; a `$k` as what it stands for ("Greg Chen's email address, from step 1") or, once the step
has run, as its value. Values the app filled in are said ("no end time given: 1 hour"), and a time the request
did not state (`time_stated=False`) is marked, so the eye stops on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from babel import Locale, UnknownLocaleError, default_locale
from babel.dates import format_skeleton, format_time
from babel.units import format_unit

from agent.plans.plan import JOIN, Plan, Step, ref_indices

DEFAULT_EVENT_MINUTES = 60
_WHOLE_REF = re.compile(r"^\$\{?(\d+)\}?$")
TRANSPORT = {"w": "Walking", "r": "Transit"}  # anything else is driving (COMPAT section 1)


@dataclass(frozen=True)
class Wording:
    """How to word a plan: the clock and locale, what earlier steps returned, and whether the request gave
    the time of day."""

    now: datetime
    locale: str = ""
    observations: Mapping[int, str] | None = None
    time_stated: bool = True

    @property
    def babel_locale(self) -> str:
        return user_locale(self.locale)


def user_locale(wanted: str = "") -> str:
    """The user's locale as babel knows it (the platform's LANG / LC_* when none is set), else en_US."""
    for candidate in (wanted, default_locale("LC_TIME") or "", "en_US"):
        if not candidate:
            continue
        try:
            return str(Locale.parse(candidate.split(".")[0].replace("_POSIX", "")))
        except (UnknownLocaleError, ValueError):
            continue
    return "en_US"


def describe_plan(plan: Plan, *, now: datetime, locale: str = "", observations: Mapping[int, str] | None = None,
                  time_stated: bool = True) -> dict[int, str]:
    """Step number -> its sentence, in plan order (join left out)."""
    wording = Wording(now, user_locale(locale), observations, time_stated)
    steps = {step.index: step for step in plan.steps}
    return {step.index: describe_step(step, steps, wording) for step in plan.steps if step.tool != JOIN}


def describe_step(step: Step, steps: Mapping[int, Step], wording: Wording) -> str:
    sentence = _SENTENCES.get(step.tool)
    if sentence is None:
        return f"{step.tool}({', '.join(repr(a) for a in step.args)})"
    words = _Words(steps, wording)
    try:
        return sentence(words, *step.args)
    except TypeError:  # a wrong arity is for validation to report; show the call as written
        return step.render()


class _Words:
    """Values in words: references, names, dates, durations, lists."""

    def __init__(self, steps: Mapping[int, Step], wording: Wording) -> None:
        self.steps = steps
        self.wording = wording

    def value(self, value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return self.listed(value)
        text = str(value)
        whole = _WHOLE_REF.match(text.strip())
        if whole:
            return self.reference(int(whole.group(1)))
        return re.sub(r"\$\{?(\d+)\}?", lambda m: self.reference(int(m.group(1))), text) if ref_indices(text) \
            else text

    def quoted(self, value: Any) -> str:
        text = self.value(value)
        return f'"{text}"' if not ref_indices(str(value)) else text

    def listed(self, values: Sequence[Any]) -> str:
        words = [self.value(v) for v in values if str(v).strip()]
        if len(words) <= 1:
            return "".join(words)
        return ", ".join(words[:-1]) + " and " + words[-1]

    def reference(self, index: int) -> str:
        observations = self.wording.observations or {}
        if index in observations:
            return observations[index]
        step = self.steps.get(index)
        if step is None:
            return f"the result of step {index}"
        return f"{_RESULTS.get(step.tool, lambda s: f'the result of {s.tool}')(step)} (step {index})"

    def when(self, value: Any) -> str:
        text = str(value).strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return self.value(value) or "no date given"
        locale = self.wording.babel_locale
        day = format_skeleton("EEEdMMM", moment, locale=locale)
        relative = {0: "today", 1: "tomorrow"}.get((moment.date() - self.wording.now.date()).days)
        day = f"{relative}, {day}" if relative else day
        if moment.year != self.wording.now.year:
            day += f" {moment.year}"
        clock = format_time(moment, "short", locale=locale)
        if not self.wording.time_stated:
            clock += " (no time given)"
        return f"{day}, {clock}"

    def span(self, start: Any, end: Any) -> str:
        begin = self.when(start)
        try:
            first, last = datetime.fromisoformat(str(start).strip()), None
        except ValueError:
            return begin
        if not str(end).strip():
            return f"{begin} (no end time given: {self.duration(DEFAULT_EVENT_MINUTES)})"
        try:
            last = datetime.fromisoformat(str(end).strip())
        except ValueError:
            return f"{begin} to {self.value(end)}"
        if last.date() == first.date():
            return f"{begin}-{format_time(last, 'short', locale=self.wording.babel_locale)}"
        return f"{begin} to {self.when(end)}"

    def day(self, moment: datetime) -> str:
        day = format_skeleton("EEEdMMM", moment, locale=self.wording.babel_locale)
        relative = {0: "today", 1: "tomorrow"}.get((moment.date() - self.wording.now.date()).days)
        day = f"{relative}, {day}" if relative else day
        return f"{day} {moment.year}" if moment.year != self.wording.now.year else day

    def stretch(self, start: Any, end: Any) -> str:
        """A searched range: "tomorrow, Tue 8 Dec", "Mon 7 Dec to Sun 13 Dec", or from one moment to another."""
        try:
            first = datetime.fromisoformat(str(start).strip())
            last = datetime.fromisoformat(str(end).strip())
        except ValueError:  # one end not given (the tool's default) or not a date: each said on its own
            begin = self.when(start) if str(start).strip() else "now"
            finish = self.when(end) if str(end).strip() else "a week later"
            return f"from {begin} to {finish}"
        if first.time() == last.time() == datetime.min.time():
            if (last - first).days == 1:
                day = self.day(first)
                return day if day.startswith(("today", "tomorrow")) else f"on {day}"
            return f"from {self.day(first)} to {self.day(last - timedelta(days=1))}"
        return f"from {self.when(start)} to {self.when(end)}"

    def duration(self, minutes: Any) -> str:
        try:
            total = int(minutes)
        except (TypeError, ValueError):
            return self.value(minutes)
        hours, rest = divmod(max(total, 0), 60)
        locale = self.wording.babel_locale
        parts = ([format_unit(hours, "duration-hour", locale=locale)] if hours else []) + (
            [format_unit(rest, "duration-minute", locale=locale)] if rest or not hours else [])
        return " ".join(parts)


def _extra(label: str, value: str) -> str:
    return f" - {label} {value}" if value else ""


def _event(w: _Words, title: Any, start: Any, end: Any, location: Any, invitees: Any, notes: Any,
           calendar: Any) -> str:
    return (f"Event {w.quoted(title)} - {w.span(start, end)}{_extra('at', w.value(location))}"
            f"{_extra('invite', w.listed(invitees or []))}{_extra('in calendar', w.value(calendar))}")


def _reminder(w: _Words, name: Any, due: Any, notes: Any, list_name: Any, priority: Any, all_day: Any) -> str:
    if not str(due).strip():
        when = "no due date"
    elif all_day is True:
        when = w.when(due).rsplit(", ", 1)[0] + " (all day)"
    else:
        when = w.when(due)
    level = {1: "high", 5: "medium", 9: "low"}.get(priority if isinstance(priority, int) else 0)
    importance = f" - {level} priority" if level else ""
    return f"Reminder {w.quoted(name)} - {when}{importance}{_extra('in list', w.value(list_name))}"


def _email(w: _Words, recipients: Any, cc: Any, subject: Any, context: Any, attachments: Any) -> str:
    return (f"Email {w.listed(recipients or []) or 'nobody'}{_extra('cc', w.listed(cc or []))} - subject "
            f"{w.quoted(subject)}"
            f"{_extra('including', w.value(context))}{_extra('attach', w.listed(attachments or []))}")


def _reply(w: _Words, cc: Any, context: Any, attachments: Any) -> str:
    return (f"Reply to the current email{_extra('cc', w.listed(cc or []))}"
            f"{_extra('including', w.value(context))}{_extra('attach', w.listed(attachments or []))}")


def _forward(w: _Words, recipients: Any, cc: Any, context: Any, attachments: Any) -> str:
    return (f"Forward the current email to {w.listed(recipients or []) or 'nobody'}"
            f"{_extra('cc', w.listed(cc or []))}{_extra('attach', w.listed(attachments or []))}")


def _directions(w: _Words, start: Any, end: Any, transport: Any) -> str:
    mode = TRANSPORT.get(str(transport).strip().lower(), "Driving")
    return f"{mode} directions from {w.value(start) or 'here'} to {w.value(end)}"


def _zoom(w: _Words, topic: Any, start: Any, duration: Any, invitees: Any) -> str:
    return (f"Zoom meeting {w.quoted(topic)} - {w.when(start)}, {w.duration(duration)}"
            f"{_extra('invite', w.listed(invitees or []))}")


def _matching(w: _Words, query: Any) -> str:
    return f" matching {w.quoted(query)}" if str(query).strip() else ""


def _find_emails(w: _Words, sender: Any, query: Any, since: Any, unread_only: Any) -> str:
    return (f"Look for {'unread ' if unread_only is True else ''}emails"
            f"{_extra('from', w.value(sender)).replace(' - from', ' from')}"
            f"{_extra('about', w.quoted(query) if str(query).strip() else '').replace(' - about', ' about')}"
            f"{_extra('since', w.when(since) if str(since).strip() else '').replace(' - since', ' since')}")


def _get_reminders(w: _Words, due_before: Any, list_name: Any) -> str:
    due = f" due before {w.when(due_before)}" if str(due_before).strip() else ""
    return f"List your open reminders{due}{_extra('in list', w.value(list_name))}"


def _folder(w: _Words, folder: Any) -> str:
    return f" in the folder {w.quoted(folder)}" if str(folder).strip() else ""


_SENTENCES: dict[str, Callable[..., str]] = {
    "create_calendar_event": _event,
    "get_phone_number": lambda w, name: f"Look up {w.value(name)}'s phone number in Contacts",
    "get_email_address": lambda w, name: f"Look up {w.value(name)}'s email address in Contacts",
    "open_and_get_file_path": lambda w, name: f"Find and open the file {w.value(name)}",
    "summarize_pdf": lambda w, path: f"Summarise the PDF {w.value(path)}",
    "compose_new_email": _email,
    "reply_to_email": _reply,
    "forward_email": _forward,
    "maps_open_location": lambda w, place: f"Show {w.value(place)} on the map",
    "maps_show_directions": _directions,
    "create_note": lambda w, name, content, folder: (f"New note {w.quoted(name)}{_folder(w, folder)}"
                                                     f"{': ' + w.quoted(content) if str(content) else ''}"),
    "open_note": lambda w, name, folder: f"Open the note {w.quoted(name)}{_folder(w, folder)}",
    "append_note_content": lambda w, name, content, folder: (f"Add {w.quoted(content)} to the note "
                                                             f"{w.quoted(name)}{_folder(w, folder)}"),
    "create_reminder": _reminder,
    "send_sms": lambda w, recipients, message: f"Text {w.listed(recipients or []) or 'nobody'}: {w.quoted(message)}",
    "get_zoom_meeting_link": _zoom,
    "get_calendar_events": lambda w, start, end, query: (f"Look up your calendar events{_matching(w, query)} "
                                                         f"{w.stretch(start, end)}"),
    "delete_calendar_event": lambda w, query, start, end: (f"Delete the calendar events{_matching(w, query)} "
                                                           f"{w.stretch(start, end)}"),
    "find_emails": _find_emails,
    "get_reminders": _get_reminders,
    "complete_reminder": lambda w, name: f"Mark the reminder {w.quoted(name)} as done",
    "remove_note_content": lambda w, name, content, folder: (f"Remove {w.quoted(content)} from the note "
                                                             f"{w.quoted(name)}{_folder(w, folder)}"),
    "add_contact": lambda w, name, email, phone: (
        f"Add {w.quoted(name)} to Contacts{_extra('email', w.value(email))}{_extra('phone', w.value(phone))}"),
}

# What a step's result is, for a later step that uses it.
_RESULTS: dict[str, Callable[[Step], str]] = {
    "get_email_address": lambda s: f"{s.args[0]}'s email address" if s.args else "an email address",
    "get_phone_number": lambda s: f"{s.args[0]}'s phone number" if s.args else "a phone number",
    "open_and_get_file_path": lambda s: f"the file {s.args[0]}" if s.args else "the file",
    "summarize_pdf": lambda s: "the PDF's summary",
    "get_zoom_meeting_link": lambda s: "the Zoom link",
    "open_note": lambda s: f"the note \"{s.args[0]}\"" if s.args else "the note",
    "maps_open_location": lambda s: "the map link",
    "maps_show_directions": lambda s: "the directions link",
    "get_calendar_events": lambda s: "the calendar events found",
    "find_emails": lambda s: "the emails found",
    "get_reminders": lambda s: "the open reminders",
}

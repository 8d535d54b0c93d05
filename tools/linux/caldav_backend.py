"""Events and reminders on a CalDAV server (Nextcloud, Radicale, Fastmail...) through the `caldav` package.

The password comes from the keyring (service `errand-caldav`, account = the user name); a server that needs
none (e.g. Radicale with auth off) works without one. Every server failure becomes a ToolError that says what
to check; undo deletes the created object by its URL.

Reads remember each item's text; a deletion or completion first fetches the item again and acts only if it is
unchanged, then writes with If-Match on the ETag just fetched, so a change made meanwhile on another device is
never overwritten. Undo of a deletion puts the saved text back at the same URL (If-None-Match: *), undo of a
completion puts the previous text back if the item is still as Errand left it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import caldav
from caldav.lib import error as dav_error
from caldav.lib.http_sync import requests as http
from lxml import etree

from tools.backends import Event, FoundEvent, OpenReminder, Reminder, ToolError
from tools.linux.ical import (
    created,
    describe_event,
    describe_reminder,
    event_ical,
    new_uid,
    reminder_ical,
)
from tools.linux.ical_read import (
    canonical,
    count_events,
    deletion_summary,
    describe_found,
    events_in,
    marked_done,
    open_reminder,
    parse,
    repeats,
    without_occurrence,
)
from tools.secrets import SecretStore
from tools.undo import UndoError, UndoJournal

log = logging.getLogger(__name__)

SECRET_SERVICE = "errand-caldav"
TIMEOUT_SECONDS = 15
# Servers compare floating times in their own zone: ask for a day more on each side, then filter locally.
_SEARCH_SLACK = timedelta(days=1)
_ICALENDAR = "text/calendar; charset=utf-8"


class CalDavAccount:
    """A lazily opened connection to one CalDAV account, with errors translated for the user."""

    def __init__(self, url: str, user: str, secrets: SecretStore) -> None:
        if not url.strip():
            raise ToolError("CalDAV is selected but no server URL is set: add it in settings (calendar).")
        self.url = url.strip()
        self.user = user.strip()
        self.secrets = secrets
        self._principal: Any = None

    def client(self) -> Any:  # a caldav.DAVClient
        password = self.secrets.get(SECRET_SERVICE, self.user) if self.user else None
        client: Any = caldav.DAVClient  # typed by the package as a module attribute, not a class
        return client(
            self.url, username=self.user or None, password=password, timeout=TIMEOUT_SECONDS,
            enable_rfc6764=False,
        )

    @contextmanager
    def errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except dav_error.AuthorizationError as exc:
            raise ToolError(
                f"The CalDAV server {self.url} refused the login for user {self.user or '(none)'} while trying to "
                f"{action}: check the user name in settings and the password in the keyring "
                f"(service {SECRET_SERVICE})."
            ) from exc
        except dav_error.DAVError as exc:
            raise ToolError(f"The CalDAV server {self.url} failed to {action}: {exc}") from exc
        except (TimeoutError, http.exceptions.Timeout) as exc:
            raise ToolError(
                f"The CalDAV server {self.url} did not answer within {TIMEOUT_SECONDS:g} seconds when asked to "
                f"{action}. Check that it is running and responding, then try again."
            ) from exc
        except OSError as exc:
            raise ToolError(
                f"Cannot reach the CalDAV server {self.url} to {action} ({type(exc).__name__}). "
                "Check that it is running and that the URL in settings is right."
            ) from exc
        except (AttributeError, IndexError, KeyError, TypeError, ValueError, etree.LxmlError) as exc:
            # What the caldav package raises when an answer is not the WebDAV XML it expects.
            log.warning("Unreadable answer from the CalDAV server %s", self.url, exc_info=True)
            raise ToolError(
                f"The CalDAV server {self.url} gave an answer Errand cannot read when asked to {action}. "
                "Check that the URL in settings is your calendar server's CalDAV address."
            ) from exc

    def calendars(self, component: str) -> list[Any]:
        with self.errors("list the calendars"):
            if self._principal is None:
                self._principal = self.client().principal()
            found = self._principal.calendars()
            return [c for c in found if component in (c.get_supported_components() or [component])]

    def find(self, name: str, default: str, component: str) -> Any:
        calendars = self.calendars(component)
        kind = "calendar" if component == "VEVENT" else "reminders list"
        if not calendars:
            raise ToolError(f"The CalDAV account {self.user}@{self.url} has no {kind}; create one on the server.")
        wanted = (name.strip() or default.strip()).casefold()
        with self.errors("read the calendar names"):
            named = {(c.get_display_name() or "").casefold(): c for c in calendars}
        if wanted in named:
            return named[wanted]
        if not name.strip():
            return calendars[0]
        names = ", ".join(sorted(k for k in named if k))
        raise ToolError(f"There is no {kind} called {name!r} on the CalDAV server; it has: {names}.", fixable=True)

    def delete(self, url: str, etag: str) -> None:
        """Delete `url` only if it is unchanged since Errand saved it (If-Match on its ETag)."""
        headers = {"If-Match": etag} if etag else {}
        with self.errors("delete the item"):
            status = self.client().request(url, "DELETE", "", headers).status
        if status == 412:
            raise UndoError(f"Cannot undo: {url} was changed on the server after Errand saved it, so it was left.")
        if status == 404:
            raise UndoError(f"Cannot undo: {url} no longer exists on the server.")
        if status not in (200, 204):
            raise UndoError(f"The CalDAV server did not delete {url} (status {status}).")

    def fetch(self, url: str, what: str) -> tuple[str, str]:
        """An item's current text and ETag; a ToolError if it is gone."""
        with self.errors(f"read {what}"):
            response = self.client().request(url, "GET", "", {})
        if response.status == 404:
            raise ToolError(f"{what.capitalize()} is no longer on the CalDAV server; nothing was changed.")
        if response.status != 200:
            raise ToolError(f"The CalDAV server did not return {what} (status {response.status}).")
        return str(response.raw), str(response.headers.get("ETag", ""))

    def put(self, url: str, text: str, condition: dict[str, str], what: str) -> int:
        """PUT `text` under the given If-Match / If-None-Match condition; the HTTP status."""
        with self.errors(f"save {what}"):
            return int(self.client().request(url, "PUT", text, {"Content-Type": _ICALENDAR, **condition}).status)

    def remove(self, url: str, etag: str, what: str) -> None:
        """Delete an item the user asked to delete, only if its ETag is still `etag`."""
        with self.errors(f"delete {what}"):
            status = self.client().request(url, "DELETE", "", {"If-Match": etag} if etag else {}).status
        if status == 412:
            raise ToolError(f"{what.capitalize()} was changed on the server just now, so it was not deleted.")
        if status not in (200, 204, 404):
            raise ToolError(f"The CalDAV server did not delete {what} (status {status}).")


def _unchanged(account: CalDavAccount, seen: dict[str, bytes], url: str, what: str) -> tuple[str, str]:
    """The item's text and ETag, provided it is as the last read found it."""
    text, etag = account.fetch(url, what)
    try:
        same = canonical(text) == seen.get(url)
    except ValueError:
        same = False
    if not same:
        raise ToolError(f"{what.capitalize()} was changed since Errand read it; nothing was changed. "
                        "Ask again to see it as it is now.")
    return text, etag


class CalDavCalendar:
    UNDO_KIND = "caldav.event.delete"
    RESTORE_KIND = "caldav.event.restore"
    SERIES_KIND = "caldav.event.series.restore"

    def __init__(self, account: CalDavAccount, default_calendar: str, journal: UndoJournal) -> None:
        self.account = account
        self.default_calendar = default_calendar
        self.journal = journal
        self._seen: dict[str, bytes] = {}  # item URL -> its canonical text when last read
        journal.register(self.UNDO_KIND, _deleter(account))
        journal.register(self.RESTORE_KIND, _restorer(account))
        journal.register(self.SERIES_KIND, _put_back(account, "repeating event", "took the date out",
                                                     "Put the date back into"))

    def create_event(self, event: Event) -> str:
        calendar = self.account.find(event.calendar, self.default_calendar, "VEVENT")
        uid = new_uid()
        with self.account.errors("create the event"):
            saved = calendar.add_event(event_ical(event, uid).decode("utf-8"))
            label = calendar.get_display_name() or self.default_calendar
        description = describe_event(event, label)
        self.journal.record(self.UNDO_KIND, created(description), _undo_payload(saved))
        return f"{description} created."

    def events_between(self, start: datetime, end: datetime) -> list[FoundEvent]:
        """Every occurrence overlapping [start, end) in every event calendar of the account (a time-range
        REPORT, repeating events expanded here from the stored object, so `ref` is the object's URL)."""
        found: list[FoundEvent] = []
        for calendar in self.account.calendars("VEVENT"):
            with self.account.errors("read the events"):
                label = calendar.get_display_name() or ""
                objects = calendar.search(start=start - _SEARCH_SLACK, end=end + _SEARCH_SLACK, event=True)
            for obj in objects:
                found += self._occurrences(obj, start, end, label)
        return found

    def _occurrences(self, obj: Any, start: datetime, end: datetime, label: str) -> list[FoundEvent]:
        url = str(obj.url)
        try:
            events = events_in(parse(obj.data), start, end, label, url)
            self._seen[url] = canonical(obj.data)
        except ValueError as exc:
            log.warning("Skipping unreadable CalDAV item %s: %s", url, exc)
            return []
        return events

    def delete_events(self, events: Sequence[FoundEvent]) -> str:
        """Delete exactly these events, all or none, each unchanged since it was read: a single event's object is
        removed; an occurrence of a repeating one is excluded from its series (EXDATE), the others stay."""
        if not events:
            return "No events to delete."
        grouped: dict[str, list[FoundEvent]] = {}
        for event in events:
            grouped.setdefault(event.ref, []).append(event)
        changes = [(url, *self._change(url, chosen)) for url, chosen in grouped.items()]  # checked before any
        deleted: list[dict[str, str]] = []
        try:
            for url, text, etag, replacement in changes:
                what = f"the event {describe_found(grouped[url][0])}"
                if replacement is None:
                    self.account.remove(url, etag, what)
                    deleted.append({"url": url, "data": text})
                else:
                    self._exclude(url, text, etag, replacement, grouped[url])
        finally:
            if deleted:
                names = ", ".join(describe_found(e) for item in deleted for e in grouped[item["url"]])
                self.journal.record(self.RESTORE_KIND, f"Deleted {count_events(len(deleted))}: {names}",
                                    {"items": deleted})
        return deletion_summary(events, sum(len(grouped[url]) for url, _, _, replacement in changes
                                            if replacement is not None))

    def _change(self, url: str, events: list[FoundEvent]) -> tuple[str, str, str | None]:
        """The object's text and ETag now, and what it becomes: None (it goes) or the series without these dates."""
        what = f"the event {describe_found(events[0])}"
        text, etag = _unchanged(self.account, self._seen, url, what)
        if not repeats(parse(text)):
            return text, etag, None
        replacement = text
        try:
            for event in events:
                replacement = without_occurrence(replacement, event).decode("utf-8")
        except ValueError as exc:
            raise ToolError(f"{what.capitalize()} cannot be read ({exc}); nothing was deleted.") from exc
        return text, etag, replacement

    def _exclude(self, url: str, text: str, etag: str, replacement: str, events: list[FoundEvent]) -> None:
        what = f"the event {describe_found(events[0])}"
        status = self.account.put(url, replacement, {"If-Match": etag} if etag else {}, what)
        if status == 412:
            raise ToolError(f"{what.capitalize()} was changed on the server just now, so it was left.")
        if status not in (200, 201, 204):
            raise ToolError(f"The CalDAV server did not save {what} without that date (status {status}).")
        names = ", ".join(describe_found(e) for e in events)
        self.journal.record(self.SERIES_KIND, f"Deleted {count_events(len(events))} of a repeating series: {names}",
                            {"url": url, "previous": text, "done": replacement})


class CalDavReminders:
    UNDO_KIND = "caldav.todo.delete"
    REOPEN_KIND = "caldav.todo.reopen"

    def __init__(self, account: CalDavAccount, default_list: str, journal: UndoJournal) -> None:
        self.account = account
        self.default_list = default_list
        self.journal = journal
        self._seen: dict[str, bytes] = {}  # item URL -> its canonical text when last read
        journal.register(self.UNDO_KIND, _deleter(account))
        journal.register(self.REOPEN_KIND, _put_back(account, "reminder", "marked it done", "Reopened"))

    def create_reminder(self, reminder: Reminder) -> str:
        calendar = self.account.find(reminder.list_name, self.default_list, "VTODO")
        uid = new_uid()
        with self.account.errors("create the reminder"):
            saved = calendar.add_todo(reminder_ical(reminder, uid).decode("utf-8"))
            label = calendar.get_display_name() or self.default_list
        description = describe_reminder(reminder, label)
        self.journal.record(self.UNDO_KIND, created(description), _undo_payload(saved))
        return f"{description} created."

    def open_reminders(self, list_name: str) -> list[OpenReminder]:
        """The open to-dos of the list called `list_name` (any case), or of every to-do list of the account."""
        found: list[OpenReminder] = []
        for calendar, label in self._lists(list_name):
            with self.account.errors("read the reminders"):
                todos = calendar.todos(include_completed=False)
            for obj in todos:
                found += self._open(obj, label)
        return found

    def _lists(self, list_name: str) -> list[tuple[Any, str]]:
        with self.account.errors("read the list names"):
            lists = [(c, c.get_display_name() or "") for c in self.account.calendars("VTODO")]
        wanted = list_name.strip().casefold()
        named = [(c, label) for c, label in lists if not wanted or label.casefold() == wanted]
        if not named and wanted:
            names = ", ".join(label for _, label in lists if label) or "none"
            raise ToolError(f"There is no reminders list called {list_name[:80]!r} on the CalDAV server; "
                            f"its lists are: {names}.", fixable=True)
        return named

    def _open(self, obj: Any, label: str) -> list[OpenReminder]:
        url = str(obj.url)
        try:
            reminder = open_reminder(parse(obj.data), label, url)
            self._seen[url] = canonical(obj.data)
        except ValueError as exc:
            log.warning("Skipping unreadable CalDAV item %s: %s", url, exc)
            return []
        return [reminder] if reminder else []

    def complete(self, reminder: OpenReminder) -> str:
        what = f"the reminder {reminder.name!r}"
        previous, etag = _unchanged(self.account, self._seen, reminder.ref, what)
        text = marked_done(parse(previous), datetime.now(UTC)).decode("utf-8")
        status = self.account.put(reminder.ref, text, {"If-Match": etag} if etag else {}, what)
        if status == 412:
            raise ToolError(f"{what.capitalize()} was changed on the server just now, so it was left open.")
        if status not in (200, 201, 204):
            raise ToolError(f"The CalDAV server did not save {what} (status {status}).")
        where = f" in list '{reminder.list_name}'" if reminder.list_name else ""
        self.journal.record(self.REOPEN_KIND, f"Marked reminder '{reminder.name}'{where} as done",
                            {"url": reminder.ref, "previous": previous, "done": text})
        return f"Marked the reminder '{reminder.name}'{where} as done."


def _undo_payload(saved: Any) -> dict[str, str]:
    """The created object's URL and the ETag the server gave it (absent if the server sent none)."""
    etag = (getattr(saved, "props", None) or {}).get("{DAV:}getetag", "")
    return {"url": str(saved.url), "etag": str(etag)}


def _deleter(account: CalDavAccount) -> Callable[[dict[str, Any]], str]:
    def undo(payload: dict[str, Any]) -> str:
        account.delete(payload["url"], payload.get("etag", ""))
        return f"Deleted {payload['url']} from the CalDAV server."

    return undo


def _restorer(account: CalDavAccount) -> Callable[[dict[str, Any]], str]:
    """Undo of a deletion: each saved object back at its URL, unless that URL has been taken again."""

    def undo(payload: dict[str, Any]) -> str:
        restored = []
        for item in payload["items"]:
            status = account.put(item["url"], item["data"], {"If-None-Match": "*"}, "the deleted event")
            if status == 412:
                raise UndoError(f"Cannot undo: {item['url']} exists again on the server, so it was left.")
            if status not in (200, 201, 204):
                raise UndoError(f"The CalDAV server did not restore {item['url']} (status {status}).")
            restored.append(item["url"])
        return f"Restored {', '.join(restored)} on the CalDAV server."

    return undo


def _put_back(account: CalDavAccount, item: str, change: str, done: str) -> Callable[[dict[str, Any]], str]:
    """Undo of a change to an object (a reminder marked done, a date taken out of a series): its previous text
    back, if the object is still as Errand left it."""

    def undo(payload: dict[str, Any]) -> str:
        url = payload["url"]
        current, etag = account.fetch(url, f"the {item}")
        if canonical(current) != canonical(payload["done"]):
            raise UndoError(f"Cannot undo: {url} was changed on the server after Errand {change}.")
        status = account.put(url, payload["previous"], {"If-Match": etag} if etag else {}, f"the {item}")
        if status not in (200, 201, 204):
            raise UndoError(f"The CalDAV server did not put back {url} (status {status}).")
        return f"{done} {url} on the CalDAV server."

    return undo

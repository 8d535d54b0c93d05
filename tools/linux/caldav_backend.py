"""Events and reminders on a CalDAV server (Nextcloud, Radicale, Fastmail...) through the `caldav` package.

The password comes from the keyring (service `errand-caldav`, account = the user name); a server that needs
none (e.g. Radicale with auth off) works without one. Every server failure becomes a ToolError that says what
to check; undo deletes the created object by its URL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import caldav
from caldav.lib import error as dav_error

from tools.backends import Event, Reminder, ToolError
from tools.linux.ical import (
    created,
    describe_event,
    describe_reminder,
    event_ical,
    new_uid,
    reminder_ical,
)
from tools.secrets import SecretStore
from tools.undo import UndoError, UndoJournal

SECRET_SERVICE = "errand-caldav"
TIMEOUT_SECONDS = 15


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
        except OSError as exc:
            raise ToolError(
                f"Cannot reach the CalDAV server {self.url} to {action} ({type(exc).__name__}). "
                "Check that it is running and that the URL in settings is right."
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


class CalDavCalendar:
    UNDO_KIND = "caldav.event.delete"

    def __init__(self, account: CalDavAccount, default_calendar: str, journal: UndoJournal) -> None:
        self.account = account
        self.default_calendar = default_calendar
        self.journal = journal
        journal.register(self.UNDO_KIND, _deleter(account))

    def create_event(self, event: Event) -> str:
        calendar = self.account.find(event.calendar, self.default_calendar, "VEVENT")
        uid = new_uid()
        with self.account.errors("create the event"):
            saved = calendar.add_event(event_ical(event, uid).decode("utf-8"))
            label = calendar.get_display_name() or self.default_calendar
        description = describe_event(event, label)
        self.journal.record(self.UNDO_KIND, created(description), _undo_payload(saved))
        return f"{description} created."


class CalDavReminders:
    UNDO_KIND = "caldav.todo.delete"

    def __init__(self, account: CalDavAccount, default_list: str, journal: UndoJournal) -> None:
        self.account = account
        self.default_list = default_list
        self.journal = journal
        journal.register(self.UNDO_KIND, _deleter(account))

    def create_reminder(self, reminder: Reminder) -> str:
        calendar = self.account.find(reminder.list_name, self.default_list, "VTODO")
        uid = new_uid()
        with self.account.errors("create the reminder"):
            saved = calendar.add_todo(reminder_ical(reminder, uid).decode("utf-8"))
            label = calendar.get_display_name() or self.default_list
        description = describe_reminder(reminder, label)
        self.journal.record(self.UNDO_KIND, created(description), _undo_payload(saved))
        return f"{description} created."


def _undo_payload(saved: Any) -> dict[str, str]:
    """The created object's URL and the ETag the server gave it (absent if the server sent none)."""
    etag = (getattr(saved, "props", None) or {}).get("{DAV:}getetag", "")
    return {"url": str(saved.url), "etag": str(etag)}


def _deleter(account: CalDavAccount) -> Callable[[dict[str, Any]], str]:
    def undo(payload: dict[str, Any]) -> str:
        account.delete(payload["url"], payload.get("etag", ""))
        return f"Deleted {payload['url']} from the CalDAV server."

    return undo

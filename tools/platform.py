"""Choosing every app's backend once, at start-up, from the settings and the platform.

Each app has one factory per platform in the tables below (one entry per app, so adding a backend is one
line). macOS entries override the portable ones; an app with no factory on this platform, or disabled in
settings, gets a backend whose every call answers with a ToolError saying so.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

from tools.backends import Backends, ToolError
from tools.config import ToolsConfig
from tools.fileops import register_file_undo
from tools.linux.caldav_backend import CalDavAccount, CalDavCalendar, CalDavReminders
from tools.linux.carddav import CardDavAddressBook
from tools.linux.contacts import ContactBook, VCardFiles
from tools.linux.files import FileFinder, LocalFiles
from tools.linux.mail import LinuxMail
from tools.linux.maps import WebMaps
from tools.linux.notes import MarkdownNotes
from tools.linux.pdf import PdfSummarizer
from tools.linux.sms import KdeConnectSms
from tools.linux.vdir import VdirCalendar, VdirReminders, VdirStore
from tools.linux.zoom import ZOOM_ACCOUNT, ZOOM_SERVICE, JitsiMeetings, ZoomMeetings
from tools.macos.factories import MACOS_FACTORIES
from tools.opener import Opener, system_opener
from tools.paths import data_dir
from tools.secrets import SecretStore
from tools.services import Factory, Services, notes_folder, path_or, shared_folders
from tools.undo import UndoJournal
from tools.writer import LocalWriter, TextWriter


class UnavailableBackend:
    """Stands in for an app that is disabled or has no backend here: every call says why."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)

        def unavailable(*args: Any, **kwargs: Any) -> Any:
            raise ToolError(self.message)

        return unavailable


def default_contacts_paths() -> list[Path]:
    """~/.local/share/contacts (vdirsyncer's usual place) when it exists, else <data dir>/contacts.vcf."""
    shared = Path.home() / ".local" / "share" / "contacts"
    return [shared] if shared.is_dir() else [data_dir() / "contacts.vcf"]


def contacts(s: Services) -> Any:
    c = s.config.contacts
    if c.backend == "carddav":
        return ContactBook(CardDavAddressBook(c.carddav_url, c.carddav_user, s.secrets, s.journal))
    paths = [Path(p).expanduser() for p in c.vcard_paths] or default_contacts_paths()
    return ContactBook(VCardFiles(paths, s.journal))


def calendar(s: Services) -> Any:
    c = s.config.calendar
    if c.backend == "caldav":
        return CalDavCalendar(CalDavAccount(c.caldav_url, c.caldav_user, s.secrets), c.default_calendar, s.journal)
    store = VdirStore(path_or(c.folder, data_dir() / "calendars"), s.journal)
    return VdirCalendar(store, c.default_calendar)


def reminders(s: Services) -> Any:
    c = s.config.reminders
    if c.backend == "caldav":
        return CalDavReminders(CalDavAccount(c.caldav_url, c.caldav_user, s.secrets), c.default_list, s.journal)
    store = VdirStore(path_or(c.folder, data_dir() / "calendars"), s.journal)
    return VdirReminders(store, c.default_list)


def notes(s: Services) -> Any:
    return MarkdownNotes(notes_folder(s), s.journal)


def files(s: Services) -> Any:
    c = s.config.files
    finder = FileFinder(shared_folders(s).roots, s.opener if c.open_found else None, max_entries=c.max_entries)
    return LocalFiles(finder, PdfSummarizer(s.writer, max_pages=c.pdf_max_pages))


def maps(s: Services) -> Any:
    return WebMaps(s.config.maps.service, s.opener)


def meetings(s: Services) -> Any:
    c = s.config.zoom
    if c.service == "jitsi":
        return JitsiMeetings(c)
    return ZoomMeetings(c, token=lambda: s.secrets.get(ZOOM_SERVICE, ZOOM_ACCOUNT), journal=s.journal)


def linux_mail(s: Services) -> Any:
    return LinuxMail(s.config.mail, passwords=lambda server: s.secrets.get(server.secret, server.user),
                     writer=s.writer, journal=s.journal)


# Portable backends (plain files, standard protocols, URLs): used on Linux, on macOS where no native one is
# set, and on macOS too when the user chose a CalDAV/CardDAV server for that app.
PORTABLE: dict[str, Factory] = {
    "calendar": calendar,
    "contacts": contacts,
    "files": files,
    "maps": maps,
    "notes": notes,
    "reminders": reminders,
    "zoom": meetings,
}

# Backends that only exist on Linux.
LINUX: dict[str, Factory] = {
    "mail": linux_mail,
    "sms": lambda s: KdeConnectSms(s.config.sms),
}

# Native macOS backends (AppleScript, mdfind/open, Apple Maps).
MACOS: dict[str, Factory] = dict(MACOS_FACTORIES)


SERVER_BACKENDS = frozenset({"caldav", "carddav"})


def factories_for(platform: str) -> dict[str, Factory]:
    native = MACOS if platform == "darwin" else LINUX
    return {**PORTABLE, **native}


def _factory(app: str, table: dict[str, Factory], config: ToolsConfig) -> Factory | None:
    if getattr(getattr(config, app), "backend", "") in SERVER_BACKENDS:
        return PORTABLE[app]
    return table.get(app)


def build_backends(
    config: ToolsConfig, *, secrets: SecretStore, journal: UndoJournal, platform: str = sys.platform,
    writer: TextWriter | None = None, opener: Opener | None = None,
) -> Backends:
    """Every app's backend for this platform and these settings (disabled apps answer that they are)."""
    register_file_undo(journal)
    services = Services(
        config, secrets, journal, writer or LocalWriter(), opener or system_opener(platform), platform,
    )
    table = factories_for(platform)
    chosen: dict[str, Any] = {}
    for app in (f.name for f in fields(config)):
        chosen[app] = _build_one(app, table, services)
    return Backends(**chosen)


def _build_one(app: str, table: dict[str, Factory], services: Services) -> Any:
    if not getattr(services.config, app).enabled:
        return UnavailableBackend(f"{app.capitalize()} is disabled in settings; enable it to use it.")
    factory = _factory(app, table, services.config)
    if factory is None:
        return UnavailableBackend(f"{app.capitalize()} has no backend on {services.platform} in this version.")
    try:
        return factory(services)
    except ToolError as exc:  # e.g. CalDAV chosen without a URL: every call says what to configure
        return UnavailableBackend(str(exc))

"""Tool settings: one typed section per app (agent/setup/settings.py stores them as the `tools` section).

Every field has a default that works with no configuration at all: empty paths mean "the local default"
(resolved by the backend factories in tools/platform.py). Passwords are never here: they live in the OS
keyring (tools/secrets.py), looked up by the user names below.
"""

from __future__ import annotations

import typing
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Literal


class ConfigError(ValueError):
    """A settings file or value that cannot be used; the message names the setting to fix."""


@dataclass
class ContactsConfig:
    enabled: bool = True
    backend: Literal["vcard", "carddav"] = "vcard"
    vcard_paths: list[str] = field(default_factory=list)  # .vcf files or folders; empty: the local default
    carddav_url: str = ""
    carddav_user: str = ""


@dataclass
class CalendarConfig:
    enabled: bool = True
    backend: Literal["vdir", "caldav"] = "vdir"
    folder: str = ""  # vdir root (one sub-folder per calendar); empty: <data dir>/calendars
    caldav_url: str = ""
    caldav_user: str = ""
    default_calendar: str = "personal"


@dataclass
class RemindersConfig:
    enabled: bool = True
    backend: Literal["vdir", "caldav"] = "vdir"
    folder: str = ""  # vdir root (one sub-folder per list); empty: <data dir>/calendars
    caldav_url: str = ""
    caldav_user: str = ""
    default_list: str = "reminders"


@dataclass
class NotesConfig:
    enabled: bool = True
    folder: str = ""  # empty: ~/Notes when it exists, else <data dir>/notes


@dataclass
class FilesConfig:
    enabled: bool = True
    roots: list[str] = field(default_factory=list)  # shared folders; empty: Documents, Downloads, Desktop, notes
    open_found: bool = True  # open a found file with the default application
    max_entries: int = 200_000  # bound on the folder walk per search
    pdf_max_pages: int = 300  # longer PDFs are summarised up to here and the summary says so

    def __post_init__(self) -> None:
        for name in ("max_entries", "pdf_max_pages"):
            if getattr(self, name) < 1:
                raise ConfigError(f"setting files.{name} must be at least 1")


@dataclass
class MapsConfig:
    enabled: bool = True
    service: Literal["osm", "google"] = "osm"


@dataclass
class MailConfig:
    """mode: "client" opens a compose window (the user reads, edits and sends), "draft" saves to the IMAP
    Drafts folder (undoable), "send" sends through SMTP at once. Passwords: keyring (tools/linux/mail_settings)."""

    enabled: bool = True
    mode: Literal["client", "draft", "send"] = "client"
    client: Literal["xdg-email", "thunderbird"] = "xdg-email"
    address: str = ""  # the From address; empty: smtp_user
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: Literal["starttls", "ssl", "none"] = "starttls"
    smtp_user: str = ""
    imap_host: str = ""
    imap_port: int = 993
    imap_security: Literal["starttls", "ssl", "none"] = "ssl"
    imap_user: str = ""
    inbox_folder: str = "INBOX"
    drafts_folder: str = "Drafts"
    sent_folder: str = "Sent"  # where a copy of each sent message is kept (send mode, when IMAP is set)


@dataclass
class SmsConfig:
    enabled: bool = True
    device_id: str = ""  # KDE Connect device; empty: the first paired, reachable phone


@dataclass
class ZoomConfig:
    enabled: bool = True
    service: Literal["zoom", "jitsi"] = "zoom"  # jitsi: a Jitsi Meet link, no account needed
    api_base: str = "https://api.zoom.us/v2"  # the token is in the keyring (tools/linux/zoom.py)
    jitsi_base: str = "https://meet.jit.si"
    timezone: str = ""  # IANA name sent to Zoom; empty: the system's


@dataclass
class ToolsConfig:
    calendar: CalendarConfig = field(default_factory=CalendarConfig)
    contacts: ContactsConfig = field(default_factory=ContactsConfig)
    files: FilesConfig = field(default_factory=FilesConfig)
    mail: MailConfig = field(default_factory=MailConfig)
    maps: MapsConfig = field(default_factory=MapsConfig)
    notes: NotesConfig = field(default_factory=NotesConfig)
    reminders: RemindersConfig = field(default_factory=RemindersConfig)
    sms: SmsConfig = field(default_factory=SmsConfig)
    zoom: ZoomConfig = field(default_factory=ZoomConfig)

    def enabled_apps(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if getattr(self, f.name).enabled)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ToolsConfig:
        return _build(cls, data, "")


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"setting {where or 'tools'} must be an object, not {type(data).__name__}")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"unknown setting {_join(where, unknown[0])} (known: {', '.join(sorted(known))})")
    values = {name: _convert(hints[name], value, _join(where, name)) for name, value in data.items()}
    return cls(**values)


def _convert(hint: Any, value: Any, where: str) -> Any:
    if isinstance(hint, type) and is_dataclass(hint):
        return _build(hint, value, where)
    origin = typing.get_origin(hint)
    if origin is Literal:
        choices = typing.get_args(hint)
        if value not in choices:
            raise ConfigError(f"setting {where} must be one of {', '.join(map(str, choices))}, not {value!r}")
        return value
    if origin is list:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ConfigError(f"setting {where} must be a list of strings")
        return list(value)
    if hint is int and isinstance(value, bool) or not isinstance(value, hint):
        raise ConfigError(f"setting {where} must be {hint.__name__}, not {type(value).__name__}")
    return value


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name

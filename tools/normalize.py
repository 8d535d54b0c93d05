"""Argument normalisation shared by the tools: dates, lists, transport modes, recipients."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from tools.backends import ContactsBackend, ToolError

_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d")
DEFAULT_MEETING = timedelta(minutes=60)
TRANSPORT_MODES = {"d": "driving", "w": "walking", "r": "transit"}


def parse_date(value: str, *, field_name: str) -> datetime:
    """Parse a planner date (`YYYY-MM-DD HH:MM:SS`; a date alone means 09:00)."""
    text = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return parsed.replace(hour=9) if fmt == "%Y-%m-%d" else parsed
    raise ToolError(
        f"{field_name} {value!r} is not a date in the form YYYY-MM-DD HH:MM:SS.", fixable=True
    )


def optional_date(value: str, *, field_name: str) -> datetime | None:
    return parse_date(value, field_name=field_name) if value.strip() else None


def as_list(value: Sequence[str] | str | None) -> tuple[str, ...]:
    """A single string where a list is expected is a one-element list; empty items are dropped."""
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    return tuple(str(item).strip() for item in items if str(item).strip())


def transport_mode(value: str) -> str:
    """`d`/`w`/`r` (or the words) -> driving/walking/transit; anything else means driving."""
    key = value.strip().lower()[:1]
    return TRANSPORT_MODES.get(key, "driving")


_PHONE = re.compile(r"^\+?[\d\s().-]{3,}$")


def resolve_emails(contacts: ContactsBackend, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n if "@" in n else contacts.email_address(n) for n in names)


def resolve_phones(contacts: ContactsBackend, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n if _PHONE.match(n) else contacts.phone_number(n) for n in names)

"""The native macOS backends, one factory per app, for tools/platform.py's MACOS table."""

from __future__ import annotations

from typing import Any

from tools.linux.pdf import PdfSummarizer
from tools.macos.calendar import AppleCalendar, AppleReminders
from tools.macos.contacts import apple_contact_book
from tools.macos.files import SpotlightFiles
from tools.macos.mail import AppleMail
from tools.macos.maps import AppleMaps
from tools.macos.messages import AppleMessages
from tools.macos.notes import AppleNotes
from tools.services import Services, shared_folders


def _files(s: Services) -> Any:
    c = s.config.files
    return SpotlightFiles(shared_folders(s).roots, s.opener if c.open_found else None,
                          PdfSummarizer(s.writer, max_pages=c.pdf_max_pages))


MACOS_FACTORIES = {
    "calendar": lambda s: AppleCalendar(s.journal),
    "contacts": lambda s: apple_contact_book(s.journal),
    "files": _files,
    "mail": lambda s: AppleMail(s.config.mail, s.writer),
    "maps": lambda s: AppleMaps(s.opener),
    "notes": lambda s: AppleNotes(s.journal),
    "reminders": lambda s: AppleReminders(s.journal),
    "sms": lambda s: AppleMessages(),
}

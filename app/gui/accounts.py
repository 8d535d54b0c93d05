"""The accounts the settings dialog edits: which settings hold the server and user, which keyring entry the secret.

The keyring service names are the ones the tool backends read, imported from them so there is one spelling.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Account:
    label: str
    section: str  # the ToolsConfig section (app)
    server_field: str  # "" when the account has no server setting
    user_field: str  # "" when the secret's keyring account is fixed
    service: str  # keyring service
    fixed_user: str = ""  # keyring account when user_field is ""
    secret_label: str = "Password"


def accounts() -> tuple[Account, ...]:
    from tools.linux.caldav_backend import SECRET_SERVICE as CALDAV
    from tools.linux.carddav import SECRET_SERVICE as CARDDAV
    from tools.linux.mail_settings import IMAP_SERVICE, SMTP_SERVICE
    from tools.linux.zoom import ZOOM_ACCOUNT, ZOOM_SERVICE

    return (
        Account("Calendar (CalDAV)", "calendar", "caldav_url", "caldav_user", CALDAV),
        Account("Reminders (CalDAV)", "reminders", "caldav_url", "caldav_user", CALDAV),
        Account("Contacts (CardDAV)", "contacts", "carddav_url", "carddav_user", CARDDAV),
        Account("Mail sending (SMTP)", "mail", "smtp_host", "smtp_user", SMTP_SERVICE),
        Account("Mail reading (IMAP)", "mail", "imap_host", "imap_user", IMAP_SERVICE),
        Account("Zoom", "zoom", "", "", ZOOM_SERVICE, fixed_user=ZOOM_ACCOUNT, secret_label="API token"),
    )

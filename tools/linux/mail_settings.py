"""The mail servers named in MailConfig, and where their passwords live in the keyring.

A password is the keyring secret (service SMTP_SERVICE or IMAP_SERVICE, account = the server's user name).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tools.config import MailConfig

Security = Literal["starttls", "ssl", "none"]

SMTP_SERVICE = "errand-smtp"
IMAP_SERVICE = "errand-imap"


@dataclass(frozen=True)
class ServerSettings:
    """One mail server; an empty host means "not configured". `secret` is its keyring service name."""

    host: str
    port: int
    security: Security
    user: str
    secret: str

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def password_hint(self) -> str:
        return (f"the keyring secret (service {self.secret!r}, account {self.user!r}; "
                f"`errand secret set {self.secret} {self.user or 'USER'}`)")


def smtp_server(config: MailConfig) -> ServerSettings:
    return ServerSettings(config.smtp_host, config.smtp_port, config.smtp_security, config.smtp_user, SMTP_SERVICE)


def imap_server(config: MailConfig) -> ServerSettings:
    return ServerSettings(config.imap_host, config.imap_port, config.imap_security, config.imap_user, IMAP_SERVICE)


def sender_address(config: MailConfig) -> str:
    return config.address.strip() or (config.smtp_user if "@" in config.smtp_user else "") or config.imap_user

"""Sending a message through the user's SMTP server (STARTTLS, SSL, or plain for a loopback relay)."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage

from tools.backends import ToolError
from tools.linux.mail_settings import ServerSettings


def _connect(server: ServerSettings, timeout: float) -> smtplib.SMTP:
    if server.security == "ssl":
        return smtplib.SMTP_SSL(server.host, server.port or 465, timeout=timeout,
                                context=ssl.create_default_context())
    connection = smtplib.SMTP(server.host, server.port or 587, timeout=timeout)
    if server.security == "starttls":
        connection.starttls(context=ssl.create_default_context())
    return connection


def send_message(
    message: EmailMessage, server: ServerSettings, password: Callable[[], str | None], timeout: float
) -> None:
    """Send or raise a ToolError that says what to fix; a server without a user sends without logging in."""
    if not server.configured:
        raise ToolError("Sending email needs an SMTP account: set mail.smtp_host, smtp_port, smtp_security and "
                        "smtp_user in the settings and store the password in the keyring, or set mail.mode to "
                        "'client' to open the email in your mail client.")
    where = server.where
    secret = password() if server.user else None
    if server.user and not secret:
        raise ToolError(f"No SMTP password in the keyring: store it as {server.password_hint()}.")
    try:
        with _connect(server, timeout) as connection:
            if server.user and secret:
                connection.login(server.user, secret)
            connection.send_message(message)
    except smtplib.SMTPAuthenticationError as error:
        raise ToolError(f"The SMTP server {where} refused the login for {server.user!r}: check the user name and "
                        f"the password stored as {server.password_hint()}.") from error
    except UnicodeError as error:
        raise ToolError(f"The SMTP login for {server.user!r} failed: Python's SMTP client can only send a user name "
                        "and password made of ASCII characters.") from error
    except smtplib.SMTPRecipientsRefused as error:
        refused = ", ".join(sorted(error.recipients))
        raise ToolError(f"The SMTP server refused the recipients {refused}; check the addresses.",
                        fixable=True) from error
    except smtplib.SMTPException as error:
        raise ToolError(f"The SMTP server {where} did not accept the email: {error}. Check mail.smtp_security "
                        "(starttls, ssl or none) and mail.smtp_port.") from error
    except OSError as error:
        raise ToolError(f"Could not connect to the SMTP server {where} ({error}); check mail.smtp_host and "
                        "smtp_port in the settings and that the server is running.") from error

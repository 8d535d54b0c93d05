"""Reading the inbox and keeping drafts over IMAP (imaplib; SSL, STARTTLS or plain on loopback)."""

from __future__ import annotations

import email
import imaplib
import re
import ssl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from email.message import EmailMessage, Message
from email.policy import default as default_policy
from email.utils import parsedate_to_datetime

from tools.backends import FoundEmail, MailQuery, ToolError
from tools.linux.mail_search import found_email, imap_date, plain, search_words
from tools.linux.mail_select import MessageSummary
from tools.linux.mail_settings import ServerSettings

RECENT_LIMIT = 50
SEARCH_CANDIDATES = 500  # find looks at the newest this many matching messages (by UID, i.e. arrival order)
PREVIEW_BYTES = 16384  # of each found message: its headers and the start of its text
IMAP_SETTINGS = ("set mail.imap_host, imap_port, imap_security and imap_user in the settings and store the "
                 "password in the keyring")
_UID = re.compile(rb"UID (\d+)")
_FLAGS = re.compile(rb"FLAGS \(([^)]*)\)")
_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")


def _quote(value: str) -> str:
    """An IMAP quoted string: the value can never end the string or add a command."""
    if any(ch in value for ch in "\r\n\0"):
        raise ToolError(f"{value!r} cannot be used as an IMAP folder or search value.", fixable=True)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _connect(server: ServerSettings, timeout: float) -> imaplib.IMAP4:
    if server.security == "ssl":
        return imaplib.IMAP4_SSL(server.host, server.port or 993, ssl_context=ssl.create_default_context(),
                                 timeout=timeout)
    connection = imaplib.IMAP4(server.host, server.port or 143, timeout=timeout)
    if server.security == "starttls":
        connection.starttls(ssl.create_default_context())
    return connection


class Mailbox:
    """A logged-in IMAP connection with the few operations the mail tools need."""

    def __init__(self, connection: imaplib.IMAP4) -> None:
        self._imap = connection

    def recent(self, folder: str, limit: int = RECENT_LIMIT) -> list[MessageSummary]:
        """The last `limit` messages of `folder` (sender, subject, date), in arrival order."""
        self._check(self._imap.select(_quote(folder), readonly=True), f"open the folder {folder!r}")
        status, data = self._imap.uid("SEARCH", "ALL")
        self._check((status, data), "search the inbox")
        uids = (data[0] or b"").split()[-limit:]
        if not uids:
            return []
        status, data = self._imap.uid("FETCH", b",".join(uids).decode(),
                                      "(INTERNALDATE BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")
        self._check((status, data), "read the inbox headers")
        summaries = [_summary(item) for item in data if isinstance(item, tuple)]
        return sorted(summaries, key=lambda s: int(s.key))

    def fetch(self, folder: str, uid: str) -> EmailMessage:
        self._check(self._imap.select(_quote(folder), readonly=True), f"open the folder {folder!r}")
        status, data = self._imap.uid("FETCH", uid, "(BODY.PEEK[])")
        self._check((status, data), "read the message")
        raw = next((item[1] for item in data if isinstance(item, tuple)), None)
        if raw is None:
            raise ToolError(f"The message (UID {uid}) is no longer in {folder!r}.")
        message = email.message_from_bytes(raw, policy=default_policy)
        assert isinstance(message, EmailMessage)
        return message

    def save_draft(self, folder: str, message: EmailMessage) -> None:
        self.store(folder, message, r"(\Draft \Seen)", "the draft")

    def save_sent(self, folder: str, message: EmailMessage) -> None:
        self.store(folder, message, r"(\Seen)", "a copy of the sent message")

    def store(self, folder: str, message: EmailMessage, flags: str, what: str) -> None:
        """Append the message to `folder` (created when the server says it does not exist yet)."""
        payload = message.as_bytes()
        stamp = imaplib.Time2Internaldate(time.time())
        try:
            status, data = self._imap.append(_quote(folder), flags, stamp, payload)
            missing = status != "OK" and b"TRYCREATE" in b" ".join(d for d in data if isinstance(d, bytes))
        except imaplib.IMAP4.error as error:
            if "TRYCREATE" not in str(error):
                raise
            missing = True
        if missing:  # the server says the folder does not exist yet
            self._check(self._imap.create(_quote(folder)), f"create the folder {folder!r}")
            status, data = self._imap.append(_quote(folder), flags, stamp, payload)
        self._check((status, data), f"save {what} in {folder!r}")

    def delete(self, folder: str, message_id: str) -> bool:
        """Delete the message with this Message-ID from `folder`; False when it is already gone."""
        self._check(self._imap.select(_quote(folder)), f"open the folder {folder!r}")
        status, data = self._imap.uid("SEARCH", "HEADER", "Message-ID", _quote(message_id))
        self._check((status, data), f"search {folder!r}")
        uids = (data[0] or b"").split()
        if not uids:
            return False
        self._check(self._imap.uid("STORE", b",".join(uids).decode(), "+FLAGS", r"(\Deleted)"), "delete it")
        self._check(self._imap.expunge(), "expunge the folder")
        return True

    def find(self, folder: str, query: MailQuery) -> list[FoundEmail]:
        """The newest `query.limit` messages of `folder` that match, newest first. Reading changes no flag: the
        folder is opened read-only and bodies are fetched with BODY.PEEK."""
        self._check(self._imap.select(_quote(folder), readonly=True), f"open the folder {folder!r}")
        candidates = sorted(self._matching(query), key=int)[-SEARCH_CANDIDATES:]
        return self._previews(self._newest(candidates, query.since, query.limit))

    def _matching(self, query: MailQuery) -> set[bytes]:
        """The UIDs matching every criterion. Each text value goes in its own SEARCH as a literal (data the
        server never parses as syntax), because imaplib sends at most one literal per command."""
        # SINCE compares the day of the arrival in the time zone the server stored it in: ask from two days earlier
        # (any two time zones are less than two days apart) and keep the exact time in _newest.
        base = ["SINCE", imap_date(query.since.date() - timedelta(days=2))] if query.since else []
        base += ["UNSEEN"] if query.unread_only else []
        base = base or ["ALL"]
        sender = plain(query.sender)
        terms = ([("FROM", sender)] if sender else []) + [("TEXT", word) for word in search_words(query)]
        if not terms:
            return self._search(base)
        found = self._search(base, *terms[0])
        for key, value in terms[1:]:
            if not found:
                break
            found &= self._search(base, key, value)
        return found

    def _search(self, criteria: list[str], key: str = "", value: str = "") -> set[bytes]:
        arguments = list(criteria)
        if key:
            charset = [] if value.isascii() else ["CHARSET", "UTF-8"]
            arguments = [*charset, *arguments, key]
            self._imap.literal = value.encode()  # type: ignore[assignment]  # imaplib sends bytes; typeshed: str
        status, data = self._imap.uid("SEARCH", *arguments)
        self._check((status, data), "search the inbox")
        return set((data[0] or b"").split())

    def _newest(self, uids: list[bytes], since: datetime | None, limit: int) -> list[bytes]:
        """The `limit` newest of these messages that arrived at `since` or later, newest first."""
        if not uids or limit <= 0:
            return []
        status, data = self._imap.uid("FETCH", b",".join(uids).decode(), "(UID INTERNALDATE)")
        self._check((status, data), "read the arrival times")
        bound = since.astimezone() if since else None
        arrived = []
        for line in data:
            uid = _UID.search(line) if isinstance(line, bytes) else None
            if uid is None:
                continue
            when = _arrival(line)
            if bound is None or (when is not None and when >= bound):
                arrived.append((when.timestamp() if when else float("-inf"), int(uid.group(1)), uid.group(1)))
        return [uid for *_, uid in sorted(arrived, reverse=True)[:limit]]

    def _previews(self, uids: list[bytes]) -> list[FoundEmail]:
        """The messages with these UIDs as FoundEmails, in the order given."""
        if not uids:
            return []
        status, data = self._imap.uid("FETCH", b",".join(uids).decode(),
                                      f"(UID FLAGS INTERNALDATE BODY.PEEK[]<0.{PREVIEW_BYTES}>)")
        self._check((status, data), "read the messages")
        found = dict(_preview(item) for item in data if isinstance(item, tuple))
        return [found[uid] for uid in uids if uid in found]

    @staticmethod
    def _check(result: tuple[str, list], action: str) -> None:
        status, data = result
        if status != "OK":
            detail = b" ".join(d for d in data if isinstance(d, bytes)).decode(errors="replace")
            raise ToolError(f"The IMAP server would not {action}: {detail or status}.")


def _arrival(head: bytes) -> datetime | None:
    """The INTERNALDATE in a FETCH response, as an aware local time."""
    arrived = imaplib.Internaldate2tuple(head)
    return datetime.fromtimestamp(time.mktime(arrived)).astimezone() if arrived is not None else None


def _received(head: bytes, headers: Message) -> datetime | None:
    """When the server received the message (INTERNALDATE); the Date header only when that is missing, because
    a sender can put any date there (a "future" spam message would otherwise stay the newest)."""
    arrived = _arrival(head)
    if arrived is not None:
        return arrived
    try:
        return parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError):
        return None


def _summary(item: tuple[bytes, bytes]) -> MessageSummary:
    head, raw_headers = item
    uid = _UID.search(head)
    headers = email.message_from_bytes(raw_headers, policy=default_policy)
    date = _received(head, headers)
    return MessageSummary(
        key=uid.group(1).decode() if uid else "0",
        sender=str(headers.get("From", "")), subject=str(headers.get("Subject", "")), date=date,
    )


def _preview(item: tuple[bytes, bytes]) -> tuple[bytes, FoundEmail]:
    head, raw = item
    uid, flags = _UID.search(head), _FLAGS.search(head)
    message = email.message_from_bytes(raw, policy=default_policy)
    unread = flags is None or b"\\Seen" not in flags.group(1).split()
    return (uid.group(1) if uid else b""), found_email(message, _received(head, message), unread)


@contextmanager
def open_mailbox(server: ServerSettings, password: Callable[[], str | None], timeout: float) -> Iterator[Mailbox]:
    """Log in (or raise a ToolError saying what to fix), yield the mailbox, always log out."""
    if not server.configured:
        raise ToolError(f"Reply, forward and drafts need an IMAP account: {IMAP_SETTINGS}.")
    secret = password()
    if not secret:
        raise ToolError(f"No IMAP password in the keyring: store it as {server.password_hint()}.")
    where = server.where
    try:
        connection = _connect(server, timeout)
    except (OSError, imaplib.IMAP4.error) as error:
        raise ToolError(f"Could not connect to the IMAP server {where} ({error}); check mail.imap_host and "
                        "imap_port in the settings and that the server is running.") from error
    try:
        try:
            connection.login(server.user, secret)
        except UnicodeError as error:
            raise ToolError(f"The IMAP login for {server.user!r} failed: Python's IMAP client can only send a user "
                            "name and password made of ASCII characters.") from error
        except imaplib.IMAP4.error as error:
            raise ToolError(f"The IMAP server {where} refused the login for {server.user!r}: check the user name "
                            f"and the password stored as {server.password_hint()}.") from error
        yield Mailbox(connection)
    except (OSError, imaplib.IMAP4.error) as error:
        raise ToolError(f"The IMAP server {where} failed: {error}.") from error
    finally:
        try:
            connection.logout()
        except (OSError, imaplib.IMAP4.error):
            pass

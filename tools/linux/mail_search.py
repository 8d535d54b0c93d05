"""find_emails' query as search terms, and a found message as a FoundEmail (shared by the IMAP and Mail.app backends).

The sender and the words are plain text: control characters (CR, LF, NUL...) become spaces, so a value is one
line and can never end a protocol command; the backends then pass each value as data (an IMAP literal, an
AppleScript argv item), never as syntax.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from email.headerregistry import AddressHeader
from email.message import EmailMessage, Message

from tools.backends import FoundEmail, MailQuery, ToolError
from tools.linux.mail_message import original_text

MAX_WORDS = 10
PREVIEW_LINES = 3
PREVIEW_CHARS = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LINE_END = re.compile(r"<(?:br|/p|/div|/li|/tr|/h\d)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<(?:style|script)\b.*?</(?:style|script)>|<[^>]*>", re.IGNORECASE | re.DOTALL)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def plain(value: str) -> str:
    """The value on one line: control characters as spaces, runs of white space as one space."""
    return " ".join(_CONTROL.sub(" ", value).split())


def search_words(query: MailQuery) -> list[str]:
    """The distinct words to look for (each must occur); more than MAX_WORDS is a ToolError the planner can fix."""
    distinct: dict[str, str] = {}
    for word in plain(query.words).split():
        distinct.setdefault(word.casefold(), word)  # the word as given: servers fold case their own way
    words = list(distinct.values())
    if len(words) > MAX_WORDS:
        raise ToolError(f"find_emails searches for at most {MAX_WORDS} words; give a few distinctive ones.",
                        fixable=True)
    return words


def imap_date(day: date) -> str:
    """A date as IMAP writes it (RFC 3501 date: 7-Mar-2026), independent of the locale."""
    return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"


def sender_of(message: Message) -> str:
    """The first From address as "Name <address>", or the bare address when it has no name; else the header."""
    header = message.get("From")
    if isinstance(header, AddressHeader) and header.addresses:
        first = header.addresses[0]
        if first.addr_spec and first.addr_spec != "<>":
            return f"{first.display_name} <{first.addr_spec}>" if first.display_name else first.addr_spec
    return plain(str(header or ""))


def first_lines(text: str) -> str:
    """The first few non-empty lines of a message text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n".join(lines[:PREVIEW_LINES])[:PREVIEW_CHARS]


def message_text(message: Message) -> str:
    """The plain-text part, else the HTML part without its tags."""
    return original_text(message) or _html_text(message)


def _html_text(message: Message) -> str:
    part = message.get_body(preferencelist=("html",)) if isinstance(message, EmailMessage) else None
    if part is None:
        return ""
    try:
        markup = str(part.get_content())
    except (LookupError, UnicodeDecodeError):
        return ""
    return html.unescape(_TAG.sub("", _LINE_END.sub("\n", markup)))


def found_email(message: Message, received: datetime | None, unread: bool) -> FoundEmail:
    subject = plain(str(message.get("Subject", "")))
    return FoundEmail(sender_of(message), received, subject, first_lines(message_text(message)), unread)

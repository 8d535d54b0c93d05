"""Building RFC 5322 messages for a new email, a reply (threaded) and a forward (original attached)."""

from __future__ import annotations

import mimetypes
from email.message import EmailMessage, Message
from email.utils import formatdate, getaddresses, make_msgid
from pathlib import Path

from tools.addresses import checked_address
from tools.backends import ToolError


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"


def header_safe(value: str) -> str:
    """Header values are one line: a newline in a subject must not start a new header."""
    return " ".join(value.split())


def _base(sender: str, recipients: tuple[str, ...], cc: tuple[str, ...], subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(checked_address(a) for a in recipients)
    if cc:
        message["Cc"] = ", ".join(checked_address(a) for a in cc)
    message["Subject"] = header_safe(subject)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=_domain(sender))
    message.set_content(body)
    return message


def attach_files(message: EmailMessage, paths: tuple[Path, ...]) -> None:
    """Attach each file; a missing file is an error naming it (nothing is sent without it)."""
    for path in paths:
        resolved = path.expanduser()
        if not resolved.is_file():
            raise ToolError(f"Attachment {str(path)!r} is not a file; find it with open_and_get_file_path.",
                            fixable=True)
        kind, _ = mimetypes.guess_type(resolved.name)
        maintype, subtype = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(resolved.read_bytes(), maintype=maintype, subtype=subtype, filename=resolved.name)


def new_message(
    sender: str, recipients: tuple[str, ...], cc: tuple[str, ...], subject: str, body: str,
    attachments: tuple[Path, ...],
) -> EmailMessage:
    message = _base(sender, recipients, cc, subject, body)
    attach_files(message, attachments)
    return message


def prefixed_subject(prefix: str, subject: str) -> str:
    """"Re: x" stays "Re: x"; otherwise the prefix is added once."""
    clean = header_safe(subject)
    return clean if clean.lower().startswith(prefix.lower()) else f"{prefix} {clean}".strip()


def original_text(original: Message) -> str:
    """The original's plain-text part (or "" when it has none)."""
    part = original.get_body(preferencelist=("plain",)) if isinstance(original, EmailMessage) else None
    if part is None:
        return ""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeDecodeError):
        return ""


def quoted(original: Message) -> str:
    lines = original_text(original).splitlines() or [""]
    header = f"On {original.get('Date', 'an earlier date')}, {original.get('From', 'the sender')} wrote:"
    return header + "\n" + "\n".join(f"> {line}" for line in lines)


def reply_recipients(original: Message) -> tuple[str, ...]:
    source = original.get_all("Reply-To") or original.get_all("From") or []
    addresses = tuple(address for _, address in getaddresses(source) if address)
    if not addresses:
        raise ToolError("The current email has no sender address to reply to.")
    return addresses


def reply_message(
    original: Message, sender: str, cc: tuple[str, ...], body: str, attachments: tuple[Path, ...]
) -> EmailMessage:
    text = f"{body}\n\n{quoted(original)}\n"
    message = _base(sender, reply_recipients(original), cc, prefixed_subject("Re:", original.get("Subject", "")),
                    text)
    original_id = original.get("Message-ID", "").strip()
    if original_id:
        message["In-Reply-To"] = original_id
        message["References"] = " ".join(filter(None, [original.get("References", "").strip(), original_id]))
    attach_files(message, attachments)
    return message


def forward_message(
    original: Message, sender: str, recipients: tuple[str, ...], cc: tuple[str, ...], body: str,
    attachments: tuple[Path, ...],
) -> EmailMessage:
    message = _base(sender, recipients, cc, prefixed_subject("Fwd:", original.get("Subject", "")), body)
    message.add_attachment(original, filename="forwarded.eml")
    attach_files(message, attachments)
    return message


def forwarded_inline(original: Message, body: str) -> str:
    """The forward body for a compose window, which cannot attach a message: the original inlined."""
    return (
        f"{body}\n\n---------- Forwarded message ----------\n"
        f"From: {original.get('From', '')}\nDate: {original.get('Date', '')}\n"
        f"Subject: {original.get('Subject', '')}\nTo: {original.get('To', '')}\n\n{original_text(original)}"
    )

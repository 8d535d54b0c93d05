"""The mail app on Linux: compose, reply and forward through the user's own mail setup.

Where the final text can be read before it leaves depends on `mail.mode`:
- "client" (default): a compose window opens in the user's mail client with everything filled in; nothing is
  sent until the user presses Send there.
- "draft": the message is saved to the IMAP Drafts folder; the user reviews and sends it from any mail client,
  and `errand undo` deletes the draft.
- "send": the message goes out through SMTP at once (after the plan's approval); the observation, kept in the
  history, contains the body that was sent. A sent email cannot be undone.

Reply and forward read "the current email" over IMAP (see mail_select), and say which message they used;
find_emails searches the inbox over IMAP. Both need the IMAP settings whatever the mode.
"""

from __future__ import annotations

import imaplib
from collections.abc import Callable
from contextlib import AbstractContextManager
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from tools.backends import Email, FoundEmail, MailQuery, ToolError
from tools.config import MailConfig
from tools.context import request_text
from tools.linux import mail_message
from tools.linux.imap_mailbox import IMAP_SETTINGS, Mailbox, open_mailbox
from tools.linux.mail_client import open_compose_window
from tools.linux.mail_select import MessageSummary, current_message, match_score
from tools.linux.mail_settings import (
    ServerSettings,
    imap_server,
    sender_address,
    smtp_server,
)
from tools.linux.smtp_send import send_message
from tools.undo import UndoJournal
from tools.writer import TextWriter, WritingTask

DELETE_DRAFT = "mail.delete_draft"
TIMEOUT_S = 20.0

PasswordLookup = Callable[[ServerSettings], str | None]


class LinuxMail:
    def __init__(self, config: MailConfig, *, passwords: PasswordLookup, writer: TextWriter,
                 journal: UndoJournal) -> None:
        self.config = config
        self.passwords = passwords
        self.writer = writer
        self.journal = journal
        self.smtp = smtp_server(config)
        self.imap = imap_server(config)
        journal.register(DELETE_DRAFT, self._delete_draft)

    # MailBackend -------------------------------------------------------------------------------------------

    def compose(self, email: Email) -> str:
        if not email.recipients:
            raise ToolError("compose_new_email needs at least one recipient.", fixable=True)
        body = self._write(email.body)
        to = _names(email.recipients, email.cc)
        subject = mail_message.header_safe(email.subject)  # one line, as it goes out: the report names it so
        if self.config.mode == "client":
            open_compose_window(self.config.client, email.recipients, email.cc, subject, body, email.attachments)
            return f"Opened a new email {to}, subject {subject!r}, in your mail client; send it from there."
        message = mail_message.new_message(self._sender(), email.recipients, email.cc, subject, body,
                                           email.attachments)
        return self._deliver(message, f"the email {to}, subject {subject!r}")

    def reply(self, cc: tuple[str, ...], body: str, attachments: tuple[Path, ...]) -> str:
        chosen, original, which = self._current()
        text = self._write(body)
        used = f"Replying to the email {chosen.describe()} ({which})"
        if self.config.mode == "client":
            recipients = mail_message.reply_recipients(original)
            open_compose_window(self.config.client, recipients, cc,
                                mail_message.prefixed_subject("Re:", chosen.subject),
                                f"{text}\n\n{mail_message.quoted(original)}\n", attachments)
            return f"{used}: opened the reply in your mail client; send it from there."
        message = mail_message.reply_message(original, self._sender(), cc, text, attachments)
        return f"{used}: {self._deliver(message, 'the reply ' + _names(_to(message), cc))}"

    def forward(self, recipients: tuple[str, ...], cc: tuple[str, ...], body: str,
                attachments: tuple[Path, ...]) -> str:
        if not recipients:
            raise ToolError("forward_email needs at least one recipient.", fixable=True)
        chosen, original, which = self._current()
        text = self._write(body)
        used = f"Forwarding the email {chosen.describe()} ({which})"
        if self.config.mode == "client":
            open_compose_window(self.config.client, recipients, cc,
                                mail_message.prefixed_subject("Fwd:", chosen.subject),
                                mail_message.forwarded_inline(original, text), attachments)
            return f"{used}: opened the forward in your mail client; send it from there."
        message = mail_message.forward_message(original, self._sender(), recipients, cc, text, attachments)
        return f"{used}: {self._deliver(message, 'the forward ' + _names(recipients, cc))}"

    def find(self, query: MailQuery) -> list[FoundEmail]:
        if not self.imap.configured:
            raise ToolError(f"Reading email needs an IMAP account (mail.imap_host is not set): {IMAP_SETTINGS}.")
        with self._mailbox() as mailbox:
            return mailbox.find(self.config.inbox_folder, query)

    # helpers -----------------------------------------------------------------------------------------------

    def _write(self, context: str) -> str:
        return self.writer.write(WritingTask(kind="email_body", request=request_text.get(), material=context))

    def _sender(self) -> str:
        sender = sender_address(self.config)
        if "@" not in sender:
            raise ToolError("Set mail.address (your email address) in the settings to send or save email.")
        return sender

    def _mailbox(self) -> AbstractContextManager[Mailbox]:
        return open_mailbox(self.imap, lambda: self.passwords(self.imap), TIMEOUT_S)

    def _current(self) -> tuple[MessageSummary, EmailMessage, str]:
        """The current email, read in one short IMAP session (the writer may take a while afterwards)."""
        folder = self.config.inbox_folder
        request = request_text.get()
        with self._mailbox() as mailbox:
            chosen = current_message(mailbox.recent(folder), request)
            if chosen is None:
                raise ToolError(f"There is no email in {folder} to act on.")
            original = mailbox.fetch(folder, chosen.key)
        which = "it matches the request" if match_score(chosen, request) > 0 else f"the most recent in {folder}"
        return chosen, original, which

    def _deliver(self, message: EmailMessage, what: str) -> str:
        if self.config.mode == "draft":
            return self._save_draft(message, what)
        try:
            send_message(message, self.smtp, lambda: self.passwords(self.smtp), TIMEOUT_S)
        except ToolError as failure:  # nothing is lost: the message waits as a draft where IMAP is set up
            if not self.config.imap_host.strip():
                raise
            try:
                kept = self._save_draft(message, what)
            except (ToolError, OSError, imaplib.IMAP4.error) as also:
                raise ToolError(f"{failure} It could not be kept as a draft either ({also}).") from failure
            raise ToolError(f"{failure} Nothing was sent; {kept[0].lower()}{kept[1:]}") from failure
        body = mail_message.original_text(message).strip()
        return f"Sent {what}.{self._keep_sent(message)} A sent email cannot be undone. The text sent:\n{body}"

    def _keep_sent(self, message: EmailMessage) -> str:
        """A copy in the Sent folder, as mail clients keep one; the answer says where, or why not."""
        if not self.config.imap_host.strip():
            return ""
        folder = self.config.sent_folder
        try:
            with self._mailbox() as mailbox:
                mailbox.save_sent(folder, message)
        except (ToolError, OSError, imaplib.IMAP4.error) as error:
            return f" It was sent, but no copy could be kept in {folder} ({error})."
        return f" A copy is in {folder}."

    def _save_draft(self, message: EmailMessage, what: str) -> str:
        folder = self.config.drafts_folder
        with self._mailbox() as mailbox:
            mailbox.save_draft(folder, message)
        self.journal.record(DELETE_DRAFT, f"Saved a draft of {what} in {folder}",
                            {"folder": folder, "message_id": str(message["Message-ID"])})
        return f"Saved {what} as a draft in {folder}; review and send it from your mail client."

    def _delete_draft(self, payload: dict[str, Any]) -> str:
        with self._mailbox() as mailbox:
            deleted = mailbox.delete(payload["folder"], payload["message_id"])
        if not deleted:
            return f"The draft was no longer in {payload['folder']} (already sent or deleted)."
        return f"Deleted the draft from {payload['folder']}."


def _to(message: EmailMessage) -> tuple[str, ...]:
    return tuple(address for _, address in getaddresses(message.get_all("To", [])))


def _names(recipients: tuple[str, ...], cc: tuple[str, ...]) -> str:
    text = "to " + ", ".join(recipients)
    return f"{text} (cc {', '.join(cc)})" if cc else text

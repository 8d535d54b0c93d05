"""Mail.app: compose, reply and forward. `mail.mode` decides: "client" leaves the message open in a Mail
window for the user to read, edit and send; "draft" saves it to Drafts; "send" sends it at once.

"The current email" is chosen exactly as on Linux (mail_select), from the newest inbox messages.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tools.backends import Email, ToolError
from tools.config import MailConfig
from tools.context import request_text
from tools.linux.mail_client import checked_attachment
from tools.linux.mail_message import checked_address
from tools.linux.mail_select import MessageSummary, current_message, match_score
from tools.macos.osascript import joined_lines, records, run_script
from tools.macos.scripts import MAIL_COMPOSE, MAIL_RECENT, MAIL_RESPOND
from tools.writer import TextWriter, WritingTask

RECENT_LIMIT = 50
_OUTCOMES = {
    "client": "opened it in Mail; send it from there",
    "draft": "saved it to Mail's Drafts; send it from there",
    "send": "sent it; a sent email cannot be undone",
}


class AppleMail:
    def __init__(self, config: MailConfig, writer: TextWriter) -> None:
        self.config = config
        self.writer = writer

    def compose(self, email: Email) -> str:
        if not email.recipients:
            raise ToolError("compose_new_email needs at least one recipient.", fixable=True)
        arguments = [" ".join(email.subject.split()), self._write(email.body), _addresses(email.recipients),
                     _addresses(email.cc), _files(email.attachments), self.config.mode]
        run_script(MAIL_COMPOSE, arguments, app="Mail")
        return f"New email to {', '.join(email.recipients)}, subject {email.subject!r}: {_OUTCOMES[self.config.mode]}."

    def reply(self, cc: tuple[str, ...], body: str, attachments: tuple[Path, ...]) -> str:
        return self._respond("reply", (), cc, body, attachments)

    def forward(self, recipients: tuple[str, ...], cc: tuple[str, ...], body: str,
                attachments: tuple[Path, ...]) -> str:
        if not recipients:
            raise ToolError("forward_email needs at least one recipient.", fixable=True)
        return self._respond("forward", recipients, cc, body, attachments)

    def _respond(self, action: str, recipients: tuple[str, ...], cc: tuple[str, ...], body: str,
                 attachments: tuple[Path, ...]) -> str:
        request = request_text.get()
        chosen = current_message(self._recent(), request)
        if chosen is None:
            raise ToolError("There is no email in the inbox to act on.")
        which = "it matches the request" if match_score(chosen, request) > 0 else "the most recent in the inbox"
        arguments = [chosen.key, action, self._write(body), _addresses(recipients), _addresses(cc),
                     _files(attachments), self.config.mode]
        run_script(MAIL_RESPOND, arguments, app="Mail")
        verb = "Replied to" if action == "reply" else "Forwarded"
        return f"{verb} the email {chosen.describe()} ({which}): {_OUTCOMES[self.config.mode]}."

    def _recent(self) -> list[MessageSummary]:
        found = []
        for fields in records(run_script(MAIL_RECENT, [str(RECENT_LIMIT)], app="Mail")):
            key, sender, subject, received = (fields + ["", "", "", ""])[:4]
            found.append(MessageSummary(key, sender, subject, _date(received)))
        return found

    def _write(self, context: str) -> str:
        return self.writer.write(WritingTask(kind="email_body", request=request_text.get(), material=context))


def _date(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def _addresses(values: tuple[str, ...]) -> str:
    return joined_lines([checked_address(v) for v in values], what="Address")


def _files(paths: tuple[Path, ...]) -> str:
    return joined_lines([str(checked_attachment(p)) for p in paths], what="Attachment path")

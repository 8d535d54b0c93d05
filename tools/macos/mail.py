"""Mail.app: compose, reply and forward. `mail.mode` decides: "client" leaves the message open in a Mail
window for the user to read, edit and send; "draft" saves it to Drafts; "send" sends it at once.

"The current email" is chosen exactly as on Linux (mail_select), from the newest inbox messages; find_emails
uses the same search terms as on Linux (mail_search), matched by the MAIL_FIND script in Mail's inbox.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tools.addresses import checked_address
from tools.backends import Email, FoundEmail, MailQuery, ToolError
from tools.config import MailConfig
from tools.context import request_text
from tools.linux.mail_client import checked_attachment
from tools.linux.mail_search import first_lines, plain, search_words
from tools.linux.mail_select import MessageSummary, current_message, match_score
from tools.macos.osascript import joined_lines, records, run_script
from tools.macos.scripts import MAIL_COMPOSE, MAIL_FIND, MAIL_RECENT, MAIL_RESPOND
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

    def find(self, query: MailQuery) -> list[FoundEmail]:
        limit = max(query.limit, 0)
        arguments = [plain(query.sender), "\n".join(search_words(query)), *_date_arguments(query.since),
                     "1" if query.unread_only else "0", str(limit)]
        found = [_found(fields) for fields in records(run_script(MAIL_FIND, arguments, app="Mail"))]
        return sorted(found, key=lambda f: f.date or datetime.min, reverse=True)[:limit]

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


def _date_arguments(moment: datetime | None) -> list[str]:
    """Year, month, day and seconds of the day in local time (the script's makeDate), or four empty strings."""
    if moment is None:
        return ["", "", "", ""]
    local = moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    return [str(local.year), str(local.month), str(local.day),
            str(local.hour * 3600 + local.minute * 60 + local.second)]


def _found(fields: list[str]) -> FoundEmail:
    sender, received, subject, content, read = (fields + [""] * 5)[:5]
    return FoundEmail(sender, _date(received), plain(subject), first_lines(content), unread=read != "1")


def _addresses(values: tuple[str, ...]) -> str:
    return joined_lines([checked_address(v) for v in values], what="Address")


def _files(paths: tuple[Path, ...]) -> str:
    return joined_lines([str(checked_attachment(p)) for p in paths], what="Attachment path")

"""SMS (or iMessage) through Messages.app, which sends SMS via a paired iPhone. A sent message cannot be undone."""

from __future__ import annotations

from tools.backends import ToolError
from tools.macos.osascript import joined_lines, run_script
from tools.macos.scripts import MESSAGES_SEND


class AppleMessages:
    def send(self, recipients: tuple[str, ...], message: str) -> str:
        if not recipients:
            raise ToolError("send_sms needs at least one phone number.", fixable=True)
        if not message.strip():
            raise ToolError("send_sms needs a message to send.", fixable=True)
        run_script(MESSAGES_SEND, [message, joined_lines(recipients, what="Phone number")], app="Messages")
        return f"Sent the message to {', '.join(recipients)} with Messages. A sent message cannot be undone."

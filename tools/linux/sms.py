"""SMS through a phone paired with KDE Connect (`kdeconnect-cli`), the only SMS route a Linux desktop has.

Without KDE Connect or a reachable paired phone, sending fails with an observation saying how to enable it.
A sent SMS cannot be undone, so nothing is recorded in the undo journal.
"""

from __future__ import annotations

import re
import subprocess

from tools.argv import checked_argv
from tools.backends import ToolError
from tools.config import SmsConfig

COMMAND = "kdeconnect-cli"
TIMEOUT_S = 30.0
_NUMBER = re.compile(r"^\+?[0-9][0-9 ().-]{2,}$")
_HOW_TO_ENABLE = (
    "To enable SMS, install KDE Connect on this computer (package kdeconnect) and the KDE Connect app on your "
    "Android phone, pair them, allow the SMS permission on the phone, and keep both on the same network."
)


class KdeConnectSms:
    def __init__(self, config: SmsConfig, command: str = COMMAND) -> None:
        self.config = config
        self.command = command

    def send(self, recipients: tuple[str, ...], message: str) -> str:
        if not recipients:
            raise ToolError("send_sms needs at least one phone number.", fixable=True)
        if not message.strip():
            raise ToolError("send_sms needs a message to send.", fixable=True)
        numbers = [_checked_number(r) for r in recipients]
        device = self._device()
        sent: list[str] = []
        for number in numbers:
            try:
                self._run(["-d", device, "--send-sms", message, "--destination", number])
            except ToolError as error:
                done = f" It was already sent to {', '.join(sent)}." if sent else ""
                raise ToolError(f"{error}{done}") from error
            sent.append(number)
        return f"Sent the SMS to {', '.join(sent)} through your phone (KDE Connect). A sent SMS cannot be undone."

    def _device(self) -> str:
        available = self._run(["--list-available", "--id-only"]).split()
        if not available:
            raise ToolError(f"SMS is unavailable: no paired phone is reachable through KDE Connect. {_HOW_TO_ENABLE}")
        wanted = self.config.device_id.strip()
        if wanted and wanted not in available:
            raise ToolError(f"SMS is unavailable: the phone {wanted!r} set in sms.device_id is not reachable "
                            f"(reachable: {', '.join(available)}). Unlock it and check it is on the same network.")
        return wanted or available[0]

    def _run(self, arguments: list[str]) -> str:
        try:
            done = subprocess.run(checked_argv([self.command, *arguments]), capture_output=True, text=True,
                                  timeout=TIMEOUT_S,
                                  stdin=subprocess.DEVNULL)
        except FileNotFoundError as error:
            raise ToolError(f"SMS is unavailable: {self.command} is not installed. {_HOW_TO_ENABLE}") from error
        except subprocess.TimeoutExpired as error:
            raise ToolError(f"KDE Connect did not answer within {TIMEOUT_S:.0f} s; is the phone reachable?") from error
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
            raise ToolError(f"KDE Connect failed: {detail}.")
        return done.stdout


def _checked_number(value: str) -> str:
    number = value.strip()
    if not _NUMBER.match(number):
        raise ToolError(f"{value!r} is not a phone number; look it up with get_phone_number.", fixable=True)
    return number

"""Opening a file or URL with the user's default application, as a separate process and never through a shell."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Protocol

from tools.backends import ToolError


class Opener(Protocol):
    def __call__(self, target: str) -> None: ...


class CommandOpener:
    """Runs `command + [target]` (e.g. xdg-open) detached; the target is one argument, never parsed as code."""

    def __init__(self, command: Sequence[str]) -> None:
        self.command = tuple(command)

    def __call__(self, target: str) -> None:
        try:
            subprocess.Popen(
                [*self.command, target], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, start_new_session=True,
            )
        except OSError as exc:
            raise ToolError(f"Cannot open {target}: {self.command[0]} is not available ({exc.strerror}).") from exc


def system_opener(platform: str = sys.platform) -> CommandOpener:
    return CommandOpener(["open"] if platform == "darwin" else ["xdg-open"])

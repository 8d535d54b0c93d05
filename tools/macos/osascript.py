"""Running a constant AppleScript with `osascript`, the values passed only as arguments (`on run argv`).

The script text goes to osascript's standard input and never contains a value from the request, so no value
can become AppleScript code. Scripts answer with records separated by RECORD and fields by FIELD (ASCII 30
and 31), which cannot occur in names or addresses, and raise `error "..." number 1000..1099` for problems the
user can fix; those messages become the observation.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence

from tools.argv import checked_argv
from tools.backends import ToolError

COMMAND = "osascript"
TIMEOUT_S = 60.0
RECORD = "\x1e"
FIELD = "\x1f"
_EXECUTION_ERROR = re.compile(r"execution error: (?P<message>.*) \((?P<number>-?\d+)\)\s*$", re.DOTALL)
_NOT_AUTHORISED = {-1743, -10004}


def run_script(script: str, arguments: Sequence[str], *, app: str, timeout: float = TIMEOUT_S) -> str:
    """Run `script` with `arguments` as its argv; return its result text or raise a ToolError saying what to fix."""
    if not script.lstrip().startswith("on run argv"):
        raise ValueError("an Errand AppleScript must start with 'on run argv'")
    argv = checked_argv([COMMAND, "-", *arguments])
    try:
        done = subprocess.run(argv, input=script, capture_output=True, text=True, timeout=timeout)
    except FileNotFoundError as error:
        raise ToolError(f"{app} needs osascript, which only exists on macOS.") from error
    except subprocess.TimeoutExpired as error:
        raise ToolError(f"{app} did not answer within {timeout:.0f} s; is it waiting for a dialog?") from error
    if done.returncode != 0:
        raise _script_error(done.stderr, app)
    return done.stdout.rstrip("\n")


def _script_error(stderr: str, app: str) -> ToolError:
    match = _EXECUTION_ERROR.search(stderr.strip())
    if not match:
        return ToolError(f"{app} failed: {stderr.strip() or 'osascript exited with an error'}.")
    message, number = match.group("message").strip(), int(match.group("number"))
    if number in _NOT_AUTHORISED:
        return ToolError(f"Errand is not allowed to control {app}: allow it in System Settings > Privacy & "
                         "Security > Automation, then try again.")
    if 1000 <= number < 1100:
        return ToolError(message, fixable=True)
    return ToolError(f"{app} failed: {message} ({number}).")


def records(output: str) -> list[list[str]]:
    """The script's answer as records of fields (an empty answer is no records)."""
    return [record.split(FIELD) for record in output.split(RECORD) if record]


def joined_lines(values: Sequence[str], *, what: str) -> str:
    """Several values in one argument, one per line (the scripts split them); a value may not contain one."""
    for value in values:
        if "\n" in value or "\r" in value:
            raise ToolError(f"{what} {value!r} cannot contain a line break.", fixable=True)
    return "\n".join(values)

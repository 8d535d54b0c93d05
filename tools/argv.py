"""Checking an argument list before it is handed to a program (always a list, never a shell command line)."""

from __future__ import annotations

from collections.abc import Sequence

from tools.backends import ToolError


def checked_argv(argv: Sequence[str]) -> list[str]:
    """The argv as a list of str; a value with a NUL character (which no argument can carry) is a ToolError."""
    for value in argv:
        if "\0" in value:
            raise ToolError(f"{value!r} contains a NUL character; remove it and try again.", fixable=True)
    return [str(value) for value in argv]

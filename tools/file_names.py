"""Names that become file or folder names: they must fit the file system, which counts bytes, not characters.

A name of 120 CJK characters or 80 emoji is 360 or 320 bytes in UTF-8, over the 255 bytes most file systems
allow for one name. Callers either cut a name to fit (`fitted`, and say so) or refuse it with a sentence
(`checked_component`); nothing reaches the file system to fail there with "File name too long".
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tools.backends import ToolError

NAME_MAX_BYTES = 255  # ext4, btrfs, APFS, NTFS (in UTF-16 units, never fewer than this in UTF-8 bytes here)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def name_max(folder: Path) -> int:
    """The longest name in bytes the file system under `folder` (or its nearest existing parent) allows."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            try:
                return min(os.pathconf(candidate, "PC_NAME_MAX"), NAME_MAX_BYTES)
            except (OSError, ValueError):
                break
    return NAME_MAX_BYTES


def fitted(name: str, budget: int) -> str:
    """`name` cut at a character boundary so that its UTF-8 form has at most `budget` bytes."""
    data = name.encode("utf-8")
    if len(data) <= budget:
        return name
    return data[:budget].decode("utf-8", errors="ignore").rstrip()


def checked_component(name: str, what: str, folder: Path) -> str:
    """A folder or file name used as given: refused with a sentence when it has control characters (a newline
    would split a display name) or more bytes than the file system allows."""
    if _CONTROL.search(name):
        raise ToolError(f"The {what} {name[:80]!r} contains a control character (such as a line break); use a "
                        "plain name.", fixable=True)
    size, limit = len(name.encode("utf-8")), name_max(folder)
    if size > limit:
        raise ToolError(f"The {what} {fitted(name, 60)!r}... is {size} bytes long; names on this disk can have "
                        f"at most {limit} bytes. Use a shorter name.", fixable=True)
    return name


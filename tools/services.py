"""What a backend factory receives: the services every backend may need besides its own settings, and the
folders derived from the settings that several backends share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.config import ToolsConfig
from tools.opener import Opener
from tools.paths import data_dir
from tools.secrets import SecretStore
from tools.shared_folders import SharedFolders, default_roots
from tools.undo import UndoJournal
from tools.writer import TextWriter


@dataclass(frozen=True)
class Services:
    """What backends may need besides their own settings."""

    config: ToolsConfig
    secrets: SecretStore
    journal: UndoJournal
    writer: TextWriter
    opener: Opener
    platform: str


Factory = Callable[[Services], Any]


def notes_folder(s: Services) -> Path:
    home_notes = Path.home() / "Notes"
    return path_or(s.config.notes.folder, home_notes if home_notes.is_dir() else data_dir() / "notes")


def shared_folders(s: Services) -> SharedFolders:
    """The folders file tools may see: the user's list, else Documents, Downloads, Desktop and the notes folder."""
    roots = [Path(r).expanduser() for r in s.config.files.roots] or default_roots(notes_folder(s))
    return SharedFolders(roots)


def path_or(value: str, default: Path) -> Path:
    """A folder setting: the user's path, or the default when it is empty."""
    return Path(value).expanduser() if value.strip() else default

"""The one path check for every tool that reads, opens, attaches or sends a file.

Tools see only the folders the user shares with Errand (settings `files.roots`; by default Documents, Downloads,
Desktop and the notes folder). A path is resolved first (`~`, `..` and symlinks), so a link inside a shared
folder cannot lead out of it. Hidden files and folders, and the places secrets live (ssh and gpg keys,
keyrings, password stores, browser and cloud-tool profiles, `.env` files, /proc, /etc...), are never
offered even inside a shared folder. Every refusal is a ToolError with a sentence that says what to do. Any
other file outside the shared folders is used only when the user approved it by name for the request
(`outside` finds such files for the approval view; `tools.context.granted_files` carries the approval).

    shared = SharedFolders([Path("~/Documents")])
    shared.check("~/Documents/Q3_report.pdf")     # the resolved path
    shared.check("~/.ssh/id_rsa")                 # ToolError: ... a place where secrets are kept ...
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from platformdirs import user_desktop_dir, user_documents_dir, user_downloads_dir

from tools.backends import ToolError
from tools.context import granted_files

# Folder or file names that hold secrets wherever they are (matched case-insensitively on every path part).
SECRET_NAMES = frozenset({
    ".ssh", ".gnupg", ".pki", ".password-store", "keyrings", ".local/share/keyrings", ".mozilla", ".thunderbird",
    "google-chrome", "chromium", "bravesoftware", ".aws", ".azure", ".kube", ".docker", ".netrc", ".pgpass",
    ".env", ".npmrc", ".pypirc", ".git-credentials", "id_rsa", "id_ecdsa", "id_ed25519", "id_dsa",
    "authorized_keys", "known_hosts", "shadow", "gshadow", "keychains", "1password", "bitwarden",
})
SYSTEM_FOLDERS = tuple(Path(p) for p in ("/proc", "/sys", "/dev", "/etc", "/boot", "/root", "/run", "/var",
                                         "/private/etc", "/private/var", "/Library/Keychains"))


def default_roots(notes_folder: Path | None = None) -> list[Path]:
    """Documents, Downloads and Desktop (the platform's own names for them), and the notes folder."""
    roots = [Path(user_documents_dir()), Path(user_downloads_dir()), Path(user_desktop_dir())]
    return roots + ([notes_folder] if notes_folder is not None else [])


class SharedFolders:
    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = tuple(_resolved(Path(root).expanduser()) for root in roots)

    def describe(self) -> str:
        return ", ".join(str(root) for root in self.roots) or "no folder"

    def check(self, path: str | Path) -> Path:
        """The resolved path of an existing file inside a shared folder, or a ToolError saying why not."""
        text = str(path)
        if not text.strip():
            raise ToolError("No file was given.", fixable=True)
        if "\x00" in text:
            raise ToolError("A file name cannot contain a NUL character.")
        given = Path(text).expanduser()
        if not given.is_absolute():
            raise ToolError(f"{text!r} is not a full path; find the file first (open_and_get_file_path) and use "
                            "the path it returns.", fixable=True)
        try:
            resolved = given.resolve(strict=True)
        except FileNotFoundError:
            raise ToolError(f"There is no file {text}.") from None
        except OSError as exc:  # a name too long for the file system, a loop of links...
            raise ToolError(f"Errand cannot use {text[:200]!r}: {exc.strerror or exc}.") from None
        self._refuse_secret(given, resolved)
        root = self._root_of(resolved)
        if root is None and resolved in granted_files.get() and not _hidden(resolved.parts) and resolved.is_file():
            return resolved
        if root is None:
            raise ToolError(f"{resolved} is outside the folders you share with Errand ({self.describe()}). "
                            "Move the file into one of them, or add its folder in Settings > Files.")
        hidden = [part for part in resolved.relative_to(root).parts if part.startswith(".")]
        if hidden:
            raise ToolError(f"{resolved} is hidden ({hidden[0]}); Errand does not use hidden files or folders.")
        if not resolved.is_file():
            raise ToolError(f"{resolved} is a folder, not a file.")
        return resolved

    def outside(self, path: str | Path) -> Path | None:
        """The resolved file when `path` is an existing, ordinary file outside every shared folder, which the
        user may approve by name; None for a shared, missing, hidden, secret or system file (`check` says why)."""
        text = str(path)
        given = Path(text).expanduser()
        if not text.strip() or "\x00" in text or not given.is_absolute():
            return None
        try:
            resolved = given.resolve(strict=True)
            self._refuse_secret(given, resolved)
        except (OSError, ToolError):
            return None
        if self._root_of(resolved) is not None or _hidden(resolved.parts) or not resolved.is_file():
            return None
        return resolved

    def allows(self, path: str | Path) -> bool:
        try:
            self.check(path)
        except ToolError:
            return False
        return True

    def _root_of(self, resolved: Path) -> Path | None:
        for root in self.roots:
            if resolved == root or resolved.is_relative_to(root):
                return root
        return None

    @staticmethod
    def _refuse_secret(given: Path, resolved: Path) -> None:
        for candidate in (given, resolved):
            if any(candidate == folder or candidate.is_relative_to(folder) for folder in SYSTEM_FOLDERS):
                raise ToolError(f"{given} is a system file; Errand never reads or sends system files.")
            if _secret_part(candidate.parts):
                raise ToolError(f"{given} is in a place where secrets are kept (keys, passwords, browser "
                                "profiles); Errand never reads or sends those.")


def _hidden(parts: Iterable[str]) -> bool:
    return any(part.startswith(".") for part in parts)


def _secret_part(parts: Iterable[str]) -> bool:
    return any(part.casefold() in SECRET_NAMES for part in parts)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return Path(os.path.abspath(path))

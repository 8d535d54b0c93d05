"""Notes as Markdown files in a folder (sub-folders are note folders), as Obsidian and Joplin vaults keep them.

A note's name is its file name without `.md`. `create` never overwrites: when a note of that name exists in
the folder, the new one gets the first free name "Name (2)", "Name (3)"... and the observation says so.
Appends and line removals are atomic and keep every other byte of the existing text. Hidden folders (.obsidian,
.trash) are skipped.
"""

from __future__ import annotations

import glob
import re
import threading
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz, process

from tools.backends import ToolError
from tools.file_names import NAME_MAX_BYTES, checked_component, fitted, name_max
from tools.fileops import record_created, record_replaced, write_atomic
from tools.matching import line_item
from tools.undo import UndoJournal

NOTE_SUFFIX = ".md"
_FUZZY_CUTOFF = 80
_UNSAFE_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f]')


# Room for NOTE_SUFFIX and a " (999)" that tells two notes of one name apart.
_STEM_BUDGET_RESERVE = len(NOTE_SUFFIX.encode()) + len(" (999)")


def safe_name(name: str, budget: int = NAME_MAX_BYTES - _STEM_BUDGET_RESERVE) -> str:
    """A note name usable as a file name on every desktop system (path separators and control chars -> '-'),
    cut to `budget` bytes of UTF-8 (callers say when it was cut)."""
    cleaned = _UNSAFE_NAME.sub("-", name).strip().strip(".").strip()
    if not cleaned:
        raise ToolError(f"{name[:80]!r} cannot be used as a note name; give the note a name.", fixable=True)
    return fitted(cleaned, budget)


def _as_on_disk(base: Path, name: str) -> Path:
    """The folder `name` in `base`, spelt as an existing folder is when only the case differs ("reading" is the
    user's "Reading"), so a spoken or lower-case folder name never makes a second folder beside the real one."""
    exact = base / name
    if exact.is_dir() or not base.is_dir():
        return exact
    matches = [child for child in base.iterdir() if child.is_dir() and child.name.casefold() == name.casefold()]
    return matches[0] if len(matches) == 1 else exact


class MarkdownNotes:
    def __init__(self, root: Path, journal: UndoJournal) -> None:
        self.root = root
        self.journal = journal
        self._writing = threading.Lock()  # parallel plan steps appending to one note must not lose a line

    def _folder(self, folder: str) -> Path:
        relative = folder.strip().replace("\\", "/")
        parts = [p.strip() for p in relative.split("/") if p.strip()]
        if relative.startswith("/") or any(p.startswith(".") or _UNSAFE_NAME.search(p) for p in parts):
            raise ToolError(f"Folder {folder[:80]!r} is not a notes folder name.", fixable=True)
        path = self.root
        for part in parts:
            path = _as_on_disk(path, checked_component(part, "notes folder name", self.root))
        return path

    def _label(self, path: Path) -> str:
        relative = path.relative_to(self.root)
        folder = str(relative.parent) if str(relative.parent) != "." else "the notes folder"
        return f"'{path.stem}' in {folder}"

    def _notes(self, folder: str) -> list[Path]:
        base = self._folder(folder)
        if not base.is_dir():
            return []
        found = []
        for path in base.rglob(f"*{NOTE_SUFFIX}"):
            relative = path.relative_to(self.root).parts
            if not any(part.startswith(".") for part in relative) and path.is_file():
                found.append(path)
        return sorted(found)

    def find(self, name: str, folder: str) -> Path:
        """The note called `name` (exact, case-insensitive), else the closest fuzzy match; errors say why not."""
        notes = self._notes(folder)
        where = f"folder {folder!r}" if folder.strip() else f"the notes folder {self.root}"
        if not notes:
            raise ToolError(f"There are no notes in {where}.", fixable=bool(folder.strip()))
        wanted = name.strip().casefold()
        # the name as `create` stored it ("../x" as "-x", "*" as "-", a long name cut to fit) finds the note too
        try:
            stored = safe_name(name, name_max(self._folder(folder)) - _STEM_BUDGET_RESERVE).casefold()
        except ToolError:  # a name `create` refuses ("...") names no stored note but may still match one fuzzily
            stored = wanted
        exact = [p for p in notes if p.stem.casefold() in (wanted, stored)]
        if not exact:
            scored = process.extract(wanted, {p: p.stem.casefold() for p in notes}, scorer=fuzz.WRatio,
                                     score_cutoff=_FUZZY_CUTOFF, limit=5)
            best = scored[0][1] if scored else 0
            exact = [path for _, score, path in scored if score == best]
        if not exact:
            raise ToolError(f"No note named {name!r} in {where}.", fixable=True)
        if len(exact) > 1:
            names = "; ".join(self._label(p) for p in exact)
            raise ToolError(f"Several notes match {name!r}: {names}. Say which folder.", fixable=True)
        return exact[0]

    def create(self, name: str, content: str, folder: str) -> str:
        base = self._folder(folder)
        stem = safe_name(name, name_max(base) - _STEM_BUDGET_RESERVE)
        shortened = stem != _UNSAFE_NAME.sub("-", name).strip().strip(".").strip()
        if shortened:  # the file name had to be cut: the whole name opens the note, so nothing is lost
            content = f"{name.strip()}\n\n{content}"
        data = _with_final_newline(content).encode("utf-8")
        taken = {p.name for p in base.glob(f"{glob.escape(stem)}*{NOTE_SUFFIX}")} if base.is_dir() else set()
        for attempt in range(1, 1000):
            candidate = base / f"{stem if attempt == 1 else f'{stem} ({attempt})'}{NOTE_SUFFIX}"
            if candidate.name in taken:  # known to exist: no write attempt (the exclusive write still decides)
                continue
            try:
                write_atomic(candidate, data, exclusive=True)
            except FileExistsError:
                continue
            record_created(self.journal, candidate, data, f"Created note {self._label(candidate)}")
            clash = f" (a note named '{stem}' already existed there)" if attempt > 1 else ""
            cut = (" Its name was shortened to fit the file system; the full name is its first line."
                   if shortened else "")
            return f"Note {self._label(candidate)} created{clash}.{cut}"
        raise ToolError(f"Too many notes named {stem!r} in {base}; choose another name.", fixable=True)

    def open(self, name: str, folder: str) -> str:
        path = self.find(name, folder)
        # bytes decoded as they are: read_text would turn CR and CRLF into LF, so the note would read back other
        # than it was stored
        text = path.read_bytes().decode("utf-8", errors="replace")
        return text if text.strip() else f"The note {self._label(path)} is empty."

    def append(self, name: str, content: str, folder: str) -> str:
        path = self.find(name, folder)
        with self._writing:
            previous = path.read_bytes()
            separator = b"" if not previous or previous.endswith(b"\n") else b"\n"
            data = previous + separator + _with_final_newline(content).encode("utf-8")
            write_atomic(path, data)
            record_replaced(self.journal, path, previous, data, f"Appended to note {self._label(path)}")
        return f"Appended to note {self._label(path)}."

    def remove_lines(self, name: str, folder: str, lines: Sequence[str]) -> str:
        """Remove exactly `lines` (each the first remaining line equal to it); all of them or nothing."""
        path = self.find(name, folder)
        with self._writing:
            previous = path.read_bytes()
            kept = without_lines(previous.decode("utf-8", "surrogateescape"), lines, self._label(path))
            data = kept.encode("utf-8", "surrogateescape")
            write_atomic(path, data)
            removed = removal_summary(lines)
            record_replaced(self.journal, path, previous, data, f"Removed {removed} from note {self._label(path)}")
        return f"Removed {removed} from note {self._label(path)}: {'; '.join(line_item(x) for x in lines)}."


def without_lines(text: str, lines: Sequence[str], label: str) -> str:
    """`text` (decoded with surrogateescape) less one line equal to each of `lines` as `open` showed it (bytes
    that are not UTF-8 as U+FFFD, line breaks as str.splitlines sees them); a line no longer there means the note
    changed since it was read, so nothing is removed."""
    chunks = text.splitlines(keepends=True)

    def shown(chunk: str) -> str:
        return chunk.splitlines()[0].encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    for line in lines:
        index = next((i for i, chunk in enumerate(chunks) if shown(chunk) == line), None)
        if index is None:
            raise ToolError(f"The note {label} no longer has the line {line!r}; nothing was removed.", fixable=True)
        del chunks[index]
    return "".join(chunks)


def removal_summary(lines: Sequence[str]) -> str:
    return f"{len(lines)} line{'s' if len(lines) != 1 else ''}"


def _with_final_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"

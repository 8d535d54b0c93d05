"""Finding a file by name under the configured roots, then opening it with the default application.

The walk is breadth-first (shallow files are seen first), skips hidden and cache folders, and stops after a
bounded number of entries. Ranking: exact file name, then exact name without extension, then fuzzy; ties go
to the shallower, then the more recently modified file.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from rapidfuzz import fuzz

from tools.backends import ToolError
from tools.opener import Opener
from tools.shared_folders import SharedFolders

log = logging.getLogger(__name__)

SKIPPED_FOLDERS = frozenset({
    "node_modules", "__pycache__", "site-packages", "venv", "Cache", "cache", "Caches", "CachedData",
    "snap", "Trash", "build", "dist", "target",
})
_FUZZY_CUTOFF = 75


@dataclass(frozen=True)
class _Candidate:
    rank: float  # higher is better
    depth: int
    mtime: float
    path: Path


class FileFinder:
    def __init__(self, roots: Sequence[Path], opener: Opener | None, *, max_entries: int = 200_000) -> None:
        self.shared = SharedFolders(roots)  # the folders the user shares: nothing outside them is found
        self.roots = self.shared.roots
        self.opener = opener
        self.max_entries = max_entries

    def _walk(self) -> Iterator[tuple[str, str, int]]:
        """(name, path, depth) of every visible file, breadth-first, within the entry bound."""
        queue: deque[tuple[str, int]] = deque((str(root), 0) for root in self.roots)
        seen = 0
        while queue and seen < self.max_entries:
            folder, depth = queue.popleft()
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        seen += 1
                        if entry.name.startswith("."):
                            continue
                        if entry.is_dir(follow_symlinks=False):
                            if entry.name not in SKIPPED_FOLDERS:
                                queue.append((entry.path, depth + 1))
                        elif entry.is_file():
                            yield entry.name, entry.path, depth
            except OSError as exc:
                log.debug("skipping %s: %s", folder, exc)

    def find(self, file_name: str) -> Path:
        wanted = file_name.strip()
        if not wanted:
            raise ToolError("No file name given.", fixable=True)
        direct = Path(wanted).expanduser()
        if direct.is_absolute():
            return self.shared.check(direct)
        target = Path(wanted).name.casefold()
        target_stem = os.path.splitext(target)[0]
        best: _Candidate | None = None
        for name, path, depth in self._walk():
            rank = _rank(name.casefold(), target, target_stem)
            if rank is None or not self.shared.allows(path):  # e.g. a link that leads out of the shared folders
                continue
            candidate = _Candidate(rank, depth, _mtime(path), Path(path))
            if best is None or _better(candidate, best):
                best = candidate
        if best is None:
            roots = ", ".join(str(r) for r in self.roots)
            raise ToolError(
                f"No file named {file_name!r} in the folders you share ({roots}). Check the name, or add its "
                "folder in Settings > Files."
            )
        return self.shared.check(best.path)

    def find_and_open(self, file_name: str) -> Path:
        path = self.find(file_name)
        if self.opener is not None:
            try:
                self.opener(str(path))
            except ToolError as exc:  # the path is still the useful result for the next steps
                log.warning("%s", exc)
        return path


def _rank(name: str, target: str, target_stem: str) -> float | None:
    if name == target:
        return 300.0
    stem = os.path.splitext(name)[0]
    if stem == target_stem:
        return 200.0
    score = fuzz.WRatio(target_stem, stem, score_cutoff=_FUZZY_CUTOFF)
    return score if score else None


def _better(a: _Candidate, b: _Candidate) -> bool:
    return (a.rank, -a.depth, a.mtime) > (b.rank, -b.depth, b.mtime)


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


class PdfSummaries(Protocol):
    def summarize(self, path: Path) -> str: ...


class LocalFiles:
    """The files app: finding/opening files and summarising PDFs."""

    def __init__(self, finder: FileFinder, pdfs: PdfSummaries) -> None:
        self.finder = finder
        self.pdfs = pdfs

    def find_and_open(self, file_name: str) -> Path:
        return self.finder.find_and_open(file_name)

    def summarize_pdf(self, path: Path) -> str:
        return self.pdfs.summarize(self.finder.shared.check(path))

    def shared_file(self, path: str) -> Path:
        return self.finder.shared.check(path)

    def outside_shared(self, path: str) -> Path | None:
        return self.finder.shared.outside(path)

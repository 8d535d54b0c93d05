"""Finding files with Spotlight (`mdfind -name`), opening them with `open`, and summarising PDFs.

Ranking: exact file name, then exact name without extension, then the best fuzzy match; ties go to the
shallowest path. Hidden folders and ~/Library are skipped, as on Linux.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

from tools.argv import checked_argv
from tools.backends import ToolError
from tools.linux.files import PdfSummaries
from tools.opener import Opener
from tools.shared_folders import SharedFolders

TIMEOUT_S = 30.0
_FUZZY_CUTOFF = 75


def rank(path: Path, wanted: str) -> float | None:
    """Lower is better; None means "not a match"."""
    name, target = path.name.casefold(), wanted.casefold()
    if name == target:
        return 0.0
    if path.stem.casefold() == Path(target).stem:
        return 1.0
    score = fuzz.WRatio(target, name)
    return 2.0 + (100 - score) / 100 if score >= _FUZZY_CUTOFF else None


def _visible(path: Path, root: Path) -> bool:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    return not any(part.startswith(".") for part in parts) and parts[:1] != ("Library",)


class SpotlightFiles:
    def __init__(self, roots: Sequence[Path], opener: Opener | None, pdfs: PdfSummaries) -> None:
        self.shared = SharedFolders(roots)  # the folders the user shares: nothing outside them is found
        self.roots = self.shared.roots
        self.opener = opener
        self.pdfs = pdfs

    def find_and_open(self, file_name: str) -> Path:
        path = self.find(file_name)
        if self.opener is not None:
            self.opener(str(path))
        return path

    def summarize_pdf(self, path: Path) -> str:
        return self.pdfs.summarize(self.shared.check(path))

    def shared_file(self, path: str) -> Path:
        return self.shared.check(path)

    def outside_shared(self, path: str) -> Path | None:
        return self.shared.outside(path)

    def find(self, file_name: str) -> Path:
        wanted = checked_argv([file_name])[0].strip()
        if not wanted:
            raise ToolError("No file name given.", fixable=True)
        direct = Path(wanted).expanduser()
        if direct.is_absolute():
            return self.shared.check(direct)
        target = Path(wanted).name
        query = Path(target).stem.lstrip("-") or target.lstrip("-")
        ranked = []
        for root in self.roots:
            for path in self._spotlight(query, root):
                score = rank(path, target)
                if score is not None and _visible(path, root) and self.shared.allows(path):
                    ranked.append((score, len(path.parts), str(path), path))
        if not ranked:
            roots = ", ".join(str(r) for r in self.roots)
            raise ToolError(f"Spotlight found no file named {file_name!r} under {roots}. Check the name, or add "
                            "its folder to the file search roots in settings.")
        return self.shared.check(min(ranked)[3])

    def _spotlight(self, query: str, root: Path) -> list[Path]:
        argv = ["mdfind", "-onlyin", str(root), "-name", query]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
        except FileNotFoundError as error:
            raise ToolError("Finding files on macOS needs mdfind (Spotlight), which is missing.") from error
        except subprocess.TimeoutExpired as error:
            raise ToolError(f"Spotlight did not answer within {TIMEOUT_S:.0f} s.") from error
        if done.returncode != 0:
            raise ToolError(f"Spotlight failed: {done.stderr.strip() or done.returncode}. Is indexing turned on?")
        return [Path(line) for line in done.stdout.splitlines() if line.strip()]

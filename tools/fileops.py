"""Safe file writes shared by the file-based backends (notes, vdir calendars), and their undo handlers.

Writes go to a temporary file in the same folder, are flushed to disk, then renamed over the target, so a
crash leaves either the old text or the new text, never half of it. Undo only touches a file whose content is
still exactly what Errand wrote, so it never destroys an edit the user made afterwards.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tools.undo import UndoError, UndoJournal

DELETE_CREATED = "file.delete"
RESTORE_PREVIOUS = "file.restore"
RECREATE_DELETED = "file.recreate"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomic(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Replace `path` with `data` atomically; with `exclusive`, fail (FileExistsError) if it already exists.

    The data goes to a temporary file beside `path`, is synced, and only then takes the name, so a process
    killed mid-write or a full disk leaves the old content whole; the temporary file is removed on any failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else None
    tmp = tempfile.NamedTemporaryFile(dir=path.parent, prefix=".errand-", suffix=".tmp", delete=False)
    try:
        with tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if mode is not None:
            os.chmod(tmp.name, mode)
        if exclusive:
            os.link(tmp.name, path)  # atomic create-if-absent
            os.unlink(tmp.name)
        else:
            os.replace(tmp.name, path)
    except BaseException:
        if os.path.exists(tmp.name):
            os.unlink(tmp.name)
        raise


def record_created(journal: UndoJournal, path: Path, data: bytes, description: str) -> None:
    journal.record(DELETE_CREATED, description, {"path": str(path), "sha256": digest(data)})


def record_replaced(journal: UndoJournal, path: Path, previous: bytes, data: bytes, description: str) -> None:
    journal.record(RESTORE_PREVIOUS, description, {
        "path": str(path), "previous": previous.decode("utf-8", "surrogateescape"), "sha256": digest(data),
    })


def record_deleted(journal: UndoJournal, files: Sequence[tuple[Path, bytes, int]], description: str) -> None:
    """Journal deleted files (path, bytes, permission bits) so that undo writes them back exactly."""
    journal.record(RECREATE_DELETED, description, {"files": [
        {"path": str(path), "data": data.decode("utf-8", "surrogateescape"), "mode": mode}
        for path, data, mode in files
    ]})


def _unchanged(path: Path, sha256: str) -> bytes:
    try:
        current = path.read_bytes()
    except FileNotFoundError as exc:
        raise UndoError(f"Cannot undo: {path} no longer exists.") from exc
    if digest(current) != sha256:
        raise UndoError(f"Cannot undo: {path} was changed after Errand wrote it, so it was left as it is.")
    return current


def _delete_created(payload: dict[str, Any]) -> str:
    path = Path(payload["path"])
    _unchanged(path, payload["sha256"])
    path.unlink()
    return f"Deleted {path}."


def _restore_previous(payload: dict[str, Any]) -> str:
    path = Path(payload["path"])
    _unchanged(path, payload["sha256"])
    write_atomic(path, payload["previous"].encode("utf-8", "surrogateescape"))
    return f"Restored the previous text of {path}."


def _recreate_deleted(payload: dict[str, Any]) -> str:
    """Write the deleted files back; if any of their names is taken again, restore none of them."""
    files = [(Path(f["path"]), f["data"].encode("utf-8", "surrogateescape"), int(f["mode"])) for f in payload["files"]]
    taken = [str(path) for path, _, _ in files if path.exists()]
    if taken:
        raise UndoError(f"Cannot undo: {', '.join(taken)} exists again, so nothing was restored.")
    for path, data, mode in files:
        write_atomic(path, data, exclusive=True)
        os.chmod(path, mode)
    return f"Restored {', '.join(str(path) for path, _, _ in files)}."


def register_file_undo(journal: UndoJournal) -> None:
    journal.register(DELETE_CREATED, _delete_created)
    journal.register(RESTORE_PREVIOUS, _restore_previous)
    journal.register(RECREATE_DELETED, _recreate_deleted)

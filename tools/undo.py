"""The undo journal: every side-effecting backend records how to revert what it just did.

An entry has a `kind` (e.g. "file.delete", "caldav.delete"), a one-line description for people and a JSON
payload for the handler of that kind. Backends register their handlers when they are built; `undo_last()`
reverts the newest entry not yet undone and marks it undone (entries are never removed: the history keeps them).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tools.backends import ToolError
from tools.paths import data_dir

UndoHandler = Callable[[dict[str, Any]], str]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS undo (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    payload TEXT NOT NULL,
    undone_at TEXT,
    undo_result TEXT
)
"""


class UndoError(ToolError):
    """Nothing to undo, or the action could not be reverted safely (the message says why)."""


@dataclass(frozen=True)
class UndoEntry:
    id: int
    created_at: datetime
    kind: str
    description: str
    payload: dict[str, Any]
    undone_at: datetime | None
    undo_result: str | None


class UndoJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._handlers: dict[str, UndoHandler] = {}
        with self._connect() as db:
            db.execute(_SCHEMA)

    @classmethod
    def default(cls) -> UndoJournal:
        return cls(data_dir() / "undo.sqlite3")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection that commits on success and is always closed."""
        db = sqlite3.connect(self.path, timeout=10)
        try:
            with db:
                yield db
        finally:
            db.close()

    def register(self, kind: str, handler: UndoHandler) -> None:
        self._handlers[kind] = handler

    def record(self, kind: str, description: str, payload: dict[str, Any]) -> int:
        with self._lock, self._connect() as db:
            cursor = db.execute(
                "INSERT INTO undo (created_at, kind, description, payload) VALUES (?, ?, ?, ?)",
                (datetime.now().isoformat(timespec="seconds"), kind, description, json.dumps(payload)),
            )
            return int(cursor.lastrowid or 0)

    def entries(self, limit: int = 20) -> list[UndoEntry]:
        """Newest first, undone ones included."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, created_at, kind, description, payload, undone_at, undo_result "
                "FROM undo ORDER BY id DESC LIMIT ?", (limit,),
            ).fetchall()
        return [_entry(row) for row in rows]

    def pending(self) -> UndoEntry | None:
        """The action `undo_last` would revert next."""
        with self._connect() as db:
            row = db.execute(
                "SELECT id, created_at, kind, description, payload, undone_at, undo_result "
                "FROM undo WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return _entry(row) if row else None

    def undo_last(self) -> str:
        """Revert the newest action not yet undone; returns what was done. Raises UndoError otherwise."""
        with self._lock:
            entry = self.pending()
            if entry is None:
                raise UndoError("There is nothing to undo.")
            handler = self._handlers.get(entry.kind)
            if handler is None:
                raise UndoError(
                    f"Cannot undo '{entry.description}': no handler for {entry.kind} "
                    "(is that app disabled in settings?)."
                )
            try:
                result = handler(entry.payload)
            except OSError as exc:
                raise UndoError(f"Cannot undo '{entry.description}': {exc}") from exc
            with self._connect() as db:
                db.execute(
                    "UPDATE undo SET undone_at = ?, undo_result = ? WHERE id = ?",
                    (datetime.now().isoformat(timespec="seconds"), result, entry.id),
                )
            return result


def _entry(row: tuple[Any, ...]) -> UndoEntry:
    return UndoEntry(
        id=row[0], created_at=datetime.fromisoformat(row[1]), kind=row[2], description=row[3],
        payload=json.loads(row[4]), undone_at=datetime.fromisoformat(row[5]) if row[5] else None,
        undo_result=row[6],
    )

"""Every request, appended to a SQLite database in the user's data folder (`history.sqlite3`).

Stored per request: the text, when it was made, the selected tools, the outcome and answer, timings, and per
planning round the plan text, its problems, the approval and every step's arguments and observation. The
app's history view reads it back with `recent()` and `details()`. Each call opens its own connection, so
the store can be used from any thread.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from agent.plans.plan import parse_plan
from agent.running.events import StepFailed, StepOk, StepSkipped, observation_text
from agent.running.wording import plan_in_words
from tools.paths import data_dir

HISTORY_FILE_NAME = "history.sqlite3"
_OUTCOME_NAMES = {StepOk: "ok", StepFailed: "failed", StepSkipped: "skipped"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id TEXT PRIMARY KEY,
    made_at TEXT NOT NULL,
    text TEXT NOT NULL,
    tools TEXT NOT NULL,
    status TEXT NOT NULL,
    answer TEXT NOT NULL,
    seconds REAL NOT NULL,
    profile TEXT NOT NULL,
    planner TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rounds (
    request_id TEXT NOT NULL REFERENCES requests(id),
    round INTEGER NOT NULL,
    plan TEXT NOT NULL,
    problems TEXT NOT NULL,
    approval TEXT,
    planning_seconds REAL NOT NULL,
    execution_seconds REAL NOT NULL,
    PRIMARY KEY (request_id, round)
);
CREATE TABLE IF NOT EXISTS steps (
    request_id TEXT NOT NULL REFERENCES requests(id),
    round INTEGER NOT NULL,
    step INTEGER NOT NULL,
    tool TEXT NOT NULL,
    args TEXT NOT NULL,
    outcome TEXT NOT NULL,
    observation TEXT NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (request_id, round, step)
);
CREATE INDEX IF NOT EXISTS requests_by_time ON requests(made_at);
"""


@dataclass(frozen=True)
class StepEntry:
    step: int
    tool: str
    args: list[Any]
    outcome: str  # "ok" | "failed" | "skipped"
    observation: str
    seconds: float


@dataclass(frozen=True)
class RoundEntry:
    round: int
    plan: str
    problems: list[str]
    approval: dict[str, Any] | None  # {"approved": bool, "edits": [[step, position, value], ...]}
    planning_seconds: float
    execution_seconds: float
    steps: list[StepEntry]


@dataclass(frozen=True)
class RequestEntry:
    id: str
    made_at: datetime
    text: str
    tools: list[str]
    status: str
    answer: str
    seconds: float
    profile: str
    planner: str


class HistoryStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / HISTORY_FILE_NAME

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=10)) as connection:
            with connection:  # one transaction: a request is stored completely or not at all
                connection.executescript(_SCHEMA)
                yield connection

    def record(self, result: Any) -> None:
        """Append one finished request (an agent.session.RequestResult)."""
        with self._connect() as db:
            db.execute(
                "INSERT INTO requests VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result.request_id, datetime.now().isoformat(sep=" "), result.text,
                 json.dumps(list(result.selection.tools)), result.status, result.answer, result.seconds,
                 result.profile, result.planner))
            for round_ in result.rounds:
                approval = None
                if round_.approval is not None:
                    approval = json.dumps({"approved": round_.approval.approved, "edits": [
                        [step, position, value] for (step, position), value in round_.approval.edits.items()]},
                        default=str)
                db.execute(
                    "INSERT INTO rounds VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (result.request_id, round_.index, round_.attempt.text,
                     json.dumps(list(round_.attempt.validation.messages)), approval, round_.attempt.seconds,
                     round_.execution_seconds))
                for record in round_.records.values():
                    db.execute(
                        "INSERT INTO steps VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (result.request_id, round_.index, record.index, record.tool,
                         json.dumps(list(record.args), default=str), _OUTCOME_NAMES[type(record.outcome)],
                         observation_text(record.outcome), record.seconds))

    def recent(self, limit: int = 50) -> list[RequestEntry]:
        """The latest requests, newest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT * FROM requests ORDER BY made_at DESC, rowid DESC LIMIT ?", (limit,)).fetchall()
        return [_request(row) for row in rows]

    def details(self, request_id: str) -> tuple[RequestEntry, list[RoundEntry]] | None:
        """One request with its rounds and steps, or None when there is no such request."""
        with self._connect() as db:
            row = db.execute("SELECT * FROM requests WHERE id = ?", (request_id,)).fetchone()
            if row is None:
                return None
            rounds = db.execute("SELECT * FROM rounds WHERE request_id = ? ORDER BY round",
                                (request_id,)).fetchall()
            steps = db.execute("SELECT * FROM steps WHERE request_id = ? ORDER BY round, step",
                               (request_id,)).fetchall()
        return _request(row), [
            RoundEntry(r[1], r[2], json.loads(r[3]), json.loads(r[4]) if r[4] else None, r[5], r[6],
                       [StepEntry(s[2], s[3], json.loads(s[4]), s[5], s[6], s[7]) for s in steps if s[1] == r[1]])
            for r in rounds]


def _request(row: tuple) -> RequestEntry:
    return RequestEntry(row[0], datetime.fromisoformat(row[1]), row[2], json.loads(row[3]), *row[4:])


def round_in_words(request: RequestEntry, round_: RoundEntry) -> dict[int, str]:
    """A stored plan as the sentences the user approved, with the values its steps returned."""
    observations = {step.step: step.observation for step in round_.steps if step.outcome == "ok"}
    return plan_in_words(parse_plan(round_.plan), request.text, request.made_at, observations)

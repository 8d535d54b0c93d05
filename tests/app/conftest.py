"""Fixtures for the GUI tests: offscreen Qt, job runners (threaded, or run by hand), the local speech model."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))  # speech_fixtures


class ManualExecutor(Executor):
    """Queues jobs until the test calls run_all(), so background work happens exactly when the test says."""

    def __init__(self) -> None:
        self.pending: list[tuple[Future[Any], Callable[[], Any]]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.pending.append((future, lambda: fn(*args, **kwargs)))
        return future

    def run_all(self) -> int:
        done = 0
        while self.pending:
            future, call = self.pending.pop(0)
            future.set_result(call())
            done += 1
        return done


@pytest.fixture
def manual_executor() -> ManualExecutor:
    return ManualExecutor()


@pytest.fixture
def jobs(qtbot) -> Iterator[Any]:
    from app.gui.jobs import JobRunner

    runner = JobRunner(ThreadPoolExecutor(max_workers=2))
    yield runner
    runner.shutdown()


@pytest.fixture(scope="session")
def tiny_whisper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from speech_fixtures import build_tiny_whisper

    return build_tiny_whisper(tmp_path_factory.mktemp("tiny-whisper"))


@pytest.fixture(scope="session")
def speech_48k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from speech_fixtures import speak

    return speak(tmp_path_factory.mktemp("speech"), "remind me to call the dentist tomorrow at nine", 48_000)



@pytest.fixture
def no_keyring() -> Iterator[None]:
    """What a headless Linux session has: keyring's `fail` backend."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


CONTACTS = """BEGIN:VCARD
VERSION:3.0
FN:Anna Berg
TEL;TYPE=CELL:+46 70 123 45 67
EMAIL:anna@example.org
END:VCARD
"""


@dataclass
class World:
    """The real Session wired to real file-based backends in a temporary folder, with a scripted planner."""

    root: Path
    settings: Any
    journal: Any
    history: Any
    opened: list[str] = field(default_factory=list)

    @property
    def notes(self) -> Path:
        return self.root / "notes"

    def session(self, *planner_outputs: str, always_allow: tuple[str, ...] = (), replan_budget: int = 0,
                read_routes: bool = True):
        from agent.planning.backends.scripted import ScriptedBackend
        from agent.planning.prompts import get_profile
        from agent.session import Session, SessionConfig
        from tools.catalogue import CATALOGUE
        from tools.platform import build_backends
        from tools.secrets import SecretStore

        backends = build_backends(self.settings.tools, secrets=SecretStore(), journal=self.journal,
                                  opener=self.opened.append)
        config = SessionConfig(enabled_apps=self.settings.enabled_apps, always_allow=frozenset(always_allow),
                               replan_budget=replan_budget, grammar=False, read_routes=read_routes)
        return Session(registry=CATALOGUE, backends=backends, selector=None, retriever=None,
                       profile=get_profile("errand-compact"), planner=ScriptedBackend(list(planner_outputs)),
                       config=config, history=self.history)

    def handler(self, *planner_outputs: str, **options: Any):
        """`Session.handle` with ToolRAG bypassed (every tool offered), as the chat window calls it."""
        session = self.session(*planner_outputs, **options)
        from tools.catalogue import CATALOGUE

        return functools.partial(session.handle, tools=CATALOGUE.names)


@pytest.fixture
def world(tmp_path: Path) -> World:
    from agent.record.history import HistoryStore
    from agent.setup.settings import Settings
    from tools.undo import UndoJournal

    (tmp_path / "files").mkdir()
    (tmp_path / "contacts.vcf").write_text(CONTACTS)
    settings = Settings()
    settings.tools.notes.folder = str(tmp_path / "notes")
    settings.tools.calendar.folder = str(tmp_path / "calendars")
    settings.tools.reminders.folder = str(tmp_path / "calendars")
    settings.tools.contacts.vcard_paths = [str(tmp_path / "contacts.vcf")]
    settings.tools.files.roots = [str(tmp_path / "files")]
    settings.tools.files.open_found = False
    return World(tmp_path, settings, UndoJournal(tmp_path / "undo.sqlite3"), HistoryStore(tmp_path / "history.sqlite3"))

"""Fixtures for the GUI tests: offscreen Qt, job runners (threaded, or run by hand), the local speech model."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

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

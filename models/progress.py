"""Download progress as data: one callback type the CLI progress bar and the GUI model manager both consume."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    file: str  # the file being fetched now
    done: int  # bytes of the whole model on disk, resumed bytes included
    total: int | None  # bytes of the whole model, None while unknown
    rate: float  # bytes per second fetched in this session
    eta: float | None  # seconds left, None while unknown

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None


ProgressCallback = Callable[[Progress], None]


class Cancelled(Exception):
    """The user cancelled a download; partial files are kept so the next attempt resumes."""


class CancelToken:
    """Set from any thread (a Cancel button, Ctrl-C); the download stops at its next chunk."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class ProgressTracker:
    """Turns byte counts into Progress reports (rate over this session, ETA from that rate)."""

    def __init__(self, total: int | None, already: int, report: ProgressCallback | None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.done = already
        self._fetched = 0
        self._report = report
        self._clock = clock
        self._started = clock()
        self.file = ""

    def advance(self, count: int) -> None:
        self.done += count
        self._fetched += count
        self.emit()

    def emit(self) -> None:
        if self._report is None:
            return
        elapsed = self._clock() - self._started
        rate = self._fetched / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / rate if self.total is not None and rate > 0 else None
        self._report(Progress(self.file, self.done, self.total, rate, max(eta, 0.0) if eta is not None else None))

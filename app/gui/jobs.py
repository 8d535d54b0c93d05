"""One runner for all background work in the GUI, with an injectable executor so tests run jobs by hand.

A job's function runs on the executor; its result or exception is delivered to `on_done` / `on_error` on the
GUI thread (through a queued signal). `active` lists running jobs so the window can show what is going on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Job:
    id: int
    name: str
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None


class JobRunner(QObject):
    changed = Signal()  # a job started or finished
    _finished = Signal(object, object, object)  # job, result, error

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(max_workers=4, thread_name_prefix="errand-job")
        self._ids = count(1)
        self._active: dict[int, Job] = {}
        self._finished.connect(self._deliver)

    def submit(
        self,
        name: str,
        function: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Job:
        job = Job(next(self._ids), name, on_done, on_error)
        self._active[job.id] = job
        self.changed.emit()
        self._executor.submit(self._run, job, function)
        return job

    @property
    def active(self) -> tuple[Job, ...]:
        return tuple(self._active.values())

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _run(self, job: Job, function: Callable[[], Any]) -> None:
        try:
            result = function()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            self._finished.emit(job, None, exc)
        else:
            self._finished.emit(job, result, None)

    def _deliver(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._active.pop(job.id, None)
        self.changed.emit()
        if error is not None:
            if job.on_error is not None:
                job.on_error(error)
            else:
                log.error("background job %r failed", job.name, exc_info=error)
        elif job.on_done is not None:
            job.on_done(result)

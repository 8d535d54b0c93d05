"""Runs a validated plan: every ready step at once, each blocking tool in its own worker thread.

One coordinator thread owns all state and blocks on a queue of messages (a step finished, the held steps were
released or withheld, the request was cancelled); the only timeout it waits with is the nearest step deadline,
so nothing polls. A step is ready when every step it references finished with StepOk; dependants of a failed
or skipped step are skipped with an observation naming the cause. A step that outlives its timeout is recorded
as failed; its thread is abandoned (Python cannot kill it) and its late result is ignored.

Held steps (side effects waiting for the user's approval) do not start until `PlanRun.release()`; everything
else may run meanwhile.
"""

from __future__ import annotations

import contextvars
import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.plans.plan import JOIN, Plan, Step, substitute
from agent.running.cancel import CancelToken
from agent.running.events import (
    EventSink,
    StepFailed,
    StepFinished,
    StepOk,
    StepOutcome,
    StepSkipped,
    StepStarted,
)
from tools import context as tool_context
from tools.backends import ToolError
from tools.spec import Arg, Registry, ToolSpec

DEFAULT_STEP_TIMEOUT = 60.0


@dataclass(frozen=True)
class StepRecord:
    """What happened to one step: the arguments it ran with (after substitution) and its outcome."""

    index: int
    tool: str
    args: tuple[Any, ...]
    outcome: StepOutcome
    seconds: float = 0.0


class ArgumentError(ValueError):
    """An argument whose value (usually from an observation) cannot be converted to the declared type."""


def prepare_args(spec: ToolSpec, args: Sequence[Any], observations: Mapping[int, str]) -> tuple[Any, ...]:
    """Substitute `$k` references, then convert each value to its declared type (None means empty)."""
    return tuple(_convert(arg, substitute(value, dict(observations))) for arg, value in zip(spec.args, args,
                                                                                            strict=False))


def _convert(arg: Arg, value: Any) -> Any:
    if arg.is_list:
        if value is None:
            return []
        return [value] if isinstance(value, str) else [str(v) for v in value]
    if arg.type == "str":
        return "" if value is None else str(value)
    if not isinstance(value, str):
        return value
    text = value.strip()
    if arg.type == "int":
        try:
            return int(text)
        except ValueError:
            raise ArgumentError(f"argument `{arg.name}` needs an integer, but got {value!r}") from None
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    raise ArgumentError(f"argument `{arg.name}` needs True or False, but got {value!r}")


@dataclass(frozen=True)
class _Done:
    index: int
    outcome: StepOutcome


@dataclass(frozen=True)
class _Release:
    plan: Plan | None


@dataclass(frozen=True)
class _Withhold:
    reason: str


class _Cancel:
    pass


def timed_out(tool: str, limit: float) -> str:
    """A step that outlived its timeout may still finish in its worker: say so, and where to look."""
    unit = "second" if limit == 1 else "seconds"
    return (f"`{tool}` did not finish within {limit:g} {unit}. It may still finish in the background: check "
            "before trying again (`errand history` shows what ran, `errand undo` reverts it).")


class Executor:
    """Runs plans against a registry and the injected backends."""

    def __init__(self, registry: Registry, backends: Any, *, step_timeout: float = DEFAULT_STEP_TIMEOUT) -> None:
        self.registry = registry
        self.backends = backends
        self.step_timeout = step_timeout

    def start(
        self, plan: Plan, *, sink: EventSink, request_id: str = "", request_text: str = "",
        cancel: CancelToken | None = None, held: frozenset[int] = frozenset(),
    ) -> PlanRun:
        """Start running `plan` in the background; steps in `held` wait for `release()`."""
        run = PlanRun(self, plan, sink, request_id, request_text, held)
        run.begin(cancel)
        return run

    def run(self, plan: Plan, *, sink: EventSink, request_id: str = "", request_text: str = "",
            cancel: CancelToken | None = None) -> dict[int, StepRecord]:
        """Run every step and wait for the outcomes."""
        return self.start(plan, sink=sink, request_id=request_id, request_text=request_text,
                          cancel=cancel).wait()


class PlanRun:
    """One plan being executed. Only the coordinator thread touches the step state."""

    def __init__(self, executor: Executor, plan: Plan, sink: EventSink, request_id: str, request_text: str,
                 held: frozenset[int]) -> None:
        self._executor = executor
        self._steps = {s.index: s for s in plan.steps if s.tool != JOIN}
        self._sink = sink
        self._request_id = request_id
        self._request_text = request_text
        self._held = set(held) & set(self._steps)
        self._messages: queue.Queue[_Done | _Release | _Withhold | _Cancel] = queue.Queue()
        self._records: dict[int, StepRecord] = {}
        self._running: dict[int, tuple[float, tuple[Any, ...]]] = {}  # index -> (deadline, args)
        self._started: dict[int, float] = {}
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._coordinate, name="errand-plan", daemon=True)
        self._unsubscribe: Callable[[], None] = lambda: None
        self._granted: frozenset[Path] = frozenset()

    def begin(self, cancel: CancelToken | None) -> None:
        if cancel is not None:
            self._unsubscribe = cancel.on_cancel(lambda: self._messages.put(_Cancel()))
        self._thread.start()

    def grant(self, files: frozenset[Path]) -> None:
        """Files outside the shared folders the user approved by name; held steps see them once released."""
        self._granted = files

    def release(self, plan: Plan | None = None) -> None:
        """Let the held steps run, with their arguments as in `plan` when the user edited them."""
        self._messages.put(_Release(plan))

    def withhold(self, reason: str) -> None:
        """Never run the held steps (the user declined); they and their dependants are skipped."""
        self._messages.put(_Withhold(reason))

    def wait(self, timeout: float | None = None) -> dict[int, StepRecord]:
        """Block until every step has an outcome; the records in step order."""
        if not self._finished.wait(timeout):
            raise TimeoutError("the plan is still running")
        self._unsubscribe()
        return dict(sorted(self._records.items()))

    # coordinator thread -------------------------------------------------------------------------------

    def _coordinate(self) -> None:
        try:
            while self._pending() or self._running:
                self._skip_blocked()
                self._launch_ready()
                if not self._pending() and not self._running:
                    break
                if not self._running and not (self._held & self._pending()):
                    for index in sorted(self._pending()):  # only unreachable references are left
                        self._record(index, StepSkipped("It depends on a step that does not exist."))
                    break
                self._handle(self._next_message())
        finally:
            self._finished.set()

    def _pending(self) -> set[int]:
        return set(self._steps) - set(self._records) - set(self._running)

    def _next_message(self) -> _Done | _Release | _Withhold | _Cancel | None:
        timeout = None
        if self._running:
            timeout = max(0.0, min(deadline for deadline, _ in self._running.values()) - time.monotonic())
        try:
            return self._messages.get(timeout=timeout)
        except queue.Empty:
            return None  # a deadline passed

    def _handle(self, message: _Done | _Release | _Withhold | _Cancel | None) -> None:
        match message:
            case None:
                now = time.monotonic()
                for index, (deadline, _) in list(self._running.items()):
                    if deadline <= now:
                        self._record(index, StepFailed(timed_out(self._steps[index].tool,
                                                                 self._executor.step_timeout)))
            case _Done(index=index, outcome=outcome) if index in self._running:
                self._record(index, outcome)
            case _Release(plan=plan):
                if plan is not None:
                    self._steps.update({s.index: s for s in plan.steps if s.index in self._held})
                self._held.clear()
            case _Withhold(reason=reason):
                for index in sorted(self._held & self._pending()):
                    self._record(index, StepSkipped(reason))
                self._held.clear()
            case _Cancel():
                for index in sorted(self._running):
                    self._record(index, StepSkipped("The request was cancelled while this step was running."))
                for index in sorted(self._pending()):
                    self._record(index, StepSkipped("The request was cancelled before this step ran."))

    def _skip_blocked(self) -> None:
        for index in sorted(self._pending()):
            for ref in self._steps[index].refs:
                cause = self._records.get(ref.step)
                if cause is not None and not isinstance(cause.outcome, StepOk):
                    what = "failed" if isinstance(cause.outcome, StepFailed) else "was skipped"
                    self._record(index, StepSkipped(
                        f"Not run because step {ref.step} (`{cause.tool}`) {what}."))
                    break

    def _launch_ready(self) -> None:
        observations = {i: r.outcome.observation for i, r in self._records.items() if isinstance(r.outcome, StepOk)}
        for index in sorted(self._pending() - self._held):
            step = self._steps[index]
            if all(ref.step in observations for ref in step.refs):
                self._launch(step, observations)

    def _launch(self, step: Step, observations: Mapping[int, str]) -> None:
        spec = self._executor.registry[step.tool]
        try:
            args = prepare_args(spec, step.args, observations)
        except ArgumentError as exc:
            self._record(step.index, StepFailed(str(exc), exc, fixable=True))
            return
        self._running[step.index] = (time.monotonic() + self._executor.step_timeout, args)
        self._started[step.index] = time.perf_counter()
        self._emit(StepStarted(self._request_id, step.index))
        context = contextvars.copy_context()
        context.run(tool_context.request_text.set, self._request_text)
        context.run(tool_context.granted_files.set, self._granted)
        worker = threading.Thread(target=context.run, args=(self._call, step.index, spec, args),
                                  name=f"errand-step-{step.index}", daemon=True)
        worker.start()

    def _call(self, index: int, spec: ToolSpec, args: tuple[Any, ...]) -> None:
        outcome: StepOutcome
        try:
            result = spec.function(self._executor.backends, *args)
            outcome = StepOk(result if isinstance(result, str) else str(result))  # a Listing keeps its items
        except ToolError as exc:
            outcome = StepFailed(str(exc), exc, fixable=exc.fixable)
        except Exception as exc:  # any tool bug becomes an observation, never a crashed request
            outcome = StepFailed(f"`{spec.name}` failed: {type(exc).__name__}: {exc}", exc)
        self._messages.put(_Done(index, outcome))

    def _record(self, index: int, outcome: StepOutcome) -> None:
        step = self._steps[index]
        _, args = self._running.pop(index, (0.0, step.args))
        seconds = time.perf_counter() - self._started[index] if index in self._started else 0.0
        self._records[index] = StepRecord(index, step.tool, args, outcome, seconds)
        self._emit(StepFinished(self._request_id, index, outcome, seconds))

    def _emit(self, event: StepStarted | StepFinished) -> None:
        self._sink(event)

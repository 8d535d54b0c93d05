"""The session: one request from text to answer, publishing events the GUI, the CLI and the tests consume.

    result = session.handle(text, sink=on_event, approver=ask_user)

`Session.handle(text, *, sink, approver, now=None, cancel=None, dry_run=False, tools=None) -> RequestResult`
blocks until the request ends (the GUI calls it from a worker thread) and never raises for a request that
goes wrong: it always ends with exactly one `Answer` or `Failed` event, and `RequestResult.status` says which
("answered", "failed", "cancelled", "dry_run"). Events, in order for one round:

    PlanStarted -> StepParsed (one per step, as soon as its line is complete) -> PlanReady (with problems)
    -> NeedsApproval (only if a step with side effects is not always-allowed) -> StepStarted / StepFinished
    -> Answer | Failed, or PlanStarted(round=1) when the joiner replans.

The sink may be called from worker threads (calls are serialised by a lock; a Qt sink should emit a
signal). The approver is called in the thread that called `handle` and returns an `Approval`: approve (with
argument edits keyed by (step number, 0-based argument position)), or cancel. Cancelling the token while the
approver is still asking stops the steps at once, but `handle` returns only when the approver does.

The stages, in order: ToolRAG chooses the tools (`agent.toolrag`), the plan maker writes and picks a plan
(`agent.planning`), the plan is validated (`agent.plans`), approved and run (`agent.running`, which says what
asks for approval), the joiner finishes or replans, and the result is recorded (`agent.record`).
Tools in `SessionConfig.always_allow` never ask. `dry_run=True` plans and validates and runs nothing.
`cancel` (a CancelToken) stops planning between chunks and execution at once.

A plan that fails validation is sent back to the planner with the problems as observations while replan
rounds remain (`SessionConfig.replan_budget`, 1 by default); the joiner may also ask for a replan after a
fixable error, except in the last round.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from agent.planning.agreement import AgreementPolicy
from agent.planning.backends.base import PlannerBackend, PlannerError
from agent.planning.plan_maker import GrammarBuilder, PlanAttempt, PlanMaker, PlanningCancelled, PlanningOptions
from agent.planning.prompts.profile import Profile
from agent.plans.plan import Plan
from agent.record.result import RequestResult, Round, Status
from agent.running.approval import execute_with_approval, needs_approval
from agent.running.cancel import CancelToken
from agent.running.events import (
    Answer,
    Approver,
    Event,
    EventSink,
    Failed,
    PlanReady,
    PlanStarted,
    StepFailed,
    StepParsed,
    observation_text,
)
from agent.running.executor import Executor
from agent.running.joiner import Finish, Joiner, join_log
from agent.toolrag.base import Example, ExampleRetriever, ToolSelection, ToolSelector, select_tools
from agent.understanding.contact_names import contact_names
from tools.spec import Registry

NO_APPS_MESSAGE = "No apps are enabled; turn some on in the settings."
logger = logging.getLogger(__name__)


class History(Protocol):
    def record(self, result: RequestResult) -> None: ...


@dataclass(frozen=True)
class SessionConfig:
    """Everything about how a session plans and runs, travelling with every result."""

    enabled_apps: tuple[str, ...]
    always_allow: frozenset[str] = frozenset()
    custom_instructions: str = ""
    replan_budget: int = 1
    examples: int = 6
    max_tokens: int = 512
    step_timeout: float = 60.0
    grammar: bool = True
    # How plans are drawn and chosen: see agent.planning.plan_maker.PlanningOptions.
    grammar_first: bool = False
    resamples: int = 0
    agreement: AgreementPolicy = field(default_factory=AgreementPolicy)
    resolve_dates: bool = True
    request_texts: bool = True
    request_arguments: bool = True
    scope_check: bool = True
    read_routes: bool = True

    @property
    def planning(self) -> PlanningOptions:
        return PlanningOptions(custom_instructions=self.custom_instructions, max_tokens=self.max_tokens,
                               grammar_first=self.grammar_first, resamples=self.resamples, agreement=self.agreement,
                               resolve_dates=self.resolve_dates, request_texts=self.request_texts,
                               request_arguments=self.request_arguments,
                               scope_check=self.scope_check, read_routes=self.read_routes)


class Session:
    def __init__(
        self, *, registry: Registry, backends: Any, selector: ToolSelector | None, retriever: ExampleRetriever | None,
        profile: Profile, planner: PlannerBackend, config: SessionConfig,
        grammar: GrammarBuilder | None = None, history: History | None = None, joiner: Joiner | None = None,
    ) -> None:
        self.registry = registry
        self.backends = backends
        self.selector = selector
        self.retriever = retriever
        self.profile = profile
        self.planner = planner
        self.config = config
        self.history = history
        self.enabled = Registry(registry.for_apps(config.enabled_apps))  # what plans may call
        self.maker = PlanMaker(self.enabled, profile, planner, grammar=grammar if config.grammar else None,
                               options=config.planning)
        self.executor = Executor(self.enabled, backends, step_timeout=config.step_timeout)
        self.joiner = joiner or Joiner(profile, planner)

    # building blocks, also used by `errand plan` and `errand eval` ---------------------------------------

    @property
    def enabled_tools(self) -> tuple[str, ...]:
        return self.enabled.names

    def select(self, text: str) -> ToolSelection:
        """ToolRAG's choice among the enabled tools (`agent.toolrag.base.select_tools`)."""
        return select_tools(self.selector, text, self.enabled_tools)

    def examples_for(self, text: str, tools: Sequence[str]) -> tuple[Example, ...]:
        if self.retriever is None or self.config.examples <= 0:
            return ()
        return tuple(self.retriever.retrieve(text, tools, k=self.config.examples))

    def plan(self, text: str, *, tools: Sequence[str], examples: Sequence[Example] = (), now: datetime,
             previous: tuple[Plan, str] | None = None, on_step: Callable[[Any], None] | None = None,
             cancel: CancelToken | None = None, probabilities: Mapping[str, float] | None = None) -> PlanAttempt:
        """One planning call (`PlanMaker.plan`), with the user's contacts as the names it knows."""
        return self.maker.plan(text, tools=tools, examples=examples, now=now, previous=previous, on_step=on_step,
                               cancel=cancel, probabilities=probabilities,
                               known_names=contact_names(self.backends, self.config.enabled_apps))

    # one request -------------------------------------------------------------------------------------------

    def handle(
        self, text: str, *, sink: EventSink, approver: Approver, now: datetime | None = None,
        cancel: CancelToken | None = None, dry_run: bool = False, tools: Sequence[str] | None = None,
    ) -> RequestResult:
        """Plan, approve, run and answer one request; see the module docstring. `tools` bypasses ToolRAG."""
        request = _Request(self, text, sink, approver, now or datetime.now(), cancel or CancelToken(), dry_run)
        result = request.run(tools)
        if self.history is not None:
            try:
                self.history.record(result)
            except Exception:  # losing a history entry must not lose the answer the user is waiting for
                logger.exception("could not store request %s in the history", result.request_id)
        return result


class _Request:
    """The state of one `Session.handle` call."""

    def __init__(self, session: Session, text: str, sink: EventSink, approver: Approver, now: datetime,
                 cancel: CancelToken, dry_run: bool) -> None:
        self.session = session
        self.text = text
        self.approver = approver
        self.now = now
        self.cancel = cancel
        self.dry_run = dry_run
        self.request_id = uuid.uuid4().hex[:12]
        self.rounds: list[Round] = []
        self.selection = ToolSelection(())
        self.examples: tuple[Example, ...] = ()
        self.started = time.perf_counter()
        self._lock = threading.Lock()
        self._sink = sink

    def emit(self, event: Event) -> None:
        with self._lock:
            self._sink(event)

    def run(self, tools: Sequence[str] | None) -> RequestResult:
        try:
            return self._run(tools)
        except PlanningCancelled:
            return self.end("cancelled", "The request was cancelled.")
        except PlannerError as exc:
            return self.end("failed", f"The planner failed: {exc}")
        except Exception as exc:  # a request must end with an event, whatever broke underneath
            return self.end("failed", f"Unexpected error: {type(exc).__name__}: {exc}")

    def _run(self, tools: Sequence[str] | None) -> RequestResult:
        session = self.session
        if not session.enabled_tools:
            return self.end("answered", NO_APPS_MESSAGE)
        if tools is None:
            self.selection = session.select(self.text)
        else:
            self.selection = ToolSelection(tuple(n for n in session.enabled_tools if n in set(tools)))
        self.examples = session.examples_for(self.text, self.selection.tools)
        previous: tuple[Plan, str] | None = None
        budget = session.config.replan_budget
        for index in range(budget + 1):
            last = index == budget
            self.emit(PlanStarted(self.request_id, self.text, self.selection.tools, index))
            attempt = session.plan(
                self.text, tools=self.selection.tools, examples=self.examples, now=self.now, previous=previous,
                on_step=lambda step: self.emit(StepParsed(self.request_id, step)), cancel=self.cancel,
                probabilities=self.selection.probabilities)
            self.emit(PlanReady(self.request_id, attempt.plan, attempt.validation.messages, attempt.repairs))
            if not attempt.validation.ok:
                self.rounds.append(Round(index, attempt))
                if last:
                    return self.end("failed", "The planner did not produce a valid plan: "
                                    + " ".join(attempt.validation.messages))
                previous = (attempt.plan, _problem_log(attempt))
                continue
            if self.dry_run:
                self.rounds.append(Round(index, attempt))
                return self.end("dry_run", "Dry run: nothing was executed.")
            round_, declined = self.execute(index, attempt)
            self.rounds.append(round_)
            if self.cancel.cancelled:
                return self.end("cancelled", "The request was cancelled.")
            if declined:
                return self.end("cancelled", declined)
            decision = session.joiner.decide(self.text, attempt.plan, round_.records, can_replan=not last)
            if isinstance(decision, Finish):
                return self.end("answered", attempt.answer or decision.answer)
            previous = (attempt.plan, join_log(attempt.plan, round_.records))
        raise AssertionError("the last round always finishes")  # pragma: no cover

    def execute(self, index: int, attempt: PlanAttempt) -> tuple[Round, str]:
        """Run the plan, asking for approval of held steps; returns the round and why it was declined ('' if not)."""
        session = self.session
        asking = needs_approval(attempt.plan, session.enabled, session.config.always_allow)
        execution = execute_with_approval(
            session.executor, attempt.plan, attempt.validation.graph, asking=asking, approver=self.approver,
            emit=self.emit, request_id=self.request_id, request_text=self.text, cancel=self.cancel,
            registry=session.enabled)
        round_ = Round(index, attempt, execution.approval, execution.records, execution.seconds)
        return round_, execution.declined

    def end(self, status: Status, message: str) -> RequestResult:
        self.emit(Answer(self.request_id, message) if status in ("answered", "dry_run")
                  else Failed(self.request_id, message))
        session = self.session
        return RequestResult(
            self.request_id, self.text, self.now, self.selection, self.examples, tuple(self.rounds), status,
            message, time.perf_counter() - self.started, getattr(session.profile, "name", ""),
            getattr(session.planner, "name", ""))


def _problem_log(attempt: PlanAttempt) -> str:
    """The validation problems as the error observations a replan reads."""
    return "\n".join(f"Observation: {observation_text(StepFailed(message, fixable=True))}"
                     for message in attempt.validation.messages)

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

Approval: steps with side effects (`ToolSpec.side_effects`) and every step that depends on one are held
until the approver answers. Read-only steps that depend on no held step start at once, while the user reads
the plan: a contact lookup or opening a map needs no permission. Tools in `SessionConfig.always_allow` never
ask. A declined plan runs nothing with side effects, and edits may only touch held steps (the others may
already have run). `dry_run=True` plans and validates and runs nothing. `cancel` (a CancelToken) stops
planning between chunks and execution at once.

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
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, Protocol

import networkx as nx

from agent.agreement import AgreementPolicy, doubts, log_likelihood, missing_tools
from agent.cancel import CancelToken
from agent.continuation import continuation_note, unfinished
from agent.events import (
    Answer,
    Approval,
    Approver,
    Event,
    EventSink,
    Failed,
    NeedsApproval,
    PlanReady,
    PlanStarted,
    StepFailed,
    StepParsed,
    observation_text,
)
from agent.executor import Executor, StepRecord
from agent.grammar import Continuation
from agent.grounding import ungrounded
from agent.joiner import Finish, Joiner, join_log
from agent.plan import END_OF_PLAN, JOIN, Plan, StreamingParser
from agent.planner.base import GenerationOptions, PlannerBackend, PlannerError
from agent.prompts.placeholders import MaskedRequest, mask_request
from agent.prompts.profile import PlanRequest, Profile
from agent.repair import mend_ungrounded_lookups
from agent.toolrag.base import Example, ExampleRetriever, ToolSelection, ToolSelector
from agent.validate import (
    Validation,
    ValidationProblem,
    misused_results,
    redundancies,
    validate,
)
from tools.spec import Registry, ToolSpec

Status = Literal["answered", "failed", "cancelled", "dry_run"]
RESAMPLE_TEMPERATURE = 0.7
GRAMMAR_CACHE_SIZE = 64
GrammarBuilder = Callable[..., str]  # (tools, placeholders=...) -> GBNF, as agent.grammar.plan_grammar
NO_APPS_MESSAGE = "No apps are enabled; turn some on in the settings."
logger = logging.getLogger(__name__)


class RequestCancelled(Exception):
    """The user cancelled while the planner was writing."""


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
    # False: plan freely first and regenerate under the grammar only when that plan is invalid. llama.cpp's grammar
    # sampler costs several times the free per-token time, and a trained planner is usually valid already.
    grammar_first: bool = False
    # Extra sampled plans (temperature RESAMPLE_TEMPERATURE) when the greedy one is invalid or has redundant steps
    # (agent.validate.redundancies); the first acceptable one is used. A plan costs tens of milliseconds with the
    # default planner, so a few samples are cheap; 0 turns this off.
    resamples: int = 0
    # When the chosen plan's tools disagree sharply with ToolRAG's probabilities, samples are drawn as above and
    # the plan ToolRAG finds most likely is kept (agent.agreement).
    agreement: AgreementPolicy = field(default_factory=AgreementPolicy)


@dataclass(frozen=True)
class PlanAttempt:
    """One planner call: the prompt, the raw text, the parsed plan and its validation, with timings."""

    prompt: str
    text: str
    plan: Plan
    validation: Validation
    seconds: float
    first_step_seconds: float | None
    grammar: bool
    repairs: tuple[str, ...] = ()  # how the session mended what the planner wrote (agent/repair.py)
    written: str = ""  # the planner's own text, placeholders not yet restored (what a continuation extends)


@dataclass(frozen=True)
class Round:
    index: int
    attempt: PlanAttempt
    approval: Approval | None = None
    records: Mapping[int, StepRecord] = field(default_factory=dict)
    execution_seconds: float = 0.0


@dataclass(frozen=True)
class RequestResult:
    request_id: str
    text: str
    now: datetime
    selection: ToolSelection
    examples: tuple[Example, ...]
    rounds: tuple[Round, ...]
    status: Status
    answer: str = ""  # the answer, or the failure message
    seconds: float = 0.0
    profile: str = ""
    planner: str = ""

    @property
    def plan(self) -> Plan | None:
        return self.rounds[-1].attempt.plan if self.rounds else None


class Session:
    def __init__(
        self, *, registry: Registry, backends: Any, selector: ToolSelector | None, retriever: ExampleRetriever | None,
        profile: Profile, planner: PlannerBackend, config: SessionConfig,
        grammar: GrammarBuilder | None = None, history: History | None = None, joiner: Joiner | None = None,
    ) -> None:
        self.registry = registry
        self.selector = selector
        self.retriever = retriever
        self.profile = profile
        self.planner = planner
        self.config = config
        self.grammar = grammar if config.grammar else None
        self._grammars: dict[tuple[tuple[str, ...], tuple[str, ...], Continuation | None], str] = {}
        self.history = history
        self.enabled = Registry(registry.for_apps(config.enabled_apps))  # what plans may call
        self.executor = Executor(self.enabled, backends, step_timeout=config.step_timeout)
        self.joiner = joiner or Joiner(profile, planner)

    # building blocks, also used by `errand plan` and `errand eval` ---------------------------------------

    @property
    def enabled_tools(self) -> tuple[str, ...]:
        return self.enabled.names

    def select(self, text: str) -> ToolSelection:
        """ToolRAG's choice among the enabled tools; every enabled tool when it chooses none or is not loaded."""
        enabled = self.enabled_tools
        if self.selector is None:
            return ToolSelection(enabled, fallback=True)
        selection = self.selector.select(text, enabled)
        chosen = tuple(name for name in enabled if name in set(selection.tools))
        if not chosen:
            return ToolSelection(enabled, selection.probabilities, fallback=True, seconds=selection.seconds)
        return replace(selection, tools=chosen)

    def grammar_for(self, specs: Sequence[ToolSpec], placeholders: Sequence[str] = (),
                    continuation: Continuation | None = None) -> str | None:
        """The grammar for these tools (no tools: only `1. join()`) whose strings may hold only these
        placeholders, or for the rest of a plan (`continuation`), built once per tool set and placeholders."""
        if self.grammar is None:
            return None
        key = (tuple(spec.name for spec in specs), tuple(sorted(placeholders)), continuation)
        if key not in self._grammars:
            if len(self._grammars) >= GRAMMAR_CACHE_SIZE:  # placeholders vary per request: keep the newest only
                del self._grammars[next(iter(self._grammars))]
            extra = {"continuation": continuation} if continuation else {}
            self._grammars[key] = self.grammar(specs, placeholders=key[1], **extra)
        return self._grammars[key]

    def examples_for(self, text: str, tools: Sequence[str]) -> tuple[Example, ...]:
        if self.retriever is None or self.config.examples <= 0:
            return ()
        return tuple(self.retriever.retrieve(text, tools, k=self.config.examples))

    def plan(
        self, text: str, *, tools: Sequence[str], examples: Sequence[Example] = (), now: datetime,
        previous: tuple[Plan, str] | None = None, on_step: Callable[[Any], None] | None = None,
        cancel: CancelToken | None = None, probabilities: Mapping[str, float] | None = None,
    ) -> PlanAttempt:
        """Ask the planner for a plan (a replan when `previous` = (plan, observation log)), parse and validate.

        `probabilities`, ToolRAG's per-tool scores for the request, let the session prefer a sampled plan that
        agrees with them (SessionConfig.agreement)."""
        probabilities = probabilities or {}
        specs = self.enabled.subset(tools)
        masked = mask_request(text) if self.profile.masks_values else MaskedRequest(text)
        request = PlanRequest(masked.text, specs, list(examples), now, self.config.custom_instructions)
        if previous is None:
            prompt = self.profile.plan_prompt(request)
        else:
            prompt = self.profile.replan_prompt(request, previous[0], previous[1])
        grammar = self.grammar_for(specs, tuple(masked.values))
        free_first = grammar is not None and not self.config.grammar_first
        if not free_first and not self.config.resamples:
            return self._generate(prompt, grammar, on_step, cancel, masked)  # the only attempt: stream its steps
        attempts = [self._generate(prompt, None if free_first else grammar, None, cancel, masked)]
        if free_first and not attempts[0].validation.ok:
            attempts.append(self._generate(prompt, grammar, None, cancel, masked))
        for sample in range(1, self.config.resamples + 1):
            if self._acceptable(attempts[-1], text, probabilities):
                break
            attempts.append(self._generate(prompt, grammar, None, cancel, masked, RESAMPLE_TEMPERATURE, seed=sample))
        candidates = attempts + self._repaired(attempts, text)
        chosen = self._best(candidates, text, probabilities)
        continued = self._continued(chosen, specs, masked, cancel, probabilities)
        if continued:
            attempts += continued
            chosen = self._best(candidates + continued, text, probabilities)
        for step in chosen.plan.steps:
            if on_step is not None:
                on_step(step)
        return replace(chosen, seconds=sum(a.seconds for a in attempts))

    def _acceptable(self, attempt: PlanAttempt, text: str, probabilities: Mapping[str, float]) -> bool:
        return all(self._rank(attempt, text, probabilities)[:3])

    def _rank(self, attempt: PlanAttempt, text: str, probabilities: Mapping[str, float]
              ) -> tuple[bool, bool, bool, float]:
        """Better plans rank higher: without redundant steps or misused results, then without lookups of names the
        request never gave, then agreeing with ToolRAG, then with the tool set ToolRAG finds most likely."""
        plan = attempt.plan
        return (attempt.validation.ok and not redundancies(plan, self.enabled)
                and not misused_results(plan, self.enabled),
                not ungrounded(plan, text),
                not doubts(plan, probabilities, self.config.agreement),
                log_likelihood(plan, probabilities) if self.config.agreement.active else 0.0)

    def _repaired(self, attempts: Sequence[PlanAttempt], text: str) -> list[PlanAttempt]:
        """Each valid attempt with its ungrounded contact lookups respelt or dropped, where that can be done."""
        repaired = []
        for attempt in attempts:
            repair = mend_ungrounded_lookups(attempt.plan, text, self.enabled) if attempt.validation.ok else None
            if repair is not None:
                repaired.append(replace(attempt, text=repair.plan.render().removesuffix(END_OF_PLAN), plan=repair.plan,
                                        validation=validate(repair.plan, self.enabled), repairs=repair.notes))
        return repaired

    def _continued(self, attempt: PlanAttempt, specs: Sequence[ToolSpec], masked: MaskedRequest,
                   cancel: CancelToken | None, probabilities: Mapping[str, float]) -> list[PlanAttempt]:
        """The planner's plan taken up again, once per tool ToolRAG expects and no step calls yet, each time
        from the last continuation's `join()` with the next step held to the missing tools (agent/continuation.py).
        Empty without a grammar, for a mended plan, when nothing is missing, and for a plan of only `join()`: the
        planner judged that nothing needs doing, and a confident classifier is no reason to do something anyway."""
        above = self.config.agreement.continue_above
        if self.grammar is None or not attempt.validation.ok or attempt.repairs or len(attempt.plan.steps) <= 1:
            return []
        found: list[PlanAttempt] = []
        notes: tuple[str, ...] = ()
        for _ in range(len(missing_tools(attempt.plan, probabilities, above))):
            missing = missing_tools(attempt.plan, probabilities, above)
            cut = unfinished(attempt.written)
            if not missing or cut is None or not attempt.validation.ok:
                break
            prefix, step = cut
            try:
                grammar = self.grammar_for(specs, tuple(masked.values), Continuation(step, missing))
            except ValueError:  # the plan already has as many steps as a grammar allows
                break
            notes += (continuation_note(step, missing, probabilities),)
            attempt = self._generate(attempt.prompt, grammar, None, cancel, masked, prefix=prefix)
            attempt = replace(attempt, repairs=notes)
            found.append(attempt)
        return found

    def _best(self, attempts: Sequence[PlanAttempt], text: str, probabilities: Mapping[str, float]) -> PlanAttempt:
        """The best-ranked valid plan, the earliest on a tie; with nothing valid, the last attempt."""
        valid = [a for a in attempts if a.validation.ok]
        if not valid:
            return attempts[-1]
        return max(valid, key=lambda attempt: self._rank(attempt, text, probabilities))  # max keeps the first

    def _generate(self, prompt: str, grammar: str | None, on_step: Callable[[Any], None] | None,
                  cancel: CancelToken | None, masked: MaskedRequest, temperature: float = 0.0,
                  seed: int | None = None, prefix: str = "") -> PlanAttempt:
        """`seed` makes a sampled plan reproducible: the same request gets the same samples every time.
        `prefix`: steps already written (in the planner's own words) that the planner goes on from."""
        options = GenerationOptions(stop=tuple(self.profile.stop), max_tokens=self.config.max_tokens,
                                    grammar=grammar, temperature=temperature, seed=seed)
        parser = StreamingParser()
        parser.feed(prefix)
        chunks: list[str] = [prefix]
        first: float | None = None
        started = time.perf_counter()
        for chunk in self.planner.stream(prompt + prefix, options):
            if cancel is not None and cancel.cancelled:
                raise RequestCancelled()
            chunks.append(chunk)
            for step in parser.feed(chunk):
                first = time.perf_counter() - started if first is None else first
                if on_step is not None:
                    on_step(masked.restore_step(step))
        seen = len(parser.steps)
        written = parser.finish()
        plan = masked.restore(written)
        for step in plan.steps[seen:]:
            first = time.perf_counter() - started if first is None else first
            if on_step is not None:
                on_step(step)
        seconds = time.perf_counter() - started
        validation = validate(plan, self.enabled)
        unknown = [ValidationProblem(f"Step {k} uses {p}, which stands for nothing in the request.", k)
                   for k, p in masked.unknown_placeholders(written)]
        if unknown:
            validation = replace(validation, problems=validation.problems + tuple(unknown))
        return PlanAttempt(prompt, masked.restore_text("".join(chunks)), plan, validation, seconds, first,
                           grammar is not None, written="".join(chunks))

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
        except RequestCancelled:
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
                return self.end("answered", decision.answer)
            previous = (attempt.plan, join_log(attempt.plan, round_.records))
        raise AssertionError("the last round always finishes")  # pragma: no cover

    def execute(self, index: int, attempt: PlanAttempt) -> tuple[Round, str]:
        """Run the plan, asking for approval of held steps; returns the round and why it was declined ('' if not)."""
        plan = attempt.plan
        asking = self.needs_approval(plan)
        held = _with_descendants(attempt.validation.graph, asking)
        started = time.perf_counter()
        run = self.session.executor.start(plan, sink=self.emit, request_id=self.request_id,
                                          request_text=self.text, cancel=self.cancel, held=held)
        approval: Approval | None = None
        declined = ""
        if asking:
            need = NeedsApproval(self.request_id, plan, tuple(sorted(asking)))
            self.emit(need)
            try:
                approval = self.approver(need)
                edited = apply_edits(plan, approval.edits, held, self.session) if approval.approved else None
            except Exception as exc:  # an edit that cannot apply, or a broken approver: run nothing held
                approval, edited, declined = Approval(False), None, f"The plan was not run: {exc}"
            if edited is not None:
                run.release(edited)
            else:
                declined = declined or "You cancelled the plan; nothing with side effects was done."
                run.withhold("You did not approve this step.")
        records = run.wait()
        return Round(index, attempt, approval, records, time.perf_counter() - started), declined

    def needs_approval(self, plan: Plan) -> set[int]:
        registry, allowed = self.session.enabled, self.session.config.always_allow
        return {s.index for s in plan.steps
                if s.tool != JOIN and registry[s.tool].side_effects and s.tool not in allowed}

    def end(self, status: Status, message: str) -> RequestResult:
        self.emit(Answer(self.request_id, message) if status in ("answered", "dry_run")
                  else Failed(self.request_id, message))
        session = self.session
        return RequestResult(
            self.request_id, self.text, self.now, self.selection, self.examples, tuple(self.rounds), status,
            message, time.perf_counter() - self.started, getattr(session.profile, "name", ""),
            getattr(session.planner, "name", ""))


class EditError(ValueError):
    """An argument edit that cannot be applied; the message says why."""


def apply_edits(plan: Plan, edits: Mapping[tuple[int, int], Any], editable: frozenset[int],
                session: Session) -> Plan:
    """The plan with the user's argument edits, re-validated; only held (not yet run) steps may change."""
    if not edits:
        return plan
    steps = {s.index: s for s in plan.steps}
    for (index, position), value in sorted(edits.items()):
        step = steps.get(index)
        if step is None or step.tool == JOIN or not 0 <= position < len(step.args):
            raise EditError(f"step {index} has no argument {position + 1} to edit")
        if index not in editable:
            raise EditError(f"step {index} may already have run, so its arguments cannot be edited")
        args = list(step.args)
        args[position] = value
        steps[index] = replace(step, args=tuple(args))
    edited = replace(plan, steps=tuple(steps[s.index] for s in plan.steps))
    problems = validate(edited, session.enabled).messages
    if problems:
        raise EditError("the edited plan is invalid: " + " ".join(problems))
    return edited


def _with_descendants(graph: nx.DiGraph, steps: set[int]) -> frozenset[int]:
    held = set(steps)
    for index in steps:
        held |= nx.descendants(graph, index)
    return frozenset(i for i in held if graph.nodes[i]["tool"] != JOIN)


def _problem_log(attempt: PlanAttempt) -> str:
    """The validation problems as the error observations a replan reads."""
    return "\n".join(f"Observation: {observation_text(StepFailed(message, fixable=True))}"
                     for message in attempt.validation.messages)

"""One planning call: the prompt, free or grammar-constrained generation, resampling, mending and continuation,
and the ranking that picks the plan the session shows.

    maker = PlanMaker(enabled, profile, backend, grammar=plan_grammar, options=PlanningOptions(...))
    attempt = maker.plan(text, tools=selected, examples=examples, now=now, probabilities=scores)

A cancelled request raises `PlanningCancelled` between streamed chunks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from agent.planning.agreement import AgreementPolicy, doubts, log_likelihood, missing_tools
from agent.planning.argument_fill import fill_arguments
from agent.planning.backends.base import GenerationOptions, PlannerBackend
from agent.planning.continuation import combined, continuation_note, unfinished
from agent.planning.date_fill import fill_dates
from agent.planning.grammar import Continuation
from agent.planning.grounding import ungrounded
from agent.planning.lookup_kinds import mend_lookup_kinds
from agent.planning.prompts.profile import PlanRequest, Profile
from agent.planning.repair import mend_ungrounded_lookups
from agent.planning.routes import Route, routed_plan
from agent.planning.scope_check import check_scope, scope_answer
from agent.planning.single_errand import single_errand_plan
from agent.planning.text_fill import fill_texts
from agent.plans.plan import END_OF_PLAN, Plan, StreamingParser
from agent.plans.validate import Validation, ValidationProblem, misused_results, redundancies, validate
from agent.toolrag.base import Example
from agent.understanding.corrections import corrected_request
from agent.understanding.moments import step_moments
from agent.understanding.numbers import spoken_numbers_as_digits
from agent.understanding.placeholders import MaskedRequest, mask_request
from agent.understanding.scope import request_scope
from tools.spec import Registry, ToolSpec

RESAMPLE_TEMPERATURE = 0.7
GRAMMAR_CACHE_SIZE = 64
GrammarBuilder = Callable[..., str]  # (tools, placeholders=...) -> GBNF, as agent.planning.grammar.plan_grammar


class PlanningCancelled(Exception):
    """The user cancelled while the planner was writing."""


class Cancellable(Protocol):
    @property
    def cancelled(self) -> bool: ...


@dataclass(frozen=True)
class PlanningOptions:
    """How plans are drawn and chosen; the session's settings pass these on (see `SessionConfig`)."""

    custom_instructions: str = ""
    max_tokens: int = 512
    # False: plan freely first and regenerate under the grammar only when that plan is invalid. llama.cpp's grammar
    # sampler costs several times the free per-token time, and a trained planner is usually valid already.
    grammar_first: bool = False
    # Extra sampled plans when the greedy one is invalid or has redundant steps (agent.plans.validate.redundancies);
    # a plan costs tens of milliseconds with the default planner, so a few samples are cheap; 0 turns this off.
    resamples: int = 0
    # When the chosen plan's tools disagree sharply with ToolRAG's probabilities, samples are drawn as above and
    # the plan ToolRAG finds most likely is kept (agreement.py).
    agreement: AgreementPolicy = field(default_factory=AgreementPolicy)
    # Set event, reminder and meeting dates from the request's one resolved moment (date_fill.py).
    resolve_dates: bool = True
    # Replace free text the request does not say by the words it does say (text_fill.py).
    request_texts: bool = True
    # Set files, address lists, priority, transport, folders and lists the request settles (argument_fill.py).
    request_arguments: bool = True
    # Drop side effects a question, a removal or an out-of-scope request did not ask for (scope_check.py).
    scope_check: bool = True
    # Plan questions and removals from the request's own values, without the model (routes.py).
    read_routes: bool = True


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
    repairs: tuple[str, ...] = ()  # how the session mended what the planner wrote (planning/repair.py)
    answer: str = ""  # for a plan that does nothing: what Errand can do instead (scope_check.py)
    written: str = ""  # the planner's own text, placeholders not yet restored (what a continuation extends)


class PlanMaker:
    """Asks the planner backend for plans over the enabled tools and chooses the best one."""

    def __init__(self, enabled: Registry, profile: Profile, planner: PlannerBackend, *,
                 grammar: GrammarBuilder | None, options: PlanningOptions) -> None:
        self.enabled = enabled
        self.profile = profile
        self.planner = planner
        self.grammar = grammar
        self.options = options
        self._grammars: dict[tuple[tuple[str, ...], tuple[str, ...], Continuation | None], str] = {}

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

    def plan(
        self, text: str, *, tools: Sequence[str], examples: Sequence[Example] = (), now: datetime,
        previous: tuple[Plan, str] | None = None, on_step: Callable[[Any], None] | None = None,
        cancel: Cancellable | None = None, probabilities: Mapping[str, float] | None = None,
        known_names: Sequence[str] = (),
    ) -> PlanAttempt:
        """Ask the planner for a plan (a replan when `previous` = (plan, observation log)), parse and validate.
        `known_names` (the user's contacts) are read as names in any case. What the user took back while speaking
        is out of the request first (agent.understanding.corrections), and the plan's notes say what went.

        `probabilities`, ToolRAG's per-tool scores for the request, let the maker prefer a sampled plan that
        agrees with them (PlanningOptions.agreement)."""
        corrected = corrected_request(text)
        attempt = self._plan(corrected.text, tools=tools, examples=examples, now=now, previous=previous,
                             on_step=on_step, cancel=cancel, probabilities=probabilities, known_names=known_names)
        return replace(attempt, repairs=(corrected.note, *attempt.repairs)) if corrected.taken_back else attempt

    def _plan(
        self, text: str, *, tools: Sequence[str], examples: Sequence[Example], now: datetime,
        previous: tuple[Plan, str] | None, on_step: Callable[[Any], None] | None, cancel: Cancellable | None,
        probabilities: Mapping[str, float] | None, known_names: Sequence[str],
    ) -> PlanAttempt:
        probabilities = probabilities or {}
        options = self.options
        if options.read_routes and previous is None:
            routed = self._routed(text, now, on_step, lambda rest: self.plan(
                rest, tools=tools, examples=examples, now=now, cancel=cancel, probabilities=probabilities,
                known_names=known_names))
            if routed is not None:
                return routed
        text = spoken_numbers_as_digits(text)  # "eight hundred and sixty one orchard road" is 861 Orchard Road
        specs = [spec for spec in self.enabled.subset(tools) if spec.name in self.profile.tools]
        # ToolRAG may score tools this planner was never trained on: they must not steer ranking or continuation
        probabilities = {tool: p for tool, p in probabilities.items() if tool in self.profile.tools}
        masked = mask_request(text, known_names=known_names) if self.profile.masks_values else MaskedRequest(text)
        request = PlanRequest(masked.text, specs, list(examples), now, options.custom_instructions)
        if previous is None:
            prompt = self.profile.plan_prompt(request)
        else:
            prompt = self.profile.replan_prompt(request, previous[0], previous[1])
        grammar = self.grammar_for(specs, tuple(masked.values))
        free_first = grammar is not None and not options.grammar_first
        if not free_first and not options.resamples:  # the only attempt: stream its steps
            attempt = self._dated(self._generate(prompt, grammar, on_step, cancel, masked), text, now,
                                  replanning=previous is not None)
            return self._written_if_empty(attempt, text, now, on_step) if previous is None else attempt
        attempts = [self._generate(prompt, None if free_first else grammar, None, cancel, masked)]
        if free_first and not attempts[0].validation.ok:
            attempts.append(self._generate(prompt, grammar, None, cancel, masked))
        for sample in range(1, options.resamples + 1):
            if self._acceptable(attempts[-1], text, probabilities):
                break
            attempts.append(self._generate(prompt, grammar, None, cancel, masked, RESAMPLE_TEMPERATURE, seed=sample))
        candidates = attempts + self._repaired(attempts, text)
        chosen = self._best(candidates, text, probabilities)
        if self.options.scope_check:  # a tool the user took back is no reason to go on
            retracted = request_scope(text).retracted
            probabilities = {tool: p for tool, p in probabilities.items() if tool not in retracted}
        continued = self._continued(chosen, specs, masked, cancel, probabilities)
        if continued:
            attempts += continued
            chosen = self._best(candidates + continued, text, probabilities)
        chosen = self._dated(chosen, text, now, replanning=previous is not None)
        if previous is None:
            chosen = self._written_if_empty(chosen, text, now, None)
        for step in chosen.plan.steps:
            if on_step is not None:
                on_step(step)
        return replace(chosen, seconds=sum(a.seconds for a in attempts))

    def _routed(self, text: str, now: datetime, on_step: Callable[[Any], None] | None,
                plan_rest: Callable[[str], PlanAttempt]) -> PlanAttempt | None:
        """A question or a removal planned from the request's own values (routes.py), or None. The request's other
        errands (`Route.rest`) are planned on their own by `plan_rest`, and their valid plan joins the route's."""
        started = time.perf_counter()
        route = routed_plan(text, now, request_scope(text), self.enabled)
        if route is None:
            return None
        if route.rest:
            rest = plan_rest(route.rest)
            if rest.validation.ok and rest.plan.tools:
                route = Route(combined([route.plan, rest.plan]), f"{route.note} The rest: {' '.join(rest.repairs)}")
        rendered = self._streamed(route, on_step)
        return PlanAttempt("", rendered, route.plan, validate(route.plan, self.enabled),
                           time.perf_counter() - started, 0.0, False, repairs=(route.note,), written=rendered)

    @staticmethod
    def _streamed(route: Route, on_step: Callable[[Any], None] | None) -> str:
        """A plan written without the model, passed to `on_step` step by step; its text as the planner's would be."""
        for step in route.plan.steps:
            if on_step is not None:
                on_step(step)
        return route.plan.render().removesuffix(END_OF_PLAN)

    def _written_if_empty(self, attempt: PlanAttempt, text: str, now: datetime,
                          on_step: Callable[[Any], None] | None) -> PlanAttempt:
        """A plan of only `join()` for a request that plainly asks for one event or reminder becomes that one call
        (single_errand.py); any other attempt is returned as it is."""
        if not self.options.read_routes or not attempt.validation.ok or attempt.plan.tools:
            return attempt
        route = single_errand_plan(text, now, request_scope(text), self.enabled)
        if route is None:
            return attempt
        rendered = self._streamed(route, on_step)
        return replace(attempt, text=rendered, plan=route.plan, validation=validate(route.plan, self.enabled),
                       repairs=attempt.repairs + (route.note,), written=rendered, answer="")

    def _dated(self, attempt: PlanAttempt, text: str, now: datetime, *, replanning: bool = False) -> PlanAttempt:
        """The attempt with each message sent to the right kind of address (lookup_kinds.py), its dates set from
        the request when it names exactly one moment, its invented free text replaced by the request's words, and
        the side effects the request did not ask for dropped."""
        if not attempt.validation.ok:
            return attempt
        attempt = self._mended(attempt, mend_lookup_kinds(attempt.plan))
        if self.options.resolve_dates:
            attempt = self._mended(attempt, fill_dates(attempt.plan, step_moments(text, now)))
        if self.options.request_texts:
            attempt = self._mended(attempt, fill_texts(attempt.plan, text, existing_names=not replanning))
        if self.options.request_arguments:
            attempt = self._mended(attempt, fill_arguments(attempt.plan, text, existing_names=not replanning))
        if self.options.scope_check:
            scope = request_scope(text)
            checked = check_scope(attempt.plan, scope, self.enabled)
            if checked is not None:
                attempt = replace(self._mended(attempt, (checked.plan, checked.note)), answer=checked.answer)
            elif not attempt.plan.tools:
                attempt = replace(attempt, answer=scope_answer(scope))
        return attempt

    def _mended(self, attempt: PlanAttempt, mended: tuple[Plan, str] | None) -> PlanAttempt:
        if mended is None:
            return attempt
        plan, note = mended
        return replace(attempt, text=plan.render().removesuffix(END_OF_PLAN), plan=plan,
                       validation=validate(plan, self.enabled), repairs=attempt.repairs + (note,))

    def _acceptable(self, attempt: PlanAttempt, text: str, probabilities: Mapping[str, float]) -> bool:
        return all(self._rank(attempt, text, probabilities)[:3])

    def _rank(self, attempt: PlanAttempt, text: str, probabilities: Mapping[str, float]
              ) -> tuple[bool, bool, bool, float]:
        """Better plans rank higher: without redundant steps or misused results, then without lookups of names the
        request never gave, then agreeing with ToolRAG, then with the tool set ToolRAG finds most likely."""
        plan = attempt.plan
        agreement = self.options.agreement
        return (attempt.validation.ok and not redundancies(plan, self.enabled)
                and not misused_results(plan, self.enabled),
                not ungrounded(plan, text),
                not doubts(plan, probabilities, agreement),
                log_likelihood(plan, probabilities) if agreement.active else 0.0)

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
                   cancel: Cancellable | None, probabilities: Mapping[str, float]) -> list[PlanAttempt]:
        """The planner's plan taken up again, once per tool ToolRAG expects and no step calls yet, each time
        from the last continuation's `join()` with the next step held to the missing tools (continuation.py).
        Empty without a grammar, for a mended plan, when nothing is missing, and for a plan of only `join()`: the
        planner judged that nothing needs doing, and a confident classifier is no reason to do something anyway."""
        above = self.options.agreement.continue_above
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
                  cancel: Cancellable | None, masked: MaskedRequest, temperature: float = 0.0,
                  seed: int | None = None, prefix: str = "") -> PlanAttempt:
        """`seed` makes a sampled plan reproducible: the same request gets the same samples every time.
        `prefix`: steps already written (in the planner's own words) that the planner goes on from."""
        options = GenerationOptions(stop=tuple(self.profile.stop), max_tokens=self.options.max_tokens,
                                    grammar=grammar, temperature=temperature, seed=seed)
        parser = StreamingParser()
        parser.feed(prefix)
        chunks: list[str] = [prefix]
        first: float | None = None
        started = time.perf_counter()
        for chunk in self.planner.stream(prompt + prefix, options):
            if cancel is not None and cancel.cancelled:
                raise PlanningCancelled()
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

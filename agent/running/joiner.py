"""After a plan ran: Finish with an answer, or Replan.

With a profile that has a join prompt, the model decides (`Thought: ...` then `Action: Finish(<answer>)` or
`Action: Replan`); anything else it writes, or a planner error, falls back to the deterministic joiner. The
deterministic joiner replans when a fixable error occurred and a round remains, and otherwise composes the
answer from the observations. The last round may only Finish. A plan without tool calls (`1. join()`) is
answered without asking the model: the small planners are not a source of facts. Neither is a joiner model
for a question: what a read step found is answered from its items (answers.py), never rewritten by a model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from agent.planning.backends.base import GenerationOptions, PlannerBackend, PlannerError, complete
from agent.plans.plan import JOIN, Plan
from agent.running.answers import answer_for
from agent.running.events import StepFailed, StepOk, observation_text
from agent.running.executor import StepRecord
from tools.listing import Listing

NO_TOOL_ANSWER = "None of the enabled tools can do this, so I did nothing."
_ACTION = re.compile(r"^\s*Action:\s*(Finish|Replan)\b(.*)$", re.MULTILINE | re.DOTALL)
_THOUGHT = re.compile(r"^\s*Thought:\s*(.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Finish:
    answer: str
    thought: str = ""


@dataclass(frozen=True)
class Replan:
    thought: str = ""


Decision = Finish | Replan


class JoinProfile(Protocol):
    @property
    def join_stop(self) -> tuple[str, ...]: ...

    def join_prompt(self, query: str, log: str) -> str | None: ...


def join_log(plan: Plan, records: Mapping[int, StepRecord]) -> str:
    """The plan as the joiner reads it: each step's thought, the call, and its observation."""
    lines = []
    for step in plan.steps:
        if step.tool == JOIN:
            continue
        if step.thought:
            lines.append(f"Thought: {step.thought}")
        lines.append(step.render())
        record = records.get(step.index)
        if record is not None:
            lines.append(f"Observation: {observation_text(record.outcome)}")
    return "\n".join(lines)


def parse_join_output(text: str) -> Decision | None:
    """Read `Thought: ...` / `Action: Finish(answer)` / `Action: Replan`; None when it is neither."""
    action = _ACTION.search(text)
    if action is None:
        return None
    thought_match = _THOUGHT.search(text[: action.start()])
    thought = thought_match.group(1).strip() if thought_match else ""
    if action.group(1) == "Replan":
        return Replan(thought)
    rest = action.group(2).strip()
    if not (rest.startswith("(") and ")" in rest):
        return None
    answer = rest[1: rest.rindex(")")].strip()
    return Finish(answer, thought) if answer else None


def compose_answer(plan: Plan, records: Mapping[int, StepRecord]) -> str:
    """The results the user cares about: observations no later step consumed (or whose consumer did not
    complete, so the user still learns what was done), and every step that did not run."""
    if not plan.tools:
        return NO_TOOL_ANSWER
    consumed = _consumed(plan, records)
    lines = []
    for index, record in sorted(records.items()):
        if isinstance(record.outcome, StepOk):
            if index not in consumed:
                lines.append(answer_for(record.outcome.observation))
        else:
            lines.append(f"Step {index} (`{record.tool}`) did not complete: {observation_text(record.outcome)}")
    return "\n".join(lines) or "Done."


def _consumed(plan: Plan, records: Mapping[int, StepRecord]) -> set[int]:
    """The steps whose result a later step took up and completed with."""
    done = {i for i, r in records.items() if isinstance(r.outcome, StepOk)}
    return {ref.step for step in plan.steps if step.tool != JOIN and step.index in done for ref in step.refs}


def answers_a_question(plan: Plan, records: Mapping[int, StepRecord]) -> bool:
    """True when what a read step found is part of the answer (a listing no later step consumed)."""
    consumed = _consumed(plan, records)
    return any(isinstance(r.outcome, StepOk) and isinstance(r.outcome.observation, Listing) and i not in consumed
               for i, r in records.items())


def deterministic_decision(plan: Plan, records: Mapping[int, StepRecord], *, can_replan: bool) -> Decision:
    fixable = [r for r in records.values() if isinstance(r.outcome, StepFailed) and r.outcome.fixable]
    if fixable and can_replan:
        return Replan(f"Step {fixable[0].index} failed with an error a new plan can fix.")
    return Finish(compose_answer(plan, records))


class Joiner:
    """Decides Finish or Replan for one executed plan."""

    def __init__(self, profile: JoinProfile, backend: PlannerBackend | None = None, max_tokens: int = 256) -> None:
        self._profile = profile
        self._backend = backend
        self._options = GenerationOptions(stop=tuple(profile.join_stop), max_tokens=max_tokens)

    def decide(self, query: str, plan: Plan, records: Mapping[int, StepRecord], *, can_replan: bool) -> Decision:
        fallback = deterministic_decision(plan, records, can_replan=can_replan)
        prompt = self._profile.join_prompt(query, join_log(plan, records))
        if prompt is None or self._backend is None or not plan.tools or answers_a_question(plan, records):
            return fallback
        try:
            decision = parse_join_output(complete(self._backend, prompt, self._options))
        except PlannerError:
            return fallback
        if decision is None or (isinstance(decision, Replan) and not can_replan):
            return fallback
        return decision

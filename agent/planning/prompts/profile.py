"""What every prompt profile offers, and the request it renders.

A profile turns a request into the exact text a planner model was trained on: the plan prompt, the replan
prompt and the joiner prompt, plus the stop strings. The session calls only these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from agent.plans.plan import JOIN, Plan
from agent.toolrag.base import Example
from tools.catalogue import CATALOGUE
from tools.spec import ToolSpec


@dataclass(frozen=True)
class PlanRequest:
    """One planning request: the query, the selected tools in canonical order, retrieved examples, the time."""

    query: str
    tools: Sequence[ToolSpec]
    examples: Sequence[Example] = ()
    now: datetime = field(default_factory=datetime.now)
    custom_instructions: str = ""

    def __post_init__(self) -> None:
        # Prompts number the tools in canonical (catalogue) order whatever order the caller used.
        object.__setattr__(self, "tools", tuple(sorted(self.tools, key=_catalogue_position)))
        object.__setattr__(self, "examples", tuple(self.examples))

    @property
    def tool_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tools)


def _catalogue_position(spec: ToolSpec) -> int:
    return CATALOGUE.label_id(spec.name) if spec.name in CATALOGUE else len(CATALOGUE)


# The previous attempt as the replan prompt reads it: a rendered log (steps, `Observation:` lines), or the
# observations by step number, rendered here under each step.
Observations = str | Mapping[int, str]


class PromptProfile(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def stop(self) -> tuple[str, ...]: ...

    @property
    def join_stop(self) -> tuple[str, ...]: ...

    @property
    def tools(self) -> tuple[str, ...]:
        """The tools the profile's planner model was trained to call; the prompt and grammar offer no others."""
        ...

    @property
    def masks_values(self) -> bool:
        """True when the model was trained on requests masked by `agent.understanding.placeholders`."""
        ...

    def plan_prompt(self, request: PlanRequest) -> str: ...

    def replan_prompt(self, request: PlanRequest, previous: Plan, observations: Observations) -> str: ...

    def join_prompt(self, query: str, log: str) -> str | None:
        """None when the profile has no joiner model: the session then joins deterministically."""
        ...


Profile = PromptProfile


def previous_attempt(previous: Plan, observations: Observations) -> str:
    """The previous plan with its observations, as `Thought:` / step / `Observation:` lines.

    A string log that already contains the plan's step lines is used as it is; a log of observations alone
    (such as validation errors) follows the plan's lines.
    """
    if isinstance(observations, str):
        steps = [s.render() for s in previous.steps if s.tool != JOIN]
        if steps and all(line in observations for line in steps):
            return observations.strip()
        plan_lines = _plan_lines(previous, {})
        return "\n".join(part for part in (plan_lines, observations.strip()) if part)
    return _plan_lines(previous, observations)


def _plan_lines(plan: Plan, observations: Mapping[int, str]) -> str:
    lines = []
    for step in plan.steps:
        if step.tool == JOIN:
            continue
        if step.thought:
            lines.append(f"Thought: {step.thought}")
        lines.append(step.render())
        if step.index in observations:
            lines.append(f"Observation: {observations[step.index]}")
    return "\n".join(lines)

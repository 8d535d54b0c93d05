"""What a session publishes while it handles a request. The GUI, the CLI and the tests consume the same stream."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from agent.plans.plan import Plan, Step


@dataclass(frozen=True)
class StepOk:
    observation: str


@dataclass(frozen=True)
class StepFailed:
    error: str
    exception: BaseException | None = None
    fixable: bool = False


@dataclass(frozen=True)
class StepSkipped:
    reason: str


StepOutcome = StepOk | StepFailed | StepSkipped

FIX_HINT = "You MUST correct this error and try again!"


def observation_text(outcome: StepOutcome) -> str:
    """The one place an outcome becomes the text the planner, the joiner and the user see."""
    match outcome:
        case StepOk(observation=text):
            return text
        case StepFailed(error=error, fixable=True):
            return f"Error: {error} {FIX_HINT}"
        case StepFailed(error=error):
            return f"Error: {error}"
        case StepSkipped(reason=reason):
            return f"Skipped: {reason}"
    raise TypeError(f"not a step outcome: {outcome!r}")


@dataclass(frozen=True)
class PlanStarted:
    request_id: str
    text: str
    tools: tuple[str, ...]
    round: int = 0


@dataclass(frozen=True)
class StepParsed:
    request_id: str
    step: Step


@dataclass(frozen=True)
class PlanReady:
    request_id: str
    plan: Plan
    problems: tuple[str, ...] = ()
    repairs: tuple[str, ...] = ()  # what the session changed in the planner's text (agent/planning/repair.py)


@dataclass(frozen=True)
class NeedsApproval:
    request_id: str
    plan: Plan
    side_effect_steps: tuple[int, ...]
    previews: Mapping[int, str] = field(default_factory=dict)  # step -> what it would change (a removal's items)


@dataclass(frozen=True)
class StepStarted:
    request_id: str
    index: int


@dataclass(frozen=True)
class StepFinished:
    request_id: str
    index: int
    outcome: StepOutcome
    seconds: float = 0.0


@dataclass(frozen=True)
class Answer:
    request_id: str
    text: str


@dataclass(frozen=True)
class Failed:
    request_id: str
    message: str


Event = (
    PlanStarted | StepParsed | PlanReady | NeedsApproval | StepStarted | StepFinished | Answer | Failed
)
EventSink = Callable[[Event], None]


@dataclass(frozen=True)
class Approval:
    """The user's decision on a plan: approve (with argument edits keyed by (step, arg position)) or cancel."""

    approved: bool
    edits: Mapping[tuple[int, int], Any] = field(default_factory=dict)


Approver = Callable[[NeedsApproval], Approval]

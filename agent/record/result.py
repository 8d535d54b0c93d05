"""What one request produced, as the session returns it and the history stores it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from agent.planning.plan_maker import PlanAttempt
from agent.plans.plan import Plan
from agent.running.events import Approval
from agent.running.executor import StepRecord
from agent.toolrag.base import Example, ToolSelection

Status = Literal["answered", "failed", "cancelled", "dry_run"]


@dataclass(frozen=True)
class Round:
    """One planning round: the plan chosen, the user's approval, and what each step did."""

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

"""A plan in words for the approval view, the CLI and the history: the sentences of agent.plans.sentences with
the request's own clock, and a time of day the request did not state marked as such."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from agent.plans.plan import Plan
from agent.plans.sentences import describe_plan
from agent.understanding.dates import resolve_dates


def plan_in_words(plan: Plan, text: str, now: datetime, observations: Mapping[int, str] | None = None,
                  locale: str = "") -> dict[int, str]:
    """Step number -> its sentence; `observations` (step -> result) replace the references already run."""
    moment = resolve_dates(text, now).moment
    return describe_plan(plan, now=now, locale=locale, observations=observations,
                         time_stated=moment is None or moment.time_stated)

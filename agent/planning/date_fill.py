"""Dates in a plan set from the request, not from the planner: when the request names one moment
(agent.understanding.dates), every event start, reminder due date and meeting start in the plan is that moment,
an event's end is the end the request gives (a range or a duration) or empty (start + 60 minutes), and a
meeting's duration is the request's. The plan view says what was set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from agent.plans.plan import Plan, Step
from agent.understanding.dates import Moment

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


def fill_dates(plan: Plan, moment: Moment) -> tuple[Plan, str] | None:
    """The plan with its dates set from the moment and a note saying so, or None when nothing changed."""
    steps = tuple(_filled(step, moment) for step in plan.steps)
    if steps == plan.steps:
        return None
    note = f"Dates set from the request: {_describe(moment)}."
    return replace(plan, steps=steps), note


def _filled(step: Step, moment: Moment) -> Step:
    args = list(step.args)
    start = moment.start.strftime(DATE_FORMAT)
    if step.tool == "create_calendar_event" and len(args) == 7:
        args[1] = start
        args[2] = moment.end.strftime(DATE_FORMAT) if moment.end is not None else ""
    elif step.tool == "create_reminder" and len(args) == 6:
        all_day = args[5] is True
        args[1] = moment.start.strftime("%Y-%m-%d 00:00:00") if all_day else start
    elif step.tool == "get_zoom_meeting_link" and len(args) == 4:
        args[1] = start
        if moment.minutes:
            args[2] = moment.minutes
    else:
        return step
    return step if tuple(args) == step.args else replace(step, args=tuple(args))


def _describe(moment: Moment) -> str:
    if moment.end is None:
        return _when(moment.start)
    if moment.end.date() == moment.start.date():
        return f"{_when(moment.start)}-{moment.end:%H:%M}"
    return f"{_when(moment.start)} to {_when(moment.end)}"


def _when(at: datetime) -> str:
    return at.strftime("%a %d %b %Y %H:%M")

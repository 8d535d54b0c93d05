"""Dates in a plan set from the request, not from the planner (agent.understanding.moments): each event start,
reminder due date and meeting start gets the moment the request names for that kind of step, an event's end is
the end the request gives (a range or a duration) or empty (start + 60 minutes), and a meeting's duration is the
request's. Where the request names several moments for one tool and the plan's steps of that tool cannot be
paired with them one for one, those steps keep the planner's dates. The plan view says what was set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from agent.plans.plan import Plan, Step
from agent.understanding.dates import Moment
from agent.understanding.moments import DATED_TOOLS, EVENT, REMINDER, ZOOM, StepMoments

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
_LABELS = {EVENT: "event", REMINDER: "reminder", ZOOM: "meeting"}


def fill_dates(plan: Plan, moments: StepMoments) -> tuple[Plan, str] | None:
    """The plan with its dates set from the request's moments and a note saying so, or None when nothing
    changed."""
    assigned = _assigned(plan, moments)
    steps = tuple(_filled(step, assigned[step.index], moments.all_day) if step.index in assigned else step
                  for step in plan.steps)
    if steps == plan.steps:
        return None
    return replace(plan, steps=steps), f"Dates set from the request: {_note(plan, assigned)}."


def _assigned(plan: Plan, moments: StepMoments) -> dict[int, Moment]:
    """Step number -> its moment: every step of a tool gets the tool's one moment, or the nth step the nth
    moment when there are as many of each; otherwise none."""
    assigned: dict[int, Moment] = {}
    for tool in DATED_TOOLS:
        steps = [step.index for step in plan.steps if step.tool == tool]
        named = moments.for_tool(tool)
        if len(set(named)) == 1:
            assigned.update((index, named[0]) for index in steps)
        elif len(named) == len(steps):
            assigned.update(zip(steps, named, strict=True))
    return assigned


def _filled(step: Step, moment: Moment, all_day: bool) -> Step:
    """The step with the moment's dates; a reminder is all-day exactly when the request says "all day"."""
    args = list(step.args)
    start = moment.start.strftime(DATE_FORMAT)
    if step.tool == EVENT and len(args) == 7:
        args[1] = start
        args[2] = moment.end.strftime(DATE_FORMAT) if moment.end is not None else ""
    elif step.tool == REMINDER and len(args) == 6:
        args[1] = moment.start.strftime("%Y-%m-%d 00:00:00") if all_day else start
        args[5] = all_day
    elif step.tool == ZOOM and len(args) == 4:
        args[1] = start
        if moment.minutes:
            args[2] = moment.minutes
    else:
        return step
    return step if tuple(args) == step.args else replace(step, args=tuple(args))


def _note(plan: Plan, assigned: dict[int, Moment]) -> str:
    """One moment: when it is; several: each kind of step with its moment, in plan order."""
    if len(set(assigned.values())) == 1:
        return _describe(next(iter(assigned.values())))
    parts = dict.fromkeys(f"{_LABELS[step.tool]} {_describe(assigned[step.index])}"
                          for step in plan.steps if step.index in assigned)
    return "; ".join(parts)


def _describe(moment: Moment) -> str:
    if moment.end is None:
        return _when(moment.start)
    if moment.end.date() == moment.start.date():
        return f"{_when(moment.start)}-{moment.end:%H:%M}"
    return f"{_when(moment.start)} to {_when(moment.end)}"


def _when(at: datetime) -> str:
    return at.strftime("%a %d %b %Y %H:%M")

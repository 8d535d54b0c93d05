"""One event or one reminder written from the request's own values when the planner writes nothing for it.

The small default planner sometimes answers a plain request for one event or one reminder with `1. join()`
("make an appointment with the doctor for monday", "create a calendar entry for the book club on the twenty
second"). When the request's words ask for exactly one of those tools (agent.understanding.scope), it is neither
a question, a removal nor out of scope, names no person a lookup would be needed for, and gives the errand's words
(agent.understanding.spans) and, for an event, its moment (agent.understanding.moments), the one call is written
from those values. Approval still shows it before anything runs, as for every side effect.
"""

from __future__ import annotations

from datetime import datetime

from agent.planning.date_fill import DATE_FORMAT
from agent.planning.routes import Route
from agent.plans.plan import JOIN, Plan, Step
from agent.understanding.moments import step_moments
from agent.understanding.placeholders import mask_request
from agent.understanding.scope import RequestScope
from agent.understanding.spans import text_spans
from tools.spec import Registry

EVENT, REMINDER = "create_calendar_event", "create_reminder"
TITLES = {EVENT: (EVENT, "title"), REMINDER: (REMINDER, "name")}


def single_errand_plan(text: str, now: datetime, scope: RequestScope, enabled: Registry) -> Route | None:
    """The plan of one event or one reminder the request plainly asks for, or None."""
    if scope.restricts or scope.unserved or len(scope.licensed) != 1:
        return None
    tool = next(iter(scope.licensed))
    if tool not in TITLES or tool not in enabled:
        return None
    if any(key.startswith(("<n", "<e", "<p")) for key in mask_request(text).values):
        return None  # a person or an address: lookups and invitees are the planner's to write
    spans = text_spans(text)
    title = spans.get(TITLES[tool])
    moments = step_moments(text, now).for_tool(tool)
    if title is None or len(moments) > 1 or (tool == EVENT and not moments):
        return None
    moment = moments[0] if moments else None
    if tool == EVENT and moment is not None:
        end = moment.end.strftime(DATE_FORMAT) if moment.end is not None else ""
        args: tuple[object, ...] = (title, moment.start.strftime(DATE_FORMAT), end,
                                    spans.get((EVENT, "location"), ""), [], "", "")
    else:
        due = moment.start.strftime(DATE_FORMAT) if moment is not None else ""
        args = (title, due, "", "", 0, False)
    plan = Plan((Step(1, tool, args), Step(2, JOIN, ())), complete=True)
    what = "event" if tool == EVENT else "reminder"
    return Route(plan, f"The planner wrote no step; the request asks for one {what}: planned from its words.")

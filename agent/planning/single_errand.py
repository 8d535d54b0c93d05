"""One event or one reminder written from the request's own values when the planner writes nothing for it.

The small default planner sometimes answers a plain request for one event or one reminder with `1. join()`
("make an appointment with the doctor for monday", "create a calendar entry for the book club on the twenty
second"). When the request's words ask for exactly one of those tools (agent.understanding.scope), it is neither
a question, a removal nor out of scope, names no person a lookup would be needed for, and gives the errand's words
(agent.understanding.spans) and, for an event, its moment (agent.understanding.moments), the one call is written
from those values. Approval still shows it before anything runs, as for every side effect.

A request that names no tool's word ("i need to be at the airport at six am tuesday") gets nothing: a side effect
is written only for words that ask for it. "remind me about the meeting tomorrow" asks for a reminder: the event
word is what the reminder is about.
"""

from __future__ import annotations

import re
from datetime import datetime

from agent.planning.date_fill import DATE_FORMAT
from agent.planning.routes import Route
from agent.plans.plan import JOIN, Plan, Step
from agent.understanding.moments import step_moments
from agent.understanding.numbers import spoken_numbers_as_digits
from agent.understanding.placeholders import mask_request
from agent.understanding.scope import RequestScope, spoken_form
from agent.understanding.spans import text_spans
from tools.spec import Registry

EVENT, REMINDER = "create_calendar_event", "create_reminder"
TITLES = {EVENT: (EVENT, "title"), REMINDER: (REMINDER, "name")}
_LEAD = (r"^(?:(?:hey|hi|ok|okay|so|um|uh|er|olly|please|can\s+you|could\s+you|would\s+you|will\s+you|"
         r"i\s+(?:need|want|would\s+like)\s+to|go\s+ahead\s+and|also)\s+)*")
_REMINDER_FIRST = re.compile(_LEAD + r"(?:remind\s+me|(?:set|make|add|create)\s+(?:a|an|me\s+a)\s+reminder|"
                             r"(?:a\s+)?reminder\s+(?:to|about|for))\b")
# What says when, not what: cut out of a title made from the request's own words.
_WHEN = re.compile(
    r"\b(?:(?:on|at|for|by|from|until|till|this|next|coming|every|in\s+the)\s+)*(?:today|tonight|tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midnight|morning|afternoon|evening|night|"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?|the\s+\d{1,2}(?:st|nd|rd|th)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?)\b")
_NOT_TITLE = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|um|uh|er|olly|please|can|could|would|will|you|i|we|need|want|to|be|at|in|have|"
    r"got|add|put|pencil|make|create|schedule|set|up|book|new|a|an|the|my|our|calendar|event|entry|for|called|"
    r"named|there's|theres|is)\s+)+"
    r"|\s+(?:(?:add|put)\s+(?:it|that|this)\s+)?(?:(?:to|on|in|into)\s+(?:my|the)\s+(?:calendar|schedule|agenda)|"
    r"for|at|on|please)\b.*$")
_TITLE_WORDS = 6
# No title: a pronoun ("put it on my calendar for friday"), or someone added to an event, not a new one ("add john
# to the meeting at three")
_NO_TITLE = re.compile(r"^(?:it|that|this|them|those|these|one|something)$|\bto\s+(?:the|my|our|his|her|their)\b")


def single_errand_plan(text: str, now: datetime, scope: RequestScope, enabled: Registry) -> Route | None:
    """The plan of one event or one reminder the request plainly asks for, or None."""
    if scope.restricts or scope.unserved:
        return None
    tool = _asked_for(text, scope)
    if tool is None or tool not in enabled:
        return None
    if any(key.startswith(("<n", "<e", "<p")) for key in mask_request(text).values):
        return None  # a person or an address: lookups and invitees are the planner's to write
    spans = text_spans(text)
    moments = step_moments(text, now).for_tool(tool)
    title = spans.get(TITLES[tool]) or _spoken_title(text)
    if not title or len(moments) > 1 or (tool == EVENT and not moments):
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


def _asked_for(text: str, scope: RequestScope) -> str | None:
    """The one tool the request's words ask for: its single licensed tool, or the reminder when it starts by
    asking for one ("remind me about the meeting")."""
    if scope.licensed == {EVENT, REMINDER} and _REMINDER_FIRST.search(spoken_form(text)):
        return REMINDER
    if len(scope.licensed) == 1:
        tool = next(iter(scope.licensed))
        return tool if tool in TITLES else None
    return None


def _spoken_title(text: str) -> str:
    """A title from the request's own words when spans finds none: the words before its first time (or after
    its last), without the verbs, fillers and calendar words ("make a dentist appointment for next thursday at
    four" -> "Dentist appointment", "new event tomorrow at noon lunch with the team" -> "Lunch with the team")."""
    said = spoken_numbers_as_digits(spoken_form(text))
    parts = [_NOT_TITLE.sub("", f"{part.strip()} ").strip() for part in _WHEN.split(said)]
    title = next((part for part in parts if part), "")
    if not title or len(title.split()) > _TITLE_WORDS or _NO_TITLE.search(title):
        return ""
    return title[:1].upper() + title[1:]

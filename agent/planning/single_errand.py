"""One event, reminder, email or new list written from the request's own values when the planner writes nothing.

The small default planner sometimes answers a plain request for one errand with `1. join()` ("make an
appointment with the doctor for monday", "set up a meeting with john friday at noon", "email the client that the
package has shipped"). When the request's words ask for exactly one of those tools (agent.understanding.scope), it
is neither a question, a removal nor out of scope, and it gives the errand's words (agent.understanding.spans) and,
for an event, one moment (agent.understanding.moments), the one call is written from those values:
- an event "with" people invites them, each through one get_email_address lookup (COMPAT section 8: a
  "meeting/call with X" looks up X's email); a group ("the team") is invited by nobody;
- an email goes to the people its sending verb names, each looked up the same way, with the request's words as its
  subject; one with a file to attach is the planner's;
- a reminder only mentions people ("remind me to call john"): no lookup;
- a new list ("make a new to do list for the weekend") is an empty note of that name.
Approval still shows every step before anything runs, as for every side effect.

A request that names no tool's word and no event said plainly ("put dentist on thursday", "lunch with mom on
saturday at one": scope.py) gets nothing ("i need to be at the airport at six am tuesday"): a side effect is written
only for words that ask for it. "remind me about the meeting tomorrow" asks for a reminder: the event word is what
the reminder is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from agent.planning.date_fill import DATE_FORMAT
from agent.planning.routes import Route
from agent.plans.plan import JOIN, Plan, Step
from agent.understanding.addressees import invitees, recipients
from agent.understanding.moments import step_moments
from agent.understanding.numbers import spoken_numbers_as_digits
from agent.understanding.placeholders import mask_request
from agent.understanding.scope import RequestScope, spoken_form
from agent.understanding.spans import text_spans
from tools.spec import Registry

EVENT, REMINDER, EMAIL, NEW_NOTE = "create_calendar_event", "create_reminder", "compose_new_email", "create_note"
LOOKUP = "get_email_address"
TITLES = {EVENT: (EVENT, "title"), REMINDER: (REMINDER, "name")}
LIST_TOOLS = frozenset((NEW_NOTE, "append_note_content"))
_LEAD = (r"^(?:(?:hey|hi|ok|okay|so|um|uh|er|olly|please|can\s+you|could\s+you|would\s+you|will\s+you|"
         r"i\s+(?:need|want|would\s+like)\s+to|go\s+ahead\s+and|also)\s+)*")
# Thanks may close a request or be all of it: the planner's empty plan is then not overruled
_THANKS = re.compile(r"\b(?:thanks|thank\s+you)\b", re.IGNORECASE)
_REMINDER_FIRST = re.compile(_LEAD + r"(?:remind\s+me|(?:set|make|add|create)\s+(?:a|an|me\s+a)\s+reminder|"
                             r"(?:a\s+)?reminder\s+(?:to|about|for))\b")
# An email asked for first: the meeting or the news it is about is its content ("send a mail to my boss about the
# meeting tomorrow", "email jane and tell her the report is ready")
_EMAIL_FIRST = re.compile(_LEAD + r"(?:e-?mail|mail|write\s+to|(?:send|write|compose|shoot|drop|fire\s+off)\s+"
                          r"(?:an?\s+)?(?:quick\s+|short\s+|new\s+)?(?:e-?mail|mail))\b")
_ABOUT_IN_AN_EMAIL = frozenset((EVENT, "send_sms"))
# A new list and its name: "make a new to do list for the weekend", "create a grocery list for this week"
_NEW_LIST = re.compile(_LEAD + r"(?:create|make|start|begin|set\s+up)\s+(?:a|an|my|the)\s+(?:new\s+)?"
                       r"(?P<name>(?:[\w'-]+\s+){0,2}?)list(?:\s+(?:for|of)\s+(?P<what>(?:[\w'-]+\s*){1,4}))?"
                       r"(?:\s+(?:please|for\s+me|now|thanks))*$")
# Something to send along: the planner's, with its file lookup
_ATTACHED = re.compile(r"\b(?:attach\w*|file|files|pdf|document|photos?|pictures?|report\.\w+|resume|cv)\b")
# What says when, not what: cut out of a title made from the request's own words.
_WHEN = re.compile(
    r"\b(?:(?:on|at|for|by|from|until|till|this|next|coming|every|in\s+the)\s+)*(?:today|tonight|tomorrow|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|noon|midnight|morning|afternoon|evening|night|"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?|the\s+\d{1,2}(?:st|nd|rd|th)|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?)\b")
_NOT_TITLE = re.compile(
    r"^(?:save\s+the\s+date\s+)?(?:(?:hey|hi|ok|okay|so|um|uh|er|olly|please|can|could|would|will|you|i|we|need|"
    r"want|to|be|at|in|have|ive|i've|there's|agenda|diary|"
    r"got|add|put|pencil|make|create|schedule|set|up|book|me|plan|don't|dont|do|not|let|forget|remember|organi[sz]e|arrange|hold|mark|save|new|a|an|the|"
    r"my|our|calendar|event|entry|for|called|named|there's|theres|is)\s+)+"
    r"|\s+(?:(?:add|put)\s+(?:it|that|this)\s+)?(?:(?:to|on|in|into)\s+(?:my|the)\s+(?:calendar|schedule|agenda|diary)|"
    r"for|at|on|please)\b.*$|\s+to\s*$")
_TITLE_WORDS = 6
# No title: a pronoun ("put it on my calendar for friday"), or someone added to an event, not a new one ("add john
# to the meeting at three")
_NO_TITLE = re.compile(r"^(?:it|that|this|them|those|these|one|something)$|\bto\s+(?:the|my|our|his|her|their)\b")

Writer = Callable[[str, datetime], tuple[Step, ...] | None]


def single_errand_plan(text: str, now: datetime, scope: RequestScope, enabled: Registry) -> Route | None:
    """The plan of the one event, reminder, email or new list the request plainly asks for, or None."""
    if scope.question or scope.removal or scope.retracted or scope.unserved:
        return None
    if (scope.out_of_scope or _THANKS.search(text)) and not _REMINDER_FIRST.search(spoken_form(text)):
        return None  # "remind me to take the washing out of the dryer" asks for its reminder all the same
    tool = _asked_for(text, scope)
    if tool is None or tool not in enabled or (tool in (EVENT, EMAIL) and LOOKUP not in enabled):
        return None
    if any(key.startswith(("<f", "<p")) for key in mask_request(text).values):
        return None  # a file or a phone number: the planner's, with its lookups
    writers: dict[str, Writer] = {EVENT: _event, REMINDER: _reminder, EMAIL: _email, NEW_NOTE: _new_list}
    steps = writers[tool](text, now)
    if steps is None:
        return None
    plan = Plan((*steps, Step(len(steps) + 1, JOIN, ())), complete=True)
    what = {EVENT: "event", REMINDER: "reminder", EMAIL: "email", NEW_NOTE: "new list"}[tool]
    return Route(plan, f"The planner wrote no step; the request asks for one {what}: planned from its words.")


def _asked_for(text: str, scope: RequestScope) -> str | None:
    """The one tool the request's words ask for: its single licensed tool, the reminder or the email when it starts
    by asking for one (the other tools' words are what it is about: "remind me to text lisa at eight"), or a new
    list ("list" licenses writing a note and adding to one). An email is written only for a request that starts by
    asking to send one: "latest email john" or "save john's email address" send nothing."""
    said = spoken_form(text)
    if REMINDER in scope.licensed and _REMINDER_FIRST.search(said):
        return REMINDER
    if EMAIL in scope.licensed and scope.licensed - {EMAIL} <= _ABOUT_IN_AN_EMAIL and _EMAIL_FIRST.search(said) \
            and not re.search(r"\b(?:text|sms|txt)\b", said):
        return EMAIL
    if scope.licensed and scope.licensed <= LIST_TOOLS and _NEW_LIST.search(said):
        return NEW_NOTE
    if len(scope.licensed) == 1:
        tool = next(iter(scope.licensed))
        return tool if tool in (EVENT, REMINDER) or tool == EMAIL and _EMAIL_FIRST.search(said) else None
    return None


def _event(text: str, now: datetime) -> tuple[Step, ...] | None:
    """The people the event is with, each looked up, then the event at its one moment."""
    moments = step_moments(text, now).for_tool(EVENT)
    people = invitees(text)
    title = _with_names(text_spans(text).get(TITLES[EVENT]) or _spoken_title(text), people)
    if not title or len(moments) != 1:
        return None
    moment = moments[0]
    end = moment.end.strftime(DATE_FORMAT) if moment.end is not None else ""
    lookups = _lookups(people)
    refs = [f"${step.index}" for step in lookups]
    location = text_spans(text).get((EVENT, "location"), "")
    event = Step(len(lookups) + 1, EVENT, (title, moment.start.strftime(DATE_FORMAT), end, location, refs, "", ""))
    return (*lookups, event)


def _reminder(text: str, now: datetime) -> tuple[Step, ...] | None:
    """The reminder at its one moment, or undated; the people it mentions are only what it is about."""
    moments = step_moments(text, now).for_tool(REMINDER)
    title = text_spans(text).get(TITLES[REMINDER]) or _spoken_title(text)
    if not title or len(moments) > 1:
        return None
    due = moments[0].start.strftime(DATE_FORMAT) if moments else ""
    return (Step(1, REMINDER, (title, due, "", "", 0, False)),)


def _email(text: str, now: datetime) -> tuple[Step, ...] | None:
    """The recipients, each looked up (an address said in full is used as it is), then the email with the
    request's words as its subject; nothing for an email with something to attach."""
    if _ATTACHED.search(spoken_form(text)):
        return None
    addresses = [value for key, value in mask_request(text).values.items() if key.startswith("<e")]
    people = [] if addresses else recipients(text)
    if not addresses and not people:
        return None
    lookups = _lookups(people)
    to = addresses or [f"${step.index}" for step in lookups]
    subject = text_spans(text).get((EMAIL, "subject"), "")
    return (*lookups, Step(len(lookups) + 1, EMAIL, (to, [], subject, "", [])))


def _new_list(text: str, now: datetime) -> tuple[Step, ...] | None:
    """An empty note named for the list: "make a new to do list for the weekend" -> "To do list"."""
    found = _NEW_LIST.search(spoken_form(text))
    if found is None:
        return None
    name = f"{found.group('name')}list" if found.group("name") else f"list for {found.group('what') or ''}".strip()
    name = name.strip()
    if name == "list for":
        return None
    return (Step(1, NEW_NOTE, (name[:1].upper() + name[1:], "", "")),)


def _lookups(people: list[str]) -> tuple[Step, ...]:
    return tuple(Step(index, LOOKUP, (person,)) for index, person in enumerate(people, start=1))


def _with_names(title: str, people: list[str]) -> str:
    """The title with the invitees' names written as names ("Meeting with john" -> "Meeting with John"); a role
    stays as said ("Meeting with my boss")."""
    for person in people:
        title = re.sub(rf"(?<!my )(?<!our )\b{re.escape(person)}\b", person, title, flags=re.IGNORECASE)
    return title


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

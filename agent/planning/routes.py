"""Questions, removals and the simplest additions planned from the request's own values, without the planner model.

A read or a removal is one call of one of COMPAT section 10's tools, and `agent.understanding.intent` reads
every value it needs from the request (the range from `ranges`, the words of a title, a sender, list items).
Writing that call directly makes "what's on my calendar tomorrow" and "cancel thursday's lunch" right by
construction: the plan cannot create or send anything, and its range is the day the request names. An alarm
("wake me at six thirty"), an item put on a list ("add milk to my list") and a new contact are one call too.
Requests that act otherwise, or that the intent reader does not recognise, go to the planner as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.planning.continuation import combined
from agent.plans.plan import JOIN, Plan, Step, parse_plan
from agent.understanding.dates import day_and_clock, resolve_dates, today_or_tomorrow
from agent.understanding.intent import Intent, kind_of_event, read_or_remove
from agent.understanding.numbers import spoken_numbers_as_digits
from agent.understanding.ranges import Range, resolve_range
from agent.understanding.scope import RequestScope, names_a_tool_thing, request_scope, spoken_form
from tools.spec import Registry

_AFTERNOON = re.compile(r"\b(pm|p\.m\.|afternoon|evening|tonight|night)\b")
REMOVAL_AHEAD = timedelta(days=7)  # "cancel my dentist appointment": the coming week (COMPAT section 10)
_EVERYTHING = re.compile(r"\b(all|every|everything|whole|entire|clear|wipe)\b")  # "cancel all my meetings"


# Where one errand of a request ends and the next begins: a sentence's end (not "Mr." or "p.m."), a new line, a
# dash or bullet between errands (not before a number or an address), and the words that start another ("also",
# "then", "one more thing", "and mail").
_ERRAND_BREAK = re.compile(
    r"(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)(?<!\bst)(?<!\bp\.m)(?<!\ba\.m)[.?!]+(?=\s|$)|\n+|;|\s[-–—•]\s(?![\d+(]|[\w.+-]+@)|"
    r"^\s*[-•]\s|\s[1-9]\)\s|,?\s+(?:and\s+)?(?:also|then|finally|additionally)\b[,:]?|,?\s+one\s+more\s+thing\b:?|"
    r",?\s+oh\s+and\b|,?\s+and\s+(?=(?:e-?mail|mail|text|sms|send|start|create|add|remind|show|open|find|cancel|"
    r"remove|delete|mark|tick|set|schedule|make|book|forward|reply|save|store|put)\b)", re.IGNORECASE)
# An errand that asks for something by its first word: "add eggs", "call mom", "summarize the report".
_LITERAL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d()][\d\s().-]{5,}\d")
# The stretch of time as said, for the subject of a calendar sent by mail: "My calendar for this weekend"
_SAID_RANGE = re.compile(r"\b(?:(?:this|next)\s+(?:week(?:end)?|morning|afternoon|evening)|today|tonight|tomorrow|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
_ACTS = re.compile(r"^\W*(?:(?:please|pls|can\s+you|could\s+you|i\s+need\s+you\s+to)\s+)*(?:add|put|send|text|e-?mail|"
                   r"mail|call|create|make|set|book|schedule|find|open|show|get|summari[sz]e|forward|reply|remind|"
                   r"start|write|save|store|update|move|push|draft|share|navigate|look|search|pull|plot|map)\b",
                   re.IGNORECASE)

# An errand that uses what an earlier one finds is planned with it, by the planner
_REFERS_BACK = re.compile(r"\b(him|her|them|it|that|those|these|the\s+(?:address|number|result|details))\b",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Route:
    plan: Plan
    note: str  # why the plan was written this way, for the plan view and `errand eval --details`
    rest: str = ""  # the errands of the request still to plan (by the planner), "" when none


def routed_plan(text: str, now: datetime, scope: RequestScope, enabled: Registry) -> Route | None:
    """The plan for a request's reads and removals, or None when it has none (or their tools are not enabled).

    A request of several errands is read one errand at a time, so a question before a removal keeps both and a
    preamble ("long day. ...") names no event; the errands that are not reads or removals are left to the planner
    (`Route.rest`), and words that ask for nothing are dropped."""
    errands = [e.strip() for e in _ERRAND_BREAK.split(text) if e.strip(" ,.:;!?-") and not e.strip().endswith(":")]
    if len(errands) > 1:
        found = [(errand, _routed_errand(errand, now, request_scope(errand), enabled)) for errand in errands]
        routes = [route for _, route in found if route is not None]
        if routes:
            rest = [errand for errand, route in found if route is None and _asks(errand)]
            if any(_REFERS_BACK.search(errand) for errand in rest):
                return _routed_errand(text, now, scope, enabled)  # "read mike's email and text him the address"
            note = " ".join(route.note for route in routes)
            return Route(combined([route.plan for route in routes]), note, ". ".join(rest))
    return _routed_errand(text, now, scope, enabled)


def _asks(errand: str) -> bool:
    """The errand asks for something, as opposed to saying how the user's day is going ("i'm at the airport")."""
    scope = request_scope(errand)
    return bool(scope.licensed or scope.question or scope.removal or names_a_tool_thing(errand)
                or _ACTS.search(errand))


def _routed_errand(text: str, now: datetime, scope: RequestScope, enabled: Registry) -> Route | None:
    intent = read_or_remove(text, scope)
    if intent is None:
        return None
    if intent.action == "send":
        return _passed_on(intent, text, now, enabled)
    if intent.action == "move":
        return _moved(intent, text, now, enabled)
    if intent.everything:
        return _emptied(intent, enabled)
    step = _step(intent, text, now)
    if step is None or step.tool not in enabled:
        return None
    plan = Plan((step, Step(2, JOIN, ())), complete=True)
    return Route(plan, f"Planned from the request's words as a {intent.action} in {intent.app}: {step.tool}.")


def _passed_on(intent: Intent, text: str, now: datetime, enabled: Registry) -> Route | None:
    """The calendar read, the person's address or number, and the mail or text that carries the events (COMPAT
    section 10: a read passed on goes in as its `$k`, like open_note)."""
    start, end = resolve_range(text, now).planner_args()
    literal = bool(_LITERAL_ADDRESS.fullmatch(intent.name))  # an address or a number as written: no lookup
    who, last = (intent.name, 2) if literal else ("$2", 3)
    if intent.items == "sms":
        lookup, send = Step(2, "get_phone_number", (intent.name,)), Step(last, "send_sms", ([who], "$1"))
    else:
        said = _SAID_RANGE.search(text)
        subject = f"My calendar for {said.group(0).lower()}" if said else "My calendar"
        lookup = Step(2, "get_email_address", (intent.name,))
        send = Step(last, "compose_new_email", ([who], [], subject, "$1", []))
    steps = (Step(1, "get_calendar_events", (start, end, "")), *(() if literal else (lookup,)), send)
    if any(step.tool not in enabled for step in steps):
        return None
    steps = (*steps, Step(len(steps) + 1, JOIN, ()))
    plan = parse_plan(Plan(steps, complete=True).render())  # parsed again: the `$k` become references
    return Route(plan, f"Planned from the request's words: the calendar read, sent to {intent.name} by "
                       f"{'text' if intent.items == 'sms' else 'email'}.")


def _moved(intent: Intent, text: str, now: datetime, enabled: Registry) -> Route | None:
    """An event moved: deleted where it is, then made again with its title at the new time (COMPAT section 10, two
    steps under one approval). The new day is the old one unless the request names another; without a clock time
    it is no move this reads."""
    new_day, clock = day_and_clock(intent.items, now)
    if clock is None:
        return None
    old = _removal_range(resolve_range(spoken_form(text).rsplit(intent.items, 1)[0], now), now)
    day = new_day or (old.start.date() if old.stated else today_or_tomorrow(now, clock[0]))
    start = datetime.combine(day, clock[0])
    until = clock[1] if clock[1] is not None and clock[1] > clock[0] else None
    end = datetime.combine(day, until) if until is not None else start + timedelta(hours=1)
    steps = (Step(1, "delete_calendar_event", (intent.query, *old.planner_args())),
             Step(2, "create_calendar_event", (intent.name, f"{start:%Y-%m-%d %H:%M:%S}", f"{end:%Y-%m-%d %H:%M:%S}",
                                               "", [], "", "")))
    if not intent.query or any(step.tool not in enabled for step in steps):
        return None
    return Route(Plan((*steps, Step(3, JOIN, ())), complete=True),
                 f"Planned from the request's words: {intent.name} deleted, then made again at {start:%H:%M}.")


def _emptied(intent: Intent, enabled: Registry) -> Route | None:
    """Every item of a list removed ("clear my shopping list"): the list is read, and its own lines are what the
    removal names. The removal still asks first, and undo restores the lines; the approval cannot list them
    before the read has run (approval.previews skips `$k` arguments)."""
    steps = (Step(1, "open_note", (intent.name, "")), Step(2, "remove_note_content", (intent.name, "$1", "")),
             Step(3, JOIN, ()))
    if any(step.tool not in enabled for step in steps[:2]):
        return None
    plan = parse_plan(Plan(steps, complete=True).render())  # parsed again: `$1` becomes a reference
    return Route(plan, f"Planned from the request's words: every item of {intent.name} read, then removed.")


def _step(intent: Intent, text: str, now: datetime) -> Step | None:
    match (intent.action, intent.app):
        case ("read", "calendar"):
            start, end = resolve_range(text, now).planner_args()
            return Step(1, "get_calendar_events", (start, end, intent.query))
        case ("remove", "calendar"):
            found = resolve_range(text, now)
            start, end = _removal_range(found, now).planner_args()
            named = found.stated or _EVERYTHING.search(text.lower())
            query = intent.query or ("" if named else kind_of_event(text))
            if not (query or named):
                return None  # "cancel my next meeting" names neither a title nor a time: a week's events would go
            return Step(1, "delete_calendar_event", (query, start, end))
        case ("read", "mail"):
            return Step(1, "find_emails", (intent.sender, intent.query, _since(text, now), intent.unread))
        case ("read", "reminders"):
            found = resolve_range(text, now)
            return Step(1, "get_reminders", (found.planner_args()[1] if found.stated else "", ""))
        case ("add", "reminders"):
            due = _alarm_time(text, now)
            if due is None:
                return None
            name = "Wake up" if "wake" in text.lower() else "Alarm"
            return Step(1, "create_reminder", (name, f"{due:%Y-%m-%d %H:%M:%S}", "", "", 0, False))
        case ("read", "contacts"):
            tool = "get_phone_number" if intent.items == "phone" else "get_email_address"
            return Step(1, tool, (intent.name,))
        case ("remove", "reminders"):
            return Step(1, "complete_reminder", (intent.name,)) if intent.name else None
        case ("read", "list"):
            return Step(1, "open_note", (intent.name, ""))
        case ("remove", "list"):
            return Step(1, "remove_note_content", (intent.name, intent.items, "")) if intent.items else None
        case ("add", "list"):  # one line per item, as a list note holds them
            return Step(1, "append_note_content", (intent.name, "\n".join(intent.items.split(", ")), ""))
        case ("create", "list"):
            return Step(1, "create_note", (intent.name, "\n".join(intent.items.split(", ")), ""))
        case ("add", "contacts"):
            return Step(1, "add_contact", (intent.name, intent.email, intent.phone))
    return None


def _alarm_time(text: str, now: datetime) -> datetime | None:
    """When an alarm is for: "an alarm for 7" is at 7, in the morning unless pm or the evening is said (an alarm's
    bare hour is a waking hour, unlike section 8's bare hours 1-7 for meetings)."""
    said = re.sub(r"\bfor\s+(?=\d)", "at ", spoken_numbers_as_digits(text.lower()))
    moment = resolve_dates(said, now).moment
    if moment is None:
        return None
    due = moment.start
    if due.hour >= 12 and not _AFTERNOON.search(said):
        due -= timedelta(hours=12)
        if due <= now:
            due += timedelta(days=1)
    return due


def _removal_range(found: Range, now: datetime) -> Range:
    return found if found.stated else Range(found.start, found.start + REMOVAL_AHEAD, stated=False)


def _since(text: str, now: datetime) -> str:
    """Mail since the start of the range a request names ("since five pm" at 10:00 is yesterday 17:00)."""
    found = resolve_range(text, now)
    if not found.stated:
        return ""
    since = found.start if found.start <= now else found.start - timedelta(days=1)
    return f"{since:%Y-%m-%d %H:%M:%S}" if since <= now else ""

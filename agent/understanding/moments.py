"""The moment each dated step of a plan should have, for requests that name several moments.

    step_moments("Zoom Dec 15 at 6:30am, 30 mins, and remind me the night before at 9", now)
    # create_reminder -> (Mon 14 Dec 21:00,), get_zoom_meeting_link and create_calendar_event -> (15 Dec 06:30-07:00,)

A request that names one moment (dates.py) gives it to every dated step, as before. Otherwise the request is cut
into clauses, one per action ("remind me ...", "zoom ...", "put it on my calendar ..."; words without an action
verb stay with the clause before them), and each clause's moment is resolved on its own: a shift ("that
morning", "the night before", "15 minutes before it") counts from the moment of the clause before it, and a
clock time with no day of its own ("... Monday at 10, and remind me at 9") falls on the day of the last dated
clause (a reminder, meeting or event, not "tomorrow's reading" to summarise). Reminder steps take the reminder
clauses' moments; Zoom meetings and calendar events take their own clauses' moments, else each other's (a
meeting put on the calendar is one moment).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from agent.understanding.dates import Moment, moment_in, names_day, normalized, several_in

REMINDER, ZOOM, EVENT = "create_reminder", "get_zoom_meeting_link", "create_calendar_event"
DATED_TOOLS = (REMINDER, ZOOM, EVENT)

_KINDS = (  # the first that a clause's words match decides its kind; "other" actions only end a clause
    (REMINDER, re.compile(r"\b(remind|reminders?|don'?t let me forget|alert me|nudge me|ping me|buzz me)\b")),
    (ZOOM, re.compile(r"\b(zoom|video (call|chat|meeting)|meeting link)\b")),
    (EVENT, re.compile(r"\b(calendar|event|schedule|appointment|invite|meeting|block|book|arrange|organi[sz]e)\b")),
    ("other", re.compile(r"\b(e-?mail|text|sms|message|send|forward|reply|summari[sz]e|note|directions|navigate"
                         r"|open|call|ask|tell|let \w+ know|heads[ -]?up|knows)\b")),
)
_BOUNDARY = re.compile(r"[.;!?](?:\s+|$)|\s*\n+\s*(?:[-*•]\s*|\d+[.)]\s*)?|\s+\d\)\s+"
                       r"|,\s*(?:(?:and|then|also|plus)\s+)*|\s+(?:and|then|also|plus)\s+(?:then\s+)?"
                       r"|\s+(?:after\s+that|finally|one\s+more\s+thing|oh\s+and|next\s+up)\s+")
_SENTENCE_END = re.compile(r"[.;!?]|\s*\n")
_ALL_DAY = re.compile(r"\ball[- ]day\b|\b(?:the|a)\s+whole\s+day\b")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)")


@dataclass(frozen=True)
class Clause:
    """One action of a request: its kind (a dated tool, or "other") and its words."""

    kind: str
    text: str


@dataclass(frozen=True)
class StepMoments:
    """Per dated tool, the moments the request names for its steps, in the order it names them."""

    by_tool: Mapping[str, tuple[Moment, ...]] = field(default_factory=dict)
    all_day: bool = False  # the request asks for an all-day reminder or event

    @classmethod
    def everywhere(cls, moment: Moment, all_day: bool = False) -> StepMoments:
        return cls({tool: (moment,) for tool in DATED_TOOLS}, all_day)

    def for_tool(self, tool: str) -> tuple[Moment, ...]:
        return self.by_tool.get(tool, ())


def step_moments(text: str, now: datetime) -> StepMoments:
    """The moments for each dated tool; a tool the request gives no moment for is absent."""
    lowered = normalized(text)
    all_day = _ALL_DAY.search(lowered) is not None
    if not several_in(lowered, now):
        moment = moment_in(lowered, now)
        return StepMoments() if moment is None else StepMoments.everywhere(moment, all_day)
    found: dict[str, list[Moment]] = {tool: [] for tool in DATED_TOOLS}
    for kind, moment in _clause_moments(clauses(lowered), now):
        if moment is not None and kind in found:
            found[kind].append(moment)
    zoom, event = tuple(found[ZOOM]), tuple(found[EVENT])
    by_tool = {REMINDER: tuple(found[REMINDER]), ZOOM: zoom or event, EVENT: event or zoom}
    return StepMoments({tool: moments for tool, moments in by_tool.items() if moments}, all_day)


def clauses(lowered: str) -> list[Clause]:
    """The request cut at "and", "then", commas and full stops into one clause per action; a piece without an
    action verb ("30 mins", "and Bob") joins the clause before it (the first clause, when it comes first)."""
    pieces: list[tuple[str | None, int, int]] = []
    start, sentence_ended = 0, False
    for boundary in [*_BOUNDARY.finditer(lowered), None]:
        end = len(lowered) if boundary is None else boundary.start()
        kind = _kind(lowered[start:end])
        if pieces and pieces[-1][0] is None and kind is not None and sentence_ended:
            pieces[-1] = ("other", *pieces[-1][1:])  # "I've been ill since Tuesday. Schedule ...": context
        if pieces and (kind is None or pieces[-1][0] is None):
            pieces[-1] = (pieces[-1][0] or kind, pieces[-1][1], end)
        else:
            pieces.append((kind, start, end))
        start = end if boundary is None else boundary.end()
        sentence_ended = boundary is not None and _SENTENCE_END.match(boundary.group(0)) is not None
    return [Clause(kind or "other", lowered[begin:end].strip()) for kind, begin, end in pieces]


def _kind(piece: str) -> str | None:
    unquoted = _QUOTED.sub(" ", piece)  # a title such as 'Team meeting' is no action
    return next((kind for kind, words in _KINDS if words.search(unquoted)), None)


def _clause_moments(found: list[Clause], now: datetime) -> list[tuple[str, Moment | None]]:
    """Each clause's moment, counting shifts from the clause before and giving a clock time with no day the
    day of the last dated clause."""
    resolved: list[tuple[str, Moment | None]] = []
    anchor: Moment | None = None
    dated_day: date | None = None
    for clause in found:
        words = _QUOTED.sub(" ", clause.text)
        moment = moment_in(words, now, anchor, None if names_day(words) else dated_day)
        if moment is None and clause.kind == EVENT and resolved and resolved[-1][0] == ZOOM:
            moment = resolved[-1][1]  # "zoom with ann friday at 3 ... and put it on my calendar"
        resolved.append((clause.kind, moment))
        if moment is not None:
            anchor = moment
            if clause.kind in DATED_TOOLS:
                dated_day = moment.start.date()
    return resolved

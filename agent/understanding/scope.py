"""What a request asks for, read from its words before any model: which tools its errands name, and whether it
is a question, a removal or something no tool does.

    scope = request_scope("remove thursday's lunch from my calendar")
    scope.removal, scope.licensed          # True, frozenset()  (no errand asks to create or send anything)

A plan may only create or send what a request asks for (DESIGN.md). A small planner turns "remove thursday's
lunch" into a new event and "have i received any email since five pm" into a mail. This module gives the
evidence a plan is checked against (agent/planning/scope_check.py):
- `licensed`: the side-effect tools that some errand of the request names by its own words ("remind",
  "text", "email", "calendar", "note"...), counting only errands that are neither questions nor removals;
- `question`, `removal`, `out_of_scope`: positive evidence that the request asks to read, to remove, or for
  something no tool does (music, weather, smart home, timers, trivia, social media, ordering food). An alarm
  is a reminder at that time (Errand has no alarm sound; the reminder's notification is the nearest it has).
A request with none of that evidence is left to the planner, so terse notes to self ("mtg w/ ana mon 3pm")
still plan as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The words by which an errand names each side-effect tool (COMPAT section 1), lower case.
TOOL_WORDS: dict[str, str] = {
    "create_calendar_event": r"calendar|schedule|reschedule|meeting|mtg|appointment|appt|event|invite|"
                             r"block\s+(?:off|out)?",
    "create_reminder": r"remind|reminder|reminders|to-?do|alarm|alarms|wake\s+me",
    "send_sms": r"text|sms|message|tell\s+\w+|let\s+\w+\s+know|msg",
    "compose_new_email": r"e-?mail|mail|write\s+to|cc",
    "reply_to_email": r"reply|respond|answer",
    "forward_email": r"forward|fwd",
    "create_note": r"note|notes|list|jot|write\s+down",
    "append_note_content": r"note|notes|list|add\s+.+\s+to\s+my",
    "get_zoom_meeting_link": r"zoom",
}
_REMOVAL = re.compile(r"\b(remove|delete|cancel|clear|erase|unschedule|get\s+rid\s+of|take\s+.*\boff\b|"
                      r"cross\s+.*\boff\b|call\s+off|scratch|drop)\b")
_QUESTION_START = re.compile(
    r"^(?:(?:hey|hi|ok|okay|so|um|uh|siri|olly|alexa|google|assistant|please)[\s,]+)*"
    r"(?:remind\s+me\s+(?:what|when|where|who|which|if|whether|of\s+my\s+(?:schedule|agenda|plans))|what|what's|whats|when|when's|where|where's|which|who|who's|whom|whose|why|how|is|are|am|do|does|did|"
    r"have|has|had|was|were|any|anything|check|read|list|tell\s+me|show\s+me\s+(?:my|all|the\s+list|what)|"
    r"give\s+me\s+(?:my|a\s+list)|find\s+(?:my|all|any)|look\s+up|search|i\s+(?:want|need|would\s+like)\s+to\s+"
    r"know|can\s+you\s+(?:tell|check|find|look|see|read)|could\s+you\s+(?:tell|check|find|look|see|read)|"
    r"do\s+you\s+know)\b")
_OUT_OF_SCOPE = re.compile(
    r"\b(weather|forecast|temperature|rain|raining|snow|sunny|umbrella|music|song|songs|playlist|album|podcast|"
    r"radio|volume|louder|quieter|mute|play|playing|lights?|lamp|bulb|thermostat|heating|vacuum|plug|timer|news|headlines|joke|jokes|tweet|twitter|facebook|instagram|tiktok|post|stock|stocks|"
    r"currency|exchange\s+rate|convert|translate|recipe|cook|order|takeaway|pizza|uber|taxi|lyft|score|match|"
    r"league|game|definition|define|spell|calculate|math|audiobook|tv|television|netflix|movie)\b")
_ANY_TOOL_WORD = re.compile(r"\b(?:" + "|".join(TOOL_WORDS.values()) + r")\b")
_RETRACTION = re.compile(r"(?:\bdon'?t|\bdo not|\bno need to|\bnever mind|(?<!don't )(?<!dont )(?<!do not )\bforget"
                         r"|\bskip|\bno)"
                         r"(?:\s+(?:bother|need|to|the|a|an|about|sending|making|setting|that))*\s*$")
_CLAUSE = re.compile(r"[.;!?](?:\s+|$)|,?\s+(?:and\s+then|and|then|also|plus|but)\s+|,\s+")


@dataclass(frozen=True)
class RequestScope:
    licensed: frozenset[str]  # side-effect tools an acting errand of the request names
    question: bool
    removal: bool
    out_of_scope: bool
    retracted: frozenset[str] = frozenset()  # tools the user took back ("... - actually, don't email him")

    @property
    def restricts(self) -> bool:
        """True when the request gives evidence that it may not want everything a planner could write."""
        return self.question or self.removal or self.out_of_scope or bool(self.retracted)


def request_scope(text: str) -> RequestScope:
    lowered = re.sub(r"[\u2018\u2019]", "'", text.lower()).strip()
    clauses = [c.strip() for c in _CLAUSE.split(lowered) if c and c.strip()]
    licensed: set[str] = set()
    question = removal = False
    for clause in clauses:
        is_question = bool(_QUESTION_START.search(clause)) or clause.endswith("?")
        removing = _REMOVAL.search(clause)
        naming = _ANY_TOOL_WORD.search(clause)
        is_removal = _removes(removing, naming)
        question |= is_question
        removal |= is_removal
        if is_question or is_removal:
            continue
        licensed |= {tool for tool, words in TOOL_WORDS.items() if re.search(rf"\b(?:{words})\b", clause)}
    out_of_scope = bool(_OUT_OF_SCOPE.search(lowered))
    retracted = _retracted(lowered)
    return RequestScope(frozenset(licensed - retracted), question, removal, out_of_scope, retracted)


def asks_to_remove(text: str) -> bool:
    """The whole request, not clause by clause, asks to remove something ("take milk and bread off my list")."""
    lowered = re.sub(r"[\u2018\u2019]", "'", text.lower())
    return _removes(_REMOVAL.search(lowered), _ANY_TOOL_WORD.search(lowered))


def _removes(removing: re.Match[str] | None, naming: re.Match[str] | None) -> bool:
    """"remind me to cancel the order" asks for a reminder: a removal verb counts only before any tool's word."""
    return removing is not None and (naming is None or removing.start() < naming.start())


def _retracted(lowered: str) -> frozenset[str]:
    """Tools the request takes back after naming them: a negation right before a tool's word ("don't email",
    "no need to text her", "never mind the reminder") that comes after the last time the tool was asked for."""
    taken_back = set()
    for tool, words in TOOL_WORDS.items():
        mentions = [(m.start(), bool(_RETRACTION.search(lowered[max(0, m.start() - 30):m.start()])))
                    for m in re.finditer(rf"\b(?:{words})\b", lowered)]
        if mentions and mentions[-1][1]:
            taken_back.add(tool)
    return frozenset(taken_back)

"""What a question or a removal is about, read from its words: which app, and the values its one tool needs.

    read_or_remove("take milk off my shopping list")   # Intent("remove", "list", name="Shopping list", items="milk")

Reads and removals are one tool call each (COMPAT section 10), and every value they need is in the request:
a range of time, who a mail is from, the words of a title, the items of a list. Reading them here means a
question can never turn into an event and "cancel my two o'clock" deletes only what is at two, whatever a
small planner would have written. A request that also asks to act ("email Ann what's on my calendar") or names
no app is left to the planner (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.understanding.scope import RequestScope, asks_to_remove

_APPS: dict[str, str] = {
    "calendar": r"calendar|schedule|agenda|meetings?|mtgs?|appointments?|appts?|events?|plans|busy|free|booked",
    "mail": r"e-?mails?|mails?|inbox|gmail|outlook|messages|replied|responded|wrote\s+back|written\s+back|"
            r"heard\s+(?:back\s+)?from",
    "reminders": r"reminders?|to-?dos?|todos?|alarms?|wake\s+me",
    "list": r"list|lists|note|notes",
    "contacts": r"contacts?|address\s+book|phone\s+book",
}
_APP_PATTERNS = {app: re.compile(rf"\b(?:{words})\b") for app, words in _APPS.items()}
_DONE = re.compile(r"\b(mark|tick|check)\b.*\b(done|complete|completed|finished|off)\b"
                   r"|\bi\s+(?:have\s+|'ve\s+|already\s+)*(?:did|done|finished|completed)\b")
_ADD_CONTACT = re.compile(r"\b(add|save|create|new|store|put)\b.*\b(contacts?|address\s+book|phone\s+book)\b"
                          r"|\bnew\s+contact\b")
_TIME_WORDS = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|tmrw|this|next|last|coming|upcoming|week|weekend|month|morning|afternoon|"
    r"evening|night|noon|midnight|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|am|pm|o'?clock|oclock|at|on|in|from|to|until|"
    r"till|before|after|since|between|and|o|clock|\d+(?:st|nd|rd|th)?|\d{1,2}:\d{2}|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|fifteen|forty|fifty|half|quarter|"
    r"past|first|second|third|fourth|fifth)('s|s)?\b")
_FILLERS = re.compile(
    r"\b(hey|hi|ok|okay|so|um|uh|like|please|olly|siri|alexa|google|assistant|can|could|would|will|you|i|me|my|"
    r"mine|we|our|us|the|a|an|all|any|anything|everything|something|of|for|about|is|are|am|was|were|be|do|does|"
    r"did|have|has|had|there|what|what's|whats|when|when's|where|which|who|how|many|much|show|tell|give|list|"
    r"find|check|see|look|up|read|let|know|want|need|to|it|that|this|these|those|them|get|got|rid|remove|delete|"
    r"cancel|clear|erase|drop|scratch|take|off|unschedule|please|just|only|also|again|now|out|with|up|"
    r"coming|planned|scheduled|set|going|happening|on|in|at|from|and|or|by|if|else|its|it's|thing|things|stuff|"
    r"remind|reminder|reminders|calendar|schedule|agenda|meeting|meetings|mtg|appointment|appointments|appt|"
    r"event|events|plans|plan|busy|free|booked|entry|entries|item|items|next|first|one|ones|yet|still|left|"
    r"new|recent|latest|last|mark|done|complete|completed|finished|tick|as|day|look)\b")
_WITH = re.compile(r"\bwith\s+((?:(?!\b(?:on|at|in|for|from|to|today|tomorrow|tonight|this|next|about)\b)"
                   r"[\w'.-]+\s*)+)")
_SENDER = re.compile(r"\b(?:from|by|sent\s+by)\s+((?:(?!\b(?:about|regarding|re|since|today|yesterday|this|last|in|on|"
                     r"that|with|to|and|or|at|before|after)\b)[\w'@.+-]+\s*){1,4})")
_ABOUT = re.compile(r"\b(?:about|regarding|re|concerning|subject|titled|called|mentioning|on\s+the\s+subject\s+of)"
                    r"\s+(.+?)(?=\s+\b(?:from|since|today|yesterday|this|last)\b|$)")
_UNREAD = re.compile(r"\b(new|unread|unseen|haven'?t\s+read|not\s+read|recent|latest)\b")
_LIST_NAME = re.compile(r"(?:\b(?:my|the|our|from|off|on|to|in|of)\s+|^)((?:[\w'-]+\s+){0,2}?)(list|note)\b")
_ITEMS = re.compile(r"\b(?:remove|delete|take|cross|scratch|erase|drop|get\s+rid\s+of|strike)\s+(?:off\s+)?(.+?)\s+"
                    r"(?:\b(?:from|off|out\s+of)\b|\b(?:on|in)\s+(?:my|the|our|this|that)\b)")
# Words that make a request act rather than read ("email tom about lunch", "add milk to my list").
_ACTS = re.compile(r"\b(add|put|(?<!my\s)(?<!the\s)(?<!'s\s)schedule|set|create|make|book|plan|organi[sz]e|"
                   r"arrange|invite|send|write|compose|reply|respond|forward|draft|text|message|remind|jot|save|move|change|update|rename|tell\s+\w+\s+"
                   r"(?:that|to|about))\b|\b(?:e-?mail|mail)\s+(?!from\b|about\b|in\b|inbox\b)\w+")
# An app named as a thing to look at, with no verb that acts: "emails from tom", "my schedule for tomorrow".
_LOOK_AT = re.compile(r"^(?:(?:hey|hi|ok|okay|um|uh|so|olly|siri|alexa|google|please|my|any|all|the|new|unread|"
                      r"latest|recent|last|today's|tomorrow's)\s+)*(?:e-?mails?|mails?|inbox|schedule|agenda|"
                      r"calendar|meetings?|appointments?|events?|reminders?|alarms?|(?:[\w'-]+\s+)?list)\b(?!\s*:)")
_TERSE_WORDS = 8  # "calendar: Ingeborg's party, Saturday 6:30 to 10pm, Lakeside Hall" is an event to add, not a read
# A contact's detail ("ann's number", "whats bartholomews email adress"): a lookup, never a mail search.
_CONTACT_DETAIL = re.compile(r"\b(phone\s+number|number|phone|mobile|cell|e-?mail\s+ad+res+|e-?mail|ad+res+|"
                             r"contact\s+(?:details|info|information))\b")
_STRONG_DETAIL = re.compile(r"\b(phone\s+number|mobile\s+number|cell\s+number|e-?mail\s+ad+res+|"
                            r"contact\s+(?:details|info|information))\b")
_DETAIL_WORD = r"(?:phone|number|mobile|cell|e-?mail|ad+res+|contact|details|info|information)"
_WHOSE = (  # the detail "of/for NAME", then "NAME's detail", then "NAMEs detail" as typed without the apostrophe
    re.compile(rf"\b{_DETAIL_WORD}\s+(?:of|for)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"),
    re.compile(rf"(?<!['\w])([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:'s|s')\s+{_DETAIL_WORD}"),
    re.compile(rf"(?<!['\w])([a-z][\w-]*s)\s+{_DETAIL_WORD}"),
)
_NOT_A_NAME = frozenset("my the a an his her their our your this that me him them it what what's whats is i do "
                        "have has get need know tell give find".split())
# A calendar read passed on to someone: "email Ann what's on my calendar tomorrow", "text Raj my schedule".
_SEND_AGENDA = re.compile(r"^\W*(?:please\s+)?(e-?mail|mail|text|message|sms|send)\s+(?:to\s+)?"
                          r"((?:[A-Za-z][\w'-]*\s+){1,3}?)(?:what(?:'s|\s+is|s)\s+on\s+my\s+|my\s+)"
                          r"(calendar|schedule|agenda|plans)\b", re.IGNORECASE)
# An alarm is a reminder at that time: "set an alarm for 7", "wake me up at 6"; "turn off my alarm" removes it.
_ALARM = re.compile(r"\b(?:set|make|create|put|add|need|want)\b.*\balarms?\b|\bwake\s+me\b|^alarm\b")
_ALARM_OFF = re.compile(r"\b(?:turn|switch|shut)\s+off\b.*\balarms?\b|\b(?:disable|stop|silence)\b.*\balarms?\b")
# A question about one's time without naming the calendar: "what do i have on saturday", "am i free at 3".
# A time a removal names ("cancel my two o'clock", "delete friday's lunch"): without one and without an app, a
# removal is not read as a calendar's ("remove eggs from groceries")
_STATED_TIME = re.compile(r"\b(today|tonight|tomorrow|tmrw|yesterday|weekend|week|morning|afternoon|evening|"
                          r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|\b(monday|tuesday|wednesday|thursday|"
                          r"friday|saturday|sunday)|\d\s*(am|pm|a\.m\.|p\.m\.)\b|o'?\s?clock|\b\d{1,2}:\d{2}\b|"
                          r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\s*(o'clock|am|pm)?\s*"
                          r"(meeting|appointment|call)|\b\d{1,2}(st|nd|rd|th)\b|\bat\s+\d|\b(noon|midnight)\b|"
                          r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d|"
                          r"\b(lunch|dinner|breakfast|party|class|session|call|appointment|meeting|event|date|"
                          r"reservation|booking|flight|trip)\b")
_DAY_WORDS = r"(?:today|tonight|tomorrow|this|next|mon|tue|wed|thu|fri|sat|sun)"
_AGENDA = re.compile(rf"\b(?:am\s+i\s+(?:free|busy|booked|available)|(?:do\s+i|have\s+i)\s+(?:have|got)\s+"
                     rf"(?:anything|something|plans|stuff|much|a\s+lot)\b|what(?:'s|\s+is|s)\s+(?:on|happening|"
                     rf"going\s+on|planned|scheduled)\s+(?:for\s+|on\s+)?(?:my\s+|the\s+)?{_DAY_WORDS}|what\s+do\s+i\s+"
                     rf"have\s+(?:on|at|going|planned|scheduled|{_DAY_WORDS})|anything\s+(?:on|planned|scheduled)\s+"
                     rf"(?:for\s+)?{_DAY_WORDS}|my\s+day\s+look)")
# "events" and "plans" somewhere ("what events are happening in town") are anyone's, not the user's calendar
_OWN_CALENDAR = re.compile(r"\b(calendar|schedule|agenda|meetings?|mtgs?|appointments?|appts?|busy|free|booked)\b")
_PERSONAL = re.compile(r"\b(my|i|me|i'm|mine|our|we)\b")
_SOMEWHERE = re.compile(r"\b(in\s+town|near\s+(?:me|here|by)|nearby|around\s+(?:here|me|town)|in\s+the\s+city|local|"
                        r"in\s+[a-z]+\s+(?:this|next|today|tonight|tomorrow))\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")


@dataclass(frozen=True)
class Intent:
    """One read or removal: `action` read/remove/add, `app` calendar/mail/reminders/list/contacts, and the
    values the request gives for it (empty when it gives none)."""

    action: str
    app: str
    query: str = ""
    sender: str = ""
    unread: bool = False
    name: str = ""
    items: str = ""
    email: str = ""
    phone: str = ""


def read_or_remove(text: str, scope: RequestScope) -> Intent | None:
    lowered = re.sub(r"[\u2018\u2019]", "'", text.lower()).strip()
    if _ADD_CONTACT.search(lowered) and not scope.question:
        return _contact(text, lowered)
    shared = _SEND_AGENDA.search(text)
    if shared is not None:  # "email Ann what's on my calendar tomorrow": the read, passed on
        channel = "sms" if shared.group(1).lower() in ("text", "message", "sms") else "mail"
        return Intent("send", "calendar", name=" ".join(shared.group(2).split()), items=channel)
    terse_read = _LOOK_AT.search(lowered) is not None and not _ACTS.search(lowered) \
        and len(lowered.split()) <= _TERSE_WORDS
    question = scope.question or terse_read
    if scope.licensed - {"create_note", "append_note_content"} and not (question or scope.removal) \
            and not _ALARM_OFF.search(lowered):
        return Intent("add", "reminders") if _ALARM.search(lowered) else None
    apps = [app for app, pattern in _APP_PATTERNS.items() if pattern.search(lowered)]
    if scope.removal or asks_to_remove(lowered) or _DONE.search(lowered) or _ALARM_OFF.search(lowered):
        return _removal(lowered, apps)
    if question and (not scope.licensed or terse_read or _STRONG_DETAIL.search(lowered)):
        if _CONTACT_DETAIL.search(lowered) and (person := _whose(lowered)):
            return Intent("read", "contacts", name=person, items="phone" if _asks_phone(lowered) else "email")
        if _STRONG_DETAIL.search(lowered):
            return None  # whose detail is not clear: the planner's lookup, never a mail search
        if not apps and _AGENDA.search(lowered) and not scope.out_of_scope:
            apps = ["calendar"]
        return _question(lowered, apps)
    return None


def _removal(lowered: str, apps: list[str]) -> Intent | None:
    if re.search(r"\balarms?\b", lowered):
        return Intent("remove", "reminders", name="Alarm")
    if "reminders" in apps or (_DONE.search(lowered) and "list" not in apps):
        return Intent("remove", "reminders", name=_words(lowered))
    if "list" in apps:
        items = _ITEMS.search(lowered)
        return Intent("remove", "list", name=_list_name(lowered),
                      items=_item_list(items.group(1)) if items else "")
    if "calendar" in apps or _STATED_TIME.search(lowered):
        return Intent("remove", "calendar", query=_subject(lowered))
    return None


def _question(lowered: str, apps: list[str]) -> Intent | None:
    if not apps:
        return None
    app = apps[0] if len(apps) == 1 else next(a for a in ("mail", "reminders", "list", "calendar", "contacts")
                                               if a in apps)
    if app == "calendar":
        if not _OWN_CALENDAR.search(lowered) and not _PERSONAL.search(lowered) and _SOMEWHERE.search(lowered):
            return None  # "what events are happening in town": not the user's calendar
        return Intent("read", "calendar", query=_subject(lowered))
    if app == "mail":
        sender = _SENDER.search(lowered)
        about = _ABOUT.search(lowered)
        return Intent("read", "mail", sender=_tidy(sender.group(1)) if sender else "",
                      query=_tidy(re.sub(r"^(?:the|a|an|my|our)\s+", "", about.group(1))) if about else "",
                      unread=bool(_UNREAD.search(lowered)))
    if app == "reminders":
        return Intent("read", "reminders")
    if app == "list":
        return Intent("read", "list", name=_list_name(lowered))
    return None


def _whose(lowered: str) -> str:
    for pattern in _WHOSE:
        match = pattern.search(lowered)
        words = [w for w in match.group(1).split() if w not in _NOT_A_NAME] if match else []
        if words:
            return " ".join(words).title()
    return ""


def _asks_phone(lowered: str) -> bool:
    return re.search(r"\b(phone|number|mobile|cell|call)\b", lowered) is not None and \
        re.search(r"\be-?mail\b", lowered) is None


def _contact(text: str, lowered: str) -> Intent | None:
    email = _EMAIL.search(text)
    phone = _PHONE.search(text)
    rest = _EMAIL.sub(" ", _PHONE.sub(" ", lowered))
    name = re.search(r"\b(?:add|save|create|store|put)\s+(?:a\s+)?(?:new\s+contact\s+)?(?:(?:for|named|called)\s+)?"
                     r"(.+?)(?:'s\b|\s+(?:to|as|in|into|with)\b|$)", rest)
    person = _tidy(re.sub(r"\b(number|phone|email|address|contact|details|info|new|my|the|a)\b", " ",
                          name.group(1))) if name else ""
    if not person:
        return None
    return Intent("add", "contacts", name=person.title(), email=email.group(0) if email else "",
                  phone=phone.group(0).strip() if phone else "")


def _subject(lowered: str) -> str:
    """The words that say which events: a person after "with", else what is left once the verbs, fillers, app
    words and time words are gone ("remove thursday's lunch from my calendar" -> "lunch")."""
    person = _WITH.search(lowered)
    if person is not None:
        return _tidy(re.sub(r"\b(the|a|an|my|our)\b", " ", _TIME_WORDS.sub(" ", person.group(1))))
    return _words(lowered)


def _words(lowered: str) -> str:
    return _tidy(_FILLERS.sub(" ", _TIME_WORDS.sub(" ", re.sub(r"'s\b", "", lowered))))


def _list_name(lowered: str) -> str:
    match = _LIST_NAME.search(lowered)
    if match is None:
        return "List"
    words = _tidy(re.sub(r"^(?:(?:my|the|our|this|that)\s+)+", "", match.group(1)))
    name = f"{words} {match.group(2)}" if words else match.group(2)
    return name[:1].upper() + name[1:]


def _item_list(text: str) -> str:
    cleaned = re.sub(r"\b(the|a|an|some|my)\b", " ", text)
    parts = [_tidy(p) for p in re.split(r",|\band\b|&", cleaned)]
    return ", ".join(p for p in parts if p)


def _tidy(text: str) -> str:
    return " ".join(re.sub(r"[^\w'@.+-]+", " ", text).split()).strip(" .'")

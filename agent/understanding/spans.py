"""The words a request gives for each free-text argument: a reminder's errand, an SMS, a subject, a Zoom topic,
a note's name and content, an event's title, a place to show or to go to.

    spans = text_spans("remind me at four to leave for the piano lesson")
    spans["create_reminder", "name"]      # "Leave for the piano lesson"

COMPAT section 8: titles, subjects, messages and note contents say what the request says, in its own words. The
rules are the usual English shapes of such requests ("remind me to X", "text Ann that X", "a note called X with:
Y", "zoom for the X", a quoted subject) applied to the clause that asks for the tool; day and time words are left
out, since the date arguments carry them. A span is found only where the request has one; no span means the
request gives no words for that argument.
"""

from __future__ import annotations

import re

from agent.understanding.dates import plain_meridiem
from agent.understanding.placeholders import mask_request

Span = tuple[str, str]  # (tool, argument)

_CLAUSE_BREAK = re.compile(  # a sentence end (not "Oct." or "p.m."), a new line, or "," / "and" / "then" before a verb
    r"(?:(?<!\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mrs))(?<!\b(?:mr|ms|dr|st))(?<!\bsept|\bprof)"
    r"[.;!?](?:\s+|$)|\s*\n\s*(?:[-*•]\s*|\d+[.)]\s*)?"
    r"|(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then|plus)\s+)(?=(?:also\s+|then\s+)?"
    r"(?:remind|text|txt|email|e-mail|mail|shoot|ping|send|put|add|make|create|schedule|set|book|start|note|show|give|"
    r"get|open|find|summari[sz]e|forward|reply|zoom|block|message|tell|let|pin|draft|write)\b))", re.IGNORECASE)
_QUOTED = re.compile(r"(?<!\w)['\u2018\"\u201c]((?:[^'\u2019\"\u201d\n]|['\u2019](?=\w))+?)['\u2019\"\u201d](?!\w)")
_NUMBER = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|an?|"
           r"half an)")
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?"
_PART = r"(?:morning|afternoon|evening|night)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_CLOCK_WORDS = rf"{_NUMBER}(?:[:.]\d{{2}}|\s+(?:thirty|fifteen|forty[ -]five))?\s*(?:am|pm|a\.m\.|p\.m\.|o'?\s?clock)"
_WHEN = re.compile(  # the day and time words a date argument carries, removed from titles and messages
    r"\b(?:(?:on|at|by|for|this|next|coming|every|before|after|until)\s+)?(?:"
    rf"today|tonight|(?:tomorrow|tmrw|tmr)(?:\s+{_PART})?|{_DAY}(?:\s+{_PART})?|this\s+(?:{_PART}|weekend)|every\s+{_PART}|"
    rf"every\s+(?:day|week|weekday|weekend)|the\s+(?:night|day|morning)\s+before|that\s+{_PART}|"
    rf"{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|the\s+\d{{1,2}}(?:st|nd|rd|th)|{_CLOCK_WORDS}|\d{{1,2}}:\d{{2}}|"
    rf"noon|midnight|end of (?:the )?day|in\s+{_NUMBER}\s+(?:minutes?|mins?|hours?|days?|weeks?)|"
    rf"{_NUMBER}\s+(?:minutes?|mins?|hours?|days?|weeks?)\s+(?:before|after|from\s+(?:today|now))"
    rf"(?:\s+(?:it|that|then))?)\b|\bat\s+{_NUMBER}\b",
    re.IGNORECASE)
_REMINDER_LEAD = re.compile(r"^(?:for|to|about|that|of|i\s+(?:need|have|want)\s+to|i\s+must|"
                            r"to\s+remember\s+to)\b\s*", re.IGNORECASE)
_LEAD = re.compile(r"^(?:to|about|that|for|of|saying|to say|which says|:|-|–)\s+", re.IGNORECASE)
_POLITE_END = re.compile(r"(?:\s+(?:for\s+me|please|pls|plz|thanks|thank\s+you|thx|ty|asap|when\s+you\s+get\s+a\s+"
                         r"chance|if\s+you\s+can))+$", re.IGNORECASE)  # "... the compost for me": not about "me"
_TRAIL = re.compile(r"[\s,.;:!?-]+$")
_LEAD_PUNCTUATION = re.compile(r"^[\s,.;:!?\-–—]+")
# A correction's own words ("- actually make that -") are no part of a title or an errand.
_TAKEN_BACK = re.compile(r"[,\-–—]?\s*\b(?:oh\s+)?(?:actually|no wait|wait|i mean|sorry)\b(?:\s+make\s+(?:that|it))?"
                         r"\s*[,\-–—]?|\bmake\s+(?:that|it)\b\s*[,\-–—]?", re.IGNORECASE)
# "about it", "call with them": words that only point at something said elsewhere are no title or subject
_ENDS_IN_PRONOUN = re.compile(r"(?:^|\s)(?:it|this|that|them|him|her|us|me|these|those)$", re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W_]{2,}|\d")
_FILLERS = frozenset("oh um uh er like and only so just then also well ok okay please pls actually".split())


def text_spans(request: str) -> dict[Span, str]:
    """(tool, argument) -> the request's own words for it, for the arguments the request gives words for."""
    spans: dict[Span, str] = {}
    for key, said in clause_spans(request).items():
        _put(spans, key, next((words for words in said if words), None))
    if ("get_zoom_meeting_link", "topic") in spans:  # an event made for a meeting is called what the meeting is
        _put(spans, ("create_calendar_event", "title"), spans["get_zoom_meeting_link", "topic"])
    return spans


def clause_spans(request: str) -> dict[Span, list[str | None]]:
    """(tool, argument) -> per clause that asks for the tool, in order, the request's words for the argument
    (None where that clause gives none): "email Ann that the keys are under the mat, then email Bo the report"
    gives two subjects, one per email."""
    spans: dict[Span, list[str | None]] = {}
    request = plain_meridiem(request)  # "at 9 p.m." ends no sentence
    for clause in _clauses(request):
        lowered = clause.lower()
        if re.search(r"\bremind(?:er)?\b", lowered):
            _said(spans, ("create_reminder", "name"), _reminder(clause))
        if re.search(r"\b(?:text|sms|message|tell|let|knows?)\b", lowered) and not re.search(r"\be-?mail\b", lowered):
            _said(spans, ("send_sms", "message"), _after_recipient(clause, r"(?:text|sms|message|tell)"))
        if re.search(r"\be-?mail\b|\bmail\b|\bsend\b|\bwrite\b|\bshoot\b", lowered):
            subject = _subject(clause) or _email_gist(clause) or _file_title(clause)
            _said(spans, ("compose_new_email", "subject"), subject)
        if re.search(r"\bzoom\b", lowered):
            _said(spans, ("get_zoom_meeting_link", "topic"), _topic(clause))
        if re.search(r"\bnote\b", lowered):
            name, content = _note(clause)
            _said(spans, ("create_note", "name"), name)
            _said(spans, ("create_note", "content"), content)
            existing = _existing_note(clause)
            _said(spans, ("append_note_content", "name"), existing)
            _said(spans, ("open_note", "name"), existing)
        if re.search(r"\bdirections?\b|\broute\b", lowered):
            start, end = _directions(clause)
            _said(spans, ("maps_show_directions", "start_location"), start)
            _said(spans, ("maps_show_directions", "end_location"), end)
        elif re.search(r"\bmaps?\b|\bwhere\b|\bpin\b", lowered):
            _said(spans, ("maps_open_location", "location"), _place(clause))
        if re.search(r"\bcalendar\b|\bevent\b|\bblock\b|\bschedule\b|\binvite\b|\bappointment\b|\bentry\b", lowered):
            _said(spans, ("create_calendar_event", "title"), _quoted(clause) or _event_title(clause))
            _said(spans, ("create_calendar_event", "location"), _event_place(clause))
    return spans


def _clauses(request: str) -> list[str]:
    return [c.strip() for c in _CLAUSE_BREAK.split(request) if c and c.strip()]


def _put(spans: dict[Span, str], key: Span, value: str | None) -> None:
    if value and key not in spans:
        spans[key] = value


def _said(spans: dict[Span, list[str | None]], key: Span, value: str | None) -> None:
    spans.setdefault(key, []).append(value)


def _tidy(text: str) -> str | None:
    """The words without day and time words, leading connectives and trailing punctuation; None when no content
    word is left (", oh actually , and only" is no topic)."""
    text = _WHEN.sub(" ", _TAKEN_BACK.sub(" ", text))
    text = re.sub(r"\s+", " ", text).strip()
    while (stripped := _LEAD.sub("", _LEAD_PUNCTUATION.sub("", text))) != text:
        text = stripped
    text = _TRAIL.sub("", _POLITE_END.sub("", _TRAIL.sub("", text))).strip()
    if _ENDS_IN_PRONOUN.search(text) or not any(w.casefold() not in _FILLERS for w in _CONTENT_WORD.findall(text)):
        return None
    return text[:1].upper() + text[1:] if len(text) > 1 else None


def _quoted(clause: str) -> str | None:
    match = _QUOTED.search(clause)
    return match.group(1).strip() if match else None


def _reminder(clause: str) -> str | None:
    """"remind me at four to leave" -> "Leave"; "set a reminder for saturday go to the library" -> "Go to the
    library". Without a connecting word ("to", "about", "that", "for") a single leftover word is no errand
    ("remind me 15 minutes before it starts")."""
    quoted = _quoted(clause)
    if quoted:
        return quoted
    match = re.search(r"\bremind(?:er)?\b(.*)$", clause, re.IGNORECASE)
    if match is None:
        return None
    words = _WHEN.sub(" ", _TAKEN_BACK.sub(" ", match.group(1)))
    rest = _LEAD_PUNCTUATION.sub("", re.sub(r"^\s*(?:me|for me)\b", "", re.sub(r"\s+", " ", words))).strip()
    errand = _REMINDER_LEAD.sub("", rest)
    connected = errand != rest
    while (stripped := _REMINDER_LEAD.sub("", errand)) != errand:
        errand = stripped
    if (not connected and len(errand.split()) < 2) or re.match(r"(?:with|no|not|never|don'?t)\b", errand, re.I):
        return None  # "a reminder at 8 with the summary in it" says what goes in; "actually, no reminder" takes back
    return _tidy(errand)


def _after_recipient(clause: str, verbs: str) -> str | None:
    """"text Ann that I'm late" -> "I'm late"; "let Ann know the ceilidh starts at 8" -> "The ceilidh ..."."""
    quoted = _quoted(clause)
    if quoted:
        return quoted
    match = re.search(r"\b(?:that|saying|to say)\s+(.+)$", clause, re.IGNORECASE) or re.search(
        r"\bknows?\s+(?:that\s+)?(.+)$", clause, re.IGNORECASE) or re.search(
        rf"\b{verbs}\b\s+(?:[A-Z][\w'.-]*\s+)+(.+)$", clause)
    return _tidy(match.group(1)) if match else None


def _subject(clause: str) -> str | None:
    quoted = _quoted(clause)
    if quoted and not re.search(r"\.\w{2,4}$", quoted):
        return quoted
    about = re.search(r"\b(?:about|re|regarding)\s+(?:the\s+)?(.+)$", clause, re.IGNORECASE)
    return _tidy(about.group(1)) if about else None


def _email_gist(clause: str) -> str | None:
    """What an email without a stated subject is about: "email Bo that the projector is broken" -> "The
    projector is broken"; "write email to Bo, the projector is broken" -> the same; "email Bo the signed letter,
    letter.pdf" -> "Signed letter" (the file itself is the attachment)."""
    said = re.search(r"\b(?:that|saying|to say|to let (?:him|her|them) know)\s+(.+)$", clause, re.IGNORECASE)
    if said is None:
        said = re.search(r"\b[Ee]-?mail\s+to\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*\s*[,:-]\s*(.+)$", clause)
    if said is None:
        said = re.search(r"\b[Ee]-?mail\s+(?:[A-Z][\w'.-]*\s+)+(?:the|my|our|this)\s+(.+?)(?:,\s*\S+\.\w{2,5}\b.*)?$",
                         clause)
    if said is None:
        return None
    gist = re.sub(r"\s*\([^)]*\)|,?\s*\S+\.\w{2,5}\b|\s+(?:and\s+)?(?:cc|attach)\b.*$", "", said.group(1),
                  flags=re.IGNORECASE)
    return _tidy(gist)


# A "for" followed by when or how long is no topic: "a zoom for friday at nine", "for forty five minutes".
_TIME_FIRST = re.compile(rf"(?:{_NUMBER}|\d|today|tonight|tomorrow|next|this|{_DAY}|{_MONTH}|noon|midnight)\b"
                         r"(?!['\u2019]s\b)", re.IGNORECASE)


def _topic(clause: str) -> str | None:
    quoted = _quoted(clause)
    if quoted:
        return quoted
    stated = re.search(r"\b(?:topic|subject|about|called|titled|named)\s*:?\s+(.+?)(?:[,;.]|$)", clause,
                       re.IGNORECASE)
    if stated is not None:
        return _tidy(stated.group(1))
    after_zoom = re.search(r"\bzoom\b", clause, re.IGNORECASE)
    start = after_zoom.end() if after_zoom is not None else 0
    match = next((found for found in re.finditer(r"\bfor\s+(?:the\s+|our\s+|a\s+|my\s+)?([^,;]+)", clause[start:],
                                                 re.IGNORECASE) if not _TIME_FIRST.match(found.group(1))), None)
    if match is None:
        return None
    topic = re.sub(r"\b(?:with|invite|inviting)\b.*$", "", match.group(1), flags=re.IGNORECASE)
    topic = re.sub(r"\b\d+\s*(?:-\s*)?(?:minutes?|mins?|hours?)\b", "", topic, flags=re.IGNORECASE)
    return _tidy(re.sub(r"^\w+'s\s+", "", topic))


def _note(clause: str) -> tuple[str | None, str | None]:
    """"a note called 'Seed order' with: tomato, basil" -> ("Seed order", "Tomato, basil")."""
    name = None
    called = re.search(r"\b(?:called|named|titled)\s+(.+?)(?=\s+(?:with|saying|that says)\b|\s*[:(]|\s+-\s|$)",
                       clause, re.IGNORECASE)
    if called:
        name = _quoted(called.group(1)) or _tidy(called.group(1))
    content = None
    body = re.search(r"(?:\bwith|\bsaying|\bthat says|:|\s-\s|\()\s*:?\s*(.+?)\)?$", clause, re.IGNORECASE)
    if body and (called is None or body.start() >= called.end() - 1):
        content = _tidy(body.group(1))
    return name, content


_NOTE_NAMED_BEFORE = (r"\b(?:my|the|our|to|in)\s+(?!(?:my|the|our)\b)([\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)\s+note\b"
                      r"|^([\w'\u2019-]+)\s+note\b")
_NOTE_CALLED = re.compile(r"\bnote\s+(?:called|named|titled)\s+(.+?)(?=\s+(?:and|with|to|then)\b|[,.;:!?]|$)",
                          re.IGNORECASE)


_PRONOUN = re.compile(r"^(?:it|this|that|them|these|those|one|something)$", re.IGNORECASE)
_VENUE = (r"(?:house|home|office|studio|cafe|café|restaurant|bar|pub|park|school|church|hall|gym|library|hospital|"
          r"clinic|centre|center|club|lounge|theatre|theater|stadium|hotel|museum)")


def _event_title(clause: str) -> str | None:
    """"put the signing on my calendar" -> "Signing"; "block Friday for month-end close" -> "Month-end close";
    "schedule a dentist appointment for ..." -> "Dentist appointment"; never a pronoun ("put it on my calendar")."""
    match = (re.search(r"\b(?:event|meeting|appointment|entry)\s+(?:called|named|titled)\s+(.+?)"
                       r"(?=\s+(?:for|on|at)\b|$)", clause, re.IGNORECASE)
             or re.search(r"\b(?:mark\s+(?:my|the)\s+calendar|(?:calendar\s+)?entry|event)\s+for\s+"
                          r"(?:the\s+|my\s+|a\s+)?(?!(?:today|tonight|tomorrow|next|this|mon|tue|wed|thu|fri|sat|sun)\w*\b)(.+?)"
                          r"(?=\s+(?:on|at|for|this|next|tomorrow|today|tonight)\b|$)", clause, re.IGNORECASE)
             or re.search(r"\bnew\s+event\s+(.+?)(?=\s+(?:on|at|for|this|next|tomorrow|today|tonight|mon|tue|wed|thu|"
                          r"fri|sat|sun)\w*\b|$)", clause, re.IGNORECASE)
             or re.search(r"\b(?:put|add|pop)\s+(?:the\s+|my\s+|her\s+|his\s+|our\s+|their\s+|an?\s+)?(.+?)\s+"
                          r"(?:on|in|into|to)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?calendar\b", clause, re.IGNORECASE)
             or re.search(r"\bblock\s+(?:off\s+)?.*?\bfor\s+(?:the\s+|my\s+|a\s+)?([^,]+)", clause, re.IGNORECASE)
             or re.search(r"\bschedule\s+(?:the\s+|my\s+|an?\s+)?(?!(?:a\s+)?(?:zoom|meeting)\b)(.+?)"
                          r"(?:\s+(?:for|on|at)\b|$)", clause, re.IGNORECASE)
             or re.search(r"\b(?:make|set\s+up|set|create|book|add)\s+(?:an?\s+|the\s+|my\s+)?((?:appointment|meeting|"
                          r"call|reservation)\s+(?:with|at)\s+.+?)(?=\s+(?:for|on|at|this|next|tomorrow|today|"
                          r"tonight)\b|$)", clause, re.IGNORECASE))
    if match is None:
        return None
    title = _tidy(match.group(1))
    return None if title is None or _PRONOUN.match(title) else title


def _event_place(clause: str) -> str | None:
    """Where an event is: "dinner at the Okonkwo house", "the gig at Crescent Lounge" -> the place after "at" when
    it is a name or a venue, never a time ("at noon", "at 7")."""
    named = re.search(r"\bat\s+(?:the\s+)?((?:[A-Z0-9][\w'&.-]*)(?:\s+(?:[A-Z0-9&][\w'&.-]*|of|de|la|du))*)", clause)
    venue = re.search(rf"\bat\s+(the\s+(?:[\w'-]+\s+){{0,2}}{_VENUE})\b", clause, re.IGNORECASE)
    place = venue.group(1) if venue else (named.group(1) if named else None)
    if place is None or _WHEN.fullmatch(place.strip()) or re.match(r"^\d{1,2}(?::\d{2})?\s*(?:am|pm)?$", place,
                                                                      re.IGNORECASE):
        return None
    return _tidy(place)


def _existing_note(clause: str) -> str | None:
    """The note a request names to add to or read: "add to my Christmas Gifts note" -> "Christmas Gifts",
    "my 'Volunteer roster' note" -> "Volunteer roster", "errands note needs 'stamps' added" -> "errands" (the
    quoted text there is what to add)."""
    quoted = re.search(r"\bnote\s+(?:called\s+|named\s+)?" + _QUOTED.pattern + "|" + _QUOTED.pattern + r"\s+note\b",
                       clause, re.IGNORECASE)
    if quoted:
        return (quoted.group(1) or quoted.group(2)).strip()
    called = _NOTE_CALLED.search(clause)
    if called is not None:
        return _tidy(called.group(1))
    match = re.search(_NOTE_NAMED_BEFORE, clause, re.IGNORECASE)
    name = (match.group(1) or match.group(2)) if match is not None else None
    if name is None or name.lower() in {"new", "last", "latest", "other", "same", "a", "this", "that", "open", "read"}:
        return None
    return _tidy(name)


def _file_title(clause: str) -> str | None:
    """A file sent without other words is what the mail is about: "send Invoice-2026-118.pdf to ..." ->
    "Invoice 2026-118", "winter_concert_flyer.pdf" -> "Winter concert flyer"."""
    files = [value for key, value in mask_request(clause).values.items() if key.startswith("<f")]
    return file_title(files[0]) if files else None


def file_title(file_name: str) -> str | None:
    """A file's name as the words of a title: no extension, "_" and a "-" between letters as spaces; None when
    no content word is left."""
    stem = file_name.rsplit(".", 1)[0]
    return _tidy(re.sub(r"(?<=[^\W\d])-|-(?=[^\W\d])", " ", stem.replace("_", " ")))


def _place(clause: str) -> str | None:
    """"show me where Kelvingrove Art Gallery is" / "pin Uluru on the map" -> the place."""
    match = re.search(r"\b(?:where|show(?:\s+me)?|find|pin|locate|open)\s+(?:me\s+)?(?:where\s+)?(?:the\s+)?(.+?)"
                      r"(?:\s+is\b|\s+(?:on|in)\s+(?:the\s+|a\s+)?maps?\b|$)", clause, re.IGNORECASE)
    match = match or re.search(r"\bmap\s+(?:of|for)\s+(?:the\s+)?(.+)$", clause, re.IGNORECASE)
    return _tidy(match.group(1)) if match else None


# Where a spoken place ends: "to king's cross hmm no parking there is a nightmare" is King's Cross.
_SPOKEN_AFTER_PLACE = re.compile(r"\s+(?:hmm+|um+|uh+|er+|no|actually|please|so|because|give|and|then|by|via|"
                                 r"instead)\b.*$", re.IGNORECASE)


def _directions(clause: str) -> tuple[str | None, str | None]:
    """"directions from Waterloo station to the Old Vic" -> ("Waterloo station", "Old Vic")."""
    match = re.search(r"\b(?:directions?|route)\b(?:\s+from\s+(?:the\s+)?(.+?))?\s+to\s+(?:the\s+)?(.+?)$",
                      clause, re.IGNORECASE)
    if match is None:
        return None, None
    start = _tidy(_SPOKEN_AFTER_PLACE.sub("", match.group(1))) if match.group(1) else None
    return start, _tidy(_SPOKEN_AFTER_PLACE.sub("", match.group(2)))

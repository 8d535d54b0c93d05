"""Calendar events: a meeting or call "with X" invites X (email lookup); a personal event has no invitees."""

from __future__ import annotations

from datetime import timedelta

from training.data.context import CORRECTION, Clause, Gen, join_words
from training.data.dates import DATE_FORMAT, duration
from training.data.pools.places import business, city, place
from training.data.pools.things import CALENDARS
from training.data.text import first_upper, title

_PERSONAL = ("dentist appointment", "yoga class", "haircut", "parent-teacher conference", "kids' recital",
             "piano lesson", "book club", "doctor's appointment", "volunteer shift", "date night", "pottery class",
             "oil change", "physio session", "gym session", "focus time", "car inspection", "vet appointment",
             "eye exam", "swim practice", "choir rehearsal", "lunch break", "study session", "tax prep",
             "guitar lesson", "open house", "bike repair drop-off", "flu shot", "spin class")
_PERSONAL_WITH = ("flight to {city}", "dinner at {biz}", "{m}'s birthday party", "{m}'s recital",
                  "{m}'s graduation", "drinks at {biz}", "brunch at {biz}", "{m}'s soccer game", "trip to {city}",
                  "pick up {m} from the airport", "{m}'s wedding")
_EVENT = (
    "put {title} on my calendar {when}", "add {title} to my calendar {when}", "schedule {title} {when}",
    "block {when} for {title}", "create a calendar event: {title}, {when}", "calendar: {title} {when}",
    "save the date: {title} {when}", "pencil in {title} {when}", "make an event called {title} {when}",
    "add an event for {title} {when}", "put {title} in the calendar for {when}", "block off time {when} for {title}",
    "new event: {title}, {when}", "mark {title} on my calendar {when}", "create an event {when}: {title}",
    "add {title} {when} to the calendar", "stick {title} on my calendar {when}",
)
_EVENT_SENTENCE = ("I have {title} {when}, add it to my calendar", "{Title} is {when} - put it on the calendar",
                   "I've got {title} {when}", "don't let me miss {title} {when}, it should be on my calendar",
                   "my calendar needs {title} {when}", "{Title} got booked for {when}; please calendar it",
                   "there's {title} {when}; get it on my calendar", "{Title} {when}. Calendar it")
_MEETING = (
    "schedule a meeting with {people} {when} about {topic}", "set up a call with {people} {when}",
    "book a {topic} with {people} {when}", "invite {people} to a {topic} {when}",
    "put a meeting with {people} on my calendar {when}", "send {people} a calendar invite for the {topic} {when}",
    "get {people} on my calendar {when} for the {topic}", "set up a {topic} with {people} {when} and send invites",
    "calendar invite: {topic} with {people}, {when}", "organize a {topic} with {people} {when}",
    "create an event {when} with {people} for the {topic}", "add a call with {people} to my calendar {when}",
    "schedule time with {people} {when}", "find {when} for a meeting with {people} - put it on the calendar",
    "book a meeting {when} with {people}", "arrange a {topic} call with {people} {when}",
)
_MEETING_SENTENCE = ("I'm meeting {people} {when} about the {topic}, add it to my calendar and invite them",
                     "{People} and I need a {topic} {when}, send the invite",
                     "{People} asked for a {topic} {when}; put it on the calendar with them",
                     "{People} would like to meet {when} about the {topic} - send an invite")
_EVENT_NOTES = ("bring the paperwork", "parking is on level 2", "arrive 10 minutes early", "bring a water bottle",
                "ask about the bill", "take the insurance card", "wear comfortable shoes", "pay in cash")
_WHERE = (" at {place}", " in {place}", ", location: {place}", " at {place}")
_CAL = (" on my {cal} calendar", " in the {cal} calendar", " (put it on {cal})", " on the {cal} cal")


def _personal_title(g: Gen) -> str:
    if g.chance(0.3):
        template = g.pick(_PERSONAL_WITH)
        mentioned = g.mention() if "{m}" in template else ""
        return template.format(city=city(g.rng), biz=business(g.rng), m=mentioned)
    return g.pick(_PERSONAL)


def time_range(g: Gen) -> tuple[str, str, str, str]:
    """A day and a span: "Thursday from 2 to 4pm"."""
    day = g.when(need_time=False)
    first, hours = g.rng.randint(9, 17), g.pick((1, 1, 2, 3))
    start = day.moment.replace(hour=first)
    end = start + timedelta(hours=hours)
    said = f"from {first % 12 or 12} to {end.hour % 12 or 12}{'pm' if end.hour >= 12 else 'am'}"
    if g.chance(0.3):
        said = f"{first % 12 or 12}-{end.hour % 12 or 12}{'pm' if end.hour >= 12 else 'am'}"
    return f"{day.text} {said}", start.strftime(DATE_FORMAT), end.strftime(DATE_FORMAT), ""


def _times(g: Gen):  # type: ignore[no-untyped-def]
    """(when phrase, start, end, extra words for the length)."""
    if not g.allow_correction and g.chance(0.1):
        return time_range(g)
    moment = g.when(need_time=g.chance(0.85))
    start = moment.moment
    when_text = moment.text
    if g.allow_correction and g.chance(0.5):
        g.features.add(CORRECTION)
        other = g.when(need_time=True)
        when_text = f"{other.text} - {g.pick(('no, sorry,', 'wait, make it', 'actually'))} {moment.text}"
    length, extra = 60, ""
    if g.chance(0.3):
        extra, length = duration(g.rng, g.spoken)
        extra = " " + (extra if extra.startswith("for") else f"for a {extra} slot")
    return when_text, start.strftime(DATE_FORMAT), (start + timedelta(minutes=length)).strftime(DATE_FORMAT), extra


def event(g: Gen) -> Clause:
    name = _personal_title(g)
    when_text, start, end, extra = _times(g)
    sentence = g.chance(0.15)
    family = _EVENT_SENTENCE if sentence else _EVENT
    template = g.pick(family)
    text = template.format(title=name, Title=first_upper(name), when=when_text) + extra
    location = ""
    if g.chance(0.3):
        said, location = place(g.rng)
        text += g.pick(_WHERE).format(place=said)
    calendar = ""
    if g.chance(0.15):
        calendar = g.pick(CALENDARS)
        text += g.pick(_CAL).format(cal=calendar)
    notes = ""
    if g.chance(0.06):
        notes = first_upper(g.pick(_EVENT_NOTES))
        text += g.pick((" - note: {n}", " and add '{n}' to the notes", " (notes: {n})")).format(n=notes.lower())
    g.builder.add("create_calendar_event", title(name), start, end, location, [], notes, calendar)
    key = f"cal.event.{'s' if sentence else ''}{family.index(template)}"
    return Clause(text, "create_calendar_event", key, sentence)


def meeting(g: Gen) -> Clause:
    people_text, invitees = g.group(g.email_target, most=3)
    subject = g.topic_or_mention()
    when_text, start, end, extra = _times(g)
    sentence = g.chance(0.1)
    family = _MEETING_SENTENCE if sentence else _MEETING
    template = g.pick(family)
    text = template.format(people=people_text, People=first_upper(people_text), topic=subject, when=when_text) + extra
    people_names = join_words(g.rng, g.group_names) if g.group_names else people_text
    name = title(subject) if "{topic}" in template else f"Meeting with {people_names}"
    location = ""
    if g.chance(0.2):
        said, location = place(g.rng)
        text += g.pick(_WHERE).format(place=said)
    calendar = ""
    if g.chance(0.12):
        calendar = g.pick(CALENDARS)
        text += g.pick(_CAL).format(cal=calendar)
    g.builder.add("create_calendar_event", name, start, end, location, invitees, "", calendar)
    key = f"cal.meeting.{'s' if sentence else ''}{family.index(template)}"
    return Clause(text, "create_calendar_event", key, sentence)

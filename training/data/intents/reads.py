"""Questions about the calendar, the inbox, the reminders and a list (COMPAT section 10), and a calendar read
passed on by email or text ("email Ann what's on my calendar tomorrow": the read's `$k` is the context or
message).

A question names a range (training/data/ranges.py), a sender, words to look for, or a list; nothing it does not
name is filled in. Generic words ("meetings", "appointments", "plans") are no search words: the query is "".
A sender is the name or address as said, without a leading "the"/"my" ("anything from the bank": "bank").
Mail "since" is the start of the day or part of a day said ("today" 00:00, "this morning" 06:00, "yesterday"
00:00); a reminder question's due_before is the end of the range said, "" when none is.
"""

from __future__ import annotations

from datetime import timedelta

from training.data.context import Clause, Gen
from training.data.dates import DATE_FORMAT
from training.data.pools.contacts import email_address
from training.data.pools.things import REMINDER_LISTS, company, topic
from training.data.ranges import NEXT_AHEAD, any_span, day_span, midnight, open_span, part_span, week_span
from training.data.text import imperative, title

READ = "read"
READ_SEND = "read_send"

_CAL_SPAN = (
    "what's on {noun}", "what's on my calendar {text}", "what do I have {text}", "anything on {noun}?",
    "am I busy {text}?", "how does {noun} look", "what's my schedule like {text}", "do I have any meetings {text}",
    "any appointments {text}?", "show me my calendar for {noun}", "read me my agenda for {noun}",
    "what's happening {text}", "check my calendar {text}", "got anything {text}?", "list my events {text}",
    "calendar {text}?", "what meetings have I got {text}", "am I free {text}?", "whats on my schedule {text}",
    "what does {noun} look like", "do i have plans {text}", "remind me what's on {noun}", "agenda for {noun} pls",
    "is my calendar clear {text}?", "tell me what I've got going on {text}", "anything booked {text}?",
)
_CAL_OPEN = (
    "what's coming up on my calendar", "anything coming up?", "what's on my schedule", "what's next on my calendar",
    "show me my upcoming events", "what meetings do I have coming up", "whats on the calendar", "any plans coming up",
)
_CAL_FIND = (  # a named event or person, with a range
    "do I have {thing} {text}?", "is {thing} {text}?", "is the {thing} still on {text}?", "what time is {thing} {text}",
    "when's {thing} {text}", "check if I have {thing} {text}",
)
_CAL_NEXT = (  # "my next ...": the coming month
    "when's my next {thing}", "when is the next {thing}", "when am I seeing {person} next",
    "when's my next meeting with {person}", "what day is my next {thing}?", "next time I meet {person}?",
)
# (as said, the query): the distinctive words of a personal event, never the generic noun
_EVENTS = (("the dentist", "dentist"), ("my dentist appointment", "dentist"), ("yoga", "yoga"),
           ("yoga class", "yoga"), ("a haircut", "haircut"), ("my haircut", "haircut"),
           ("piano lesson", "piano lesson"), ("book club", "book club"), ("physio", "physio"),
           ("the vet appointment", "vet"), ("the oil change", "oil change"), ("spin class", "spin"),
           ("the parent-teacher conference", "parent-teacher conference"), ("guitar", "guitar"),
           ("the eye exam", "eye exam"), ("date night", "date night"), ("standup", "standup"),
           ("the team standup", "standup"), ("choir", "choir"), ("swim practice", "swim practice"),
           ("the flu shot", "flu shot"), ("the car inspection", "car inspection"))

_MAIL_NEW = ("any new mail?", "how many unread emails do I have", "do I have new emails", "check for new email",
             "anything new in my inbox?", "unread emails?", "read me my unread emails", "got any new email",
             "did i get any new emails", "new mail?")
_MAIL_ANY = ("check my email", "what's in my inbox", "show me my latest emails", "read my emails",
             "whats in my inbox", "go through my inbox", "any emails?", "check my inbox for me")
_MAIL_FROM = ("is there anything from {s}", "anything from {s}?", "any emails from {s}", "show me emails from {s}",
              "what did {s} send me", "check if {s} emailed", "find the last email from {s}", "got mail from {s}?",
              "has {s} emailed me", "did i hear from {s}", "pull up the emails from {s}", "any word from {s}?")
_MAIL_FROM_NEW = ("any new emails from {s}", "unread mail from {s}?", "anything new from {s} in my inbox",
                  "do I have unread emails from {s}", "new messages from {s} in my email?")
_MAIL_PERSON = ("did {p} email me", "has {p} replied", "did {p} write back", "has {p} gotten back to me by email",
                "did {p} answer my email")
_MAIL_ABOUT = ("find the email from {s} about {q}", "did {s} email me about {q}", "look for {s}'s email about {q}",
               "anything from {s} about {q}?", "where's the email from {s} regarding {q}")
_MAIL_QUERY = ("find emails about {q}", "search my inbox for {q}", "any emails about {q}?",
               "did I get an email about {q}", "look for the email with {q} in it", "emails mentioning {q}",
               "dig up that email about {q}")
_MAIL_SINCE = ("anything from {s} {since}?", "did {s} email me {since}", "any emails from {s} {since}",
               "what came in from {s} {since}", "new mail {since}?", "what emails did I get {since}",
               "show me today's emails from {s}")
# (as said, the sender): organisations and roles people expect mail from
_SENDERS = (("the bank", "bank"), ("my bank", "bank"), ("the school", "school"), ("Amazon", "Amazon"),
            ("the landlord", "landlord"), ("HR", "HR"), ("the airline", "airline"), ("PayPal", "PayPal"),
            ("the dentist", "dentist"), ("my accountant", "accountant"), ("the city council", "city council"),
            ("the insurance company", "insurance company"), ("the daycare", "daycare"), ("IT", "IT"))
_MAIL_TOPICS = (("the invoice", "invoice"), ("my flight", "flight"), ("the lease", "lease"),
                ("the refund", "refund"), ("my order", "order"), ("the tax forms", "tax forms"),
                ("the job offer", "job offer"), ("the wedding", "wedding"), ("the delivery", "delivery"),
                ("the password reset", "password reset"), ("the quote", "quote"), ("the receipt", "receipt"))

_REM_ALL = ("what reminders do I have", "show me my reminders", "read me my reminders", "any reminders?",
            "list my open reminders", "what did I ask you to remind me about", "whats on my reminders",
            "do i have any reminders left", "go over my reminders")
_REM_SPAN = ("what reminders do I have {text}", "any reminders {text}?", "reminders for {noun}?",
             "show my reminders for {noun}", "what reminders are due {text}", "what do my reminders say for {noun}",
             "anything I need to be reminded of {text}?")
_REM_LIST = ("what's on my {list} reminders", "show my {list} reminders", "any {list} reminders?",
             "read out the {list} reminders", "what reminders are in {list}?")

_SHOPPING = ("shopping list", "grocery list", "packing list", "reading list")
_LIST_READ = ("what's on my {list}", "read me the {list}", "what's on the {list}?", "whats on my {list} again",
              "what do I still need from the {list}", "show me my {list}")

_PASS_EMAIL = ("email {p} what's on my calendar {text}", "email {p} my schedule for {noun}",
               "send {p} my agenda for {noun} by email", "check what I have {text} and email it to {p}",
               "mail {p} my calendar for {noun}", "let {p} know by email what I've got {text}")
_PASS_SMS = ("text {p} what's on my calendar {text}", "text {p} my schedule for {noun}",
             "send {p} a text with my plans for {noun}", "look up what's on {noun} and text it to {p}",
             "sms {p} what I have {text}", "let {p} know what my {noun} looks like by text")
_PASS_REMINDERS = ("text {p} my reminders", "email {p} my open reminders", "send {p} my reminder list by text")


def _said(template: str, **values: str) -> str:
    return " ".join(template.format(**values).split()).replace(" ?", "?")


def calendar_read(g: Gen) -> Clause:
    """get_calendar_events for a range, a named event, or "my next ..." (the coming month)."""
    roll = g.rng.random()
    if roll < 0.6:
        span, query = any_span(g.rng, g.now), ""
        template = g.pick(_CAL_SPAN)
        text, key = _said(template, text=span.text, noun=span.noun), f"reads.cal.{_CAL_SPAN.index(template)}"
    elif roll < 0.72:
        span, query = open_span(g.now), ""
        template = g.pick(_CAL_OPEN)
        text, key = template, f"reads.cal.open.{_CAL_OPEN.index(template)}"
    elif roll < 0.86:
        span = day_span(g.rng, g.now) if g.chance(0.7) else week_span(g.rng, g.now)
        said, query = g.pick(_EVENTS)
        template = g.pick(_CAL_FIND)
        text, key = _said(template, thing=said, text=span.text), f"reads.cal.find.{_CAL_FIND.index(template)}"
    else:
        span = open_span(g.now, NEXT_AHEAD)
        template = g.pick(_CAL_NEXT)
        said, query = g.pick(_EVENTS)
        if "{person}" in template:
            person = g.person()
            said, query = person.said, person.name
        text = _said(template, thing=said.removeprefix("the ").removeprefix("my "), person=said)
        key = f"reads.cal.next.{_CAL_NEXT.index(template)}"
    g.builder.add("get_calendar_events", *span.args, query)
    g.features.add(READ)
    return Clause(text, "get_calendar_events", key, not imperative(template))


def _sender(g: Gen) -> tuple[str, str]:
    """(as said, the sender argument): an organisation, a company, a person, or an address."""
    roll = g.rng.random()
    if roll < 0.35:
        return g.pick(_SENDERS)
    if roll < 0.45:
        name = company(g.rng)
        return name, name
    if roll < 0.9:
        person = g.person()
        return person.said, person.name
    address = email_address(g.rng)
    return address, address


def _since(g: Gen) -> tuple[str, str]:
    """(as said, since): the start of today, this morning or yesterday."""
    today = midnight(g.now)
    said, start = g.pick((("today", today), ("this morning", today + timedelta(hours=6)),
                          ("since yesterday", today - timedelta(days=1)), ("yesterday", today - timedelta(days=1))))
    if said == "this morning" and g.now.hour < 6:
        said, start = "today", today
    return said, start.strftime(DATE_FORMAT)


def mail_read(g: Gen) -> Clause:
    """find_emails: new mail, mail from someone, mail about something, mail since a day."""
    sender = query = since = ""
    unread = False
    roll = g.rng.random()
    if roll < 0.15:
        template, family, unread = g.pick(_MAIL_NEW), "new", True
        text = template
    elif roll < 0.25:
        template, family = g.pick(_MAIL_ANY), "any"
        text = template
    elif roll < 0.5:
        template, family = g.pick(_MAIL_FROM), "from"
        said, sender = _sender(g)
        text = _said(template, s=said)
    elif roll < 0.6:
        template, family, unread = g.pick(_MAIL_FROM_NEW), "from_new", True
        said, sender = _sender(g)
        text = _said(template, s=said)
    elif roll < 0.7:
        template, family = g.pick(_MAIL_PERSON), "person"
        person = g.person()
        sender, text = person.name, _said(template, p=person.said)
    elif roll < 0.8:
        template, family = g.pick(_MAIL_ABOUT), "about"
        said, sender = _sender(g)
        about, query = g.pick(_MAIL_TOPICS)
        text = _said(template, s=said, q=about)
    elif roll < 0.9:
        template, family = g.pick(_MAIL_QUERY), "query"
        about, query = g.pick(_MAIL_TOPICS) if g.chance(0.7) else (f"the {topic(g.rng)}", "")
        query = query or about.removeprefix("the ")
        text = _said(template, q=about)
    else:
        template, family = g.pick(_MAIL_SINCE), "since"
        when, since = _since(g)
        if "today's" in template:
            since = midnight(g.now).strftime(DATE_FORMAT)
        if "{s}" in template:
            said, sender = _sender(g)
        else:
            said, unread = "", "new" in template
        text = _said(template, s=said, since=when)
    g.builder.add("find_emails", sender, query, since, unread)
    g.features.add(READ)
    index = {"new": _MAIL_NEW, "any": _MAIL_ANY, "from": _MAIL_FROM, "from_new": _MAIL_FROM_NEW,
             "person": _MAIL_PERSON, "about": _MAIL_ABOUT, "query": _MAIL_QUERY, "since": _MAIL_SINCE}[family]
    return Clause(text, "find_emails", f"reads.mail.{family}.{index.index(template)}", not imperative(template))


def reminder_read(g: Gen) -> Clause:
    """get_reminders: every open one, those due by the end of a range, or one list's."""
    due_before = list_name = ""
    roll = g.rng.random()
    if roll < 0.4:
        template, family = g.pick(_REM_ALL), _REM_ALL
        text = template
    elif roll < 0.8:
        span = day_span(g.rng, g.now) if g.chance(0.6) else g.pick((part_span, week_span))(g.rng, g.now)
        template, family = g.pick(_REM_SPAN), _REM_SPAN
        text, due_before = _said(template, text=span.text, noun=span.noun), span.args[1]
    else:
        list_name = g.pick(REMINDER_LISTS)
        template, family = g.pick(_REM_LIST), _REM_LIST
        text = _said(template, list=list_name if g.chance(0.6) else list_name.lower())
    g.builder.add("get_reminders", due_before, list_name)
    g.features.add(READ)
    return Clause(text, "get_reminders", f"reads.rem.{len(family)}.{family.index(template)}",
                  not imperative(template))


def list_read(g: Gen) -> Clause:
    """"What's on my shopping list" reads the note with open_note (section 10)."""
    said = g.pick(_SHOPPING)
    template = g.pick(_LIST_READ)
    g.builder.add("open_note", said[:1].upper() + said[1:], "")
    g.features.add(READ)
    return Clause(_said(template, list=said), "open_note", f"reads.list.{_LIST_READ.index(template)}",
                  not imperative(template))


def passed_on(g: Gen) -> Clause:
    """A calendar (or reminders) read sent to someone: the read's `$k` is the email context or the SMS message."""
    g.features.add(READ_SEND)
    by_email = g.chance(0.55)
    if g.chance(0.15):
        value = g.builder.add("get_reminders", "", "")
        template, subject, key = g.pick(_PASS_REMINDERS), "My reminders", "reminders"
        by_email = "email" in template
        span = open_span(g.now)
    else:
        span = any_span(g.rng, g.now)
        value = g.builder.add("get_calendar_events", *span.args, "")
        template = g.pick(_PASS_EMAIL if by_email else _PASS_SMS)
        subject, key = title(f"my calendar for {span.noun}"), "email" if by_email else "sms"
    if by_email:
        said, address = g.email_target()
        g.builder.add("compose_new_email", [address], [], subject, value, [])
    else:
        said, number = g.phone_target()
        g.builder.add("send_sms", [number], value)
    family = {"reminders": _PASS_REMINDERS, "email": _PASS_EMAIL, "sms": _PASS_SMS}[key]
    text = _said(template, p=said, text=span.text, noun=span.noun)
    return Clause(text, "get_calendar_events+send", f"reads.pass.{key}.{family.index(template)}",
                  not imperative(template))

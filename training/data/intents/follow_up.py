"""Clauses that refer back to someone already named ("...and text him too", "Nadia landed. Email her the deck").

The person's lookups are shared with earlier clauses (one per person and kind); a pronoun in a reminder is
still only a mention.
"""

from __future__ import annotations

from training.data.context import CONTEXT, MENTION, Clause, Gen, Person
from training.data.dates import plus_minutes
from training.data.pools.files import file_mention
from training.data.pools.places import city, place
from training.data.pools.things import fact, topic
from training.data.text import as_message, file_title, first_upper, title

_SMS = ("text {p} that {msg}", "send {p} a text saying {msg}", "let {p} know by text that {msg}",
        "message {p}: {msg}", "also text {p} that {msg}", "shoot {p} a text too, saying {msg}")
_EMAIL = ("email {p} about the {topic}", "send {p} an email about the {topic}", "drop {p} an email re the {topic}",
          "write {p} an email about the {topic} as well")
_ATTACH = ("email {p} {file}", "send {p} {file} too", "attach {file} in an email to {p}",
           "get {file} to {p} by email")
_ZOOM = ("set up a zoom with {p} {when}", "make a zoom call with {p} {when}", "get a zoom link for me and {p} {when}")
_MEETING = ("put a meeting with {p} on my calendar {when}", "invite {p} to a {topic} {when}",
            "schedule a call with {p} {when}")
_REMIND = (("remind me to call {p} back {when}", "Call {name} back"),
           ("set a reminder {when} to check in with {p}", "Check in with {name}"),
           ("remind me {when} to thank {p}", "Thank {name}"))
_FORWARD = ("forward this email to {p}", "pass this email on to {p}", "fwd the current email to {p}")
_INTRO = ("{P} is waiting at {place}.", "{P} just landed in {city}.", "I promised {P} an update on the {topic}.",
          "{P} asked about the {topic}.", "{P} is covering for me this week.", "I'm meeting {P} later.",
          "{P} has been trying to reach me.", "{P} is joining the {topic}.", "{P} starts on Monday.",
          "Good news from {P} about the {topic}.")


def intro(g: Gen, person: Person) -> str:
    """A context sentence that names `person`, who a following clause then refers to by pronoun."""
    g.features.add(CONTEXT)
    said_place, _ = place(g.rng)
    template = g.pick(_INTRO)
    said = first_upper(person.said) if template.startswith("{P}") else person.said
    return template.format(P=said, place=said_place, city=city(g.rng), topic=topic(g.rng))


def follow_up(g: Gen, person: Person) -> Clause:
    kind = g.pick(("sms", "sms", "email", "attach", "zoom", "meeting", "remind", "forward"))
    pron = person.pronoun
    if kind == "sms":
        news = fact(g.rng)
        template = g.pick(_SMS)
        g.builder.add("send_sms", [g.builder.phone_of(person.name)], as_message(news))
        text = template.format(p=pron, msg=news)
    elif kind == "email":
        subject = topic(g.rng)
        template = g.pick(_EMAIL)
        g.builder.add("compose_new_email", [g.builder.email_of(person.name)], [], title(subject), "", [])
        text = template.format(p=pron, topic=subject)
    elif kind == "attach":
        said, name = file_mention(g.rng)
        template = g.pick(_ATTACH)
        g.builder.add("compose_new_email", [g.builder.email_of(person.name)], [], file_title(name), "",
                      [g.builder.file_path(name)])
        text = template.format(p=pron, file=said)
    elif kind == "zoom":
        moment = g.when(need_time=True)
        template = g.pick(_ZOOM)
        g.builder.add("get_zoom_meeting_link", f"Meeting with {person.name}", moment.iso, 60,
                      [g.builder.email_of(person.name)])
        text = template.format(p=pron, when=moment.text)
    elif kind == "meeting":
        moment = g.when(need_time=True)
        subject = topic(g.rng)
        template = g.pick(_MEETING)
        name = title(subject) if "{topic}" in template else f"Meeting with {person.name}"
        g.builder.add("create_calendar_event", name, moment.iso, plus_minutes(moment.moment, 60), "",
                      [g.builder.email_of(person.name)], "", "")
        text = template.format(p=pron, when=moment.text, topic=subject)
    elif kind == "remind":
        g.features.add(MENTION)
        moment = g.when(need_time=True)
        template, task = g.pick(_REMIND)
        g.builder.add("create_reminder", task.format(name=person.name), moment.iso, "", "", 0, False)
        text = template.format(p=pron, when=moment.text)
    else:
        template = g.pick(_FORWARD)
        g.builder.add("forward_email", [g.builder.email_of(person.name)], [], "", [])
        text = template.format(p=pron)
    return Clause(text, f"follow_up.{kind}", f"follow.{kind}.{template}")


_GROUP_WORDS = ("them", "them", "both of them", "all of them", "everyone", "the same people", "them all")
_GROUP_SMS = ("text {p} that {msg}", "also send {p} a text: {msg}", "let {p} know by text that {msg}")
_GROUP_EMAIL = ("email {p} about the {topic} too", "send {p} an email about the {topic}",
                "email {p} {file} as well")
_GROUP_INVITE = ("set up a zoom with {p} {when}", "invite {p} to a {topic} {when}")


def follow_up_group(g: Gen, people: list[Person]) -> Clause:
    """A clause that refers back to several people at once ("...and email them both the deck")."""
    who = g.pick(_GROUP_WORDS)
    kind = g.pick(("sms", "email", "invite"))
    if kind == "sms":
        news = fact(g.rng)
        template = g.pick(_GROUP_SMS)
        g.builder.add("send_sms", [g.builder.phone_of(p.name) for p in people], as_message(news))
        text = template.format(p=who, msg=news)
    elif kind == "email":
        subject, (said, name) = topic(g.rng), file_mention(g.rng)
        template = g.pick(_GROUP_EMAIL)
        attachments = [g.builder.file_path(name)] if "{file}" in template else []
        g.builder.add("compose_new_email", [g.builder.email_of(p.name) for p in people], [],
                      file_title(name) if attachments else title(subject), "", attachments)
        text = template.format(p=who, topic=subject, file=said)
    else:
        moment = g.when(need_time=True)
        subject = topic(g.rng)
        template = g.pick(_GROUP_INVITE)
        invitees = [g.builder.email_of(p.name) for p in people]
        if "zoom" in template:
            g.builder.add("get_zoom_meeting_link", title(subject), moment.iso, 60, invitees)
        else:
            g.builder.add("create_calendar_event", title(subject), moment.iso, plus_minutes(moment.moment, 60), "",
                          invitees, "", "")
        text = template.format(p=who, when=moment.text, topic=subject)
    return Clause(text, f"follow_up_group.{kind}", f"followgroup.{kind}.{template}")

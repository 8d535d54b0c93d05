"""Zoom meetings: people "with" it get email lookups for meeting_invitees; the link's `$k` is then sent by email
or SMS, put in a reply, or in a calendar event's location or notes (that event has invitees only when asked).
"Email Ana a zoom link for 3pm" names the link first: Ana is invited and is sent the link."""

from __future__ import annotations

from datetime import timedelta

from training.data.builder import Out
from training.data.context import ZOOM, Clause, Gen, join_words
from training.data.dates import DATE_FORMAT, When, duration
from training.data.pools.things import CALENDARS
from training.data.text import first_upper, title

_WITH = (
    "set up a zoom with {people} {when}", "create a zoom meeting with {people} {when}{about}",
    "make a{dur} zoom call {when} with {people}{about}", "schedule a{dur} zoom with {people} {when}",
    "spin up a zoom for me and {people} {when}", "I need a zoom link for a call with {people} {when}",
    "book a zoom {when} with {people}{about}", "get a zoom going with {people} {when}",
    "start a zoom meeting with {people} for {when}", "zoom with {people} {when}{about}, set it up",
    "organize a{dur} zoom {when}: me and {people}", "open a zoom room for {people} {when}",
    "send {people} a zoom invite for {when}", "set up a video call on zoom with {people} {when}",
    "I need to talk to {people} over zoom {when}{about}", "{People} asked for a zoom call {when}{about}",
)
_ALONE = (
    "create a zoom meeting for the {topic} {when}", "I need a zoom link for the {topic} {when}",
    "make a{dur} zoom for the {topic} {when}", "set up a zoom called {Topic} {when}",
    "generate a zoom link for {when}, topic {topic}", "schedule a{dur} zoom meeting {when} - {topic}",
    "get me a zoom for the {topic} {when}",
)
_LINK_FIRST = (
    "email {people} a zoom link for {when}{about}", "send {people} a zoom link for the {topic} {when}",
    "get {people} a zoom invite by email for {when}", "mail {people} a{dur} zoom link for {when}{about}",
    "shoot {people} an email with a zoom link for the {topic} {when}",
)
_SEND_EMAIL = (" and email them the link", " and send everyone the link by email", ", then mail them the link",
               " and email the invite link to them", " - email them the zoom link")
_SEND_EMAIL_OTHER = (" and email the link to {to}", " and send the link to {to} by email",
                     ", then mail the link to {to}")
_SEND_SMS = (" and text the link to {to}", " and send {to} the link by text", ", then sms the link to {to}",
             " and text {to} the zoom link")
_SEND_SMS_THEM = (" and text them the link", " and send them the link by text message")
_REPLY = (" and reply to this email with the link", ", then answer this email with the link",
          " - reply to the current email with the zoom link")
_CALENDAR = (" and put it on my calendar", " and add it to my calendar", ", and block it on my calendar",
             " and save it in my calendar with the link", " and add an event for it")
_NO_INVITEES = (", nobody else invited", ", just for me", " (nobody to invite yet)", ", don't invite anyone")
_CALENDAR_INVITE = (" and add it to my calendar and invite them", " and put it on my calendar with them invited")


def zoom(g: Gen) -> Clause:
    g.features.add(ZOOM)
    subject = g.topic_or_mention()
    moment = g.when(need_time=True)
    dur_text, minutes = duration(g.rng, g.spoken) if g.chance(0.35) else ("", 60)
    dur = "" if not dur_text else " " + dur_text.removeprefix("for ").removeprefix("a ").removeprefix("an ")
    people: list[str] = []
    invitees: list = []
    if g.chance(0.12):
        return _link_first(g, subject, moment, dur, dur_text, minutes)
    if g.chance(0.7):
        people_text, invitees = g.group(g.email_target, most=3)
        template = g.pick(_WITH)
        about = g.pick(("", "", f" about the {subject}", f" to discuss the {subject}", f" re {subject}"))
        text = template.format(people=people_text, People=first_upper(people_text), when=moment.text,
                               dur=_article(dur), about=about)
        key = f"zoom.with.{_WITH.index(template)}"
        people = [people_text]
        people_names = join_words(g.rng, g.group_names) if g.group_names else people_text
        name = title(subject) if about and "{about}" in template else f"Meeting with {people_names}"
    else:
        if g.chance(0.15):
            subject = f"{g.mention()}'s {g.pick(('onboarding', 'farewell', 'performance review', 'interview', 'demo'))}"
        template = g.pick(_ALONE)
        text = template.format(topic=subject, Topic=title(subject), when=moment.text, dur=_article(dur))
        if g.chance(0.2):
            text += g.pick(_NO_INVITEES)
        key = f"zoom.alone.{_ALONE.index(template)}"
        name = title(subject)
    if "{dur}" not in template and dur_text:
        text += f", {dur_text}"
    if g.chance(0.3):
        text = text.replace("zoom", g.pick(("Zoom", "ZOOM", "zoom")))
    link = g.builder.add("get_zoom_meeting_link", name, moment.iso, minutes, invitees)
    kinds = g.rng.choices(("", "email", "sms", "calendar", "reply"), (0.28, 0.23, 0.18, 0.23, 0.08))
    if kinds[0] and g.chance(0.2):
        kinds.append(g.pick([k for k in ("email", "sms", "calendar") if k != kinds[0]]))
    for kind in kinds:
        text += _follow_up(g, kind, link, name, moment.moment, minutes, invitees, bool(people))
    return Clause(text, "get_zoom_meeting_link", key, template.startswith(("{People}", "I ")))


def _link_first(g: Gen, subject: str, moment: When, dur: str, dur_text: str, minutes: int) -> Clause:
    """"Email Ana a zoom link for Friday at 3": Ana is invited and gets the link by email."""
    people_text, invitees = g.group(g.email_target, most=3)
    template = g.pick(_LINK_FIRST)
    about = g.pick(("", "", f" about the {subject}", f" to discuss the {subject}"))
    text = template.format(people=people_text, when=moment.text, about=about, topic=subject, dur=_article(dur))
    if "{dur}" not in template and dur_text:
        text += f", {dur_text}"
    people_names = join_words(g.rng, g.group_names) if g.group_names else people_text
    name = title(subject) if about or "{topic}" in template else f"Meeting with {people_names}"
    link = g.builder.add("get_zoom_meeting_link", name, moment.iso, minutes, invitees)
    g.builder.add("compose_new_email", invitees, [], f"Zoom link: {name}", link, [])
    if g.chance(0.2):
        text += _follow_up(g, "calendar", link, name, moment.moment, minutes, invitees, True)
    return Clause(text, "get_zoom_meeting_link+send", f"zoom.first.{_LINK_FIRST.index(template)}")


def _article(dur: str) -> str:
    if not dur:
        return ""
    return ("n" if dur.strip()[0] in "aeiou8" else "") + dur


def _follow_up(  # type: ignore[no-untyped-def]
    g: Gen, kind: str, link: Out, name: str, start, minutes: int, invitees: list, with_people: bool
) -> str:
    """What happens to the link: nothing, an email, a text, or a calendar event holding it."""
    if not kind:
        return ""
    if kind == "email":
        if with_people and g.chance(0.7):
            g.builder.add("compose_new_email", invitees, [], f"Zoom link: {name}", link, [])
            return g.pick(_SEND_EMAIL)
        to_text, recipients = g.group(g.email_target)
        g.builder.add("compose_new_email", recipients, [], f"Zoom link: {name}", link, [])
        return g.pick(_SEND_EMAIL_OTHER).format(to=to_text)
    if kind == "sms":
        if with_people and g.chance(0.3) and all(isinstance(i, Out) for i in invitees):
            names = [g.builder.nodes[i.node].args[0] for i in invitees]
            g.builder.add("send_sms", [g.builder.phone_of(n) for n in names], link)
            return g.pick(_SEND_SMS_THEM)
        to_text, recipients = g.group(g.phone_target)
        g.builder.add("send_sms", recipients, link)
        return g.pick(_SEND_SMS).format(to=to_text)
    if kind == "reply":
        g.builder.add("reply_to_email", [], link, [])
        return g.pick(_REPLY)
    end = (start + timedelta(minutes=minutes)).strftime(DATE_FORMAT)
    calendar = g.pick(CALENDARS) if g.chance(0.2) else ""
    where = f" ({calendar} calendar)" if calendar else ""
    in_location = g.chance(0.5)
    location, notes = (link, "") if in_location else ("", link)
    if with_people and g.chance(0.25):
        g.builder.add("create_calendar_event", name, start.strftime(DATE_FORMAT), end, location, invitees, notes,
                      calendar)
        return g.pick(_CALENDAR_INVITE) + where
    g.builder.add("create_calendar_event", name, start.strftime(DATE_FORMAT), end, location, [], notes, calendar)
    said_where = " with the link as the location" if in_location else " with the link saved in the event notes"
    return g.pick(_CALENDAR) + where + g.pick(("", "", said_where))

"""Data flows said destination first: "create a note 'Trip' that includes a map link to the castle".

`sinks.py` covers "do X and send it to Y"; people just as often name where a result goes before what it is
("text Ana what's in my Codes note", "remind me at 9 to call Raj with his number in it").
The result's `$k` still becomes the whole message, note content, reminder notes or reply context.
"""

from __future__ import annotations

from collections.abc import Callable

from training.data.builder import Out
from training.data.context import DEPENDENCY, PDF, Clause, Gen
from training.data.pools.files import file_mention
from training.data.pools.places import place
from training.data.pools.things import NOTE_FOLDERS, note_name
from training.data.text import possessive, quoted

_MODES = (("d", ("driving", "car")), ("w", ("walking", "walking")), ("r", ("transit", "public transport")))
_NOTE_WITH_PLACE = (
    "create a note {note} that includes a map link to {place}",
    "make a note called {note} with the location of {place}",
    "create a note {note} and put the map of {place} in it", "new note {note} containing where {place} is on the map",
    "save the map link for {place} in a new note named {note}", "put the location of {place} into my {note} note",
    "add the map link for {place} to my {note} note",
)
_NOTE_WITH_ROUTE = (
    "{mode} route from {frm} to {to} - store it in a new note named {note}",
    "save the {mode} directions to {to} in a note named {note}", "put {mode} directions to {to} in my {note} note",
    "get {mode} directions from {frm} to {to} and keep them in a new note {note}",
    "I want the {mode} route to {to} written into my {note} note",
)
_TEXT_NOTE = (
    "send {p} an SMS with what's written in my {note} note", "text {p} the contents of my {note} note",
    "read my {note} note and text it to {p}", "send {p} a text with whatever is in the {note} note",
    "message {p} what I wrote in my {note} note", "text {p} my {note} note",
    "sms {p} the stuff from my {note} note",
)
_EMAIL_NOTE = (
    "email {p} my {note} note", "send {p} the notes from my {note} note by email",
    "email {p} what's in the {note} note", "mail the contents of my {note} note to {p}",
    "open my {note} note and email it to {p}",
)
_COPY_NOTE = (
    "copy the contents of my {note} note to a fresh note titled {new}", "duplicate the {note} note as {new}",
    "make a copy of my {note} note named {new}", "take what's in {note} and put it in a new note {new}",
)
_REMIND_CONTACT = (
    ("remind me {when} to email {p} and include {pos} email address in the reminder notes", "Email {name}", "email"),
    ("set a reminder {when} to call {p} with {pos} number in it", "Call {name}", "phone"),
    ("remind me {when} to text {p} - add {pos} phone number to the reminder", "Text {name}", "phone"),
    ("reminder for {when}: write to {p}; include {pos} email address", "Write to {name}", "email"),
)
_NOTE_CONTACT = (
    ("add {pp} phone number to my {note} note", "phone"), ("put {pp} email address in my {note} note", "email"),
    ("save {pp} number in a new note called {note}", "phone"),
    ("make a note {note} with {pp} email address", "email"),
)
_REMIND_SUMMARY = (
    "set a reminder {when} that contains a summary of {file}",
    "set a reminder {when} to go over {file}, and put its summary in the reminder notes",
    "remind me {when} about {file} - include a summary of it",
)
_REPLY_WITH = (
    ("answer this email with a map pin for {place}", "place"),
    ("answer this email with {mode} directions to {to}", "route"),
    ("reply with a summary of {file}", "summary"), ("respond to this email with what's in my {note} note", "note"),
    ("reply to this with the contents of my {note} note", "note"),
)


def _note(g: Gen) -> tuple[str, str]:
    name = note_name(g.rng)
    return quoted(g.rng, name), name


def _note_tool(template: str) -> str:
    """"...my {note} note" adds to a note the user has; any other wording makes a new one."""
    return "append_note_content" if "my {note}" in template else "create_note"


def _details(g: Gen, kind: str, name: str) -> Out:
    return (g.builder.email_of if kind == "email" else g.builder.phone_of)(name)


def note_with_place(g: Gen) -> Clause:
    said, location = place(g.rng)
    note_said, name = _note(g)
    template = g.pick(_NOTE_WITH_PLACE)
    link = g.builder.add("maps_open_location", location)
    g.builder.add(_note_tool(template), name, link, "")
    return _clause(g, template.format(place=said, note=note_said), "place", _NOTE_WITH_PLACE, template)


def note_with_route(g: Gen) -> Clause:
    mode, words = g.pick(_MODES)
    to_said, to_location = place(g.rng)
    frm_said, frm_location = ("", "")
    template = g.pick(_NOTE_WITH_ROUTE)
    if "{frm}" in template:
        frm_said, frm_location = place(g.rng)
        while frm_location == to_location:
            frm_said, frm_location = place(g.rng)
    note_said, name = _note(g)
    route = g.builder.add("maps_show_directions", frm_location, to_location, mode)
    g.builder.add(_note_tool(template), name, route, "")
    text = template.format(mode=g.pick(words), frm=frm_said, to=to_said, note=note_said)
    return _clause(g, text, "route", _NOTE_WITH_ROUTE, template)


def send_note(g: Gen) -> Clause:
    note_said, name = _note(g)
    by_text = g.chance(0.6)
    to_said, recipients = g.group(g.phone_target if by_text else g.email_target, most=2)
    content = g.builder.add("open_note", name, "")
    if by_text:
        template = g.pick(_TEXT_NOTE)
        g.builder.add("send_sms", recipients, content)
        return _clause(g, template.format(p=to_said, note=note_said), "text_note", _TEXT_NOTE, template)
    template = g.pick(_EMAIL_NOTE)
    g.builder.add("compose_new_email", recipients, [], name, content, [])
    return _clause(g, template.format(p=to_said, note=note_said), "email_note", _EMAIL_NOTE, template)


def copy_note(g: Gen) -> Clause:
    note_said, name = _note(g)
    new = f"{name} {g.pick(('2026', '2027', 'copy', 'v2', 'backup', 'final', 'old'))}"
    folder = g.pick(NOTE_FOLDERS) if g.chance(0.3) else ""
    template = g.pick(_COPY_NOTE)
    content = g.builder.add("open_note", name, "")
    g.builder.add("create_note", new, content, folder)
    text = template.format(note=note_said, new=quoted(g.rng, new)) + (f" in my {folder} folder" if folder else "")
    return _clause(g, text, "copy_note", _COPY_NOTE, template)


def contact_into(g: Gen) -> Clause:
    person = g.person()
    if g.chance(0.5):
        template, task, kind = g.pick(_REMIND_CONTACT)
        moment = g.when(need_time=True)
        details = _details(g, kind, person.name)
        g.builder.add("create_reminder", task.format(name=person.name), moment.iso, details, "", 0, False)
        pos = {"him": "his", "her": "her"}.get(person.pronoun, "their")
        text = template.format(when=moment.text, p=person.said, pos=pos)
        return _clause(g, text, "remind_contact", _REMIND_CONTACT, (template, task, kind))
    template, kind = g.pick(_NOTE_CONTACT)
    note_said, name = _note(g)
    g.builder.add(_note_tool(template), name, _details(g, kind, person.name), "")
    text = template.format(pp=possessive(person.said), note=note_said)
    return _clause(g, text, "note_contact", _NOTE_CONTACT, (template, kind))


def reminder_with_summary(g: Gen) -> Clause:
    g.features.add(PDF)
    said, file_name = file_mention(g.rng, pdf=True)
    moment = g.when(need_time=True)
    summary = g.builder.add("summarize_pdf", g.builder.file_path(file_name))
    g.builder.add("create_reminder", f"Go over {file_name}", moment.iso, summary, "", 0, False)
    template = g.pick(_REMIND_SUMMARY)
    return _clause(g, template.format(when=moment.text, file=said), "remind_summary", _REMIND_SUMMARY, template)


def reply_with(g: Gen) -> Clause:
    template, kind = g.pick(_REPLY_WITH)
    words: dict[str, str] = {}
    value: Out
    if kind == "place":
        words["place"], location = place(g.rng)
        value = g.builder.add("maps_open_location", location)
    elif kind == "route":
        mode, mode_words = g.pick(_MODES)
        words["mode"] = g.pick(mode_words)
        words["to"], location = place(g.rng)
        value = g.builder.add("maps_show_directions", "", location, mode)
    elif kind == "summary":
        g.features.add(PDF)
        words["file"], file_name = file_mention(g.rng, pdf=True)
        value = g.builder.add("summarize_pdf", g.builder.file_path(file_name))
    else:
        words["note"], name = _note(g)
        value = g.builder.add("open_note", name, "")
    g.builder.add("reply_to_email", [], value, [])
    return _clause(g, template.format(**words), f"reply_{kind}", _REPLY_WITH, (template, kind))


def _clause(g: Gen, text: str, kind: str, family: tuple, member: object) -> Clause:
    g.features.add(DEPENDENCY)
    return Clause(text, f"embedded.{kind}", f"embedded.{kind}.{family.index(member)}")


EMBEDDED: tuple[tuple[Callable[[Gen], Clause], float], ...] = (
    (note_with_place, 1), (note_with_route, 1), (send_note, 1.5), (copy_note, 0.6), (contact_into, 1.2),
    (reminder_with_summary, 0.8), (reply_with, 1.2),
)

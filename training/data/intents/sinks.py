"""Delivering an earlier result (a PDF summary, a note, a Zoom link, a place) by email, SMS or into a note.

The result's `$k` becomes the whole email context, SMS message or note content (COMPAT section 8).
"""

from __future__ import annotations

from training.data.builder import Out
from training.data.context import Clause, Gen
from training.data.pools.things import NOTE_FOLDERS, note_name
from training.data.text import quoted, title

_EMAIL = ("email it to {to}", "send it to {to} by email", "mail it to {to}", "email that to {to}",
          "get it to {to} over email", "share it with {to} by email", "send {to} an email with it")
_SMS = ("text it to {to}", "send it to {to} by text", "sms it to {to}", "text that to {to}",
        "message it to {to}", "send {to} a text with it", "shoot it over to {to} as a text")
_BOTH = ("email and text it to {to}", "send it to {to} by email and by text", "get it to {to} by email and sms",
         "text it to {to} and email it too", "send it to {to} both ways, email and text")
_NOTE = ("save it in a new note called {note}", "put it in a note named {note}", "make a note {note} with it",
         "write it down in a note titled {note}", "store it as a note called {note}")
_APPEND = ("add it to my {note} note", "append it to the {note} note", "stick it in my {note} note",
           "put it at the end of my {note} note", "paste it into the {note} note")


def deliver(g: Gen, value: Out, what: str, kinds: tuple[str, ...] = ("email", "sms", "note", "append")) -> str:
    """Add the delivering step and return its words ("email it to Tom")."""
    kind = g.pick(kinds)
    if kind in ("email", "sms") and "email" in kinds and "sms" in kinds and g.chance(0.15):
        return _both_ways(g, value, what)
    if kind == "email":
        to_text, recipients = g.group(g.email_target)
        g.builder.add("compose_new_email", recipients, [], title(what), value, [])
        return g.pick(_EMAIL).format(to=to_text)
    if kind == "sms":
        to_text, recipients = g.group(g.phone_target)
        g.builder.add("send_sms", recipients, value)
        return g.pick(_SMS).format(to=to_text)
    name = note_name(g.rng)
    folder = g.pick(NOTE_FOLDERS) if g.chance(0.15) else ""
    where = f" in {folder}" if folder else ""
    if kind == "note":
        g.builder.add("create_note", name, value, folder)
        return g.pick(_NOTE).format(note=quoted(g.rng, name)) + where
    g.builder.add("append_note_content", name, value, folder)
    return g.pick(_APPEND).format(note=quoted(g.rng, name)) + where


def with_delivery(g: Gen, clause: Clause, value: Out, what: str, chance: float,
                  kinds: tuple[str, ...] = ("email", "sms", "note", "append")) -> Clause:
    """Sometimes follow a producing clause with a delivery of its result."""
    if not g.chance(chance):
        return clause
    joiner = g.pick((" and ", " and then ", ", then ", " - ", ", and "))
    return Clause(clause.text + joiner + deliver(g, value, what, kinds), clause.intent + "+send",
                  clause.template + "+send", clause.sentence)


def _both_ways(g: Gen, value: Out, what: str) -> str:
    """One person gets the result by email and by text: both lookups, both sends."""
    person = g.person()
    g.contacts.append(person)
    g.builder.add("compose_new_email", [g.builder.email_of(person.name)], [], title(what), value, [])
    g.builder.add("send_sms", [g.builder.phone_of(person.name)], value)
    return g.pick(_BOTH).format(to=person.said)

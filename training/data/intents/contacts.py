"""Looking up a contact's email address or phone number, and nothing else; adding a contact (COMPAT section 10)."""

from __future__ import annotations

from training.data.context import Clause, Gen
from training.data.pools.contacts import email_address, phone_number
from training.data.pools.names import first_name, surname
from training.data.text import imperative, possessive, title

NEW_CONTACT = "add_contact"

_EMAIL = (
    "what's {p} email", "get {p} email address", "look up the email for {who}", "find {p} email",
    "I need {p} email address", "do I have an email for {who}?", "pull up {p} email", "what email do I have for {who}",
    "give me the email of {who}", "search my contacts for {p} email", "what is {p} e-mail",
    "fetch the email address of {who}", "can you find an email address for {who}", "{p} email address please",
    "look up {who} in contacts and get their email", "which address should I use to email {who}?",
)
_PHONE = (
    "what's {p} number", "get me {p} phone number", "look up {p} cell", "find the phone number for {who}",
    "I'm after the mobile of {who}", "what is {p} mobile number", "do I have a number for {who}", "pull up {p} phone",
    "look up {who}'s digits", "search contacts for {p} phone number", "give me {who}'s mobile",
    "I need to call {who}, what's their number?", "get the phone number of {who}", "{p} cell number?",
    "what number do I have for {who}?", "dig up {p} phone number",
)


def email_lookup(g: Gen) -> Clause:
    person = g.person()
    g.contacts.append(person)
    template = g.pick(_EMAIL)
    g.builder.email_of(person.name)
    return Clause(template.format(p=possessive(person.said), who=person.said), "get_email_address",
                  f"contacts.email.{_EMAIL.index(template)}", template[0] == "{")


def phone_lookup(g: Gen) -> Clause:
    person = g.person()
    g.contacts.append(person)
    template = g.pick(_PHONE)
    g.builder.phone_of(person.name)
    return Clause(template.format(p=possessive(person.said), who=person.said),
                  "get_phone_number", f"contacts.phone.{_PHONE.index(template)}", template[0] == "{")


_SHARE_PHONE = ("text {to} {p} number", "send {to} {p} phone number by text", "sms {p} number to {to}",
                "{To} needs {p} number - text it to them", "look up {p} number and text it to {to}")
_SHARE_EMAIL = ("email {to} {p} email address", "send {to} {p} email address", "look up {p} email and email it to {to}",
                "{To} asked for {p} email address, send it to them by email")


def share_contact(g: Gen) -> Clause:
    """One contact's details sent to another: the looked-up detail is the message or email context."""
    person = g.person()
    by_text = g.chance(0.5)
    family = _SHARE_PHONE if by_text else _SHARE_EMAIL
    template = g.pick(family)
    if by_text:
        detail = g.builder.phone_of(person.name)
        to_text, recipients = g.group(g.phone_target, most=1)
        g.builder.add("send_sms", recipients, detail)
    else:
        detail = g.builder.email_of(person.name)
        to_text, recipients = g.group(g.email_target, most=1)
        g.builder.add("compose_new_email", recipients, [], title(f"{person.name}'s email address"), detail, [])
    text = template.format(p=possessive(person.said), to=to_text, To=to_text[:1].upper() + to_text[1:])
    return Clause(text, "share_contact", f"contacts.share.{'t' if by_text else 'e'}{family.index(template)}",
                  template.startswith("{To}"))


_ADD_PHONE = ("add {name} {phone} to my contacts", "save {p} number: {phone}", "new contact: {name}, {phone}",
              "add {name} to my contacts, number {phone}", "put {name} in my address book - {phone}",
              "store {phone} under {name}", "{name} got a new number, {phone}, update the contact",
              "save this number as {name}: {phone}", "{p} cell is {phone}, add it to contacts",
              "create a contact for {name} with the number {phone}")
_ADD_EMAIL = ("save {email} as {name}", "add {name} to contacts with email {email}",
              "{p} email is {email}, save it to contacts", "new contact {name}, email {email}",
              "add {email} to {p} contact", "put {name} ({email}) in my contacts")
_ADD_BOTH = ("new contact: {name}, {phone}, {email}", "add {name} to my contacts - {phone}, {email}",
             "create a contact for {name} with {phone} and {email}",
             "save {name} in my address book, phone {phone}, email {email}")


def new_contact(g: Gen) -> Clause:
    """add_contact with the name, address and number exactly as written (a name from the pools, never someone
    already named in the request)."""
    name = first_name(g.rng)[0]
    if g.chance(0.7):
        name = f"{name} {surname(g.rng)}"
    roll = g.rng.random()
    email = email_address(g.rng) if roll >= 0.45 else ""
    phone = phone_number(g.rng) if roll < 0.45 or roll >= 0.8 else ""
    family = _ADD_BOTH if email and phone else _ADD_EMAIL if email else _ADD_PHONE
    template = g.pick(family)
    g.builder.add("add_contact", name, email, phone)
    g.features.add(NEW_CONTACT)
    text = template.format(name=name, p=possessive(name), email=email, phone=phone)
    kind = "both" if family is _ADD_BOTH else "email" if email else "phone"
    return Clause(text, "add_contact", f"contacts.add.{kind}.{family.index(template)}", not imperative(template))

"""Text messages: one send_sms for everyone named, phone lookups unless the number is written out."""

from __future__ import annotations

from training.data.context import CORRECTION, INDIRECT, Clause, Gen
from training.data.pools.questions import nudge_for, question_for
from training.data.pools.things import errand, fact, person_fact
from training.data.text import as_message

_TEXT = (
    "text {to} that {msg}", "send {to} a text saying {msg}", "message {to}: {msg}", "sms {to} '{msg}'",
    "let {to} know by text that {msg}", "shoot {to} a text: {msg}", "text {to} to say {msg}",
    "send a text to {to} saying {msg}", "tell {to} via text that {msg}", "drop {to} a text that {msg}",
    "ping {to} by sms: {msg}", "send an SMS to {to} saying {msg}", "text {to}: {msg}",
    "write {to} a text message that says {msg}", "txt {to} {msg}", "send a message to {to}'s phone saying {msg}",
    "fire off a text to {to}, {msg}", "text {to} and let them know {msg}", "send {to} an sms: {msg}",
    "shoot a quick text to {to} that {msg}", "message {to} on their phone that {msg}",
)
_INDIRECT = (
    "let {to} know {msg}", "tell {to} {msg}", "{To} needs a text saying {msg}", "give {to} a heads-up that {msg}",
    "{To} should get a text that {msg}", "make sure {to} knows {msg}, by text", "{To} has to hear that {msg} - text",
)
_CORRECTED_CHANNEL = (
    "email {to} - no wait, text {pron} - that {msg}", "call {to}, actually no, just text {pron} that {msg}",
    "send {to} an email, sorry, a text, saying {msg}", "email, no, text {to}: {msg}",
)
_CORRECTED_PERSON = (
    "text {wrong}, sorry I mean {to}, that {msg}", "send {wrong} - no, {to} - a text saying {msg}",
    "text {wrong} that {msg}... actually make that {to}", "message {wrong}, wait, {to}: {msg}",
)


_ASK = ("ask {to} {q}", "can you ask {to} {q}", "find out from {to} {q}", "check with {to} {q}",
        "text {to} and ask {q}", "message {to} asking {q}", "send {to} a text asking {q}", "pls ask {to} {q}",
        "could you find out {q} - ask {to}", "I need to know {q}, ask {to}")
_NUDGE = ("nudge {to} about {topic}", "chase {to} about {topic}", "bug {to} about {topic}",
          "follow up with {to} about {topic}", "remind {to} about {topic}", "give {to} a nudge about {topic}",
          "text {to} a reminder about {topic}", "poke {to} about {topic}", "chase up {to} on {topic}")
_REMIND_OTHER = ("remind {to} to {task}", "text {to} a reminder to {task}", "nudge {to} by text to {task}",
                 "make sure {to} remembers to {task} - send a text")


def send_text(g: Gen) -> Clause:
    if g.chance(0.06):
        return _remind_someone(g)
    if g.chance(0.08):
        return _ask_someone(g)
    news = person_fact(g.rng, g.mention()) if g.chance(0.12) else fact(g.rng)
    if g.allow_correction and g.chance(0.5):
        return _corrected(g, news)
    to_text, recipients = g.group(g.phone_target)
    indirect = g.chance(0.18)
    family = _INDIRECT if indirect else _TEXT
    template = g.pick(family)
    if indirect:
        g.features.add(INDIRECT)
    text = template.format(to=to_text, To=to_text[:1].upper() + to_text[1:], msg=news)
    if not indirect:
        text += g.app_named((" - iMessage is fine", " by plain SMS", " (SMS, not email)"), 0.04)
    g.builder.add("send_sms", recipients, as_message(news))
    return Clause(text, "send_sms", f"sms.{'i' if indirect else ''}{family.index(template)}", template[0] == "{")


def _remind_someone(g: Gen) -> Clause:
    """Reminding another person is a text to them (reminders are the user's own)."""
    task = errand(g.rng).replace(" my ", " your ")
    to_text, recipients = g.group(g.phone_target, most=2)
    template = g.pick(_REMIND_OTHER)
    g.builder.add("send_sms", recipients, f"Don't forget to {task}.")
    g.features.add(INDIRECT)
    return Clause(template.format(to=to_text, task=task), "send_sms", f"sms.remind.{_REMIND_OTHER.index(template)}")


def _ask_someone(g: Gen) -> Clause:
    """A question for someone, or a nudge about something they owe: people say "ask" or "nudge", not "text",
    and the assistant texts them."""
    person = g.person()
    g.features.add(INDIRECT)
    if g.chance(0.6):
        said, message = question_for(g.rng, person.pronoun)
        template = g.pick(_ASK)
        text, key = template.format(to=person.said, q=said), f"sms.ask.{_ASK.index(template)}"
    else:
        said, message = nudge_for(g.rng, person.pronoun)
        template = g.pick(_NUDGE)
        text, key = template.format(to=person.said, topic=said), f"sms.nudge.{_NUDGE.index(template)}"
    g.builder.add("send_sms", [g.builder.phone_of(person.name)], message)
    return Clause(text, "send_sms", key, template.startswith(("can you", "could you", "I need", "pls")))


def _corrected(g: Gen, news: str) -> Clause:
    g.features.add(CORRECTION)
    if g.chance(0.5):
        person = g.person()
        template = g.pick(_CORRECTED_CHANNEL)
        text = template.format(to=person.said, pron=person.pronoun, msg=news)
        g.builder.add("send_sms", [g.builder.phone_of(person.name)], as_message(news))
        return Clause(text, "send_sms", f"sms.fixchannel.{_CORRECTED_CHANNEL.index(template)}")
    wrong = g.person()
    right = g.person()
    template = g.pick(_CORRECTED_PERSON)
    text = template.format(wrong=wrong.said, to=right.said, msg=news)
    g.builder.add("send_sms", [g.builder.phone_of(right.name)], as_message(news))
    return Clause(text, "send_sms", f"sms.fixperson.{_CORRECTED_PERSON.index(template)}")

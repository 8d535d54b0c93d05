"""A piece of news stated first, then passed on to people by email and/or text in a separate sentence.

The news is the SMS message; an email about it gets the news as its subject and an empty context.
"""

from __future__ import annotations

from training.data.context import CONTEXT, INDIRECT, Clause, Gen
from training.data.pools.things import fact
from training.data.text import as_message, first_upper, title

_BY_TEXT = ("Can you let {to} know by text?", "Text that to {to}.", "{To} should know - send a text.",
            "Please pass it on to {to} over SMS.", "Make sure {to} gets a text about it.", "Tell {to} by text.",
            "Send {to} a heads-up by text.", "{To} needs to hear it, text please.", "Could you text {to} about it?")
_BY_EMAIL = ("Pass it on to {to} by email.", "Make sure {to} hears about it over email.",
             "Let {to} know in an email.", "{To} should get an email about it.", "Email {to} about it, please.",
             "Loop in {to} via email.", "Could you write {to} an email about that?", "Drop {to} an email about it.")
_SPLIT = ("Email {a} about it and text {b}.", "Tell {a} by email and {b} by text.",
          "{A} needs an email about it; {b} gets a text.", "Text {b} and send {a} an email about it.",
          "Let {a} know over email, and text {b}.")


def announce(g: Gen) -> Clause:
    g.features.update({CONTEXT, INDIRECT})
    news = fact(g.rng)
    opener = first_upper(news) + g.pick((".", ".", "!", " -", ","))
    roll = g.rng.random()
    if roll < 0.4:
        to_text, recipients = g.group(g.phone_target)
        template = g.pick(_BY_TEXT)
        g.builder.add("send_sms", recipients, as_message(news))
        ask = template.format(to=to_text, To=first_upper(to_text))
        key = f"announce.text.{_BY_TEXT.index(template)}"
    elif roll < 0.75:
        to_text, recipients = g.group(g.email_target)
        template = g.pick(_BY_EMAIL)
        g.builder.add("compose_new_email", recipients, [], title(news), "", [])
        ask = template.format(to=to_text, To=first_upper(to_text))
        key = f"announce.email.{_BY_EMAIL.index(template)}"
    else:
        a_text, a_args = g.group(g.email_target, most=2)
        b_text, b_args = g.group(g.phone_target, most=2)
        template = g.pick(_SPLIT)
        g.builder.add("compose_new_email", a_args, [], title(news), "", [])
        g.builder.add("send_sms", b_args, as_message(news))
        ask = template.format(a=a_text, A=first_upper(a_text), b=b_text)
        key = f"announce.split.{_SPLIT.index(template)}"
    return Clause(f"{opener} {ask}", "announce", key, True)

"""New emails, replies and forwards, with cc, attachments and people named or written as addresses."""

from __future__ import annotations

from training.data.builder import Out
from training.data.context import ATTACHMENT, INDIRECT, Clause, Gen, join_words
from training.data.pools.files import file_mention, file_name
from training.data.pools.things import fact, person_fact
from training.data.text import file_title, title

_ABOUT = (
    "email {to} about {topic}", "send an email to {to} about {topic}", "shoot {to} an email about {topic}",
    "write to {to} regarding {topic}", "drop {to} a line about {topic}", "send {to} a quick email on {topic}",
    "mail {to} about {topic}", "email {to} re: {topic}", "write an email to {to} about {topic}",
    "let {to} know about {topic} by email", "reach out to {to} by email about {topic}",
    "get an email out to {to} about {topic}", "fire off an email to {to} about {topic}",
    "ping {to} over email about {topic}", "put together an email for {to} about {topic}",
    "compose a message to {to} with the subject {topic}", "email {to} with the subject line '{Topic}'",
    "send an e-mail to {to} on {topic}", "write {to} an email about {topic}", "contact {to} by email about {topic}",
    "follow up with {to} by email about {topic}", "get in touch with {to} over email about {topic}",
    "circle back with {to} via email re {topic}",
)
_SAYING = (
    "email {to} saying {fact}", "email {to} to say {fact}", "tell {to} by email that {fact}",
    "let {to} know over email that {fact}", "send {to} an email that says {fact}",
    "write to {to} and tell them {fact}", "email {to}: {fact}", "send an email to {to} letting them know {fact}",
    "drop {to} an email saying {fact}", "inform {to} via email that {fact}",
)
_INDIRECT = (
    "{To} needs an email about {topic}", "{To} should get an email about {topic}",
    "I owe {to} an email about {topic}", "{To} is waiting for an email from me about {topic}",
    "{To} should hear by email that {fact}", "{To} has to know by email that {fact}",
)
_ATTACH_ONLY = (
    "email {file} to {to}", "send {to} {file}", "send {file} to {to} by email", "email {to} the file {file}",
    "attach {file} to an email for {to}", "mail {file} to {to}", "get {file} over to {to} by email",
    "share {file} with {to} over email", "email {to} {file}", "shoot {file} over to {to}",
    "send {to} an email with {file} attached", "email {to} the {desc} ({file})",
    "the {desc} ({file}) should go to {to} by email",
    "make sure {to} gets {file} by email", "I want {to} to have {file} - email it", "{To} needs {file}, email it over",
    "{To} asked for {file}; send it by email", "could {to} get {file} in their inbox",
    "{To} is expecting {file}, email it", "get {file} into {to}'s inbox",
)
_CC = (" and cc {cc}", ", cc'ing {cc}", " (copy {cc})", " with {cc} on cc", ", and copy {cc}",
       " and keep {cc} in the loop", ", cc {cc}", " - cc {cc} too")
_WITH_FILE = (" and attach {file}", " with {file} attached", ", attaching {file}", " and include {file}",
              " - attach {file}", " and put {file} in as an attachment")


def _files(g: Gen) -> tuple[str, list[Out], str]:
    """One or two files to attach: (their words, their file searches, the first one's name)."""
    mentions = [file_mention(g.rng) for _ in range(2 if g.chance(0.15) else 1)]
    searches = [g.builder.file_path(name) for _, name in mentions]
    return join_words(g.rng, [said for said, _ in mentions]), searches, mentions[0][1]


def compose(g: Gen) -> Clause:
    to_text, recipients = g.group(g.email_target)
    cc_text, cc = ("", [])
    if g.chance(0.2):
        cc_text, cc = g.group(g.email_target, most=2)
    attachments: list = []
    subject_topic = g.topic_or_mention()
    file_text = ""
    roll = g.rng.random()
    if roll < 0.25:
        template = g.pick(_ATTACH_ONLY)
        if "{desc}" in template:
            said = name = file_name(g.rng)
            attachments = [g.builder.file_path(name)]
        else:
            said, attachments, name = _files(g)
        g.features.add(ATTACHMENT)
        text = template.format(to=to_text, To=to_text[:1].upper() + to_text[1:], file=said,
                               desc=file_title(name).lower())
        subject = file_title(name)
        key = "mail.attach." + str(_ATTACH_ONLY.index(template))
        sentence = template.startswith(("{To}", "I "))
    else:
        family = _ABOUT if roll < 0.62 else _SAYING if roll < 0.88 else _INDIRECT
        template = g.pick(family)
        news = person_fact(g.rng, g.mention()) if "{fact}" in template and g.chance(0.12) else fact(g.rng)
        article = "" if "'s " in subject_topic else "the "
        text = template.format(to=to_text, To=to_text[:1].upper() + to_text[1:], topic=article + subject_topic,
                               Topic=title(subject_topic), fact=news)
        subject = title(subject_topic) if "{fact}" not in template else title(news)
        kind = "about" if family is _ABOUT else "saying" if family is _SAYING else "indirect"
        key = f"mail.{kind}.{family.index(template)}"
        sentence = family is _INDIRECT
        if sentence:
            g.features.add(INDIRECT)
        if g.chance(0.15) and not sentence:
            said, attachments, _ = _files(g)
            g.features.add(ATTACHMENT)
            file_text = g.pick(_WITH_FILE).format(file=said)
    if cc_text:
        text += g.pick(_CC).format(cc=cc_text)
    text += file_text
    g.builder.add("compose_new_email", recipients, cc, subject, "", attachments)
    return Clause(text, "compose_new_email", key, sentence)


_REPLY = (
    "reply to this email", "respond to the email", "answer this message", "write back to them",
    "reply to the last email", "send a reply", "reply to the current email", "hit reply", "respond to this thread",
    "reply to the message I just got", "get back to them by email", "shoot back a reply", "answer the email",
    "respond to {mention}'s email", "reply to {mention}", "write back to {mention}'s message",
    "this email needs a response", "they're waiting for my answer on this email - reply",
)
_REPLY_SAYING = (" saying {fact}", " and say {fact}", " and tell them {fact}", ": {fact}", " to let them know {fact}",
                 " that {fact}")


def reply(g: Gen) -> Clause:
    template = g.pick(_REPLY)
    text = template.format(mention=g.mention()) if "{mention}" in template else template
    if g.chance(0.4):
        text += g.pick(_REPLY_SAYING).format(fact=fact(g.rng))
    cc: list = []
    if g.chance(0.35):
        cc_text, cc = g.group(g.email_target, most=2)
        text += g.pick(_CC).format(cc=cc_text)
    attachments: list = []
    if g.chance(0.3):
        said, attachments, _ = _files(g)
        g.features.add(ATTACHMENT)
        text += g.pick(_WITH_FILE).format(file=said)
    g.builder.add("reply_to_email", cc, "", attachments)
    return Clause(text, "reply_to_email", f"reply.{_REPLY.index(template)}", template.startswith(("this", "they")))


_FORWARD = (
    "forward this email to {to}", "forward it to {to}", "hand this email over to {to}",
    "route this message to {to}", "fwd this to {to}", "share this email with {to}",
    "forward the current email to {to}", "bounce this over to {to}", "send this thread to {to}",
    "forward the last email to {to}", "pass this on to {to}", "forward the message I'm reading to {to}",
    "get this email over to {to}", "can you send this mail on to {to}", "forward that to {to}",
    "loop {to} in on this email", "make sure {to} sees this email - forward it",
)
_FORWARD_INDIRECT = ("{To} should see this email, forward it", "{To} needs to see this email",
                     "this email should go to {to} too", "{To} would want this email - pass it on")


def forward(g: Gen) -> Clause:
    to_text, recipients = g.group(g.email_target)
    indirect = g.chance(0.12)
    if indirect:
        g.features.add(INDIRECT)
    family = _FORWARD_INDIRECT if indirect else _FORWARD
    template = g.pick(family)
    text = template.format(to=to_text, To=to_text[:1].upper() + to_text[1:])
    if not indirect and g.chance(0.15):  # words for the forward stay out of its context (COMPAT section 8)
        text += g.pick((" and tell them {f}", " with a note that {f}", ", saying {f}", " - add that {f}")).format(
            f=fact(g.rng))
    cc: list = []
    if g.chance(0.2):
        cc_text, cc = g.group(g.email_target, most=2)
        text += g.pick(_CC).format(cc=cc_text)
    attachments: list = []
    if g.chance(0.2):
        said, attachments, _ = _files(g)
        g.features.add(ATTACHMENT)
        text += g.pick(_WITH_FILE).format(file=said)
    g.builder.add("forward_email", recipients, cc, "", attachments)
    return Clause(text, "forward_email", f"forward.{'i' if indirect else ''}{family.index(template)}", indirect)


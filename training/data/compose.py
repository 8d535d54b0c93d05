"""Composes one request: optional context sentence, 1-4 intents joined naturally, corrections, then noise."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from training.data.builder import PlanBuilder
from training.data.context import (
    ATTACHMENT, CONTEXT, CORRECTION, EXPLICIT, INDIRECT, MENTION, PDF, RELATIVE, ZOOM, Clause, Gen,
)
from training.data.intents import (
    announce, calendar, contacts, files, follow_up, mail, maps, no_tool, notes, reminders, sms, zoom,
)
from training.data.noise import NoiseResult, add_noise, entity_words
from training.data.pools.places import city
from training.data.pools.things import topic
from training.data.text import first_upper

Intent = Callable[[Gen], Clause]

INTENTS: tuple[tuple[Intent, float], ...] = (
    (mail.compose, 8), (mail.reply, 3), (mail.forward, 3), (sms.send_text, 8), (contacts.email_lookup, 1.5),
    (contacts.phone_lookup, 1.5), (contacts.share_contact, 0.6), (maps.show_place, 3), (maps.directions, 4), (files.open_file, 2),
    (files.summarize, 4.5), (notes.create, 3), (notes.append, 3), (notes.open_and_maybe_send, 3),
    (reminders.reminder, 7), (calendar.event, 4), (calendar.meeting, 5), (zoom.zoom, 5), (announce.announce, 2.5),
)
_CORRECTABLE = (sms.send_text, maps.directions, files.open_file, reminders.reminder, calendar.event, calendar.meeting)
_CONNECTIVES = (", and ", " and ", ". Also, ", ". Then ", "; also ", ", then ", ". And ", ". Oh and ", " - and ",
                ". After that, ", ", plus ", ". Next, ", ". Finally, ", ". One more thing: ", " and also ", "\n")
_PREFIXES = ("", "", "", "", "Please ", "Can you ", "Could you ", "Hey, ", "I need you to ", "Would you ",
             "Quick favor: ", "Pls ", "Go ahead and ", "I'd like you to ", "Help me ", "Okay, ", "Hi! ", "Yo, ",
             "I want to ", "I'd like to ", "Let's ", "Need to ", "Can you please ", "Kindly ")
_SELF_PREFIXES = ("Help me ", "I want to ", "I'd like to ", "Let's ", "Need to ")
_AWKWARD = ((" for in ", " in "), (" for at ", " at "), (" on at ", " at "), (" for on ", " on "))
_TRAILERS = ("It's urgent.", "No rush.", "Thanks a lot!", "Traffic is insane today.", "Appreciate it.",
             "That's all for now.", "I'll be offline after that.", "Cheers.", "Thank you!", "Much appreciated.")
_CONTEXTS = (
    "I'm swamped today.", "Quick one.", "Okay, a few things.", "Heads up, I'm traveling this week.",
    "My phone is about to die.", "I'm in a cab right now.", "Long day.", "Morning!", "Before I forget:",
    "We have guests coming over tonight.", "I'm working from home today.", "Ugh, Mondays.",
    "The {topic} went well.", "{p} just got back from {city}.", "{p} asked me about this earlier.",
    "I just got out of the {topic}.", "Things are hectic with the {topic}.", "So, about the {topic}.",
    "I'm at the airport.", "I'm running between meetings.", "Busy week ahead.", "Small errand for you.",
    "I promised {p} I'd sort this out.", "{p} and I were talking about this yesterday.",
    "Trying to get organized.", "Weekend prep time.", "It's been a crazy morning.", "While I remember,",
    "I'm helping {p} with the move.", "Following up on the {topic}.",
)
_CANCEL = ("actually, scratch that.", "wait, never mind that.", "no, forget that.", "hmm, cancel that -",
           "on second thought, don't.", "actually no.")
_NO_PREFIX = frozenset({"my", "i", "i'm", "i'll", "i've", "i'd", "i'm,", "the", "this", "there's", "new", "tl;dr", "txt", "sms", "zoom", "reminder",
                        "calendar", "in", "today", "tomorrow", "tonight", "directions", "fwd", "short", "quick",
                        "can", "could", "would", "please", "pls"})
_QUESTION_WORDS = ("what", "how", "where", "who", "which", "do i", "can i", "is ", "are ", "will ", "why", "when")
_SUFFIXES = (".", ".", ".", "", "!", " please.", ", thanks!", " thx", ", ty", " asap.", " when you get a chance.")


@dataclass(frozen=True)
class Request:
    query: str
    plan: str
    tools: list[str]
    category: str
    intents: list[str]
    templates: list[str]
    features: frozenset[str]


def pick_intent(rng: random.Random) -> Intent:
    functions, weights = zip(*INTENTS)
    return rng.choices(functions, weights)[0]


def compose_request(rng: random.Random, now: datetime) -> Request:
    g = Gen(rng, now)
    if rng.random() < 0.07:
        clauses = [no_tool.no_tool(g)]
    else:
        count = rng.choices((1, 2, 3, 4), (0.45, 0.32, 0.16, 0.07))[0]
        g.spoken = rng.random() < 0.08
        clauses = _clauses(g, count)
    text = _join(g, clauses)
    noisy: NoiseResult = add_noise(rng, text, voice=g.spoken, protected=_entity_words(g.builder))
    if noisy.voice:
        g.features.add("voice")
    if noisy.typos:
        g.features.add("typo")
    tools = g.builder.tools
    return Request(noisy.text, g.builder.render(rng), tools, category(g.features, g.builder, clauses),
                   [c.intent for c in clauses], [c.template for c in clauses], frozenset(g.features))


_ENTITY_TOOLS = ("get_email_address", "get_phone_number", "open_and_get_file_path", "maps_open_location",
                 "maps_show_directions")


def _entity_words(builder: PlanBuilder) -> frozenset[str]:
    """Words of names, files, places and written addresses: noise never splits or misspells them."""
    words: set[str] = set()
    for node in builder.nodes:
        for arg in node.args:
            if isinstance(arg, str) and node.tool in _ENTITY_TOOLS:
                words |= entity_words(arg)
            if isinstance(arg, list):
                for item in arg:
                    words |= entity_words(item) if isinstance(item, str) else set()
    return frozenset(words)


def _clauses(g: Gen, count: int) -> list[Clause]:
    clauses: list[Clause] = []
    correction = g.rng.random() < 0.09
    if not correction and g.rng.random() < 0.07:
        person = g.person()
        g.intro = follow_up.intro(g, person)
        clauses.append(follow_up.follow_up(g, person))
    for position in range(len(clauses), count):
        if g.contacts and g.rng.random() < 0.2:
            clauses.append(follow_up.follow_up(g, g.rng.choice(g.contacts)))
            continue
        if g.groups and g.rng.random() < 0.15:
            clauses.append(follow_up.follow_up_group(g, g.groups[-1]))
            continue
        intent = pick_intent(g.rng)
        if correction and position == 0:
            if g.rng.random() < 0.35:
                clauses.append(_cancelled(g, intent))
                continue
            intent = g.rng.choice(_CORRECTABLE)
            g.allow_correction = True
        clauses.append(intent(g))
        g.allow_correction = False
    if g.rng.random() < 0.03:
        clauses.insert(g.rng.randrange(len(clauses) + 1), no_tool.no_tool(g))
    return clauses


def _cancelled(g: Gen, intent: Intent) -> Clause:
    """A clause the user takes back: its words stay in the request, its steps do not enter the plan."""
    g.features.add(CORRECTION)
    scratch = Gen(g.rng, g.now, PlanBuilder(), set(), g.spoken, False, g.people_used)
    dropped = pick_intent(g.rng)(scratch)
    kept = intent(g)
    text = f"{dropped.text}... {g.rng.choice(_CANCEL)} {first_upper(kept.text) if g.rng.random() < 0.5 else kept.text}"
    return Clause(text, kept.intent, "cancel+" + kept.template, dropped.sentence)


def _join(g: Gen, clauses: list[Clause]) -> str:
    rng = g.rng
    parts: list[str] = []
    for i, clause in enumerate(clauses):
        words = clause.text
        if i == 0:
            prefix = "" if clause.sentence or not _takes_prefix(words) else rng.choice(_PREFIXES)
            if prefix in _SELF_PREFIXES and " me " in f" {words[:24]} ":
                prefix = "Please "
            words = first_upper(prefix + words) if prefix else first_upper(words)
            parts.append(words)
            continue
        glue = rng.choice(_CONNECTIVES)
        if glue.endswith((". ", ": ", "\n")) or clause.sentence:
            glue = glue if not clause.sentence or glue.endswith((". ", "\n")) else ". "
            words = first_upper(words)
        parts.append(glue + words)
    text = _enumerated(g, clauses) if len(clauses) > 1 and rng.random() < 0.05 else "".join(parts)
    suffix = rng.choice(_SUFFIXES)
    if text.endswith(("?", ".", "!")):
        suffix = "" if rng.random() < 0.7 else " " + suffix.lstrip(" .,")
    text = (text + suffix).strip()
    if text.startswith(("Can you ", "Could you ", "Would you ")) and text.endswith("."):
        text = text[:-1] + "?"
    for awkward, plain in _AWKWARD:
        text = text.replace(awkward, plain)
    text = re.sub(r"\b([Aa]) (?=[aeioAEIO]\w)", r"\1n ", text)
    if rng.random() < 0.04:
        text = text.rstrip(".") + ". " + rng.choice(_TRAILERS)
    if g.intro:
        text = g.intro + " " + text
    elif rng.random() < 0.2:
        text = _context_sentence(g) + " " + text
    return text


def _enumerated(g: Gen, clauses: list[Clause]) -> str:
    """A to-do list style request: "A few things: 1) ... 2) ..." or one line per task."""
    head = g.rng.choice(("A few things: ", "To do: ", "Can you handle these: ", "", "Couple of tasks:\n"))
    if g.rng.random() < 0.5:
        return head + " ".join(f"{n}) {c.text}" for n, c in enumerate(clauses, 1))
    return head + "\n".join(f"- {c.text}" for c in clauses)


def _takes_prefix(words: str) -> bool:
    """Only an imperative clause takes "Please"/"Can you": not a question, a statement or a heading."""
    first = words.split(" ", 1)[0].lower()
    return not words.lower().startswith(_QUESTION_WORDS) and first not in _NO_PREFIX and not first.endswith(":")


def _context_sentence(g: Gen) -> str:
    g.features.add(CONTEXT)
    template = g.rng.choice(_CONTEXTS)
    if "{p}" in template:
        return template.format(p=g.mention(), city=city(g.rng), topic=topic(g.rng))
    return template.format(city=city(g.rng), topic=topic(g.rng))


def category(features: set[str], builder: PlanBuilder, clauses: list[Clause]) -> str:
    """One evaluation category per request, the most specific feature first."""
    if not builder.nodes:
        return "no_tool"
    for feature in (CORRECTION, "voice", "typo", ZOOM, PDF, ATTACHMENT, EXPLICIT, MENTION, CONTEXT, INDIRECT):
        if feature in features:
            return feature
    lookups = ("get_email_address", "get_phone_number", "open_and_get_file_path")
    actions = [n for n in builder.nodes if n.tool not in lookups]
    chained = any(builder.nodes[d].tool not in lookups for n in actions for d in n.deps())
    if len(actions) >= 2:
        return "multi" if chained or len(clauses) == 1 else "parallel"
    if any(n.deps() for n in actions) or chained:
        return "dependency"
    return RELATIVE if RELATIVE in features else "single"

"""Composes one request: 1-4 intents (follow-ups, corrections, cancelled clauses), framed, then noisy; its category."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from training.data.builder import PlanBuilder
from training.data.context import (
    ATTACHMENT,
    CONTEXT,
    CORRECTION,
    EXPLICIT,
    INDIRECT,
    MENTION,
    PDF,
    RELATIVE,
    ZOOM,
    Clause,
    Gen,
)
from training.data.framing import frame
from training.data.intents import (
    announce,
    calendar,
    contacts,
    files,
    follow_up,
    mail,
    maps,
    no_tool,
    notes,
    reads,
    reminders,
    removals,
    sms,
    zoom,
)
from training.data.intents.embedded import EMBEDDED
from training.data.intents.reads import READ, READ_SEND
from training.data.intents.removals import MOVE, REMOVAL
from training.data.noise import NoiseResult, add_noise, entity_words
from training.data.text import first_upper

Intent = Callable[[Gen], Clause]

INTENTS: tuple[tuple[Intent, float], ...] = (
    (mail.compose, 8), (mail.reply, 3), (mail.forward, 3), (sms.send_text, 8), (contacts.email_lookup, 1.5),
    (contacts.phone_lookup, 1.5), (contacts.share_contact, 0.6), (maps.show_place, 3), (maps.directions, 4),
    (files.open_file, 2), (files.summarize, 4.5), (notes.create, 3), (notes.append, 3), (notes.open_and_maybe_send, 3),
    (reminders.reminder, 7), (calendar.event, 4), (calendar.meeting, 5), (zoom.zoom, 5), (announce.announce, 2.5),
    *EMBEDDED,
)
_CORRECTABLE = (sms.send_text, maps.directions, files.open_file, reminders.reminder, calendar.event, calendar.meeting,
                mail.compose, zoom.zoom, notes.create, notes.append)
# COMPAT section 10's reads, removals and new contacts (generated only with `--reads`)
READ_INTENTS: tuple[tuple[Intent, float], ...] = (
    (reads.calendar_read, 6), (reads.mail_read, 5), (reads.reminder_read, 2.5), (reads.list_read, 1),
    (reads.passed_on, 2.5), (removals.cancel_event, 5), (removals.clear_time, 2), (removals.move_event, 2),
    (removals.complete, 3), (removals.remove_items, 3.5), (contacts.new_contact, 2.5),
)
_READ_KINDS = (MOVE, READ_SEND, REMOVAL, contacts.NEW_CONTACT, READ)  # the most specific first
_CANCEL = ("actually, scratch that.", "wait, never mind that.", "no, forget that.", "hmm, cancel that -",
           "on second thought, don't.", "actually no.")
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
    functions, weights = zip(*INTENTS, strict=True)
    return rng.choices(functions, weights)[0]


def compose_request(rng: random.Random, now: datetime, reads: float = 0.0) -> Request:
    """One request; with `reads` > 0 that share of requests asks a section-10 question or removal (no random
    draw is made when it is 0, so the default output stays byte-identical)."""
    g = Gen(rng, now)
    if reads and rng.random() < reads:
        clauses = _read_clauses(g)
    elif rng.random() < 0.07:
        clauses = [no_tool.no_tool(g)]
    else:
        count = rng.choices((1, 2, 3, 4), (0.52, 0.32, 0.13, 0.03))[0]
        g.spoken = rng.random() < 0.08
        clauses = _clauses(g, count)
    text = frame(g, clauses)
    noisy: NoiseResult = add_noise(rng, text, voice=g.spoken, protected=_entity_words(g.builder))
    if noisy.voice:
        g.features.add("voice")
    if noisy.typos:
        g.features.add("typo")
    tools = g.builder.tools
    kind = read_category(g.features, clauses) if reads else None
    return Request(noisy.text, g.builder.render(rng), tools, kind or category(g.features, g.builder, clauses),
                   [c.intent for c in clauses], [c.template for c in clauses], frozenset(g.features))


def _read_clauses(g: Gen) -> list[Clause]:
    """A read, removal or new contact, sometimes beside an ordinary errand or a second read ("what's on
    tomorrow, and remind me to call the bank at 5"). A spoken request never dictates a contact's number."""
    functions, weights = zip(*READ_INTENTS, strict=True)
    first: Intent = g.rng.choices(functions, weights)[0]
    g.spoken = first is not contacts.new_contact and g.rng.random() < 0.12
    clauses = [first(g)]
    roll = g.rng.random()
    if roll < 0.15:
        clauses.append(pick_intent(g.rng)(g))
    elif roll < 0.22:
        second: Intent = g.rng.choices(functions, weights)[0]
        if second is not contacts.new_contact:
            clauses.append(second(g))
    if len(clauses) > 1 and g.rng.random() < 0.4:
        clauses.reverse()
    return clauses


def read_category(features: set[str], clauses: list[Clause]) -> str | None:
    """The category of a request with a section-10 clause: its kind alone, or `read_multi` beside more."""
    kind = next((k for k in _READ_KINDS if k in features), None)
    if kind is None:
        return None
    return kind if len(clauses) == 1 else "read_multi"


_ENTITY_TOOLS = ("get_email_address", "get_phone_number", "open_and_get_file_path", "maps_open_location",
                 "maps_show_directions", "get_calendar_events", "delete_calendar_event", "find_emails",
                 "complete_reminder", "remove_note_content", "add_contact")


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
    last_people = last_groups = 0
    for position in range(len(clauses), count):
        # A pronoun only points back one clause, to the last person or group addressed there.
        recent_people, recent_groups = len(g.contacts), len(g.groups)
        if clauses and last_people < recent_people and g.rng.random() < 0.2:
            clauses.append(follow_up.follow_up(g, g.contacts[-1]))
            last_people, last_groups = recent_people, recent_groups
            continue
        if clauses and last_groups < recent_groups and g.rng.random() < 0.15:
            clauses.append(follow_up.follow_up_group(g, g.groups[-1]))
            last_people, last_groups = recent_people, recent_groups
            continue
        last_people, last_groups = recent_people, recent_groups
        intent = pick_intent(g.rng)
        if correction and position == 0:
            if g.rng.random() < 0.35:
                clauses.append(_cancelled(g, intent))
                continue
            intent = g.rng.choice(_CORRECTABLE)
            g.allow_correction = True
        clause = intent(g)
        if g.trailing_fix:
            clause = Clause(clause.text + g.trailing_fix, clause.intent, clause.template + "+narrowed", clause.sentence)
            g.trailing_fix = ""
        clauses.append(clause)
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
    kept_text = first_upper(kept.text) if g.rng.random() < 0.5 else kept.text
    text = f"{dropped.text}... {g.rng.choice(_CANCEL)} {kept_text}"
    return Clause(text, kept.intent, "cancel+" + kept.template, dropped.sentence)


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

"""Undoing: cancelling, clearing and moving events, ticking off reminders, striking items off a list (COMPAT
section 10). A removal plan never creates or sends anything; a move is the deletion then the new event.

An event is named by its distinctive words ("cancel my dentist appointment": query "dentist"); a clearing or a
cancelling of generic things ("clear my friday afternoon", "cancel all my meetings tomorrow", "cancel my 3pm")
has the query "". The range follows training/data/ranges.py; an event named with no time is looked for from now
to now + 7 days. A moved event keeps the words it was named with as its title and lasts the default hour.
"""

from __future__ import annotations

import re
from datetime import timedelta

from training.data.context import Clause, Gen, join_words
from training.data.dates import DATE_FORMAT
from training.data.pools.things import ERRAND_VERBS, NOTE_FOLDERS, note_name
from training.data.ranges import any_span, clock, clock_span, day_span, open_span, part_span, weekday_span
from training.data.text import first_upper, imperative, quoted, title

REMOVAL = "removal"
MOVE = "move"

_CANCEL = ("cancel my {thing} {text}", "cancel {whose} {thing}", "delete the {thing} {text} from my calendar",
           "remove {thing} {text} from the calendar", "get rid of my {thing} {text}", "scrap the {thing} {text}",
           "I can't make the {thing} {text}, cancel it", "take the {thing} {text} off my calendar",
           "{thing} {text} is off - delete it", "cancel {thing} {text} please", "kill the {thing} {text}",
           "drop {whose} {thing} from my calendar", "{thing} {text} got cancelled, take it off the calendar")
_CANCEL_OPEN = ("cancel my {thing}", "delete the {thing} from my calendar", "get rid of the {thing}",
                "I'm not going to {thing} anymore, cancel it", "remove my {thing} from the calendar",
                "cancel the upcoming {thing}")
_CANCEL_CLOCK = ("cancel my {text}", "cancel {whose} {noun} {generic}", "delete the {generic} at {text}",
                 "cancel the {noun} {thing}", "scrap my {generic} at {text}", "can you cancel my {text}",
                 "get rid of the {thing} at {text}", "cancel {whose} {noun} {thing}")
_CLEAR = ("clear my {noun}", "clear {text}", "cancel everything {text}", "cancel all my meetings {text}",
          "wipe my calendar {text}", "clear out my calendar for {noun}", "delete all my events {text}",
          "free up my {noun}", "i need {noun} clear, cancel everything", "remove everything on my calendar {text}")
_GENERIC = ("meeting", "appointment", "call", "thing", "mtg")
# (as said, the query): personal events and work meetings by their distinctive words
_EVENTS = (("dentist appointment", "dentist"), ("dentist", "dentist"), ("yoga class", "yoga"),
           ("haircut", "haircut"), ("piano lesson", "piano lesson"), ("book club", "book club"), ("physio", "physio"),
           ("vet appointment", "vet"), ("oil change", "oil change"), ("spin class", "spin"),
           ("guitar lesson", "guitar"), ("eye exam", "eye exam"), ("date night", "date night"),
           ("standup", "standup"), ("team lunch", "team lunch"),
           ("budget review", "budget review"), ("1:1", "1:1"), ("design sync", "design sync"),
           ("parent-teacher conference", "parent-teacher conference"), ("massage", "massage"),
           ("tennis lesson", "tennis"), ("car service", "car service"), ("therapy session", "therapy"))

_MOVE = ("move {whose} {thing} to {to}", "push my {thing} {text} to {to}", "reschedule the {thing} {text} to {to}",
         "can we move my {thing} {text} to {to}", "shift {whose} {thing} to {to}",
         "move the {thing} from {noun} to {to}", "bump {whose} {thing} to {to}", "{thing} {text} needs to move to {to}")

_DONE = ("mark {task} as done", "tick off {task}", "check off {task}", "complete the reminder to {task}",
         "mark the reminder {task} done", "done with {task}, mark it complete", "cross {task} off my reminders",
         "{task} is done", "you can check off {task}")
_DONE_OBJECT = ("mark the {obj} reminder done", "tick off the {obj} reminder", "the {obj} reminder is done",
                "complete my {obj} reminder", "check the {obj} one off my reminders")
_DONE_PAST = ("I {past} {obj}, mark it done", "{past} {obj} - check it off", "just {past} {obj}, tick it off",
              "i {past} {obj} so you can complete that reminder", "already {past} {obj}, mark the reminder done")
_PAST = {"buy": "bought", "pick up": "picked up", "pay": "paid", "renew": "renewed", "call": "called",
         "book": "booked", "water": "watered", "take out": "took out", "submit": "submitted", "return": "returned",
         "check": "checked", "cancel": "cancelled", "schedule": "scheduled", "send": "sent", "finish": "finished",
         "clean": "cleaned", "charge": "charged"}

# (as said, the note's name, items that belong on it)
_LISTS = (("shopping list", "Shopping list", "food"), ("grocery list", "Grocery list", "food"),
          ("groceries", "Groceries", "food"), ("packing list", "Packing list", "packing"),
          ("reading list", "Reading list", "books"))
_ITEMS = {"food": ("eggs", "milk", "oat milk", "bread", "bananas", "coffee", "rice", "onions", "butter", "cheese",
                   "spinach", "lemons", "olive oil", "yogurt", "pasta", "tomatoes", "apples", "chicken", "tofu"),
          "packing": ("sunscreen", "passport", "phone charger", "rain jacket", "hiking boots", "swim goggles",
                      "adapter", "toothbrush", "scarf", "headphones"),
          "books": ("Dune", "Middlemarch", "The Overstory", "Beloved", "Persepolis", "Kindred", "Stoner",
                    "Pachinko", "Circe")}
_STRIKE = ("take {items} off the {list}", "remove {items} from my {list}", "cross {items} off the {list}",
           "{items} can come off the {list}", "we have {items} now, take {them} off the {list}",
           "delete {items} from the {list}", "scratch {items} off my {list}", "no more {items} on the {list}",
           "got {items}, remove {them} from the {list}", "strike {items} from my {list}",
           "take {items} off my {list} please", "i bought {items} so take {them} off the {list}")
_STRIKE_NOTE = ("remove {items} from my {note} note", "delete the line {items} from the {note} note",
                "take {items} out of my {note} note", "cut {items} from {note}")


def _event(g: Gen) -> tuple[str, str]:
    said, query = g.pick(_EVENTS)
    if g.chance(0.15):
        person = g.person()
        return f"call with {person.said}", person.name
    return said, query


def _whose(g: Gen, whose: str) -> str:
    return whose or g.pick(("my", "the"))


def cancel_event(g: Gen) -> Clause:
    """delete_calendar_event for a named event on a day or part of a day, at a clock time, or with no time."""
    roll = g.rng.random()
    thing, query = _event(g)
    if roll < 0.55:
        span = day_span(g.rng, g.now) if g.chance(0.8) else part_span(g.rng, g.now)
        template, family, name = g.pick(_CANCEL), _CANCEL, "day"
        if "{whose}" in template and not span.whose:
            template = _CANCEL[0]
        text = template.format(thing=thing, text=span.text, whose=span.whose)
    elif roll < 0.8:
        span = clock_span(g.rng, g.now)
        template, family, name = g.pick(_CANCEL_CLOCK), _CANCEL_CLOCK, "clock"
        if "{thing}" not in template:
            query = ""
        text = template.format(text=span.text, noun=span.noun, whose=_whose(g, span.whose), thing=thing,
                               generic=g.pick(_GENERIC))
        if "{text}" not in template and not ("{whose}" in template and span.whose):
            text += " " + span.text.removeprefix(span.noun)  # the day, unless it is today and left unsaid
    else:
        span = open_span(g.now)
        template, family, name = g.pick(_CANCEL_OPEN), _CANCEL_OPEN, "open"
        text = template.format(thing=thing)
    g.builder.add("delete_calendar_event", query, *span.args)
    g.features.add(REMOVAL)
    return Clause(" ".join(text.split()), "delete_calendar_event", f"removals.cancel.{name}.{family.index(template)}",
                  not imperative(template))


def clear_time(g: Gen) -> Clause:
    """Everything in a stretch of time: "clear my friday afternoon" (query "")."""
    span = any_span(g.rng, g.now)
    template = g.pick(_CLEAR)
    g.builder.add("delete_calendar_event", "", *span.args)
    g.features.add(REMOVAL)
    text = template.format(text=span.text, noun=span.noun)
    return Clause(" ".join(text.split()), "delete_calendar_event", f"removals.clear.{_CLEAR.index(template)}",
                  not imperative(template))


def move_event(g: Gen) -> Clause:
    """"Move X to 4pm": delete X on its day, create X at the new time (same day, or another weekday)."""
    thing, query = g.pick(_EVENTS)
    old = weekday_span(g.rng, g.now) if g.chance(0.5) else day_span(g.rng, g.now)
    while old.start.date() == g.now.date():
        old = weekday_span(g.rng, g.now)
    said = clock(g.rng)
    day, to = old.start, said.text
    other = weekday_span(g.rng, g.now) if g.chance(0.35) else old
    if other.start != old.start:
        day, to = other.start, f"{other.noun} at {said.text}"
    start = day.replace(hour=said.hour, minute=said.minute)
    template = g.pick(_MOVE)
    if ("{whose}" in template and not old.whose) or ("from {noun}" in template and day == old.start):
        template = _MOVE[1]
    text = template.format(thing=thing, whose=old.whose, text=old.text, noun=old.noun, to=to)
    g.builder.add("delete_calendar_event", query, *old.args)
    g.builder.add("create_calendar_event", title(thing), start.strftime(DATE_FORMAT),
                  (start + timedelta(minutes=60)).strftime(DATE_FORMAT), "", [], "", "")
    g.features.add(MOVE)
    return Clause(" ".join(text.split()), "delete_calendar_event+create_calendar_event",
                  f"removals.move.{_MOVE.index(template)}", not imperative(template))


def complete(g: Gen) -> Clause:
    """complete_reminder by the errand's words, its object, or what the user says they did."""
    verb, objects = g.pick(ERRAND_VERBS)
    obj = g.pick(objects)
    bare = re.sub(r"^(the|my|an?) ", "", obj)
    roll = g.rng.random()
    if roll < 0.45:
        template, family = g.pick(_DONE), _DONE
        task = f"{verb} {obj}"
        text, name = template.format(task=quoted(g.rng, task) if "reminder" not in template else task), task
    elif roll < 0.7:
        template, family = g.pick(_DONE_OBJECT), _DONE_OBJECT
        text, name = template.format(obj=bare), bare
    else:
        template, family = g.pick(_DONE_PAST), _DONE_PAST
        text, name = template.format(past=_PAST[verb], obj=obj), f"{verb} {obj}"
    g.builder.add("complete_reminder", first_upper(name))
    g.features.add(REMOVAL)
    return Clause(text, "complete_reminder", f"removals.done.{len(family)}.{family.index(template)}",
                  not imperative(template))


def remove_items(g: Gen) -> Clause:
    """remove_note_content: items struck off a list or a named note, several items separated by commas."""
    folder = ""
    if g.chance(0.8):
        said, name, kind = g.pick(_LISTS)
        items = g.rng.sample(_ITEMS[kind], g.pick((1, 1, 1, 2, 2, 3)))
        template, family = g.pick(_STRIKE), _STRIKE
        text = template.format(items=join_words(g.rng, items), list=said, them="it" if len(items) == 1 else "them")
    else:
        name = note_name(g.rng)
        items = g.rng.sample(_ITEMS[g.pick(tuple(_ITEMS))], 1)
        template, family = g.pick(_STRIKE_NOTE), _STRIKE_NOTE
        text = template.format(items=items[0], note=quoted(g.rng, name))
        if g.chance(0.3):
            folder = g.pick(NOTE_FOLDERS)
            text += f" in {folder}"
    g.builder.add("remove_note_content", name, ", ".join(items), folder)
    g.features.add(REMOVAL)
    return Clause(text, "remove_note_content", f"removals.strike.{len(family)}.{family.index(template)}",
                  not imperative(template))

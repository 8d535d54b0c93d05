"""Reminders: a date without a time is 09:00, all-day is 00:00 with True, high priority is 1.

People in a reminder ("remind me to call Tom") are mentions, never lookups.
"""

from __future__ import annotations

from training.data.context import CORRECTION, Clause, Gen
from training.data.dates import DATE_FORMAT
from training.data.pools.things import REMINDER_LISTS, errand, note_line, person_errand
from training.data.text import first_upper

_WITH_DATE = (
    "remind me to {task} {when}", "set a reminder to {task} {when}", "{when}, remind me to {task}",
    "reminder please: {task}, {when}", "add a reminder for me to {task} {when}",
    "don't let me forget to {task} {when}", "make sure I remember to {task} {when}",
    "reminder: {task} {when}", "ping me {when} to {task}", "can you remind me {when} to {task}",
    "remind me {when} that I need to {task}", "set a reminder for {when} to {task}",
    "I have to {task} {when}, remind me",
    "nudge me {when} to {task}", "put a reminder in for {when}: {task}", "{when} I need to {task} - set a reminder",
    "add '{task}' to my reminders for {when}", "schedule a reminder to {task} {when}", "remind me {when}: {task}",
    "I need a reminder {when} to {task}", "alert me {when} to {task}", "buzz me {when} to {task}",
    "give me a shout {when} to {task}", "I'll forget to {task}, remind me {when}",
)
_NO_DATE = ("remind me to {task}", "add a reminder to {task}", "reminder to {task}", "new reminder: {task}",
            "I keep forgetting to {task}, make it a reminder", "I need to {task} at some point - reminder please",
            "don't let me forget to {task}", "put '{task}' on my reminders", "make a reminder to {task}")
_LIST = (" on my {list} list", " in the {list} list", " (list: {list})", " under {list}", " in {list}")
_PRIORITY = (" - high priority", ", mark it urgent", ", high priority", " and make it important", " (urgent)",
             ", flag it as high priority")
_ALL_DAY = (" as an all-day reminder", " all day", ", all-day", " for the whole day")


def reminder(g: Gen) -> Clause:
    task = person_errand(g.rng, g.mention()) if g.chance(0.22) else errand(g.rng)
    all_day = False
    if g.chance(0.12):
        template = g.pick(_NO_DATE)
        text, due = template.format(task=task), ""
        key = f"rem.nodate.{_NO_DATE.index(template)}"
    else:
        all_day = g.chance(0.1)
        moment = g.when(need_time=False if all_day else None)
        when_text = moment.text
        if g.allow_correction and moment.has_time and g.chance(0.5):
            g.features.add(CORRECTION)
            other = g.when(need_time=True)
            fix = g.pick(("no wait,", "sorry,", "actually no, make that", "scratch that,"))
            when_text = f"{other.text}, {fix} {moment.text}"
        template = g.pick(_WITH_DATE)
        text = template.format(task=task, when=when_text).replace(" for at ", " at ")
        due = moment.moment.replace(hour=0, minute=0).strftime(DATE_FORMAT) if all_day else moment.iso
        if all_day:
            text += g.pick(_ALL_DAY)
        key = f"rem.date.{_WITH_DATE.index(template)}"
    list_name = ""
    if g.chance(0.2):
        list_name = g.pick(REMINDER_LISTS)
        text += g.pick(_LIST).format(list=list_name)
    notes = ""
    if g.chance(0.06):
        notes = first_upper(note_line(g.rng))
        text += g.pick((" (note: {n})", " with the note '{n}'", ", add a note: {n}", " - notes: {n}")).format(n=notes)
    priority = 0
    if g.chance(0.12):
        priority = 1
        text += g.pick(_PRIORITY)
    g.builder.add("create_reminder", first_upper(task), due, notes, list_name, priority, all_day)
    return Clause(text, "create_reminder", key, template.startswith(("{when}", "I")))

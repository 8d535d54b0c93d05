"""Stretches of time a question or a removal is about (COMPAT section 10), phrased as people say them.

A day ("today", "tomorrow", a weekday, a date) is that day 00:00 to the next day 00:00; "this week" (or "the rest
of the week") is today 00:00 to the coming Monday 00:00; "next week" the coming Monday to the Monday after; "this
weekend" the coming Saturday 00:00 to Monday 00:00; a part of a day is 06-12, 12-18 or 18-24 of that day ("this
afternoon", "friday afternoon", "tonight"); nothing said is now to now + 7 days, and "my next ..." now to
now + 30 days. A clock time ("my 3pm") is the minute it starts: section 10 names no rule for it, and this is the
one agent/understanding/ranges.py documents. A bare weekday is never today (1-6 days ahead), "next Friday" the
coming Friday (1-7 days ahead, section 8), and "this weekend" is only said from Monday to Friday.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from training.data.dates import DATE_FORMAT, MONTHS, WEEKDAYS, ordinal

OPEN_AHEAD = timedelta(days=7)
NEXT_AHEAD = timedelta(days=30)
_PARTS = (("morning", 6, 12), ("afternoon", 12, 18), ("evening", 18, 24))


@dataclass(frozen=True)
class Span:
    """`text` follows a verb ("what do I have on Friday"), `noun` follows a preposition or a possessive ("what's
    on Friday", "clear my Friday afternoon"); `whose` is the day's possessive ("Friday's"), or "" when none sounds
    right. Both texts are "" for the open window."""

    text: str
    noun: str
    start: datetime
    end: datetime
    whose: str = ""

    @property
    def args(self) -> tuple[str, str]:
        return self.start.strftime(DATE_FORMAT), self.end.strftime(DATE_FORMAT)


def midnight(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def day_span(rng: random.Random, now: datetime) -> Span:
    """One day: today, tomorrow, the day after, a weekday 1-7 days ahead, or a date up to six weeks ahead."""
    today = midnight(now)
    roll = rng.random()
    if roll < 0.2:
        return _whole_day(rng.choice(("today", "today", "for today")), "today", today, "today's")
    if roll < 0.45:
        word = rng.choice(("tomorrow", "tomorrow", "tmrw"))
        return _whole_day(word, word, today + timedelta(days=1), f"{word}'s")
    if roll < 0.5:
        return _whole_day("the day after tomorrow", "the day after tomorrow", today + timedelta(days=2))
    if roll < 0.85:
        return weekday_span(rng, now)
    day = today + timedelta(days=rng.randint(2, 40))
    month = MONTHS[day.month - 1]
    forms = [f"{month} {day.day}", f"{month[:3]} {day.day}", f"the {ordinal(day.day)} of {month}",
             f"{day.month}/{day.day}"]
    if (day - today).days < 27:
        forms.append(f"the {ordinal(day.day)}")
    noun = rng.choice(forms)
    return _whole_day(f"on {noun}", noun, day)


def weekday_span(rng: random.Random, now: datetime) -> Span:
    """A weekday: bare, "this" or "on" 1-6 days ahead (never today); "next" 1-7 days ahead."""
    today = midnight(now)
    if rng.random() < 0.25:
        day = today + timedelta(days=rng.randint(1, 7))
        name = WEEKDAYS[day.weekday()]
        noun = f"next {name}"
        return _whole_day(noun, noun, day, f"next {name}'s")
    day = today + timedelta(days=rng.randint(1, 6))
    name = WEEKDAYS[day.weekday()]
    noun = rng.choice((name, name, name.lower(), f"this {name}", name[:3]))
    text = rng.choice((f"on {noun}", noun)) if not noun.startswith("this") else noun
    return _whole_day(text, noun, day, f"{noun}'s")


def _whole_day(text: str, noun: str, day: datetime, whose: str = "") -> Span:
    return Span(text, noun, day, day + timedelta(days=1), whose)


def part_span(rng: random.Random, now: datetime) -> Span:
    """Part of a day: "this afternoon", "tonight", "tomorrow morning", "on Friday evening"."""
    part, first, last = rng.choice(_PARTS)
    today = midnight(now)
    roll = rng.random()
    if roll < 0.4:
        noun = "tonight" if part == "evening" and rng.random() < 0.5 else f"this {part}"
        return Span(noun, noun, today + timedelta(hours=first), today + timedelta(hours=last))
    if roll < 0.65:
        word = rng.choice(("tomorrow", "tomorrow", "tmrw"))
        day, noun, text = today + timedelta(days=1), f"{word} {part}", f"{word} {part}"
    else:
        weekday = weekday_span(rng, now)
        day, noun = weekday.start, f"{weekday.noun} {part}"
        text = noun if noun.startswith(("this", "next")) or rng.random() < 0.5 else f"on {noun}"
    return Span(text, noun, day + timedelta(hours=first), day + timedelta(hours=last))


def week_span(rng: random.Random, now: datetime) -> Span:
    """This week, the rest of the week, next week, or this weekend (only said on a weekday)."""
    today = midnight(now)
    monday = today + timedelta(days=7 - today.weekday())
    roll = rng.random()
    if roll < 0.35:
        noun = rng.choice(("this week", "this week", "the rest of the week"))
        return Span(noun, noun, today, monday)
    if roll < 0.65 or today.weekday() >= 5:
        return Span("next week", "next week", monday, monday + timedelta(days=7))
    return Span("this weekend", "this weekend", monday - timedelta(days=2), monday)


def open_span(now: datetime, ahead: timedelta = OPEN_AHEAD) -> Span:
    """Nothing said: from now (to the minute) for a week, or a month for "my next ...". """
    start = now.replace(second=0, microsecond=0)
    return Span("", "", start, start + ahead)


def any_span(rng: random.Random, now: datetime) -> Span:
    """A day, a part of a day or a week, as a question or a removal names it."""
    roll = rng.random()
    if roll < 0.6:
        return day_span(rng, now)
    if roll < 0.8:
        return part_span(rng, now)
    return week_span(rng, now)


@dataclass(frozen=True)
class Clock:
    """A time of day as said ("3pm", "10:30", "noon") and what it means (bare hours 1-6 are pm, 7-11 am)."""

    text: str
    hour: int
    minute: int


def clock(rng: random.Random) -> Clock:
    hour = rng.randint(8, 18)
    minute = rng.choice((0, 0, 0, 30, 30, 15))
    hour12 = hour % 12 or 12
    digits = str(hour12) if minute == 0 else f"{hour12}:{minute:02d}"
    roll = rng.random()
    if hour == 12 and minute == 0 and roll < 0.3:
        return Clock("noon", 12, 0)
    if roll < 0.35 and (hour12 <= 6 or 7 <= hour <= 11):
        return Clock(digits if minute or rng.random() < 0.5 else f"{hour12} o'clock", hour, minute)
    mark = rng.choice(("pm", "pm", " pm", "PM")) if hour >= 12 else rng.choice(("am", "am", " am", "AM"))
    return Clock(digits + mark, hour, minute)


def clock_span(rng: random.Random, now: datetime) -> Span:
    """A clock time on a day, the minute it starts: "3pm" (today, still ahead), "10:30 tomorrow", "2pm on Friday".
    `text` and `noun` carry the time, `whose` the day ("" when the day is today and not said)."""
    said = clock(rng)
    today = midnight(now)
    day = day_span(rng, now) if rng.random() < 0.6 else _whole_day("today", "today", today, "today's")
    if day.start == today:
        day = _whole_day("today", "today", today, "today's")
    start = day.start.replace(hour=said.hour, minute=said.minute)
    if start <= now:
        day = _whole_day("tomorrow", "tomorrow", today + timedelta(days=1), "tomorrow's")
        start += timedelta(days=1)
    end = start + timedelta(minutes=1)
    if day.start == today and rng.random() < 0.6:
        return Span(said.text, said.text, start, end)
    return Span(f"{said.text} {day.text}", said.text, start, end, day.whose)

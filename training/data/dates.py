"""Relative and absolute date/time phrases, resolved against the request's `now`.

Conventions (COMPAT section 8): "next Tuesday" is the coming Tuesday; a date without a time is 09:00; a bare
hour 1-6 means the afternoon, 7-11 the morning; a time without a day is today if still ahead, else tomorrow.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve")
_MINUTE_WORDS = {10: "ten", 15: "fifteen", 20: "twenty", 30: "thirty", 45: "forty five"}
_FROM_NOW = (("in an hour", 60), ("in 2 hours", 120), ("in two hours", 120), ("in 30 minutes", 30),
             ("in half an hour", 30), ("in 45 minutes", 45), ("in 90 minutes", 90), ("in three hours", 180),
             ("in 20 mins", 20), ("an hour from now", 60), ("in 15 minutes", 15), ("in 4 hours", 240))
_PARTS_OF_DAY = (("morning", 9, 0), ("in the morning", 9, 0), ("afternoon", 15, 0), ("in the afternoon", 15, 0),
                 ("evening", 19, 0), ("night", 19, 0), ("at noon", 12, 0), ("at lunchtime", 12, 0),
                 ("at midday", 12, 0), ("end of day", 17, 0), ("first thing", 8, 0))


@dataclass(frozen=True)
class When:
    """A phrase and the moment it means; `has_time` is False when only a day was said (09:00 is used)."""

    text: str
    moment: datetime
    has_time: bool
    relative: bool

    @property
    def iso(self) -> str:
        return self.moment.strftime(DATE_FORMAT)


def plus_minutes(moment: datetime, minutes: int) -> str:
    return (moment + timedelta(minutes=minutes)).strftime(DATE_FORMAT)


def random_now(rng: random.Random) -> datetime:
    start = datetime(2025, 1, 1)
    day = start + timedelta(days=rng.randint(0, 365 * 3))
    return day.replace(hour=rng.randint(7, 21), minute=rng.choice((0, 0, 5, 10, 15, 20, 30, 40, 45, 50)))


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spoken_number(n: int) -> str:
    return _WORDS[n] if n < len(_WORDS) else str(n)


def _day(rng: random.Random, now: datetime) -> tuple[str, datetime, bool]:
    """(phrase, date at midnight, relative?) for a day from today up to ~2 months ahead."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    roll = rng.random()
    if roll < 0.12:
        return rng.choice(("today", "today", "later today")), today, True
    if roll < 0.3:
        return rng.choice(("tomorrow", "tomorrow", "tmrw", "tomorrow")), today + timedelta(days=1), True
    if roll < 0.34:
        return "the day after tomorrow", today + timedelta(days=2), True
    if roll < 0.6:
        ahead = rng.randint(1, 7)
        target = today + timedelta(days=ahead)
        name = WEEKDAYS[target.weekday()]
        short = _WEEKDAY_SHORT[target.weekday()]
        form = rng.choice((name, f"on {name}", f"this {name}", f"next {name}", name.lower(), short,
                           f"on {short}", f"this coming {name}"))
        if ahead == 7 and form.startswith("this"):
            form = f"next {name}"
        return form, target, True
    if roll < 0.7:
        ahead = rng.choice((2, 3, 4, 5, 10, 14))
        form = {2: "in two days", 3: rng.choice(("in 3 days", "in three days")), 4: "in 4 days",
                5: "in five days", 10: "in 10 days", 14: rng.choice(("in two weeks", "two weeks from today"))}[ahead]
        if rng.random() < 0.15 and ahead == 14:
            form = "in a fortnight"
        return form, today + timedelta(days=ahead), True
    if roll < 0.74:
        return rng.choice(("in a week", "a week from today", "one week from now")), today + timedelta(days=7), True
    target = today + timedelta(days=rng.randint(2, 60))
    month, short_month = MONTHS[target.month - 1], MONTHS[target.month - 1][:3]
    day_n = target.day
    forms = [f"{month} {day_n}", f"{short_month} {day_n}", f"{month} {ordinal(day_n)}", f"{day_n} {month}",
             f"the {ordinal(day_n)} of {month}", f"{target.month}/{day_n}", f"{short_month}. {day_n}",
             f"{WEEKDAYS[target.weekday()]}, {month} {day_n}",
             f"{_WEEKDAY_SHORT[target.weekday()]} {short_month} {day_n}"]
    if (target - today).days < 27:
        forms += [f"the {ordinal(day_n)}", f"on the {ordinal(day_n)}",
                  f"{WEEKDAYS[target.weekday()]} the {ordinal(day_n)}"]
    return rng.choice(forms), target, False


def _clock(rng: random.Random, spoken: bool) -> tuple[str, int, int]:
    """(phrase, hour 0-23, minute) for an explicit time of day."""
    pm = rng.random() < 0.6
    hour12 = rng.choice((12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) if pm else rng.randint(6, 11)
    minute = rng.choice((0, 0, 0, 0, 30, 30, 15, 45, 10, 20))
    if spoken:
        words = spoken_number(hour12) + ("" if minute == 0 else " " + _MINUTE_WORDS[minute])
        suffix = rng.choice((" pm", " in the evening")) if pm else rng.choice((" am", " in the morning"))
        return words + suffix, hour12 % 12 + (12 if pm else 0), minute
    roll = rng.random()
    hour24 = hour12 % 12 + (12 if pm else 0)
    if roll < 0.15:
        return f"{hour24:02d}:{minute:02d}", hour24, minute
    if roll < 0.25 and minute in (15, 30, 45):
        said = {15: f"quarter past {hour12}", 30: f"half past {hour12}", 45: f"quarter to {hour12 % 12 + 1}"}
        bare_pm = 1 <= hour12 <= 6 or hour12 == 12
        hour24 = hour12 % 12 + (12 if bare_pm else 0)
        return said[minute], hour24, minute
    if roll < 0.35:
        # A bare hour: 1-6 afternoon, 7-11 morning, 12 noon.
        bare = 12 if hour12 == 12 else hour12 + (12 if hour12 <= 6 else 0)
        return (str(hour12) if minute == 0 else f"{hour12}:{minute:02d}"), bare, minute
    mark = rng.choice(("pm", "pm", " pm", " p.m.", "PM")) if pm else rng.choice(("am", "am", " am", " a.m.", "AM"))
    clock = str(hour12) if minute == 0 and rng.random() < 0.7 else f"{hour12}:{minute:02d}"
    if hour12 == 12 and minute == 0 and rng.random() < 0.5:
        return ("noon", 12, 0) if pm else ("midnight", 0, 0)
    return clock + mark, hour24, minute


def when(rng: random.Random, now: datetime, *, need_time: bool | None = None, spoken: bool = False) -> When:
    """A future moment phrased as a person would; need_time None lets it be day-only sometimes."""
    with_time = need_time if need_time is not None else rng.random() < 0.75
    if with_time and rng.random() < 0.05:
        text, minutes = rng.choice(_FROM_NOW)
        return When(text, now + timedelta(minutes=minutes), True, True)
    day_text, day, relative = _day(rng, now)
    if day_text == "later today" and not with_time:
        day_text = "today"
    if not with_time:
        if day.replace(hour=9) <= now:
            day_text, day = "tomorrow", day + timedelta(days=1)
        return When(day_text, day.replace(hour=9), False, relative)
    if rng.random() < 0.15 and not day_text.startswith(("later", "in ", "a week", "one week", "two", "the day")):
        return _part_of_day(rng, now, day_text, day, relative)
    clock, hour, minute = _clock(rng, spoken)
    moment = day.replace(hour=hour, minute=minute)
    at = "" if clock.startswith(("half", "quarter", "noon", "midnight")) and rng.random() < 0.5 else "at "
    if day_text in ("today", "later today") and moment <= now:
        day_text, moment = "tomorrow", moment + timedelta(days=1)
    if day_text == "today" and rng.random() < 0.5 and moment > now:
        return When(f"{at}{clock}", moment, True, True)
    text = rng.choice((f"{day_text} {at}{clock}", f"{at}{clock} {day_text}", f"{day_text}, {at}{clock}"))
    if day_text == "today" and hour >= 19 and rng.random() < 0.5:
        text = f"tonight {at}{clock}"
    return When(text.strip(), moment, True, relative)


def _part_of_day(rng: random.Random, now: datetime, day_text: str, day: datetime, relative: bool) -> When:
    part, hour, minute = rng.choice(_PARTS_OF_DAY)
    moment = day.replace(hour=hour, minute=minute)
    if day_text == "today":
        if moment <= now:
            day_text, moment = "tomorrow", moment + timedelta(days=1)
        else:
            bare = part.removeprefix("in the ")
            this = {"night": "tonight", "morning": "this morning", "afternoon": "this afternoon",
                    "evening": "this evening"}.get(bare)
            return When(this or f"today {part}", moment, True, True)
    if part.startswith(("in ", "at ")) and rng.random() < 0.5:
        return When(f"{part} {day_text}", moment, True, relative)
    return When(f"{day_text} {part}", moment, True, relative)


def duration(rng: random.Random, spoken: bool = False) -> tuple[str, int]:
    """(phrase, minutes) such as ('for 45 minutes', 45) or ('an hour and a half', 90)."""
    minutes = rng.choice((15, 20, 30, 30, 45, 60, 60, 90, 120, 180))
    forms = {
        15: ("for 15 minutes", "15-minute", "quick 15 min", "fifteen minute"),
        20: ("for 20 minutes", "20-minute", "20 min"),
        30: ("for 30 minutes", "30-minute", "half-hour", "for half an hour", "30 min"),
        45: ("for 45 minutes", "45-minute", "45 min", "forty-five minute"),
        60: ("for an hour", "one-hour", "for 1 hour", "hour-long", "60-minute"),
        90: ("for an hour and a half", "90-minute", "for 90 minutes", "1.5 hour"),
        120: ("for two hours", "2-hour", "for 2 hours", "two-hour"),
        180: ("for three hours", "3-hour", "for 3 hrs"),
    }[minutes]
    text = rng.choice(forms)
    if spoken:
        text = text.replace("15", "fifteen").replace("30", "thirty").replace("45", "forty five").replace("90", "ninety")
    return text, minutes

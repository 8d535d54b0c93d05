"""The stretch of time a question or a removal is about, resolved against the clock (COMPAT section 10).

    resolve_range("what's on my calendar tomorrow", now)   # Range(tomorrow 00:00, the day after 00:00)

A day ("today", "tomorrow", a weekday, a date) is that day from 00:00 to the next day's 00:00; "this week" is
today 00:00 to the coming Monday; "next week" the coming Monday to the Monday after; "this weekend" the coming
Saturday to Monday; "this morning/afternoon/evening" today 06-12, 12-18, 18-24; a clock time ("my two o'clock")
the minute it starts; nothing stated: now to now + 7 days (30 days for "my next meeting"). Days and clock
times are read by agent/understanding/dates.py, so a weekday means the same day here as in a new event; the few
holidays people name as days ("christmas day", "new year's eve") are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from agent.understanding.dates import day_and_clock, today_or_tomorrow
from agent.understanding.numbers import spoken_numbers_as_digits
from agent.understanding.scope import spoken_form

_PARTS = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "tonight": (18, 24), "night": (18, 24)}
# "the meeting at noon", "my midday call": a clock time that dates.py does not read
_NOON = re.compile(r"\b(?:(?:12|twelve)\s+)?(?:noon|midday)\b")
# "my next meeting with tom", "when am i seeing ana next"; not "what's next on my calendar" or "coming up"
_NEXT = re.compile(r"\b(next|soonest|first)\b(?!\s+(on|up|week|month|weekend|mon|tue|wed|thu|fri|sat|sun))")
_DEFAULT_AHEAD = timedelta(days=7)
# Spoken without the apostrophe: "tomorrows meeting", "fridays lunch" (dates.py reads "tomorrow's").
_DAY_POSSESSIVE = re.compile(r"\b(today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
                             r"sunday)s\b", re.IGNORECASE)
# "my three thirty meeting" is a clock time that numbers.py leaves as "my 3 30" (no "at" or "pm" before or after it)
_NAMED_CLOCK = re.compile(r"\b(my|the|our)\s+(1[0-2]|[1-9])\s+([0-5]\d)\b")
_HOLIDAYS = ((re.compile(r"\bchristmas\s+eve\b"), 12, 24), (re.compile(r"\bchristmas\b|\bxmas\b"), 12, 25),
             (re.compile(r"\bnew\s+year'?s?\s+eve\b"), 12, 31), (re.compile(r"\bnew\s+year'?s?(?:\s+day)?\b"), 1, 1))
_NEXT_AHEAD = timedelta(days=30)
# "the next three days" (from today), "in two days" (that day); "a couple of" days are two, "a few" three
_FEW_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5}
_DAYS_AHEAD = re.compile(r"\b(?:(?P<next>next|coming)|in)\s+(?P<count>\d+|two|three|four|five|(?:a\s+)?few|"
                         r"(?:a\s+)?couple(?:\s+of)?)\s+days\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# A month named without a day: "show my calendar for december", "anything in january"
_MONTH = re.compile(rf"\b(?:in|for|during|of|on)\s+({'|'.join(_MONTHS)})\b")


@dataclass(frozen=True)
class Range:
    start: datetime
    end: datetime
    stated: bool = True  # False: the request named no time, this is the default window

    def planner_args(self) -> tuple[str, str]:
        return f"{self.start:%Y-%m-%d %H:%M:%S}", f"{self.end:%Y-%m-%d %H:%M:%S}"


def resolve_range(text: str, now: datetime) -> Range:
    text = _NOON.sub("12 pm", spoken_form(text))
    text = _NAMED_CLOCK.sub(r"\1 \2:\3", spoken_numbers_as_digits(_DAY_POSSESSIVE.sub(r"\1's", text)))
    lowered = text
    today = now.date()
    week = _week_range(lowered, today)
    if week is not None:
        return week
    ahead = _DAYS_AHEAD.search(lowered)
    if ahead is not None:
        said = ahead.group("count")
        days = int(said) if said.isdigit() else _FEW_DAYS.get(said.split()[-1], 2 if "couple" in said else 3)
        return _days(today, days) if ahead.group("next") else _days(today + timedelta(days=days), 1)
    if re.search(r"\brest\s+of\s+(?:the\s+|my\s+)?(?:day|today)\b", lowered):
        return Range(now.replace(second=0, microsecond=0), datetime.combine(today + timedelta(days=1), time()))
    if re.search(r"\byesterday\b", lowered):
        return _days(today - timedelta(days=1), 1)
    day, clock = day_and_clock(text, now)
    month = _MONTH.search(lowered)
    if day is None and clock is None and month is not None:
        return _month(_MONTHS.index(month.group(1)) + 1, today)
    day = day or _holiday(lowered, today) or (today if re.search(r"\bmy\s+day\b", lowered) else None)
    part = next((hours for word, hours in _PARTS.items() if re.search(rf"\b{word}\b", lowered)), None)
    if day is None and part is not None and re.search(r"\b(this|tonight)\b", lowered):
        day = today
    if day is not None:
        if clock is not None:
            start = datetime.combine(day, clock[0])
            end = datetime.combine(day, clock[1]) if clock[1] is not None else start + timedelta(minutes=1)
            return Range(start, end if end > start else end + timedelta(days=1))
        if part is not None:
            return Range(_at(day, part[0]), _at(day, part[1]))
        return _days(day, 1)
    if clock is not None:
        start = datetime.combine(today_or_tomorrow(now, clock[0]), clock[0])
        return Range(start, start + timedelta(minutes=1))
    start = now.replace(second=0, microsecond=0)
    return Range(start, start + (_NEXT_AHEAD if _NEXT.search(lowered) else _DEFAULT_AHEAD), stated=False)


def _week_range(lowered: str, today: date) -> Range | None:
    monday = today + timedelta(days=7 - today.weekday())
    if re.search(r"\bnext\s+week\b", lowered):
        return _days(monday, 7)
    if re.search(r"\b(this|the|rest\s+of\s+the)\s+week\b(?!end)", lowered):
        return Range(datetime.combine(today, time()), datetime.combine(monday, time()))
    if re.search(r"\bweekend\b", lowered):
        saturday = today + timedelta(days=(5 - today.weekday() - 1) % 7 + 1)
        return _days(saturday, 2)
    if re.search(r"\bnext\s+month\b", lowered):
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        return Range(datetime.combine(first, time()),
                     datetime.combine((first + timedelta(days=32)).replace(day=1), time()))
    if re.search(r"\bthis\s+month\b", lowered):
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        return Range(datetime.combine(today, time()), datetime.combine(first, time()))
    return None


def _holiday(lowered: str, today: date) -> date | None:
    """The next (or today's) Christmas Eve, Christmas Day, New Year's Eve or New Year's Day the request names."""
    for pattern, month, day in _HOLIDAYS:
        if pattern.search(lowered):
            this_year = date(today.year, month, day)
            return this_year if this_year >= today else date(today.year + 1, month, day)
    return None


def _month(number: int, today: date) -> Range:
    """The named month this year, from today when it is this month; next year's once it has passed."""
    year = today.year if number >= today.month else today.year + 1
    first = date(year, number, 1)
    after = date(year + number // 12, number % 12 + 1, 1)
    return Range(datetime.combine(max(first, today), time()), datetime.combine(after, time()))


def _days(first: date, count: int) -> Range:
    return Range(datetime.combine(first, time()), datetime.combine(first + timedelta(days=count), time()))


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time()) + timedelta(hours=hour)

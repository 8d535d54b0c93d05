"""Dates and times in a request, resolved against the session's clock before any model writes one.

    resolve_dates("dinner saturday 6 to 9", now).moment   # Moment(start=Sat 18:00, end=Sat 21:00)

parsedatetime (a maintained parser, chosen by the table in docs/adr/date-resolution.md) finds calendar dates
such as "Dec 14th" and "5 December" and offsets such as "in 2 hours"; the rest is COMPAT section 8's conventions,
written here once: a weekday is the coming one, never today ("next tuesday" too); "this weekend" is the coming
Saturday; a date without a clock time is 09:00, "morning" 09:00, "noon"/"lunchtime" 12:00, "afternoon" 15:00,
"evening"/"tonight" 19:00, "end of the day" 17:00; a bare hour from 1 to 7 is in the afternoon; a date already
past this year is next year's; ranges ("6 to 9", "from 2-3:30") and durations ("for an hour and a half",
"45 min") give the end.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import parsedatetime

from agent.understanding.numbers import spoken_numbers_as_digits

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty five": 45,
    "forty-five": 45, "fifty": 50, "ninety": 90, "a": 1, "an": 1,
}
_PARTS_OF_DAY = {"morning": time(9), "noon": time(12), "midday": time(12), "lunchtime": time(12),
                 "lunch": time(12), "afternoon": time(15), "evening": time(19), "tonight": time(19),
                 "night": time(19), "end of the day": time(17), "end of day": time(17), "eod": time(17),
                 "midnight": time(0)}
_COUNT_WORD = "(" + "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)) + ")"
_WORD_AND_MINUTES = re.compile(rf"\b{_COUNT_WORD}\s+(thirty|fifteen|forty five|forty-five)\b")
_WORD_BEFORE_UNIT = re.compile(rf"\b{_COUNT_WORD}\b(?=\s*(?:am|pm|o'?\s?clock|minutes?|mins?|hours?|to\b|-))")
_AT_WORD = re.compile(rf"\bat\s+{_COUNT_WORD}\b")
_O_CLOCK = re.compile(r"\b(\d{1,2})\s*o'?\s?clock\b")
_CLOCK = r"(\d{1,2})(?::(\d{2})|\.(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
_RANGE = re.compile(rf"\b(?:from\s+)?{_CLOCK}\s*(?:to|-|–|until|till)\s*{_CLOCK}(?![\d/])")
_AT = re.compile(rf"(?:\bat|@)\s*{_CLOCK}\b"
                 rf"|\b(\d{{1,2}})(?::(\d{{2}}))?\s*(am|pm|a\.m\.|p\.m\.)|\b(\d{{1,2}}):(\d{{2}})\b")
_DURATION = re.compile(r"\b(?:for\s+)?(\d+|an?|one|two|three|four|five|half an?)\s*[- ]?"
                       r"(hours?|hrs?|minutes?|mins?)\b(\s+and\s+a\s+half)?")
_HALF_HOUR = re.compile(r"\bhalf an hour\b")
_OFFSET_AMOUNT = r"(\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty five|half an)"
_OFFSET_UNIT = r"(minutes?|mins?|hours?|hrs?|days?|weeks?)"
_IN_OFFSET = re.compile(rf"\bin\s+{_OFFSET_AMOUNT}\s+{_OFFSET_UNIT}\b"
                        rf"|\b{_OFFSET_AMOUNT}\s+{_OFFSET_UNIT}\s+from\s+(?:today|now)\b")
_CALENDAR_DATE = re.compile(
    r"\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b")
_DAY_OF_MONTH = re.compile(r"\bthe\s+(\d{1,2})(st|nd|rd|th)\b")
_SAME_DAY_PARTS = re.compile(r"\b(end of (the )?day|eod|noon|midnight)\b")
_SECOND_MOMENT = re.compile(r"\b(the (night|day|morning|evening|week) before|that (morning|afternoon|evening|night|day)"
                            r"|the day after|before (it|the|that)|actually|oh wait|no wait|i mean)\b")
_DAY_WORDS = re.compile(rf"\b(today|tonight|tomorrow|{_WEEKDAY})\b")


@dataclass(frozen=True)
class Moment:
    """One point or span in time a request names: its start, its end when the request gives one (a range or a
    duration), and whether the clock time was stated or is a convention's default."""

    start: datetime
    end: datetime | None = None
    time_stated: bool = True

    @property
    def minutes(self) -> int | None:
        return None if self.end is None else int((self.end - self.start).total_seconds() // 60)


@dataclass(frozen=True)
class DateResolution:
    """What a request says about when: its one moment, or that it names several (or takes one back), in which
    case no single moment stands for the whole request."""

    moment: Moment | None
    several: bool = False


def resolve_dates(text: str, now: datetime, *, spoken_numbers: bool = True) -> DateResolution:
    """The moment a request names. A request that names several days or clock times, or corrects itself ("Dec
    15 at 6:30, and remind me the night before", "at 3 - actually 3:30"), is marked `several` and left alone.
    `spoken_numbers` first writes number words as digits (numbers.py); off only to measure that step."""
    lowered = _words_to_digits(spoken_numbers_as_digits(text.lower()) if spoken_numbers else text.lower())
    if _several(lowered):
        return DateResolution(None, several=True)
    return DateResolution(_moment(lowered, now))


def day_and_clock(text: str, now: datetime) -> tuple[date | None, tuple[time, time | None] | None]:
    """The day and the clock time (with an end, for a range) a text names, each None when it names none; the
    same conventions as `resolve_dates` (agent/understanding/ranges.py builds search ranges on it)."""
    lowered = _words_to_digits(spoken_numbers_as_digits(text.lower()))
    return _day(lowered, now), _clock(lowered)


def today_or_tomorrow(now: datetime, at: time) -> date:
    """A time with no day: today if it is still ahead, else tomorrow."""
    return now.date() if at > now.time() else now.date() + timedelta(days=1)


def _moment(lowered: str, now: datetime) -> Moment | None:
    offset = _offset(lowered, now)
    if offset is not None:
        return offset
    day = _day(lowered, now)
    clock = _clock(lowered)
    if day is None and clock is None:
        part = _part_of_day(lowered) if _SAME_DAY_PARTS.search(lowered) else None
        return None if part is None else Moment(datetime.combine(today_or_tomorrow(now, part), part))
    if clock is None:
        part = _part_of_day(lowered)
        start_time, stated = (part, True) if part is not None else (time(9), False)
        end = None
    else:
        start_time, end = clock
        stated = True
    start_day = day if day is not None else today_or_tomorrow(now, start_time)
    start = datetime.combine(start_day, start_time)
    end_at = datetime.combine(start_day, end) if end is not None else None
    if end_at is not None and end_at <= start:
        end_at += timedelta(days=1)
    if end_at is None:
        minutes = _duration(lowered)
        end_at = start + timedelta(minutes=minutes) if minutes else None
    return Moment(start, end_at, stated)


def _several(text: str) -> bool:
    """True when the request names more than one day or clock time, or takes one back."""
    if _SECOND_MOMENT.search(text):
        return True
    days = {m.group(0)[:3] for m in _DAY_WORDS.finditer(text)}
    dates = {m.group(0) for m in _CALENDAR_DATE.finditer(text)}
    return len(days) > 1 or len(dates) > 1 or len(_all_clocks(text)) > 1


def _all_clocks(text: str) -> list[tuple[time, time | None]]:
    """Every separate clock time (a range counts once)."""
    found = []
    rest = text
    while (clock := _clock(rest)) is not None:
        found.append(clock)
        match = _RANGE.search(rest)
        span = match if match is not None and _looks_like_hours(match) else _AT.search(rest)
        if span is None:
            break
        rest = rest[span.end():]
    return found


def _words_to_digits(text: str) -> str:
    """Number words that name a clock time or a count in digits: "six thirty" -> "6:30", "three pm" -> "3 pm"."""
    text = _WORD_AND_MINUTES.sub(lambda m: f"{_NUMBER_WORDS[m.group(1)]}:{_NUMBER_WORDS[m.group(2)]:02d}", text)
    text = _WORD_BEFORE_UNIT.sub(lambda m: str(_NUMBER_WORDS[m.group(1)]), text)
    text = _AT_WORD.sub(lambda m: f"at {_NUMBER_WORDS[m.group(1)]}", text)
    return _O_CLOCK.sub(r"\1:00", text)


def _offset(text: str, now: datetime) -> Moment | None:
    match = _IN_OFFSET.search(text)
    if match is None:
        return None
    amount_text, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    amount = 0.5 if amount_text.startswith("half") else _NUMBER_WORDS.get(amount_text) or int(amount_text)
    if unit.startswith(("day", "week")):
        days = amount * (7 if unit.startswith("week") else 1)
        clock = _clock(text)
        at = clock[0] if clock else time(9)
        return Moment(datetime.combine(now.date() + timedelta(days=int(days)), at), None, clock is not None)
    minutes = amount * (60 if unit.startswith(("hour", "hr")) else 1)
    return Moment((now + timedelta(minutes=minutes)).replace(second=0, microsecond=0))


def _day(text: str, now: datetime) -> date | None:
    today = now.date()
    if re.search(r"\bday after tomorrow\b", text):
        return today + timedelta(days=2)
    if re.search(r"\b(tomorrow|tmrw|tmr)\b", text):
        return today + timedelta(days=1)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return today
    calendar_date = _calendar_date(text, now)
    if calendar_date is not None:
        return calendar_date
    day_of_month = _DAY_OF_MONTH.search(text)
    if day_of_month is not None:  # "saturday the 28th": the date decides
        return _next_day_of_month(int(day_of_month.group(1)), today)
    if re.search(r"\b(this|the|next|on the|coming)\s+weekend\b", text):
        return today + timedelta(days=(5 - today.weekday() - 1) % 7 + 1)
    weekday = re.search(rf"\b{_WEEKDAY}\b", text)
    if weekday is not None:
        index = _weekday_index(weekday.group(0))
        if index is not None:
            return today + timedelta(days=(index - today.weekday() - 1) % 7 + 1)  # the coming one, never today
    return None


def _weekday_index(word: str) -> int | None:
    for index, name in enumerate(WEEKDAYS):
        if name.startswith(word[:3]):
            return index
    return None


def _calendar_date(text: str, now: datetime) -> date | None:
    """"Dec 14th", "5 December": parsed by parsedatetime; a date already past this year is next year's."""
    match = _CALENDAR_DATE.search(text)
    if match is None:
        return None
    parsed, context = _calendar().parseDT(match.group(0), sourceTime=now.replace(hour=9, minute=0))
    if not context.hasDate:
        return None
    found = parsed.date()
    if found < now.date():
        try:
            found = found.replace(year=now.year + 1) if found.year == now.year else found
        except ValueError:  # 29 February
            return None
    return found


@functools.cache
def _calendar() -> parsedatetime.Calendar:
    return parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)


def _next_day_of_month(day: int, today: date) -> date | None:
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today:
            return candidate
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


def _clock(text: str) -> tuple[time, time | None] | None:
    """(start, end) clock times: a range, or one time with no end."""
    evening = bool(re.search(r"\b(tonight|evening|night|dinner)\b", text))
    match = _RANGE.search(text)
    if match is not None and _looks_like_hours(match):
        end_hour = _hour(match.group(5), match.group(8), evening, None)
        start_hour = _hour(match.group(1), match.group(4) or match.group(8), evening, end_hour)
        if start_hour is not None and end_hour is not None:
            return (time(start_hour, int(match.group(2) or match.group(3) or 0)),
                    time(end_hour, int(match.group(6) or match.group(7) or 0)))
    match = _AT.search(text)
    if match is None:
        return None
    groups = match.groups()
    if groups[0] is not None:
        hour_text, minute_text, meridiem = groups[0], groups[1] or groups[2], groups[3]
    elif groups[4] is not None:
        hour_text, minute_text, meridiem = groups[4], groups[5], groups[6]
    else:
        hour_text, minute_text, meridiem = groups[7], groups[8], None
    hour = _hour(hour_text, meridiem, evening, None)
    if hour is None:
        return None
    return time(hour, int(minute_text or 0)), None


def _looks_like_hours(match: re.Match[str]) -> bool:
    """"6 to 9", "9 to 5", "6:30 to 10pm": both ends can be clock hours."""
    return all(g is not None and int(g) <= 12 for g in (match.group(1), match.group(5)))


def _hour(text: str | None, meridiem: str | None, evening: bool, end_hour: int | None) -> int | None:
    if text is None:
        return None
    hour = int(text)
    if hour > 23:
        return None
    if meridiem and meridiem.startswith("p") and hour < 12:
        return hour + 12
    if meridiem and meridiem.startswith("a"):
        return 0 if hour == 12 else hour
    if hour >= 13 or hour == 0:
        return hour
    if end_hour is not None and hour + 12 <= end_hour:
        return hour + 12  # "6 to 9pm": both in the evening
    if 1 <= hour <= 7 or (evening and hour < 12):
        return hour + 12
    return hour


def _part_of_day(text: str) -> time | None:
    for words, at in sorted(_PARTS_OF_DAY.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{words}\b", text):
            return at
    return None


def _duration(text: str) -> int | None:
    if _HALF_HOUR.search(text):
        return 30
    match = _DURATION.search(text)
    if match is None:
        return None
    amount_text, unit, half = match.group(1), match.group(2), match.group(3)
    if amount_text.startswith("half"):
        amount = 0.5
    else:
        amount = _NUMBER_WORDS.get(amount_text) or int(amount_text)
    minutes = amount * 60 if unit.startswith("h") else amount
    if half:
        minutes += 30
    return int(minutes) if minutes > 0 else None

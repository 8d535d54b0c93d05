"""Dates and times in a request, resolved against the session's clock before any model writes one.

    resolve_dates("dinner saturday 6 to 9", now).moment   # Moment(start=Sat 18:00, end=Sat 21:00)

parsedatetime (a maintained parser, chosen by the table in docs/adr/date-resolution.md) finds calendar dates
such as "Dec 14th" and "5 December" and offsets such as "in 2 hours"; the rest is COMPAT section 8's conventions,
written here once: a weekday is the coming one, never today ("next tuesday" too); "this weekend" is the coming
Saturday; a date without a clock time is 09:00, "morning" 09:00, "noon"/"lunchtime" 12:00, "afternoon" 15:00,
"evening"/"tonight" 19:00, "end of the day" 17:00 ("first thing", which section 8 leaves open, 08:00); a bare
hour from 1 to 7 is in the afternoon, one written "06:15" is a 24-hour clock; a date already past this year is
next year's, "6/1" is June 1st; ranges ("6 to 9", "from 2-3:30") and durations ("for an hour and a half",
"45 min") give the end; holidays ("Thanksgiving" is the 4th Thursday of November), "the first Monday of
December", shifts ("two days before Christmas", "the night before", "15 minutes before it") and corrections ("at
3 - actually 3:30": the corrected value wins) are written here too. agent/understanding/moments.py gives each
clause of a request that names several moments its own.
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
                 "first thing": time(8),
                 "midnight": time(0)}
_COUNT_WORD = "(" + "|".join(sorted((w for w in _NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True)) + ")"
_WORD_AND_MINUTES = re.compile(rf"\b{_COUNT_WORD}\s+(thirty|fifteen|forty five|forty-five)\b")
_WORD_BEFORE_UNIT = re.compile(rf"\b{_COUNT_WORD}\b(?=\s*(?:am|pm|o'?\s?clock|minutes?|mins?|hours?|to\b|-))")
_AT_WORD = re.compile(rf"\bat\s+{_COUNT_WORD}\b")
_O_CLOCK = re.compile(r"\b(\d{1,2})\s*o'?\s?clock\b")
_CLOCK = r"(\d{1,2})(?::(\d{2})|\.(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
_RANGE = re.compile(rf"\b(?:from\s+)?{_CLOCK}\s*(?:to|-|–|until|till)\s*{_CLOCK}(?![\d/])")
_STREET = (r"(?:\s+[a-z]+)?\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|place|pl|court|ct|"
           r"crescent|row|square|sq|terrace|close|hill)\b")
_AT = re.compile(rf"(?:\bat|@)\s*(?!\d+{_STREET}){_CLOCK}\b"
                 rf"|\b(\d{{1,2}})(?::(\d{{2}}))?\s*(am|pm|a\.m\.|p\.m\.)|\b(\d{{1,2}}):(\d{{2}})\b")
_DURATION = re.compile(r"\b(?:for\s+)?(\d+(?:\.\d+)?|an?|one|two|three|four|five|half an?)\s*[- ]?"
                       r"(hours?|hrs?|minutes?|mins?)\b(\s+and\s+a\s+half)?"
                       r"(?!\s+(?:late|early|ago|behind|away|before|after|earlier|later|prior|ahead)\b)")
_HALF_HOUR = re.compile(r"\bhalf[- ](?:an\s+)?hour\b")  # "half an hour", "a half-hour slot"
_OFFSET_AMOUNT = r"(\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty five|half an)"
_OFFSET_UNIT = r"(minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?)"
_IN_OFFSET = re.compile(rf"\bin\s+{_OFFSET_AMOUNT}\s+{_OFFSET_UNIT}\b"
                        rf"|\b{_OFFSET_AMOUNT}\s+{_OFFSET_UNIT}\s+from\s+(?:today|now)\b")
_MONTH_SUFFIX = r"(?:uary|ruary|ch|il|e|y|ust|tember|t|ober|ember)?"  # "march", "sept": not "marketing"
_CALENDAR_DATE = re.compile(
    rf"\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec){_MONTH_SUFFIX}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?<![:.])(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    rf"{_MONTH_SUFFIX})\b")
_SLASH_DATE = re.compile(  # "6/1", "10/21/2027": month first (US); not "1/2 hour" or "24/7"
    r"(?<![\d/])(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/(\d{4}|\d{2}))?(?![\d/])"
    r"(?!\s*(?:an?\s+)?(?:hours?|hrs?|cups?|miles?|of)\b)")
_DAY_OF_MONTH = re.compile(r"\bthe\s+(\d{1,2})(st|nd|rd|th)\b")
_SAME_DAY_PARTS = re.compile(r"\b(end of (the )?day|eod|noon|midnight)\b")
_MERIDIEM_DOTS = re.compile(r"\b([ap])\.\s?(m)\b\.?", re.IGNORECASE)
_MONTH_DOT = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.(?=\s*\d)")  # "nov. 4" -> "nov 4"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
            "5th": 5, "last": -1}
_NTH_WEEKDAY = re.compile(rf"\b(?:the\s+)?({'|'.join(_ORDINAL)})\s+{_WEEKDAY}\s+(?:of|in)\s+"
                          rf"(?:(this|the|next)\s+month|{_MONTH})\b")
_HOLIDAYS = {  # name pattern -> (month, fixed day) or (month, weekday, nth: -1 the last); Easter is computed
    r"new years?'?s?'? eve|nye": (12, 31), r"new years?'?s?'?(?: day)?": (1, 1),
    r"valentines?'?s?'?(?: day)?": (2, 14), r"(?:st\.?|saint) patrick'?s'?(?: day)?": (3, 17),
    r"mother'?s'? day": (5, 6, 2), r"memorial day": (5, 0, -1), r"father'?s'? day": (6, 6, 3),
    r"independence day|(?:the )?fourth of july": (7, 4), r"labou?r day": (9, 0, 1), r"halloween": (10, 31),
    r"thanksgiving(?: day)?": (11, 3, 4), r"(?:christmas|xmas) eve": (12, 24), r"(?:christmas|xmas)(?: day)?": (12, 25),
    r"boxing day": (12, 26), r"easter(?: sunday)?": (0,),
}
_HOLIDAY = re.compile(r"\b(" + "|".join(_HOLIDAYS) + r")(?![\w'])")
# A holiday's name before a noun may name a thing, not a day: "mail the christmas cards on dec 12".
_BEFORE_NOUN = re.compile(r"\s+(?!(?:at|on|in|to|and|or|for|from|until|till|by|morning|afternoon|evening|night|eve|day|"
                          r"week|weekend|this|next|is|i|we|me)\b)[a-z]{3,}")
_DAY_MENTION = re.compile(  # every way of naming a day, the longest first where two start at one place
    rf"{_NTH_WEEKDAY.pattern}|{_HOLIDAY.pattern}|{_CALENDAR_DATE.pattern}|{_SLASH_DATE.pattern}"
    rf"|{_DAY_OF_MONTH.pattern}"
    rf"|\b(?:this|the|next|on the|coming)\s+weekend\b|\b(?:day after )?(?:today|tonight|tomorrow|tmrw|tmr)\b"
    rf"|\bthis (?:morning|afternoon|evening)\b|\b{_WEEKDAY}\b")
_SHIFT_AMOUNT = r"(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty five|half an?)"
_SHIFT_WAY = r"(before|after|earlier|later|prior(?:\s+to)?|ahead(?:\s+of)?)"
_TIME_SHIFT = re.compile(rf"\b{_SHIFT_AMOUNT}\s*[- ]?(minutes?|mins?|hours?|hrs?)\s+{_SHIFT_WAY}\b")
_DAY_SHIFT = re.compile(rf"\bthe\s+(day|night|morning|afternoon|evening|week)\s+{_SHIFT_WAY}\b(?!\s+tomorrow)"
                        rf"|\b{_SHIFT_AMOUNT}\s+(days?|weeks?)\s+{_SHIFT_WAY}\b"
                        r"|\bthe\s+(?:next|following)\s+(day|morning|afternoon|evening|night|week)\b"
                        r"|\bthat\s+(morning|afternoon|evening|night|day)\b")
_MONTH_ORDINAL = re.compile(r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s+(first|second|third)\b")
_CORRECTION = re.compile(r"\b(?:actually|oh wait|no wait|wait no|wait(?=\s*[,\-–—])|i mean|sorry|make (?:that|it)"
                         r"|change (?:that|it) to"
                         r"|scratch that|correction)\b")
_BARE_CLOCK = re.compile(r"^[\s,\-–—:]*(?:(?:make|change)\s+(?:that|it)\s+(?:to\s+)?)?(\d{1,2})(?:[:.\s]([0-5]\d))?"
                         r"(?![\d:/]|\s*(?:am|pm|a\.m|p\.m|minutes?|mins?|hours?|hrs?|days?|weeks?|st|nd|rd|th)\b)"
                         rf"(?!\s+(?:of\s+)?{_MONTH}\b)")
_CORRECTION_SCOPE_END = re.compile(rf"[.;!?]|,(?!\s*(?:{_MONTH}|\d|at\b|in\b|on\b|from\b))|\band\b")
_PAST_DAY = re.compile(rf"\b(?:since|last)\s+(?:{_WEEKDAY}|week|night|month)\b(?!\s+(?:of|in)\b)|\bsince yesterday\b")
_AT_PART = re.compile(r"\b(?:at|around)\s+(?:noon|lunchtime|midday|midnight)\b"
                      r"|\bin the (?:morning|afternoon|evening)\b")
_BEFORE_SOMETHING = re.compile(r"\bbefore (it|the|that)\b")


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
    """The moment a request names. A request that names several days or clock times, or a moment relative to
    another ("Dec 15 at 6:30, and remind me the night before", "15 minutes before it"), is marked `several` and
    left to moments.py. `spoken_numbers` first writes number words as digits (numbers.py); off only to measure
    that step."""
    lowered = normalized(text, spoken_numbers=spoken_numbers)
    if several_in(lowered, now):
        return DateResolution(None, several=True)
    return DateResolution(moment_in(lowered, now))


def normalized(text: str, *, spoken_numbers: bool = True) -> str:
    """The request as the resolver reads it: lower case, numbers as digits, values a correction took back gone."""
    lowered = _MONTH_DOT.sub(r"\1", plain_meridiem(text.lower().replace("’", "'")))
    digits = _words_to_digits(spoken_numbers_as_digits(lowered) if spoken_numbers else lowered)
    digits = _MONTH_ORDINAL.sub(lambda m: f"{m.group(1)} {_ORDINAL[m.group(2)]}", digits)  # "december second"
    return _without_taken_back(_PAST_DAY.sub(" ", digits))


def plain_meridiem(text: str) -> str:
    """"a.m." and "p.m." written without dots ("9:15 p.m." -> "9:15 pm"), so that their dots end no sentence."""
    return _MERIDIEM_DOTS.sub(r"\1\2", text)


def day_and_clock(text: str, now: datetime) -> tuple[date | None, tuple[time, time | None] | None]:
    """The day and the clock time (with an end, for a range) a text names, each None when it names none; the
    same conventions as `resolve_dates` (agent/understanding/ranges.py builds search ranges on it)."""
    lowered = normalized(text)
    return _day(lowered, now), _clock(lowered)


def today_or_tomorrow(now: datetime, at: time) -> date:
    """A time with no day: today if it is still ahead, else tomorrow."""
    return now.date() if at > now.time() else now.date() + timedelta(days=1)


def several_in(lowered: str, now: datetime) -> bool:
    """True when a normalised text names more than one day or clock time, or a moment relative to one it does
    not name right after ("the night before" alone, but not "the night before Christmas"). Two ways of naming
    one day ("friday, dec 11") are one day."""
    if _TIME_SHIFT.search(lowered) or _BEFORE_SOMETHING.search(lowered):
        return True
    shift = _DAY_SHIFT.search(lowered)
    if shift is not None and not _DAY_MENTION.match(lowered, shift.end() + len(lowered[shift.end():]) -
                                                      len(lowered[shift.end():].lstrip())):
        return True
    offsets = _day_offsets(lowered)
    days: set[object] = {m.group(0) for m in offsets}
    weekdays: set[int | None] = set()
    for mention in _DAY_MENTION.finditer(lowered):
        if any(mention.start() < o.end() and mention.end() > o.start() for o in offsets):
            continue  # "3 weeks from today" is one day
        if re.fullmatch(_WEEKDAY, mention.group(0)):
            weekdays.add(_weekday_index(mention.group(0)))
        else:
            days.add(_day(mention.group(0), now) or mention.group(0))
    if len(days) > 1 or len(weekdays) > 1 or len(_all_clocks(lowered)) > 1:
        return True
    return bool(weekdays and days) and not any(isinstance(d, date) and d.weekday() in weekdays for d in days)


def names_day(lowered: str) -> bool:
    """True when a normalised text names a day: a date, a weekday, "tomorrow", or "in 3 days"."""
    return _DAY_MENTION.search(lowered) is not None or bool(_day_offsets(lowered))


def _day_offsets(lowered: str) -> list[re.Match[str]]:
    """Offsets that name a day: "in 3 days", "a week from today", "in a fortnight" (not "in 2 hours")."""
    return [m for m in _IN_OFFSET.finditer(lowered) if (m.group(2) or m.group(4)).startswith(("day", "week", "fort"))]


def moment_in(lowered: str, now: datetime, anchor: Moment | None = None, day: date | None = None) -> Moment | None:
    """The moment a normalised text names. A shift ("the night before", "15 minutes before it", "that morning")
    counts from the day or moment the rest of the text names, else from `anchor` (an earlier clause's moment),
    and gives None without either; a clock time with no day falls on `day` when given."""
    shift = _TIME_SHIFT.search(lowered)
    if shift is not None:
        rest = _cut(lowered, shift)
        base = _moment(rest, now, day) if names_day(rest) or _clock(rest) else anchor
        if base is None:
            return None
        minutes = _amount(shift.group(1)) * (60 if shift.group(2).startswith("h") else 1)
        return Moment(base.start + _signed(shift.group(3), timedelta(minutes=minutes)))
    shift = _DAY_SHIFT.search(lowered)
    if shift is not None:
        return _shifted_day(lowered, shift, now, anchor)
    return _moment(lowered, now, day)


def _shifted_day(lowered: str, shift: re.Match[str], now: datetime, anchor: Moment | None) -> Moment | None:
    """"the night before (Dec 15)": the day the rest names (the one whose shifted day is still ahead: "two days
    before Christmas" on the 24th is next year's), else the anchor's, moved; the rest's clock time or the shift's
    part of the day ("night" 19:00)."""
    if shift.group(4) is not None:  # "2 days before"
        unit, way = "", shift.group(5)
        days = _amount(shift.group(3)) * (7 if shift.group(4).startswith("week") else 1)
    elif shift.group(7) is not None:  # "that morning"
        unit, way, days = shift.group(7), "after", 0
    else:  # "the night before", "the next day"
        unit, way = shift.group(1) or shift.group(6), shift.group(2) or "after"
        days = 7 if unit == "week" else 1
    delta = _signed(way, timedelta(days=int(days)))
    rest = _cut(lowered, shift)
    base = _day(rest, now - delta) if _DAY_MENTION.search(rest) else anchor.start.date() if anchor is not None else None
    if base is None:
        return None
    clock = _clock(rest, evening=unit in ("night", "evening") or None)
    if clock is not None:
        return Moment(datetime.combine(base + delta, clock[0]))
    part = _PARTS_OF_DAY.get(unit) or _part_of_day(rest)
    return Moment(datetime.combine(base + delta, part or time(9)), None, part is not None)


def _cut(text: str, match: re.Match[str]) -> str:
    return f"{text[:match.start()]} {text[match.end():]}"


def _signed(way: str, delta: timedelta) -> timedelta:
    return delta if way in ("after", "later") else -delta


def _amount(text: str) -> float:
    return 0.5 if text.startswith("half") else _NUMBER_WORDS.get(text) or int(text)


def _moment(lowered: str, now: datetime, default_day: date | None = None) -> Moment | None:
    offset = _offset(lowered, now)
    if offset is not None:
        return offset
    day = _day(lowered, now)
    clock = _clock(lowered)
    if day is None and clock is None:
        part = _part_of_day(lowered) if _SAME_DAY_PARTS.search(lowered) else None
        return None if part is None else Moment(datetime.combine(default_day or today_or_tomorrow(now, part), part))
    if clock is None:
        part = _part_of_day(lowered)
        start_time, stated = (part, True) if part is not None else (time(9), False)
        end = None
    else:
        start_time, end = clock
        stated = True
    start_day = day or default_day or today_or_tomorrow(now, start_time)
    start = datetime.combine(start_day, start_time)
    end_at = datetime.combine(start_day, end) if end is not None else None
    if end_at is not None and end_at <= start:
        end_at += timedelta(days=1)
    if end_at is None:
        minutes = _duration(lowered)
        end_at = start + timedelta(minutes=minutes) if minutes else None
    return Moment(start, end_at, stated)


def _without_taken_back(text: str) -> str:
    """The text without the values a correction took back: each of a clock time, a day and a length that the
    words after "actually" (or "i mean", "make that", ...) name replaces the last one named before them."""
    while (marker := _CORRECTION.search(text)) is not None:
        before = text[:marker.start()]
        after = _BARE_CLOCK.sub(lambda m: f" at {m.group(1)}:{m.group(2) or '00'}", text[marker.end():], count=1)
        scope_end = _CORRECTION_SCOPE_END.search(after, 1)
        scope = after[:scope_end.start()] if scope_end is not None else after
        if _clock(scope) is not None or _SAME_DAY_PARTS.search(scope) or _AT_PART.search(scope):
            before = _without_last(before, [*_hour_ranges(before), *_AT.finditer(before)])
        if names_day(scope):
            before = _without_last(before, [*_DAY_MENTION.finditer(before), *_IN_OFFSET.finditer(before)])
        if _duration(scope):
            before = _without_last(before, [*_DURATION.finditer(before), *_HALF_HOUR.finditer(before)])
        text = f"{before} {after}"
    return text


def _hour_ranges(text: str) -> list[re.Match[str]]:
    return [m for m in _RANGE.finditer(text) if _looks_like_hours(m)]


def _without_last(text: str, matches: list[re.Match[str]]) -> str:
    if not matches:
        return text
    last = max(matches, key=lambda m: m.start())
    return _cut(text, last)


def _all_clocks(text: str) -> list[str]:
    """Every separate clock time, as written (a range counts once)."""
    ranges = _hour_ranges(text)
    singles = [m for m in _AT.finditer(text) if not any(m.start() < r.end() and m.end() > r.start() for r in ranges)]
    return [m.group(0) for m in sorted([*ranges, *singles], key=lambda m: m.start())]


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
    rest = _cut(text, match)  # "in an hour for 15 minutes": the length is said apart from the offset
    length = _duration(rest)
    if unit.startswith(("day", "week", "fortnight")):
        days = amount * {"d": 1, "w": 7, "f": 14}[unit[0]]
        clock = _clock(rest)
        at = clock[0] if clock else time(9)
        start = datetime.combine(now.date() + timedelta(days=int(days)), at)
        end = datetime.combine(start.date(), clock[1]) if clock and clock[1] else None
        stated = clock is not None  # "in 2 days" alone: 09:00 by convention
    else:
        minutes = amount * (60 if unit.startswith(("hour", "hr")) else 1)
        start, end, stated = (now + timedelta(minutes=minutes)).replace(second=0, microsecond=0), None, True
    if end is None and length:
        end = start + timedelta(minutes=length)
    return Moment(start, end, stated)


def _day(text: str, now: datetime) -> date | None:
    today = now.date()
    if re.search(r"\bday after tomorrow\b", text):
        return today + timedelta(days=2)
    if re.search(r"\b(tomorrow|tmrw|tmr)\b", text):
        return today + timedelta(days=1)
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", text):
        return today
    nth = _NTH_WEEKDAY.search(text)
    if nth is not None:
        return _nth_weekday_named(nth, today)
    holiday = _HOLIDAY.search(text)
    calendar_date = _calendar_date(text, now)
    if holiday is not None and (calendar_date is None or not _BEFORE_NOUN.match(text, holiday.end())):
        return _next_holiday(holiday.group(1), today)
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


def _nth_weekday_named(match: re.Match[str], today: date) -> date | None:
    """"the first Monday of December", "the last Friday of the month": this year's or month's, else the next."""
    nth, weekday = _ORDINAL[match.group(1)], _weekday_index(match.group(2))
    if weekday is None:
        return None
    which, month_name = match.group(4), match.group(5)
    month = today.month if month_name is None else _MONTHS.index(month_name) + 1
    year = today.year
    if which == "next":
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    found = _nth_weekday(year, month, weekday, nth)
    if found is not None and found < today and which != "next":
        if month_name is not None:
            return _nth_weekday(year + 1, month, weekday, nth)
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
        return _nth_weekday(year, month, weekday, nth)
    return found


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth weekday of a month (nth -1: the last), None when the month has no such day (a fifth Monday)."""
    if nth < 0:
        following = date(year + month // 12, month % 12 + 1, 1)
        last = following - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return found if found.month == month else None


def _next_holiday(name: str, today: date) -> date | None:
    """The holiday this year, or next year's once it has passed (US dates: Thanksgiving the 4th Thursday of
    November, Memorial Day the last Monday of May)."""
    rule = next(rule for pattern, rule in _HOLIDAYS.items() if re.fullmatch(pattern, name))
    for year in (today.year, today.year + 1):
        found = _holiday(year, rule)
        if found is not None and found >= today:
            return found
    return None


def _holiday(year: int, rule: tuple[int, ...]) -> date | None:
    if len(rule) == 1:
        return _easter(year)
    if len(rule) == 2:
        return date(year, rule[0], rule[1])
    return _nth_weekday(year, rule[0], rule[1], rule[2])


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    lunar = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lunar) // 433
    month = (h + lunar - 7 * m + 90) // 25
    return date(year, month, (h + lunar - 7 * m + 33 * month + 19) % 32)


def _weekday_index(word: str) -> int | None:
    for index, name in enumerate(WEEKDAYS):
        if name.startswith(word[:3]):
            return index
    return None


def _calendar_date(text: str, now: datetime) -> date | None:
    """"Dec 14th", "the 15th of November", "6/1": parsed by parsedatetime as "Dec 14"; a date already past this
    year is next year's (a slash date with its year keeps it)."""
    match = _CALENDAR_DATE.search(text)
    slash = _SLASH_DATE.search(text)
    if match is None and slash is None:
        return None
    if match is not None and (slash is None or match.start() < slash.start()):
        month, day = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        written = f"{month[:3]} {int(day)}"
    else:
        assert slash is not None
        year = slash.group(3)
        written = f"{_MONTHS[int(slash.group(1)) - 1]} {int(slash.group(2))}"
        if year:
            written += f" {int(year) + (2000 if len(year) == 2 else 0)}"
    parsed, context = _calendar().parseDT(written, sourceTime=now.replace(hour=9, minute=0))
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


def _clock(text: str, evening: bool | None = None) -> tuple[time, time | None] | None:
    """(start, end) clock times: a range, or one time with no end; `evening` (else read from the text) makes a
    bare hour before noon p.m."""
    if evening is None:
        evening = bool(re.search(r"\b(tonight|evening|night|dinner)\b", text))
    match = _RANGE.search(text)
    if match is not None and _looks_like_hours(match):
        end_hour = _hour(match.group(5), match.group(8), evening, None)
        start_hour = _hour(match.group(1), match.group(4) or match.group(8), evening, end_hour)
        if match.group(4) is None and start_hour is not None and end_hour is not None and start_hour > end_hour:
            start_hour = _hour(match.group(1), "am", evening, None)  # "11 to 12pm" starts at 11 am
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
    if len(text) == 2 and text.startswith("0") and not meridiem:
        return hour  # "06:15" is a 24-hour clock
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
        amount = _NUMBER_WORDS.get(amount_text) or float(amount_text)  # "a 1.5 hour slot"
    minutes = amount * 60 if unit.startswith("h") else amount
    if half:
        minutes += 30
    return int(minutes) if minutes > 0 else None

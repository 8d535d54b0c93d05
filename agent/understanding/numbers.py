"""Spoken numbers as digits, before the date resolver reads a request: "at five thirty pm" -> "at 5:30 pm".

text2num (chosen by the table in docs/adr/spoken-numbers.md, `bench/number_words.py`) turns number words into
digits ("twenty second" -> "22nd"); the rules here write the day of a month it leaves in words ("dec two" ->
"dec 2", "one september" -> "1 september") and join what it leaves apart as a clock time: "5 30 pm", "at 2 15",
"at 21 45" and "monday 3 40" -> "5:30 pm", "at 2:15", "at 21:45", "monday 3:40"; "7 oh 5" -> "7:05"; "half past
5" -> "5:30"; "quarter past 5" / "quarter to 6" -> "5:15" / "5:45"; "the first of march" -> "the 1st of march".
The rest are said forms of written ones: a house number ("one madison lane" -> "1 madison lane"), a date
written with a slash, after a time or "on" ("at 7:15 pm twelve twelve" -> "at 7:15 pm 12/12"), a range of hours
("six eight pm" -> "6-8 pm", "one thirty two thirty pm" -> "1:30-2:30 pm") and a day of this month ("on the first
at six" -> "on the 1st at 6").
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

_O_CLOCK = re.compile(r"\bo\s+clock\b")
_ORDINALS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
             "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_ORDINAL_DATE = re.compile(rf"\bthe\s+({'|'.join(_ORDINALS)})\s+(?=of\s+{_MONTH}\b)")
_OH_MINUTES = re.compile(r"\b(1[0-2]|[1-9])\s+oh\s+([1-9])\b")
_CLOCK_CONTEXT = (r"(?:at|from|to|until|till|by|around|about|for|before|after|today|tonight|tomorrow|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)")
_SMALL = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
# "dec two", "june nine": a month and a small number word, which text2num leaves as words ("may" is left out:
# "may two of us come" is no date)
_MONTH_DAY = re.compile(rf"\b((?!may\b){_MONTH})\.?\s+(?:(twenty|thirty)[\s-]+)?({'|'.join(_SMALL)}|twenty|thirty)\b")
_SPLIT_CLOCK = re.compile(rf"\b({_CLOCK_CONTEXT}\s)(1\d|2[0-3]|[1-9])\s([0-5]\d)\b"
                          rf"|\b()(1[0-2]|[1-9])\s([0-5]\d)(?=\s*(?:am|pm|a\.m\.|p\.m\.))")
# "one september", "the two of may": a small day number word before its month, left as words by text2num
_DAY_MONTH = re.compile(rf"\b(?:the\s+)?({'|'.join(_SMALL[:9])})\s+((?:of\s+)?(?!may\b){_MONTH})\b")
# "one madison lane": a house number said as a lone small number word, which text2num leaves as a word
_STREET = (r"(?:road|rd|street|st|lane|ln|avenue|ave|drive|dr|way|boulevard|blvd|court|ct|place|pl|square|sq|"
           r"terrace|crescent|close|row|parkway|highway|hwy)")
_HOUSE_NUMBER = re.compile(
    rf"\b({'|'.join(_SMALL)})\s+(?!(?:on|at|in|of|to|from|near|by|off|the|a|an)\b)(?=(?:[a-z']+\s+){{1,3}}{_STREET}\b)")
# "at 7:15 pm 12 12", "on 9 3": a date written "12/12" or "9/3" and said without its slash, after a time or "on"
_NUMERIC_DATE = re.compile(
    r"\b(am|pm|o'clock|morning|afternoon|evening|night|on)\s+(1[0-2]|[1-9])\s+(3[01]|[12]\d|[1-9])\b"
    r"(?!\s*(?::|\d|am\b|pm\b|min|hour|hr|day|week|month|year|people|times|percent|o'clock))"
    r"|\b((?!(?:at|from|to|until|till|by|around|about|before|after|for)\b)[a-z]+)\s+(1[0-2]|[1-9])\s+"
    r"(3[01]|[12]\d|[1-9])(?=\s+(?:at|by)\s+\d)")  # "make that 5 8 at 6:45 pm"
# "6-8pm" said "six eight pm": two hours before am/pm, the second later and of one digit (else "5 10 pm" is 5:10)
_HOUR_RANGE = re.compile(r"\b(1[0-2]|[1-9])\s+([2-9])(?=\s*(?:am|pm)\b)")
# "1:30-2:30pm" said "one thirty two thirty pm", which text2num would read as "1 32 30"
_MINUTE_WORDS = {"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty five": 45, "fifty": 50}
_HOUR_WORD = "|".join(_SMALL[:12])
_MINUTES = "|".join(sorted(_MINUTE_WORDS, key=len, reverse=True))
_CLOCK_RANGE = re.compile(rf"\b({_HOUR_WORD})\s+({_MINUTES})\s+({_HOUR_WORD})\s+({_MINUTES})\b")
# "on the first at six": a day of this month named by a small ordinal, which text2num leaves as a word
_ORDINAL_DAY = re.compile(rf"\b(on|by|until|till|before|after|from)\s+the\s+({'|'.join(_ORDINALS)})\b"
                          r"(?=\s+(?:at|by|in\s+the|morning|afternoon|evening|night)\b|\s*$)")
_HALF_PAST = re.compile(r"\bhalf\s+past\s+(1[0-2]|[1-9])\b")
_QUARTER_PAST = re.compile(r"\bquarter\s+past\s+(1[0-2]|[1-9])\b")
_QUARTER_TO = re.compile(r"\bquarter\s+(?:to|till)\s+(1[0-2]|[1-9])\b")


def spoken_numbers_as_digits(text: str) -> str:
    spoken = _MONTH_DAY.sub(_month_day, _O_CLOCK.sub("o'clock", text))  # text2num reads a lone "o" as zero
    spoken = _DAY_MONTH.sub(lambda m: f"{_SMALL.index(m.group(1)) + 1} {m.group(2)}", spoken)
    spoken = _CLOCK_RANGE.sub(_clock_range, spoken)
    converted = alpha2digit(spoken, "en")
    converted = _ORDINAL_DAY.sub(lambda m: f"{m.group(1)} the {_ORDINALS[m.group(2)]}", converted)
    converted = _HOUR_RANGE.sub(lambda m: m.group(0) if int(m.group(1)) >= int(m.group(2))
                                else f"{m.group(1)}-{m.group(2)}", converted)
    converted = _HOUSE_NUMBER.sub(lambda m: f"{_SMALL.index(m.group(1)) + 1} ", converted)
    converted = _ORDINAL_DATE.sub(lambda m: f"the {_ORDINALS[m.group(1)]} ", converted)
    converted = _OH_MINUTES.sub(lambda m: f"{m.group(1)}:0{m.group(2)}", converted)
    converted = _SPLIT_CLOCK.sub(_joined_clock, converted)
    converted = _NUMERIC_DATE.sub(_slashed_date, converted)
    converted = _HALF_PAST.sub(lambda m: f"{m.group(1)}:30", converted)
    converted = _QUARTER_PAST.sub(lambda m: f"{m.group(1)}:15", converted)
    return _QUARTER_TO.sub(lambda m: f"{int(m.group(1)) - 1 or 12}:45", converted)


def _month_day(match: re.Match[str]) -> str:
    tens = {"twenty": 20, "thirty": 30}
    unit = match.group(3)
    day = tens.get(match.group(2) or "", 0) + (tens[unit] if unit in tens else _SMALL.index(unit) + 1)
    return f"{match.group(1)} {day}" if day <= 31 else match.group(0)


def _joined_clock(match: re.Match[str]) -> str:
    before, hour, minutes = match.groups()[:3] if match.group(2) else match.groups()[3:]
    return f"{before}{hour}:{minutes}"


def _slashed_date(match: re.Match[str]) -> str:
    before, month, day = match.groups()[:3] if match.group(2) else match.groups()[3:]
    return f"{before} {month}/{day}"


def _clock_range(match: re.Match[str]) -> str:
    start, start_minutes, end, end_minutes = match.groups()
    return (f"{_SMALL.index(start) + 1}:{_MINUTE_WORDS[start_minutes]:02d}-"
            f"{_SMALL.index(end) + 1}:{_MINUTE_WORDS[end_minutes]:02d}")

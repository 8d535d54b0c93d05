"""Any request rendered as a speech recogniser or quick typing would give it: lower case, no punctuation, numbers
and times in words, with file names and email addresses kept as written.

    speech_style("Email Ann the Q3_report.pdf at 3:30pm on Dec 14th!")
    # "email ann the Q3_report.pdf at three thirty pm on dec fourteenth"

`errand eval --speech-style` plans every item in this form, so written and spoken requests can be compared on
the same gold plans (issue: real requests as people say them).
"""

from __future__ import annotations

import re

from num2words import num2words

_KEPT = re.compile(  # e-mail addresses, file names and phone numbers stay as written
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w/.-])[\w][\w.()\-]*\.[A-Za-z0-9]{2,5}(?![\w])"
    r"|(?<![\w+])\+?\(?\d[\d ().-]{6,}\d(?![\w])")
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\w:])", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(\d{1,3})(st|nd|rd|th)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
_PUNCTUATION = re.compile(r"[^\w\s'@.+\-]|(?<!\w)'|'(?!\w)|(?<=\s)[.\-]+|[.\-]+(?=\s|$)")


def speech_style(text: str) -> str:
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f" kept{len(kept) - 1}kept "

    spoken = _KEPT.sub(keep, text)
    spoken = _ORDINAL.sub(lambda m: num2words(int(m.group(1)), to="ordinal"), spoken)
    spoken = _CLOCK.sub(_clock_words, spoken)
    spoken = _NUMBER.sub(lambda m: num2words(float(m.group(0)) if "." in m.group(0) else int(m.group(0))), spoken)
    spoken = _PUNCTUATION.sub(" ", spoken.lower()).replace("-", " ")
    spoken = re.sub(r"kept(\d+)kept", lambda m: kept[int(m.group(1))], spoken)
    return " ".join(spoken.split())


def _clock_words(match: re.Match[str]) -> str:
    """"3:30pm" -> "three thirty pm", "10am" -> "ten am", "7:05" -> "seven oh five"; a bare number is left for
    the general rule."""
    hour, minutes, meridiem = match.group(1), match.group(2), match.group(3)
    if minutes is None and meridiem is None:
        return match.group(0)
    words = num2words(int(hour))
    if minutes is not None and minutes != "00":
        words += (" oh " if minutes.startswith("0") else " ") + num2words(int(minutes))
    elif minutes == "00" and meridiem is None:
        words += " o'clock"
    if meridiem:
        words += " " + meridiem.replace(".", "").lower()
    return words

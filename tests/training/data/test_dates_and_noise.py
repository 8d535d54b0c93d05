"""Date phrases resolve by the COMPAT section 8 conventions; noise never damages names, files or numbers."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from training.data.dates import MONTHS, WEEKDAYS, when
from training.data.noise import add_noise, entity_words

NOW = datetime(2026, 11, 20, 10, 0)  # a Friday


def _check_day(text: str, moment: datetime) -> None:
    """Re-resolve the day part of `text` independently where the phrase names it outright."""
    lowered = text.lower()
    today = NOW.date()
    if "day after tomorrow" in lowered:
        assert moment.date() == today + timedelta(days=2)
    elif re.search(r"\b(tomorrow|tmrw)\b", lowered):
        assert moment.date() == today + timedelta(days=1)
    for name in WEEKDAYS:
        if re.search(rf"\b(this |next |on |this coming )?{name.lower()}\b", lowered) and not any(
                m.lower() in lowered for m in MONTHS) and " the " not in lowered:
            ahead = (moment.date() - today).days
            assert moment.weekday() == WEEKDAYS.index(name) and 1 <= ahead <= 7, (text, moment)
    found = re.search(r"in (\d+|two|three|four|five) days", lowered)
    if found:
        n = {"two": 2, "three": 3, "four": 4, "five": 5}.get(found.group(1)) or int(found.group(1))
        assert moment.date() == today + timedelta(days=n)


def test_phrases_resolve_to_the_moment_they_name() -> None:
    rng = random.Random(0)
    for _ in range(3000):
        moment = when(rng, NOW)
        assert moment.moment > NOW or (not moment.has_time and moment.moment.date() > NOW.date())
        if not moment.has_time:
            assert (moment.moment.hour, moment.moment.minute) == (9, 0), moment
        _check_day(moment.text, moment.moment)
        clock = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)", moment.text.lower())
        if clock:
            hour = int(clock.group(1)) % 12 + (12 if clock.group(3).startswith("p") else 0)
            assert (moment.moment.hour, moment.moment.minute) == (hour, int(clock.group(2) or 0)), moment
        bare = re.search(r"\bat (\d{1,2})(?=$|[ ,])(?! ?(am|pm|a\.m\.|p\.m\.|in the))", moment.text.lower())
        if bare:  # a bare hour: 1-6 afternoon, 7-11 morning, 12 noon
            hour = int(bare.group(1))
            assert moment.moment.hour == (12 if hour == 12 else hour + 12 if hour <= 6 else hour), moment


def test_next_weekday_is_the_coming_one() -> None:
    rng = random.Random(4)
    seen = 0
    while seen < 50:
        moment = when(rng, NOW)
        if moment.text.lower().startswith("next ") and moment.text.split()[1] in WEEKDAYS:
            seen += 1
            assert 1 <= (moment.moment.date() - NOW.date()).days <= 7


def test_noise_keeps_protected_words_whole() -> None:
    text = "Please email Anselm Okafor the file Budget_v2.pdf and text 415-555-0134 about the meeting tomorrow"
    protected = frozenset(entity_words("Anselm Okafor") | entity_words("Budget_v2.pdf") | entity_words("415-555-0134"))
    for seed in range(300):
        noisy = add_noise(random.Random(seed), text, voice=seed % 3 == 0, protected=protected).text.lower()
        for entity in ("anselm okafor", "budget_v2.pdf", "415-555-0134"):
            assert entity in noisy, noisy


def test_voice_transcripts_are_lower_case_without_marks() -> None:
    noisy = add_noise(random.Random(1), "Text Tom: I'm late (sorry)!", voice=True)
    assert noisy.voice and noisy.text == noisy.text.lower()
    assert not set("!?();") & set(noisy.text)


def test_eventtime_ranges_match_their_words() -> None:
    from training.data.context import Gen
    from training.data.intents.calendar import time_range

    for seed in range(200):
        text, start, end, _ = time_range(Gen(random.Random(seed), NOW))
        first, last, mark = re.search(r"(\d+)(?: to |-)(\d+)(am|pm)$", text).groups()
        end_hour = int(last) % 12 + (12 if mark == "pm" else 0)
        assert int(end[11:13]) == end_hour and int(start[11:13]) % 12 == int(first) % 12
        assert start > NOW.strftime("%Y-%m-%d %H:%M:%S") and end > start


def test_terse_notes_shorten_words_but_keep_quotes_and_protected_words() -> None:
    from training.data.noise import _terse

    text = "Set up a meeting with Ana and Ben on Monday about the 'Grant and the Budget' note, please."
    protected = frozenset(entity_words("Ana") | entity_words("Ben"))
    shortened = 0
    for seed in range(100):
        terse = _terse(random.Random(seed), text, protected)
        assert "'Grant and the Budget'" in terse and "Ana" in terse and "Ben" in terse
        assert terse == terse.strip() and not terse.endswith(".") and "  " not in terse
        outside = terse.replace("'Grant and the Budget'", "").replace("Ana", "").replace("Ben", "")
        assert outside == outside.lower()
        shortened += any(word in terse.split() for word in ("mtg", "meetng", "w/", "w", "&", "+", "mon", "abt", "re"))
    assert shortened > 90

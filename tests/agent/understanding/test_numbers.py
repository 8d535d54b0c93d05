"""Spoken numbers as digits (agent/understanding/numbers.py): the forms a speech recogniser gives."""

from __future__ import annotations

import pytest

from agent.understanding.numbers import spoken_numbers_as_digits


@pytest.mark.parametrize("said, digits", [
    ("at five thirty pm", "at 5:30 pm"),
    ("eight hundred and sixty one orchard road", "861 orchard road"),
    # a house number said as a lone small number word
    ("walking route to one karl johans road", "walking route to 1 karl johans road"),
    ("open maps to one madison lane", "open maps to 1 madison lane"),
    # a date written with a slash and said without it, after a time or "on"
    ("at seven fifteen pm twelve twelve to the calendar", "at 7:15 pm 12/12 to the calendar"),
    ("at three fifteen pm nine three it should", "at 3:15 pm 9/3 it should"),
    ("in the morning one twenty four to discuss", "in the morning 1/24 to discuss"),
    ("make that five eight at six forty five pm", "make that 5/8 at 6:45 pm"),
    # ranges of hours, and a day of this month said as a small ordinal
    ("event six eight pm friday", "event 6-8 pm friday"),
    ("one thirty two thirty pm on wednesday", "1:30-2:30 pm on wednesday"),
    ("on the first at six", "on the 1st at 6"),
])
def test_spoken_numbers_become_digits(said: str, digits: str) -> None:
    assert spoken_numbers_as_digits(said) == digits


@pytest.mark.parametrize("said", [
    "book for two on oak street", "at five pm two people", "meeting at nine am two hours", "monday three forty",
    "from five thirty at seven", "at five ten pm", "on the first floor",
])
def test_numbers_that_are_no_house_number_or_date_stay_so(said: str) -> None:
    converted = spoken_numbers_as_digits(said)
    assert "/" not in converted and "2 on" not in converted

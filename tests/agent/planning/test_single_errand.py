"""A plain request for one event or one reminder is written from its own words when the planner writes nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.planning.single_errand import single_errand_plan
from agent.understanding.scope import request_scope
from tools.catalogue import CATALOGUE

NOW = datetime(2026, 12, 7, 10, 0)  # a Monday


def _steps(text: str) -> list[tuple[str, tuple[object, ...]]] | None:
    route = single_errand_plan(text, NOW, request_scope(text), CATALOGUE)
    return None if route is None else [(step.tool, step.args) for step in route.plan.steps]


def test_an_appointment_is_one_event_on_the_day_named() -> None:
    assert _steps("make an appointment with the doctor for monday") == [
        ("create_calendar_event", ("Appointment with the doctor", "2026-12-14 09:00:00", "", "", [], "", "")),
        ("join", ())]


def test_an_entry_with_a_spoken_date_and_a_range() -> None:
    steps = _steps("block out two hours on wednesday afternoon for writing")
    assert steps is not None and steps[0][1][:3] == ("Writing", "2026-12-09 15:00:00", "2026-12-09 17:00:00")
    steps = _steps("create a calendar entry for the book club on the twenty second")
    assert steps is not None and steps[0][1][:2] == ("Book club", "2026-12-22 09:00:00")


def test_a_reminder_may_have_no_date() -> None:
    assert _steps("set a reminder to renew the passport") == [
        ("create_reminder", ("Renew the passport", "", "", "", 0, False)), ("join", ())]


@pytest.mark.parametrize("text", [
    "what's on my calendar tomorrow",  # a question
    "cancel the dentist appointment on friday",  # a removal
    "schedule a meeting with Ana on friday at 3",  # a person: lookups are the planner's
    "put it on my calendar for friday",  # no words for the title
    "make an appointment with the doctor",  # an event with no day
    "remind me to email Bo on friday",  # two errands' words
    "play some music for the party on friday",  # out of scope
])
def test_otherwise_nothing_is_written(text: str) -> None:
    assert _steps(text) is None


def test_no_tool_word_no_side_effect_and_a_reminder_about_a_meeting_is_a_reminder() -> None:
    assert _steps("i need to be at the airport at six am tuesday") is None
    assert _steps("put yoga at seven on thursday") is None
    steps = _steps("can you remind me about the meeting tomorrow morning")
    assert steps is not None and steps[0][0] == "create_reminder"


@pytest.mark.parametrize("text", [
    "i need to be at work",  # no time
    "put eggs on my list at seven on friday",  # a list's
    "book a table at seven on friday",  # no word asks for an event
    "put it on thursday at seven",  # no title
    "add john to the meeting at three on friday",  # someone added to an event
])
def test_spoken_shapes_otherwise_write_nothing(text: str) -> None:
    assert _steps(text) is None

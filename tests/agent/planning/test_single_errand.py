"""A plain request for one event, reminder, email or new list is written from its own words when the planner writes
nothing."""

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
    "email Ana the slides.pdf",  # a file to attach: the planner's
    "email that the keys are under the mat",  # nobody to send it to
    "put it on my calendar for friday",  # no words for the title
    "make an appointment with the doctor",  # an event with no day
    "play some music for the party on friday",  # out of scope
])
def test_otherwise_nothing_is_written(text: str) -> None:
    assert _steps(text) is None


def test_no_tool_word_no_event_unless_one_is_put_on_a_day_and_a_reminder_about_a_meeting_is_one() -> None:
    assert _steps("i need to be at the airport at six am tuesday") is None
    assert _steps("put yoga at seven on thursday") == [
        ("create_calendar_event", ("Yoga", "2026-12-10 19:00:00", "", "", [], "", "")), ("join", ())]
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


def test_a_meeting_with_people_invites_each_through_a_lookup() -> None:
    assert _steps("set up a meeting with john and Ann Lee friday at noon") == [
        ("get_email_address", ("John",)), ("get_email_address", ("Ann Lee",)),
        ("create_calendar_event", ("Meeting with John and Ann Lee", "2026-12-11 12:00:00", "", "", ["$1", "$2"], "",
                                   "")), ("join", ())]
    steps = _steps("lunch with the team on friday at one")  # a group: nobody to look up
    assert steps is not None and steps[0] == (
        "create_calendar_event", ("Lunch with the team", "2026-12-11 13:00:00", "", "", [], "", ""))


def test_an_email_goes_to_the_people_its_verb_names() -> None:
    assert _steps("email my landlord that the sink is leaking") == [
        ("get_email_address", ("Landlord",)),
        ("compose_new_email", (["$1"], [], "The sink is leaking", "", [])), ("join", ())]
    steps = _steps("send an email to jo@example.com saying the rent is paid")
    assert steps is not None and steps[0] == ("compose_new_email", (["jo@example.com"], [], "The rent is paid",
                                                                    "", []))


def test_a_new_list_is_an_empty_note_of_that_name() -> None:
    assert _steps("make a new to do list for the weekend") == [("create_note", ("To do list", "", "")), ("join", ())]


def test_a_reminder_about_a_person_looks_nobody_up() -> None:
    steps = _steps("remind me to email Bo on friday")  # the email is what the reminder is about
    assert steps is not None and [tool for tool, _ in steps] == ["create_reminder", "join"]
    assert _steps("remind me to call john at six") == [
        ("create_reminder", ("Call john", "2026-12-07 18:00:00", "", "", 0, False)), ("join", ())]


def test_a_reminder_asked_for_first_is_written_beside_words_no_tool_does() -> None:
    steps = _steps("remind me to take the washing out of the dryer at six")
    assert steps is not None and steps[0] == (
        "create_reminder", ("Take the washing out of the dryer", "2026-12-07 18:00:00", "", "", 0, False))
    assert _steps("make an event for the dryer repair at six tomorrow") is None  # no reminder asked for first


def test_thanks_leaves_the_planners_empty_plan_unless_a_reminder_is_asked_for_first() -> None:
    assert _steps("put the dentist appointment on my calendar for thursday at ten, thanks") is None
    steps = _steps("remind me to call the plumber tomorrow at nine, thanks")
    assert steps is not None and steps[0][0] == "create_reminder"

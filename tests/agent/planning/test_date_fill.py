"""Dates in a plan come from the request's resolved moment, and the note says what was set."""

from __future__ import annotations

from datetime import datetime

from agent.planning.date_fill import fill_dates
from agent.plans.plan import parse_plan
from agent.understanding.dates import Moment

SAT_SIX_TO_NINE = Moment(datetime(2026, 12, 12, 18), datetime(2026, 12, 12, 21))
EVENT = ('1. create_calendar_event("Dinner with Ann", "2026-12-08 18:00:00", "", "", [], "", "")\n'
         '2. join()<END_OF_PLAN>')


def test_an_event_gets_the_requested_day_and_end() -> None:
    plan, note = fill_dates(parse_plan(EVENT), SAT_SIX_TO_NINE)
    assert plan.steps[0].args[1:3] == ("2026-12-12 18:00:00", "2026-12-12 21:00:00")
    assert plan.steps[0].args[0] == "Dinner with Ann" and plan.steps[1].tool == "join"
    assert note == "Dates set from the request: Sat 12 Dec 2026 18:00-21:00."


def test_without_an_end_the_event_end_is_left_to_the_default_hour() -> None:
    planned = EVENT.replace('""', '"2026-12-08 19:30:00"', 1)
    plan, _ = fill_dates(parse_plan(planned), Moment(datetime(2026, 12, 12, 18)))
    assert plan.steps[0].args[1:3] == ("2026-12-12 18:00:00", "")


def test_reminders_and_meetings_are_set_and_all_day_keeps_midnight() -> None:
    text = ('1. create_reminder("Pay rent", "2026-12-08 09:00:00", "", "", 0, False)\n'
            '2. create_reminder("Bins", "2026-12-08 00:00:00", "", "", 0, True)\n'
            '3. get_zoom_meeting_link("Sync", "2026-12-08 09:00:00", 60, [])\n4. join()')
    plan, _ = fill_dates(parse_plan(text), Moment(datetime(2026, 12, 11, 15), datetime(2026, 12, 11, 15, 45)))
    assert plan.steps[0].args[1] == "2026-12-11 15:00:00"
    assert plan.steps[1].args[1] == "2026-12-11 00:00:00"
    assert plan.steps[2].args[1:3] == ("2026-12-11 15:00:00", 45)


def test_a_plan_already_right_or_without_dates_is_left_alone() -> None:
    right = EVENT.replace("2026-12-08 18:00:00", "2026-12-12 18:00:00").replace('""', '"2026-12-12 21:00:00"', 1)
    assert fill_dates(parse_plan(right), SAT_SIX_TO_NINE) is None
    assert fill_dates(parse_plan('1. get_phone_number("Ann")\n2. join()'), SAT_SIX_TO_NINE) is None

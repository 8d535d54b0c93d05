"""Dates in a plan come from the moments the request names for each kind of step, and the note says what was
set."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from agent.planning.date_fill import fill_dates
from agent.plans.plan import parse_plan
from agent.understanding.dates import Moment
from agent.understanding.moments import REMINDER, StepMoments, step_moments

SAT_SIX_TO_NINE = StepMoments.everywhere(Moment(datetime(2026, 12, 12, 18), datetime(2026, 12, 12, 21)))
EVENT = ('1. create_calendar_event("Dinner with Ann", "2026-12-08 18:00:00", "", "", [], "", "")\n'
         '2. join()<END_OF_PLAN>')


def test_an_event_gets_the_requested_day_and_end() -> None:
    plan, note = fill_dates(parse_plan(EVENT), SAT_SIX_TO_NINE)
    assert plan.steps[0].args[1:3] == ("2026-12-12 18:00:00", "2026-12-12 21:00:00")
    assert plan.steps[0].args[0] == "Dinner with Ann" and plan.steps[1].tool == "join"
    assert note == "Dates set from the request: Sat 12 Dec 2026 18:00-21:00."


def test_without_an_end_the_event_end_is_left_to_the_default_hour() -> None:
    planned = EVENT.replace('""', '"2026-12-08 19:30:00"', 1)
    plan, _ = fill_dates(parse_plan(planned), StepMoments.everywhere(Moment(datetime(2026, 12, 12, 18))))
    assert plan.steps[0].args[1:3] == ("2026-12-12 18:00:00", "")


REMINDERS_AND_MEETING = ('1. create_reminder("Pay rent", "2026-12-08 09:00:00", "", "", 0, False)\n'
                         '2. create_reminder("Bins", "2026-12-08 00:00:00", "", "", 0, True)\n'
                         '3. get_zoom_meeting_link("Sync", "2026-12-08 09:00:00", 60, [])\n4. join()')


def test_reminders_and_meetings_are_set_and_all_day_follows_the_request() -> None:
    moment = Moment(datetime(2026, 12, 11, 15), datetime(2026, 12, 11, 15, 45))
    plan, _ = fill_dates(parse_plan(REMINDERS_AND_MEETING), StepMoments.everywhere(moment))
    assert plan.steps[0].args[1] == "2026-12-11 15:00:00"
    assert plan.steps[1].args[1::4] == ("2026-12-11 15:00:00", False)  # the planner's all-day was not asked for
    assert plan.steps[2].args[1:3] == ("2026-12-11 15:00:00", 45)


def test_an_all_day_request_makes_every_reminder_all_day_at_midnight() -> None:
    plan, _ = fill_dates(parse_plan(REMINDERS_AND_MEETING),
                         StepMoments.everywhere(Moment(datetime(2026, 12, 11, 9), None, False), all_day=True))
    assert [step.args[1::4] for step in plan.steps[:2]] == [("2026-12-11 00:00:00", True)] * 2


def test_a_plan_already_right_or_without_dates_is_left_alone() -> None:
    right = EVENT.replace("2026-12-08 18:00:00", "2026-12-12 18:00:00").replace('""', '"2026-12-12 21:00:00"', 1)
    assert fill_dates(parse_plan(right), SAT_SIX_TO_NINE) is None
    assert fill_dates(parse_plan('1. get_phone_number("Ann")\n2. join()'), SAT_SIX_TO_NINE) is None


MEETING_AND_REMINDER = ('1. get_email_address("Bernadette")\n'
                        '2. get_zoom_meeting_link("Agenda review", "2026-11-21 09:00:00", 60, ["$1"])\n'
                        '3. create_calendar_event("Agenda review", "2026-11-21 09:00:00", "", "$2", [], "", "")\n'
                        '4. create_reminder("Print the agenda", "2026-11-21 09:00:00", "", "", 0, False)\n'
                        '5. join()')
# One week from Monday 2026-11-16, then a month end and a year end.
NOWS = [datetime(2026, 11, 16, 10, 0) + timedelta(days=offset) for offset in range(7)] + [
    datetime(2026, 11, 30, 16, 0), datetime(2026, 12, 31, 20, 0)]


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
def test_each_kind_of_step_gets_its_own_moment(now: datetime) -> None:
    text = "Zoom with Bernadette on Jan 12 at 7pm, 45 min, put it on my calendar, and remind me that morning to print"
    year = now.year + 1
    plan, note = fill_dates(parse_plan(MEETING_AND_REMINDER), step_moments(text, now))
    zoom, event, reminder = plan.steps[1], plan.steps[2], plan.steps[3]
    assert zoom.args[1:3] == (f"{year}-01-12 19:00:00", 45)
    assert event.args[1:3] == (f"{year}-01-12 19:00:00", f"{year}-01-12 19:45:00")
    assert reminder.args[1] == f"{year}-01-12 09:00:00"
    day = datetime(year, 1, 12).strftime("%a 12 Jan %Y")
    assert note == (f"Dates set from the request: meeting {day} 19:00-19:45; event {day} 19:00-19:45; "
                    f"reminder {day} 09:00.")


def test_steps_of_one_tool_pair_with_its_moments_in_order_or_keep_the_planners() -> None:
    friday, saturday = Moment(datetime(2026, 11, 27, 9)), Moment(datetime(2026, 11, 28, 10))
    two = ('1. create_reminder("Call Inez", "2026-11-21 09:00:00", "", "", 0, False)\n'
           '2. create_reminder("Call Bo", "2026-11-21 09:00:00", "", "", 0, False)\n3. join()')
    plan, _ = fill_dates(parse_plan(two), StepMoments({REMINDER: (friday, saturday)}))
    assert [step.args[1] for step in plan.steps[:2]] == ["2026-11-27 09:00:00", "2026-11-28 10:00:00"]
    one = '1. create_reminder("Call Inez", "2026-11-21 09:00:00", "", "", 0, False)\n2. join()'
    assert fill_dates(parse_plan(one), StepMoments({REMINDER: (friday, saturday)})) is None


def test_a_tool_without_a_moment_keeps_the_planners_date() -> None:
    text = "Summarize tomorrow's reading, Week3.pdf, and remind me at 8 tonight to finish it"
    plan, note = fill_dates(parse_plan(MEETING_AND_REMINDER), step_moments(text, datetime(2026, 11, 20, 10)))
    assert plan.steps[1].args[1] == plan.steps[2].args[1] == "2026-11-21 09:00:00"
    assert plan.steps[3].args[1] == "2026-11-20 20:00:00"
    assert note == "Dates set from the request: Fri 20 Nov 2026 20:00."

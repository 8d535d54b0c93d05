"""Each dated tool's moments for requests that name several: a table of requests x every weekday as `now`, with
a month end and a year end."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from agent.understanding.dates import normalized
from agent.understanding.moments import EVENT, REMINDER, ZOOM, clauses, step_moments

NOWS = [datetime(2026, 11, 16, 10, 0) + timedelta(days=offset) for offset in range(7)] + [
    datetime(2026, 11, 30, 16, 0), datetime(2026, 12, 31, 20, 0)]
IDS = {"ids": lambda n: n.strftime("%a-%Y-%m-%d")}


def coming(now: datetime, weekday: int) -> date:
    """The coming weekday, never today (COMPAT section 8)."""
    return now.date() + timedelta(days=(weekday - now.weekday() - 1) % 7 + 1)


def upcoming(now: datetime, month: int, day: int) -> date:
    """A calendar date this year, or next year's once it has passed."""
    found = date(now.year, month, day)
    return found if found >= now.date() else found.replace(year=now.year + 1)


def starts(text: str, now: datetime, tool: str) -> list[datetime]:
    return [moment.start for moment in step_moments(text, now).for_tool(tool)]


@pytest.mark.parametrize("now", NOWS, **IDS)
@pytest.mark.parametrize("text", [
    "Zoom with Bernadette on Jan 12 at 7pm, put it on my calendar, and remind me that morning to print the agenda",
    "zoom with bernadette january twelfth at seven pm put it on my calendar and remind me that morning to print the "
    "agenda",
])
def test_that_morning_is_the_morning_of_the_meeting_day(now: datetime, text: str) -> None:
    day = upcoming(now, 1, 12)
    assert starts(text, now, ZOOM) == starts(text, now, EVENT) == [datetime.combine(day, time(19))]
    assert starts(text, now, REMINDER) == [datetime.combine(day, time(9))]


@pytest.mark.parametrize("now", NOWS, **IDS)
def test_the_night_before_at_nine_and_the_meeting_length(now: datetime) -> None:
    text = ("Zoom 'Board pre-read' Jan 15 at 6:30am, 30 mins, invite Ravi, and remind me the night before at 9 to "
            "read the packet")
    day = upcoming(now, 1, 15)
    (meeting,) = step_moments(text, now).for_tool(ZOOM)
    assert meeting.start == datetime.combine(day, time(6, 30)) and meeting.minutes == 30
    assert starts(text, now, REMINDER) == [datetime.combine(day - timedelta(days=1), time(21))]


@pytest.mark.parametrize("now", NOWS, **IDS)
@pytest.mark.parametrize(("text", "weekday", "meeting", "reminder"), [
    ("Email Ann a zoom link for Tuesday's 4pm call and remind me 15 minutes before it starts", 1, time(16),
     time(15, 45)),
    ("remind me an hour before my 4pm call with Dara on thursday", 3, None, time(15)),
    ("Schedule a meeting with Bob on Monday at 10 and remind me at 9 to prepare", 0, time(10), time(9)),
    ("put dinner with the Okafors on my calendar saturday at 7 and remind me two hours before to buy wine", 5,
     time(19), time(17)),
    ("add my flight to the calendar for Thursday at 6am and remind me the evening before to pack", 3, time(6),
     None),
])
def test_reminders_relative_to_the_meeting(now: datetime, text: str, weekday: int, meeting: time | None,
                                           reminder: time | None) -> None:
    day = coming(now, weekday)
    if meeting is not None:
        assert starts(text, now, ZOOM) == starts(text, now, EVENT) == [datetime.combine(day, meeting)]
    expected = datetime.combine(day, reminder) if reminder else datetime.combine(day - timedelta(days=1), time(19))
    assert starts(text, now, REMINDER) == [expected]


@pytest.mark.parametrize("now", NOWS, **IDS)
def test_a_reminder_and_an_event_on_different_days(now: datetime) -> None:
    text = "Set a reminder for Jan 1 to pay the nanny and put 'Nanny review' on my calendar Jan 2 at 8pm"
    assert starts(text, now, REMINDER) == [datetime.combine(upcoming(now, 1, 1), time(9))]
    assert starts(text, now, EVENT) == [datetime.combine(upcoming(now, 1, 2), time(20))]


@pytest.mark.parametrize("now", NOWS, **IDS)
@pytest.mark.parametrize("text", ["Summarize tomorrow's reading, Week3.pdf, and remind me at 8 tonight to finish it",
                                  "summarize tomorrows reading week3.pdf and remind me at eight tonight to finish it"])
def test_a_day_that_only_names_a_thing_is_not_the_reminder_day(now: datetime, text: str) -> None:
    assert starts(text, now, REMINDER) == [datetime.combine(now.date(), time(20))]


@pytest.mark.parametrize("now", NOWS, **IDS)
def test_two_reminders_keep_their_own_moments_in_order(now: datetime) -> None:
    text = "remind me friday at 9 to call Inez and remind me saturday at 10 to call Bo"
    assert starts(text, now, REMINDER) == [datetime.combine(coming(now, 4), time(9)),
                                           datetime.combine(coming(now, 5), time(10))]


def test_one_moment_goes_to_every_dated_tool() -> None:
    now = datetime(2026, 11, 20, 10)
    found = step_moments("zoom with Kemal on Monday at 2 and put it on my calendar", now)
    assert {tool: [m.start for m in found.for_tool(tool)] for tool in (REMINDER, ZOOM, EVENT)} == {
        tool: [datetime(2026, 11, 23, 14)] for tool in (REMINDER, ZOOM, EVENT)}
    assert step_moments("text Ann that I'm running late", now).by_tool == {}


def test_a_shift_with_nothing_to_count_from_gives_no_moment() -> None:
    assert step_moments("remind me 15 minutes before it starts", datetime(2026, 11, 20, 10)).by_tool == {}


def test_clauses_follow_the_actions_and_keep_pieces_without_one() -> None:
    found = clauses(normalized("On Friday at 3, remind me to call Ann and Bob, then put 'Team meeting' on my calendar"
                               " and email Cleo"))
    assert [(clause.kind, clause.text) for clause in found] == [
        (REMINDER, "on friday at 3, remind me to call ann and bob"),
        (EVENT, "put 'team meeting' on my calendar"),
        ("other", "email cleo"),
    ]


@pytest.mark.parametrize("now", NOWS, **IDS)
def test_a_holiday_before_a_noun_names_no_day(now: datetime) -> None:
    text = "Add 'stamps' to my errands note and remind me to mail the Christmas cards on Dec 12."
    assert starts(text, now, REMINDER) == [datetime.combine(upcoming(now, 12, 12), time(9))]
    assert starts("remind me on christmas morning to call gran", now, REMINDER) == [
        datetime.combine(upcoming(now, 12, 25), time(9))]


@pytest.mark.parametrize("now", NOWS, **IDS)
def test_a_remark_after_wait_is_taken_back_by_the_correction(now: datetime) -> None:
    text = "Zoom with Dara next Tuesday at noon - wait, that's my day off, make it Wednesday."
    assert starts(text, now, ZOOM) == [datetime.combine(coming(now, 2), time(12))]


@pytest.mark.parametrize("now", NOWS, **IDS)
def test_a_house_number_is_no_clock_time(now: datetime) -> None:
    text = "show me the studio on the map, it's at 18 lark street, and remind me at four to leave"
    assert [m.time() for m in starts(text, now, REMINDER)] == [time(16)]


def test_lines_and_numbered_items_are_clauses_and_a_meeting_put_on_the_calendar_keeps_its_moment() -> None:
    now = datetime(2026, 1, 29, 12, 45)
    text = ("To do:\n- send Madison a calendar invite for the book club kickoff at 6:20am 3/15 for a 20-minute slot\n"
            "- zoom with my nana in 4 days at 8:20pm, set it up and put it on my calendar.")
    assert [m.start for m in step_moments(text, now).for_tool(EVENT)] == [
        datetime(2026, 3, 15, 6, 20), datetime(2026, 2, 2, 20, 20)]
    numbered = "1) put swim practice on my calendar in 10 days at 7:30pm 2) create a calendar event: gym, friday at 3"
    assert len(clauses(normalized(numbered))) == 2


def test_context_before_a_sentence_end_lends_no_day_to_the_next_action() -> None:
    text = ("Long story short: I've been ill since the dentist on Tuesday. "
            "Book a meeting with Karl at 8:30 next Saturday")
    assert starts(text, datetime(2026, 11, 13, 14), EVENT) == [datetime(2026, 11, 14, 8, 30)]


def test_an_all_day_request_is_marked() -> None:
    assert step_moments("remind me to book a haircut Nov 4 as an all-day reminder", datetime(2026, 10, 24)).all_day
    assert not step_moments("remind me Nov 4 at 3pm", datetime(2026, 10, 24)).all_day


def test_spoken_joiners_end_clauses_and_ping_me_is_a_reminder() -> None:
    now = datetime(2027, 12, 25, 17, 5)  # a Saturday
    text = "kindly give ann a heads up that lunch is on me today oh and ping me at nine pm next friday to pay rent"
    assert starts(text, now, REMINDER) == [datetime(2027, 12, 31, 21)]
    spoken = ("make sure karim knows the flight lands at four by text after that add a call with zeynep to my "
              "calendar at twelve tomorrow")
    assert starts(spoken, datetime(2025, 9, 3, 16, 10), EVENT) == [datetime(2025, 9, 4, 12)]
    assert step_moments("set a reminder to renew my passport in five days for the whole day", now).all_day

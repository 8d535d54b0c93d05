"""Dates resolved against the clock: a table of expressions x every weekday as `now`, month and year ends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent.understanding.dates import resolve_dates

# One week from Monday 2026-12-07, then a month end and a year end.
NOWS = [datetime(2026, 12, 7, 10, 0) + timedelta(days=offset) for offset in range(7)] + [
    datetime(2026, 11, 30, 16, 0), datetime(2026, 12, 31, 20, 0)]


def coming(now: datetime, weekday: int) -> date:
    """The coming weekday, never today (COMPAT section 8)."""
    return now.date() + timedelta(days=(weekday - now.weekday() - 1) % 7 + 1)


def moment(text: str, now: datetime):  # noqa: ANN201 - the Moment
    result = resolve_dates(text, now)
    assert not result.several, text
    assert result.moment is not None, text
    return result.moment


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
@pytest.mark.parametrize(("text", "weekday", "at", "end"), [
    ("remind me friday to pay rent", 4, time(9), None),
    ("call the bank on Friday at 3:30pm", 4, time(15, 30), None),
    ("dentist next tues at 10am", 1, time(10), None),
    ("lunch with ann monday at noon", 0, time(12), None),
    ("put dinner on my calendar saturday at six thirty", 5, time(18, 30), None),
    ("party on sunday 4 to 7", 6, time(16), time(19)),
    ("meeting from 2-3:30 on thursday", 3, time(14), time(15, 30)),
    ("call for an hour and a half on wednesday at 10", 2, time(10), time(11, 30)),
    ("zoom on tuesday 2 o'clock for 45 min", 1, time(14), time(14, 45)),
    ("remind me saturday morning to water the plants", 5, time(9), None),
    ("thursday evening drinks with the team", 3, time(19), None),
])
def test_weekdays_are_the_coming_one_never_today(now: datetime, text: str, weekday: int, at: time,
                                                 end: time | None) -> None:
    found = moment(text, now)
    assert found.start == datetime.combine(coming(now, weekday), at)
    assert (found.end.time() if found.end else None) == end


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
def test_relative_days_and_offsets(now: datetime) -> None:
    tomorrow = now.date() + timedelta(days=1)
    assert moment("remind me tomorrow evening to call mum", now).start == datetime.combine(tomorrow, time(19))
    assert moment("tomorrow at 8", now).start == datetime.combine(tomorrow, time(8))
    assert moment("remind me in 2 hours to stretch", now).start == now + timedelta(hours=2)
    assert moment("in half an hour check the oven", now).start == now + timedelta(minutes=30)
    assert moment("pick up the kids in 3 days", now).start == datetime.combine(now.date() + timedelta(days=3),
                                                                              time(9))
    assert moment("dentist three weeks from today at 3:15", now).start == datetime.combine(
        now.date() + timedelta(weeks=3), time(15, 15))
    assert moment("hike this weekend", now).start.date() == coming(now, 5)
    tonight = moment("remind me at 8 tonight", now).start
    assert tonight == datetime.combine(now.date(), time(20))
    assert not moment("hike this weekend", now).time_stated and moment("hike this weekend", now).start.hour == 9


@pytest.mark.parametrize(("now", "text", "expected"), [
    (datetime(2026, 12, 7, 10), "dinner on dec 14th at 7", datetime(2026, 12, 14, 19)),
    (datetime(2026, 12, 7, 10), "party on 5 December", datetime(2027, 12, 5, 9)),  # already past this year
    (datetime(2026, 12, 31, 20), "call Jan 2 at 9am", datetime(2027, 1, 2, 9)),
    (datetime(2026, 11, 30, 16), "lunch on the 3rd", datetime(2026, 12, 3, 12)),
    (datetime(2026, 12, 7, 10), "lunch on the 3rd", datetime(2027, 1, 3, 12)),
    (datetime(2026, 11, 20, 10), "dinner saturday the 28th at 7", datetime(2026, 11, 28, 19)),
    (datetime(2026, 11, 20, 10), "Saturday Dec 5, 6:30 to 10pm", datetime(2026, 12, 5, 18, 30)),
    (datetime(2026, 12, 7, 10), "finish the report by end of the day", datetime(2026, 12, 7, 17)),
    (datetime(2026, 12, 7, 18), "finish the report by end of the day", datetime(2026, 12, 8, 17)),
])
def test_calendar_dates_and_month_and_year_ends(now: datetime, text: str, expected: datetime) -> None:
    assert moment(text, now).start == expected


def test_an_evening_range_ends_after_its_start() -> None:
    found = moment("Saturday Dec 5, 6:30 to 10pm", datetime(2026, 11, 20, 10))
    assert found.end == datetime(2026, 12, 5, 22) and found.minutes == 210
    overnight = moment("friday 10pm to 1am", datetime(2026, 12, 7, 10))
    assert overnight.end == datetime(2026, 12, 12, 1)


@pytest.mark.parametrize("text", [
    "zoom dec 15 at 6:30am and remind me the night before at 9",
    "dinner friday 7pm and lunch saturday",
    "set a reminder for Dec 1 and put the review on my calendar Dec 2 at 8pm",
    "remind me 15 minutes before it starts",
    "zoom on jan 4 at 10 and remind me that morning",
    "remind me an hour before my 4pm call on tuesday",
])
def test_several_moments_or_a_correction_are_marked_and_not_resolved(text: str) -> None:
    result = resolve_dates(text, datetime(2026, 12, 7, 10))
    assert result.several and result.moment is None


@pytest.mark.parametrize("text", ["text ann that I'm running late", "email the Q3_report.pdf to greg",
                                  "add milk to my Weekend list note", "ask if may two of us come along"])
def test_no_date_named_means_no_moment(text: str) -> None:
    result = resolve_dates(text, datetime(2026, 12, 7, 10))
    assert result.moment is None and not result.several


@pytest.mark.parametrize(("text", "expected"), [
    ("remind me that i have an appointment twelve o clock on saturday", datetime(2026, 12, 12, 12)),
    ("set a reminder for next saturday go to the library at five o'clock", datetime(2026, 12, 12, 17)),
    ("remind me a week from today at five", datetime(2026, 12, 14, 17)),
    ("please set a reminder for me to go to work in ten minutes", datetime(2026, 12, 7, 10, 10)),
    ("remind me dec twenty two to call the bank", datetime(2026, 12, 22, 9)),
    ("new zoom parent conference monday three forty for twenty min", datetime(2026, 12, 14, 15, 40)),
    ("zoom on wednesday dec nine at eight am", datetime(2026, 12, 9, 8)),
])
def test_spoken_numbers(text: str, expected: datetime) -> None:
    assert moment(text, datetime(2026, 12, 7, 10)).start == expected


@given(st.text(max_size=120), st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 1)))
def test_any_text_resolves_without_error_and_a_lone_weekday_is_never_today(text: str, now: datetime) -> None:
    resolve_dates(text, now)  # never raises
    for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        found = resolve_dates(f"remind me {name} to call", now).moment
        assert found is not None and found.start.date() != now.date()
        assert 1 <= (found.start.date() - now.date()).days <= 7


# A week around US Thanksgiving (Thursday 2026-11-26), then Christmas Day, a year end and New Year's Day.
HOLIDAY_NOWS = [datetime(2026, 11, 23, 10, 0) + timedelta(days=offset) for offset in range(7)] + [
    datetime(2026, 12, 25, 10, 0), datetime(2026, 12, 31, 20, 0), datetime(2027, 1, 1, 8, 0)]


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def upcoming(today: date, on: Callable[[int], date]) -> date:
    """This year's date, or next year's once it has passed."""
    return on(today.year) if on(today.year) >= today else on(today.year + 1)


def christmas(year: int) -> date:
    return date(year, 12, 25)


def thanksgiving(year: int) -> date:
    return nth_weekday(year, 11, 3, 4)


@pytest.mark.parametrize("now", HOLIDAY_NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
@pytest.mark.parametrize(("text", "on", "shift", "at"), [
    ("remind me two days before Christmas to wrap the gifts", christmas, -2, time(9)),
    ("remind me the night before christmas at 9 to set out the stockings", christmas, -1, time(21)),
    ("go shopping the day after Thanksgiving", thanksgiving, 1, time(9)),
    ("thanksgiving dinner at 5 with the Haddads", thanksgiving, 0, time(17)),
    ("party on New Year's Eve at 11pm", lambda year: date(year, 12, 31), 0, time(23)),
    ("brunch on new years day at eleven", lambda year: date(year, 1, 1), 0, time(11)),
    ("halloween party at 7", lambda year: date(year, 10, 31), 0, time(19)),
    ("remind me on the first Monday of December to renew the permit",
     lambda year: nth_weekday(year, 12, 0, 1), 0, time(9)),
    ("book club on the 2nd tuesday of february", lambda year: nth_weekday(year, 2, 1, 2), 0, time(9)),
    ("easter lunch at noon", lambda year: {2026: date(2026, 4, 5), 2027: date(2027, 3, 28)}[year], 0, time(12)),
])
def test_holidays_ordinal_weekdays_and_days_around_them(now: datetime, text: str, on: Callable[[int], date],
                                                         shift: int, at: time) -> None:
    expected = upcoming(now.date(), lambda year: on(year) + timedelta(days=shift))
    assert moment(text, now).start == datetime.combine(expected, at)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (datetime(2026, 11, 20, 10), "the day after thanksgiving", datetime(2026, 11, 27, 9)),
    (datetime(2026, 11, 20, 10), "two days before christmas", datetime(2026, 12, 23, 9)),
    (datetime(2026, 11, 20, 10), "remind me on the last friday of the month to pay rent", datetime(2026, 11, 27, 9)),
    (datetime(2026, 11, 28, 10), "remind me on the last friday of the month to pay rent", datetime(2026, 12, 25, 9)),
    (datetime(2026, 12, 20, 10), "dentist the first wednesday of next month at 8:30", datetime(2027, 1, 6, 8, 30)),
    (datetime(2026, 11, 20, 10), "pay the sitter the fourth thursday of november", datetime(2026, 11, 26, 9)),
    (datetime(2026, 11, 20, 10), "remind me the week before mother's day", datetime(2027, 5, 2, 9)),
    (datetime(2026, 11, 20, 10), "zoom december second at seven pm", datetime(2026, 12, 2, 19)),
])
def test_named_days_of_the_year(now: datetime, text: str, expected: datetime) -> None:
    assert moment(text, now).start == expected


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
@pytest.mark.parametrize(("text", "weekday", "at", "minutes"), [
    ("make a zoom with Pilar for Friday at 9, oh actually 9:30, and only 20 minutes", 4, time(9, 30), 20),
    ("make a zoom with pilar for friday at nine oh actually nine thirty and only twenty minutes", 4, time(9, 30), 20),
    ("dinner with Tomasz on Thursday at 6, no wait, 7", 3, time(19), None),
    ("put the vet on my calendar tuesday - i mean wednesday - at 10", 2, time(10), None),
    ("call with the landlord monday at 11 for an hour, actually make it 30 minutes", 0, time(11), 30),
])
def test_the_corrected_value_wins(now: datetime, text: str, weekday: int, at: time, minutes: int | None) -> None:
    found = moment(text, now)
    assert found.start == datetime.combine(coming(now, weekday), at)
    assert found.minutes == minutes


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
@pytest.mark.parametrize("text", ["remind me at 3 - actually make that 3:30 - to move the car",
                                  "remind me at three actually make that three thirty to move the car"])
def test_a_corrected_clock_time_without_a_day(now: datetime, text: str) -> None:
    at = time(15, 30)
    day = now.date() if at > now.time() else now.date() + timedelta(days=1)
    assert moment(text, now).start == datetime.combine(day, at)


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
def test_the_day_after_tomorrow_is_two_days_on(now: datetime) -> None:
    assert moment("finish the report draft the day after tomorrow", now).start == datetime.combine(
        now.date() + timedelta(days=2), time(9))
    assert moment("call him back at 2:30pm the day after tomorrow", now).start == datetime.combine(
        now.date() + timedelta(days=2), time(14, 30))


@pytest.mark.parametrize(("now", "text", "expected", "end"), [
    (datetime(2026, 11, 13, 14), "meeting with Karl at 8:30 a.m. next Saturday", datetime(2026, 11, 14, 8, 30), None),
    (datetime(2026, 11, 13, 14), "call this coming Friday at 9:15 p.m..", datetime(2026, 11, 20, 21, 15), None),
    (datetime(2026, 9, 30, 9), "wedding talk the 15th of November at lunchtime", datetime(2026, 11, 15, 12), None),
    (datetime(2025, 5, 21, 18), "update call with Khagi at 2pm 6/1 in 30 Maple Road", datetime(2025, 6, 1, 14), None),
    (datetime(2026, 12, 7, 10), "an event at 10:10AM 10/21/2027", datetime(2027, 10, 21, 10, 10), None),
    (datetime(2026, 12, 7, 10), "physio 3/15 for half an hour", datetime(2027, 3, 15, 9), datetime(2027, 3, 15, 9, 30)),
    (datetime(2026, 12, 7, 10), "kickoff the 27th at midday for a half-hour slot", datetime(2026, 12, 27, 12),
     datetime(2026, 12, 27, 12, 30)),
    (datetime(2025, 9, 15, 10), "car inspection on Wednesday in the afternoon for a 1.5 hour slot",
     datetime(2025, 9, 17, 15), datetime(2025, 9, 17, 16, 30)),
    (datetime(2026, 10, 5, 13), "workshop Nov 8 from 11 to 12pm", datetime(2026, 11, 8, 11), datetime(2026, 11, 8, 12)),
    (datetime(2026, 10, 24, 12), "book the haircut Nov. 4", datetime(2026, 11, 4, 9), None),
    (datetime(2027, 7, 12, 18), "a reminder in a fortnight at 11:10 am", datetime(2027, 7, 26, 11, 10), None),
    (datetime(2025, 7, 1, 20), "an invite in an hour for fifteen minutes", datetime(2025, 7, 1, 21),
     datetime(2025, 7, 1, 21, 15)),
    (datetime(2027, 6, 6, 17), "prep one week from now, at 08:45 for an hour and a half", datetime(2027, 6, 13, 8, 45),
     datetime(2027, 6, 13, 10, 15)),
    (datetime(2025, 7, 2, 20), "conference at 06:15 on tuesday", datetime(2025, 7, 8, 6, 15), None),
    (datetime(2026, 12, 7, 10), "zoom monday at 8:30pm, i'm running 30 minutes late", datetime(2026, 12, 14, 20, 30),
     None),
    (datetime(2026, 11, 13, 14), "I've barely slept since Tuesday, so lunch saturday", datetime(2026, 11, 14, 12),
     None),
])
def test_dotted_slashed_and_offset_dates(now: datetime, text: str, expected: datetime, end: datetime | None) -> None:
    found = moment(text, now)
    assert (found.start, found.end) == (expected, end)


@pytest.mark.parametrize(("now", "text", "expected"), [
    (datetime(2027, 10, 29, 10), "an event at 6:10pm Wednesday - actually Tuesday, December 14 at noon",
     datetime(2027, 12, 14, 12)),
    (datetime(2025, 6, 21, 12), "invite for tuesday at eleven in the morning - no sorry 8 august at four pm",
     datetime(2025, 8, 8, 16)),
    (datetime(2026, 4, 23, 18), "spin class one week from now at 7:30 pm - actually this coming monday, at 9pm",
     datetime(2026, 4, 27, 21)),
])
def test_a_correction_to_a_date_replaces_an_offset_and_a_part_of_day_replaces_a_clock(
        now: datetime, text: str, expected: datetime) -> None:
    assert moment(text, now).start == expected


@pytest.mark.parametrize("text", [
    "zoom january 9 at 10 pm, and a reminder on fri end of day",
    "a reminder feb 4 morning and a zoom tomorrow at 9 pm",
    "swim practice in 10 days at 7:30pm and gym in five days from 3 to 4pm",
])
def test_a_relative_day_and_a_date_are_two_moments(text: str) -> None:
    assert resolve_dates(text, datetime(2027, 1, 3, 18)).several


@pytest.mark.parametrize(("text", "expected"), [
    ("remind me at twenty one forty five this sunday", datetime(2026, 12, 13, 21, 45)),
    ("add take out the compost on the twenty second at sixteen ten", datetime(2026, 12, 22, 16, 10)),
    ("buzz me at nine forty five pm one september", datetime(2027, 9, 1, 21, 45)),
    ("a reminder at five twenty pm the eleventh of october", datetime(2027, 10, 11, 17, 20)),
])
def test_spoken_24_hour_clocks_and_day_words_before_a_month(text: str, expected: datetime) -> None:
    assert moment(text, datetime(2026, 12, 7, 10)).start == expected

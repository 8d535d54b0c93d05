"""Search ranges for questions and removals (COMPAT section 10), with every weekday as `now` and month/year ends."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from agent.understanding.ranges import Range, resolve_range

NOWS = [datetime(2026, 12, 7, 10, 0) + timedelta(days=offset) for offset in range(7)] + [
    datetime(2026, 11, 30, 16, 0), datetime(2026, 12, 31, 20, 0)]


def day_range(day: date, days: int = 1) -> tuple[datetime, datetime]:
    return datetime.combine(day, time()), datetime.combine(day + timedelta(days=days), time())


def coming(now: datetime, weekday: int) -> date:
    return now.date() + timedelta(days=(weekday - now.weekday() - 1) % 7 + 1)


def next_monday(now: datetime) -> date:
    return now.date() + timedelta(days=7 - now.weekday())


def span(text: str, now: datetime) -> tuple[datetime, datetime]:
    found = resolve_range(text, now)
    assert found.stated, text
    return found.start, found.end


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
def test_days_weeks_and_weekends(now: datetime) -> None:
    today = now.date()
    assert span("what's on my calendar today", now) == day_range(today)
    assert span("what's on my calendar tomorrow", now) == day_range(today + timedelta(days=1))
    assert span("what did i have yesterday", now) == day_range(today - timedelta(days=1))
    assert span("remove thursday's lunch from my calendar", now) == day_range(coming(now, 3))
    assert span("any meetings on friday", now) == day_range(coming(now, 4))
    assert span("what do i have this week", now) == (datetime.combine(today, time()),
                                                      datetime.combine(next_monday(now), time()))
    assert span("what's happening next week", now) == day_range(next_monday(now), 7)
    assert span("delete all my weekend events", now) == day_range(coming(now, 5), 2)


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
def test_parts_of_the_day_and_clock_times(now: datetime) -> None:
    today = datetime.combine(now.date(), time())
    tomorrow = today + timedelta(days=1)
    assert span("what's on this afternoon", now) == (today + timedelta(hours=12), today + timedelta(hours=18))
    assert span("am i busy tomorrow morning", now) == (tomorrow + timedelta(hours=6), tomorrow + timedelta(hours=12))
    assert span("what do i have tonight", now) == (today + timedelta(hours=18), today + timedelta(hours=24))
    start, end = span("cancel my meeting tomorrow at 3pm", now)
    assert (start, end - start) == (tomorrow + timedelta(hours=15), timedelta(minutes=1))


def test_a_clock_time_alone_is_the_next_time_it_comes() -> None:
    morning = datetime(2026, 12, 7, 10, 0)
    assert span("cancel my two o'clock", morning)[0] == datetime(2026, 12, 7, 14, 0)
    evening = datetime(2026, 12, 7, 20, 0)
    assert span("cancel my two o'clock", evening)[0] == datetime(2026, 12, 8, 14, 0)


def test_dates_in_words_and_across_the_year_end() -> None:
    now = datetime(2026, 12, 31, 20, 0)
    assert span("what's on january 2nd", now) == day_range(date(2027, 1, 2))
    assert span("what's on the 5th", now) == day_range(date(2027, 1, 5))
    assert span("anything next month", now) == day_range(date(2027, 1, 1), 31)


def test_no_time_stated_is_the_coming_week_or_month() -> None:
    now = datetime(2026, 12, 7, 10, 0)
    assert resolve_range("what's on my calendar", now) == Range(now, now + timedelta(days=7), stated=False)
    assert resolve_range("when is my next appointment", now) == Range(now, now + timedelta(days=30), stated=False)
    assert resolve_range("when is my next appointment", now).planner_args() == ("2026-12-07 10:00:00",
                                                                                 "2027-01-06 10:00:00")


def test_holidays_spoken_possessives_and_clock_times_said_as_a_name() -> None:
    now = datetime(2026, 12, 7, 10, 0)
    assert span("what have i got on christmas day", now) == day_range(date(2026, 12, 25))
    assert span("do i have anything on new years eve", now) == day_range(date(2026, 12, 31))
    assert span("anything on new year's day", now) == day_range(date(2027, 1, 1))
    assert span("cancel tomorrows meeting", now) == day_range(date(2026, 12, 8))
    assert span("whats on my calender tomorow", now) == day_range(date(2026, 12, 8))
    assert span("what does my day look like", now) == day_range(date(2026, 12, 7))
    assert span("cancel my three thirty meeting", now)[0] == datetime(2026, 12, 7, 15, 30)


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
def test_noon_nights_days_ahead_and_the_rest_of_the_day(now: datetime) -> None:
    today = now.date()
    tomorrow = today + timedelta(days=1)
    assert span("do i have anything at noon tomorrow", now)[0] == datetime.combine(tomorrow, time(12))
    assert span("what do i have at twelve noon tomorrow", now)[0] == datetime.combine(tomorrow, time(12))
    assert span("anything on tomorrow night", now) == (datetime.combine(tomorrow, time(18)),
                                                      datetime.combine(tomorrow + timedelta(days=1), time()))
    assert span("what are my appointments for the next three days", now) == day_range(today, 3)
    assert span("what have i got in two days", now) == day_range(today + timedelta(days=2))
    assert span("cancel all meetings for the rest of the day", now) == (now.replace(second=0, microsecond=0),
                                                                       datetime.combine(tomorrow, time()))


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d"))
def test_a_month_named_without_a_day_is_that_month(now: datetime) -> None:
    january = date(now.year + 1, 1, 1)
    assert span("what do i have in january", now) == (datetime.combine(january, time()),
                                                      datetime.combine(date(now.year + 1, 2, 1), time()))
    december = span("show my calendar for december", now)
    assert december[1] == datetime.combine(date(now.year + 1, 1, 1), time())
    assert span("meetings on december twentieth", now)[1] - span("meetings on december twentieth", now)[0] \
        == timedelta(days=1)

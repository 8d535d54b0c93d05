"""Reads and removals beside other errands, moved events and calendars sent on (COMPAT section 10)."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.planning.continuation import combined
from agent.planning.routes import routed_plan
from agent.plans.plan import parse_plan
from agent.understanding.scope import request_scope
from tools.catalogue import CATALOGUE

NOW = datetime(2026, 12, 7, 10, 0)  # a Monday


def rendered(text: str) -> list[str]:
    route = routed_plan(text, NOW, request_scope(text), CATALOGUE)
    assert route is not None
    return route.plan.render().removesuffix("<END_OF_PLAN>").split("\n")


def rest_of(text: str) -> str:
    route = routed_plan(text, NOW, request_scope(text), CATALOGUE)
    assert route is not None
    return route.rest


def test_a_read_beside_a_removal_keeps_both() -> None:
    assert rendered("i need shanice's email address. also, cancel call with deepa tomorrow") == [
        '1. get_email_address("Shanice")',
        '2. delete_calendar_event("deepa", "2026-12-08 00:00:00", "2026-12-09 00:00:00")',
        "3. join()"]


def test_the_errand_beside_a_removal_is_left_to_the_planner() -> None:
    text = "Mark the oil change reminder done. And mail Doudim Dubois a recap of slides.pdf"
    assert rendered(text)[0] == '1. complete_reminder("oil change")'
    assert rest_of(text) == "mail Doudim Dubois a recap of slides.pdf"


def test_words_that_ask_for_nothing_are_neither_query_nor_rest() -> None:
    text = "the choir debrief went well. kindly remove book club for today from the calendar please."
    assert rendered(text)[0] == '1. delete_calendar_event("book club", "2026-12-07 00:00:00", "2026-12-08 00:00:00")'
    assert rest_of(text) == ""


def test_an_errand_that_uses_an_earlier_result_is_planned_with_it() -> None:
    assert routed_plan("read mike's email and text him the address", NOW,
                       request_scope("read mike's email and text him the address"), CATALOGUE) is None


@pytest.mark.parametrize("text, query", [
    ("quick favor: remove everything on my calendar today!", ""),
    ("help me wipe my calendar tomorrow, ty", ""),
    ("i'd like you to delete the meeting at 1pm tomorrow, ty", ""),
])
def test_politeness_and_generic_words_are_no_query(text: str, query: str) -> None:
    assert rendered(text)[0].startswith(f'1. delete_calendar_event("{query}"')


def test_an_event_named_without_a_time_is_looked_for_in_the_coming_week() -> None:
    assert rendered("cancel my dentist appointment")[0] == (
        '1. delete_calendar_event("dentist", "2026-12-07 10:00:00", "2026-12-14 10:00:00")')


def test_a_move_is_the_deletion_then_the_event_again_at_the_new_time() -> None:
    assert rendered("bump tomorrow's dentist appointment to 8AM") == [
        '1. delete_calendar_event("dentist", "2026-12-08 00:00:00", "2026-12-09 00:00:00")',
        '2. create_calendar_event("Dentist appointment", "2026-12-08 08:00:00", "2026-12-08 09:00:00", "", [], "", "")',
        "3. join()"]
    assert rendered("move my yoga class on friday to thursday at 4:15")[1].startswith(
        '2. create_calendar_event("Yoga class", "2026-12-10 16:15:00"')


@pytest.mark.parametrize("text", ["reschedule the dentist to next week", "move the file to my desktop folder"])
def test_a_move_without_a_new_clock_time_or_of_no_event_is_the_planners(text: str) -> None:
    assert routed_plan(text, NOW, request_scope(text), CATALOGUE) is None


def test_a_calendar_sent_to_an_address_or_number_needs_no_lookup() -> None:
    assert rendered("mail admin@everly.ca my calendar for this weekend") == [
        '1. get_calendar_events("2026-12-12 00:00:00", "2026-12-14 00:00:00", "")',
        '2. compose_new_email(["admin@everly.ca"], [], "My calendar for this weekend", "$1", [])',
        "3. join()"]
    assert rendered("let 568-675-1394 know what my tuesday looks like by text")[1] == (
        '2. send_sms(["568-675-1394"], "$1")')


@pytest.mark.parametrize("text, lookup", [
    ("text my agent Anna what's on my calendar this weekend", 'get_phone_number("Anna")'),
    ("I'd like to email my babysitter, Jizyth what's on my calendar this weekend please.",
     'get_email_address("Jizyth")'),
    ("Hey, send Josefina Fitzgerald a text with my plans for next week.", 'get_phone_number("Josefina Fitzgerald")'),
])
def test_a_calendar_sent_on_looks_up_the_person_not_their_role(text: str, lookup: str) -> None:
    assert rendered(text)[1] == f"2. {lookup}"


def test_plans_that_are_no_calendar_are_no_read() -> None:
    assert routed_plan("Email Sam about my plans for the trip", NOW,
                       request_scope("Email Sam about my plans for the trip"), CATALOGUE) is None


def test_combined_plans_keep_each_parts_references() -> None:
    first = parse_plan('1. open_note("List", "")\n2. remove_note_content("List", "$1", "")\n3. join()')
    rest = parse_plan('1. get_phone_number("Ann")\n2. send_sms(["$1"], "hi")\n3. join()')
    assert combined([first, rest]).render() == (
        '1. open_note("List", "")\n2. remove_note_content("List", "$1", "")\n3. get_phone_number("Ann")\n'
        '4. send_sms(["$3"], "hi")\n5. join()<END_OF_PLAN>')

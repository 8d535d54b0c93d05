"""A plan may only create or send what the request asks for."""

from __future__ import annotations

from agent.planning.scope_check import OUT_OF_SCOPE_ANSWER, REMOVAL_ANSWER, check_scope, scope_answer
from agent.plans.plan import parse_plan
from agent.understanding.scope import request_scope
from tools.catalogue import CATALOGUE

CREATES_EVENT = ('1. get_email_address("Evan Parker")\n'
                 '2. create_calendar_event("Meeting with Ethan Parker", "2026-12-12 09:00:00", "", "", ["$1"], "", '
                 '"")\n3. join()')


def test_a_removal_that_would_create_an_event_becomes_join_with_an_answer() -> None:
    checked = check_scope(parse_plan(CREATES_EVENT), request_scope("delete my weekend events with evan parker"),
                          CATALOGUE)
    assert checked is not None
    assert checked.plan.render() == "1. join()<END_OF_PLAN>"
    assert checked.answer == REMOVAL_ANSWER
    assert checked.note == "Dropped what the request did not ask for: create_calendar_event."


def test_only_the_unasked_part_of_a_mixed_plan_is_dropped_and_steps_renumbered() -> None:
    plan = parse_plan('1. create_calendar_event("Lunch", "2026-12-10 12:00:00", "", "", [], "", "")\n'
                      '2. get_phone_number("Ann")\n3. send_sms(["$2"], "I am free")\n4. join()')
    checked = check_scope(plan, request_scope("cancel thursday's lunch and text Ann that I am free"), CATALOGUE)
    assert checked is not None and checked.answer == ""
    assert [s.render() for s in checked.plan.steps] == ['1. get_phone_number("Ann")',
                                                         '2. send_sms(["$1"], "I am free")', "3. join()"]


def test_a_plan_the_request_asks_for_is_left_alone() -> None:
    assert check_scope(parse_plan(CREATES_EVENT), request_scope("schedule a meeting with evan parker saturday"),
                       CATALOGUE) is None
    assert check_scope(parse_plan(CREATES_EVENT), request_scope("mtg w/ evan parker sat"), CATALOGUE) is None


def test_read_only_steps_are_kept_for_a_question() -> None:
    plan = parse_plan('1. maps_open_location("Uluru")\n2. join()')
    assert check_scope(plan, request_scope("where is uluru?"), CATALOGUE) is None


def test_the_answer_for_a_plan_that_does_nothing() -> None:
    assert scope_answer(request_scope("play some jazz")) == OUT_OF_SCOPE_ANSWER
    assert scope_answer(request_scope("hello there")) == ""


def test_a_request_no_tool_serves_keeps_not_even_a_read() -> None:
    plan = parse_plan('1. get_calendar_events("2026-12-08 00:00:00", "2026-12-09 00:00:00", "")\n'
                      '2. maps_open_location("Paris")\n3. join()')
    checked = check_scope(plan, request_scope("whats the weather tomorrow in paris"), CATALOGUE)
    assert checked is not None and checked.plan.render() == "1. join()<END_OF_PLAN>"
    assert checked.answer == OUT_OF_SCOPE_ANSWER
    assert checked.note == "Dropped what no tool does for this request: get_calendar_events, maps_open_location."
    assert check_scope(plan, request_scope("show me paris on the map and what's the weather"), CATALOGUE) is None

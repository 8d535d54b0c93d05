"""agent.planning.repair: stray contact lookups are dropped only when nothing else changes."""

from __future__ import annotations

from agent.planning.repair import mend_ungrounded_lookups
from agent.plans.plan import parse_plan
from agent.plans.validate import validate
from tools.catalogue import CATALOGUE


def plan_of(*steps: str) -> str:
    lines = [f"{i}. {step}" for i, step in enumerate(steps, start=1)]
    return "\n".join(lines + [f"{len(steps) + 1}. join()"])


def test_an_invented_cc_is_dropped_and_the_plan_renumbered() -> None:
    request = "Email winter_concert_flyer.pdf to room3parents@example.org."
    plan = parse_plan(plan_of(
        'get_email_address("Trod Groposal")',
        'open_and_get_file_path("winter_concert_flyer.pdf")',
        'compose_new_email(["room3parents@example.org"], ["$1"], "Winter concert", "", ["$2"])'))
    repair = mend_ungrounded_lookups(plan, request, CATALOGUE)
    assert repair is not None
    assert repair.plan.render() == plan_of(
        'open_and_get_file_path("winter_concert_flyer.pdf")',
        'compose_new_email(["room3parents@example.org"], [], "Winter concert", "", ["$1"])') + "<END_OF_PLAN>"
    assert validate(repair.plan, CATALOGUE).ok
    assert repair.notes == ("Dropped: Step 1 looks up 'Trod Groposal', which the request does not name.",)


def test_lookups_that_are_grounded_or_only_unused_are_left_alone() -> None:
    plan = parse_plan(plan_of('get_phone_number("Ana")', 'get_email_address("Ana")',
                              'send_sms(["$1"], "On my way")'))
    assert mend_ungrounded_lookups(plan, "text Ana on my way and what's her email", CATALOGUE) is None


def test_a_misspelt_name_is_spelt_as_the_request_writes_it() -> None:
    plan = parse_plan(plan_of('get_email_address("Ms. Rezuzo")', 'get_email_address("ptole")',
                              'create_calendar_event("Meeting", "2026-11-21 15:00:00", "2026-11-21 16:00:00", "", '
                              '["$1", "$2"], "", "")'))
    repair = mend_ungrounded_lookups(plan, "meeting w/ ms. rezofo and ptolemy tmrw 3pm", CATALOGUE)
    assert repair is not None
    assert [step.args[0] for step in repair.plan.steps[:2]] == ["Ms. Rezofo", "ptolemy"]
    assert repair.notes[0] == "Respelt step 1: 'Ms. Rezuzo' as 'Ms. Rezofo'."
    assert repair.plan.steps[2].args == plan.steps[2].args


def test_an_extra_recipient_among_others_is_dropped_from_every_list() -> None:
    plan = parse_plan(plan_of(
        'get_email_address("Ifeoma")', 'get_email_address("Quentin")',
        'get_zoom_meeting_link("Critique", "2026-11-25 13:30:00", 60, ["$1", "$2"])',
        'compose_new_email(["$1", "$2"], [], "Link", "$3", [])'))
    repair = mend_ungrounded_lookups(plan, "zoom with Ifeoma at 1:30 wednesday, email her the link", CATALOGUE)
    assert repair is not None
    assert [step.render() for step in repair.plan.steps] == [
        '1. get_email_address("Ifeoma")',
        '2. get_zoom_meeting_link("Critique", "2026-11-25 13:30:00", 60, ["$1"])',
        '3. compose_new_email(["$1"], [], "Link", "$2", [])', "4. join()"]


def test_a_stray_lookup_that_is_the_only_recipient_or_in_a_message_is_kept() -> None:
    lone = parse_plan(plan_of('get_email_address("Bruno")', 'compose_new_email(["$1"], [], "Hi", "", [])'))
    assert mend_ungrounded_lookups(lone, "email ptolemy hi", CATALOGUE) is None
    message = parse_plan(plan_of('get_phone_number("Ana")', 'get_email_address("Bob")',
                                 'send_sms(["$1"], "Bob is at $2")'))
    assert mend_ungrounded_lookups(message, "text Ana where Robert is", CATALOGUE) is None


def test_grounded_plans_are_left_alone() -> None:
    sound = parse_plan(plan_of('get_phone_number("Ana")', 'send_sms(["$1"], "Hi")'))
    assert mend_ungrounded_lookups(sound, "text Ana hi", CATALOGUE) is None


def test_a_pronoun_lookup_is_dropped_not_respelt() -> None:
    plan = parse_plan(plan_of('get_phone_number("Ana")', 'get_phone_number("She")', 'send_sms(["$1", "$2"], "Hi")'))
    repair = mend_ungrounded_lookups(plan, "text Ana that she is late", CATALOGUE)
    assert repair is not None and [step.render() for step in repair.plan.steps] == [
        '1. get_phone_number("Ana")', '2. send_sms(["$1"], "Hi")', "3. join()"]


def test_file_lookups_are_never_dropped() -> None:
    plan = parse_plan(plan_of('open_and_get_file_path("Invented.pdf")', 'get_phone_number("Ana")',
                              'send_sms(["$2"], "Hi")'))
    assert mend_ungrounded_lookups(plan, "text Ana hi", CATALOGUE) is None

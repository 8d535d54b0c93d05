"""agent.planning.grounding: a lookup must be about a name or file the request gives."""

from __future__ import annotations

import pytest

from agent.planning.grounding import ungrounded
from agent.plans.plan import parse_plan


def plan_of(*steps: str) -> str:
    lines = [f"{i}. {step}" for i, step in enumerate(steps, start=1)]
    return "\n".join(lines + [f"{len(steps) + 1}. join()"])


@pytest.mark.parametrize(("request_text", "step"), [
    ("text Walt I'm late", 'get_phone_number("Walt")'),
    ("TEXT WALT I'M LATE", 'get_phone_number("Walt")'),  # any case
    ("email doctor mbeki the forms", 'get_email_address("Dr. Mbeki")'),  # titles written any way
    ("whats bartholomews email adress", 'get_email_address("Bartholomew")'),  # possessive without apostrophe
    ("What's Bartholomew's email?", 'get_email_address("Bartholomew")'),
    ("send Invoice-2026-118.pdf to billing@x.example", 'open_and_get_file_path("Invoice-2026-118.pdf")'),
    ("show me the Louvre", 'maps_open_location("Louvre Museum, Paris")'),  # places may be completed
])
def test_lookups_of_what_the_request_names_are_grounded(request_text: str, step: str) -> None:
    assert ungrounded(parse_plan(plan_of(step)), request_text) == ()


def test_an_invented_name_or_file_is_named() -> None:
    plan = parse_plan(plan_of('get_email_address("Rewsletter")', 'get_phone_number("Hamish")',
                              'open_and_get_file_path("White winter_concert_flyer.pdf")'))
    assert ungrounded(plan, "text Hamish the winter_concert_flyer.pdf") == (
        "Step 1 looks up 'Rewsletter', which the request does not name.",
        "Step 3 looks up 'White winter_concert_flyer.pdf', which the request does not name.")


def test_references_and_other_tools_are_not_checked() -> None:
    plan = parse_plan(plan_of('create_note("Anything at all", "text", "")', 'get_phone_number("$1")'))
    assert ungrounded(plan, "make a note") == ()


def test_a_contact_lookup_of_a_pronoun_names_no_one() -> None:
    plan = parse_plan(plan_of('get_email_address("She")', 'get_phone_number("Ana")'))
    assert ungrounded(plan, "email ana@x.example and ask whether she can come; text Ana too") == (
        "Step 1 looks up 'She', a pronoun rather than a name.",)

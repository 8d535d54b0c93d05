"""Texts go to phone numbers and mails and invites to email addresses, whatever `$k` the planner wrote."""

from __future__ import annotations

from agent.planning.lookup_kinds import mend_lookup_kinds
from agent.plans.plan import parse_plan


def mended(text: str) -> tuple[str, str]:
    result = mend_lookup_kinds(parse_plan(text))
    assert result is not None
    return result[0].render(), result[1]


def unchanged(text: str) -> bool:
    return mend_lookup_kinds(parse_plan(text)) is None


def test_a_text_to_an_email_lookup_uses_the_same_persons_phone_lookup() -> None:
    plan, note = mended('1. get_email_address("Vulakum")\n2. get_phone_number("Vulakum")\n'
                        '3. get_zoom_meeting_link("Sync", "2026-12-08 10:00:00", 60, ["$1"])\n'
                        '4. send_sms(["$1"], "$3")\n5. join()')
    assert '4. send_sms(["$2"], "$3")' in plan and "step 4 now uses step 2" in note
    assert '["$1"])' in plan.splitlines()[2]  # the invite keeps the email address


def test_a_lookup_only_the_wrong_kind_of_step_uses_becomes_the_right_kind() -> None:
    plan, note = mended('1. get_email_address("Ana")\n2. send_sms(["$1"], "Running late.")\n3. join()')
    assert plan.startswith('1. get_phone_number("Ana")') and "looks up a phone number" in note
    plan, _ = mended('1. get_phone_number("Bo")\n2. forward_email(["$1"], [], "", [])\n3. join()')
    assert plan.startswith('1. get_email_address("Bo")')


def test_right_plans_and_lookups_used_both_ways_are_left_alone() -> None:
    assert unchanged('1. get_phone_number("Ana")\n2. send_sms(["$1"], "Hi")\n3. join()')
    assert unchanged('1. get_email_address("Ana")\n2. compose_new_email(["$1"], [], "Hi", "", [])\n'
                  '3. send_sms(["$1"], "Hi")\n4. join()')  # no phone lookup to use, and the mail needs it
    assert unchanged('1. get_email_address("Ana")\n2. create_note("Ana", "$1", "")\n3. join()')

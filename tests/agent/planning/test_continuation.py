"""agent.planning.continuation and agent.planning.agreement.missing_tools: where a plan that stopped early is taken
up again."""

from __future__ import annotations

import pytest

from agent.planning.agreement import AgreementPolicy, missing_tools
from agent.planning.continuation import continuation_note, unfinished
from agent.plans.plan import parse_plan

PLAN = parse_plan('1. get_phone_number("Walt")\n2. send_sms(["$1"], "late")\n3. join()')


def test_missing_tools_are_the_confident_ones_no_step_calls_most_likely_first() -> None:
    probabilities = {"get_phone_number": 0.999, "send_sms": 0.2, "create_note": 0.996, "create_reminder": 0.999}
    assert missing_tools(PLAN, probabilities, 0.995) == ("create_reminder", "create_note")
    assert missing_tools(PLAN, probabilities, 0.999) == ()  # strictly above
    assert missing_tools(PLAN, {}, 0.5) == ()


def test_unfinished_cuts_the_text_before_its_join_step() -> None:
    written = '1. get_phone_number("<n1>")\n2. send_sms(["$1"], "<q1>")\n3. join()'
    assert unfinished(written) == ('1. get_phone_number("<n1>")\n2. send_sms(["$1"], "<q1>")\n', 3)
    assert unfinished("Thought: nothing to do\n1. join()") == ("Thought: nothing to do\n", 1)


def test_unfinished_needs_a_join_step_at_the_start_of_a_line() -> None:
    assert unfinished('1. get_phone_number("<n1>")\n2. send_sms(["$1"], "2. join()") ') is None
    assert unfinished("") is None


def test_the_note_names_each_tool_with_its_score() -> None:
    note = continuation_note(3, ("create_reminder",), {"create_reminder": 0.9987})
    assert note == ("Continued from step 3: the planner had stopped without calling `create_reminder` (1.00), "
                    "which the request seems to need.")


def test_every_threshold_must_be_a_probability() -> None:
    with pytest.raises(ValueError):
        AgreementPolicy(continue_above=1.5)
    policy = AgreementPolicy(expect_above=1.0, continue_above=0.99)
    assert policy.active and policy.expected_above == 0.99  # a plan the session would continue is doubtful too
    assert AgreementPolicy(expect_above=0.95, continue_above=0.995).expected_above == 0.95

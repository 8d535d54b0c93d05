"""agent.planning.agreement: how a plan's tool set is judged against ToolRAG's per-tool probabilities."""

from __future__ import annotations

import math

import pytest

from agent.planning.agreement import AgreementPolicy, doubts, log_likelihood, planned_tools
from agent.plans.plan import parse_plan

PLAN = parse_plan('1. get_phone_number("Walt")\n2. send_sms(["$1"], "late")\n3. join()')
PROBABILITIES = {"get_phone_number": 0.9, "send_sms": 0.8, "create_note": 0.1, "create_reminder": 0.97}


def test_planned_tools_leave_out_join() -> None:
    assert planned_tools(PLAN) == {"get_phone_number", "send_sms"}


def test_a_planned_tool_scored_below_the_floor_is_a_doubt() -> None:
    plan = parse_plan('1. create_note("x", "y", "")\n2. join()')
    assert doubts(plan, PROBABILITIES, AgreementPolicy(doubt_below=0.3)) == (
        "`create_note` is unlikely for this request (0.10).",)


def test_a_confident_tool_missing_from_the_plan_is_a_doubt() -> None:
    assert doubts(PLAN, PROBABILITIES, AgreementPolicy(expect_above=0.95)) == (
        "`create_reminder` looks needed (0.97) but no step calls it.",)


def test_no_doubts_when_the_policy_is_off_or_nothing_was_predicted() -> None:
    odd = parse_plan('1. create_note("x", "y", "")\n2. join()')
    assert doubts(odd, PROBABILITIES, AgreementPolicy()) == ()
    assert doubts(odd, {}, AgreementPolicy(0.3, 0.95)) == ()
    assert not AgreementPolicy().active and AgreementPolicy(expect_above=0.9).active


def test_log_likelihood_is_the_probability_of_exactly_this_tool_set() -> None:
    expected = math.log(0.9) + math.log(0.8) + math.log(0.9) + math.log(0.03)
    assert log_likelihood(PLAN, PROBABILITIES) == pytest.approx(expected)
    with_reminder = parse_plan('1. get_phone_number("Walt")\n2. send_sms(["$1"], "late")\n'
                               '3. create_reminder("call", "2026-11-21 09:00:00", "", "", 0, False)\n4. join()')
    assert log_likelihood(with_reminder, PROBABILITIES) > log_likelihood(PLAN, PROBABILITIES)


def test_certain_probabilities_stay_finite() -> None:
    assert math.isfinite(log_likelihood(PLAN, {"get_phone_number": 0.0, "create_note": 1.0}))


@pytest.mark.parametrize("low, high", [(-0.1, 1.0), (0.0, 1.5)])
def test_thresholds_outside_zero_to_one_are_refused(low: float, high: float) -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        AgreementPolicy(low, high)

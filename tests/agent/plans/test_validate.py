"""Every validation problem, with the message the planner gets back when it replans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.plans.plan import Plan, Step, parse_plan
from agent.plans.validate import build_dag, describe_dag, validate
from tools.catalogue import CATALOGUE


def problems(text: str) -> tuple[str, ...]:
    return validate(parse_plan(text), CATALOGUE).messages


def test_gold_style_plan_is_valid_and_its_dag_has_the_reference_edges() -> None:
    plan = parse_plan('1. get_phone_number("Walt")\n2. open_note("Garden plan", "")\n'
                      '3. send_sms(["$1"], "$2")\n4. join()<END_OF_PLAN>')
    result = validate(plan, CATALOGUE)
    assert result.ok, result.messages
    assert set(result.graph.edges) == {(1, 3), (2, 3), (1, 4), (2, 4), (3, 4)}
    assert describe_dag(result.graph).splitlines() == [
        "1. get_phone_number", "2. open_note", "3. send_sms <- 1, 2", "4. join <- 1, 2, 3"]


def test_join_only_plan_is_valid() -> None:
    assert problems("1. join()<END_OF_PLAN>") == ()


def test_unknown_tool() -> None:
    (message,) = problems('1. book_table("Luigi\'s", 4)\n2. join()')
    assert message.startswith("Step 1 calls `book_table`, which is not an available tool (available: "
                              "create_calendar_event, get_phone_number")


def test_wrong_arity_names_the_signature() -> None:
    (message,) = problems('1. send_sms(["Ann"])\n2. join()')
    assert message == ("Step 1: `send_sms(recipients: list[str], message: str) -> str` takes 2 arguments "
                       "but 1 were given.")


@pytest.mark.parametrize(("call", "expected"), [
    ('create_reminder("x", "", "", "", "high", False)',
     "Step 1: argument `priority` of `create_reminder` must be an integer, not a string ('high')."),
    ('create_reminder("x", "", "", "", True, False)',
     "Step 1: argument `priority` of `create_reminder` must be an integer, not a boolean (True)."),
    ('create_reminder("x", "", "", "", 1, "yes")',
     "Step 1: argument `all_day` of `create_reminder` must be True or False, not a string ('yes')."),
    ('get_phone_number(42)', "Step 1: argument `name` of `get_phone_number` must be a string, not an integer (42)."),
    ('send_sms([1, 2], "hi")',
     "Step 1: argument `recipients` of `send_sms` must be a list of strings, but item 1 is an integer (1)."),
    ('send_sms({"a": 1}, "hi")',
     "Step 1: argument `recipients` of `send_sms` must be a list of strings, not a dictionary ({'a': 1})."),
])
def test_wrong_types(call: str, expected: str) -> None:
    assert problems(f"1. {call}\n2. join()") == (expected,)


def test_accepted_shapes_single_string_for_list_none_and_references_for_any_type() -> None:
    text = ('1. get_phone_number("Ann")\n2. send_sms("$1", None)\n'
            '3. create_reminder("x", "", "", "", "$1", "${1}")\n'
            '4. get_zoom_meeting_link("t", "2026-11-20 10:00:00", 30, ("a@b.c",))\n5. join()')
    assert problems(text) == ()


def test_reference_to_missing_and_later_steps() -> None:
    text = '1. get_phone_number("$2")\n2. send_sms(["$7"], "hi")\n3. join()'
    assert problems(text) == (
        "Step 1 uses $2, but only earlier steps can be referenced.",
        "Step 2 uses $7, but there is no step 7.",
    )


def test_self_reference_is_a_later_step_not_a_cycle_edge() -> None:
    assert problems('1. get_phone_number("$1")\n2. join()') == (
        "Step 1 uses $1, but only earlier steps can be referenced.",)


def test_cycle_is_reported() -> None:
    text = '1. get_phone_number("$2")\n2. get_email_address("$1")\n3. join()'
    assert problems(text)[-1] == "The steps depend on each other in a cycle (1 -> 2)."


def test_duplicate_and_non_consecutive_numbers() -> None:
    assert problems('1. get_phone_number("a")\n1. get_phone_number("b")\n2. join()') == (
        "Step number 1 is used more than once.",
        "Step numbers must start at 1 and increase by 1: expected step 3, found 2.",
    )
    assert problems('2. get_phone_number("a")\n3. join()') == (
        "Step numbers must start at 1 and increase by 1: expected step 1, found 2.",
        "Step numbers must start at 1 and increase by 1: expected step 2, found 3.",
    )


def test_missing_join_and_empty_plan() -> None:
    assert problems('1. get_phone_number("a")') == (
        "The plan does not end with `join()`; every plan must end with it.",)
    assert problems("I cannot help with that.") == ("The plan has no steps; it must at least end with `join()`.",)


def test_join_not_last_and_join_with_arguments() -> None:
    plan = Plan((Step(1, "join", ()), Step(2, "get_phone_number", ("a",))))
    assert validate(plan, CATALOGUE).messages == ("`join()` (step 1) must be the last step and appear only once.",)
    assert problems('1. join("done")') == ("Step 1: `join()` takes no arguments.",)


def test_parser_problems_become_validation_problems() -> None:
    assert problems('1. send_sms(recipients=["a"], message="hi")\n2. join()')[0] == (
        'Could not parse the line `1. send_sms(recipients=["a"], message="hi")`: step 1: named arguments are '
        "not allowed (recipients, message); pass every argument by position.")
    assert problems("1. send_sms(['a'], 'hi'\n2. join()")[0].startswith(
        "Could not parse the line `1. send_sms(['a'], 'hi'`: is not of the form")


def test_problem_carries_its_step() -> None:
    result = validate(parse_plan('1. get_phone_number(1)\n2. join()'), CATALOGUE)
    assert [p.step for p in result.problems] == [1]


def test_join_depends_on_every_earlier_step() -> None:
    graph = build_dag(parse_plan('1. get_phone_number("a")\n2. get_email_address("b")\n3. join()'))
    assert set(graph.predecessors(3)) == {1, 2}


@pytest.mark.parametrize("line", Path("/work/shared/eval/sample.jsonl").read_text().splitlines())
def test_every_gold_plan_is_valid(line: str) -> None:
    assert validate(parse_plan(json.loads(line)["plan"]), CATALOGUE).messages == ()

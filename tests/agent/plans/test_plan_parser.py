"""The plan format: streaming parser invariance under any chunking, round trips, defects of the original,
and exact `$k` / `${k}` substitution."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.plans.plan import END_OF_PLAN, Plan, Ref, Step, StreamingParser, parse_plan, ref_indices, substitute
from tools.catalogue import CATALOGUE

GOLD_PLANS = [json.loads(line)["plan"] for line in Path("/work/shared/eval/sample.jsonl").read_text().splitlines()
              if line.strip()]


def parse_in_chunks(text: str, cuts: list[int]) -> tuple[Plan, list[Step]]:
    parser = StreamingParser()
    streamed: list[Step] = []
    bounds = [0, *sorted(set(cuts)), len(text)]
    for start, end in pairwise(bounds):
        streamed += parser.feed(text[start:end])
    plan = parser.finish()
    return plan, streamed


@st.composite
def chunked(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> tuple[str, list[int]]:
    text = draw(texts)
    return text, draw(st.lists(st.integers(0, len(text)), max_size=40))


# Strings the planner might write: quotes, backslashes, newlines, references, `<`, parentheses, unicode.
plan_strings = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["$1", "${2}", "$10", "see $1 and ${3}", "a \"quoted\" (text)", "C:\\files\\x.pdf", "<b>"]),
).filter(lambda s: END_OF_PLAN not in s)  # the stop string ends generation wherever it appears
literals = st.one_of(plan_strings, st.integers(-5, 500), st.booleans(), st.none(),
                     st.lists(plan_strings, max_size=3))


@st.composite
def generated_plans(draw: st.DrawFn) -> str:
    count = draw(st.integers(0, 5))
    steps = []
    for index in range(1, count + 1):
        spec = draw(st.sampled_from(list(CATALOGUE)))
        args = tuple(draw(literals) for _ in spec.args)
        thought = draw(st.sampled_from(["", "look it up first", "then send it"]))
        steps.append(Step(index, spec.name, args, thought))
    steps.append(Step(count + 1, "join", ()))
    text = Plan(tuple(steps)).render()
    return text if draw(st.booleans()) else text[: -len(END_OF_PLAN)] + "\n"  # only the stop at the end


@pytest.mark.parametrize("gold", GOLD_PLANS)
def test_gold_plans_parse_cleanly(gold: str) -> None:
    plan = parse_plan(gold)
    assert plan.complete and not plan.problems and plan.steps[-1].tool == "join"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_gold_plans_are_identical_for_every_chunking(data: st.DataObject) -> None:
    text, cuts = data.draw(chunked(st.sampled_from(GOLD_PLANS)))
    plan, streamed = parse_in_chunks(text, cuts)
    assert plan == parse_plan(text)
    assert tuple(streamed) == plan.steps  # every step was delivered as soon as its line completed


@settings(max_examples=200, deadline=None)
@given(chunked(generated_plans()))
def test_generated_plans_round_trip_for_every_chunking(case: tuple[str, list[int]]) -> None:
    text, cuts = case
    plan, streamed = parse_in_chunks(text, cuts)
    whole = parse_plan(text)
    assert plan == whole and not plan.problems
    assert plan.render().replace(END_OF_PLAN, "") == text.replace(END_OF_PLAN, "").rstrip("\n")
    assert [s.index for s in streamed] == [s.index for s in plan.steps]


@settings(max_examples=150, deadline=None)
@given(chunked(st.text(alphabet="1. ()\"$[],jointhgu:\n<END_OF_PLAN>xyz", max_size=80)))
def test_arbitrary_text_never_crashes_and_never_depends_on_chunking(case: tuple[str, list[int]]) -> None:
    text, cuts = case
    plan, _ = parse_in_chunks(text, cuts)
    assert plan == parse_plan(text)


def test_step_split_across_tokens_is_not_dropped() -> None:
    parser = StreamingParser()
    pieces = ["1", ". get_ph", 'one_number("A', 'nn")\n2. jo', "in()<END_", "OF_PLAN>ignored"]
    got = [step for piece in pieces for step in parser.feed(piece)]
    assert [s.tool for s in got] == ["get_phone_number", "join"]
    assert parser.finish().complete


def test_unparsable_arguments_are_a_problem_not_one_string_argument() -> None:
    plan = parse_plan('1. send_sms(["Ann", "hi")\n2. join()')
    assert [s.tool for s in plan.steps] == ["join"]
    assert plan.problems[0].message.startswith("step 1: arguments are not valid Python literals")


@pytest.mark.parametrize(("line", "message"), [
    ('1. a("x") + b("y")', "step 1: the line holds more than one call; write exactly one tool call per step"),
    ("1. a({[1]: 2})", "step 1: arguments must be literals (strings, numbers, booleans, None, lists) or "),
    ("1. a(" + "(" * 200 + ")" * 200 + ")", "step 1: arguments are not valid Python literals"),
    ("1. a(x=1)", "step 1: named arguments are not allowed (x); pass every argument by position"),
    ("1. Book a table", "is not of the form `N. tool_name(arguments)`"),
])
def test_malformed_lines_become_problems(line: str, message: str) -> None:
    (problem,) = parse_plan(line + "\n2. join()").problems
    assert problem.message.startswith(message)


def test_thought_belongs_to_the_next_step_and_free_text_is_ignored() -> None:
    plan = parse_plan("Sure! Here is the plan.\nThought: find Ann\n1. get_phone_number('Ann')\n2. join()")
    assert plan.steps[0].thought == "find Ann" and plan.steps[1].thought == ""
    assert not plan.problems


def test_render_escapes_control_characters() -> None:
    step = Step(1, "create_note", ("a\rb\tc\x00 \"q\" \\ é", "line1\nline2", ""))
    assert parse_plan(step.render()).steps == (step,)


# --- references and substitution --------------------------------------------------------------------------

def test_reference_indices_are_exact() -> None:
    assert ref_indices("$1 $10 ${2} $${3} $x $") == [1, 10, 2, 3]
    assert Step(3, "t", ("$1 and $1", ["${2}", "$1"])).refs == (Ref(1), Ref(2))


def test_substitution_never_replaces_a_prefix() -> None:
    observations = {1: "ONE", 10: "TEN", 2: "TWO"}
    assert substitute("$1/$10/${1}0/${10}", observations) == "ONE/TEN/ONE0/TEN"


def test_substitution_in_strings_list_items_and_tuples() -> None:
    observations = {1: "ann@example.org", 2: "a $1 inside"}
    assert substitute(["$1", "x", "cc: ${2}"], observations) == ["ann@example.org", "x", "cc: a $1 inside"]
    assert substitute(("$1",), observations) == ("ann@example.org",)
    assert substitute(5, observations) == 5 and substitute(None, observations) is None


def test_observation_text_is_not_substituted_again() -> None:
    assert substitute("$1", {1: "$2", 2: "no"}) == "$2"

"""The joiner: model decisions, garbage fallback, deterministic answers and the last-round rule."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agent.planning.backends.base import GenerationOptions, PlannerError
from agent.plans.plan import parse_plan
from agent.running.events import FIX_HINT, StepFailed, StepOk, StepSkipped
from agent.running.executor import StepRecord
from agent.running.joiner import (
    NO_TOOL_ANSWER,
    Finish,
    Joiner,
    Replan,
    compose_answer,
    join_log,
    parse_join_output,
)

PLAN = parse_plan('Thought: look up Walt\n1. get_phone_number("Walt")\n2. send_sms(["$1"], "hi")\n3. join()')
OK = {1: StepRecord(1, "get_phone_number", ("Walt",), StepOk("+1 555")),
      2: StepRecord(2, "send_sms", (["+1 555"], "hi"), StepOk("Sent the message."))}
FIXABLE = {1: StepRecord(1, "get_phone_number", ("Walt",), StepFailed("No contact 'Walt'.", fixable=True)),
           2: StepRecord(2, "send_sms", (["$1"], "hi"), StepSkipped("Not run because step 1 failed."))}


class Canned:
    """A planner backend double that returns one fixed text (or raises) and records the prompt."""

    name = "canned"

    def __init__(self, text: str = "", error: bool = False) -> None:
        self.text, self.error, self.prompts, self.options = text, error, [], []

    def stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        self.prompts.append(prompt)
        self.options.append(options)
        if self.error:
            raise PlannerError("server down")
        yield from (self.text[i:i + 3] for i in range(0, len(self.text), 3))

    def count_tokens(self, text: str) -> int:
        return len(text.split())


class JoinPrompt:
    join_stop = ("<END_OF_RESPONSE>",)

    def join_prompt(self, query: str, log: str) -> str | None:
        return f"Question: {query}\n{log}\n"


class NoJoinPrompt:
    join_stop = ()

    def join_prompt(self, query: str, log: str) -> str | None:
        return None


def test_log_has_thoughts_calls_and_observations() -> None:
    assert join_log(PLAN, FIXABLE) == (
        'Thought: look up Walt\n1. get_phone_number("Walt")\n'
        f"Observation: Error: No contact 'Walt'. {FIX_HINT}\n"
        '2. send_sms(["$1"], "hi")\nObservation: Skipped: Not run because step 1 failed.')


@pytest.mark.parametrize(("text", "decision"), [
    ("Thought: all sent.\nAction: Finish(I texted Walt.)", Finish("I texted Walt.", "all sent.")),
    ("Thought: the lookup failed\nAction: Replan", Replan("the lookup failed")),
    ("Action: Finish(Done (really).)\n", Finish("Done (really).")),
    ("I think we are done", None),
    ("Action: Finish()", None),
    ("Action: Finish no parens", None),
])
def test_parse_join_output(text: str, decision: object) -> None:
    assert parse_join_output(text) == decision


def test_model_decision_is_used() -> None:
    backend = Canned("Thought: ok\nAction: Finish(I sent Walt a text.)")
    joiner = Joiner(JoinPrompt(), backend)
    assert joiner.decide("text Walt", PLAN, OK, can_replan=True) == Finish("I sent Walt a text.", "ok")
    assert backend.prompts[0].startswith("Question: text Walt\nThought: look up Walt\n")
    assert backend.options[0].stop == ("<END_OF_RESPONSE>",)


@pytest.mark.parametrize("backend", [Canned("blah blah"), Canned(error=True)])
def test_garbage_or_planner_error_falls_back_to_the_deterministic_joiner(backend: Canned) -> None:
    joiner = Joiner(JoinPrompt(), backend)
    assert joiner.decide("text Walt", PLAN, FIXABLE, can_replan=True) == Replan(
        "Step 1 failed with an error a new plan can fix.")
    assert joiner.decide("text Walt", PLAN, OK, can_replan=True) == Finish("Sent the message.")


def test_last_round_may_only_finish() -> None:
    joiner = Joiner(JoinPrompt(), Canned("Thought: retry\nAction: Replan"))
    decision = joiner.decide("text Walt", PLAN, FIXABLE, can_replan=False)
    assert isinstance(decision, Finish)
    assert decision.answer.startswith("Step 1 (`get_phone_number`) did not complete: Error: No contact 'Walt'.")


def test_deterministic_joiner_without_a_join_prompt() -> None:
    joiner = Joiner(NoJoinPrompt(), Canned("Action: Replan"))
    assert joiner.decide("text Walt", PLAN, OK, can_replan=True) == Finish("Sent the message.")
    assert joiner.decide("text Walt", PLAN, FIXABLE, can_replan=True) == Replan(
        "Step 1 failed with an error a new plan can fix.")


def test_unfixable_error_finishes_with_the_error() -> None:
    records = {1: StepRecord(1, "get_phone_number", ("Walt",), StepFailed("contacts server down")),
               2: StepRecord(2, "send_sms", (["$1"], "hi"), StepSkipped("Not run because step 1 failed."))}
    decision = Joiner(NoJoinPrompt()).decide("text Walt", PLAN, records, can_replan=True)
    assert decision == Finish(
        "Step 1 (`get_phone_number`) did not complete: Error: contacts server down\n"
        "Step 2 (`send_sms`) did not complete: Skipped: Not run because step 1 failed.")


def test_no_tool_plan_is_answered_without_the_model() -> None:
    backend = Canned("Action: Finish(Jane Austen)")
    plan = parse_plan("1. join()")
    assert Joiner(JoinPrompt(), backend).decide("Who wrote Emma?", plan, {}, can_replan=True) == Finish(
        NO_TOOL_ANSWER)
    assert backend.prompts == []
    assert compose_answer(plan, {}) == NO_TOOL_ANSWER

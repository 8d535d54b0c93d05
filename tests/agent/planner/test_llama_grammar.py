"""With the plan grammar on, even a model with random weights writes a valid plan over the selected tools."""

from __future__ import annotations

import pytest

from agent.grammar import GrammarLimits, plan_grammar
from agent.plan import END_OF_PLAN, parse_plan
from agent.planner.base import GenerationOptions
from agent.planner.llama import LlamaBackend
from agent.validate import validate
from tools.catalogue import CATALOGUE
from tools.spec import Registry

SELECTIONS = [
    ["get_phone_number", "send_sms"],
    ["get_email_address", "compose_new_email", "open_and_get_file_path"],
    ["create_calendar_event", "create_reminder", "get_zoom_meeting_link"],
    list(CATALOGUE.names),
]
LIMITS = GrammarLimits(max_steps=5, max_string=24, max_list=3, max_thought=40)


@pytest.fixture(scope="module", params=[1, 2, 3])
def random_planner(request: pytest.FixtureRequest, tiny_gguf):
    backend = LlamaBackend(tiny_gguf, n_ctx=4096, n_threads=1, seed=request.param)
    yield backend
    backend.close()


@pytest.mark.parametrize("temperature", [0.0, 1.0])
@pytest.mark.parametrize("selection", SELECTIONS, ids=lambda s: f"{len(s)}-tools")
def test_random_weights_still_plan_validly(random_planner: LlamaBackend, selection: list[str],
                                           temperature: float) -> None:
    tools = CATALOGUE.subset(selection)
    options = GenerationOptions(stop=(END_OF_PLAN,), max_tokens=3000, temperature=temperature,
                                grammar=plan_grammar(tools, LIMITS))
    text = "".join(random_planner.stream(f"Question: please do it\nTools: {selection}\n", options))
    plan = parse_plan(text)
    assert plan.complete and not plan.problems, text
    checked = validate(plan, Registry(tools))
    assert checked.ok, (text, checked.messages)
    assert set(plan.tools) <= set(selection)
    assert plan.steps[-1].tool == "join" and len(plan.steps) <= LIMITS.max_steps + 1

"""With the plan grammar on, even a model with random weights writes a valid plan over the selected tools."""

from __future__ import annotations

import pytest

from agent.planning.backends.base import GenerationOptions
from agent.planning.backends.llama import LlamaBackend
from agent.planning.grammar import Continuation, GrammarLimits, plan_grammar
from agent.plans.plan import END_OF_PLAN, parse_plan
from agent.plans.validate import validate
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


ADMITTED = [
    '1. join()<END_OF_PLAN>',
    'Thought: find Ann first\n1. get_phone_number("Ann")\n2. send_sms(["$1"], "Running late, sorry!")\n'
    '3. join()<END_OF_PLAN>',
    '1. get_phone_number("Ann")\n2. get_phone_number("Bo")\n3. send_sms(["$1", "$2"], "Her number: $1.")\n'
    '4. join()<END_OF_PLAN>',
    '1. create_reminder("Call \\"Mum\\"", "2026-11-21 09:00:00", "", "", 1, True)\n2. join()<END_OF_PLAN>',
    '1. send_sms([], "a\\nb")\n2. join()<END_OF_PLAN>',
    '1. get_phone_number("<n1>")\n2. send_sms(["$1", "<p1>"], "<q1> at <n2>")\n3. join()<END_OF_PLAN>',  # placeholders
]
REJECTED = [
    '1. maps_open_location("station")\n2. join()<END_OF_PLAN>',  # not a selected tool
    '1. get_phone_number("Ann", "Bo")\n2. join()<END_OF_PLAN>',  # wrong arity
    '1. get_phone_number("$1")\n2. join()<END_OF_PLAN>',  # reference to itself
    '1. get_phone_number("Ann")\n2. send_sms(["$1"], "$12")\n3. join()<END_OF_PLAN>',  # no step 12 yet
    '1. get_phone_number("Ann")\n3. join()<END_OF_PLAN>',  # numbering gap
    '1. create_reminder("x", "", "", "", "high", True)\n2. join()<END_OF_PLAN>',  # string for an int
    '1. get_phone_number(name="Ann")\n2. join()<END_OF_PLAN>',  # named argument
    '1. get_phone_number("<x1>")\n2. join()<END_OF_PLAN>',  # `<` only opens a placeholder
]


@pytest.fixture(scope="module")
def forcing_llm(tiny_gguf):
    import llama_cpp

    llm = llama_cpp.Llama(str(tiny_gguf), n_ctx=1024, n_threads=1, verbose=False)
    yield llm
    llm.close()


def grammar_admits(llm, grammar: str | None, text: str) -> bool:
    """Push the model towards `text` token by token; under the grammar it comes out only if the grammar allows it."""
    import llama_cpp

    prompt = llm.tokenize(b"Question: plan\n", add_bos=True)
    target = llm.tokenize(text.encode(), add_bos=False, special=True)

    def force(input_ids, scores):
        position = len(input_ids) - len(prompt)
        if position < len(target):
            scores[target[position]] += 1e4
        return scores

    out = llm.create_completion(prompt, max_tokens=len(target) + 4, temperature=0.0, stop=[END_OF_PLAN],
                                grammar=llama_cpp.LlamaGrammar.from_string(grammar) if grammar else None,
                                logits_processor=llama_cpp.LogitsProcessorList([force]))
    return out["choices"][0]["text"] == text.removesuffix(END_OF_PLAN)


def test_grammar_admits_well_formed_plans(forcing_llm) -> None:
    grammar = plan_grammar(CATALOGUE.subset(["get_phone_number", "create_reminder", "send_sms"]))
    for text in ADMITTED:
        assert grammar_admits(forcing_llm, grammar, text), text


def test_grammar_refuses_invalid_plans(forcing_llm) -> None:
    grammar = plan_grammar(CATALOGUE.subset(["get_phone_number", "create_reminder", "send_sms"]))
    for text in REJECTED:
        assert grammar_admits(forcing_llm, None, text), text  # the forcing itself works
        assert not grammar_admits(forcing_llm, grammar, text), text


def _call_of_every_tool(seed: int) -> list[str]:
    """For each catalogue tool, a plan whose step 2 calls it with random literals of the right types."""
    import random

    from agent.plans.plan import Step

    rng = random.Random(seed)
    alphabet = 'ab Zé"\\\n,()[]{}#:.!?0123'

    def string() -> str:
        if rng.random() < 0.3:
            return rng.choice(["$1", "Note: $1", "$1, thanks"])
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))

    def literal(kind: str):
        if kind == "int":
            return rng.choice([0, 7, 60, -5, 1234])
        if kind == "bool":
            return rng.choice([True, False])
        if kind == "str":
            return string()
        return [string() for _ in range(rng.randint(0, 3))]

    plans = []
    for spec in CATALOGUE:
        step = Step(2, spec.name, tuple(literal(a.type) for a in spec.args))
        plans.append(f'1. get_phone_number("Ann")\n{step.render()}\n3. join()' + END_OF_PLAN)
    return plans


@pytest.mark.parametrize("seed", [0, 1])
def test_grammar_admits_every_tool_with_literals_of_its_types(forcing_llm, seed: int) -> None:
    grammar = plan_grammar(list(CATALOGUE))
    for text in _call_of_every_tool(seed):
        assert parse_plan(text).steps[1].tool != "join"
        assert grammar_admits(forcing_llm, grammar, text), text


def test_only_the_requests_placeholders_can_be_written(forcing_llm) -> None:
    tools = CATALOGUE.subset(["get_phone_number", "send_sms"])
    two = '1. get_phone_number("<n1>")\n2. get_phone_number("<n2>")\n3. join()<END_OF_PLAN>'
    one = '1. get_phone_number("<n1>")\n2. send_sms(["$1"], "at <q1>")\n3. join()<END_OF_PLAN>'
    assert grammar_admits(forcing_llm, plan_grammar(tools, placeholders=("<n1>", "<q1>")), one)
    assert not grammar_admits(forcing_llm, plan_grammar(tools, placeholders=("<n1>", "<q1>")), two)
    assert not grammar_admits(forcing_llm, plan_grammar(tools, placeholders=()), one)
    with pytest.raises(ValueError, match="not placeholders"):
        plan_grammar(tools, placeholders=('"<n1>" | x',))


def test_a_continuation_must_call_a_missing_tool_first(forcing_llm) -> None:
    tools = CATALOGUE.subset(["get_phone_number", "create_reminder", "send_sms"])
    grammar = plan_grammar(tools, continuation=Continuation(3, ("create_reminder",)))
    admitted = ['3. create_reminder("Water it", "", "", "", 0, False)\n4. join()<END_OF_PLAN>',
                '3. create_reminder("Ask $2", "", "", "", 0, False)\n4. send_sms(["$1"], "$3")\n5. join()<END_OF_PLAN>']
    rejected = ["3. join()<END_OF_PLAN>", '3. send_sms(["$1"], "hi")\n4. join()<END_OF_PLAN>',
                '1. create_reminder("Water it", "", "", "", 0, False)\n2. join()<END_OF_PLAN>',
                '3. create_reminder("Ask $3", "", "", "", 0, False)\n4. join()<END_OF_PLAN>']
    for text in admitted:
        assert grammar_admits(forcing_llm, grammar, text), text
    for text in rejected:
        assert not grammar_admits(forcing_llm, grammar, text), text

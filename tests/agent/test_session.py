"""The session end to end with the scripted planner, the real catalogue and in-memory backends."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.planning.agreement import AgreementPolicy
from agent.planning.backends.base import PlannerError
from agent.planning.backends.scripted import ScriptedBackend
from agent.record.history import HistoryStore
from agent.running.cancel import CancelToken
from agent.running.events import (
    FIX_HINT,
    Answer,
    Approval,
    Failed,
    NeedsApproval,
    PlanReady,
    PlanStarted,
    StepFinished,
    StepParsed,
    StepStarted,
)
from agent.running.joiner import NO_TOOL_ANSWER
from agent.session import NO_APPS_MESSAGE, Session, SessionConfig
from agent.toolrag.base import Example, ToolSelection
from tools.catalogue import CATALOGUE, TOOL_NAMES
from tools.spec import APPS

from .conftest import Collector, MemoryBackends

NOW = datetime(2026, 11, 20, 10, 0)
TEXT_WALT = ('1. get_phone_number("Walt")\n2. open_note("Garden plan", "")\n3. send_sms(["$1"], "$2")\n'
             "4. join()<END_OF_PLAN>")


class EchoProfile:
    """A prompt profile double: prompts that show what the session passed in."""

    name = "echo"
    stop = ("<END_OF_PLAN>",)
    join_stop = ()
    masks_values = False
    tools = TOOL_NAMES

    def plan_prompt(self, request) -> str:  # type: ignore[no-untyped-def]
        return f"PLAN {request.query} | {[s.name for s in request.tools]} | {len(request.examples)} examples"

    def replan_prompt(self, request, previous_plan, observations) -> str:  # type: ignore[no-untyped-def]
        return f"REPLAN {request.query}\n{previous_plan.render()}\n{observations}"

    def join_prompt(self, query: str, log: str) -> str | None:
        return None


class FixedSelector:
    def __init__(self, tools: Sequence[str]) -> None:
        self.tools = tuple(tools)

    def select(self, query: str, enabled_tools: Sequence[str]) -> ToolSelection:
        return ToolSelection(tuple(t for t in self.tools if t in enabled_tools), seconds=0.01)


class OneExample:
    def retrieve(self, query: str, tools: Sequence[str], k: int = 6) -> list[Example]:
        return [Example("text Ann", '1. get_phone_number("Ann")\n2. join()', ("get_phone_number",))]


def make_session(memory: MemoryBackends, responses: list, *, tools: Sequence[str] = (
        "get_phone_number", "open_note", "send_sms"), **config: object) -> tuple[Session, ScriptedBackend]:
    planner = ScriptedBackend(responses)
    session = Session(
        registry=CATALOGUE, backends=memory.as_backends(), selector=FixedSelector(tools), retriever=OneExample(),
        profile=EchoProfile(), planner=planner,
        config=SessionConfig(**{"enabled_apps": APPS, **config}),  # type: ignore[arg-type]
        history=HistoryStore())
    return session, planner


def approve(request: NeedsApproval) -> Approval:
    return Approval(True)


def test_request_end_to_end(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, [TEXT_WALT])
    result = session.handle("text Walt the garden plan", sink=events, approver=approve, now=NOW)
    assert result.status == "answered" and result.answer == "Sent the message to +1 555 0102."
    assert planner.prompts == ["PLAN text Walt the garden plan | ['get_phone_number', 'open_note', 'send_sms'] | "
                               "1 examples"]
    kinds = [type(e).__name__ for e in events.events]
    assert kinds[:6] == ["PlanStarted", "StepParsed", "StepParsed", "StepParsed", "StepParsed", "PlanReady"]
    asked = kinds.index("NeedsApproval")
    assert StepStarted(result.request_id, 3) in events.events[asked:]
    assert kinds[-1] == "Answer" and kinds.count("Answer") == 1 and "Failed" not in kinds
    assert events.of(NeedsApproval)[0].side_effect_steps == (3,)
    assert {e.request_id for e in events.events} == {result.request_id}
    assert memory.called("send_sms") == [(("+1 555 0102",), "tomatoes, basil")]
    entry, rounds = HistoryStore().details(result.request_id)
    assert entry.status == "answered" and entry.text == "text Walt the garden plan"
    assert rounds[0].approval == {"approved": True, "edits": []}
    assert [s.outcome for s in rounds[0].steps] == ["ok", "ok", "ok"]


def test_read_only_steps_run_before_approval_side_effects_after(memory: MemoryBackends) -> None:
    lookups_done = threading.Event()
    finished: set[int] = set()

    def sink(event: object) -> None:
        if isinstance(event, StepFinished):
            finished.add(event.index)
            if {1, 2} <= finished:
                lookups_done.set()

    def approver(request: NeedsApproval) -> Approval:
        assert lookups_done.wait(10), "read-only steps did not run while approval was pending"
        assert memory.called("send_sms") == []
        return Approval(True)

    session, _ = make_session(memory, [TEXT_WALT])
    assert session.handle("text Walt the garden plan", sink=sink, approver=approver, now=NOW).status == "answered"
    assert len(memory.called("send_sms")) == 1


def test_declined_plan_runs_no_side_effects(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [TEXT_WALT])
    result = session.handle("text Walt", sink=events, approver=lambda r: Approval(False), now=NOW)
    assert result.status == "cancelled"
    assert events.of(Failed)[0].message == "You cancelled the plan; nothing with side effects was done."
    assert memory.called("send_sms") == []
    assert result.rounds[0].records[3].outcome.reason == "You did not approve this step."


def test_edited_argument_is_used(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [TEXT_WALT])
    result = session.handle("text Walt", sink=events, approver=lambda r: Approval(True, {(3, 1): "See you!"}), now=NOW)
    assert result.status == "answered"
    assert memory.called("send_sms") == [(("+1 555 0102",), "See you!")]
    entry, rounds = HistoryStore().details(result.request_id)
    assert rounds[0].approval == {"approved": True, "edits": [[3, 1, "See you!"]]}


@pytest.mark.parametrize(("edits", "message"), [
    ({(1, 0): "Ann"}, "The plan was not run: step 1 may already have run, so its arguments cannot be edited"),
    ({(3, 5): "x"}, "The plan was not run: step 3 has no argument 6 to edit"),
    ({(3, 1): 42}, "The plan was not run: the edited plan is invalid: Step 3: argument `message` of `send_sms` "
                   "must be a string, not an integer (42)."),
])
def test_bad_edits_run_nothing_held(memory: MemoryBackends, events: Collector, edits: dict, message: str) -> None:
    session, _ = make_session(memory, [TEXT_WALT])
    result = session.handle("text Walt", sink=events, approver=lambda r: Approval(True, edits), now=NOW)
    assert (result.status, result.answer) == ("cancelled", message)
    assert memory.called("send_sms") == []


def test_broken_approver_cancels_the_plan(memory: MemoryBackends, events: Collector) -> None:
    def approver(request: NeedsApproval) -> Approval:
        raise RuntimeError("window closed")

    session, _ = make_session(memory, [TEXT_WALT])
    result = session.handle("text Walt", sink=events, approver=approver, now=NOW)
    assert (result.status, result.answer) == ("cancelled", "The plan was not run: window closed")
    assert memory.called("send_sms") == []


def test_always_allowed_tools_do_not_ask(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [TEXT_WALT], always_allow=frozenset({"send_sms"}))

    def never(request: NeedsApproval) -> Approval:
        raise AssertionError("asked for approval")

    assert session.handle("text Walt", sink=events, approver=never, now=NOW).status == "answered"
    assert events.of(NeedsApproval) == [] and len(memory.called("send_sms")) == 1


def test_dry_run_plans_and_validates_only(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [TEXT_WALT])
    result = session.handle("text Walt", sink=events, approver=approve, now=NOW, dry_run=True)
    assert result.status == "dry_run" and result.plan is not None and len(result.plan.steps) == 4
    assert memory.calls == [] and events.of(StepStarted) == []
    assert isinstance(events.events[-1], Answer)


def test_invalid_plan_is_replanned_with_the_problems(memory: MemoryBackends, events: Collector) -> None:
    bad = '1. get_phone_number("Walt", "mobile")\n2. join()<END_OF_PLAN>'
    session, planner = make_session(memory, [bad, TEXT_WALT])
    result = session.handle("text Walt", sink=events, approver=approve, now=NOW)
    assert result.status == "answered" and len(result.rounds) == 2
    assert planner.prompts[1].startswith("REPLAN text Walt\n1. get_phone_number(\"Walt\", \"mobile\")")
    assert ("Observation: Error: Step 1: `get_phone_number(name: str) -> str` takes 1 argument but 2 were given. "
            + FIX_HINT) in planner.prompts[1]
    assert [e.round for e in events.of(PlanStarted)] == [0, 1]
    assert events.of(PlanReady)[0].problems != () and events.of(PlanReady)[1].problems == ()


def test_invalid_plan_after_the_budget_fails(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, ['1. book_table("x")\n2. join()'], replan_budget=0)
    result = session.handle("book a table", sink=events, approver=approve, now=NOW)
    assert result.status == "failed"
    assert result.answer.startswith("The planner did not produce a valid plan: Step 1 calls `book_table`")
    assert isinstance(events.events[-1], Failed) and memory.calls == []


def test_fixable_tool_error_is_replanned(memory: MemoryBackends, events: Collector) -> None:
    wrong = '1. get_phone_number("Wlat")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>'
    right = '1. get_phone_number("Walt")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>'
    session, planner = make_session(memory, [wrong, right])
    result = session.handle("text Walt hi", sink=events, approver=approve, now=NOW)
    assert result.status == "answered" and result.answer == "Sent the message to +1 555 0102."
    assert f"Observation: Error: No contact named 'Wlat' has a phone number. {FIX_HINT}" in planner.prompts[1]
    assert "Observation: Skipped: Not run because step 1 (`get_phone_number`) failed." in planner.prompts[1]


def test_last_round_finishes_with_the_error(memory: MemoryBackends, events: Collector) -> None:
    wrong = '1. get_phone_number("Wlat")\n2. join()<END_OF_PLAN>'
    session, _ = make_session(memory, [wrong], replan_budget=0)
    result = session.handle("Wlat's number", sink=events, approver=approve, now=NOW)
    assert result.status == "answered"
    assert result.answer.startswith("Step 1 (`get_phone_number`) did not complete: Error: No contact named 'Wlat'")


@pytest.mark.parametrize(("error", "message"), [
    (PlannerError("server unreachable"), "The planner failed: server unreachable"),
    (RuntimeError("boom"), "Unexpected error: RuntimeError: boom"),
])
def test_planner_exceptions_end_with_failed(memory: MemoryBackends, events: Collector, error: Exception,
                                            message: str) -> None:
    session, _ = make_session(memory, [error])
    result = session.handle("text Walt", sink=events, approver=approve, now=NOW)
    assert (result.status, result.answer) == ("failed", message)
    assert events.events[-1] == Failed(result.request_id, message)
    assert HistoryStore().recent()[0].status == "failed"


def test_empty_selection_falls_back_to_every_enabled_tool(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, ["1. join()<END_OF_PLAN>"], tools=(),
                                    enabled_apps=("maps", "notes"))
    result = session.handle("hello there", sink=events, approver=approve, now=NOW)
    assert result.selection.fallback
    assert events.of(PlanStarted)[0].tools == ("maps_open_location", "maps_show_directions", "create_note",
                                               "open_note", "append_note_content", "remove_note_content")
    assert (result.status, result.answer) == ("answered", NO_TOOL_ANSWER)


def test_no_enabled_apps_answers_without_planning(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, [], enabled_apps=())
    result = session.handle("text Walt", sink=events, approver=approve, now=NOW)
    assert (result.status, result.answer) == ("answered", NO_APPS_MESSAGE) and planner.prompts == []


def test_calls_to_disabled_tools_are_invalid(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [TEXT_WALT], enabled_apps=("contacts", "notes"), replan_budget=0)
    result = session.handle("text Walt", sink=events, approver=approve, now=NOW)
    assert result.status == "failed" and "Step 3 calls `send_sms`, which is not an available tool" in result.answer
    assert memory.calls == []


def test_cancel_while_planning(memory: MemoryBackends) -> None:
    cancel = CancelToken()

    def sink(event: object) -> None:
        if isinstance(event, StepParsed):
            cancel.cancel()

    session, _ = make_session(memory, [TEXT_WALT])
    result = session.handle("text Walt", sink=sink, approver=approve, now=NOW, cancel=cancel)
    assert (result.status, result.answer) == ("cancelled", "The request was cancelled.")
    assert memory.calls == []


def test_given_tools_bypass_toolrag(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, ['1. maps_open_location("zoo")\n2. join()<END_OF_PLAN>'])
    result = session.handle("show the zoo", sink=events, approver=approve, now=NOW, tools=["maps_open_location"])
    assert planner.prompts[0].startswith("PLAN show the zoo | ['maps_open_location']")
    assert result.answer == "Showing zoo on the map."


def test_grammar_is_built_from_the_selected_tools(memory: MemoryBackends, events: Collector) -> None:
    seen: list[list[str]] = []

    def grammar(specs: Sequence, placeholders: Sequence = ()) -> str:  # type: ignore[type-arg]
        seen.append([s.name for s in specs])
        return 'root ::= "1. join()<END_OF_PLAN>"'

    session, planner = make_session(memory, ["1. join()<END_OF_PLAN>"], grammar_first=True)
    session.maker.grammar = grammar
    session.handle("hi", sink=events, approver=approve, now=NOW)
    assert seen == [["get_phone_number", "open_note", "send_sms"]]
    assert planner.options[0].grammar == 'root ::= "1. join()<END_OF_PLAN>"'
    assert planner.options[0].stop == ("<END_OF_PLAN>",)


def test_a_valid_free_plan_needs_no_grammar(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, [TEXT_WALT])
    session.maker.grammar = lambda specs, placeholders: 'root ::= "1. join()<END_OF_PLAN>"'
    result = session.handle("text Walt the garden plan", sink=events, approver=approve, now=NOW)
    assert [options.grammar for options in planner.options] == [None]
    assert result.status == "answered" and not result.rounds[0].attempt.grammar
    assert [e.step.index for e in events.of(StepParsed)] == [1, 2, 3, 4]  # every step shown once


def test_an_invalid_free_plan_is_regenerated_under_the_grammar(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, ['1. send_sms("Walt")\n2. join()<END_OF_PLAN>', TEXT_WALT])
    session.maker.grammar = lambda specs, placeholders: "root ::= \"anything\""
    result = session.handle("text Walt the garden plan", sink=events, approver=approve, now=NOW)
    assert [options.grammar for options in planner.options] == [None, "root ::= \"anything\""]
    assert len(result.rounds) == 1 and result.rounds[0].attempt.grammar and result.rounds[0].attempt.validation.ok
    assert [e.step.index for e in events.of(StepParsed)] == [1, 2, 3, 4]  # the invalid free plan is never shown



def test_tinyagent_profile_with_its_model_joiner(memory: MemoryBackends, events: Collector) -> None:
    from agent.planning.prompts import get_profile

    planner = ScriptedBackend([TEXT_WALT, "Thought: the message went out.\nAction: Finish(I texted Walt the garden "
                                          "plan.)<END_OF_RESPONSE>"])
    session = Session(registry=CATALOGUE, backends=memory.as_backends(), selector=FixedSelector(
        ("get_phone_number", "open_note", "send_sms")), retriever=OneExample(), profile=get_profile("tinyagent"),
        planner=planner, config=SessionConfig(enabled_apps=APPS))
    result = session.handle("text Walt the garden plan", sink=events, approver=approve, now=NOW)
    assert (result.status, result.answer) == ("answered", "I texted Walt the garden plan.")
    assert "Question: text Walt the garden plan" in planner.prompts[0]
    assert "Observation: +1 555 0102" in planner.prompts[1]  # the joiner read the executed plan
    assert planner.options[1].stop == ("<END_OF_RESPONSE>",)


def test_steps_are_published_while_the_planner_is_still_writing(memory: MemoryBackends) -> None:
    parsed: list[int] = []

    class Watching:
        """Yields the first line, then checks the session already published it before writing more."""

        name = "watching"

        def stream(self, prompt: str, options: object):  # type: ignore[no-untyped-def]
            yield '1. get_phone_number("Walt")\n'
            assert parsed == [1], "step 1 was not published as soon as its line ended"
            yield "2. join()<END_OF_PLAN>"

        def count_tokens(self, text: str) -> int:
            return len(text.split())

    session, _ = make_session(memory, [])
    session.maker.planner = Watching()  # type: ignore[assignment]
    result = session.handle("Walt's number", now=NOW, approver=approve,
                            sink=lambda e: parsed.append(e.step.index) if isinstance(e, StepParsed) else None)
    assert result.status == "answered" and result.answer == "+1 555 0102" and parsed == [1, 2]


PLANNER_OUTCOMES = st.sampled_from([
    TEXT_WALT,
    '1. get_phone_number("Wlat")\n2. join()<END_OF_PLAN>',  # a fixable tool error
    '1. send_sms("x")\n2. join()<END_OF_PLAN>',  # invalid
    "I am not sure what you mean.",  # no plan at all
    "1. join()<END_OF_PLAN>",
    PlannerError("server went away"),
    ValueError("a bug below the session"),
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(responses=st.lists(PLANNER_OUTCOMES, min_size=3, max_size=3), budget=st.integers(0, 2),
       approved=st.booleans())
def test_every_request_ends_with_exactly_one_answer_or_failure(responses: list, budget: int,
                                                               approved: bool) -> None:
    memory, events = MemoryBackends(), Collector()
    session, planner = make_session(memory, responses, replan_budget=budget)
    result = session.handle("text Walt", sink=events, approver=lambda r: Approval(approved), now=NOW)
    endings = [e for e in events.events if isinstance(e, (Answer, Failed))]
    assert len(endings) == 1 and endings[0] is events.events[-1]
    assert isinstance(endings[0], Answer) == (result.status == "answered")
    assert len(planner.prompts) <= budget + 1
    if not approved:
        assert memory.called("send_sms") == []


def test_grammar_is_built_once_per_tool_set(memory: MemoryBackends, events: Collector) -> None:
    built: list[tuple[str, ...]] = []

    def grammar(specs: Sequence, placeholders: Sequence = ()) -> str:  # type: ignore[type-arg]
        built.append(tuple(s.name for s in specs))
        return 'root ::= "1. join()<END_OF_PLAN>"'

    session, _ = make_session(memory, ["1. join()<END_OF_PLAN>"] * 3)
    session.maker.grammar = grammar
    for tools in (["open_note"], ["open_note"], ["send_sms"]):
        session.handle("hi", sink=events, approver=approve, now=NOW, tools=tools)
    assert built == [("open_note",), ("send_sms",)]


def test_compact_profile_plans_on_placeholders_and_shows_the_real_values(memory: MemoryBackends,
                                                                         events: Collector) -> None:
    from agent.planning.prompts import get_profile

    planner = ScriptedBackend(['1. get_phone_number("<n1>")\n2. open_note("<q1>", "")\n3. send_sms(["$1"], "$2")\n'
                               "4. join()<END_OF_PLAN>"])
    session = Session(registry=CATALOGUE, backends=memory.as_backends(), selector=FixedSelector(
        ("get_phone_number", "open_note", "send_sms")), retriever=None, profile=get_profile("errand-compact"),
        planner=planner, config=SessionConfig(enabled_apps=APPS))
    result = session.handle("text Walt the 'Garden plan' note", sink=events, approver=approve, now=NOW)
    assert "Question: text <n1> the '<q1>' note" in planner.prompts[0]
    assert "Walt" not in planner.prompts[0]
    assert [e.step.args[0] for e in events.of(StepParsed)[:2]] == ["Walt", "Garden plan"]
    attempt = result.rounds[0].attempt
    assert attempt.validation.ok and '"Walt"' in attempt.text and "<n1>" not in attempt.text
    assert ("send_sms", (("+1 555 0102",), "tomatoes, basil")) in memory.calls


def test_a_placeholder_the_request_does_not_have_makes_the_plan_invalid(memory: MemoryBackends,
                                                                      events: Collector) -> None:
    from agent.planning.prompts import get_profile

    planner = ScriptedBackend(['1. get_phone_number("<n2>")\n2. join()<END_OF_PLAN>'])
    session = Session(registry=CATALOGUE, backends=memory.as_backends(), selector=FixedSelector(
        ("get_phone_number",)), retriever=None, profile=get_profile("errand-compact"), planner=planner,
        config=SessionConfig(enabled_apps=APPS))
    attempt = session.plan("text Walt", tools=("get_phone_number",), now=NOW)
    assert attempt.validation.messages == ("Step 1 uses <n2>, which stands for nothing in the request.",)


def test_the_grammar_admits_only_the_requests_placeholders(memory: MemoryBackends, events: Collector) -> None:
    from agent.planning.grammar import plan_grammar
    from agent.planning.prompts import get_profile

    planner = ScriptedBackend(['1. get_phone_number("<n2>")\n2. join()<END_OF_PLAN>', "1. join()<END_OF_PLAN>"])
    session = Session(registry=CATALOGUE, backends=memory.as_backends(), selector=FixedSelector(
        ("get_phone_number",)), retriever=None, profile=get_profile("errand-compact"), planner=planner,
        config=SessionConfig(enabled_apps=APPS), grammar=plan_grammar)
    session.plan("text Walt", tools=("get_phone_number",), now=NOW)
    constrained = planner.options[1].grammar
    assert constrained is not None and 'placeholder ::= "<n1>"' in constrained


REDUNDANT = ('1. get_phone_number("Walt")\n2. get_phone_number("Walt")\n3. open_note("Garden plan", "")\n'
             '4. send_sms(["$1"], "$3")\n5. join()<END_OF_PLAN>')


def test_a_redundant_plan_is_resampled_and_the_clean_sample_used(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, [REDUNDANT, TEXT_WALT], resamples=2)
    result = session.handle("text Walt the garden plan", sink=events, approver=approve, now=NOW)
    assert [(options.temperature, options.seed) for options in planner.options] == [(0.0, None), (0.7, 1)]
    assert result.rounds[0].attempt.text == TEXT_WALT.removesuffix("<END_OF_PLAN>")  # the stop string is not kept
    assert [e.step.index for e in events.of(StepParsed)] == [1, 2, 3, 4]  # only the chosen plan is shown


def test_when_no_sample_is_clean_the_first_valid_plan_is_kept(memory: MemoryBackends, events: Collector) -> None:
    invalid = '1. send_sms("Walt")\n2. join()<END_OF_PLAN>'
    repeated_note = TEXT_WALT.replace("3. send_sms", '3. open_note("Garden plan", "")\n4. send_sms').replace(
        "4. join", "5. join")
    session, planner = make_session(memory, [repeated_note, invalid, repeated_note], resamples=2)
    attempt = session.plan("text Walt the garden plan", tools=("get_phone_number", "open_note", "send_sms"), now=NOW)
    assert len(planner.options) == 3 and attempt.validation.ok
    assert attempt.text == repeated_note.removesuffix("<END_OF_PLAN>") and attempt.repairs == ()


def test_when_no_sample_is_clean_an_invented_lookup_is_dropped(memory: MemoryBackends, events: Collector) -> None:
    invented_cc = ('1. get_phone_number("Walt")\n2. get_phone_number("Wilbur")\n3. open_note("Garden plan", "")\n'
                   '4. send_sms(["$1", "$2"], "$3")\n5. join()<END_OF_PLAN>')
    session, planner = make_session(memory, [REDUNDANT, invented_cc, REDUNDANT], resamples=2)
    result = session.handle("text Walt the garden plan", sink=events, approver=approve, now=NOW)
    attempt = result.rounds[0].attempt
    assert len(planner.options) == 3 and attempt.validation.ok
    assert attempt.text == TEXT_WALT.removesuffix("<END_OF_PLAN>")  # the second plan, without its invented cc
    assert attempt.repairs == ("Dropped: Step 2 looks up 'Wilbur', which the request does not name.",)
    assert events.of(PlanReady)[0].repairs == attempt.repairs  # shown with the plan
    assert [e.step.index for e in events.of(StepParsed)] == [1, 2, 3, 4]
    assert memory.called("phone_number") == [("Walt",)] and len(memory.called("send_sms")) == 1


class ScoringSelector(FixedSelector):
    """Selects like FixedSelector and reports per-tool probabilities, as the ONNX classifier does."""

    def __init__(self, probabilities: dict[str, float]) -> None:
        super().__init__([t for t, p in probabilities.items() if p > 0.05])
        self.probabilities = probabilities

    def select(self, query: str, enabled_tools: Sequence[str]) -> ToolSelection:
        return replace(super().select(query, enabled_tools), probabilities=self.probabilities)


WALT_PROBABILITIES = {"get_phone_number": 0.99, "open_note": 0.9, "send_sms": 0.99, "create_note": 0.2}
WITH_STRAY_NOTE = ('1. get_phone_number("Walt")\n2. open_note("Garden plan", "")\n3. send_sms(["$1"], "$2")\n'
                   '4. create_note("Garden", "$2", "")\n5. join()<END_OF_PLAN>')
NO_NOTE = '1. get_phone_number("Walt")\n2. send_sms(["$1"], "the garden plan")\n3. join()<END_OF_PLAN>'


def agreeing_session(memory: MemoryBackends, responses: list, policy: AgreementPolicy) -> tuple[Session,
                                                                                                ScriptedBackend]:
    planner = ScriptedBackend(responses)
    session = Session(
        registry=CATALOGUE, backends=memory.as_backends(), selector=ScoringSelector(WALT_PROBABILITIES),
        retriever=None, profile=EchoProfile(), planner=planner,
        config=SessionConfig(enabled_apps=APPS, resamples=2, agreement=policy), history=HistoryStore())
    return session, planner


def test_a_step_toolrag_finds_unlikely_makes_the_session_resample(memory: MemoryBackends, events: Collector) -> None:
    session, planner = agreeing_session(memory, [WITH_STRAY_NOTE, TEXT_WALT], AgreementPolicy(doubt_below=0.3))
    result = session.handle("text Walt the garden plan", sink=events, approver=approve, now=NOW)
    assert len(planner.options) == 2 and planner.options[1].temperature > 0
    assert result.rounds[0].attempt.text == TEXT_WALT.removesuffix("<END_OF_PLAN>")
    assert memory.called("create_note") == [] and len(memory.called("send_sms")) == 1


def test_a_missing_step_toolrag_is_sure_of_makes_the_session_resample(memory: MemoryBackends) -> None:
    session, planner = agreeing_session(memory, [NO_NOTE, TEXT_WALT], AgreementPolicy(expect_above=0.85))
    attempt = session.plan("text Walt the garden plan", tools=("get_phone_number", "open_note", "send_sms"),
                           now=NOW, probabilities=WALT_PROBABILITIES)
    assert len(planner.options) == 2 and attempt.text == TEXT_WALT.removesuffix("<END_OF_PLAN>")


def test_when_every_sample_disagrees_the_most_likely_tool_set_is_kept(memory: MemoryBackends) -> None:
    session, planner = agreeing_session(memory, [WITH_STRAY_NOTE, NO_NOTE, WITH_STRAY_NOTE],
                                        AgreementPolicy(doubt_below=0.3, expect_above=0.85))
    attempt = session.plan("text Walt the garden plan", tools=("get_phone_number", "open_note", "send_sms"),
                           now=NOW, probabilities=WALT_PROBABILITIES)
    assert len(planner.options) == 3
    # NO_NOTE drops open_note (log 0.1, and log 0.8 for leaving out create_note); the stray note costs log 0.2
    assert attempt.text == WITH_STRAY_NOTE.removesuffix("<END_OF_PLAN>")


def test_without_an_agreement_policy_toolrag_scores_change_nothing(memory: MemoryBackends) -> None:
    session, planner = agreeing_session(memory, [WITH_STRAY_NOTE, TEXT_WALT], AgreementPolicy())
    attempt = session.plan("text Walt the garden plan", tools=("get_phone_number", "open_note", "send_sms"),
                           now=NOW, probabilities=WALT_PROBABILITIES)
    assert len(planner.options) == 1 and attempt.text == WITH_STRAY_NOTE.removesuffix("<END_OF_PLAN>")


def test_a_lookup_of_a_name_the_request_never_gave_is_resampled(memory: MemoryBackends) -> None:
    invented = TEXT_WALT.replace('"Walt"', '"Wilbur"')
    session, planner = make_session(memory, [invented, TEXT_WALT], resamples=2)
    attempt = session.plan("text Walt the garden plan", tools=("get_phone_number", "open_note", "send_sms"), now=NOW)
    assert len(planner.options) == 2 and attempt.text == TEXT_WALT.removesuffix("<END_OF_PLAN>")


def test_redundancies_name_repeated_calls_and_unused_lookups() -> None:
    from agent.plans.plan import parse_plan
    from agent.plans.validate import redundancies

    assert redundancies(parse_plan(REDUNDANT), CATALOGUE) == (
        "Step 2 repeats step 1.", "Step 2 looks up a contact that no step uses.")
    assert redundancies(parse_plan(TEXT_WALT), CATALOGUE) == ()
    answer = parse_plan('1. get_email_address("Bartholomew")\n2. join()')
    assert redundancies(answer, CATALOGUE) == ()  # the lookup is the answer


def test_a_file_found_but_not_attached_to_the_email_is_redundant() -> None:
    from agent.plans.plan import parse_plan
    from agent.plans.validate import redundancies

    forgotten = parse_plan('1. open_and_get_file_path("deck.pdf")\n2. reply_to_email([], "", [])\n3. join()')
    assert redundancies(forgotten, CATALOGUE) == (
        "Step 1 finds a file that no step uses, in a plan that sends email.",)
    attached = parse_plan('1. open_and_get_file_path("deck.pdf")\n2. reply_to_email([], "", ["$1"])\n3. join()')
    assert redundancies(attached, CATALOGUE) == ()
    opened = parse_plan('1. open_and_get_file_path("deck.pdf")\n2. get_phone_number("Ana")\n'
                        '3. send_sms(["$2"], "Reading it now")\n4. join()')
    assert redundancies(opened, CATALOGUE) == ()  # opening a file to read it is the request's own errand


def test_results_that_only_confirm_or_repeat_a_tool_are_misused() -> None:
    from agent.plans.plan import parse_plan
    from agent.plans.validate import misused_results

    confirmation = parse_plan('1. get_email_address("Ana")\n2. get_phone_number("Ana")\n'
                              '3. maps_open_location("Kew Gardens")\n'
                              '4. compose_new_email(["$1"], [], "Kew", "$3", [])\n'
                              '5. send_sms(["$2"], "$4")\n6. join()')
    assert misused_results(confirmation, CATALOGUE) == (
        "Step 5 passes on step 4's result, which only confirms that compose_new_email was done.",)
    twice = parse_plan('1. open_and_get_file_path("a.pdf")\n2. summarize_pdf("$1")\n3. summarize_pdf("$2")\n4. join()')
    assert misused_results(twice, CATALOGUE) == ("Step 3 passes on the result of step 2, another summarize_pdf.",)
    sound = parse_plan('1. open_and_get_file_path("a.pdf")\n2. summarize_pdf("$1")\n'
                       '3. create_note("A", "$2", "")\n4. join()')
    assert misused_results(sound, CATALOGUE) == ()


def test_a_plan_that_passes_on_a_confirmation_is_resampled(memory: MemoryBackends) -> None:
    confirmation = TEXT_WALT.replace("3. send_sms", '3. create_note("Garden", "$2", "")\n4. send_sms').replace(
        '["$1"], "$2")', '["$1"], "$3")').replace("4. join", "5. join")
    session, planner = make_session(memory, [confirmation, TEXT_WALT], resamples=2)
    attempt = session.plan("text Walt the garden plan", tools=("get_phone_number", "open_note", "send_sms",
                                                               "create_note"), now=NOW)
    assert len(planner.options) == 2 and attempt.text == TEXT_WALT.removesuffix("<END_OF_PLAN>")


def test_the_grammar_cache_keeps_only_the_newest_entries(memory: MemoryBackends, monkeypatch) -> None:
    import agent.planning.plan_maker

    monkeypatch.setattr(agent.planning.plan_maker, "GRAMMAR_CACHE_SIZE", 2)
    session, _ = make_session(memory, [])
    session.maker.grammar = lambda specs, placeholders: f"root ::= {len(placeholders)}"
    specs = CATALOGUE.subset(["send_sms"])
    for placeholders in (("<n1>",), ("<n1>", "<n2>"), ("<n1>", "<n2>", "<n3>")):
        session.maker.grammar_for(specs, placeholders)
    assert [key[1] for key in session.maker._grammars] == [("<n1>", "<n2>"), ("<n1>", "<n2>", "<n3>")]


NO_REMINDER = '1. get_phone_number("Walt")\n2. send_sms(["$1"], "the garden plan")\n3. join()<END_OF_PLAN>'
REMINDER_PROBABILITIES = {"get_phone_number": 0.999, "send_sms": 0.999, "create_reminder": 0.998}


def continuing_session(memory: MemoryBackends, responses: list) -> tuple[Session, ScriptedBackend]:
    from agent.planning.grammar import plan_grammar

    planner = ScriptedBackend(responses)
    session = Session(
        registry=CATALOGUE, backends=memory.as_backends(), selector=ScoringSelector(REMINDER_PROBABILITIES),
        retriever=None, profile=EchoProfile(), planner=planner, grammar=plan_grammar,
        config=SessionConfig(enabled_apps=APPS, resamples=1,
                             agreement=AgreementPolicy(expect_above=0.95, continue_above=0.995)))
    return session, planner


def test_a_plan_that_stops_before_a_needed_tool_is_continued(memory: MemoryBackends, events: Collector) -> None:
    rest = '3. create_reminder("Water the garden", "2026-11-21 09:00:00", "", "", 0, False)\n4. join()<END_OF_PLAN>'
    session, planner = continuing_session(memory, [NO_REMINDER, NO_REMINDER, rest])
    result = session.handle("text Walt the garden plan and remind me tomorrow to water it", sink=events,
                            approver=approve, now=NOW)
    attempt = result.rounds[0].attempt
    prefix = NO_REMINDER.split("3. join()")[0]
    assert planner.prompts[2] == planner.prompts[0] + prefix  # the planner goes on from its own steps
    continuation = planner.options[2]
    assert continuation.temperature == 0.0 and continuation.grammar is not None
    assert continuation.grammar.startswith('root ::= step-3\nstep-3 ::= thought? "3. " call-3 "\\n" step-4\n'
                                           "call-3 ::= create-reminder-3\n")  # the next step: only the reminder
    assert attempt.text == prefix + rest.removesuffix("<END_OF_PLAN>")
    assert [step.tool for step in attempt.plan.steps] == ["get_phone_number", "send_sms", "create_reminder", "join"]
    assert attempt.repairs == ("Continued from step 3: the planner had stopped without calling `create_reminder` "
                               "(1.00), which the request seems to need.",)
    assert events.of(PlanReady)[0].repairs == attempt.repairs
    assert len(memory.called("create_reminder")) == 1


def test_a_continuation_that_makes_the_plan_worse_is_not_kept(memory: MemoryBackends) -> None:
    repeated = ('3. get_phone_number("Walt")\n4. create_reminder("Water it", "", "", "", 0, False)\n'
                '5. join()<END_OF_PLAN>')
    session, planner = continuing_session(memory, [NO_REMINDER, NO_REMINDER, repeated])
    attempt = session.plan("text Walt the garden plan and remind me", tools=tuple(REMINDER_PROBABILITIES), now=NOW,
                           probabilities=REMINDER_PROBABILITIES)
    assert len(planner.options) == 3  # continued once, then judged redundant (Walt looked up twice)
    assert attempt.text == NO_REMINDER.removesuffix("<END_OF_PLAN>") and attempt.repairs == ()


def test_a_plan_that_does_nothing_is_not_continued(memory: MemoryBackends) -> None:
    session, planner = continuing_session(memory, ["1. join()<END_OF_PLAN>", "1. join()<END_OF_PLAN>"])
    attempt = session.plan("is it rude to text Walt this late?", tools=tuple(REMINDER_PROBABILITIES), now=NOW,
                           probabilities=REMINDER_PROBABILITIES)
    assert len(planner.options) == 2 and attempt.text == "1. join()"


def test_without_a_grammar_a_plan_is_not_continued(memory: MemoryBackends) -> None:
    session, planner = continuing_session(memory, [NO_REMINDER, NO_REMINDER])
    session.maker.grammar = None
    attempt = session.plan("text Walt the garden plan and remind me", tools=tuple(REMINDER_PROBABILITIES), now=NOW,
                           probabilities=REMINDER_PROBABILITIES)
    assert len(planner.options) == 2 and attempt.text == NO_REMINDER.removesuffix("<END_OF_PLAN>")


def test_each_missing_tool_gets_its_own_continuation(memory: MemoryBackends) -> None:
    from agent.planning.grammar import plan_grammar

    probabilities = {**REMINDER_PROBABILITIES, "create_note": 0.997}
    planner = ScriptedBackend([NO_REMINDER, NO_REMINDER,  # the greedy plan and its resample both stop early
                               '3. create_reminder("Water it", "", "", "", 0, False)\n4. join()<END_OF_PLAN>',
                               '4. create_note("Garden", "Water it", "")\n5. join()<END_OF_PLAN>'])
    session = Session(
        registry=CATALOGUE, backends=memory.as_backends(), selector=ScoringSelector(probabilities), retriever=None,
        profile=EchoProfile(), planner=planner, grammar=plan_grammar,
        config=SessionConfig(enabled_apps=APPS, resamples=1, agreement=AgreementPolicy(continue_above=0.995)))
    attempt = session.plan("text Walt, remind me and note it", tools=tuple(probabilities), now=NOW,
                           probabilities=probabilities)
    assert len(planner.options) == 4
    assert "call-3 ::= create-note-3 | create-reminder-3\n" in planner.options[2].grammar  # either missing tool
    assert "call-4 ::= create-note-4\n" in planner.options[3].grammar  # only what is still missing
    assert planner.prompts[3].endswith('3. create_reminder("Water it", "", "", "", 0, False)\n')
    assert [step.tool for step in attempt.plan.steps] == [
        "get_phone_number", "send_sms", "create_reminder", "create_note", "join"]
    assert [note.split(":")[0] for note in attempt.repairs] == [
        "Continued from step 3", "Continued from step 4", "Text taken from the request's words"]  # "Garden": invented


WRONG_DAY = '1. create_reminder("Pay rent", "2026-11-24 09:00:00", "", "", 0, False)\n2. join()<END_OF_PLAN>'


def test_a_reminder_on_the_wrong_weekday_gets_the_day_the_request_names(memory: MemoryBackends,
                                                                         events: Collector) -> None:
    session, _ = make_session(memory, [WRONG_DAY], tools=("create_reminder",))
    result = session.handle("remind me friday at 7am to pay rent", sink=events, approver=approve, now=NOW)
    assert result.plan is not None and result.plan.steps[0].args[1] == "2026-11-27 07:00:00"
    ready = [e for e in events.events if isinstance(e, PlanReady)]
    assert ready[-1].repairs == ("Dates set from the request: Fri 27 Nov 2026 07:00.",)


def test_a_corrected_day_keeps_the_time_named_before(memory: MemoryBackends) -> None:
    session, _ = make_session(memory, [WRONG_DAY], tools=("create_reminder",), request_texts=False)
    attempt = session.plan("remind me friday at 7am, no wait, monday", tools=("create_reminder",), now=NOW)
    assert attempt.plan.steps[0].args[1] == "2026-11-23 07:00:00"
    assert attempt.repairs == ("Dates set from the request: Mon 23 Nov 2026 07:00.",)


def test_date_resolution_can_be_turned_off(memory: MemoryBackends) -> None:
    session, _ = make_session(memory, [WRONG_DAY], tools=("create_reminder",), resolve_dates=False)
    attempt = session.plan("remind me friday at 7am to pay rent", tools=("create_reminder",), now=NOW)
    assert attempt.plan.steps[0].args[1] == "2026-11-24 09:00:00"


def test_an_invented_reminder_title_becomes_the_requests_words(memory: MemoryBackends) -> None:
    invented = '1. create_reminder("Text my mentor Chogy", "", "", "", 0, False)\n2. join()<END_OF_PLAN>'
    session, _ = make_session(memory, [invented], tools=("create_reminder",))
    attempt = session.plan("remind me friday at 7am to pay the rent", tools=("create_reminder",), now=NOW)
    assert attempt.plan.steps[0].args[:2] == ("Pay the rent", "2026-11-27 07:00:00")
    assert attempt.repairs == ("Dates set from the request: Fri 27 Nov 2026 07:00.",
                               "Text taken from the request's words: name of step 1.")
    off = make_session(memory, [invented], tools=("create_reminder",), request_texts=False)[0]
    assert off.plan("remind me to pay the rent", tools=("create_reminder",), now=NOW).plan.steps[0].args[0] == (
        "Text my mentor Chogy")


def test_a_removal_never_creates_what_the_planner_wrote(memory: MemoryBackends, events: Collector) -> None:
    from agent.planning.scope_check import REMOVAL_ANSWER

    creates = ('1. create_calendar_event("Lunch break", "2026-11-21 12:00:00", "", "", [], "", "")\n'
               '2. join()<END_OF_PLAN>')
    # with routes off the planner writes the plan, as for a removal the routes do not recognise
    session, _ = make_session(memory, [creates], tools=("create_calendar_event",), read_routes=False)
    result = session.handle("remove thursday's lunch from my calendar", sink=events, approver=approve, now=NOW)
    assert (result.status, result.answer) == ("answered", REMOVAL_ANSWER)
    assert result.plan is not None and result.plan.tools == ()
    assert not events.of(NeedsApproval)
    off = make_session(memory, [creates], tools=("create_calendar_event",), scope_check=False, read_routes=False)[0]
    assert off.plan("remove thursday's lunch", tools=("create_calendar_event",), now=NOW).plan.tools == (
        "create_calendar_event",)


def test_a_retracted_errand_is_neither_planned_nor_continued(memory: MemoryBackends) -> None:
    texted = ('1. get_phone_number("Walt")\n2. send_sms(["$1"], "the garden plan")\n'
              '3. create_reminder("Call Walt", "", "", "", 0, False)\n4. join()<END_OF_PLAN>')
    session, _ = make_session(memory, [texted], tools=tuple(REMINDER_PROBABILITIES))
    attempt = session.plan("text Walt the garden plan and remind me - actually, no reminder",
                           tools=tuple(REMINDER_PROBABILITIES), now=NOW, probabilities=REMINDER_PROBABILITIES)
    assert attempt.plan.tools == ("get_phone_number", "send_sms")
    assert attempt.repairs == ("Dropped what the request did not ask for: create_reminder.",)
    session, planner = continuing_session(memory, [NO_REMINDER, NO_REMINDER, NO_REMINDER])
    result = session.handle("text Walt the garden plan and remind me - actually, no reminder", sink=lambda e: None,
                            approver=approve, now=NOW)
    assert result.plan is not None and result.plan.tools == ("get_phone_number", "send_sms")
    assert not any((options.grammar or "").startswith("root ::= step-3") for options in planner.options)


def test_a_contact_typed_in_lower_case_reaches_the_planner_as_a_name(memory: MemoryBackends) -> None:
    from agent.planning.prompts import get_profile

    planner = ScriptedBackend(['1. get_phone_number("<n1>")\n2. send_sms(["$1"], "running late")\n3. join()'
                               '<END_OF_PLAN>'])
    session = Session(registry=CATALOGUE, backends=memory.as_backends(), selector=None, retriever=None,
                      profile=get_profile("errand-compact"), planner=planner,
                      config=SessionConfig(enabled_apps=APPS, grammar=False))
    attempt = session.plan("text walt running late", tools=("get_phone_number", "send_sms"), now=NOW)
    assert "text <n1> running late" in planner.prompts[0]
    assert attempt.plan.steps[0].args == ("walt",)  # looked up as the user wrote it; contacts match any case


def test_the_planner_reads_spoken_numbers_as_digits(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, ["1. join()<END_OF_PLAN>"], tools=("maps_show_directions",))
    session.handle("dirs to eight hundred and sixty one orchard road at five thirty pm", sink=events,
                   approver=approve, now=NOW)
    assert planner.prompts[0].startswith("PLAN dirs to 861 orchard road at 5:30 pm |")

"""The executor: concurrency, substitution, failures, skips, timeouts, cancellation and held steps."""

from __future__ import annotations

import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.plans.plan import parse_plan
from agent.running.cancel import CancelToken
from agent.running.events import FIX_HINT, StepFailed, StepFinished, StepOk, StepSkipped, StepStarted, observation_text
from agent.running.executor import Executor, timed_out
from tools import context as tool_context
from tools.backends import ToolError
from tools.catalogue import CATALOGUE
from tools.spec import Registry, tool

from ..conftest import Collector, MemoryBackends


class Probe:
    """Backends for the test tools: a barrier both parallel steps must reach, and a gate that blocks."""

    def __init__(self) -> None:
        self.barrier = threading.Barrier(2, timeout=10)
        self.gate = threading.Event()


@tool(app="notes", side_effects=False, args=[("name", "str")], description=["Waits for a partner step."])
def meet(backends: Probe, name: str) -> str:
    backends.barrier.wait()  # raises BrokenBarrierError unless the other step runs at the same time
    return f"met {name}"


@tool(app="notes", side_effects=False, args=[("text", "str")], description=["Echoes its input."])
def echo(backends: Probe, text: str) -> str:
    return text


@tool(app="notes", side_effects=False, args=[("count", "int"), ("flag", "bool"), ("items", "list[str]")],
      description=["Shows the converted types."])
def types(backends: Probe, count: int, flag: bool, items: list[str]) -> str:
    return f"{count!r} {flag!r} {items!r}"


@tool(app="notes", side_effects=False, args=[("text", "str")], description=["Fails."])
def fail(backends: Probe, text: str) -> str:
    if text == "bug":
        raise KeyError("oops")
    raise ToolError(f"cannot use {text!r}", fixable=text == "fixable")


@tool(app="notes", side_effects=False, args=[], description=["Blocks until the gate opens."])
def block(backends: Probe) -> str:
    backends.gate.wait(10)
    return "unblocked"


@tool(app="sms", side_effects=True, args=[("text", "str")], description=["A step with side effects."])
def send(backends: Probe, text: str) -> str:
    return f"sent {text}"


@tool(app="notes", side_effects=False, args=[], description=["Returns the request text."])
def current_request(backends: Probe) -> str:
    return tool_context.request_text.get()


REGISTRY = Registry([meet, echo, types, fail, block, send, current_request])


@pytest.fixture
def probe() -> Probe:
    return Probe()


def run(text: str, probe: Probe, events: Collector, *, step_timeout: float = 60.0, **options: str) -> dict:
    return Executor(REGISTRY, probe, step_timeout=step_timeout).run(parse_plan(text), sink=events, **options)


def test_independent_steps_overlap(probe: Probe, events: Collector) -> None:
    records = run('1. meet("a")\n2. meet("b")\n3. echo("$1 and $2")\n4. join()', probe, events)
    assert [r.outcome for r in records.values()] == [StepOk("met a"), StepOk("met b"), StepOk("met a and met b")]
    assert 4 not in records  # join is the joiner's, not a tool


def test_events_start_before_finish_and_carry_the_request_id(probe: Probe, events: Collector) -> None:
    run('1. echo("x")\n2. echo("$1")\n3. join()', probe, events, request_id="r1")
    kinds = [(type(e).__name__, e.index) for e in events.events]
    assert kinds == [("StepStarted", 1), ("StepFinished", 1), ("StepStarted", 2), ("StepFinished", 2)]
    assert all(e.request_id == "r1" for e in events.events)


def test_values_from_observations_are_converted_to_declared_types(probe: Probe, events: Collector) -> None:
    records = run('1. echo("7")\n2. echo("true")\n3. types("$1", "$2", "$1")\n4. types(3, None, None)\n5. join()',
                  probe, events)
    assert records[3].outcome == StepOk("7 True ['7']")
    assert records[3].args == (7, True, ["7"])
    assert records[4].outcome == StepOk("3 None []")


def test_unconvertible_observation_is_a_fixable_failure(probe: Probe, events: Collector) -> None:
    records = run('1. echo("many")\n2. types("$1", True, [])\n3. join()', probe, events)
    assert records[2].outcome == StepFailed(
        "argument `count` needs an integer, but got 'many'", records[2].outcome.exception, fixable=True)


def test_failure_skips_dependants_and_keeps_independent_steps(probe: Probe, events: Collector) -> None:
    records = run('1. fail("fixable")\n2. echo("$1")\n3. echo("${2}")\n4. echo("free")\n5. join()', probe, events)
    failed = records[1].outcome
    assert isinstance(failed, StepFailed) and failed.fixable and isinstance(failed.exception, ToolError)
    assert observation_text(failed) == f"Error: cannot use 'fixable' {FIX_HINT}"
    assert records[2].outcome == StepSkipped("Not run because step 1 (`fail`) failed.")
    assert records[3].outcome == StepSkipped("Not run because step 2 (`echo`) was skipped.")
    assert records[4].outcome == StepOk("free")
    assert [e.index for e in events.of(StepStarted)] == [1, 4]


def test_unexpected_exception_becomes_an_unfixable_failure(probe: Probe, events: Collector) -> None:
    records = run('1. fail("bug")\n2. join()', probe, events)
    assert records[1].outcome.error == "`fail` failed: KeyError: 'oops'"
    assert not records[1].outcome.fixable
    assert observation_text(records[1].outcome) == "Error: `fail` failed: KeyError: 'oops'"


def test_step_timeout(probe: Probe, events: Collector) -> None:
    # Long enough that step 3 finishes in time on a busy machine; step 1 never does.
    records = run('1. block()\n2. echo("$1")\n3. echo("other")\n4. join()', probe, events, step_timeout=1.5)
    probe.gate.set()
    assert records[1].outcome == StepFailed(timed_out("block", 1.5))
    assert "1.5 seconds. It may still finish in the background" in timed_out("block", 1.5)
    assert records[2].outcome == StepSkipped("Not run because step 1 (`block`) failed.")
    assert records[3].outcome == StepOk("other")


def test_cancellation_stops_running_and_pending_steps(probe: Probe) -> None:
    cancel = CancelToken()
    seen = Collector()

    def sink(event: object) -> None:
        seen(event)
        if isinstance(event, StepStarted) and event.index == 1:
            cancel.cancel()

    records = Executor(REGISTRY, probe).run(parse_plan('1. block()\n2. echo("$1")\n3. join()'),
                                            sink=sink, cancel=cancel)
    probe.gate.set()
    assert records[1].outcome == StepSkipped("The request was cancelled while this step was running.")
    assert records[2].outcome == StepSkipped("The request was cancelled before this step ran.")


def test_held_steps_wait_for_release_with_edits(probe: Probe, events: Collector) -> None:
    plan = parse_plan('1. echo("Ann")\n2. send("$1")\n3. echo("$2")\n4. join()')
    run_ = Executor(REGISTRY, probe).start(plan, sink=events, held=frozenset({2, 3}))
    with pytest.raises(TimeoutError):
        run_.wait(timeout=0.3)  # steps 2 and 3 are held: the run cannot end on its own
    deadline = time.monotonic() + 30  # step 1 is not held: wait for it by its event, not by a fixed time
    while not events.of(StepFinished) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [e.index for e in events.of(StepFinished)] == [1]
    run_.release(parse_plan('1. echo("Ann")\n2. send("Bob")\n3. echo("$2")\n4. join()'))
    records = run_.wait(timeout=10)
    assert records[2].outcome == StepOk("sent Bob")
    assert records[3].outcome == StepOk("sent Bob")


def test_withheld_steps_are_skipped_with_the_reason(probe: Probe, events: Collector) -> None:
    plan = parse_plan('1. echo("Ann")\n2. send("$1")\n3. echo("$2")\n4. join()')
    run_ = Executor(REGISTRY, probe).start(plan, sink=events, held=frozenset({2}))
    run_.withhold("You declined this step.")
    records = run_.wait(timeout=10)
    assert records[1].outcome == StepOk("Ann")
    assert records[2].outcome == StepSkipped("You declined this step.")
    assert records[3].outcome == StepSkipped("Not run because step 2 (`send`) was skipped.")


def test_request_text_is_visible_to_tools(probe: Probe, events: Collector) -> None:
    records = run('1. current_request()\n2. join()', probe, events, request_text="reply to Ann")
    assert records[1].outcome == StepOk("reply to Ann")
    assert tool_context.request_text.get() == ""


def test_catalogue_tools_run_against_backends(memory: MemoryBackends, events: Collector) -> None:
    plan = parse_plan('1. get_phone_number("Walt")\n2. open_note("Garden plan", "")\n'
                      '3. send_sms("$1", "$2")\n4. join()')
    records = Executor(CATALOGUE, memory.as_backends()).run(plan, sink=events)
    assert records[3].outcome == StepOk("Sent the message to +1 555 0102.")
    assert memory.called("send_sms") == [(("+1 555 0102",), "tomatoes, basil")]


def test_join_only_plan_runs_nothing(probe: Probe, events: Collector) -> None:
    assert run("1. join()", probe, events) == {}
    assert events.events == []


@st.composite
def random_plans(draw: st.DrawFn) -> str:
    """Plans over echo/fail with random references to earlier steps."""
    lines = []
    count = draw(st.integers(1, 7))
    for index in range(1, count + 1):
        refs = draw(st.lists(st.integers(1, index - 1), max_size=2, unique=True)) if index > 1 else []
        text = " ".join(f"${k}" for k in refs) or "x"
        tool = draw(st.sampled_from(["echo", "echo", "fail"]))
        lines.append(f'{index}. {tool}("{text}")')
    lines.append(f"{count + 1}. join()")
    return "\n".join(lines)


@settings(max_examples=40, deadline=None)
@given(random_plans())
def test_every_step_gets_one_outcome_and_runs_only_after_its_inputs(text: str) -> None:
    probe, events = Probe(), Collector()
    plan = parse_plan(text)
    records = Executor(REGISTRY, probe).run(plan, sink=events)
    steps = {s.index: s for s in plan.steps if s.tool != "join"}
    assert sorted(records) == sorted(steps)
    started = [e.index for e in events.of(StepStarted)]
    finished = [e.index for e in events.of(StepFinished)]
    assert sorted(finished) == sorted(steps) and len(set(started)) == len(started)
    for index, step in steps.items():
        inputs_ok = all(isinstance(records[r.step].outcome, StepOk) for r in step.refs)
        assert (index in started) == inputs_ok
        if inputs_ok:  # it started only after every input had finished
            assert all(events.events.index(StepFinished("", r.step, records[r.step].outcome, records[r.step].seconds))
                       < events.events.index(StepStarted("", index)) for r in step.refs)
        else:
            assert isinstance(records[index].outcome, StepSkipped)

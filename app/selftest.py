"""`errand --self-test`: one request end to end with the shipped default models, as a dry run.

It proves that an installation (above all the packaged bundle) has what a request needs at run time: ToolRAG in
onnxruntime, the default GGUF planner in llama.cpp with its grammar, and plan validation. It needs no display and
changes nothing: the session is built from default settings (not the user's) without tool backends or history,
and the dry run executes no step. It checks that the parts run and agree (a selection, a complete plan, a valid
DAG), not how good the plan is: `errand eval` measures that. One line per stage with its time goes to stdout;
a failure is one line on stderr and the exit status is 1.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.running.events import Approval
    from agent.session import RequestResult, Session

# Names a contact and a message, so ToolRAG must pick the lookup and the SMS tool and the plan needs a `$1`.
REQUEST = "sms Bob about the park tomorrow"
NOW = datetime(2026, 1, 5, 9, 0)
STAGES = ("load", "toolrag", "planner", "validator")


class SelfTestFailure(Exception):
    """One stage did not work; the message says which and why."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(f"{stage}: {reason}")
        self.stage = stage


@dataclass(frozen=True)
class StageLine:
    stage: str
    seconds: float
    detail: str

    def render(self) -> str:
        return f"{self.stage:<9} ok  {_duration(self.seconds):>9}  {self.detail}"


def run_self_test() -> int:
    """Run every stage, printing each as it passes; 0 when all worked, 1 (with one line on stderr) otherwise."""
    started = time.perf_counter()
    print(f'self-test: "{REQUEST}" with the default models (dry run: nothing is executed)', flush=True)
    passed = 0
    try:
        for line in stages():
            print(line.render(), flush=True)
            passed += 1
    except SelfTestFailure as exc:
        print(f"self-test FAILED at {exc}", file=sys.stderr, flush=True)
        return 1
    except Exception as exc:  # a broken installation shows up here: still one line, naming the stage
        print(f"self-test FAILED at {STAGES[passed]}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1
    print(f"self-test passed in {_duration(time.perf_counter() - started)}", flush=True)
    return 0


def stages() -> Iterator[StageLine]:
    from agent.setup import assembly
    from agent.setup.settings import Settings

    started = time.perf_counter()
    try:
        session = assembly.build_session(Settings(), execute=False)
    except assembly.AssemblyError as exc:
        raise SelfTestFailure("load", str(exc)) from None
    planner_file = assembly.default_planner_path().name
    yield StageLine("load", time.perf_counter() - started,
                    f"planner {planner_file} in {session.planner.name} ({session.profile.name} profile), "
                    f"ToolRAG {assembly.DEFAULT_TOOLRAG_DIR}")
    result = session.handle(REQUEST, sink=lambda event: None, approver=_refuse, now=NOW, dry_run=True)
    yield toolrag_stage(result)
    yield planner_stage(result)
    yield validator_stage(session, result)


def toolrag_stage(result: RequestResult) -> StageLine:
    selection = result.selection
    if selection.fallback:  # whatever the planner then made of every tool, ToolRAG itself chose nothing
        raise SelfTestFailure("toolrag", "no tool passed the threshold")
    if not selection.tools:
        raise SelfTestFailure("toolrag", _reason(result, "no tool passed the threshold"))
    return StageLine("toolrag", selection.seconds, f"{', '.join(selection.tools)}; {len(result.examples)} examples")


def planner_stage(result: RequestResult) -> StageLine:
    if not result.rounds:
        raise SelfTestFailure("planner", _reason(result, "no plan was written"))
    attempt = result.rounds[-1].attempt
    if not attempt.plan.complete:
        raise SelfTestFailure("planner", f"the plan has no end (no join() or end marker): {attempt.text[-200:]!r}")
    first = f", first step after {_duration(attempt.first_step_seconds)}" if attempt.first_step_seconds else ""
    rounds = f" in {len(result.rounds)} rounds" if len(result.rounds) > 1 else ""
    grammar = "with" if attempt.grammar else "without"
    tools = ", ".join(attempt.plan.tools) or "no tool"
    return StageLine("planner", attempt.seconds,
                     f"{_count(len(attempt.plan.steps), 'step')} ({tools}){rounds}{first}, {grammar} grammar")


def validator_stage(session: Session, result: RequestResult) -> StageLine:
    from agent.plans.validate import validate

    plan = result.plan
    started = time.perf_counter()
    validation = validate(plan, session.enabled)
    seconds = time.perf_counter() - started
    if not validation.ok or result.status != "dry_run":
        raise SelfTestFailure("validator", _reason(result, " ".join(validation.messages) or "the plan was rejected"))
    graph = validation.graph
    return StageLine("validator", seconds, f"valid plan, DAG with {_count(graph.number_of_nodes(), 'node')} and "
                                           f"{_count(graph.number_of_edges(), 'edge')}")


def _refuse(request: object) -> Approval:
    raise AssertionError("a dry run asks for no approval")


def _reason(result: RequestResult, fallback: str) -> str:
    return result.answer if result.status == "failed" else fallback


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

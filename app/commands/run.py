"""`errand run "..."`: plan, show the DAG, ask for approval on the terminal, run, and print the answer."""

from __future__ import annotations

import argparse
import ast
from collections.abc import Callable
from typing import Any

from agent.plans.validate import build_dag, describe_dag
from agent.running.events import (
    Answer,
    Approval,
    Event,
    Failed,
    NeedsApproval,
    PlanReady,
    PlanStarted,
    StepFinished,
    StepOk,
    StepParsed,
    StepStarted,
    observation_text,
)
from app.cli import CommandError
from app.commands.planning import (
    add_planner_options,
    checked_tools,
    open_session,
    overrides_from,
    parse_now,
    tool_list,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("run", help="plan a request, ask for approval and run it")
    parser.add_argument("text", help="the request, e.g. \"text Ann that I'm late\"")
    parser.add_argument("--yes", action="store_true", help="approve steps with side effects without asking")
    parser.add_argument("--dry-run", action="store_true", help="plan and validate, run nothing")
    parser.add_argument("--now", help="plan as if it were this date and time (default: now)")
    parser.add_argument("--tools", help="comma-separated tools to offer instead of asking ToolRAG")
    add_planner_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    given = tool_list(args.tools)
    session = open_session(overrides_from(args), execute=not args.dry_run, toolrag=given is None)
    approver = (lambda request: Approval(True)) if args.yes else ask_on_terminal(input)
    result = session.handle(args.text, sink=print_event, approver=approver, now=parse_now(args.now),
                            dry_run=args.dry_run, tools=checked_tools(session, given))
    if result.status in ("failed", "cancelled"):
        raise CommandError(result.answer)
    return 0


def print_event(event: Event) -> None:
    match event:
        case PlanStarted(round=round_, tools=tools):
            label = "planning" if round_ == 0 else f"replanning (round {round_ + 1})"
            print(f"{label} with tools: {', '.join(tools) or 'none'}")
        case StepParsed(step=step):
            print(f"  {step.render()}")
        case PlanReady(plan=plan, problems=problems, repairs=repairs):
            print("dag:")
            print("\n".join("  " + line for line in describe_dag(build_dag(plan)).splitlines()))
            for problem in problems:
                print(f"problem: {problem}")
            for repair in repairs:
                print(f"mended: {repair}")
        case StepStarted(index=index):
            print(f"running step {index}")
        case StepFinished(index=index, outcome=outcome):
            mark = "done" if isinstance(outcome, StepOk) else "not done"
            print(f"step {index} {mark}: {observation_text(outcome)}")
        case Answer(text=text):
            print(text)
        case Failed():
            pass  # reported once, as the command's error line
        case NeedsApproval():
            pass  # the approver prints the question


def ask_on_terminal(read: Callable[[str], str]) -> Callable[[NeedsApproval], Approval]:
    """An approver that lists the steps with side effects and reads y / N / e (edit); end of input means no.

    An edit is `STEP ARGUMENT VALUE`, with ARGUMENT counted from 1 and VALUE a Python literal, e.g.
    `3 2 "See you at five"`; an empty line ends the edits and approves the plan with them.
    """

    def approver(request: NeedsApproval) -> Approval:
        steps = {s.index: s for s in request.plan.steps}
        print("these steps change things:")
        for index in request.side_effect_steps:
            print(f"  {steps[index].render()}")
        answer = _read(read, "run them? [y/N/e to edit] ").lower()
        if answer in ("e", "edit"):
            return Approval(True, _read_edits(read))
        return Approval(answer in ("y", "yes"))

    return approver


def _read_edits(read: Callable[[str], str]) -> dict[tuple[int, int], Any]:
    edits: dict[tuple[int, int], Any] = {}
    while line := _read(read, "edit (STEP ARGUMENT VALUE, empty line to finish): "):
        try:
            step, argument, value = line.split(maxsplit=2)
            edits[(int(step), int(argument) - 1)] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            print('not understood: write e.g. 3 2 "See you at five"')
    return edits


def _read(read: Callable[[str], str], prompt: str) -> str:
    try:
        return read(prompt).strip()
    except EOFError:
        return ""

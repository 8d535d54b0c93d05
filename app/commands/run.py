"""`errand run "..."`: plan, show the DAG, ask for approval on the terminal, run, and print the answer."""

from __future__ import annotations

import argparse
import ast
from collections.abc import Callable
from datetime import datetime
from typing import Any

from agent.plans.plan import Plan
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
from agent.running.wording import plan_in_words
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
    now = parse_now(args.now) or datetime.now()

    def in_words(plan: Plan) -> dict[int, str]:
        return plan_in_words(plan, args.text, now)

    approver = (lambda request: Approval(True)) if args.yes else ask_on_terminal(input, in_words)
    result = session.handle(args.text, sink=event_printer(in_words), approver=approver, now=now,
                            dry_run=args.dry_run, tools=checked_tools(session, given))
    if result.status in ("failed", "cancelled"):
        raise CommandError(result.answer)
    return 0


def event_printer(in_words: Callable[[Plan], dict[int, str]]) -> Callable[[Event], None]:
    """Prints each event on the terminal; a plan also in words (`in_words`)."""

    def print_event(event: Event) -> None:
        _print(event, in_words)

    return print_event


def _print(event: Event, in_words: Callable[[Plan], dict[int, str]]) -> None:
    match event:
        case PlanStarted(round=round_, tools=tools):
            label = "planning" if round_ == 0 else f"replanning (round {round_ + 1})"
            print(f"{label} with tools: {', '.join(tools) or 'none'}")
        case StepParsed(step=step):
            print(f"  {step.render()}")
        case PlanReady(plan=plan, problems=problems, repairs=repairs):
            print("in words:")
            print("\n".join(f"  {index}. {sentence}" for index, sentence in in_words(plan).items())
                  or "  nothing to do")
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


def ask_on_terminal(read: Callable[[str], str], in_words: Callable[[Plan], dict[int, str]]
                    ) -> Callable[[NeedsApproval], Approval]:
    """An approver that lists the steps with side effects, in words, and reads y / N / e (edit); end of input
    means no.

    An edit is `STEP ARGUMENT VALUE`, with ARGUMENT counted from 1 and VALUE a Python literal, e.g.
    `3 2 "See you at five"`; an empty line ends the edits and approves the plan with them.
    """

    def approver(request: NeedsApproval) -> Approval:
        words = in_words(request.plan)
        print("these steps change things:")
        for index in request.side_effect_steps:
            print(f"  {index}. {words[index]}")
            for line in request.previews.get(index, "").splitlines():
                print(f"       {line}")
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

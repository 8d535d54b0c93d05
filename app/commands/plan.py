"""`errand plan "..."`: show the selected tools, the plan, its DAG and timings, without running anything."""

from __future__ import annotations

import argparse
import time
from datetime import datetime

from agent.planning.backends.base import PlannerError
from agent.plans.plan import END_OF_PLAN
from agent.plans.validate import describe_dag
from agent.running.wording import plan_in_words
from agent.session import Session
from agent.toolrag.base import ToolSelection
from agent.toolrag.config import ToolRAGError
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
    parser = subparsers.add_parser("plan", help="plan a request and show the plan and its DAG (runs nothing)")
    parser.add_argument("text", help="the request, e.g. \"text Ann that I'm late\"")
    parser.add_argument("--now", help="plan as if it were this date and time (default: now)")
    parser.add_argument("--tools", help="comma-separated tools to offer instead of asking ToolRAG")
    add_planner_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    given = tool_list(args.tools)
    session = open_session(overrides_from(args), execute=False, toolrag=given is None)
    now = parse_now(args.now) or datetime.now()
    started = time.perf_counter()
    try:
        selection, note = choose_tools(session, args.text, checked_tools(session, given))
        tools = selection.tools
        examples = session.examples_for(args.text, tools)
        attempt = session.plan(args.text, tools=tools, examples=examples, now=now,
                               probabilities=selection.probabilities)
    except (PlannerError, ToolRAGError) as exc:
        raise CommandError(f"planning failed: {exc}") from None
    print(f"tools: {', '.join(tools) or 'none'}{note}")
    print(f"examples: {len(examples)}")
    print("plan:")
    print(indented(attempt.plan.render().replace(END_OF_PLAN, "")) or "  (empty)")
    print("in words:")
    words = plan_in_words(attempt.plan, args.text, now)
    print("\n".join(f"  {index}. {sentence}" for index, sentence in words.items()) or "  nothing to do")
    print("dag:")
    print(indented(describe_dag(attempt.validation.graph)))
    for repair in attempt.repairs:
        print(f"mended: {repair}")
    first = f"{attempt.first_step_seconds:.3f} s" if attempt.first_step_seconds is not None else "-"
    print(f"timings: toolrag {selection.seconds:.3f} s, planning {attempt.seconds:.3f} s, first step {first}, "
          f"total {time.perf_counter() - started:.3f} s")
    if not attempt.validation.ok:
        for message in attempt.validation.messages:
            print(f"problem: {message}")
        raise CommandError(f"the plan is invalid ({len(attempt.validation.messages)} problem(s), listed above)")
    return 0


def choose_tools(session: Session, text: str, given: tuple[str, ...] | None) -> tuple[ToolSelection, str]:
    """The tools to offer (with ToolRAG's scores and time) and a note on where they came from."""
    if given is not None:
        return ToolSelection(given), " (given)"
    selection = session.select(text)
    note = " (nothing passed the threshold: every enabled tool)" if selection.fallback else ""
    return selection, note


def indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())

"""`errand plan "..."`: show the selected tools, the plan, its DAG and timings, without running anything."""

from __future__ import annotations

import argparse
import time
from datetime import datetime

from agent.plan import END_OF_PLAN
from agent.planner.base import PlannerError
from agent.validate import describe_dag
from app.cli import CommandError
from app.commands.planning import (
    add_planner_options, checked_tools, open_session, overrides_from, parse_now, tool_list,
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
    oracle = checked_tools(session, given)
    if oracle is None:
        selection = session.select(args.text)
        tools, toolrag_seconds = selection.tools, selection.seconds
        note = " (nothing passed the threshold: every enabled tool)" if selection.fallback else ""
    else:
        tools, toolrag_seconds, note = oracle, 0.0, " (given)"
    examples = session.examples_for(args.text, tools)
    try:
        attempt = session.plan(args.text, tools=tools, examples=examples, now=now)
    except PlannerError as exc:
        raise CommandError(f"the planner failed: {exc}") from None
    total = time.perf_counter() - started
    print(f"tools: {', '.join(tools) or 'none'}{note}")
    print(f"examples: {len(examples)}")
    print("plan:")
    print("\n".join("  " + line for line in (attempt.plan.render().replace(END_OF_PLAN, "").splitlines() or ["(empty)"])))
    print("dag:")
    print("\n".join("  " + line for line in describe_dag(attempt.validation.graph).splitlines()))
    first = f"{attempt.first_step_seconds:.3f} s" if attempt.first_step_seconds is not None else "-"
    print(f"timings: toolrag {toolrag_seconds:.3f} s, planning {attempt.seconds:.3f} s, first step {first}, "
          f"total {total:.3f} s")
    if not attempt.validation.ok:
        for message in attempt.validation.messages:
            print(f"problem: {message}")
        raise CommandError(f"the plan is invalid ({len(attempt.validation.messages)} problem(s), listed above)")
    return 0

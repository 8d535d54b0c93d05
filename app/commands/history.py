"""`errand history [ID]`: the latest requests, or one request with its plans, approvals and observations."""

from __future__ import annotations

import argparse
import sqlite3

from agent.record.history import HistoryStore, RequestEntry, RoundEntry, round_in_words
from app.cli import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("history", help="list recent requests, or show one in full")
    parser.add_argument("id", nargs="?", help="a request id from the list")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="how many requests to list")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = HistoryStore()
    try:
        if args.id is None:
            for entry in store.recent(max(1, args.limit)):
                print(f"{entry.id}  {entry.made_at:%Y-%m-%d %H:%M}  {entry.status:<9}  {entry.text}")
            return 0
        found = store.details(args.id)
    except sqlite3.Error as exc:
        raise CommandError(f"cannot read the history at {store.path}: {exc}") from None
    if found is None:
        raise CommandError(f"no request with id {args.id!r} (run `errand history` for the list)")
    print_details(*found)
    return 0


def print_details(entry: RequestEntry, rounds: list[RoundEntry]) -> None:
    print(f"request: {entry.text}")
    print(f"when: {entry.made_at:%Y-%m-%d %H:%M:%S}  status: {entry.status}  took {entry.seconds:.2f} s")
    print(f"tools: {', '.join(entry.tools) or 'none'}  planner: {entry.planner} ({entry.profile})")
    for round_ in rounds:
        print(f"round {round_.round + 1} (planned in {round_.planning_seconds:.2f} s):")
        print("\n".join("  " + line for line in round_.plan.splitlines()))
        print("  in words:")
        print("\n".join(f"    {index}. {sentence}" for index, sentence in round_in_words(entry, round_).items()))
        for problem in round_.problems:
            print(f"  problem: {problem}")
        if round_.approval is not None:
            print(f"  {'approved' if round_.approval['approved'] else 'declined'}"
                  + (f" with edits {round_.approval['edits']}" if round_.approval["edits"] else ""))
        for step in round_.steps:
            print(f"  step {step.step} {step.tool}: {step.observation}")
    print(f"answer: {entry.answer}")

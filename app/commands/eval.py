"""`errand eval --data FILE.jsonl`: score a planner configuration on COMPAT section 7 items.

The last line printed is always `success=<0..1> recall=<0..1> tools=<mean> args_key=<0..1> args_all=<0..1>
n=<count>` for the main configuration (A). `--compare key=value,...` plans the same items with a second
configuration B (keys as the planner options: model, profile, endpoint, endpoint-model, toolrag, grammar=on|off,
dates=on|off, texts=on|off, scope=on|off, oracle-tools=on|off) and prints McNemar's test on the paired graph,
key and all successes before that line.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from pathlib import Path

from agent.measure.evaluation import (
    LEVELS,
    EvalDataError,
    EvalItem,
    EvalReport,
    compare,
    evaluate,
    format_comparison,
    format_report,
    load_items,
    session_attempt,
    summary_line,
    write_details,
)
from agent.measure.speech_style import speech_style
from agent.setup.assembly import Overrides
from app.cli import CommandError
from app.commands.planning import add_planner_options, open_session, overrides_from

_SWITCHES = {"grammar": "grammar", "dates": "resolve_dates", "texts": "request_texts", "arguments": "request_arguments",
             "scope": "scope_check",
             "routes": "read_routes"}
_TEXT_KEYS = ("model", "profile", "endpoint", "endpoint_model", "toolrag")
_NUMBER_KEYS: dict[str, type] = {"resamples": int, "doubt_below": float, "expect_above": float,
                                 "continue_above": float}


@dataclass(frozen=True)
class Configuration:
    overrides: Overrides
    oracle_tools: bool

    @property
    def name(self) -> str:
        o = self.overrides
        parts = [f"{key.replace('_', '-')}={getattr(o, key)}" for key in _TEXT_KEYS if getattr(o, key)]
        parts += [f"{key.replace('_', '-')}={getattr(o, key)}" for key in _NUMBER_KEYS if getattr(o, key) is not None]
        parts += [f"{label}=off" for label, key in _SWITCHES.items() if getattr(o, key) is False]
        if self.oracle_tools:
            parts.append("oracle-tools")
        return " ".join(parts) or "settings"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("eval", help="score the planner on an evaluation file (COMPAT section 7)")
    parser.add_argument("--data", required=True, type=Path, metavar="FILE.jsonl", help="evaluation items")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N items")
    parser.add_argument("--oracle-tools", action="store_true", help="offer the gold tools instead of ToolRAG's")
    parser.add_argument("--speech-style", action="store_true",
                        help="plan each request as spoken: lower case, no punctuation, numbers in words")
    parser.add_argument("--compare", metavar="KEY=VALUE,...", help="a second configuration to compare with")
    parser.add_argument("--details", type=Path, metavar="OUT.jsonl",
                        help="write each item's query, gold and predicted plans, tools and success (configuration A)")
    add_planner_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise CommandError("--limit must be at least 1")
    try:
        items = load_items(args.data)[: args.limit]
    except EvalDataError as exc:
        raise CommandError(str(exc)) from None
    if args.speech_style:
        items = [replace(item, query=speech_style(item.query)) for item in items]
    main = Configuration(overrides_from(args), args.oracle_tools)
    configurations = [main] + ([second_configuration(main, args.compare)] if args.compare else [])
    labels = ["A", "B"] if args.compare else [""]
    reports = []
    for label, configuration in zip(labels, configurations, strict=True):
        report = score_configuration(configuration, items, label or configuration.name)
        errors = [r.attempt.error for r in report.results if r.attempt.error]
        if len(errors) == report.n:
            raise CommandError(f"no item could be planned ({configuration.name}): {errors[0]}")
        reports.append(report)
    for label, configuration, report in zip(labels, configurations, reports, strict=True):
        if label:
            print(f"{label}: {configuration.name}")
        print(format_report(report))
    if len(reports) == 2:
        for level in LEVELS:
            print(format_comparison(compare(reports[0], reports[1], level)))
    if args.details is not None:
        try:
            write_details(reports[0], args.details)
        except OSError as exc:
            raise CommandError(f"cannot write {args.details}: {exc}") from None
    print(summary_line(reports[0]))
    return 0


def score_configuration(configuration: Configuration, items: list[EvalItem], name: str) -> EvalReport:
    session = open_session(configuration.overrides, execute=False, toolrag=not configuration.oracle_tools,
                           all_apps=True)
    return evaluate(items, lambda item: session_attempt(session, item, configuration.oracle_tools), name=name)


def second_configuration(main: Configuration, spec: str) -> Configuration:
    """`key=value,...` over the main configuration."""
    changes: dict[str, object] = {}
    oracle = main.oracle_tools
    for item in filter(None, (part.strip() for part in spec.split(","))):
        key, _, value = item.partition("=")
        name = key.strip().replace("-", "_")
        if name in _TEXT_KEYS:
            changes[name] = value.strip() or None
        elif name in _NUMBER_KEYS:
            changes[name] = _number(value, key.strip(), _NUMBER_KEYS[name])
        elif name in _SWITCHES:
            changes[_SWITCHES[name]] = _switch(value, name)
        elif name == "oracle_tools":
            oracle = _switch(value, "oracle-tools")
        else:
            raise CommandError(f"--compare: unknown key {key.strip()!r} (use model, profile, endpoint, "
                               "endpoint-model, toolrag, grammar, dates, texts, scope, oracle-tools, resamples, "
                               "doubt-below, expect-above, continue-above)")
    if not changes and oracle == main.oracle_tools:
        raise CommandError("--compare needs key=value pairs that change something, e.g. profile=tinyagent")
    return Configuration(replace(main.overrides, **changes), oracle)  # type: ignore[arg-type]


def _number(value: str, name: str, kind: type) -> float:
    try:
        return kind(value.strip())
    except ValueError:
        raise CommandError(f"--compare: {name} must be a number, not {value!r}") from None


def _switch(value: str, name: str) -> bool:
    text = value.strip().lower()
    if text in ("on", "yes", "true", "1"):
        return True
    if text in ("off", "no", "false", "0"):
        return False
    raise CommandError(f"--compare: {name} must be on or off, not {value!r}")

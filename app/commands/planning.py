"""Options shared by `errand plan`, `run` and `eval`: which planner, profile and ToolRAG to use.

They override the saved settings for one command; nothing is written back.
"""

from __future__ import annotations

import argparse
from datetime import datetime

from agent.session import Session
from agent.setup.assembly import AssemblyError, Overrides, build_session
from agent.setup.settings import SettingsError, load_settings
from app.cli import CommandError


def add_planner_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("planner")
    group.add_argument("--model", metavar="GGUF", help="a local GGUF planner instead of the configured one")
    group.add_argument("--profile", help="prompt profile (e.g. tinyagent, errand-compact)")
    group.add_argument("--endpoint", metavar="URL", help="an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1")
    group.add_argument("--endpoint-model", metavar="NAME", help="the model name to ask the server for")
    group.add_argument("--toolrag", metavar="DIR", help="a ToolRAG model folder instead of the configured one")
    group.add_argument("--no-grammar", action="store_true", help="do not constrain generation with a grammar")
    group.add_argument("--no-resolve-dates", action="store_true",
                       help="leave a plan's dates as the planner wrote them (docs/adr/date-resolution.md)")
    group.add_argument("--no-request-texts", action="store_true",
                       help="leave invented titles and messages as the planner wrote them")
    group.add_argument("--no-request-arguments", action="store_true",
                       help="leave files, priority, transport, folders and lists as the planner wrote them")
    group.add_argument("--no-scope-check", action="store_true",
                       help="keep side effects a question or a removal did not ask for (for measuring only)")
    group.add_argument("--no-read-routes", action="store_true",
                       help="let the planner model write questions and removals too (for measuring only)")
    group.add_argument("--threads", type=int, metavar="N", help="CPU threads for the models")
    group.add_argument("--resamples", type=int, metavar="N", help="extra sampled plans for a doubtful plan (0-10)")
    group.add_argument("--doubt-below", type=float, metavar="P",
                       help="resample a plan calling a tool ToolRAG scores below P (0: off)")
    group.add_argument("--expect-above", type=float, metavar="P",
                       help="resample a plan leaving out a tool ToolRAG scores above P (1: off)")
    group.add_argument("--continue-above", type=float, metavar="P",
                       help="make the planner go on when its plan leaves out a tool ToolRAG scores above P (1: off)")


def overrides_from(args: argparse.Namespace) -> Overrides:
    return Overrides(model=args.model, profile=args.profile, endpoint=args.endpoint,
                     endpoint_model=args.endpoint_model, toolrag=args.toolrag,
                     grammar=False if args.no_grammar else None, threads=args.threads,
                     resamples=args.resamples, doubt_below=args.doubt_below, expect_above=args.expect_above,
                     continue_above=args.continue_above,
                     resolve_dates=False if args.no_resolve_dates else None,
                     request_texts=False if args.no_request_texts else None,
                     request_arguments=False if args.no_request_arguments else None,
                     scope_check=False if args.no_scope_check else None,
                     read_routes=False if args.no_read_routes else None)


def open_session(overrides: Overrides, *, execute: bool, toolrag: bool = True, all_apps: bool = False) -> Session:
    """A session from the saved settings plus overrides; every problem becomes one CommandError line.

    `all_apps` offers every app's tools whatever the settings switch off (evaluation scores the planner, not
    the user's choice of apps).
    """
    try:
        settings = load_settings()
        if all_apps:
            settings.enable_every_app()
        return build_session(settings, overrides, execute=execute, toolrag=toolrag)
    except (SettingsError, AssemblyError) as exc:
        raise CommandError(str(exc)) from None


def parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--now {value!r} is not a date and time like 2026-11-20 10:00") from None


def tool_list(value: str | None) -> list[str] | None:
    """`--tools a,b` as a list; None when the option was not given (ToolRAG chooses)."""
    return [name.strip() for name in value.split(",") if name.strip()] if value else None


def checked_tools(session: Session, given: list[str] | None) -> tuple[str, ...] | None:
    if given is None:
        return None
    unknown = sorted(set(given) - set(session.enabled_tools))
    if unknown:
        raise CommandError(f"unknown or disabled tools: {', '.join(unknown)}")
    return tuple(name for name in session.enabled_tools if name in given)

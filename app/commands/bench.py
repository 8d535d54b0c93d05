"""`errand bench`: time and memory of planning on this machine, cold and warm KV cache (see agent/measure/bench.py).

Defaults: the configured (or bundled) planner and its profile; queries from the development sample set
(`../shared/eval/sample.jsonl` beside the repository) when present, else a few built-in ones. ToolRAG is
measured only when a model folder is given with --toolrag; without it each query gets the tools its query
file lists, or every tool.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.cli import CommandError

SAMPLE_QUERIES = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "sample.jsonl"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("bench", help="measure ToolRAG and planner speed, cold and warm cache, and memory")
    parser.add_argument("--planner", metavar="GGUF", help="the GGUF planner to measure (default: the configured one)")
    parser.add_argument("--profile", help="prompt profile (default: the planner's own)")
    parser.add_argument("--toolrag", metavar="DIR", help="a ToolRAG model folder to measure as well")
    parser.add_argument("--queries", metavar="FILE.jsonl",
                        help="JSON lines with a `query` (and optional `now`, `tools`); default: the sample set")
    parser.add_argument("--limit", type=int, metavar="N", help="use only the first N queries")
    parser.add_argument("--threads", type=int, metavar="N", help="CPU threads (default: the setting)")
    parser.add_argument("--max-tokens", type=int, default=512, metavar="N", help="generation limit per plan")
    parser.add_argument("--no-grammar", action="store_true", help="generate without the plan grammar")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--load", type=int, metavar="N",
                        help="instead: N requests planned, approved and run through one session on a throw-away "
                             "home folder (local calendar, notes and contacts), reporting memory, threads, file "
                             "descriptors and latency drift")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agent.measure.bench import bench_planner, load_queries, report_lines
    from agent.planning.backends.base import PlannerError
    from agent.setup.settings import SettingsError, load_settings

    for option, value in (("--limit", args.limit), ("--threads", args.threads), ("--max-tokens", args.max_tokens),
                          ("--load", args.load)):
        if value is not None and value < 1:
            raise CommandError(f"{option} must be at least 1")
    if args.load is not None:
        return _load(args)
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise CommandError(str(exc)) from None
    model = _planner_path(args.planner, settings.planner.model_path)
    profile = _profile(args.profile or settings.planner.profile, model)
    threads = args.threads if args.threads is not None else (settings.n_threads or None)
    queries_path = Path(args.queries) if args.queries else (SAMPLE_QUERIES if SAMPLE_QUERIES.is_file() else None)
    try:
        queries = load_queries(queries_path, args.limit)
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot read the queries: {exc}") from None
    toolrag, toolrag_seconds = _toolrag(args.toolrag, threads)
    try:
        report = bench_planner(model, profile, queries, toolrag=toolrag, toolrag_load_seconds=toolrag_seconds,
                               grammar=not args.no_grammar, threads=threads, max_tokens=args.max_tokens,
                               examples=settings.toolrag.examples)
    except PlannerError as exc:
        raise CommandError(f"the planner failed: {exc}") from None
    print(report.to_json() if args.json else "\n".join(report_lines(report)))
    return 0


def _planner_path(given: str | None, configured: str) -> Path:
    if given or configured:
        path = Path(given or configured).expanduser()
        if not path.is_file():
            raise CommandError(f"no GGUF planner at {path}")
        return path
    from agent.setup.assembly import AssemblyError, default_planner_path

    try:
        return default_planner_path()
    except AssemblyError as exc:
        raise CommandError(str(exc)) from None


def _profile(name: str, model: Path):  # -> PromptProfile
    from agent.planning.backends.base import PlannerError
    from agent.planning.backends.gguf_file import read_gguf_header
    from agent.planning.prompts import get_profile
    from agent.setup.assembly import default_profile
    from agent.setup.settings import PlannerSettings

    try:
        template = read_gguf_header(model).metadata.get("tokenizer.chat_template")
        return get_profile(name or default_profile(PlannerSettings(model_path=str(model))), template)
    except (ValueError, PlannerError) as exc:
        raise CommandError(str(exc)) from None


def _toolrag(folder: str | None, threads: int | None):  # -> (selector, retriever) | None, load seconds
    if folder is None:
        return None, 0.0
    from agent.toolrag.config import ToolRAGError
    from agent.toolrag.loader import load_toolrag

    start = time.perf_counter()
    try:
        loaded = load_toolrag(Path(folder), threads=threads or 2)
    except ToolRAGError as exc:
        raise CommandError(str(exc)) from None
    return loaded, time.perf_counter() - start


LOAD_APPS = ("calendar", "contacts", "notes", "reminders")  # local files only: nothing leaves the machine
LOAD_CONTACTS = ("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nN:Lee;Ann;;;\nEMAIL:ann@example.org\nTEL:+1 555 0100\n"
                 "END:VCARD\n")


def _load(args: argparse.Namespace) -> int:
    """`--load N`: the configured planner and ToolRAG, with every app pointed at a temporary home folder."""
    import os
    import tempfile
    from datetime import datetime

    from agent.measure.load import report_lines as load_lines
    from agent.measure.load import run_load
    from agent.setup.assembly import AssemblyError, Overrides, build_session
    from agent.setup.settings import SettingsError, load_settings
    from tools.paths import HOME_VARIABLE

    try:
        settings = load_settings()
    except SettingsError as exc:
        raise CommandError(str(exc)) from None
    for app in (section for section in settings.enabled_apps if section not in LOAD_APPS):
        getattr(settings.tools, app).enabled = False
    overrides = Overrides(model=args.planner, toolrag=args.toolrag, threads=args.threads,
                          grammar=False if args.no_grammar else None)
    saved = {name: os.environ.get(name) for name in (HOME_VARIABLE, "HOME")}
    with tempfile.TemporaryDirectory(prefix="errand-load-") as home:
        os.environ[HOME_VARIABLE], os.environ["HOME"] = str(Path(home) / "errand"), home
        try:
            contacts = Path(home) / "errand" / "data" / "contacts.vcf"
            contacts.parent.mkdir(parents=True)
            contacts.write_text(LOAD_CONTACTS, encoding="utf-8")
            session = build_session(settings, overrides, execute=True)
            report = run_load(session, args.load, now=datetime.now())
        except AssemblyError as exc:
            raise CommandError(str(exc)) from None
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    print("\n".join(load_lines(report)))
    return 0

"""The `errand` command line. Every failure prints one clear line and exits non-zero."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Sub-command modules under app/commands; each defines register(subparsers) and sets `func` on its parser.
COMMAND_MODULES: tuple[str, ...] = ("secret", "undo", "models", "plan", "run", "eval", "bench", "app_cmd", "history")


class CommandError(Exception):
    """A failure to report to the user as one line, without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="errand", description="On-device personal assistant.")
    parser.add_argument("--self-test", action="store_true",
                        help="plan one request with the default models as a dry run and report each stage")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"errand: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("errand: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

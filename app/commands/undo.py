"""`errand undo`: revert the last reversible action (a created event, reminder, note, draft; an appended note).

`errand undo --list` shows the journal, newest first, with what was already undone.
"""

from __future__ import annotations

import argparse

from agent.setup.settings import SettingsError, load_settings
from app.cli import CommandError
from tools.backends import ToolError
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("undo", help="revert the last reversible action")
    parser.add_argument("--list", action="store_true", help="show the recent actions instead of undoing one")
    parser.add_argument("--limit", type=int, default=20, help="how many actions --list shows (default 20)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    journal = UndoJournal.default()
    if args.list:
        entries = journal.entries(args.limit)
        if not entries:
            print("No actions recorded yet.")
        for entry in entries:
            status = f"undone {entry.undone_at:%Y-%m-%d %H:%M}" if entry.undone_at else "can be undone"
            print(f"{entry.created_at:%Y-%m-%d %H:%M}  {entry.description}  [{status}]")
        return 0
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise CommandError(str(exc)) from exc
    build_backends(settings.tools, secrets=SecretStore(), journal=journal)  # registers every app's undo handler
    entry = journal.pending()
    try:
        result = journal.undo_last()
    except ToolError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Undid: {entry.description}. {result}" if entry else result)
    return 0

"""`errand app`: start the tray app (chat, plan confirmation, settings, models, history, push-to-talk).

`errand app --talk` toggles push-to-talk in the running app (or starts it recording): bind it to a key in the
desktop's keyboard settings for a global push-to-talk shortcut.
"""

from __future__ import annotations

import argparse

from app.cli import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("app", help="start the tray app")
    parser.add_argument("--no-tray", action="store_true", help="open the chat window instead of a tray icon")
    parser.add_argument("--talk", action="store_true",
                        help="start or stop push-to-talk in the running app (for a desktop keyboard shortcut)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from app.gui.main import run_app
    except ImportError as exc:
        raise CommandError(f"the tray app needs PySide6 ({exc}); install Errand with its default dependencies") from exc
    return run_app(no_tray=args.no_tray, talk=args.talk)

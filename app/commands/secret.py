"""`errand secret set|delete SERVICE ACCOUNT`: keep a server password or token in the OS keyring.

Services are named in the messages that ask for them, e.g. errand-caldav and errand-carddav with the user name
from settings as the account, or errand-openai with an OpenAI-compatible server's URL as the account. The
secret is read without echo and never written anywhere else.
"""

from __future__ import annotations

import argparse
import getpass

from app.cli import CommandError
from tools.backends import ToolError
from tools.secrets import SecretStore


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("secret", help="store or delete a password in the OS keyring")
    parser.add_argument("action", choices=("set", "delete"))
    parser.add_argument("service", help="e.g. errand-caldav, or errand-openai for a server's API key")
    parser.add_argument("account", help="the user name from settings (for errand-openai: the server URL)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = SecretStore()
    try:
        if args.action == "delete":
            removed = store.delete(args.service, args.account)
            print(f"Deleted the secret for {args.account} ({args.service})." if removed
                  else f"There was no secret for {args.account} ({args.service}).")
            return 0
        secret = getpass.getpass(f"Secret for {args.account} ({args.service}): ")
        store.set(args.service, args.account, secret)
    except ToolError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Stored the secret for {args.account} ({args.service}) in the keyring.")
    return 0

"""Entry point of the packaged app: with no arguments it starts the tray app, otherwise it is the `errand` CLI."""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["app"]))

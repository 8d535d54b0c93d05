"""Desktop integration without Qt: the .desktop entry and the Linux autostart entry (XDG autostart spec).

Autostart writes `$XDG_CONFIG_HOME/autostart/errand.desktop` (default `~/.config`), with the absolute command
that started this Errand so a login session finds it without a PATH. macOS login items are not handled here.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

RESOURCES = Path(__file__).parent / "resources"
DESKTOP_FILE = RESOURCES / "errand.desktop"
ICON_PNG = RESOURCES / "errand.png"
ICON_SVG = RESOURCES / "errand.svg"


def autostart_supported() -> bool:
    return sys.platform.startswith("linux")


def autostart_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".config") / "autostart" / "errand.desktop"


def autostart_enabled() -> bool:
    return autostart_supported() and autostart_path().is_file()


def launch_command() -> str:
    """The command that starts the tray app: the installed `errand` script, else this interpreter."""
    script = shutil.which("errand") or str(Path(sys.executable).with_name("errand"))
    if Path(script).is_file():
        return f"{shlex.quote(script)} app"
    return f"{shlex.quote(sys.executable)} -m app.cli app"


def desktop_entry(command: str | None = None, *, autostart: bool = False) -> str:
    """The shipped entry with Exec and Icon made absolute (an autostart entry cannot rely on PATH or themes)."""
    lines = []
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command or launch_command()}"
        elif line.startswith("Icon="):
            line = f"Icon={ICON_PNG}"
        lines.append(line)
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def set_autostart(enabled: bool) -> None:
    path = autostart_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    if not autostart_supported():
        raise OSError("Starting at login is only set up on Linux; on macOS add Errand under Login Items.")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(desktop_entry(autostart=True), encoding="utf-8")

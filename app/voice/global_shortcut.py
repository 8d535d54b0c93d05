"""Push-to-talk from anywhere on the desktop: a key combination held system-wide starts listening, releasing it
stops.

Where the desktop lets an app see keys system-wide (X11; macOS once the user grants Accessibility), pynput's
listener reports every key; `HeldCombination` turns those into one press and one release of the configured
combination. Wayland does not let an app see other apps' keys: there the desktop portal's GlobalShortcuts
interface is the way (app/voice/portal_shortcut.py), and `shortcut_support` names which one this desktop uses.

    support = shortcut_support()
    if support.available:
        listener = SystemShortcut(Combination.parse("Ctrl+Alt+Space"), on_press, on_release)
        listener.start()
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

MODIFIERS = {"ctrl": "ctrl", "control": "ctrl", "alt": "alt", "option": "alt", "shift": "shift", "meta": "cmd",
             "cmd": "cmd", "super": "cmd", "win": "cmd"}


class ShortcutError(Exception):
    """A combination that cannot be held, or a listener that cannot start; the message says why."""


@dataclass(frozen=True)
class Combination:
    modifiers: frozenset[str]
    key: str

    @classmethod
    def parse(cls, text: str) -> Combination:
        """"Ctrl+Alt+Space" (Qt's QKeySequence text) -> modifiers {ctrl, alt} and the key "space"."""
        parts = [p.strip().lower() for p in text.split("+") if p.strip()]
        if not parts:
            raise ShortcutError("No push-to-talk shortcut is set.")
        *mods, key = parts
        unknown = [m for m in mods if m not in MODIFIERS]
        if unknown or key in MODIFIERS:
            raise ShortcutError(f"{text!r} is not a key combination to hold (modifiers, then one key).")
        return cls(frozenset(MODIFIERS[m] for m in mods), key)

    def __str__(self) -> str:
        return "+".join([*sorted(m.capitalize() for m in self.modifiers), self.key.capitalize()])


class HeldCombination:
    """Key downs and ups (by name) -> one `on_press` when the combination is complete, one `on_release` when
    any of its keys goes up."""

    def __init__(self, combination: Combination, on_press: Callable[[], None],
                 on_release: Callable[[], None]) -> None:
        self.combination = combination
        self._on_press = on_press
        self._on_release = on_release
        self._down: set[str] = set()
        self.active = False

    def key_down(self, name: str) -> None:
        self._down.add(name)
        wanted = self.combination
        if not self.active and name == wanted.key and wanted.modifiers <= self._down:
            self.active = True
            self._on_press()

    def key_up(self, name: str) -> None:
        self._down.discard(name)
        if self.active and (name == self.combination.key or name in self.combination.modifiers):
            self.active = False
            self._on_release()


@dataclass(frozen=True)
class Support:
    available: bool
    kind: str  # what the settings show: which mechanism is active, or why none is
    portal: bool = False  # Wayland: through the desktop portal rather than by reading keys


def shortcut_support(environ: Mapping[str, str] | None = None, platform: str | None = None) -> Support:
    env = os.environ if environ is None else environ
    system = platform or sys.platform
    if system == "darwin":
        return Support(True, "macOS (needs Accessibility permission for Errand in System Settings)")
    if env.get("XDG_SESSION_TYPE") == "wayland" or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        return Support(True, "Wayland, through the desktop portal (the desktop may ask you to confirm the keys)",
                       portal=True)
    if env.get("DISPLAY"):
        return Support(True, f"X11 ({env['DISPLAY']})")
    return Support(False, "not available: no X11 display")


def key_name(key: Any) -> str:
    """pynput's Key.ctrl_l / Key.space / KeyCode(char='a') -> "ctrl" / "space" / "a"."""
    name = getattr(key, "name", None)
    if name is None:
        char = getattr(key, "char", None)
        return (char or str(key)).lower()
    base = name.split("_")[0]
    return MODIFIERS.get(base, name)


class SystemShortcut:
    """The combination, held anywhere on the desktop (pynput's listener thread calls the callbacks)."""

    def __init__(self, combination: Combination, on_press: Callable[[], None],
                 on_release: Callable[[], None]) -> None:
        self.held = HeldCombination(combination, on_press, on_release)
        self._listener: Any = None
        self._lock = threading.Lock()

    def start(self) -> None:
        try:
            from pynput import keyboard
        except Exception as exc:  # no display library, or no permission to read keys
            raise ShortcutError(f"Global push-to-talk cannot start: {exc}") from exc
        with self._lock:
            if self._listener is not None:
                return
            listener = keyboard.Listener(on_press=lambda key: self.held.key_down(key_name(key)),
                                         on_release=lambda key: self.held.key_up(key_name(key)))
            listener.start()
            listener.wait()
            self._listener = listener

    def stop(self) -> None:
        with self._lock:
            if self._listener is not None:
                # On X11 the listener's thread only notices the stop at the next key event; it is a daemon
                # thread and calls nothing once stopped, so it is not waited for.
                self._listener.stop()
                self._listener = None

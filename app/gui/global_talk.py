"""The global push-to-talk shortcut in the app: the system-wide listener's press and release, delivered on the
GUI thread, and a line for the settings that says which mechanism is active (app/voice/global_shortcut.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.voice.global_shortcut import Combination, ShortcutError, SystemShortcut, shortcut_support
from app.voice.portal_shortcut import PortalShortcut


class GlobalTalk(QObject):
    pressed = Signal()  # emitted from the listener's thread; Qt delivers it on the GUI thread
    released = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: SystemShortcut | PortalShortcut | None = None
        self.status = "off"

    @property
    def active(self) -> bool:
        return self._listener is not None

    def start(self, shortcut: str) -> str:
        """Listen for `shortcut` held anywhere; returns (and keeps in `status`) what the settings show."""
        self.stop()
        support = shortcut_support()
        if not support.available:
            self.status = support.kind
            return self.status
        try:
            combination = Combination.parse(shortcut)
            kind = PortalShortcut if support.portal else SystemShortcut
            listener = kind(combination, self.pressed.emit, self.released.emit)
            listener.start()
        except ShortcutError as exc:
            self.status = (f"not available: {exc} Use the Hold to talk button, the tray menu, or bind "
                           "`errand app --talk` to a key")
            return self.status
        self._listener = listener
        self.status = f"hold {combination} anywhere: {support.kind}"
        return self.status

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.status = "off"

"""The tray icon and its menu. Where the desktop has no system tray the app opens the chat window instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QIcon, QPainter
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

NO_TRAY_NOTICE = ("This desktop has no system tray (no status notifier host is running), so Errand opened its "
                  "window instead. Closing the window quits Errand; settings, models and history are in the menu.")


@dataclass(frozen=True)
class TrayActions:
    open_chat: Callable[[], None]
    push_to_talk: Callable[[], None]
    settings: Callable[[], None]
    models: Callable[[], None]
    history: Callable[[], None]
    quit: Callable[[], None]


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def listening_icon(icon: QIcon, size: int = 64) -> QIcon:
    """The app's icon with a red dot in its corner: what the tray shows while push-to-talk records."""
    picture = icon.pixmap(size, size)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor("#d32f2f"))
    dot = size * 0.42
    painter.drawEllipse(int(size - dot - 1), int(size - dot - 1), int(dot), int(dot))
    painter.end()
    return QIcon(picture)


class Tray:
    def __init__(self, icon: QIcon, actions: TrayActions) -> None:
        self.normal_icon = icon
        self.recording_icon = listening_icon(icon)
        self.menu = QMenu()
        self.menu.addAction("Open chat", actions.open_chat)
        self.menu.addAction("Push-to-talk (start / stop)", actions.push_to_talk)
        self.menu.addSeparator()
        self.menu.addAction("Settings…", actions.settings)
        self.menu.addAction("Models…", actions.models)
        self.menu.addAction("History…", actions.history)
        self.menu.addSeparator()
        self.menu.addAction("Quit Errand", actions.quit)
        self.icon = QSystemTrayIcon(icon)
        self.icon.setToolTip("Errand")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(
            lambda reason: actions.open_chat() if reason == QSystemTrayIcon.ActivationReason.Trigger else None)

    def show(self) -> None:
        self.icon.show()

    def set_listening(self, listening: bool) -> None:
        self.icon.setIcon(self.recording_icon if listening else self.normal_icon)
        self.icon.setToolTip("Errand: listening…" if listening else "Errand")

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    def action_texts(self) -> list[str]:
        return [a.text() for a in self.menu.actions() if not a.isSeparator()]

"""The tray icon and its menu. Where the desktop has no system tray the app opens the chat window instead."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QIcon
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


class Tray:
    def __init__(self, icon: QIcon, actions: TrayActions) -> None:
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

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 8000)

    def action_texts(self) -> list[str]:
        return [a.text() for a in self.menu.actions() if not a.isSeparator()]

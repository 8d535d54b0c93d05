"""One Errand per user: a second `errand app` hands its request to the running one over a local socket.

This is how a global push-to-talk shortcut works where Qt cannot grab keys system-wide (Wayland, macOS
without accessibility rights): bind `errand app --talk` to a key in the desktop's keyboard settings.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from tools.paths import config_dir

TIMEOUT_MS = 1000


def server_name() -> str:
    """Unique per configuration folder, so a test (or a second ERRAND_HOME) never reaches the user's app."""
    return "errand-" + hashlib.sha1(str(config_dir().resolve()).encode()).hexdigest()[:12]


def send_to_running(message: str) -> bool:
    """Deliver `message` to a running Errand; False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(message.encode() + b"\n")
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    received = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        QLocalServer.removeServer(server_name())  # a socket file left by a crashed instance
        return self._server.listen(server_name())

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        while isinstance(socket, QLocalSocket) and socket.canReadLine():
            self.received.emit(bytes(socket.readLine().data()).decode(errors="replace").strip())

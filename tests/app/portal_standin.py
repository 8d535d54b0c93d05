"""A stand-in for xdg-desktop-portal's GlobalShortcuts on a private D-Bus session bus, for tests: it answers
CreateSession and BindShortcuts through Request objects as the portal does, and sends Activated and
Deactivated when the test presses and releases the bound shortcut."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from typing import Any

from jeepney import DBusAddress, HeaderFields, MessageType, message_bus, new_method_return, new_signal
from jeepney.io.blocking import Proxy, open_dbus_connection

from app.voice.portal_shortcut import PORTAL, PORTAL_PATH, REQUEST, SHORTCUTS


def start_session_bus() -> tuple[subprocess.Popen[bytes], str]:
    """A private session bus; its address."""
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE)
    assert bus.stdout is not None
    return bus, bus.stdout.readline().decode().strip()


class StandInPortal:
    def __init__(self, address: str) -> None:
        self.connection = open_dbus_connection(address)
        Proxy(message_bus, self.connection).RequestName(PORTAL, 4)
        self.session = ""
        self.triggers: list[str] = []
        self._send = threading.Lock()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            while True:
                message = self.connection.receive()
                fields = message.header.fields
                if message.header.message_type == MessageType.method_call and fields.get(
                        HeaderFields.interface) == SHORTCUTS:
                    self._answer(message, fields[HeaderFields.member], fields[HeaderFields.sender])
        except Exception:  # the bus went away at the end of the test
            return

    def _answer(self, message: Any, method: str, sender: str) -> None:
        options = message.body[-1]
        request = f"{PORTAL_PATH}/request/{sender.lstrip(':').replace('.', '_')}/{options['handle_token'][1]}"
        results: dict[str, Any] = {}
        if method == "CreateSession":
            self.session = f"{PORTAL_PATH}/session/{sender.lstrip(':').replace('.', '_')}/" \
                           f"{options['session_handle_token'][1]}"
            results = {"session_handle": ("s", self.session)}
        elif method == "BindShortcuts":
            shortcuts = message.body[1]
            self.triggers = [opts["preferred_trigger"][1] for _, opts in shortcuts]
            results = {"shortcuts": ("a(sa{sv})", [(sid, {"trigger_description": ("s", self.triggers[0])})
                                                   for sid, _ in shortcuts])}
        with self._send:
            self.connection.send(new_method_return(message, "o", (request,)))
            self.connection.send(new_signal(DBusAddress(request, interface=REQUEST), "Response", "ua{sv}",
                                            (0, results)))

    def press(self, shortcut: str = "push-to-talk") -> None:
        self._emit("Activated", shortcut)

    def release(self, shortcut: str = "push-to-talk") -> None:
        self._emit("Deactivated", shortcut)

    def _emit(self, member: str, shortcut: str) -> None:
        with self._send:
            self.connection.send(new_signal(DBusAddress(PORTAL_PATH, interface=SHORTCUTS), member, "osta{sv}",
                                            (self.session, shortcut, int(time.time() * 1000), {})))

    def close(self) -> None:
        self.connection.close()


def wait_for(condition: Any, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the condition was not met")
        time.sleep(0.01)


__all__ = ["StandInPortal", "start_session_bus", "wait_for", "os"]

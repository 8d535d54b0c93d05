"""Push-to-talk held anywhere on Wayland, through the desktop portal's GlobalShortcuts interface over D-Bus.

Wayland lets no app read other apps' keys. Instead the app asks the portal (xdg-desktop-portal, with the
desktop's own backend: GNOME, KDE...) for a shortcut: it creates a session, binds one shortcut with a preferred
trigger (the desktop may ask the user to confirm or change it), and then receives `Activated` when the keys go
down and `Deactivated` when they come up. Every portal call answers through a Request object's `Response`
signal, which is subscribed to before the call is made.

    shortcut = PortalShortcut(Combination.parse("Ctrl+Alt+Space"), on_press, on_release)
    shortcut.start()   # PortalError when there is no portal or it has no GlobalShortcuts
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from app.voice.global_shortcut import Combination, ShortcutError

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SHORTCUT_ID = "push-to-talk"
TIMEOUT_SECONDS = 60.0  # the desktop may show the user a dialog to confirm the shortcut
SIGNALS_QUEUED = 16  # presses and releases not yet handled
_tokens = itertools.count(1)


class PortalError(ShortcutError):
    """No portal, no GlobalShortcuts in it, or the user declined the shortcut; the message says which."""


def portal_trigger(combination: Combination) -> str:
    """The portal's trigger text for a combination (the XDG shortcuts format): "CTRL+ALT+space"."""
    names = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "cmd": "LOGO"}
    return "+".join([*(names[m] for m in sorted(combination.modifiers)), combination.key])


class PortalShortcut:
    """One bound shortcut; `on_press` and `on_release` are called from the listening thread."""

    def __init__(self, combination: Combination, on_press: Callable[[], None], on_release: Callable[[], None]
                 ) -> None:
        self.combination = combination
        self._on_press = on_press
        self._on_release = on_release
        self._connection: Any = None
        self._session = ""
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        from jeepney.io.blocking import open_dbus_connection

        try:
            self._connection = open_dbus_connection(bus="SESSION")
        except (OSError, KeyError, ValueError) as exc:
            raise PortalError(f"No D-Bus session to reach the desktop portal: {exc}") from exc
        try:
            self._session = self._create_session()
            self._bind()
            signals = self._subscribe()
        except Exception:
            self.stop()
            raise
        self._thread = threading.Thread(target=self._listen, args=(signals,), name="errand-portal-shortcut",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()  # the listening thread's receive then fails and it ends

    # portal calls -----------------------------------------------------------------------------------------
    def _create_session(self) -> str:
        token = f"errand{next(_tokens)}"
        results = self._request("CreateSession", "a{sv}", ({"session_handle_token": ("s", token)},))
        session = results.get("session_handle", ("", ""))[1]
        if not session:
            raise PortalError("The desktop portal opened no GlobalShortcuts session.")
        return str(session)

    def _bind(self) -> None:
        shortcut = (SHORTCUT_ID, {"description": ("s", "Errand push-to-talk (hold to speak)"),
                                  "preferred_trigger": ("s", portal_trigger(self.combination))})
        results = self._request("BindShortcuts", "oa(sa{sv})sa{sv}", (self._session, [shortcut], ""),
                                options_last=True)
        bound = [sid for sid, _ in results.get("shortcuts", ("", []))[1]]
        if SHORTCUT_ID not in bound:
            raise PortalError("The desktop did not bind the push-to-talk shortcut (it may have been declined).")

    def _request(self, method: str, signature: str, args: tuple[Any, ...], *, options_last: bool = False
                 ) -> dict[str, Any]:
        """Call `method` and wait for its Request's Response; the results, or a PortalError."""
        from jeepney import DBusAddress, MatchRule, MessageType, message_bus, new_method_call
        from jeepney.io.blocking import Proxy

        connection = self._connection
        token = f"errand{next(_tokens)}"
        sender = connection.unique_name.lstrip(":").replace(".", "_")
        rule = MatchRule(type="signal", interface=REQUEST, member="Response",
                         path=f"{PORTAL_PATH}/request/{sender}/{token}")
        Proxy(message_bus, connection).AddMatch(rule)
        options = {"handle_token": ("s", token)}
        if options_last:
            call_args: tuple[Any, ...] = (*args, options)
        else:
            call_args = ({**args[0], **options},)
        portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=SHORTCUTS)
        with connection.filter(rule) as responses:
            try:
                reply = connection.send_and_get_reply(new_method_call(portal, method, signature, call_args),
                                                      timeout=TIMEOUT_SECONDS)
                if reply.header.message_type == MessageType.error:
                    raise PortalError(f"No desktop portal with GlobalShortcuts answers here ({reply.body[0]}).")
                response = connection.recv_until_filtered(responses, timeout=TIMEOUT_SECONDS)
            except TimeoutError as exc:
                raise PortalError("The desktop portal did not answer.") from exc
        code, results = response.body
        if code != 0:
            raise PortalError(f"The desktop portal refused {method} (response {code}).")
        return dict(results)

    def _subscribe(self) -> Any:
        """The shortcut's signals, subscribed to before `start` returns: a press right after it is not lost.
        The queue holds several, so a quick press and release both arrive."""
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import Proxy

        rule = MatchRule(type="signal", interface=SHORTCUTS, path=PORTAL_PATH)
        Proxy(message_bus, self._connection).AddMatch(rule)
        return self._connection.filter(rule, bufsize=SIGNALS_QUEUED)

    def _listen(self, subscription: Any) -> None:
        from jeepney import HeaderFields

        connection = self._connection
        if connection is None:
            return
        try:
            with subscription as signals:
                while self._connection is connection:
                    message = connection.recv_until_filtered(signals)
                    session, shortcut = message.body[0], message.body[1]
                    if session != self._session or shortcut != SHORTCUT_ID:
                        continue
                    member = message.header.fields.get(HeaderFields.member)
                    if member == "Activated":
                        self._on_press()
                    elif member == "Deactivated":
                        self._on_release()
        except Exception:  # the connection was closed by stop(), or the bus went away: nothing more will come
            return

"""Push-to-talk on Wayland: the GlobalShortcuts portal contract, against a stand-in portal on a private D-Bus
session bus (no real portal runs here): session, binding with the preferred trigger, press and release."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from app.voice.global_shortcut import Combination
from app.voice.portal_shortcut import PortalError, PortalShortcut, portal_trigger

pytestmark = pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="needs dbus-daemon")


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from tests.app.portal_standin import start_session_bus

    bus, address = start_session_bus()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    bus.terminate()
    bus.wait(timeout=30)


def test_the_trigger_is_written_as_the_portal_reads_it() -> None:
    assert portal_trigger(Combination.parse("Ctrl+Alt+Space")) == "ALT+CTRL+space"
    assert portal_trigger(Combination.parse("Meta+F9")) == "LOGO+f9"


def test_holding_the_bound_shortcut_presses_and_releases(session_bus: str) -> None:
    from tests.app.portal_standin import StandInPortal, wait_for

    portal = StandInPortal(session_bus)
    said: list[str] = []
    shortcut = PortalShortcut(Combination.parse("Ctrl+Alt+Space"), lambda: said.append("press"),
                              lambda: said.append("release"))
    shortcut.start()
    assert portal.triggers == ["ALT+CTRL+space"]
    portal.press()
    wait_for(lambda: said == ["press"])
    portal.release()
    wait_for(lambda: said == ["press", "release"])
    portal.press("someone-elses-shortcut")  # not ours: ignored
    shortcut.stop()
    portal.close()
    assert said == ["press", "release"]


def test_no_portal_on_the_bus_is_a_clear_error(session_bus: str) -> None:
    shortcut = PortalShortcut(Combination.parse("Ctrl+Alt+Space"), lambda: None, lambda: None)
    with pytest.raises(PortalError, match="portal"):
        shortcut.start()


def test_the_app_listens_through_the_portal_on_wayland(qtbot, session_bus: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from app.gui.global_talk import GlobalTalk
    from tests.app.portal_standin import StandInPortal

    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    talk = GlobalTalk()
    assert "not available" in talk.start("Ctrl+Alt+Space") and not talk.active  # no portal on the bus yet
    portal = StandInPortal(session_bus)
    assert "through the desktop portal" in talk.start("Ctrl+Alt+Space") and talk.active
    with qtbot.waitSignal(talk.pressed, timeout=10_000):
        portal.press()
    with qtbot.waitSignal(talk.released, timeout=10_000):
        portal.release()
    talk.stop()
    portal.close()

"""Push-to-talk from anywhere: the combination held on a real X server (Xvfb, keys sent with xdotool) records
espeak-ng speech through the microphone path and puts the transcript in the chat window's input box."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.voice.global_shortcut import Combination, HeldCombination, ShortcutError, key_name, shortcut_support


def test_a_combination_is_read_from_the_settings_text() -> None:
    assert Combination.parse("Ctrl+Alt+Space") == Combination(frozenset({"ctrl", "alt"}), "space")
    assert Combination.parse("Meta+F9") == Combination(frozenset({"cmd"}), "f9")
    for wrong in ("", "Ctrl+Alt", "Hyper+Space"):
        with pytest.raises(ShortcutError):
            Combination.parse(wrong)


def test_held_means_every_key_down_and_released_means_any_of_them_up() -> None:
    said: list[str] = []
    held = HeldCombination(Combination.parse("Ctrl+Alt+Space"), lambda: said.append("press"),
                           lambda: said.append("release"))
    held.key_down("space")  # the key alone does nothing
    held.key_up("space")
    for key in ("ctrl", "alt", "space", "space"):  # auto-repeat sends the key again: still one press
        held.key_down(key)
    held.key_up("alt")  # letting go of a modifier ends it too
    held.key_up("space")
    held.key_up("ctrl")
    assert said == ["press", "release"]


def test_the_settings_say_which_mechanism_is_active() -> None:
    assert shortcut_support({"DISPLAY": ":1"}, "linux").available
    wayland = shortcut_support({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"},
                               "linux")
    assert wayland.available and wayland.portal and "portal" in wayland.kind
    assert not shortcut_support({}, "linux").available
    assert "Accessibility" in shortcut_support({}, "darwin").kind


def test_pynput_key_names() -> None:
    from types import SimpleNamespace

    assert key_name(SimpleNamespace(name="ctrl_l")) == "ctrl"
    assert key_name(SimpleNamespace(name="alt_gr")) == "alt"
    assert key_name(SimpleNamespace(name="space")) == "space"
    assert key_name(SimpleNamespace(name=None, char="A")) == "a"


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool (scripts/system-deps test)")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as ready:  # Xvfb writes its display number once it accepts clients
        display = f":{ready.readline().strip()}"
    monkeypatch.setenv("DISPLAY", display)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    yield display
    server.terminate()
    server.wait(timeout=30)


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=30)


# pynput's X11 record thread wakes from a stop only at the next X event; here the test's X server goes first,
# and the stopped daemon thread then reports the closed connection.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_holding_the_shortcut_anywhere_records_and_fills_the_input(qtbot, jobs, world, x_display: str,
                                                                   speech_48k: Path, tiny_whisper: Path) -> None:
    from app.gui.application import Assistant, Dependencies, ErrandApp
    from tests.app.test_voice import FileMicrophone, read_wav

    samples, rate = read_wav(speech_48k)
    microphone = FileMicrophone(samples, rate)
    app = ErrandApp(Dependencies(build_assistant=lambda s: Assistant(world.handler(), world.history, world.journal),
                                 jobs=jobs, audio=microphone, speech_model=lambda: tiny_whisper, use_tray=False))
    qtbot.addWidget(app.window)
    app.start()
    assert app.global_talk.active and "anywhere" in app.global_talk.status
    app.window.hide()  # the shortcut works with the window closed
    xdotool("keydown", "ctrl+alt+space")
    qtbot.waitUntil(lambda: app.voice.recording, timeout=30_000)
    microphone.streams[0].delivered.wait(30)
    xdotool("keyup", "space")
    xdotool("keyup", "ctrl+alt")
    qtbot.waitUntil(lambda: app.window.input.text() != "", timeout=60_000)
    assert app.window.isVisible()  # the transcript waits in the input box, shown, not sent
    assert "You:" not in app.window.conversation.toPlainText()
    app.quit()
    assert not app.global_talk.active

"""Voice on a fresh install: with no faster-whisper model, push-to-talk recognises speech with pocketsphinx
(its wheel carries an English model), through the same microphone path, and offers the better model once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.voice.errors import NothingHeard
from app.voice.recorder import Recording
from app.voice.sphinx import SphinxTranscriber, speech_transcriber
from app.voice.transcriber import Transcriber


def test_the_best_installed_recogniser_is_chosen(tmp_path: Path, tiny_whisper: Path) -> None:
    assert isinstance(speech_transcriber(None), SphinxTranscriber)
    assert isinstance(speech_transcriber(tmp_path / "nothing-here"), SphinxTranscriber)
    assert isinstance(speech_transcriber(tiny_whisper), Transcriber)


def test_silence_and_a_tap_are_clear_messages() -> None:
    sphinx = SphinxTranscriber()
    with pytest.raises(NothingHeard, match="too short"):
        sphinx.transcribe(Recording(np.full(800, 0.2, dtype=np.float32)))
    with pytest.raises(NothingHeard, match="silence"):
        sphinx.transcribe(Recording(np.zeros(32_000, dtype=np.float32)))


def test_speech_through_the_microphone_path_is_heard_offline(qtbot, jobs, world, speech_48k: Path) -> None:
    from PySide6.QtCore import Qt

    from app.gui.application import Assistant, Dependencies, ErrandApp
    from tests.app.test_voice import FileMicrophone, read_wav

    samples, rate = read_wav(speech_48k)
    microphone = FileMicrophone(samples, rate)
    app = ErrandApp(Dependencies(build_assistant=lambda s: Assistant(world.handler(), world.history, world.journal),
                                 jobs=jobs, audio=microphone, speech_model=lambda: None, use_tray=False))
    qtbot.addWidget(app.window)
    assert isinstance(app.voice.transcriber, SphinxTranscriber)
    qtbot.mousePress(app.window.talk_button, Qt.MouseButton.LeftButton)
    microphone.streams[0].delivered.wait(30)
    qtbot.mouseRelease(app.window.talk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.input.text() != "", timeout=60_000)
    assert "faster-whisper" in app.window.conversation.toPlainText()  # the better model is offered, once

"""Push-to-talk: espeak-ng speech enters through the same stream callback a microphone uses, is resampled from
48 kHz to 16 kHz and transcribed by a real (tiny, locally built) faster-whisper model on a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from speech_fixtures import read_wav

from app.gui.voice_control import VoiceControl
from app.voice.audio import SoundDeviceBackend
from app.voice.errors import NoMicrophone, NothingHeard, SpeechModelMissing
from app.voice.recorder import SPEECH_RATE, Recorder, Recording, level, resample
from app.voice.transcriber import Transcriber, TranscriberOptions

OPTIONS = TranscriberOptions(language="en", max_new_tokens=12)


class FileStream:
    """Plays samples into the recorder's callback from its own thread, in blocks, like PortAudio does."""

    def __init__(self, samples: np.ndarray, on_block, block: int = 1024) -> None:
        self.samples, self.on_block, self.block = samples, on_block, block
        self.delivered = threading.Event()
        self.closed = False
        self._thread = threading.Thread(target=self._play)

    def _play(self) -> None:
        for start in range(0, len(self.samples), self.block):
            self.on_block(self.samples[start:start + self.block].reshape(-1, 1)[:, 0])
        self.delivered.set()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._thread.join()

    def close(self) -> None:
        self.closed = True


class FileMicrophone:
    """An AudioBackend whose one input device delivers a WAV file at the file's own sample rate."""

    def __init__(self, samples: np.ndarray, rate: int) -> None:
        self.samples, self.rate = samples, rate
        self.streams: list[FileStream] = []

    def input_devices(self) -> list[str]:
        return ["file microphone"]

    def native_rate(self, device: str | None) -> int:
        return self.rate

    def open_input(self, device, rate, on_block):
        assert rate == self.rate
        stream = FileStream(self.samples, on_block)
        self.streams.append(stream)
        return stream


def test_resample_keeps_duration_and_a_tone() -> None:
    rate = 48_000
    t = np.arange(rate) / rate
    tone = (0.5 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    out = resample(tone, rate)
    assert len(out) == SPEECH_RATE and out.dtype == np.float32
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(int(np.argmax(spectrum)) - 440) <= 1  # 1 s at 16 kHz: bin k is k Hz


def test_level_meter_scale() -> None:
    assert level(np.zeros(160, dtype=np.float32)) == 0.0
    assert level(np.ones(160, dtype=np.float32)) == 1.0
    assert 0.4 < level(np.full(160, 0.03, dtype=np.float32)) < 0.6  # about -30 dBFS


def test_recorder_collects_resamples_and_reports_levels(speech_48k: Path) -> None:
    samples, rate = read_wav(speech_48k)
    levels: list[float] = []
    backend = FileMicrophone(samples, rate)
    recorder = Recorder(backend, on_level=levels.append)
    recorder.start()
    assert recorder.recording
    backend.streams[0].delivered.wait(10)
    recording = recorder.stop()
    assert backend.streams[0].closed and not recorder.recording
    assert recording.seconds == pytest.approx(len(samples) / rate, abs=0.01)
    assert max(levels) > 0.5 and levels[-1] == 0.0  # the meter moved, and drops back when recording stops


def test_speech_through_the_microphone_path_is_transcribed(qtbot, jobs, speech_48k: Path, tiny_whisper: Path) -> None:
    samples, rate = read_wav(speech_48k)
    backend = FileMicrophone(samples, rate)
    voice = VoiceControl(lambda on_level: Recorder(backend, on_level=on_level), Transcriber(tiny_whisper, OPTIONS),
                         jobs)
    states: list[str] = []
    voice.state.connect(states.append)
    problems: list[str] = []
    voice.problem.connect(problems.append)
    levels: list[float] = []
    voice.level.connect(levels.append)
    voice.press()
    backend.streams[0].delivered.wait(10)
    with qtbot.waitSignal(voice.text_ready, timeout=60_000) as got:
        voice.release()
    assert problems == []
    assert isinstance(got.args[0], str) and got.args[0].strip()  # tiny random model: text is meaningless
    assert states == ["recording", "transcribing", "idle"]
    assert voice.transcriber.loaded  # kept loaded for the next press
    qtbot.waitUntil(lambda: bool(levels))


def test_silence_gives_a_clear_message(qtbot, jobs, tiny_whisper: Path) -> None:
    backend = FileMicrophone(np.zeros(SPEECH_RATE * 2, dtype=np.float32), SPEECH_RATE)
    voice = VoiceControl(lambda on_level: Recorder(backend), Transcriber(tiny_whisper, OPTIONS), jobs)
    voice.press()
    backend.streams[0].delivered.wait(10)
    with qtbot.waitSignal(voice.problem, timeout=30_000) as got:
        voice.release()
    assert "silence" in got.args[0]
    assert not voice.busy


def test_missing_speech_model_is_reported(tmp_path: Path) -> None:
    speech = Recording(np.full(SPEECH_RATE, 0.1, dtype=np.float32))
    with pytest.raises(SpeechModelMissing, match="No speech model is installed"):
        Transcriber(tmp_path / "absent").transcribe(speech)
    with pytest.raises(SpeechModelMissing):
        Transcriber(None).transcribe(speech)


def test_too_short_a_press_is_reported(tiny_whisper: Path) -> None:
    with pytest.raises(NothingHeard, match="too short"):
        Transcriber(tiny_whisper).transcribe(Recording(np.full(800, 0.2, dtype=np.float32)))


def test_no_microphone_on_this_machine_is_a_clear_error(qtbot, jobs, tiny_whisper: Path) -> None:
    """The real PortAudio backend on a machine without sound devices: a message, no hang, no crash."""
    pytest.importorskip("sounddevice", exc_type=OSError)
    import sounddevice

    if any(d["max_input_channels"] > 0 for d in sounddevice.query_devices()):
        pytest.skip("this machine has a microphone")
    voice = VoiceControl(lambda on_level: Recorder(SoundDeviceBackend(), on_level=on_level),
                         Transcriber(tiny_whisper, OPTIONS), jobs)
    with qtbot.waitSignal(voice.problem, timeout=30_000) as got:
        voice.press()
    assert "microphone" in got.args[0].lower()
    assert not voice.recording
    voice.release()  # releasing after a failed press does nothing
    assert SoundDeviceBackend().input_devices() == []
    with pytest.raises(NoMicrophone):
        SoundDeviceBackend().native_rate(None)


def test_holding_the_shortcut_or_the_button_in_the_window_fills_the_input(qtbot, jobs, speech_48k: Path,
                                                                           tiny_whisper: Path) -> None:
    from PySide6.QtCore import Qt

    from app.gui.bridge import SessionBridge
    from app.gui.chat_window import ChatWindow

    samples, rate = read_wav(speech_48k)
    backend = FileMicrophone(samples, rate)
    window = ChatWindow(jobs, SessionBridge())
    qtbot.addWidget(window)
    window.show()
    window.set_voice(VoiceControl(lambda on_level: Recorder(backend, on_level=on_level),
                                  Transcriber(tiny_whisper, OPTIONS), jobs))
    window.set_talk_shortcut("Ctrl+Alt+Space")
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyPress(window.input, Qt.Key.Key_Space, keys)
    assert window.voice.recording and window.level_meter.isVisible()
    backend.streams[0].delivered.wait(10)
    qtbot.keyRelease(window.input, Qt.Key.Key_Space, keys)
    qtbot.waitUntil(lambda: window.input.text() != "", timeout=60_000)
    assert "Listening" not in window.talk_button.text() and not window.level_meter.isVisible()

    window.input.clear()
    qtbot.mousePress(window.talk_button, Qt.MouseButton.LeftButton)
    assert window.voice.recording
    backend.streams[1].delivered.wait(10)
    qtbot.mouseRelease(window.talk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.input.text() != "", timeout=60_000)
    assert window.conversation.toPlainText() == ""  # the text waits in the input box for the user to send


def test_a_recording_is_capped_so_a_stuck_button_cannot_fill_the_memory(monkeypatch) -> None:
    from app.voice import recorder as recorder_module

    monkeypatch.setattr(recorder_module, "MAX_SECONDS", 1)
    backend = FileMicrophone(np.full(SPEECH_RATE * 3, 0.1, dtype=np.float32), SPEECH_RATE)
    recorder = Recorder(backend)
    recorder.start()
    backend.streams[0].delivered.wait(10)
    assert recorder.stop().seconds <= 1.0

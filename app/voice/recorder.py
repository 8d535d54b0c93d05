"""Hold-to-record: collect blocks from an audio backend, report the level, hand back 16 kHz mono audio."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from app.voice.audio import AudioBackend, InputStream
from app.voice.errors import VoiceError

SPEECH_RATE = 16_000  # what whisper expects
FLOOR_DB = -60.0
MAX_SECONDS = 120  # a held key or a stuck button must not fill the memory


@dataclass(frozen=True)
class Recording:
    samples: np.ndarray  # float32, mono, SPEECH_RATE

    @property
    def seconds(self) -> float:
        return len(self.samples) / SPEECH_RATE

    @property
    def rms(self) -> float:
        return float(np.sqrt(np.mean(np.square(self.samples)))) if len(self.samples) else 0.0


def level(block: np.ndarray) -> float:
    """Loudness of a block for a meter: 0 at FLOOR_DB dBFS or below, 1 at full scale."""
    rms = float(np.sqrt(np.mean(np.square(block)))) if len(block) else 0.0
    if rms <= 0.0:
        return 0.0
    return min(1.0, max(0.0, (20 * math.log10(rms) - FLOOR_DB) / -FLOOR_DB))


def resample(samples: np.ndarray, source_rate: int, target_rate: int = SPEECH_RATE) -> np.ndarray:
    """Linear-interpolation resampling, with a moving-average low-pass first when reducing the rate."""
    samples = np.asarray(samples, dtype=np.float32)
    if source_rate == target_rate or not len(samples):
        return samples
    ratio = source_rate / target_rate
    if ratio > 1:
        width = int(math.ceil(ratio))
        samples = np.convolve(samples, np.full(width, 1.0 / width, dtype=np.float32), mode="same")
    count = int(round(len(samples) / ratio))
    positions = np.arange(count, dtype=np.float64) * ratio
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)


class Recorder:
    def __init__(
        self,
        backend: AudioBackend,
        device: str | None = None,
        on_level: Callable[[float], None] | None = None,
    ) -> None:
        self._backend = backend
        self._device = device
        self._on_level = on_level
        self._lock = threading.Lock()
        self._blocks: list[np.ndarray] = []
        self._collected = 0
        self._stream: InputStream | None = None
        self._rate = SPEECH_RATE

    @property
    def recording(self) -> bool:
        return self._stream is not None

    def start(self) -> None:
        """Open the device and start collecting; NoMicrophone when there is none."""
        if self._stream is not None:
            return
        self._rate = self._backend.native_rate(self._device)
        with self._lock:
            self._blocks, self._collected = [], 0
        stream = self._backend.open_input(self._device, self._rate, self._on_block)
        try:
            stream.start()
        except Exception as exc:  # PortAudio reports device trouble only when starting, on some systems
            stream.close()
            raise VoiceError(f"The microphone could not start recording: {exc}") from exc
        self._stream = stream

    def stop(self) -> Recording:
        """Stop recording and return what was heard, resampled to 16 kHz mono."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()
            stream.close()
        with self._lock:
            blocks, self._blocks = self._blocks, []
        audio = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)
        if self._on_level is not None:
            self._on_level(0.0)
        return Recording(resample(audio, self._rate))

    def _on_block(self, block: np.ndarray) -> None:
        samples = np.asarray(block, dtype=np.float32).reshape(-1)
        with self._lock:
            if self._collected + len(samples) <= MAX_SECONDS * self._rate:
                self._blocks.append(samples)
                self._collected += len(samples)
        if self._on_level is not None:
            self._on_level(level(block))

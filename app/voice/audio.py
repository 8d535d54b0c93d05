"""Where audio comes from: an `AudioBackend` opens an input stream that calls back with blocks of samples.

`SoundDeviceBackend` is the microphone (PortAudio through sounddevice, imported lazily). Tests inject a
backend that plays a file through the same callback, so everything after the device is the real code path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from app.voice.errors import NoMicrophone

BlockCallback = Callable[[np.ndarray], None]  # one block of mono float32 samples in [-1, 1]


class InputStream(Protocol):
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


class AudioBackend(Protocol):
    def input_devices(self) -> list[str]: ...
    def native_rate(self, device: str | None) -> int:
        """The sample rate the device delivers without conversion."""
        ...
    def open_input(self, device: str | None, rate: int, on_block: BlockCallback) -> InputStream: ...


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # the wheel does not bundle PortAudio on Linux
        raise NoMicrophone(f"Audio input is unavailable: {exc} (install libportaudio2).") from exc
    except ImportError as exc:
        raise NoMicrophone("Audio input needs the voice extra: pip install 'errand[voice]'.") from exc
    return sounddevice


class SoundDeviceBackend:
    """The system's microphones through PortAudio."""

    def input_devices(self) -> list[str]:
        sd = _sounddevice()
        return [d["name"] for d in sd.query_devices() if d["max_input_channels"] > 0]

    def native_rate(self, device: str | None) -> int:
        sd = _sounddevice()
        try:
            info = sd.query_devices(device, "input")
        except (sd.PortAudioError, ValueError) as exc:
            raise NoMicrophone(_no_microphone(device, exc)) from exc
        return int(info["default_samplerate"])

    def open_input(self, device: str | None, rate: int, on_block: BlockCallback) -> InputStream:
        sd = _sounddevice()

        def callback(indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            on_block(indata[:, 0].copy())

        try:
            return sd.InputStream(device=device, samplerate=rate, channels=1, dtype="float32", callback=callback)
        except (sd.PortAudioError, ValueError) as exc:
            raise NoMicrophone(_no_microphone(device, exc)) from exc


def _no_microphone(device: str | None, exc: Exception) -> str:
    which = f"the microphone {device!r}" if device else "a microphone"
    return f"Could not open {which}: {exc}. Check that one is connected, or pick another in Settings."

"""Run in a subprocess by test_voice_portaudio.py, with ALSA_CONFIG_PATH naming an ALSA file-capture device.

Records through the real SoundDeviceBackend (sounddevice -> PortAudio -> ALSA) from the device
`errand_filemic`, whose samples come from a raw file, and transcribes with the tiny test model.
Prints one JSON object with what was found.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from app.voice.audio import SoundDeviceBackend
from app.voice.recorder import Recorder, resample
from app.voice.transcriber import Transcriber, TranscriberOptions

DEVICE = "errand_filemic"


class FrameCounter:
    """The real backend, counting the frames its stream delivers, so the probe stops once the whole file is in
    rather than after a fixed sleep that a busy machine may not honour."""

    def __init__(self, backend: SoundDeviceBackend) -> None:
        self.backend = backend
        self.frames = 0

    def input_devices(self) -> list[str]:
        return self.backend.input_devices()

    def native_rate(self, device: str | None) -> int:
        return self.backend.native_rate(device)

    def open_input(self, device: str | None, rate: int, on_block: Callable[[np.ndarray], None]) -> Any:
        def counting(block: np.ndarray) -> None:
            on_block(block)
            self.frames += len(block)

        return self.backend.open_input(device, rate, counting)


def main(wav: Path, raw: Path, model: Path) -> None:
    backend = SoundDeviceBackend()
    rate = backend.native_rate(DEVICE)
    subprocess.run(["sox", str(wav), "-t", "raw", "-r", str(rate), "-c", "1", "-b", "32", "-e", "floating-point",
                    str(raw)], check=True)  # float32, as the stream is opened: the file plugin passes bytes through
    speech = np.fromfile(raw, dtype=np.float32)
    levels: list[float] = []
    counted = FrameCounter(backend)
    recorder = Recorder(counted, DEVICE, on_level=levels.append)
    recorder.start()
    deadline = time.monotonic() + 60  # the file device is not paced in real time: usually a few milliseconds
    while counted.frames < len(speech) and time.monotonic() < deadline:
        time.sleep(0.01)
    recording = recorder.stop()
    expected = resample(speech, rate)
    compared = len(expected) - 16  # the low-pass blurs the last few samples into what follows the speech
    text = Transcriber(model, TranscriberOptions(max_new_tokens=12)).transcribe(recording)
    print(json.dumps({
        "devices": backend.input_devices(), "rate": rate,
        "speech_matches": bool(np.allclose(recording.samples[:compared], expected[:compared], atol=1e-6)),
        "seconds": recording.seconds, "max_level": max(levels), "text": text,
    }))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))

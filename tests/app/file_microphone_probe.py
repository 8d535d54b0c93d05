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
from pathlib import Path

import numpy as np

from app.voice.audio import SoundDeviceBackend
from app.voice.recorder import Recorder, resample
from app.voice.transcriber import Transcriber, TranscriberOptions

DEVICE = "errand_filemic"


def main(wav: Path, raw: Path, model: Path) -> None:
    backend = SoundDeviceBackend()
    rate = backend.native_rate(DEVICE)
    subprocess.run(["sox", str(wav), "-t", "raw", "-r", str(rate), "-c", "1", "-b", "32", "-e", "floating-point",
                    str(raw)], check=True)  # float32, as the stream is opened: the file plugin passes bytes through
    speech = np.fromfile(raw, dtype=np.float32)
    levels: list[float] = []
    recorder = Recorder(backend, DEVICE, on_level=levels.append)
    recorder.start()
    time.sleep(0.2)  # the file device is not paced in real time: this is plenty
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

"""The real microphone code path: sounddevice and PortAudio record from an ALSA device that plays a file
(an ALSA `file` plugin with `infile`, no sound hardware or root needed), then the tiny model transcribes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ALSA_CONF = """</usr/share/alsa/alsa.conf>
pcm.errand_null {{ type null }}
pcm.errand_filemic {{ type file slave.pcm "errand_null" file "/dev/null" infile "{raw}" format "raw" }}
pcm.!default {{ type plug slave.pcm "errand_null" }}
"""


def test_speech_recorded_through_portaudio_is_transcribed(tmp_path: Path, speech_48k: Path, tiny_whisper: Path) -> None:
    if not Path("/usr/share/alsa/alsa.conf").is_file():
        pytest.skip("no ALSA configuration on this machine")
    pytest.importorskip("sounddevice", exc_type=OSError)
    raw = tmp_path / "mic.raw"
    raw.write_bytes(b"")  # ALSA offers the capture side only when the file exists at start-up
    (tmp_path / "asound.conf").write_text(ALSA_CONF.format(raw=raw))
    env = {**os.environ, "ALSA_CONFIG_PATH": str(tmp_path / "asound.conf"),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2]), os.environ.get("PYTHONPATH", "")])}
    probe = Path(__file__).with_name("file_microphone_probe.py")
    done = subprocess.run([sys.executable, str(probe), str(speech_48k), str(raw), str(tiny_whisper)], env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert "errand_filemic" in found["devices"]
    assert found["speech_matches"]  # exactly the file's samples, resampled from the device rate to 16 kHz
    assert found["max_level"] > 0.5
    assert found["text"].strip()

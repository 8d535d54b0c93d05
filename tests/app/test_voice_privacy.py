"""Transcribing with the voice-activity filter (which runs onnxruntime) leaves no onnxruntime device id on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TRANSCRIBE = """
import sys
from pathlib import Path
import numpy as np
from app.voice.recorder import Recording
from app.voice.transcriber import Transcriber
from app.voice.errors import NothingHeard
tone = (0.3 * np.sin(np.linspace(0, 2000 * np.pi, 32000))).astype(np.float32)
try:
    print("text:", Transcriber(Path(sys.argv[1])).transcribe(Recording(tone)))
except NothingHeard as exc:
    print("nothing heard:", exc)
import onnxruntime  # the VAD filter loaded it
print("onnxruntime loaded")
"""


def test_transcription_with_the_vad_filter_writes_no_telemetry(tiny_whisper: Path, tmp_path: Path) -> None:
    hidden = {"ORT_DISABLE_TELEMETRY", "CI", "CONTINUOUS_INTEGRATION", "GITHUB_ACTIONS", "BUILD_NUMBER", "TF_BUILD"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}  # onnxruntime is silent under CI
    sandbox = tmp_path / "sandbox"
    for variable, name in (("HOME", "home"), ("XDG_CACHE_HOME", "cache"), ("ERRAND_HOME", "errand")):
        (sandbox / name).mkdir(parents=True)
        env[variable] = str(sandbox / name)
    result = subprocess.run([sys.executable, "-c", TRANSCRIBE, str(tiny_whisper)], env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "onnxruntime loaded" in result.stdout
    assert [p for p in sandbox.rglob("*") if p.is_file()] == []

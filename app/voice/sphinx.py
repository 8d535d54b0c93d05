"""Speech to text on a fresh install: pocketsphinx, whose wheel carries an English acoustic model and dictionary.

Until the user downloads a faster-whisper model, this is what push-to-talk uses, with Errand's own language model
(`models/default/speech/errand-requests.lm`, built by `training/speech/lm.py` from the project's synthetic requests)
when it is installed, else pocketsphinx's general English one. `speech_transcriber` picks the best installed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from app.voice.errors import NothingHeard, SpeechModelMissing
from app.voice.recorder import SPEECH_RATE, Recording
from app.voice.transcriber import MIN_SECONDS, SILENCE_RMS, Transcriber
from models.paths import PACKAGE_DIR

DOMAIN_LM = PACKAGE_DIR / "default" / "speech" / "errand-requests.lm"


class SphinxTranscriber:
    """The Transcriber interface over pocketsphinx; `language_model` None means pocketsphinx's own."""

    model_dir: Path | None = None  # no downloaded model: the app offers faster-whisper once one is installed

    def __init__(self, language_model: Path | None = None) -> None:
        self.language_model = language_model
        self._decoder: Any = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        which = "Errand's request language model" if self.language_model else "its general English model"
        return f"pocketsphinx with {which}"

    @property
    def loaded(self) -> bool:
        return self._decoder is not None

    def load(self) -> Any:
        with self._lock:
            if self._decoder is None:
                self._decoder = self._open()
            return self._decoder

    def transcribe(self, recording: Recording) -> str:
        if recording.seconds < MIN_SECONDS:
            raise NothingHeard("The recording was too short: hold the talk button while you speak.")
        if recording.rms < SILENCE_RMS:
            raise NothingHeard("Only silence was recorded: check that the microphone is on and not muted.")
        pcm = (np.clip(recording.samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        with self._lock:  # one decoder, one utterance at a time
            decoder = self._decoder or self._open()
            self._decoder = decoder
            decoder.start_utt()
            decoder.process_raw(pcm, full_utt=True)
            decoder.end_utt()
            hypothesis = decoder.hyp()
        text = hypothesis.hypstr.strip() if hypothesis is not None else ""
        if not text:
            raise NothingHeard("No speech was recognised in the recording. Try again, a little closer.")
        return text

    def _open(self) -> Any:
        try:
            from pocketsphinx import Decoder
        except ImportError as exc:
            raise SpeechModelMissing("Offline speech recognition needs pocketsphinx: pip install pocketsphinx.") \
                from exc
        options: dict[str, Any] = {"samprate": SPEECH_RATE, "loglevel": "FATAL"}
        if self.language_model is not None:
            if not self.language_model.is_file():
                raise SpeechModelMissing(f"The language model {self.language_model} is missing.")
            options["lm"] = str(self.language_model)
        try:
            return Decoder(**options)
        except (RuntimeError, ValueError, OSError) as exc:
            raise SpeechModelMissing(f"pocketsphinx could not start: {exc}") from exc


def speech_transcriber(whisper_model: Path | None) -> Transcriber | SphinxTranscriber:
    """faster-whisper when a model is installed, else pocketsphinx (with Errand's language model if shipped)."""
    if whisper_model is not None and (Path(whisper_model) / "model.bin").is_file():
        return Transcriber(whisper_model)
    return SphinxTranscriber(DOMAIN_LM if DOMAIN_LM.is_file() else None)

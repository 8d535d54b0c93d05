"""Speech to text with faster-whisper: the model is loaded once and kept; voice-activity filtering is on."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.voice.errors import NothingHeard, SpeechModelMissing
from app.voice.recorder import Recording
from models.onnx_runtime import import_onnxruntime

MIN_SECONDS = 0.3
SILENCE_RMS = 0.003  # about -50 dBFS: quieter than that is a muted or absent microphone


class SpeechToText(Protocol):
    """What push-to-talk needs from a recogniser (faster-whisper here, pocketsphinx in app/voice/sphinx.py)."""

    model_dir: Path | None  # the downloaded model in use; None for one that ships with Errand

    def load(self) -> Any: ...
    def transcribe(self, recording: Recording) -> str: ...


@dataclass(frozen=True)
class TranscriberOptions:
    language: str = "en"
    beam_size: int = 1
    cpu_threads: int = 2
    compute_type: str = "int8"
    max_new_tokens: int | None = None


class Transcriber:
    def __init__(self, model_dir: Path | None, options: TranscriberOptions = TranscriberOptions()) -> None:
        self.model_dir = model_dir
        self.options = options
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> Any:
        """Load the model if it is not loaded yet (safe from several threads); SpeechModelMissing if impossible."""
        with self._lock:
            if self._model is None:
                self._model = self._open()
            return self._model

    def transcribe(self, recording: Recording) -> str:
        if recording.seconds < MIN_SECONDS:
            raise NothingHeard("The recording was too short: hold the talk button while you speak.")
        if recording.rms < SILENCE_RMS:
            raise NothingHeard("Only silence was recorded: check that the microphone is on and not muted.")
        model = self.load()
        extra = {"max_new_tokens": self.options.max_new_tokens} if self.options.max_new_tokens else {}
        segments, _info = model.transcribe(
            recording.samples, language=self.options.language, vad_filter=True,
            beam_size=self.options.beam_size, condition_on_previous_text=False, **extra,
        )
        text = " ".join(segment.text.strip() for segment in segments).strip()
        if not text:
            raise NothingHeard("No speech was recognised in the recording. Try again, a little closer.")
        return text

    def _open(self) -> Any:
        if self.model_dir is None or not (Path(self.model_dir) / "model.bin").is_file():
            where = f" (looked in {self.model_dir})" if self.model_dir else ""
            raise SpeechModelMissing(f"No speech model is installed{where}: download one in Models.")
        # faster-whisper's voice-activity filter imports onnxruntime; import it first with telemetry off.
        import_onnxruntime()
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise SpeechModelMissing("Speech recognition needs the voice extra: pip install 'errand[voice]'.") from exc
        try:
            return WhisperModel(str(self.model_dir), device="cpu", compute_type=self.options.compute_type,
                                cpu_threads=self.options.cpu_threads)
        except (RuntimeError, ValueError, OSError) as exc:
            raise SpeechModelMissing(f"The speech model in {self.model_dir} could not be loaded: {exc}") from exc

"""Push-to-talk in the GUI: press starts the recorder, release transcribes in the background.

The recognised text goes to `text_ready` for the input box (the user sees and edits it before sending);
every failure goes to `problem` as one clear sentence. Nothing here blocks the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.gui.jobs import JobRunner
from app.voice.errors import VoiceError
from app.voice.recorder import Recorder
from app.voice.transcriber import SpeechToText


class VoiceControl(QObject):
    level = Signal(float)  # 0..1 for the meter; emitted from the audio thread, delivered on the GUI thread
    state = Signal(str)  # "recording", "transcribing", "idle"
    text_ready = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        make_recorder: Callable[[Callable[[float], None]], Recorder],
        transcriber: SpeechToText,
        jobs: JobRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_recorder = make_recorder
        self._recorder: Recorder | None = None
        self.transcriber = transcriber
        self._jobs = jobs
        self.busy = False

    @property
    def recording(self) -> bool:
        return self._recorder is not None and self._recorder.recording

    def press(self) -> None:
        if self.busy or self.recording:
            return
        self._recorder = self._make_recorder(self.level.emit)  # a new one per press: settings may have changed
        try:
            self._recorder.start()
        except VoiceError as exc:
            self.problem.emit(str(exc))
            return
        self.state.emit("recording")

    def release(self) -> None:
        if self._recorder is None or not self._recorder.recording:
            return
        recording = self._recorder.stop()
        self.busy = True
        self.state.emit("transcribing")
        transcriber = self.transcriber
        self._jobs.submit("Transcribing speech", lambda: transcriber.transcribe(recording),
                          on_done=self._done, on_error=self._failed)

    def toggle(self) -> None:
        """For the tray menu, where a press cannot be held: first call records, second transcribes."""
        if self.recording:
            self.release()
        else:
            self.press()

    def preload(self) -> None:
        """Load the speech model in the background so the first release is quick; a missing model is fine."""
        self._jobs.submit("Loading speech model", self.transcriber.load, on_error=lambda _exc: None)

    def _done(self, text: str) -> None:
        self.busy = False
        self.state.emit("idle")
        self.text_ready.emit(text)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.state.emit("idle")
        self.problem.emit(str(error) if isinstance(error, VoiceError) else f"Transcription failed: {error}")

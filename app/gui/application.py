"""The tray application: builds the windows, loads the models in the background, and wires everything together.

The window (or the tray) is usable at once; the session is built on the job runner and plugged in when ready,
with its status shown in the window. Where the desktop has no system tray the chat window opens instead and
says why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from agent.record.history import HistoryStore
from agent.setup.settings import Settings, SettingsError, load_settings, save_settings
from app import desktop
from app.gui.bridge import SessionBridge
from app.gui.chat_window import ChatWindow, RequestHandler
from app.gui.global_talk import GlobalTalk
from app.gui.history_view import HistoryView
from app.gui.jobs import JobRunner
from app.gui.models_dialog import ModelsDialog
from app.gui.settings_dialog import SettingsDialog
from app.gui.tray import NO_TRAY_NOTICE, Tray, TrayActions, tray_available
from app.gui.voice_control import VoiceControl
from app.voice.audio import AudioBackend, SoundDeviceBackend
from app.voice.recorder import Recorder
from app.voice.sphinx import SphinxTranscriber, speech_transcriber
from tools.secrets import SecretStore
from tools.undo import UndoJournal


@dataclass(frozen=True)
class Assistant:
    """What the agent side provides once its models are loaded."""

    handle: RequestHandler
    history: HistoryStore
    journal: UndoJournal
    contact_names: Callable[[], Sequence[str]] = tuple  # what recipient fields complete from


AssistantFactory = Callable[[Settings], Assistant]


@dataclass
class Dependencies:
    """Everything the app talks to, injectable so tests run the real app against temporary folders."""

    build_assistant: AssistantFactory
    jobs: JobRunner = dataclasses.field(default_factory=JobRunner)
    audio: AudioBackend = dataclasses.field(default_factory=SoundDeviceBackend)
    secrets: SecretStore = dataclasses.field(default_factory=SecretStore)
    speech_model: Callable[[], Path | None] = lambda: None
    planner_models: Callable[[], list[str]] = list
    toolrag_models: Callable[[], list[str]] = list
    use_tray: bool | None = None  # None: whatever the desktop offers


class ErrandApp:
    def __init__(self, deps: Dependencies) -> None:
        self.deps = deps
        self.jobs = deps.jobs
        self.settings, settings_problem = _load()
        self.assistant: Assistant | None = None
        self.bridge = SessionBridge(always_allowed=lambda: self.settings.always_allow)
        self.window = ChatWindow(self.jobs, self.bridge)
        self.window.setWindowIcon(QIcon(str(desktop.ICON_PNG)))
        self.voice = VoiceControl(
            lambda on_level: Recorder(deps.audio, self.settings.voice.microphone or None, on_level),
            speech_transcriber(deps.speech_model()), self.jobs)
        self.voice.text_ready.connect(self._offer_better_speech)
        self.voice.state.connect(self._show_listening)
        self._offered_whisper = False
        self.window.set_voice(self.voice)
        self.window.set_talk_shortcut(self.settings.voice.push_to_talk)
        self.global_talk = GlobalTalk()
        self.global_talk.pressed.connect(self._global_press)
        self.global_talk.released.connect(self._global_release)
        self.window.finished.connect(self._notify_if_hidden)
        self.window.needs_attention.connect(lambda text: self._notify_if_hidden("Errand", text))
        self.window.always_allow.connect(self._always_allow)
        for text, action in (("Settings…", self.open_settings), ("Models…", self.open_models),
                             ("History…", self.open_history), ("Quit", self.quit)):
            self.window.add_menu_action("Errand", text, action)
        use_tray = tray_available() if deps.use_tray is None else deps.use_tray
        self.tray = Tray(QIcon(str(desktop.ICON_PNG)), TrayActions(
            self.open_chat, self.push_to_talk, self.open_settings, self.open_models, self.open_history,
            self.quit)) if use_tray else None
        if settings_problem:
            self.window.say("Errand", f"{settings_problem}. Using default settings until you save new ones.",
                            error=True)
        self.dialogs: dict[str, Any] = {}

    def start(self) -> None:
        QApplication.setQuitOnLastWindowClosed(self.tray is None)
        if self.tray is not None:
            self.tray.show()
        else:
            self.window.set_notice(NO_TRAY_NOTICE)
            self.open_chat()
        self.load_assistant()
        self.voice.preload()
        self._start_global_talk()

    def load_assistant(self) -> None:
        self.window.set_handler(None, "Loading the models in the background… you can type already.")
        self._tray_status("loading models…")
        settings = self.settings
        self.jobs.submit("Loading models", lambda: self.deps.build_assistant(settings),
                         on_done=self._assistant_ready, on_error=self._assistant_failed)

    # actions ---------------------------------------------------------------------------------------------
    def open_chat(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def push_to_talk(self) -> None:
        self.open_chat()
        self.voice.toggle()

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, secrets=self.deps.secrets, microphones=self.deps.audio.input_devices,
                                planner_models=self.deps.planner_models(),
                                toolrag_models=self.deps.toolrag_models(), parent=self.window)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.saved))
        return self._show("settings", dialog)

    def open_models(self) -> ModelsDialog:
        """One models window for the whole run, so a download started in it stays visible when it is reopened."""
        dialog = self.dialogs.get("models")
        if dialog is None:
            dialog = ModelsDialog(self.jobs, parent=self.window)
            dialog.finished.connect(lambda _result: self._refresh_speech_model())
        return self._show("models", dialog)

    def open_history(self) -> HistoryView | None:
        if self.assistant is None:
            self.window.say("Errand", "The history opens once the models have loaded.")
            return None
        dialog = self.dialogs.get("history")
        if dialog is None or dialog.history is not self.assistant.history:
            dialog = HistoryView(self.assistant.history, self.assistant.journal, self.jobs, parent=self.window)
        else:
            dialog.refresh()
        return self._show("history", dialog)

    def _start_global_talk(self) -> None:
        voice = self.settings.voice
        status = self.global_talk.start(voice.push_to_talk) if voice.global_talk else "off in settings"
        self.window.talk_button.setToolTip(f"{self.window.talk_button.toolTip()}. Global shortcut: {status}")

    def _global_press(self) -> None:
        self._tray_status("listening…")
        self.voice.press()

    def _global_release(self) -> None:
        self.voice.release()
        self._tray_status("ready" if self.assistant is not None else "loading models…")
        self.open_chat()  # the transcript waits in the input box, where the user checks it before sending

    def quit(self) -> None:
        self.bridge.cancel()
        self.global_talk.stop()
        if self.tray is not None:
            self.tray.hide()
        self.jobs.shutdown()
        QApplication.quit()

    # events ----------------------------------------------------------------------------------------------
    def _assistant_ready(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.window.set_handler(assistant.handle)
        self.window.plan_view.set_contact_names(assistant.contact_names)
        self._tray_status("ready")

    def _assistant_failed(self, error: BaseException) -> None:
        reason = str(error).rstrip(". ")
        self.window.set_handler(None, f"Errand cannot plan yet: {reason}. Open Models or Settings to fix it.",
                                problem=True)
        self._tray_status("cannot plan yet, open the window to see why")

    def _settings_saved(self, settings: Settings | None) -> None:
        if settings is None:
            return
        self.settings = settings
        self.window.set_talk_shortcut(settings.voice.push_to_talk)
        self._start_global_talk()
        self.load_assistant()

    def _always_allow(self, tools: list[str]) -> None:
        updated = dataclasses.replace(self.settings, always_allow=sorted({*self.settings.always_allow, *tools}))
        try:
            save_settings(updated)
        except (SettingsError, OSError) as exc:
            self.window.say("Errand", f"Could not save 'always allow': {exc}", error=True)
            return
        self.settings = updated

    def _refresh_speech_model(self) -> None:
        """Pick up a speech model downloaded (or removed) in the Models window."""
        found = self.deps.speech_model()
        if found != self.voice.transcriber.model_dir:
            self.voice.transcriber = speech_transcriber(found)

    def _show_listening(self, state: str) -> None:
        """The tray icon shows a red dot while push-to-talk records, wherever it was started from."""
        if self.tray is not None:
            self.tray.set_listening(state == "recording")

    def _offer_better_speech(self, _text: str) -> None:
        """Once per run: speech heard by the offline default can be recognised much better after a download."""
        transcriber = self.voice.transcriber
        if isinstance(transcriber, SphinxTranscriber) and not self._offered_whisper:
            self._offered_whisper = True
            self.window.say("Errand", f"Heard with {transcriber.name}, which works offline but mishears often. "
                                      "Download a faster-whisper speech model in Models for much better "
                                      "recognition; Errand switches to it as soon as it is installed.")

    def _tray_status(self, text: str) -> None:
        if self.tray is not None:
            self.tray.icon.setToolTip(f"Errand: {text}")

    def _notify_if_hidden(self, title: str, message: str) -> None:
        if self.tray is not None and not self.window.isVisible():
            self.tray.notify(title, message)

    def _show(self, name: str, dialog: Any) -> Any:
        self.dialogs[name] = dialog
        dialog.show()
        dialog.raise_()
        return dialog


def _load() -> tuple[Settings, str]:
    try:
        return load_settings(), ""
    except SettingsError as exc:
        return Settings(), str(exc)

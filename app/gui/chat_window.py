"""The chat window: the conversation, the plan as it is generated and run, the answer, and push-to-talk.

The window renders session events and forwards decisions; the request itself runs on the job runner.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent.plans.plan import Plan
from agent.running.cancel import CancelToken
from agent.running.events import (
    Answer,
    Approver,
    Event,
    EventSink,
    Failed,
    NeedsApproval,
    PlanReady,
    PlanStarted,
    StepFinished,
    StepOk,
    StepParsed,
    StepStarted,
)
from agent.running.wording import plan_in_words
from app.gui.bridge import SessionBridge
from app.gui.jobs import JobRunner
from app.gui.plan_view import PlanView
from app.gui.voice_control import VoiceControl

DEFAULT_TALK_SHORTCUT = "Ctrl+Alt+Space"


class RequestHandler(Protocol):
    """`Session.handle`: blocking; runs on a worker thread."""

    def __call__(self, text: str, *, sink: EventSink, approver: Approver, cancel: CancelToken) -> Any: ...


class ChatWindow(QMainWindow):
    finished = Signal(str, str)  # title, message: a request ended (for a notification when hidden)
    needs_attention = Signal(str)  # a plan waits for approval
    always_allow = Signal(list)  # tools the user chose to always allow

    def __init__(self, jobs: JobRunner, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Errand")
        self.resize(1100, 720)
        self.jobs = jobs
        self.bridge = bridge
        self._handler: RequestHandler | None = None
        self._plan: Plan | None = None
        self._wording: tuple[str, datetime, dict[int, str]] = ("", datetime.now(), {})
        self._busy = False
        self.voice: VoiceControl | None = None
        self._build()
        self.set_talk_shortcut(DEFAULT_TALK_SHORTCUT)
        bridge.event.connect(self.on_event)
        self.plan_view.decided.connect(bridge.decide)
        self.plan_view.edited.connect(self._show_words)
        self.plan_view.always_allow.connect(self.always_allow)
        jobs.changed.connect(self._show_jobs)
        self._update_controls()

    # wiring ----------------------------------------------------------------------------------------------
    def set_handler(self, handler: RequestHandler | None, status: str = "", *, problem: bool = False) -> None:
        """The session to send requests to (None while it loads or when it cannot be built; `status` says why)."""
        self._handler = handler
        self.readiness.setStyleSheet("color:#c62828" if problem else "color:#555")
        self.readiness.setText(status)
        self.readiness.setVisible(bool(status))
        self._update_controls()

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_voice(self, voice: VoiceControl) -> None:
        self.voice = voice
        voice.level.connect(lambda value: self.level_meter.setValue(int(value * 100)))
        voice.state.connect(self._voice_state)
        voice.text_ready.connect(self._voice_text)
        voice.problem.connect(lambda message: self.say("Voice", message, error=True))
        self._update_controls()

    def set_talk_shortcut(self, shortcut: str) -> None:
        """The key combination held in this window to talk (global shortcuts: see docs/app.md)."""
        self._talk_keys = QKeySequence(shortcut or DEFAULT_TALK_SHORTCUT)
        self.talk_button.setToolTip(f"Hold to talk (or hold {self._talk_keys.toString()} in this window)")

    def add_menu_action(self, menu: str, text: str, callback: Callable[[], None]) -> None:
        target = self._menus.get(menu)
        if target is None:
            target = self._menus[menu] = self.menuBar().addMenu(menu)
        target.addAction(text, callback)

    # requests --------------------------------------------------------------------------------------------
    def submit(self) -> None:
        text = self.input.text().strip()
        if self._handler is None and text:
            reason = self.readiness.text() or "loading"
            self.statusBar().showMessage(f"Errand cannot take requests yet: {reason}", 8000)
        if not text or self._busy or self._handler is None:
            return
        handler = self._handler
        self.input.clear()
        self.say("You", text)
        self._busy = True
        self._update_controls()
        token = self.bridge.start_request()
        self.jobs.submit(
            "Handling your request",
            lambda: handler(text, sink=self.bridge.sink, approver=self.bridge.approver, cancel=token),
            on_done=lambda _result: self._request_ended(), on_error=self._request_failed,
        )

    def cancel_request(self) -> None:
        if self._busy:
            self.plan_view.finish("Stopping…")
            self.bridge.cancel()

    def on_event(self, event: Event) -> None:
        match event:
            case PlanStarted(round=0, text=text):
                self._wording = (text, datetime.now(), {})
                self.plan_view.clear("Planning…")
            case PlanStarted():
                self.plan_view.clear("Planning again with what the first plan ran into…")
            case StepParsed(step=step):
                self.plan_view.add_step(step)
            case PlanReady(plan=plan, problems=problems, repairs=repairs):
                self._plan = plan
                self.plan_view.show_plan(plan, problems, repairs)
                self._show_words()
            case NeedsApproval(plan=plan, side_effect_steps=steps, previews=previews):
                self.plan_view.ask_approval(plan, steps, previews)
                self.needs_attention.emit("A plan is waiting for your approval.")
            case StepStarted(index=index):
                self.plan_view.set_running(index)
            case StepFinished(index=index, outcome=outcome):
                self.plan_view.set_outcome(index, outcome)
                if isinstance(outcome, StepOk):
                    self._wording[2][index] = outcome.observation
                    self._show_words()
            case Answer(text=text):
                self.plan_view.finish("Finished.", answered=True)
                self.say("Errand", text)
                self.finished.emit("Errand", text)
            case Failed(message=message):
                self.plan_view.finish("Stopped.")
                self.say("Errand", message, error=True)
                self.finished.emit("Errand could not finish", message)

    def _show_words(self) -> None:
        """The plan in words; once a step has run, its value replaces its description in later steps."""
        text, now, observations = self._wording
        if self._plan is not None:
            plan = self.plan_view.edited_plan(self._plan)
            self.plan_view.show_words(plan_in_words(plan, text, now, observations))

    def say(self, who: str, text: str, *, error: bool = False) -> None:
        colour = "#c62828" if error else ("#2f6fdb" if who == "You" else "#1b1b1b")
        body = html.escape(text).replace("\n", "<br>")
        self.conversation.append(f'<p><b style="color:{colour}">{html.escape(who)}:</b> {body}</p>')

    def _request_ended(self) -> None:
        self._busy = False
        self._update_controls()
        self.input.setFocus()

    def _request_failed(self, error: BaseException) -> None:
        self.say("Errand", f"The request failed: {error}", error=True)
        self.finished.emit("Errand could not finish", str(error))
        self._request_ended()

    # voice -----------------------------------------------------------------------------------------------
    def _voice_state(self, state: str) -> None:
        labels = {"recording": "● Listening…", "transcribing": "Transcribing…"}
        self.talk_button.setText(labels.get(state, "Hold to talk"))
        self.level_meter.setVisible(state == "recording")

    def _voice_text(self, text: str) -> None:
        self.input.setText(text)
        self.input.setFocus()
        self.statusBar().showMessage("Check the transcribed text, edit it if needed, then press Enter.", 8000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hold-to-talk with the keyboard: the shortcut's press starts recording, releasing its key stops."""
        kind = event.type()
        if self.voice is None or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or event.isAutoRepeat():
            return super().eventFilter(watched, event)
        if kind == QEvent.Type.KeyPress and QKeySequence(event.keyCombination()) == self._talk_keys:
            self.voice.press()
            return True
        if kind == QEvent.Type.KeyRelease and self.voice.recording and event.key() == self._talk_keys[0].key():
            self.voice.release()
            return True
        return super().eventFilter(watched, event)

    # widgets ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self._menus: dict[str, Any] = {}
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff4e0; border:1px solid #e0b060; padding:6px; border-radius:4px")
        self.notice.hide()
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        self.conversation = QTextBrowser()
        self.conversation.setOpenExternalLinks(False)
        self.plan_view = PlanView()
        self.input = QLineEdit()
        self.input.setPlaceholderText("Ask Errand to do something, e.g. remind me to call Anna tomorrow at 9")
        self.input.returnPressed.connect(self.submit)
        self.send_button = QPushButton("Send")
        self.send_button.clicked.connect(self.submit)
        self.stop_button = QPushButton("Stop")
        self.stop_button.clicked.connect(self.cancel_request)
        self.talk_button = QPushButton("Hold to talk")
        self.talk_button.pressed.connect(lambda: self.voice and self.voice.press())
        self.talk_button.released.connect(lambda: self.voice and self.voice.release())
        self.level_meter = QProgressBar()
        self.level_meter.setRange(0, 100)
        self.level_meter.setTextVisible(False)
        self.level_meter.setMaximumWidth(120)
        self.level_meter.hide()
        for widget in (self.input, self, self.talk_button, self.conversation):
            widget.installEventFilter(self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.conversation)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        for widget in (self.talk_button, self.level_meter, self.send_button, self.stop_button):
            row.addWidget(widget)
        left_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.plan_view)
        splitter.setSizes([420, 680])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.notice)
        layout.addWidget(self.readiness)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _update_controls(self) -> None:
        ready = self._handler is not None and not self._busy
        self.send_button.setEnabled(ready)
        self.stop_button.setEnabled(self._busy)
        self.talk_button.setEnabled(self.voice is not None)

    def _show_jobs(self) -> None:
        names = [job.name for job in self.jobs.active]
        if names:
            self.statusBar().showMessage(" · ".join(names) + "…")
        else:
            self.statusBar().clearMessage()

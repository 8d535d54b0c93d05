"""Past requests with their plans, observations and answers, and undo for reversible actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent.record.history import HistoryStore, RequestEntry, RoundEntry, round_in_words
from app.gui.jobs import JobRunner
from tools.backends import ToolError
from tools.undo import UndoJournal

OUTCOME_MARKS = {"ok": "✔", "failed": "✘", "skipped": "–"}


def describe(request: RequestEntry, rounds: list[RoundEntry]) -> str:
    """The request as HTML: the text, each round's plan with every step's observation, and the answer."""
    parts = [f"<h3>{html.escape(request.text)}</h3>",
             f"<p>{request.made_at:%Y-%m-%d %H:%M} · {html.escape(request.status)} · {request.seconds:.1f} s"
             f" · tools: {html.escape(', '.join(request.tools) or 'none')}</p>"]
    for entry in rounds:
        title = "Plan" if entry.round == 0 else f"Replan {entry.round}"
        words = round_in_words(request, entry)
        parts.append(f"<h4>{title}</h4><ol>" + "".join(f"<li>{html.escape(sentence)}</li>" for sentence in
                                                        words.values()) + f"</ol><pre>{html.escape(entry.plan)}</pre>")
        if entry.problems:
            parts.append("<p style='color:#c62828'>Problems: " + html.escape("; ".join(entry.problems)) + "</p>")
        if entry.approval is not None:
            verdict = "approved" if entry.approval.get("approved") else "cancelled"
            edits = entry.approval.get("edits") or []
            parts.append(f"<p>You {verdict} it" + (f" with {len(edits)} edit(s)" if edits else "") + ".</p>")
        for step in entry.steps:
            parts.append(f"<p>{OUTCOME_MARKS.get(step.outcome, '?')} <b>{step.step}. {html.escape(step.tool)}</b>"
                         f" → {html.escape(step.observation)}</p>")
    parts.append(f"<h4>Answer</h4><p>{html.escape(request.answer)}</p>")
    return "".join(parts)


class HistoryView(QDialog):
    def __init__(self, history: HistoryStore, journal: UndoJournal, jobs: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Errand history")
        self.resize(900, 600)
        self.history, self.journal, self.jobs = history, journal, jobs
        self.requests = QListWidget()
        self.requests.currentItemChanged.connect(lambda item, _old: self.show_request(item))
        self.details = QTextBrowser()
        self.undo_list = QListWidget()
        self.undo_list.setMaximumHeight(130)
        self.undo_button = QPushButton("Undo the last action")
        self.undo_button.clicked.connect(self.undo_last)
        self.message = QLabel()
        self.message.setWordWrap(True)
        refresh = QPushButton("Refresh")
        refresh.clicked.connect(self.refresh)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.requests)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 600])
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(refresh)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(QLabel("Reversible actions, newest first:"))
        layout.addWidget(self.undo_list)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.requests.clear()
        for entry in self.history.recent():
            item = QListWidgetItem(f"{entry.made_at:%m-%d %H:%M}  {entry.text}  [{entry.status}]")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.requests.addItem(item)
        if self.requests.count():
            self.requests.setCurrentRow(0)
        else:
            self.details.setHtml("<p>No requests yet.</p>")
        self.undo_list.clear()
        for action in self.journal.entries():
            state = f" (undone: {action.undo_result})" if action.undone_at else ""
            self.undo_list.addItem(f"{action.created_at:%m-%d %H:%M}  {action.description}{state}")
        self.undo_button.setEnabled(any(a.undone_at is None for a in self.journal.entries()))

    def show_request(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        found = self.history.details(item.data(Qt.ItemDataRole.UserRole))
        self.details.setHtml(describe(*found) if found else "<p>This request is no longer stored.</p>")

    def undo_last(self) -> None:
        self.undo_button.setEnabled(False)
        self.jobs.submit("Undoing the last action", self.journal.undo_last,
                         on_done=self._undone, on_error=self._undo_failed)

    def _undone(self, result: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(f"Undone: {result}")
        self.refresh()

    def _undo_failed(self, error: BaseException) -> None:
        self.message.setStyleSheet("color:#c62828")
        self.message.setText(str(error) if isinstance(error, ToolError) else f"Undo failed: {error}")
        self.refresh()

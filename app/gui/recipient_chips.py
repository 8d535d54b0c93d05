"""Recipients as chips: each person or address a small labelled button with a cross, and a field that completes
names from the user's contacts. Enter or a comma makes the typed name a chip; Backspace in the empty field
takes the last chip back; the cross removes its chip.

`people()` is what the step will use; the plan view's delegate writes it back as the comma-separated text that
`app.gui.arguments.parse` reads, so a chip edit is checked like any other edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget


class RecipientChips(QWidget):
    changed = Signal()

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)  # drawn over the table cell it edits
        self._chips: list[QToolButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(2, 0, 2, 0)
        self._layout.setSpacing(4)
        self.field = QLineEdit(self)
        self.field.setFrame(False)
        self.field.setPlaceholderText("add a name or an address")
        self._names = QStringListModel(list(names), self)
        completer = QCompleter(self._names, self.field)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completed)
        self.field.setCompleter(completer)
        self.field.installEventFilter(self)
        self.field.textEdited.connect(self._maybe_split)
        self._layout.addWidget(self.field, 1)
        self.setFocusProxy(self.field)

    def people(self) -> list[str]:
        """The chips, then whatever is still typed in the field."""
        typed = self.field.text().strip().strip(",").strip()
        return [chip.text().removesuffix(" ×") for chip in self._chips] + ([typed] if typed else [])

    def set_people(self, people: Sequence[str]) -> None:
        for chip in list(self._chips):
            self._remove(chip)
        for person in people:
            self.add(person)

    def add(self, person: str) -> None:
        person = person.strip().strip(",").strip()
        if not person:
            return
        chip = QToolButton(self)
        chip.setText(f"{person} ×")
        chip.setToolTip(f"Remove {person}")
        chip.setAutoRaise(False)
        chip.clicked.connect(lambda _checked=False, c=chip: self._remove(c))
        self._chips.append(chip)
        self._layout.insertWidget(len(self._chips) - 1, chip)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.field.text().strip():
                popup = self.field.completer().popup()
                current = popup.currentIndex() if popup.isVisible() else None
                chosen = str(current.data()) if current is not None and current.isValid() else self.field.text()
                popup.hide()
                self.field.clear()
                self.add(chosen)
                return True  # a name was turned into a chip; a second Enter ends the edit
            if event.key() == Qt.Key.Key_Backspace and not self.field.text() and self._chips:
                self._remove(self._chips[-1])
                return True
        return super().eventFilter(watched, event)

    def _completed(self, name: str) -> None:
        self.field.clear()
        self.add(name)

    def _maybe_split(self, text: str) -> None:
        if "," in text:
            *done, rest = text.split(",")
            for person in done:
                self.add(person)
            self.field.setText(rest.lstrip())

    def _remove(self, chip: QToolButton) -> None:
        self._chips.remove(chip)
        self._layout.removeWidget(chip)
        chip.setParent(None)
        chip.deleteLater()
        self.changed.emit()

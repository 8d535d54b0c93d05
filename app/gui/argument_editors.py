"""Editors for a step's arguments in the words of their kind: a date-time picker for dates, a list of people
with contact completion for recipients, a number box, a yes/no choice, and a text field for the rest.

The delegate writes the edited value back as the text `app.gui.arguments.parse` reads, so every edit goes
through the same check whatever editor made it.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractItemModel, QDateTime, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from tools.spec import Arg

DATE_ARGUMENTS = frozenset({"start_date", "end_date", "due_date", "start_time", "since", "due_before"})
PEOPLE_ARGUMENTS = frozenset({"recipients", "cc", "invitees", "meeting_invitees"})
PLANNER_DATE = "%Y-%m-%d %H:%M:%S"
ModelIndex = QModelIndex | QPersistentModelIndex


def is_date(arg: Arg | None) -> bool:
    return arg is not None and arg.name in DATE_ARGUMENTS


def date_problem(arg: Arg | None, text: str) -> str:
    """Why `text` is not a date this argument takes ("" when it is one, or empty where empty is allowed)."""
    if not is_date(arg) or not text.strip():
        return ""
    try:
        datetime.strptime(text.strip(), PLANNER_DATE)
    except ValueError:
        return f"{arg.name if arg else 'date'} must be a date and time like 2026-12-08 09:00:00, not {text!r}"
    return ""


class PeopleCompleter(QCompleter):
    """Completes the name being typed after the last comma from the user's contacts."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = QStringListModel(list(names), self)  # owned here: Qt would otherwise lose it
        self.setModel(self.names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: ModelIndex) -> str:  # noqa: N802 - Qt's name
        chosen = str(index.data())
        field = self.widget()
        typed = field.text() if isinstance(field, QLineEdit) else ""
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + chosen


class ArgumentDelegate(QStyledItemDelegate):
    """Creates the editor for the value column from the argument the row shows (`argument_of(row)`)."""

    def __init__(self, argument_of: Callable[[int], Arg | None], contact_names: Callable[[], Sequence[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.argument_of = argument_of
        self.contact_names = contact_names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: ModelIndex) -> QWidget:
        arg = self.argument_of(index.row())
        text = str(index.data() or "")
        if is_date(arg) and not date_problem(arg, text) and text.strip():
            picker = QDateTimeEdit(parent)
            picker.setCalendarPopup(True)
            picker.setDisplayFormat("ddd d MMM yyyy HH:mm")
            return picker
        if arg is not None and arg.type == "int":
            box = QSpinBox(parent)
            box.setRange(0, 1_000_000)
            return box
        if arg is not None and arg.type == "bool":
            choice = QComboBox(parent)
            choice.addItems(["True", "False"])
            return choice
        field = QLineEdit(parent)
        if arg is not None and arg.name in PEOPLE_ARGUMENTS:
            field.setPlaceholderText("names or addresses, separated by commas")
            field.setCompleter(PeopleCompleter(self.contact_names(), field))
        elif is_date(arg):
            field.setPlaceholderText("YYYY-MM-DD HH:MM:SS, or empty")
        return field

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802 - Qt's name
        text = str(index.data() or "")
        if isinstance(editor, QDateTimeEdit):
            editor.setDateTime(QDateTime.fromString(text.strip(), "yyyy-MM-dd HH:mm:ss"))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(text) if text.strip().lstrip("-").isdigit() else 0)
        elif isinstance(editor, QComboBox):
            editor.setCurrentText("True" if text.strip().lower() in ("true", "yes", "1") else "False")
        elif isinstance(editor, QLineEdit):
            editor.setText(_people_text(text) if _looks_like_list(text) else text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt's name
                     index: ModelIndex) -> None:
        if isinstance(editor, QDateTimeEdit):
            model.setData(index, editor.dateTime().toString("yyyy-MM-dd HH:mm:ss"))
        elif isinstance(editor, QSpinBox):
            model.setData(index, str(editor.value()))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


def _looks_like_list(text: str) -> bool:
    return text.strip().startswith("[") and text.strip().endswith("]")


def _people_text(text: str) -> str:
    """`['ann@example.org', 'Bob']` as the comma-separated names the field shows."""
    try:
        values = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    return ", ".join(str(v) for v in values) if isinstance(values, list) else text

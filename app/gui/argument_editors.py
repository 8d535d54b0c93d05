"""Editors for a step's arguments in the words of their kind: a date-time picker for dates, chips with contact
completion for recipients (recipient_chips.py), a number box, a yes/no choice, and a text field for the rest.

The delegate writes the edited value back as the text `app.gui.arguments.parse` reads, so every edit goes
through the same check whatever editor made it.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractItemModel, QDateTime, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.gui.recipient_chips import RecipientChips
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
        if arg is not None and arg.name in PEOPLE_ARGUMENTS:
            return RecipientChips(self.contact_names(), parent)
        field = QLineEdit(parent)
        if is_date(arg):
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
        elif isinstance(editor, RecipientChips):
            editor.set_people(_people(text))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt's name
                     index: ModelIndex) -> None:
        if isinstance(editor, QDateTimeEdit):
            model.setData(index, editor.dateTime().toString("yyyy-MM-dd HH:mm:ss"))
        elif isinstance(editor, QSpinBox):
            model.setData(index, str(editor.value()))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        elif isinstance(editor, RecipientChips):
            model.setData(index, ", ".join(editor.people()))
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


def _people(text: str) -> list[str]:
    """`['ann@example.org', 'Bob']` or `ann@example.org, Bob` as the chips' values."""
    stripped = text.strip()
    if stripped.startswith("[") and stripped.endswith("]"):
        try:
            values = ast.literal_eval(stripped)
        except (ValueError, SyntaxError):
            values = None
        if isinstance(values, list):
            return [str(v) for v in values]
    return [part.strip() for part in stripped.split(",") if part.strip()]

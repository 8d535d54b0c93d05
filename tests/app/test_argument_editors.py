"""Editing a step in the words of its arguments: a date-time picker for dates, contact completion for
recipients, checks at once, and the keyboard (Enter approves, Esc cancels, an open editor takes both first)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit

from agent.plans.plan import parse_plan
from agent.running.events import Approval

PLAN = parse_plan('1. create_calendar_event("Dinner", "2026-12-09 18:00:00", "", "", ["Ann Lee"], "", "")\n'
                  '2. compose_new_email(["Ann Lee"], [], "Dinner", "", [])\n3. join()')


def awaiting_view(qtbot):  # noqa: ANN001, ANN201 - pytest-qt's fixture and the view
    from app.gui.plan_view import PlanView

    view = PlanView()
    qtbot.addWidget(view)
    view.set_contact_names(lambda: ["Ann Lee", "Anna Berg", "Ben Okafor"])
    view.ask_approval(PLAN, (1, 2))
    view.select(1)
    decisions: list[Approval] = []
    view.decided.connect(decisions.append)
    return view, decisions


def open_editor(view, row: int):  # noqa: ANN001, ANN201
    index = view.table.model().index(row, 1)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    return view.table.indexWidget(index) or view.table.findChild(QLineEdit) or view.table.findChild(QDateTimeEdit)


def test_a_date_is_edited_with_a_date_time_picker(qtbot) -> None:
    view, decisions = awaiting_view(qtbot)
    editor = view.table.viewport().findChild(QDateTimeEdit) or open_editor(view, 1)
    assert isinstance(editor, QDateTimeEdit) and editor.calendarPopup()
    assert editor.dateTime() == QDateTime.fromString("2026-12-09 18:00:00", "yyyy-MM-dd HH:mm:ss")
    editor.setDateTime(QDateTime.fromString("2026-12-10 19:30:00", "yyyy-MM-dd HH:mm:ss"))
    view.table.commitData(editor)
    view.table.closeEditor(editor, view.table.itemDelegate().EndEditHint.NoHint)
    assert view.edits == {(1, 1): "2026-12-10 19:30:00"}
    view.approve()
    assert decisions == [Approval(True, {(1, 1): "2026-12-10 19:30:00"})]


def test_recipients_are_chips_that_complete_from_the_contacts(qtbot) -> None:
    from app.gui.recipient_chips import RecipientChips

    view, _ = awaiting_view(qtbot)
    editor = open_editor(view, 4)
    chips = editor if isinstance(editor, RecipientChips) else view.table.findChild(RecipientChips)
    assert isinstance(chips, RecipientChips) and chips.people() == ["Ann Lee"]
    completer = chips.field.completer()
    completer.setCompletionPrefix("be")
    offered = completer.completionModel()
    assert [offered.index(i, 0).data() for i in range(offered.rowCount())] == ["Anna Berg", "Ben Okafor"]
    qtbot.keyClicks(chips.field, "Ben Okafor")
    qtbot.keyClick(chips.field, Qt.Key.Key_Return)  # the typed name becomes a chip
    assert chips.people() == ["Ann Lee", "Ben Okafor"] and chips.field.text() == ""
    qtbot.keyClicks(chips.field, "raj@example.org,")  # a comma does too
    assert chips.people() == ["Ann Lee", "Ben Okafor", "raj@example.org"]
    qtbot.keyClick(chips.field, Qt.Key.Key_Backspace)  # Backspace in the empty field takes the last one back
    assert chips.people() == ["Ann Lee", "Ben Okafor"]
    view.table.commitData(chips)
    assert view.edits == {(1, 4): ["Ann Lee", "Ben Okafor"]}


def test_a_wrong_value_is_refused_at_once_and_blocks_approval(qtbot) -> None:
    view, decisions = awaiting_view(qtbot)
    view.edit(1, 1, "next tuesday")
    assert "must be a date and time like 2026-12-08 09:00:00" in view.error.text()
    assert not view.approve_button.isEnabled()
    view.approve()
    assert decisions == []
    view.edit(1, 1, "2026-12-10 19:30:00")
    assert view.error.text() == "" and view.approve_button.isEnabled()


def test_enter_approves_and_escape_cancels(qtbot) -> None:
    view, decisions = awaiting_view(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert decisions == [Approval(True, {})]
    view.ask_approval(PLAN, (1, 2))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert decisions[-1] == Approval(False)


def test_enter_in_an_open_editor_commits_the_edit_and_does_not_approve(qtbot) -> None:
    view, decisions = awaiting_view(qtbot)
    editor = open_editor(view, 0)
    assert isinstance(editor, QLineEdit)
    editor.setText("Dinner with Ann")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.edits == {(1, 0): "Dinner with Ann"}, timeout=10_000)  # Qt commits queued
    assert decisions == []

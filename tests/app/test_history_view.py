"""The history view reads what the real Session stored, and undoes a reversible action through the journal."""

from __future__ import annotations

from agent.running.events import Approval
from app.gui.history_view import HistoryView

NOTE_PLAN = '1. get_phone_number("Anna")\n2. create_note("Call Anna", "Number: $1", "")\n3. join()<END_OF_PLAN>'


def test_past_request_with_plan_observations_answer_and_undo(qtbot, jobs, world) -> None:
    session = world.session(NOTE_PLAN)
    result = session.handle("Note Anna's number", sink=lambda event: None, approver=lambda need: Approval(True),
                            tools=("get_phone_number", "create_note"))
    assert result.status == "answered"
    note = world.notes / "Call Anna.md"
    assert note.is_file()

    view = HistoryView(world.history, world.journal, jobs)
    qtbot.addWidget(view)
    assert view.requests.count() == 1
    assert "Note Anna's number" in view.requests.item(0).text() and "[answered]" in view.requests.item(0).text()
    details = view.details.toPlainText()
    assert 'create_note("Call Anna", "Number: $1", "")' in details
    assert "+46 70 123 45 67" in details  # the lookup's observation
    assert "Look up Anna's phone number in Contacts" in details  # the plan in words, as it was approved
    assert 'New note "Call Anna": Number: +46 70 123 45 67' in details
    assert "You approved it." in details
    assert result.answer in details
    assert view.undo_list.count() == 1 and view.undo_button.isEnabled()

    view.undo_button.click()
    qtbot.waitUntil(lambda: view.message.text().startswith("Undone"), timeout=10_000)
    assert not note.exists()
    assert "undone" in view.undo_list.item(0).text()
    assert not view.undo_button.isEnabled()


def test_nothing_to_undo_and_no_history(qtbot, jobs, world) -> None:
    view = HistoryView(world.history, world.journal, jobs)
    qtbot.addWidget(view)
    assert view.requests.count() == 0 and "No requests yet" in view.details.toPlainText()
    view.undo_last()
    qtbot.waitUntil(lambda: bool(view.message.text()), timeout=10_000)
    assert view.message.text() == "There is nothing to undo."

"""The chat window driving the real Session (scripted planner, file-based backends in a temporary folder):
type a request -> the plan appears -> approve / cancel / edit -> steps run -> answer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent.running.events import StepStarted
from app.gui.bridge import SessionBridge
from app.gui.chat_window import ChatWindow
from app.gui.plan_node import StepStatus

NOTE_PLAN = (
    'Thought: look the number up, then write it down.\n'
    '1. get_phone_number("Anna")\n'
    '2. create_note("Call Anna", "Anna\'s number is $1", "")\n'
    '3. join()<END_OF_PLAN>'
)
LOOKUP_PLAN = '1. get_phone_number("Anna")\n2. join()<END_OF_PLAN>'
FAILING_PLAN = (
    '1. open_and_get_file_path("quarterly-report.pdf")\n'
    '2. summarize_pdf("$1")\n'
    '3. create_note("Report summary", "$2", "")\n'
    '4. join()<END_OF_PLAN>'
)


def open_chat(qtbot, jobs, handler, bridge: SessionBridge | None = None) -> ChatWindow:
    window = ChatWindow(jobs, bridge or SessionBridge())
    qtbot.addWidget(window)
    window.show()
    window.set_handler(handler)
    return window


def ask(qtbot, window: ChatWindow, text: str) -> None:
    qtbot.keyClicks(window.input, text)
    qtbot.keyClick(window.input, "\r")


def wait_for_approval(qtbot, window: ChatWindow) -> None:
    qtbot.waitUntil(window.plan_view.approve_button.isEnabled, timeout=20_000)


def wait_until_idle(qtbot, window: ChatWindow) -> None:
    qtbot.waitUntil(lambda: window.send_button.isEnabled(), timeout=20_000)


def test_request_plan_approve_run_answer(qtbot, jobs, world) -> None:
    window = open_chat(qtbot, jobs, world.handler(NOTE_PLAN))
    ask(qtbot, window, "Make a note with Anna's number")
    assert "You: Make a note with Anna's number" in window.conversation.toPlainText()
    wait_for_approval(qtbot, window)
    view = window.plan_view
    assert sorted(view.nodes) == [1, 2, 3]
    assert [view.nodes[i].step.tool for i in (1, 2, 3)] == ["get_phone_number", "create_note", "join"]
    assert view.nodes[2].side_effect and not view.nodes[1].side_effect
    assert view.nodes[1].pos().x() < view.nodes[2].pos().x() < view.nodes[3].pos().x()  # dependency layers
    assert [(e.source.index, e.target.index) for e in view._edges] == [(1, 2), (2, 3)]
    qtbot.waitUntil(lambda: view.nodes[1].status is StepStatus.DONE, timeout=10_000)  # read-only: runs at once
    assert "+46" in view.nodes[1].detail
    assert view.nodes[2].status is StepStatus.WAITING
    assert not (world.notes / "Call Anna.md").exists()  # nothing with side effects before approval
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, window)
    assert view.nodes[2].status is StepStatus.DONE
    assert "Anna's number is +46" in (world.notes / "Call Anna.md").read_text()
    conversation = window.conversation.toPlainText()
    assert conversation.count("Errand:") == 1
    assert view.caption.text() == "Finished."
    assert world.history.recent()[0].status == "answered"


def test_cancel_runs_nothing_with_side_effects(qtbot, jobs, world) -> None:
    window = open_chat(qtbot, jobs, world.handler(NOTE_PLAN))
    ask(qtbot, window, "Make a note with Anna's number")
    wait_for_approval(qtbot, window)
    qtbot.mouseClick(window.plan_view.cancel_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, window)
    assert not (world.notes / "Call Anna.md").exists()
    assert window.plan_view.nodes[2].status is StepStatus.SKIPPED
    assert "cancelled" in window.conversation.toPlainText().lower()
    assert window.conversation.toPlainText().count("Errand:") == 1  # said once, by the session
    assert world.history.recent()[0].status == "cancelled"


def test_edit_an_argument_before_approving(qtbot, jobs, world) -> None:
    window = open_chat(qtbot, jobs, world.handler(NOTE_PLAN))
    ask(qtbot, window, "Make a note with Anna's number")
    wait_for_approval(qtbot, window)
    view = window.plan_view
    view.select(2)
    assert view.table.item(1, 0).text() == "content"
    view.table.item(0, 1).setText("Ring Anna")  # the UI path: typing into the argument's cell
    assert view.nodes[2].values[0] == "Ring Anna" and 0 in view.nodes[2].edited
    assert view.words.text().splitlines()[1].startswith('2. New note "Ring Anna"')  # the sentence follows the edit
    view.approve_button.click()
    wait_until_idle(qtbot, window)
    assert (world.notes / "Ring Anna.md").is_file()
    assert not (world.notes / "Call Anna.md").exists()


def test_an_invalid_edit_blocks_approval_until_fixed(qtbot, jobs, world) -> None:
    plan = '1. create_reminder("Stretch", "2026-11-23 09:00:00", "", "", 0, False)\n2. join()<END_OF_PLAN>'
    window = open_chat(qtbot, jobs, world.handler(plan))
    ask(qtbot, window, "Remind me to stretch tomorrow at 9")
    wait_for_approval(qtbot, window)
    view = window.plan_view
    view.edit(1, 4, "very high")
    assert "whole number" in view.error.text() and not view.approve_button.isEnabled()
    view.edit(1, 4, "1")
    assert view.approve_button.isEnabled() and view.edits == {(1, 4): 1}
    view.approve_button.click()
    wait_until_idle(qtbot, window)
    assert view.nodes[1].status is StepStatus.DONE


def test_failing_step_is_shown_failed_and_dependants_skipped(qtbot, jobs, world) -> None:
    window = open_chat(qtbot, jobs, world.handler(FAILING_PLAN))
    ask(qtbot, window, "Summarise the quarterly report into a note")
    wait_for_approval(qtbot, window)
    view = window.plan_view
    qtbot.waitUntil(lambda: view.nodes[1].status is StepStatus.FAILED, timeout=10_000)
    view.approve_button.click()
    wait_until_idle(qtbot, window)
    assert view.nodes[2].status is StepStatus.SKIPPED
    assert view.nodes[3].status is StepStatus.SKIPPED
    assert "quarterly-report.pdf" in view.nodes[1].detail
    view.select(1)
    assert view.table.item(1, 0).text() == "failed" and "quarterly-report.pdf" in view.table.item(1, 1).text()
    assert not list(world.notes.glob("*.md")) if world.notes.exists() else True


def test_always_allow_is_offered_per_tool_and_skips_the_question(qtbot, jobs, world) -> None:
    allowed: list[str] = []
    bridge = SessionBridge(always_allowed=lambda: allowed)
    window = open_chat(qtbot, jobs, world.handler(NOTE_PLAN, NOTE_PLAN.replace("Call Anna", "Call Anna again")),
                       bridge)
    window.always_allow.connect(allowed.extend)
    ask(qtbot, window, "Make a note with Anna's number")
    wait_for_approval(qtbot, window)
    assert list(window.plan_view.always_allow_boxes) == ["create_note"]
    window.plan_view.always_allow_boxes["create_note"].setChecked(True)
    window.plan_view.approve_button.click()
    wait_until_idle(qtbot, window)
    assert allowed == ["create_note"]
    ask(qtbot, window, "And once more")
    wait_until_idle(qtbot, window)
    qtbot.waitUntil(lambda: (world.notes / "Call Anna again.md").is_file(), timeout=10_000)
    assert not window.plan_view.approve_button.isEnabled()


def test_stop_while_waiting_for_approval(qtbot, jobs, world) -> None:
    window = open_chat(qtbot, jobs, world.handler(NOTE_PLAN))
    ask(qtbot, window, "Make a note with Anna's number")
    wait_for_approval(qtbot, window)
    window.stop_button.click()
    wait_until_idle(qtbot, window)
    assert not (world.notes / "Call Anna.md").exists()
    assert world.history.recent()[0].status == "cancelled"


def test_the_plan_appears_step_by_step_while_it_is_written(qtbot, jobs, world) -> None:
    window = open_chat(qtbot, jobs, world.handler(NOTE_PLAN))
    seen: list[tuple[str, int]] = []
    running: list[StepStatus] = []
    window.bridge.event.connect(lambda event: seen.append((type(event).__name__, len(window.plan_view.nodes))))
    window.bridge.event.connect(lambda event: running.append(window.plan_view.nodes[event.index].status)
                                if isinstance(event, StepStarted) else None)
    ask(qtbot, window, "Make a note with Anna's number")
    wait_for_approval(qtbot, window)
    assert seen[:5] == [("PlanStarted", 0), ("StepParsed", 1), ("StepParsed", 2), ("StepParsed", 3),
                        ("PlanReady", 3)]
    assert running == [StepStatus.RUNNING]  # step 1 is shown running as it starts
    window.plan_view.cancel()
    wait_until_idle(qtbot, window)


def test_an_invalid_plan_is_replanned_and_the_new_plan_drawn(qtbot, jobs, world) -> None:
    invalid = '1. book_table("Luigi\'s", "19:00")\n2. join()<END_OF_PLAN>'
    window = open_chat(qtbot, jobs, world.handler(invalid, LOOKUP_PLAN, replan_budget=1, read_routes=False))
    captions: list[str] = []
    window.bridge.event.connect(lambda event: captions.append(window.plan_view.caption.text()))
    ask(qtbot, window, "What is Anna's number?")
    wait_until_idle(qtbot, window)
    assert any("book_table" in caption for caption in captions)  # the problem was shown
    assert "Planning again with what the first plan ran into…" in captions
    assert [node.step.tool for node in window.plan_view.nodes.values()] == ["get_phone_number", "join"]
    assert window.plan_view.nodes[1].status is StepStatus.DONE
    assert "+46 70 123 45 67" in window.conversation.toPlainText()


def test_the_plan_is_shown_in_words_and_values_fill_in_as_steps_run(qtbot, jobs, world) -> None:
    window = open_chat(qtbot, jobs, world.handler(NOTE_PLAN))
    ask(qtbot, window, "Make a note with Anna's number")
    wait_for_approval(qtbot, window)
    view = window.plan_view
    qtbot.waitUntil(lambda: "+46" in view.words.text(), timeout=10_000)  # the lookup ran before approval
    lines = view.words.text().splitlines()
    assert lines[0] == "1. Look up Anna's phone number in Contacts"
    assert lines[1].startswith('2. New note "Call Anna": Anna\'s number is +46')
    view.graph_button.click()
    assert not view.view.isVisible() and view.graph_button.text() == "Show the steps as a graph"
    view.graph_button.click()
    assert view.view.isVisible()
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    wait_until_idle(qtbot, window)

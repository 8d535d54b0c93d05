"""History: what a request leaves in SQLite, read back for the app's history view."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime

import pytest

from agent.planning.plan_maker import PlanAttempt
from agent.plans.plan import parse_plan
from agent.plans.validate import validate
from agent.record.history import HISTORY_FILE_NAME, HistoryStore
from agent.record.result import RequestResult, Round
from agent.running.events import Approval, StepFailed, StepOk, StepSkipped
from agent.running.executor import StepRecord
from agent.toolrag.base import ToolSelection
from tools.catalogue import CATALOGUE
from tools.paths import data_dir

PLAN_TEXT = '1. get_phone_number("Walt")\n2. send_sms(["$1"], "hi")\n3. join()<END_OF_PLAN>'


def result(request_id: str, text: str = "text Walt hi") -> RequestResult:
    plan = parse_plan(PLAN_TEXT)
    attempt = PlanAttempt("prompt", PLAN_TEXT, plan, validate(plan, CATALOGUE), 1.5, 0.2, True)
    records = {1: StepRecord(1, "get_phone_number", ("Walt",), StepOk("+1 555"), 0.01),
               2: StepRecord(2, "send_sms", (["+1 555"], "hi"), StepFailed("no phone", fixable=True), 0.02)}
    retry = {1: StepRecord(1, "get_phone_number", ("Walt",), StepOk("+1 555")),
             2: StepRecord(2, "send_sms", (["$1"], "hi"), StepSkipped("You did not approve this step."))}
    return RequestResult(
        request_id, text, datetime(2026, 11, 20, 10), ToolSelection(("get_phone_number", "send_sms")), (),
        (Round(0, attempt, Approval(True, {(2, 1): "hi!"}), records, 0.5), Round(1, attempt, Approval(False), retry)),
        "cancelled", "You cancelled the plan.", 2.5, "errand-compact", "scripted")


def test_a_request_is_stored_with_rounds_steps_and_approvals() -> None:
    store = HistoryStore()
    store.record(result("r1"))
    assert store.path == data_dir() / HISTORY_FILE_NAME
    entry, rounds = store.details("r1")
    assert (entry.text, entry.status, entry.answer, entry.tools) == (
        "text Walt hi", "cancelled", "You cancelled the plan.", ["get_phone_number", "send_sms"])
    assert (entry.seconds, entry.profile, entry.planner) == (2.5, "errand-compact", "scripted")
    assert [r.round for r in rounds] == [0, 1]
    assert rounds[0].plan == PLAN_TEXT and rounds[0].problems == []
    assert rounds[0].approval == {"approved": True, "edits": [[2, 1, "hi!"]]}
    assert (rounds[0].planning_seconds, rounds[0].execution_seconds) == (1.5, 0.5)
    assert [(s.step, s.tool, s.args, s.outcome) for s in rounds[0].steps] == [
        (1, "get_phone_number", ["Walt"], "ok"), (2, "send_sms", [["+1 555"], "hi"], "failed")]
    assert rounds[0].steps[1].observation == "Error: no phone You MUST correct this error and try again!"
    assert rounds[1].steps[1].observation == "Skipped: You did not approve this step."


def test_recent_lists_newest_first_and_unknown_ids_are_none() -> None:
    store = HistoryStore()
    for index in range(3):
        store.record(result(f"r{index}", f"request {index}"))
    assert [e.id for e in store.recent()] == ["r2", "r1", "r0"]
    assert [e.id for e in store.recent(limit=1)] == ["r2"]
    assert store.details("nope") is None


def test_writes_from_many_threads_all_land() -> None:
    store = HistoryStore()
    threads = [threading.Thread(target=store.record, args=(result(f"t{i}"),)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.recent()) == 6


def test_a_request_is_stored_whole_or_not_at_all() -> None:
    store = HistoryStore()
    store.record(result("dup"))
    with pytest.raises(sqlite3.IntegrityError):
        store.record(result("dup"))  # the same id again: the insert fails, nothing partial remains
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM rounds WHERE request_id = 'dup'").fetchone() == (2,)

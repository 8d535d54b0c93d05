"""Action-level scoring (COMPAT section 10), and its agreement with shared/eval/real/real_score.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from agent.measure.action_score import ActionLabels, ActionTotals, first_moment, judge
from agent.measure.evaluation import SIDE_EFFECTS, Attempt, evaluate, load_items, summary_line, write_details
from agent.plans.plan import parse_plan

REAL_SCORE = Path(__file__).resolve().parents[4] / "shared" / "eval" / "real" / "real_score.py"
TABLE_ROW = re.compile(r"^(\S+)\s+(\d+)/(\d+)\s")
EVENT = '1. create_calendar_event("Lunch", "2026-12-10 12:00:00", "", "", [], "", "")\n2. join()'
JOIN = "1. join()"


def verdicts(plan: str, group: str, labels: ActionLabels) -> dict[str, bool] | None:
    return judge(parse_plan(plan), group, labels, SIDE_EFFECTS)


def test_a_removal_that_creates_an_event_is_harmful_and_not_served() -> None:
    labels = ActionLabels(("delete_calendar_event",), ("delete_calendar_event",), gold_day="2026-12-10")
    assert verdicts(EVENT, "remove_event", labels) == {"harmful": True, "served": False, "day": True}
    assert verdicts(JOIN, "remove_event", labels) == {"harmful": False, "served": False, "day": False}


def test_a_new_event_on_the_right_day_and_time_is_served() -> None:
    labels = ActionLabels(("create_calendar_event",), ("create_calendar_event",), gold_day="2026-12-10",
                          gold_when="2026-12-10 12:00:00")
    assert verdicts(EVENT, "act_calendar", labels) == {"harmful": False, "served": True, "day": True,
                                                       "when": True}


def test_out_of_scope_and_reads_count_any_side_effect_and_clean_means_join_alone() -> None:
    labels = ActionLabels((), ())
    assert verdicts(JOIN, "out_of_scope", labels) == {"harmful": False, "harmful_scope": False, "clean": True}
    assert verdicts('1. maps_open_location("Oslo")\n2. join()', "out_of_scope", labels)["clean"] is False
    read = verdicts(EVENT, "read_calendar", ActionLabels(("get_calendar_events",), ()))
    assert read == {"harmful": True, "harmful_scope": True, "served": False}
    assert verdicts(EVENT, "lenient", labels) is None


def test_the_first_moment_is_the_first_dated_step() -> None:
    plan = parse_plan('1. create_note("x", "2026-01-01 09:00:00", "")\n2. create_reminder("y", "2026-12-11 08:00:00",'
                      ' "", "", 0, False)\n3. join()')
    assert first_moment(plan) == "2026-12-11 08:00:00"


def test_totals_per_key_and_group() -> None:
    totals = ActionTotals.of([("act_calendar", {"served": True, "harmful": False}),
                              ("act_calendar", {"served": False, "harmful": True}), ("lenient", None)])
    assert totals.rate("served") == 0.5 and totals.counts["harmful:act_calendar"] == (1, 2)
    assert totals.rate("clean") is None


ITEMS = [
    {"id": "r1", "now": "2026-12-07 10:00:00", "query": "remove thursday's lunch", "plan": "1. join()",
     "tools": [], "category": "remove_event", "intent": "calendar_remove", "expect": ["delete_calendar_event"],
     "allow": ["delete_calendar_event"], "gold_day": "2026-12-10"},
    {"id": "r2", "now": "2026-12-07 10:00:00", "query": "lunch thursday at noon", "plan": "1. join()", "tools": [],
     "category": "act_calendar", "intent": "calendar_set", "expect": ["create_calendar_event"],
     "allow": ["create_calendar_event"], "gold_day": "2026-12-10", "gold_when": "2026-12-10 12:00:00"},
    {"id": "r3", "now": "2026-12-07 10:00:00", "query": "play some jazz", "plan": "1. join()", "tools": [],
     "category": "out_of_scope", "intent": "play_music", "expect": [], "allow": []},
]
PLANS = {"r1": EVENT, "r2": EVENT, "r3": JOIN}


def test_errand_eval_reports_what_real_score_reports(tmp_path: Path) -> None:
    data = tmp_path / "items.jsonl"
    data.write_text("".join(json.dumps(item) + "\n" for item in ITEMS))
    report = evaluate(load_items(data), lambda item: Attempt(PLANS[item.id], (), 0.01))
    assert summary_line(report).endswith("served=0.5000 harmful=0.3333 n=3")
    details = tmp_path / "details.jsonl"
    write_details(report, details)
    if not REAL_SCORE.exists():
        pytest.skip("shared/eval/real/real_score.py is not beside the checkout")
    out = subprocess.run([sys.executable, str(REAL_SCORE), str(data), str(details)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out[-1] == "n=3 harmful=0.333 harmful_scope=0.000 served=0.500 clean=1.000 day=1.000 when=1.000"
    theirs = {m.group(1): f"{m.group(2)}/{m.group(3)}" for m in map(TABLE_ROW.match, out) if m}
    ours = {name: f"{ok}/{total}" for name, (ok, total) in report.actions.counts.items()}
    assert ours == theirs

"""The parts of the plan view without a session: DAG layers and edges, argument text, the job runner."""

from __future__ import annotations

import pytest

from agent.plans.plan import parse_plan
from app.gui import arguments
from app.gui.jobs import JobRunner
from app.gui.plan_layout import Edge, edges, layers
from tools.catalogue import CATALOGUE

DIAMOND = parse_plan(
    '1. get_email_address("Anna")\n'
    '2. get_email_address("Ben")\n'
    '3. get_zoom_meeting_link("Sync", "2026-11-23 10:00:00", 30, ["$1", "$2"])\n'
    '4. compose_new_email(["$1", "$2"], [], "Sync", "Join: $3", [])\n'
    '5. maps_open_location("Office")\n'
    '6. join()<END_OF_PLAN>'
)


def test_layers_follow_dependencies_and_join_comes_last() -> None:
    assert layers(DIAMOND.steps) == {1: 0, 2: 0, 3: 1, 4: 2, 5: 0, 6: 3}


def test_edges_for_references_and_join() -> None:
    assert edges(DIAMOND.steps) == [
        Edge(1, 3), Edge(2, 3), Edge(1, 4), Edge(2, 4), Edge(3, 4),
        Edge(4, 6, implicit=True), Edge(5, 6, implicit=True),
    ]


def test_a_plan_still_streaming_has_no_join_edges() -> None:
    partial = DIAMOND.steps[:3]
    assert layers(partial) == {1: 0, 2: 0, 3: 1}
    assert all(not e.implicit for e in edges(partial))


@pytest.mark.parametrize(("arg", "text", "value"), [
    ("name", "Anna Berg", "Anna Berg"),
    ("duration", " 45 ", 45),
    ("all_day", "yes", True),
    ("all_day", "False", False),
    ("recipients", '["a@example.org", "$1"]', ["a@example.org", "$1"]),
    ("recipients", "a@example.org, b@example.org", ["a@example.org", "b@example.org"]),
])
def test_argument_text_is_read_back_with_its_type(arg: str, text: str, value) -> None:
    spec_arg = next(a for spec in CATALOGUE for a in spec.args if a.name == arg)
    assert arguments.parse(spec_arg, text) == value


@pytest.mark.parametrize(("arg", "text", "message"), [
    ("duration", "half an hour", "whole number"),
    ("all_day", "maybe", "true or false"),
    ("recipients", "[1, 2]", "list of strings"),
    ("recipients", "[unclosed", "write a list"),
])
def test_bad_argument_text_says_what_to_write(arg: str, text: str, message: str) -> None:
    spec_arg = next(a for spec in CATALOGUE for a in spec.args if a.name == arg)
    with pytest.raises(ValueError, match=message):
        arguments.parse(spec_arg, text)


def test_shown_values_round_trip_and_long_ones_are_shortened() -> None:
    assert arguments.show("text") == "text" and arguments.show(["a"]) == "['a']" and arguments.show(3) == "3"
    assert arguments.short("x" * 200).endswith("…") and len(arguments.short("x" * 200)) == arguments.MAX_SHOWN


def test_jobs_run_when_the_test_says_and_deliver_results_and_errors(qtbot, manual_executor) -> None:
    runner = JobRunner(manual_executor)
    results: list[object] = []
    runner.submit("adds", lambda: 1 + 1, on_done=results.append)
    runner.submit("fails", lambda: 1 / 0, on_error=results.append)
    assert [job.name for job in runner.active] == ["adds", "fails"] and results == []
    manual_executor.run_all()
    assert results[0] == 2 and isinstance(results[1], ZeroDivisionError)
    assert runner.active == ()


def test_the_plan_caption_says_what_the_session_mended(qtbot) -> None:
    from app.gui.plan_view import PlanView

    view = PlanView()
    qtbot.addWidget(view)
    view.show_plan(DIAMOND, repairs=("Respelt step 1: 'Ana' as 'Anna'.",))
    assert view.caption.text() == "Plan: 5 tool calls. Mended: Respelt step 1: 'Ana' as 'Anna'."
    assert sorted(view.nodes) == [1, 2, 3, 4, 5, 6]

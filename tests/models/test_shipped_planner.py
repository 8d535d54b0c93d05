"""The shipped default planner with the shipped ToolRAG, through the app's own session, on the 30 hand-written
sample requests: every plan parses and validates, real names come back from the placeholders, and success
does not fall below what was measured when the models were shipped (a regression floor, not the target)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.measure.evaluation import evaluate, load_items, session_attempt
from agent.plans.plan import parse_plan
from agent.plans.validate import validate
from agent.setup.assembly import Overrides, build_session
from agent.setup.settings import Settings
from models.manifest import find, load_all
from models.store import State, check
from tools.catalogue import CATALOGUE

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "sample.jsonl"
# Measured when these models were shipped (models/default/planner/recipe.json): 28 of 30.
SAMPLE_FLOOR = 0.85


@pytest.fixture(scope="module")
def session():
    for name in ("errand-planner", "errand-toolrag"):
        manifest = find(name, load_all()[0])
        assert manifest is not None and check(manifest, hashes=True).state is State.READY, name
    if not SAMPLE.is_file():
        pytest.skip(f"{SAMPLE} is not next to this checkout")
    settings = Settings()
    settings.enable_every_app()
    return build_session(settings, Overrides(threads=1), execute=False)


def test_the_default_profile_masks_values(session) -> None:
    assert session.profile.name == "errand-compact" and session.profile.masks_values


def test_sample_requests_plan_validly_and_above_the_floor(session) -> None:
    report = evaluate(load_items(SAMPLE), lambda item: session_attempt(session, item))
    for result in report.results:
        assert not result.attempt.error, result.attempt.error
        plan = parse_plan(result.attempt.plan_text)
        assert not plan.problems and validate(plan, CATALOGUE).ok, result.attempt.plan_text
    assert report.success_rate >= SAMPLE_FLOOR, report.per_category


def test_names_and_files_come_back_from_the_placeholders(session) -> None:
    text = "Email Sunniva the file Fjord_hike_budget.xlsx"
    attempt = session.plan(text, tools=("get_email_address", "open_and_get_file_path", "compose_new_email"),
                           now=load_items(SAMPLE)[0].now)
    values = [arg for step in attempt.plan.steps for arg in step.args if isinstance(arg, str)]
    assert "Sunniva" in values and "Fjord_hike_budget.xlsx" in values, attempt.text
    assert "<n1>" not in attempt.text and "<f1>" not in attempt.text


@pytest.mark.parametrize(("request_text", "kept", "gone"), [
    ("Write Emily and Esperanza Phiri an email about the budget review, scratch Emily.", "Esperanza Phiri", "Emily"),
    ("Add the passport, olive oil and tape to my Packing note... no, scratch the passport", "Packing", "passport"),
    ("create calendar event: open house tmr from 1 to 2pm.. actually scratch that - text Rowan I'm running late",
     "Rowan", "open house"),
])
def test_what_the_user_takes_back_is_neither_done_nor_removed(session, request_text: str, kept: str,
                                                              gone: str) -> None:
    attempt = session.plan(request_text, tools=session.select(request_text).tools, now=load_items(SAMPLE)[0].now)
    removals = {"delete_calendar_event", "complete_reminder", "remove_note_content"}
    assert attempt.plan.tools and not set(attempt.plan.tools) & removals, attempt.text
    assert kept in attempt.text and gone.casefold() not in attempt.text.casefold(), attempt.text
    assert any(gone in note for note in attempt.repairs), attempt.repairs

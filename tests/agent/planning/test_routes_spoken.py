"""Routes added for spoken requests: a whole list cleared, contacts asked about by name, spoken addresses and
numbers, and the small talk, clock and radio requests that keep no step."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.planning.routes import routed_plan
from agent.plans.plan import Ref, Step
from agent.understanding.scope import request_scope
from tools.catalogue import CATALOGUE

NOW = datetime(2026, 12, 7, 10, 0)


def _steps(text: str) -> list[Step]:
    route = routed_plan(text, NOW, request_scope(text), CATALOGUE)
    assert route is not None
    return [s for s in route.plan.steps if s.tool != "join"]


def _plan(text: str) -> list[tuple[str, tuple]]:
    return [(s.tool, s.args) for s in _steps(text)]


@pytest.mark.parametrize("text", ["clear my shopping list", "remove all items from my shopping list",
                                  "empty the shopping list"])
def test_a_cleared_list_is_read_then_its_own_lines_removed(text: str) -> None:
    read, removal = _steps(text)
    assert (read.tool, read.args) == ("open_note", ("Shopping list", ""))
    assert (removal.tool, removal.args) == ("remove_note_content", ("Shopping list", "$1", ""))
    assert removal.refs == (Ref(1),)


def test_an_item_named_by_its_place_is_not_guessed() -> None:
    assert routed_plan("remove the last item from my list", NOW, request_scope("remove the last item from my list"),
                       CATALOGUE) is None


@pytest.mark.parametrize(("text", "name"), [
    ("is tom in my contacts", "Tom"), ("search my contacts for mike", "Mike"),
    ("pull up the contact for jason", "Jason"), ("how can i reach david", "David"),
    ("olly what is the email id of my boss", "Boss")])
def test_a_contact_asked_about_by_name_is_looked_up(text: str, name: str) -> None:
    [(tool, args)] = _plan(text)
    assert tool in ("get_phone_number", "get_email_address") and args == (name,)


def test_a_spoken_address_and_number_are_written_out() -> None:
    assert _plan("please add jane doe's email jane at gmail dot com to contacts") == [
        ("add_contact", ("Jane Doe", "jane@gmail.com", ""))]
    assert _plan("create a new contact for sarah with number five five five oh one two three") == [
        ("add_contact", ("Sarah", "", "5550123"))]


@pytest.mark.parametrize("text", ["tell me a story", "let me know when you are ready"])
def test_being_told_something_licenses_no_text(text: str) -> None:
    assert "send_sms" not in request_scope(text).licensed


@pytest.mark.parametrize("text", ["tell me something funny", "i am feeling a bit sad today", "tune in to classic fm",
                                  "what time is it in tokyo", "update my status to busy"])
def test_small_talk_clock_and_radio_are_unserved(text: str) -> None:
    assert request_scope(text).unserved


@pytest.mark.parametrize("text", ["what is the date of the conference", "what day is the dentist"])
def test_the_date_of_ones_own_event_is_a_calendar_question(text: str) -> None:
    [(tool, _)] = _plan(text)
    assert tool == "get_calendar_events"

"""Questions and removals planned from the request's words (agent/planning/routes.py): the right tool, the
right range and words, never a side effect the request did not ask for; acting requests are left to the planner."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.planning.routes import routed_plan
from agent.understanding.scope import request_scope
from tools.catalogue import CATALOGUE
from tools.spec import Registry

NOW = datetime(2026, 12, 7, 10, 0)  # a Monday


def routed(text: str, registry: Registry = CATALOGUE) -> tuple[str, tuple] | None:
    route = routed_plan(text, NOW, request_scope(text), registry)
    if route is None:
        return None
    first, join = route.plan.steps
    assert join.tool == "join" and route.plan.complete
    return first.tool, first.args


@pytest.mark.parametrize(("text", "tool", "args"), [
    ("remove thursday's lunch from my calendar", "delete_calendar_event",
     ("lunch", "2026-12-10 00:00:00", "2026-12-11 00:00:00")),
    ("find and delete all of my weekend events with evan parker", "delete_calendar_event",
     ("evan parker", "2026-12-12 00:00:00", "2026-12-14 00:00:00")),
    ("cancel my two o'clock", "delete_calendar_event", ("", "2026-12-07 14:00:00", "2026-12-07 14:01:00")),
    ("cancel my dentist appointment", "delete_calendar_event",
     ("dentist", "2026-12-07 10:00:00", "2026-12-14 10:00:00")),
    ("when is the next appointment on my calendar", "get_calendar_events",
     ("2026-12-07 10:00:00", "2027-01-06 10:00:00", "")),
    ("what's on my calendar tomorrow", "get_calendar_events", ("2026-12-08 00:00:00", "2026-12-09 00:00:00", "")),
    ("do i have a meeting with the design team on friday", "get_calendar_events",
     ("2026-12-11 00:00:00", "2026-12-12 00:00:00", "design team")),
    ("have i received any email since five pm", "find_emails", ("", "", "2026-12-06 17:00:00", False)),
    ("any new mail from tom", "find_emails", ("tom", "", "", True)),
    ("did i get an email about the invoice", "find_emails", ("", "invoice", "", False)),
    ("what reminders do i have", "get_reminders", ("", "")),
    ("what are my reminders for tomorrow", "get_reminders", ("2026-12-09 00:00:00", "")),
    ("remove my reminder to call mom", "complete_reminder", ("call mom",)),
    ("mark buy milk as done", "complete_reminder", ("buy milk",)),
    ("what's on my shopping list", "open_note", ("Shopping list", "")),
    ("take milk off my shopping list", "remove_note_content", ("Shopping list", "milk", "")),
    ("remove eggs and bread from the grocery list", "remove_note_content", ("Grocery list", "eggs, bread", "")),
    ("add john smith to my contacts with email john@example.com", "add_contact",
     ("John Smith", "john@example.com", "")),
    ("what's john's phone number", "get_phone_number", ("John",)),
    ("do i have an email address for mary jones", "get_email_address", ("Mary Jones",)),
    ("whats bartholomews email adress", "get_email_address", ("Bartholomews",)),
    ("emails from john", "find_emails", ("john", "", "", False)),
    ("my schedule for tomorrow", "get_calendar_events", ("2026-12-08 00:00:00", "2026-12-09 00:00:00", "")),
    ("set an alarm for 6:45 am", "create_reminder", ("Alarm", "2026-12-08 06:45:00", "", "", 0, False)),
    ("wake me up at six thirty", "create_reminder", ("Wake up", "2026-12-08 06:30:00", "", "", 0, False)),
    ("what alarms do i have", "get_reminders", ("", "")),
    ("turn off my alarm", "complete_reminder", ("Alarm",)),
    ("add milk to my shopping list", "append_note_content", ("Shopping list", "milk", "")),
    ("um add bananas and apples to the grocery list", "append_note_content", ("Grocery list", "bananas\napples", "")),
    ("start a grocery list with eggs and milk", "create_note", ("Grocery list", "eggs\nmilk", "")),
    ("new contact john smith", "add_contact", ("John Smith", "", "")),
    ("save this number as mike 555 123 4567", "add_contact", ("Mike", "", "555 123 4567")),
    ("jane's number", "get_phone_number", ("Jane",)),
    ("find sam's email address", "get_email_address", ("Sam",)),
    ("is there anything from the bank", "find_emails", ("bank", "", "", False)),
    ("hey did kate write back", "find_emails", ("kate", "", "", False)),
    ("search my email for the receipt", "find_emails", ("", "receipt", "", False)),
    ("what do i need from the store", "open_note", ("Shopping list", "")),
    ("i already bought the eggs so take them off the list", "remove_note_content", ("List", "eggs", "")),
    ("check off the pay rent reminder", "complete_reminder", ("pay rent",)),
    ("mark the dentist reminder done", "complete_reminder", ("dentist",)),
    ("alarm at 5:30 tomorrow morning", "create_reminder", ("Alarm", "2026-12-08 05:30:00", "", "", 0, False)),
    ("whats on my calender tomorow", "get_calendar_events", ("2026-12-08 00:00:00", "2026-12-09 00:00:00", "")),
    ("what time is the dentist tomorrow", "get_calendar_events",
     ("2026-12-08 00:00:00", "2026-12-09 00:00:00", "dentist")),
    ("do i have anything on the twenty second", "get_calendar_events",
     ("2026-12-22 00:00:00", "2026-12-23 00:00:00", "")),
    ("cancel my three thirty meeting", "delete_calendar_event", ("", "2026-12-07 15:30:00", "2026-12-07 15:31:00")),
])
def test_reads_and_removals_are_one_call_with_the_requests_values(text: str, tool: str, args: tuple) -> None:
    assert routed(text) == (tool, args)


@pytest.mark.parametrize("text", [
    "remind me to call mom tomorrow at 5",
    "email ann about what's on the menu tomorrow",
    "put lunch with ann on my calendar for friday",
    "play some music",
    "meeting with sarah wednesday at 4",
    "we need milk add it to the list",
    "put jane's email address on my packing list",
    "add the dentist appointment on friday to my list",
    "read mike's email and text him the address",
    "open my ski trip note and show the chalet on the map",
    "olly cancel my next meeting",
    "what's the weather like today",
    "text raj that i'm late",
    "Calendar: Ingeborg's retirement party, Saturday Dec 5, 6:30 to 10pm, Lakeside Grange Hall.",
    "what is the email address",
])
def test_requests_that_act_or_that_no_tool_serves_go_to_the_planner(text: str) -> None:
    assert routed(text) is None


def test_a_tool_that_is_not_enabled_is_never_routed_to() -> None:
    calendar_off = Registry([spec for spec in CATALOGUE if spec.app != "calendar"])
    assert routed("what's on my calendar tomorrow", calendar_off) is None
    assert routed("what's on my shopping list", calendar_off) == ("open_note", ("Shopping list", ""))


def test_no_routed_plan_has_a_side_effect_the_request_does_not_name() -> None:
    for text in ("what's on my calendar", "any mail from tom", "how many reminders do i have",
                 "is there anything on my to do list"):
        found = routed(text)
        assert found is not None and not CATALOGUE[found[0]].side_effects, text


def test_a_calendar_read_passed_on_is_read_then_sent_as_its_result() -> None:
    route = routed_plan("email Ann what's on my calendar tomorrow", NOW,
                        request_scope("email Ann what's on my calendar tomorrow"), CATALOGUE)
    assert route is not None
    assert route.plan.render() == (
        '1. get_calendar_events("2026-12-08 00:00:00", "2026-12-09 00:00:00", "")\n'
        '2. get_email_address("Ann")\n'
        '3. compose_new_email(["$2"], [], "My calendar for tomorrow", "$1", [])\n4. join()<END_OF_PLAN>')
    texted = routed_plan("text raj my schedule for friday", NOW, request_scope("text raj my schedule for friday"),
                         CATALOGUE)
    assert texted is not None and [s.tool for s in texted.plan.steps] == [
        "get_calendar_events", "get_phone_number", "send_sms", "join"]


def test_a_detail_that_is_to_be_noted_or_sent_is_no_lookup_alone() -> None:
    from agent.understanding.intent import read_or_remove
    from agent.understanding.scope import request_scope

    for text in ("Note Anna's number", "text bo sam's email address", "save jane's number in my notes"):
        intent = read_or_remove(text, request_scope(text))
        assert intent is None or intent.app != "contacts", text
    intent = read_or_remove("what's jane's number", request_scope("what's jane's number"))
    assert intent is not None and intent.app == "contacts"

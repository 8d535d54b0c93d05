"""Calendar.app and Reminders.app reads, deletions and completions through the real tool functions, against the
recording stand-in osascript (no Mac here): which constant script runs with which argv, how its records are
read back, and what undo sends."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.backends import Backends, FoundEvent, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.macos.calendar import AppleCalendar
from tools.macos.osascript import FIELD, RECORD
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoJournal

from .conftest import StandIn
from .test_macos import script_calls

get_events = CATALOGUE["get_calendar_events"].function
delete_spec = CATALOGUE["delete_calendar_event"]
get_reminders = CATALOGUE["get_reminders"].function
complete_spec = CATALOGUE["complete_reminder"]
DAY = ("2026-12-01 00:00:00", "2026-12-02 00:00:00")
DAY_ARGV = ["2026", "12", "1", "0", "2026", "12", "2", "0"]


def rec(*records: list[str]) -> str:
    return RECORD.join(FIELD.join(fields) for fields in records)


EVENTS = rec(
    ["U2", "Work", "Review", "2026-12-01 15:30:00", "2026-12-01 16:45:00", "Room 4", "ann@example.org\nbob@x.org",
     "0"],
    ["U1", "Home", "Breakfast", "2026-12-01 08:00:00", "2026-12-01 09:00:00", "", "", "0"],
    ["U0", "Home", "Ended at midnight", "2026-11-30 22:00:00", "2026-12-01 00:00:00", "", "", "0"],
    ["broken", "record"],
)


@pytest.fixture
def backends(osascript: StandIn, journal: UndoJournal) -> Backends:
    return build_backends(ToolsConfig(), secrets=SecretStore(), journal=journal, platform="darwin")


def test_events_are_read_in_time_order_with_every_value_in_argv(backends: Backends, osascript: StandIn) -> None:
    osascript.answer({"stdout": EVENTS})
    answer = get_events(backends, *DAY, "")
    assert answer == ("2 events from 2026-12-01 00:00 to 2026-12-02 00:00:\n"
                      "- 2026-12-01 08:00 to 09:00: Breakfast\n- 2026-12-01 15:30 to 16:45: Review (Room 4)")
    assert answer.items[1] == FoundEvent("Review", datetime(2026, 12, 1, 15, 30), datetime(2026, 12, 1, 16, 45),
                                         "Room 4", ("ann@example.org", "bob@x.org"), "Work", "U2")
    assert script_calls(osascript) == [("CALENDAR_EVENTS_BETWEEN", DAY_ARGV)]


def test_no_events_and_a_query_over_attendees(backends: Backends, osascript: StandIn) -> None:
    osascript.answer({"stdout": ""}, {"stdout": EVENTS})
    assert get_events(backends, *DAY, "") == "No events from 2026-12-01 00:00 to 2026-12-02 00:00."
    assert [e.title for e in get_events(backends, *DAY, "bob").items] == ["Review"]


def test_deletion_checks_and_deletes_exactly_the_previewed_events_and_undo_makes_them_again(
        backends: Backends, osascript: StandIn, journal: UndoJournal) -> None:
    saved = rec(["Review", "2026-12-01 15:30:00", "2026-12-01 16:45:00", "Room 4", "notes\nline 2", "Work"])
    osascript.answer({"stdout": EVENTS}, {"stdout": EVENTS}, {"stdout": saved}, {"stdout": f"U9{FIELD}Work"})
    assert delete_spec.preview(backends, "review", *DAY).text == \
        "Will delete 1 event:\n- 2026-12-01 15:30 to 16:45: Review (Room 4)"
    assert delete_spec.function(backends, "review", *DAY) == "Deleted 1 event: 'Review' on 2026-12-01 15:30."
    assert journal.undo_last() == "Made the 1 deleted event again in Calendar."
    assert script_calls(osascript) == [
        ("CALENDAR_EVENTS_BETWEEN", DAY_ARGV), ("CALENDAR_EVENTS_BETWEEN", DAY_ARGV),
        ("CALENDAR_DELETE_EVENTS", ["U2", "Work", "Review", "2026", "12", "1", "55800"]),
        ("CALENDAR_CREATE_EVENT", ["Review", "2026", "12", "1", "55800", "2026", "12", "1", "60300", "Room 4",
                                   "notes\nline 2", "Work", ""]),
    ]


def test_several_events_go_in_one_script_call(backends: Backends, osascript: StandIn) -> None:
    osascript.answer({"stdout": EVENTS}, {"stdout": ""})
    assert delete_spec.function(backends, "", *DAY) == \
        "Deleted 2 events: 'Breakfast' on 2026-12-01 08:00, 'Review' on 2026-12-01 15:30."
    assert script_calls(osascript)[1] == ("CALENDAR_DELETE_EVENTS", [
        "U1", "Home", "Breakfast", "2026", "12", "1", "28800", "U2", "Work", "Review", "2026", "12", "1", "55800"])


def test_nothing_matching_runs_no_deletion(backends: Backends, osascript: StandIn, journal: UndoJournal) -> None:
    osascript.answer({"stdout": EVENTS})
    assert delete_spec.function(backends, "dentist", *DAY).endswith("nothing was deleted.")
    assert [name for name, _ in script_calls(osascript)] == ["CALENDAR_EVENTS_BETWEEN"]
    assert journal.entries() == []


def test_a_changed_or_repeating_event_comes_back_as_the_scripts_message(osascript: StandIn,
                                                                       journal: UndoJournal) -> None:
    osascript.answer({"stderr": "0:9: execution error: The event Review repeats; Errand deletes only single events, "
                                "so nothing was deleted. Remove that occurrence in Calendar. (1032)", "rc": 1})
    event = FoundEvent("Review", datetime(2026, 12, 1, 15, 30), datetime(2026, 12, 1, 16), ref="U2", calendar="W")
    with pytest.raises(ToolError, match="^The event Review repeats; .*nothing was deleted"):
        AppleCalendar(journal).delete_events([event])
    assert journal.entries() == []


def test_reminders_are_read_filtered_and_listed(backends: Backends, osascript: StandIn) -> None:
    listed = rec(["R1", "Buy milk", "2026-12-02 09:00:00", "Errands"], ["R2", "Call mum", "", "Family"],
                 ["R3", "Pay rent", "2026-12-01 00:00:00", "Bills"], ["bad"])
    osascript.answer({"stdout": listed}, {"stdout": listed})
    assert get_reminders(backends, "", "") == (
        "3 open reminders:\n- Pay rent (due 2026-12-01 00:00) [Bills]\n"
        "- Buy milk (due 2026-12-02 09:00) [Errands]\n- Call mum [Family]")
    assert get_reminders(backends, "2026-12-02 00:00:00", " Bills ").splitlines()[1:] == \
        ["- Pay rent (due 2026-12-01 00:00)"]
    assert script_calls(osascript) == [("REMINDERS_OPEN", [""]), ("REMINDERS_OPEN", ["Bills"])]


def test_an_unknown_list_comes_back_as_the_scripts_message(backends: Backends, osascript: StandIn) -> None:
    osascript.answer({"stderr": "0:9: execution error: There is no reminders list called Nope; the lists are: "
                                "Errands, Bills. (1033)", "rc": 1})
    with pytest.raises(ToolError, match="^There is no reminders list called Nope; the lists are: Errands, Bills.$"):
        get_reminders(backends, "", "Nope")


def test_completion_and_undo_reopens(backends: Backends, osascript: StandIn, journal: UndoJournal) -> None:
    listed = rec(["R1", "Buy milk", "2026-12-02 09:00:00", "Errands"], ["R2", "Buy bread", "", "Errands"])
    osascript.answer({"stdout": listed}, {"stdout": "saved"}, {"stdout": "saved"}, {"stdout": listed})
    assert complete_spec.function(backends, "buy milk") == "Marked the reminder 'Buy milk' in the list Errands as done."
    assert journal.undo_last() == "Reopened the reminder 'Buy milk'."
    with pytest.raises(ToolError, match="Several open reminders match 'buy'"):
        complete_spec.function(backends, "buy")
    assert script_calls(osascript) == [
        ("REMINDERS_OPEN", [""]), ("REMINDERS_SET_DONE", ["R1", "1", "Buy milk"]),
        ("REMINDERS_SET_DONE", ["R1", "", "Buy milk"]), ("REMINDERS_OPEN", [""])]


@pytest.mark.parametrize("value", ['" & do shell script "touch /tmp/x" & "', "line\r\nbreak", "--x", "-e",
                                   "../x", "x" * 20000])
def test_hostile_values_only_travel_as_single_arguments(backends: Backends, osascript: StandIn, value: str) -> None:
    listed = {"stdout": rec(["R1", value, "", value])}
    osascript.answer(listed, listed, {"stdout": "saved"})
    get_reminders(backends, "", value)
    assert complete_spec.function(backends, value).startswith("Marked the reminder")
    assert script_calls(osascript) == [("REMINDERS_OPEN", [value.strip()]), ("REMINDERS_OPEN", [""]),
                                       ("REMINDERS_SET_DONE", ["R1", "1", value.replace("\r\n", "\n")])]
    # (the name as read back: osascript's output is read as text, so CR LF arrives as LF)

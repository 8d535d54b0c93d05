"""The macOS backends, run against a recording stand-in osascript (no Mac here).

What is checked: every script is constant text that passes the structural check; each call sends one of those
constants on stdin with the values only as argv items; results and errors are read back correctly; undo
runs the matching delete/restore script. What a real Mac would show (the scripts compile and do the right thing
in each app) is listed in the comms report and tools/macos/README.md.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from tools.backends import Email, Event, Reminder, ToolError
from tools.config import MailConfig
from tools.context import request_text
from tools.linux.pdf import PdfSummarizer
from tools.macos.calendar import AppleCalendar, AppleReminders
from tools.macos.contacts import apple_contact_book
from tools.macos.files import SpotlightFiles
from tools.macos.mail import AppleMail
from tools.macos.maps import AppleMaps
from tools.macos.messages import AppleMessages
from tools.macos.notes import AppleNotes
from tools.macos.osascript import FIELD, RECORD
from tools.macos.scripts import ALL_SCRIPTS
from tools.undo import UndoJournal
from tools.writer import LocalWriter

from .conftest import STANDINS, StandIn, install_standin

sys.path.insert(0, str(STANDINS))
from applescript_check import structure_errors  # noqa: E402

SCRIPTS = set(ALL_SCRIPTS.values())


def rec(*records: list[str]) -> str:
    return RECORD.join(FIELD.join(fields) for fields in records)


def script_calls(osascript: StandIn) -> list[tuple[str, list[str]]]:
    """(script name, argv after '-') per call, checking each script is one of the constants."""
    names = {text: name for name, text in ALL_SCRIPTS.items()}
    found = []
    for call in osascript.calls():
        assert call["argv"][0] == "-" and call["script"] in SCRIPTS
        found.append((names[call["script"]], call["argv"][1:]))
    return found


# The scripts themselves.

@pytest.mark.parametrize("name", sorted(ALL_SCRIPTS))
def test_every_script_passes_the_structural_check(name: str):
    assert structure_errors(ALL_SCRIPTS[name]) == []


@pytest.mark.parametrize("broken, problem", [
    ('tell application "Notes"\nend tell\n', "must start with 'on run argv'"),
    ('on run argv\n\ttell application "Notes"\n\tif x then\n\tend tell\nend run\n', "closes 'if'"),
    ('on run argv\n\trepeat with x in argv\nend run\n', "closes 'repeat'"),
    ('on run argv\n\tset x to "open\nend run\n', "unterminated string"),
    ('on run argv\n\tdo shell script item 1 of argv\nend run\n', "forbidden command 'do shell script'"),
    ('on run argv\nend run\non run argv\nend run\n', "exactly one run handler"),
    ('on run argv\n\telse\nend run\n', "'else' outside an if block"),
])
def test_the_structural_check_catches_broken_scripts(broken: str, problem: str):
    assert any(problem in error for error in structure_errors(broken))


def test_one_line_tell_and_if_do_not_open_blocks():
    script = 'on run argv\n\ttell application "Reminders" to delete x\n\tif x then error "no" number 1000\nend run\n'
    assert structure_errors(script) == []


def test_the_standin_refuses_a_script_that_fails_the_check(osascript: StandIn):
    from tools.macos.osascript import run_script

    with pytest.raises(ValueError, match="must start with 'on run argv'"):
        run_script('tell application "Notes"\nend tell\n', [], app="Notes")
    with pytest.raises(ToolError, match="Notes failed: .*syntax error: line 3: 'end run' closes 'tell'"):
        run_script("on run argv\n\ttell application \"Notes\"\nend run\n", [], app="Notes")


# Contacts.

def test_contacts_lookup_uses_the_shared_matching(osascript: StandIn):
    osascript.answer(*[{"stdout": rec(["Ann Lee", "Ann", "ann@example.org\nann@work.example", "+1 555 0100"],
                                      ["Bob Stone", "Bob", "", "+1 555 0199"])}] * 3)
    book = apple_contact_book()
    assert book.email_address("ann") == "ann@example.org"
    assert book.phone_number("Bob Stone") == "+1 555 0199"
    with pytest.raises(ToolError, match="Bob Stone has no email address"):
        book.email_address("Bob")
    assert [name for name, _ in script_calls(osascript)] == ["CONTACTS_ALL"] * 3


def test_no_such_contact_is_a_clear_error(osascript: StandIn):
    osascript.answer({"stdout": ""})
    with pytest.raises(ToolError, match="No contact named 'Zed' in Contacts"):
        apple_contact_book().phone_number("Zed")


def test_automation_permission_refused_says_where_to_allow_it(osascript: StandIn):
    osascript.answer({"stderr": "0:42: execution error: Not authorized to send Apple events to Contacts. (-1743)",
                      "rc": 1})
    with pytest.raises(ToolError, match="not allowed to control Contacts.*Privacy & Security > Automation"):
        apple_contact_book().phone_number("Ann")


# Calendar and Reminders.

def test_calendar_event_arguments_and_undo(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stdout": f"EV-1{FIELD}Work"}, {"stdout": "deleted"})
    event = Event("Review", datetime(2026, 12, 1, 15, 30), datetime(2026, 12, 1, 16, 45), "Room 4",
                  ("ann@example.org", "bob@example.org"), "Bring notes", "Work")
    result = AppleCalendar(journal).create_event(event)
    assert result == "Created the event 'Review' on 2026-12-01 15:30 in the calendar Work."
    assert journal.undo_last() == "Deleted the event from the calendar Work."
    assert script_calls(osascript) == [
        ("CALENDAR_CREATE_EVENT", ["Review", "2026", "12", "1", "55800", "2026", "12", "1", "60300", "Room 4",
                                   "Bring notes", "Work", "ann@example.org\nbob@example.org"]),
        ("CALENDAR_DELETE_EVENT", ["EV-1", "Work"]),
    ]


def test_a_missing_calendar_comes_back_as_the_scripts_message(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stderr": "0:120: execution error: There is no calendar named Gym in Calendar. (1001)\n",
                      "rc": 1})
    event = Event("Run", datetime(2026, 12, 1, 7), datetime(2026, 12, 1, 8), calendar="Gym")
    with pytest.raises(ToolError, match="^There is no calendar named Gym in Calendar.$") as error:
        AppleCalendar(journal).create_event(event)
    assert error.value.fixable
    assert journal.entries() == []


def test_reminder_arguments_all_day_and_undo(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stdout": f"x-apple-reminder://R1{FIELD}Errands"}, {"stdout": "deleted"})
    reminder = Reminder("Buy milk", datetime(2026, 12, 2), "2 litres", "Errands", 1, True)
    result = AppleReminders(journal).create_reminder(reminder)
    assert result == "Created the reminder 'Buy milk' in the list Errands, due 2026-12-02 00:00."
    assert journal.undo_last() == "Deleted the reminder."
    assert script_calls(osascript) == [
        ("REMINDERS_CREATE", ["Buy milk", "2026", "12", "2", "0", "1", "2 litres", "Errands", "1"]),
        ("REMINDERS_DELETE", ["x-apple-reminder://R1"]),
    ]


def test_reminder_without_due_date_sends_empty_date_parts(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stdout": f"R2{FIELD}Reminders"})
    AppleReminders(journal).create_reminder(Reminder("Call mum", None))
    assert script_calls(osascript)[0][1] == ["Call mum", "", "", "", "", "", "", "", "0"]


# Notes.

def test_notes_create_escapes_html_and_undo_deletes(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stdout": f"note-1{FIELD}Notes"}, {"stdout": "deleted"})
    result = AppleNotes(journal).create("Ideas <b>", "Line 1\n<script>", "")
    assert result == "Created the note 'Ideas <b>' in the folder Notes."
    assert journal.undo_last() == "Deleted the note."
    assert script_calls(osascript) == [
        ("NOTES_CREATE", ["<div><h1>Ideas &lt;b&gt;</h1></div><div>Line 1</div><div>&lt;script&gt;</div>", ""]),
        ("NOTES_DELETE", ["note-1"]),
    ]


def test_notes_open_finds_by_fuzzy_name_and_returns_the_text(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stdout": rec(["n1", "Shopping list", "Notes"], ["n2", "Trip plans", "Travel"])},
                     {"stdout": f"<div>Shopping list</div>{FIELD}Shopping list\nEggs"})
    assert AppleNotes(journal).open("shoping list", "") == "Shopping list\nEggs"
    assert script_calls(osascript) == [("NOTES_LIST", [""]), ("NOTES_READ", ["n1"])]


def test_notes_append_keeps_the_old_body_and_undo_restores_it(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stdout": rec(["n1", "Log", "Work"])}, {"stdout": f"<div>Old</div>{FIELD}Old"},
                     {"stdout": "saved"}, {"stdout": "saved"})
    assert AppleNotes(journal).append("Log", "New & more", "Work") == "Appended to the note 'Log'."
    assert journal.undo_last() == "Restored the note's previous text."
    assert script_calls(osascript) == [
        ("NOTES_LIST", ["Work"]), ("NOTES_READ", ["n1"]),
        ("NOTES_SET_BODY", ["n1", "<div>Old</div><div>New &amp; more</div>"]),
        ("NOTES_SET_BODY", ["n1", "<div>Old</div>"]),
    ]


def test_notes_open_with_no_match_is_a_clear_error(osascript: StandIn, journal: UndoJournal):
    osascript.answer({"stdout": rec(["n1", "Log", "Work"])})
    with pytest.raises(ToolError, match="No note named 'Recipes' in Notes"):
        AppleNotes(journal).open("Recipes", "")


# Mail and Messages.

def test_mail_compose_arguments(osascript: StandIn, tmp_path: Path):
    report = tmp_path / "report.pdf"
    report.write_bytes(b"x")
    token = request_text.set("Email Ann saying the report is attached")
    try:
        result = AppleMail(MailConfig(mode="draft"), LocalWriter()).compose(
            Email(("ann@example.org",), ("bob@example.org",), "Report", "", (report,)))
    finally:
        request_text.reset(token)
    assert "saved it to Mail's Drafts" in result
    assert script_calls(osascript) == [("MAIL_COMPOSE", [
        "Report", "The report is attached.", "ann@example.org", "bob@example.org", str(report.resolve()), "draft"])]


def test_mail_reply_picks_the_message_the_request_names(osascript: StandIn):
    osascript.answer({"stdout": rec(["101", "Dan <dan@example.org>", "Lunch", "2026-11-21 12:00:00"],
                                    ["100", "Carol <carol@example.org>", "Budget Q3", "2026-11-20 09:00:00"])},
                     {"stdout": "client"})
    token = request_text.set("reply to Carol saying fine")
    try:
        result = AppleMail(MailConfig(), LocalWriter()).reply(("eve@example.org",), "", ())
    finally:
        request_text.reset(token)
    assert result.startswith("Replied to the email from Carol <carol@example.org>, subject 'Budget Q3'")
    assert "opened it in Mail" in result
    assert script_calls(osascript) == [
        ("MAIL_RECENT", ["50"]),
        ("MAIL_RESPOND", ["100", "reply", "Fine.", "", "eve@example.org", "", "client"]),
    ]


def test_mail_forward_defaults_to_the_newest_message(osascript: StandIn):
    osascript.answer({"stdout": rec(["7", "A <a@example.org>", "Old", "2026-11-01 08:00:00"],
                                    ["9", "B <b@example.org>", "New", "2026-11-02 08:00:00"])},
                     {"stdout": "send"})
    result = AppleMail(MailConfig(mode="send"), LocalWriter()).forward(("f@example.org",), (), "FYI", ())
    assert "subject 'New'" in result and "the most recent in the inbox" in result and "cannot be undone" in result
    assert script_calls(osascript)[1] == ("MAIL_RESPOND", ["9", "forward", "FYI", "f@example.org", "", "", "send"])


def test_mail_with_an_empty_inbox_is_a_clear_error(osascript: StandIn):
    osascript.answer({"stdout": ""})
    with pytest.raises(ToolError, match="no email in the inbox"):
        AppleMail(MailConfig(), LocalWriter()).reply((), "", ())


def test_messages_sends_to_every_number(osascript: StandIn):
    osascript.answer({"stdout": "sent"})
    result = AppleMessages().send(("+15550100", "+15550101"), "On my way")
    assert "+15550100, +15550101" in result
    assert script_calls(osascript) == [("MESSAGES_SEND", ["On my way", "+15550100\n+15550101"])]


def test_messages_without_an_account_says_how_to_set_it_up(osascript: StandIn):
    osascript.answer({"stderr": "execution error: Messages has no SMS or iMessage account: sign in to Messages, "
                                "or enable Text Message Forwarding on your iPhone. (1020)", "rc": 1})
    with pytest.raises(ToolError, match="Text Message Forwarding"):
        AppleMessages().send(("+15550100",), "hi")


def test_without_osascript_the_error_says_it_is_macos_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ToolError, match="only exists on macOS"):
        AppleMessages().send(("+15550100",), "hi")


# Files (mdfind) and Maps.

def test_spotlight_finds_the_best_match_and_opens_it(standin_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                    home: Path, recorder):
    exact = home / "Documents" / "Report.pdf"
    fuzzy = home / "Reports.pdf"
    hidden = home / ".cache" / "report.pdf"
    for path in (exact, fuzzy, hidden):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    mdfind = install_standin(standin_dir, "mdfind", STANDINS / "recorder.py", monkeypatch)
    mdfind.answer({"stdout": f"{hidden}\n{fuzzy}\n{exact}\n"})
    files = SpotlightFiles([home], recorder, PdfSummarizer(LocalWriter()))
    assert files.find_and_open("report.pdf") == exact
    assert recorder.opened == [str(exact)]
    assert mdfind.calls() == [{"argv": ["-onlyin", str(home), "-name", "report"]}]


def test_spotlight_with_no_result_is_a_clear_error(standin_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                  home: Path):
    install_standin(standin_dir, "mdfind", STANDINS / "recorder.py", monkeypatch)
    with pytest.raises(ToolError, match="Spotlight found no file named 'x.pdf'"):
        SpotlightFiles([home], None, PdfSummarizer(LocalWriter())).find_and_open("x.pdf")


def test_apple_maps_urls(recorder):
    maps = AppleMaps(recorder)
    maps.open_location("Golden Gate Park, SF")
    maps.show_directions("", "Ferry Building", "walking")
    maps.show_directions("Home & Office", "SFO", "transit")
    assert recorder.opened == [
        "https://maps.apple.com/?q=Golden+Gate+Park%2C+SF",
        "https://maps.apple.com/?daddr=Ferry+Building&dirflg=w",
        "https://maps.apple.com/?saddr=Home+%26+Office&daddr=SFO&dirflg=r",
    ]

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar

from tools.backends import Event, Reminder, ToolError
from tools.linux.vdir import VdirCalendar, VdirReminders, VdirStore


@pytest.fixture
def store(tmp_path, journal) -> VdirStore:
    return VdirStore(tmp_path / "calendars", journal)


def _only_item(folder) -> Calendar:
    files = list(folder.glob("*.ics"))
    assert len(files) == 1
    return Calendar.from_ical(files[0].read_bytes())


def test_event_becomes_one_ics_file_with_attendees(store) -> None:
    event = Event("Design review", datetime(2026, 5, 4, 10), datetime(2026, 5, 4, 11, 30), "Room 2",
                  ("ann@example.org", "bob@example.org"), "Bring slides", "")
    answer = VdirCalendar(store, "personal").create_event(event)
    assert answer == ("Event 'Design review' on 2026-05-04 10:00-11:30 in calendar 'personal' "
                      "with 2 invitees created.")
    vevent = _only_item(store.root / "personal").walk("VEVENT")[0]
    assert str(vevent["summary"]) == "Design review"
    assert vevent.decoded("dtstart") == datetime(2026, 5, 4, 10)
    assert vevent.decoded("dtend") == datetime(2026, 5, 4, 11, 30)
    assert str(vevent["location"]) == "Room 2" and str(vevent["description"]) == "Bring slides"
    assert [str(a) for a in vevent["attendee"]] == ["mailto:ann@example.org", "mailto:bob@example.org"]


def test_named_calendar_is_a_sub_folder_and_bad_names_are_refused(store) -> None:
    calendar = VdirCalendar(store, "personal")
    calendar.create_event(Event("Gym", datetime(2026, 5, 5, 7), datetime(2026, 5, 5, 8), calendar="Health"))
    assert len(list((store.root / "Health").glob("*.ics"))) == 1
    assert (store.root / "Health" / "displayname").read_text() == "Health\n"
    with pytest.raises(ToolError, match="not a usable calendar"):
        calendar.create_event(Event("x", datetime(2026, 5, 5, 7), datetime(2026, 5, 5, 8), calendar="../etc"))


def test_end_before_start_is_a_fixable_error(store, journal) -> None:
    event = Event("Backwards", datetime(2026, 5, 4, 11), datetime(2026, 5, 4, 10))
    with pytest.raises(ToolError, match="ends .* before it starts") as caught:
        VdirCalendar(store, "personal").create_event(event)
    assert caught.value.fixable
    assert not store.root.exists() and journal.entries() == []


def test_reminder_fields(store) -> None:
    reminders = VdirReminders(store, "reminders")
    answer = reminders.create_reminder(Reminder("Pay rent", datetime(2026, 6, 1), "by transfer", "Bills", 1, True))
    assert answer == "Reminder 'Pay rent' for 2026-06-01 in list 'Bills' created."
    todo = _only_item(store.root / "Bills").walk("VTODO")[0]
    assert todo.decoded("due") == date(2026, 6, 1)
    assert "VALUE=DATE" in todo.to_ical().decode()
    assert int(todo["priority"]) == 1 and str(todo["status"]) == "NEEDS-ACTION"
    assert str(todo["description"]) == "by transfer"

    reminders.create_reminder(Reminder("Call mum", datetime(2026, 6, 2, 18, 30)))
    todo = _only_item(store.root / "reminders").walk("VTODO")[0]
    assert todo.decoded("due") == datetime(2026, 6, 2, 18, 30) and "priority" not in todo


def test_undo_deletes_the_created_items(store, journal) -> None:
    lunch = Event("Lunch", datetime(2026, 5, 4, 12), datetime(2026, 5, 4, 13))
    VdirCalendar(store, "personal").create_event(lunch)
    VdirReminders(store, "reminders").create_reminder(Reminder("Buy milk", None))
    assert journal.entries()[0].description == "Created reminder 'Buy milk' in list 'reminders'"
    assert journal.undo_last().startswith("Deleted")
    assert list((store.root / "reminders").glob("*.ics")) == []
    journal.undo_last()
    assert list((store.root / "personal").glob("*.ics")) == []


def test_reads_see_changes_made_outside_errand(store) -> None:
    """Reads reuse what they parsed while a file is unchanged; an edit, a deletion or a new file is seen at once."""
    calendar = VdirCalendar(store, "personal")
    calendar.create_event(Event("Lunch", datetime(2026, 12, 8, 12), datetime(2026, 12, 8, 13)))
    day = (datetime(2026, 12, 8), datetime(2026, 12, 9))
    assert [e.title for e in calendar.events_between(*day)] == ["Lunch"]
    item = next((store.root / "personal").glob("*.ics"))
    item.write_bytes(item.read_bytes().replace(b"SUMMARY:Lunch", b"SUMMARY:Brunch"))  # another app's edit
    assert [e.title for e in calendar.events_between(*day)] == ["Brunch"]
    item.write_bytes(item.read_bytes().replace(b"SUMMARY:Brunch", b"SUMMARY:Dinner"))  # same size, same inode
    assert [e.title for e in calendar.events_between(*day)] == ["Dinner"]
    item.unlink()
    assert calendar.events_between(*day) == []

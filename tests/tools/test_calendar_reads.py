"""get_calendar_events and delete_calendar_event through the real tool functions, on a vdir folder of .ics files
written as other programs write them (floating, UTC and zoned times, all-day dates, a daily rule, a broken
file) and on a real Radicale server."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import caldav
import pytest

from tests.tools.conftest import write_items
from tools.backends import Backends, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.linux.caldav_backend import SECRET_SERVICE
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoError, UndoJournal

get_events = CATALOGUE["get_calendar_events"].function
delete_spec = CATALOGUE["delete_calendar_event"]
delete_events = delete_spec.function
MONDAY, TUESDAY, WEDNESDAY = "2026-05-04 00:00:00", "2026-05-05 00:00:00", "2026-05-06 00:00:00"


def ics(*lines: str) -> bytes:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()


def vevent(uid: str, summary: str, *lines: str) -> bytes:
    return ics("BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260401T000000Z", f"SUMMARY:{summary}", *lines, "END:VEVENT")


ITEMS: dict[str, bytes] = {
    "personal/lunch.ics": vevent("lunch", "Lunch with Ann", "DTSTART:20260504T120000", "DTEND:20260504T130000",
                                 "LOCATION:Cafe Rosa", "ATTENDEE;CN=Ann Lee:mailto:ann@example.org"),
    "personal/holiday.ics": vevent("holiday", "Bank holiday", "DTSTART;VALUE=DATE:20260505",
                                   "DTEND;VALUE=DATE:20260506"),
    "personal/trip.ics": vevent("trip", "Trip", "DTSTART;VALUE=DATE:20260506", "DTEND;VALUE=DATE:20260508"),
    "personal/broken.ics": b"this is not iCalendar\n",
    "personal/nostart.ics": vevent("nostart", "No start", "DTEND:20260504T100000"),
    "work/badrule.ics": vevent("badrule", "Bad rule", "DTSTART:20260504T100000", "RRULE:FREQ=NOPE"),
    "work/review.ics": vevent("review", "Design review", "DTSTART:20260504T070000Z", "DTEND:20260504T080000Z",
                              "LOCATION:Room 1"),
    "work/standup.ics": vevent("standup", "Standup", "DTSTART;TZID=America/New_York:20260504T033000",
                               "DURATION:PT15M", "RRULE:FREQ=DAILY;COUNT=5"),
    "work/deploy.ics": vevent("deploy", "Deploy", "DTSTART:20260504T230000", "DTEND:20260505T010000"),
}


pytestmark = pytest.mark.usefixtures("berlin_time")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = write_items(tmp_path / "calendars", ITEMS)
    (folder / "work" / "displayname").write_text("Work\n")
    (folder / "work" / "review.ics").chmod(0o640)
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.ics").write_bytes(vevent("h", "Hidden", "DTSTART:20260504T100000"))
    return folder


@pytest.fixture
def backends(root: Path, journal: UndoJournal) -> Backends:
    config = ToolsConfig.from_dict({"calendar": {"folder": str(root)}, "reminders": {"folder": str(root)}})
    return build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mode) for p in root.rglob("*") if p.is_file()}


# Reading.

def test_a_day_lists_every_overlapping_event_in_time_order(backends: Backends, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        answer = get_events(backends, MONDAY, TUESDAY, "")
    assert answer == (
        "4 events from 2026-05-04 00:00 to 2026-05-05 00:00:\n"
        "- 2026-05-04 09:00 to 10:00: Design review (Room 1)\n"
        "- 2026-05-04 09:30 to 09:45: Standup\n"
        "- 2026-05-04 12:00 to 13:00: Lunch with Ann (Cafe Rosa)\n"
        "- 2026-05-04 23:00 to 2026-05-05 01:00: Deploy"
    )
    assert answer.kind == "events" and [e.calendar for e in answer.items] == ["Work", "Work", "personal", "Work"]
    assert "Skipping unreadable calendar item" in caplog.text and "broken.ics" in caplog.text
    assert caplog.text.count("Skipping broken calendar item") == 2
    assert "nostart.ics" in caplog.text and "badrule.ics" in caplog.text


@pytest.mark.parametrize("platform, backend, kind", [
    ("linux", "vdir", "Vdir"), ("linux", "caldav", "CalDav"), ("darwin", "vdir", "Apple"),
    ("darwin", "caldav", "CalDav"),
])
def test_every_platform_builds_backends_with_the_read_and_removal_methods(
        platform: str, backend: str, kind: str, journal: UndoJournal) -> None:
    server = {"backend": backend, "caldav_url": "http://127.0.0.1:9/"}
    config = ToolsConfig.from_dict({"calendar": server, "reminders": server})
    built = build_backends(config, secrets=SecretStore(), journal=journal, platform=platform)
    assert type(built.calendar).__name__.startswith(kind) and type(built.reminders).__name__.startswith(kind)
    for method in ("create_event", "events_between", "delete_events"):
        assert callable(getattr(type(built.calendar), method))
    for method in ("create_reminder", "open_reminders", "complete"):
        assert callable(getattr(type(built.reminders), method))


def test_range_edges_half_open(backends: Backends) -> None:
    assert get_events(backends, "2026-05-04 13:00:00", "2026-05-04 14:00:00", "") == \
        "No events from 2026-05-04 13:00 to 2026-05-04 14:00."
    assert get_events(backends, "2026-05-04 11:00:00", "2026-05-04 12:00:00", "") == \
        "No events from 2026-05-04 11:00 to 2026-05-04 12:00."
    assert get_events(backends, "2026-05-04 12:59:00", "2026-05-04 13:00:00", "").count("\n") == 1
    answer = get_events(backends, "2026-05-05 00:00:00", "2026-05-05 00:30:00", "")
    assert [e.title for e in answer.items] == ["Deploy", "Bank holiday"]


def test_all_day_events_span_their_days(backends: Backends) -> None:
    answer = get_events(backends, "2026-05-07 00:00:00", "2026-05-08 00:00:00", "")
    assert answer.splitlines()[1:] == ["- 2026-05-06 00:00 to 2026-05-08 00:00: Trip",
                                       "- 2026-05-07 09:30 to 09:45: Standup"]
    assert [e.title for e in get_events(backends, "2026-05-08 00:00:00", "2026-05-09 00:00:00", "").items] == \
        ["Standup"]
    holiday = get_events(backends, TUESDAY, WEDNESDAY, "holiday")
    assert holiday.endswith("- 2026-05-05 00:00 to 2026-05-06 00:00: Bank holiday")


def test_a_repeating_event_is_expanded_in_the_range(backends: Backends) -> None:
    answer = get_events(backends, MONDAY, "2026-05-11 00:00:00", "my standup")
    assert [f"{e.start:%m-%d %H:%M}" for e in answer.items] == [f"05-0{d} 09:30" for d in range(4, 9)]
    assert answer.startswith("5 events matching 'my standup' from 2026-05-04 00:00 to 2026-05-11 00:00:")


@pytest.mark.parametrize("query, titles", [
    ("ann", ["Lunch with Ann"]), ("ann@example.org", ["Lunch with Ann"]), ("LEE", ["Lunch with Ann"]),
    ("rosa", ["Lunch with Ann"]), ("room 1", ["Design review"]), ("the meeting", []),
])
def test_query_matches_title_place_and_attendees(backends: Backends, query: str, titles: list[str]) -> None:
    answer = get_events(backends, MONDAY, TUESDAY, query)
    assert [e.title for e in answer.items] == titles
    if not titles:
        assert answer == f"No events matching {query!r} from 2026-05-04 00:00 to 2026-05-05 00:00."


def test_an_empty_range_and_a_missing_folder_say_there_are_none(backends: Backends, tmp_path: Path,
                                                                 journal: UndoJournal) -> None:
    assert get_events(backends, "2027-01-01 00:00:00", "2027-01-02 00:00:00", "") == \
        "No events from 2027-01-01 00:00 to 2027-01-02 00:00."
    config = ToolsConfig.from_dict({"calendar": {"folder": str(tmp_path / "absent")}})
    empty = build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")
    assert get_events(empty, MONDAY, TUESDAY, "").startswith("No events")
    with pytest.raises(ToolError, match="not after"):
        get_events(backends, TUESDAY, MONDAY, "")


# Deleting.

def test_the_preview_lists_exactly_what_the_deletion_deletes_and_undo_restores_the_bytes(
        backends: Backends, root: Path, journal: UndoJournal) -> None:
    before = snapshot(root)
    preview = delete_spec.preview(backends, "review", MONDAY, WEDNESDAY)
    assert preview.changes
    assert preview.text == "Will delete 1 event:\n- 2026-05-04 09:00 to 10:00: Design review (Room 1)"
    assert snapshot(root) == before
    answer = delete_events(backends, "review", MONDAY, WEDNESDAY)
    assert answer == "Deleted 1 event: 'Design review' on 2026-05-04 09:00."
    after = snapshot(root)
    assert set(before) - set(after) == {"work/review.ics"}
    assert all(after[name] == before[name] for name in after)

    assert journal.pending().description == "Deleted 1 event: 'Design review' on 2026-05-04 09:00"
    assert "review.ics" in journal.undo_last()
    assert snapshot(root) == before  # the same bytes and the same permissions


def test_several_events_go_in_one_step_and_one_undo(backends: Backends, root: Path, journal: UndoJournal) -> None:
    before = snapshot(root)
    preview = delete_spec.preview(backends, "", "2026-05-04 11:00:00", "2026-05-05 09:00:00")
    assert preview.text.splitlines()[1:] == ["- 2026-05-04 12:00 to 13:00: Lunch with Ann (Cafe Rosa)",
                                        "- 2026-05-04 23:00 to 2026-05-05 01:00: Deploy",
                                        "- 2026-05-05 00:00 to 2026-05-06 00:00: Bank holiday"]
    answer = delete_events(backends, "", "2026-05-04 11:00:00", "2026-05-05 09:00:00")
    assert answer == ("Deleted 3 events: 'Lunch with Ann' on 2026-05-04 12:00, 'Deploy' on 2026-05-04 23:00, "
                      "'Bank holiday' on 2026-05-05 00:00.")
    assert set(before) - set(snapshot(root)) == {"personal/lunch.ics", "work/deploy.ics", "personal/holiday.ics"}
    journal.undo_last()
    assert snapshot(root) == before


def test_nothing_matching_deletes_nothing(backends: Backends, root: Path, journal: UndoJournal) -> None:
    before = snapshot(root)
    preview = delete_spec.preview(backends, "dentist", MONDAY, TUESDAY)
    assert not preview.changes and preview.text == \
        "No event matches 'dentist' from 2026-05-04 00:00 to 2026-05-05 00:00: nothing to delete."
    assert delete_events(backends, "dentist", MONDAY, TUESDAY) == \
        "No event matches 'dentist' from 2026-05-04 00:00 to 2026-05-05 00:00; nothing was deleted."
    assert snapshot(root) == before and journal.entries() == []


def test_one_date_of_a_repeating_event_is_taken_out_and_the_others_stay(backends: Backends, root: Path,
                                                                          journal: UndoJournal) -> None:
    before = snapshot(root)
    answer = delete_events(backends, "standup", TUESDAY, WEDNESDAY)
    assert answer == ("Deleted 1 event: 'Standup' on 2026-05-05 09:30 (1 event taken out of a repeating series; "
                      "its other dates stay).")
    assert "EXDATE" in (root / "work" / "standup.ics").read_text()
    assert "Standup" not in get_events(backends, TUESDAY, WEDNESDAY, "")
    week = get_events(backends, MONDAY, "2026-05-11 00:00:00", "standup")
    assert "2026-05-04 09:30" in week and "2026-05-06 09:30" in week and "2026-05-05" not in week
    journal.undo_last()
    assert snapshot(root) == before  # undo puts the date back, byte for byte


def test_an_item_changed_or_gone_since_the_read_is_not_deleted(backends: Backends, root: Path,
                                                               journal: UndoJournal) -> None:
    calendar = backends.calendar
    [lunch] = [e for e in calendar.events_between(*_day()) if e.title == "Lunch with Ann"]
    (root / "personal" / "lunch.ics").write_bytes(ITEMS["personal/lunch.ics"].replace(b"Cafe", b"Bar"))
    with pytest.raises(ToolError, match="was changed since Errand read it"):
        calendar.delete_events([lunch])
    assert (root / "personal" / "lunch.ics").exists()
    [deploy] = [e for e in calendar.events_between(*_day()) if e.title == "Deploy"]
    (root / "work" / "deploy.ics").unlink()
    with pytest.raises(ToolError, match="no longer in work"):
        calendar.delete_events([deploy])
    assert journal.entries() == []


def test_undo_leaves_a_name_taken_again(backends: Backends, root: Path, journal: UndoJournal) -> None:
    delete_events(backends, "deploy", MONDAY, TUESDAY)
    (root / "work" / "deploy.ics").write_bytes(b"new\n")
    with pytest.raises(UndoError, match="exists again"):
        journal.undo_last()
    assert (root / "work" / "deploy.ics").read_bytes() == b"new\n"


def test_a_reference_outside_the_calendar_folder_is_refused(backends: Backends, tmp_path: Path) -> None:
    outside = tmp_path / "precious.ics"
    outside.write_bytes(ITEMS["personal/lunch.ics"])
    [lunch] = [e for e in backends.calendar.events_between(*_day()) if e.title == "Lunch with Ann"]
    for ref in (str(outside), str(tmp_path / "calendars" / "personal" / ".." / ".." / "precious.ics")):
        with pytest.raises(ToolError, match="not an item of the calendar folder"):
            backends.calendar.delete_events([replace(lunch, ref=ref)])
    assert outside.exists()


HOSTILE = ["O'Brien \"quoted\"", "line\r\nbreak", "nul\x00byte", "--x", "x" * 20000, "../x", "../../etc/passwd",
           "*", "%s {0}"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_queries_and_dates_are_refused_or_harmless(backends: Backends, root: Path, tmp_path: Path,
                                                           journal: UndoJournal, value: str) -> None:
    before = snapshot(root)
    for call in (lambda: get_events(backends, MONDAY, TUESDAY, value),
                 lambda: delete_spec.preview(backends, value, MONDAY, TUESDAY).text,
                 lambda: delete_events(backends, value, MONDAY, TUESDAY),
                 lambda: get_events(backends, value, TUESDAY, ""),
                 lambda: delete_events(backends, "", value, value)):
        try:
            assert isinstance(call(), str)
        except ToolError:
            pass
    assert snapshot(root) == before and journal.entries() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendars", "undo.sqlite3"]


def _day() -> tuple[datetime, datetime]:
    return datetime(2026, 5, 4), datetime(2026, 5, 5)


# CalDAV (Radicale).

@pytest.fixture
def dav_backends(radicale, memory_keyring, journal: UndoJournal) -> Backends:
    secrets = SecretStore()
    secrets.set(SECRET_SERVICE, radicale.user, radicale.password)
    config = ToolsConfig.from_dict({
        "calendar": {"backend": "caldav", "caldav_url": radicale.url, "caldav_user": radicale.user},
        "reminders": {"backend": "caldav", "caldav_url": radicale.url, "caldav_user": radicale.user},
    })
    return build_backends(config, secrets=secrets, journal=journal, platform="linux")


SERVER_ITEMS = [data for name, data in ITEMS.items() if name not in  # Radicale refuses broken items
                {"personal/broken.ics", "personal/nostart.ics", "work/badrule.ics"}]


@pytest.fixture
def server_calendar(radicale) -> Iterator[caldav.Calendar]:
    """A fresh calendar holding ITEMS' events moved to 2031 (no other test uses that year)."""
    client = caldav.DAVClient(radicale.url, username=radicale.user, password=radicale.password)
    calendar = client.principal().make_calendar(name=f"Reads {uuid.uuid4().hex[:6]}",
                                                supported_calendar_component_set=["VEVENT"])
    for data in SERVER_ITEMS:
        calendar.save_event(data.decode().replace("2026", "2031").replace(":lunch", f":lunch-{uuid.uuid4()}"))
    yield calendar
    calendar.delete()


def test_caldav_reads_a_day_like_the_folder(dav_backends: Backends, server_calendar) -> None:
    answer = get_events(dav_backends, "2031-05-05 00:00:00", "2031-05-06 00:00:00", "")
    label = server_calendar.get_display_name()
    assert [(f"{e.start:%H:%M}", e.title, e.calendar) for e in answer.items] == [
        ("23:00", "Deploy", label), ("00:00", "Bank holiday", label), ("09:30", "Standup", label)]
    assert get_events(dav_backends, "2031-05-04 13:00:00", "2031-05-04 14:00:00", "") == \
        "No events from 2031-05-04 13:00 to 2031-05-04 14:00."
    answer = get_events(dav_backends, "2031-05-04 00:00:00", "2031-05-05 00:00:00", "ann")
    assert answer.endswith("- 2031-05-04 12:00 to 13:00: Lunch with Ann (Cafe Rosa)")


def test_caldav_delete_preview_matches_and_undo_puts_the_event_back(dav_backends: Backends, server_calendar,
                                                                    journal: UndoJournal) -> None:
    span = ("2031-05-04 00:00:00", "2031-05-05 00:00:00")
    assert delete_spec.preview(dav_backends, "review", *span).text == \
        "Will delete 1 event:\n- 2031-05-04 09:00 to 10:00: Design review (Room 1)"
    assert delete_events(dav_backends, "review", *span) == "Deleted 1 event: 'Design review' on 2031-05-04 09:00."
    assert "Design review" not in get_events(dav_backends, *span, "")
    assert len(server_calendar.events()) == len(SERVER_ITEMS) - 1
    assert "on the CalDAV server" in journal.undo_last()
    [back] = [e for e in server_calendar.events() if "Design review" in e.data]
    assert "UID:review" in back.data
    assert get_events(dav_backends, *span, "review").count("\n") == 1


def test_caldav_takes_one_date_out_of_a_series_and_undo_puts_it_back(dav_backends: Backends, server_calendar,
                                                                     journal: UndoJournal) -> None:
    day = ("2031-05-04 00:00:00", "2031-05-05 00:00:00")
    assert "Standup" in get_events(dav_backends, *day, "standup")
    answer = delete_events(dav_backends, "standup", *day)
    assert answer.endswith("(1 event taken out of a repeating series; its other dates stay).")
    assert "Standup" not in get_events(dav_backends, *day, "standup")
    assert "Standup" in get_events(dav_backends, "2031-05-05 00:00:00", "2031-05-06 00:00:00", "standup")
    assert "Put the date back" in journal.undo_last()
    assert "Standup" in get_events(dav_backends, *day, "standup")


def test_caldav_refuses_changed_events(dav_backends: Backends, server_calendar, journal: UndoJournal) -> None:
    [deploy] = [e for e in dav_backends.calendar.events_between(datetime(2031, 5, 4), datetime(2031, 5, 5))
                if e.title == "Deploy"]
    item = server_calendar.event_by_url(deploy.ref)
    item.data = item.data.replace("SUMMARY:Deploy", "SUMMARY:Deploy v2")
    item.save()
    with pytest.raises(ToolError, match="changed since Errand read it"):
        dav_backends.calendar.delete_events([deploy])
    assert len(server_calendar.events()) == len(SERVER_ITEMS) and journal.entries() == []
    assert delete_events(dav_backends, "nothing like it", "2031-05-04 00:00:00", "2031-05-05 00:00:00") \
        .endswith("nothing was deleted.")

"""get_reminders and complete_reminder through the real tool functions, on a vdir folder of to-dos written as
other programs write them and on a real Radicale server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import caldav
import pytest
from icalendar import Calendar

from tests.tools.conftest import write_items
from tools.backends import Backends, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.linux.caldav_backend import SECRET_SERVICE
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoError, UndoJournal

get_reminders = CATALOGUE["get_reminders"].function
complete_spec = CATALOGUE["complete_reminder"]
complete = complete_spec.function


def vtodo(uid: str, summary: str, *lines: str) -> bytes:
    body = "".join(f"{line}\r\n" for line in ("BEGIN:VTODO", f"UID:{uid}", "DTSTAMP:20260401T000000Z",
                                              f"SUMMARY:{summary}", *lines, "END:VTODO"))
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()


ITEMS: dict[str, bytes] = {
    "shopping/milk.ics": vtodo("milk", "Buy milk", "DUE:20260504T180000", "STATUS:NEEDS-ACTION"),
    "shopping/bread.ics": vtodo("bread", "Buy bread"),
    "shopping/eggs.ics": vtodo("eggs", "Buy eggs", "STATUS:COMPLETED", "COMPLETED:20260401T100000Z"),
    "shopping/old.ics": vtodo("old", "Old thing", "COMPLETED:20260401T100000Z"),
    "reminders/rent.ics": vtodo("rent", "Pay rent", "DUE;VALUE=DATE:20260601", "STATUS:IN-PROCESS"),
    "reminders/mum.ics": vtodo("mum", "Call mum", "DUE:20260504T153000Z"),
    "reminders/gone.ics": vtodo("gone", "Cancelled plan", "STATUS:CANCELLED"),
    "reminders/broken.ics": vtodo("broken", "Broken due", "DUE:someday"),
    "personal/event.ics": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:e\r\n"
                           b"DTSTAMP:20260401T000000Z\r\nDTSTART:20260504T100000\r\nSUMMARY:Meeting\r\n"
                           b"END:VEVENT\r\nEND:VCALENDAR\r\n"),
}


pytestmark = pytest.mark.usefixtures("berlin_time")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = write_items(tmp_path / "calendars", ITEMS)
    (folder / "shopping" / "displayname").write_text("Shopping\n")
    return folder


@pytest.fixture
def backends(root: Path, journal: UndoJournal) -> Backends:
    config = ToolsConfig.from_dict({"calendar": {"folder": str(root)}, "reminders": {"folder": str(root)}})
    return build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def todo_of(path: Path):
    return Calendar.from_ical(path.read_bytes()).walk("VTODO")[0]


# Reading.

def test_every_open_reminder_by_due_date(backends: Backends, caplog) -> None:
    assert get_reminders(backends, "", "") == (
        "4 open reminders:\n"
        "- Call mum (due 2026-05-04 17:30) [reminders]\n"
        "- Buy milk (due 2026-05-04 18:00) [Shopping]\n"
        "- Pay rent (due 2026-06-01 00:00) [reminders]\n"
        "- Buy bread [Shopping]"
    )
    assert "Skipping" in caplog.text and "broken.ics" in caplog.text


def test_due_before_and_list_filters(backends: Backends) -> None:
    assert get_reminders(backends, "2026-05-05 00:00:00", "") == (
        "2 open reminders due before 2026-05-05 00:00:\n"
        "- Call mum (due 2026-05-04 17:30) [reminders]\n- Buy milk (due 2026-05-04 18:00) [Shopping]")
    assert get_reminders(backends, "2026-06-01 00:00:00", "reminders").splitlines()[1:] == \
        ["- Call mum (due 2026-05-04 17:30)"]
    for name in ("Shopping", "shopping", " SHOPPING "):
        assert [r.name for r in get_reminders(backends, "", name).items] == ["Buy milk", "Buy bread"]
    assert get_reminders(backends, "2026-01-01 00:00:00", "Shopping") == \
        "No open reminders in list 'Shopping' due before 2026-01-01 00:00."


def test_an_unknown_list_is_an_error_naming_the_lists(backends: Backends) -> None:
    lists = r"the lists are: reminders, Shopping\.$"
    with pytest.raises(ToolError, match=rf"no reminders list called 'Groceries'; {lists}") as caught:
        get_reminders(backends, "", "Groceries")
    assert caught.value.fixable


def test_no_lists_at_all(tmp_path: Path, journal: UndoJournal) -> None:
    config = ToolsConfig.from_dict({"reminders": {"folder": str(tmp_path / "none")}})
    backends = build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")
    assert get_reminders(backends, "", "") == "No open reminders."
    with pytest.raises(ToolError, match="there are no reminder lists yet"):
        get_reminders(backends, "", "x")


# Completing.

def test_exact_name_is_marked_done_and_undo_reopens(backends: Backends, root: Path, journal: UndoJournal) -> None:
    before = snapshot(root)
    preview = complete_spec.preview(backends, "buy milk")
    assert preview.text == "Will mark as done: Buy milk (due 2026-05-04 18:00) [Shopping]"
    assert snapshot(root) == before
    assert complete(backends, "buy milk") == "Marked the reminder 'Buy milk' in list 'Shopping' as done."
    todo = todo_of(root / "shopping" / "milk.ics")
    assert str(todo["status"]) == "COMPLETED" and int(todo["percent-complete"]) == 100
    assert abs((todo.decoded("completed") - datetime.now().astimezone()).total_seconds()) < 60
    assert todo.decoded("completed").utcoffset().total_seconds() == 0
    assert "Buy milk" not in get_reminders(backends, "", "")
    assert {k for k in before if before[k] != snapshot(root)[k]} == {"shopping/milk.ics"}

    assert journal.pending().description == "Marked reminder 'Buy milk' in list 'Shopping' as done"
    journal.undo_last()
    assert snapshot(root) == before
    assert "Buy milk" in get_reminders(backends, "", "")


def test_fuzzy_and_ambiguous_names(backends: Backends, root: Path, journal: UndoJournal) -> None:
    assert complete(backends, "pay the rent") == "Marked the reminder 'Pay rent' in list 'reminders' as done."
    assert str(todo_of(root / "reminders" / "rent.ics")["status"]) == "COMPLETED"
    before = snapshot(root)
    with pytest.raises(ToolError, match=r"Several open reminders match 'buy': 'Buy (milk|bread)' \[Shopping\]"):
        complete(backends, "buy")
    with pytest.raises(ToolError, match="No open reminder matches 'walk the dog'"):
        complete(backends, "walk the dog")
    with pytest.raises(ToolError, match="No open reminder matches .buy eggs."):
        complete(backends, "buy eggs")  # done already: never reopened or completed twice
    assert snapshot(root) == before and len(journal.entries()) == 1


def test_a_reminder_changed_since_the_read_is_left_alone(backends: Backends, root: Path,
                                                         journal: UndoJournal) -> None:
    [bread] = [r for r in backends.reminders.open_reminders("shopping") if r.name == "Buy bread"]
    changed = ITEMS["shopping/bread.ics"].replace(b"Buy bread", b"Buy rye bread")
    (root / "shopping" / "bread.ics").write_bytes(changed)
    with pytest.raises(ToolError, match="was changed since Errand read it"):
        backends.reminders.complete(bread)
    assert (root / "shopping" / "bread.ics").read_bytes() == changed and journal.entries() == []


def test_undo_does_not_overwrite_a_later_edit(backends: Backends, root: Path, journal: UndoJournal) -> None:
    complete(backends, "Buy bread")
    (root / "shopping" / "bread.ics").write_bytes(b"edited elsewhere\n")
    with pytest.raises(UndoError, match="was changed after Errand wrote it"):
        journal.undo_last()
    assert (root / "shopping" / "bread.ics").read_bytes() == b"edited elsewhere\n"


HOSTILE = ["O'Brien \"quoted\"", "line\r\nbreak", "nul\x00byte", "--x", "x" * 20000, "../x", "../shopping",
           "/etc/passwd", ".", "..", "*", ""]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_names_and_lists_are_refused_or_harmless(backends: Backends, root: Path, tmp_path: Path,
                                                         value: str) -> None:
    before = snapshot(root)
    for call in (lambda: get_reminders(backends, "", value), lambda: get_reminders(backends, value, ""),
                 lambda: complete_spec.preview(backends, value).text):
        try:
            assert isinstance(call(), str)
        except ToolError:
            pass
    with pytest.raises(ToolError):
        complete(backends, value)
    assert snapshot(root) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendars", "undo.sqlite3"]


# CalDAV (Radicale).

@pytest.fixture
def dav_backends(radicale, memory_keyring, journal: UndoJournal) -> Backends:
    secrets = SecretStore()
    secrets.set(SECRET_SERVICE, radicale.user, radicale.password)
    config = ToolsConfig.from_dict(
        {"reminders": {"backend": "caldav", "caldav_url": radicale.url, "caldav_user": radicale.user}})
    return build_backends(config, secrets=secrets, journal=journal, platform="linux")


@pytest.fixture
def server_list(radicale) -> Iterator[caldav.Calendar]:
    """A fresh to-do list holding ITEMS' to-dos (UIDs made unique, so other lists on the server never clash)."""
    client = caldav.DAVClient(radicale.url, username=radicale.user, password=radicale.password)
    tasks = client.principal().make_calendar(name=f"Errands {uuid.uuid4().hex[:6]}",
                                             supported_calendar_component_set=["VTODO"])
    for name, data in ITEMS.items():
        if "VTODO" in data.decode() and name != "reminders/broken.ics":  # a server refuses a broken item
            tasks.save_todo(data.decode().replace("UID:", f"UID:{uuid.uuid4().hex}-"))
    yield tasks
    tasks.delete()


def test_caldav_lists_and_completes_with_undo(dav_backends: Backends, server_list, journal: UndoJournal) -> None:
    label = server_list.get_display_name()
    answer = get_reminders(dav_backends, "", label.upper())
    assert answer == (f"4 open reminders in list {label.upper()!r}:\n- Call mum (due 2026-05-04 17:30)\n"
                      "- Buy milk (due 2026-05-04 18:00)\n- Pay rent (due 2026-06-01 00:00)\n- Buy bread")
    unknown = "no reminders list called 'Nope' on the CalDAV server; its lists are: "
    with pytest.raises(ToolError, match=f"{unknown}.*{label}"):
        get_reminders(dav_backends, "", "Nope")

    assert complete(dav_backends, "call mum") == f"Marked the reminder 'Call mum' in list '{label}' as done."
    [mum] = [t for t in server_list.todos(include_completed=True) if "Call mum" in t.data]
    assert "STATUS:COMPLETED" in mum.data and "PERCENT-COMPLETE:100" in mum.data
    assert "Call mum" not in get_reminders(dav_backends, "", label)

    assert journal.undo_last().startswith("Reopened")
    assert "Call mum" in get_reminders(dav_backends, "", label)
    mum.load()
    assert "STATUS:COMPLETED" not in mum.data


def test_caldav_leaves_a_reminder_changed_on_the_server(dav_backends: Backends, server_list,
                                                        journal: UndoJournal) -> None:
    [bread] = [r for r in dav_backends.reminders.open_reminders(server_list.get_display_name())
               if r.name == "Buy bread"]
    item = server_list.todo_by_uid(next(t.icalendar_component["uid"] for t in server_list.todos()
                                        if "Buy bread" in t.data))
    item.data = item.data.replace("SUMMARY:Buy bread", "SUMMARY:Buy rye bread")
    item.save()
    with pytest.raises(ToolError, match="changed since Errand read it"):
        dav_backends.reminders.complete(bread)
    assert journal.entries() == []
    with pytest.raises(ToolError, match="Several open reminders match 'buy'"):
        complete(dav_backends, "buy")

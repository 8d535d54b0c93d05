"""CalDAV (events, VTODO) and CardDAV against a real Radicale server on loopback."""

from __future__ import annotations

import base64
import urllib.request
import uuid
from datetime import date, datetime

import caldav
import pytest
from icalendar import Calendar

from tools.backends import Event, Reminder, ToolError
from tools.linux.caldav_backend import (
    SECRET_SERVICE as CALDAV_SECRET,
)
from tools.linux.caldav_backend import (
    CalDavAccount,
    CalDavCalendar,
    CalDavReminders,
)
from tools.linux.carddav import SECRET_SERVICE as CARDDAV_SECRET
from tools.linux.carddav import CardDavAddressBook
from tools.linux.contacts import ContactBook
from tools.secrets import SecretStore


@pytest.fixture
def secrets(memory_keyring, radicale) -> SecretStore:
    store = SecretStore()
    store.set(CALDAV_SECRET, radicale.user, radicale.password)
    store.set(CARDDAV_SECRET, radicale.user, radicale.password)
    return store


@pytest.fixture
def calendars(radicale):
    """Two fresh collections on the server: an events calendar and a tasks list, with unique names."""
    client = caldav.DAVClient(radicale.url, username=radicale.user, password=radicale.password)
    principal = client.principal()
    suffix = uuid.uuid4().hex[:6]
    work = principal.make_calendar(name=f"Work {suffix}", supported_calendar_component_set=["VEVENT"])
    tasks = principal.make_calendar(name=f"Tasks {suffix}", supported_calendar_component_set=["VTODO"])
    yield work, tasks
    work.delete()
    tasks.delete()


def _read(obj) -> Calendar:
    obj.load()
    return Calendar.from_ical(obj.data)


def test_event_and_reminder_round_trip_with_undo(radicale, secrets, calendars, journal) -> None:
    work, tasks = calendars
    account = CalDavAccount(radicale.url, radicale.user, secrets)
    calendar = CalDavCalendar(account, "", journal)
    answer = calendar.create_event(Event(
        "Budget call", datetime(2026, 3, 2, 15), datetime(2026, 3, 2, 16), "Zoom", ("ann@example.org",),
        "Q2 numbers", work.get_display_name(),
    ))
    label = work.get_display_name()
    assert answer == f"Event 'Budget call' on 2026-03-02 15:00-16:00 in calendar '{label}' with 1 invitee created."
    [saved] = work.events()
    vevent = _read(saved).walk("VEVENT")[0]
    assert vevent.decoded("dtstart") == datetime(2026, 3, 2, 15)
    assert str(vevent["attendee"]) == "mailto:ann@example.org"
    assert str(vevent["location"]) == "Zoom" and str(vevent["description"]) == "Q2 numbers"

    reminders = CalDavReminders(account, tasks.get_display_name(), journal)
    reminders.create_reminder(Reminder("File taxes", datetime(2026, 4, 15), "", "", 1, True))
    [todo] = tasks.todos()
    vtodo = _read(todo).walk("VTODO")[0]
    assert vtodo.decoded("due") == date(2026, 4, 15) and int(vtodo["priority"]) == 1

    assert journal.undo_last().startswith("Deleted")
    assert tasks.todos() == []
    assert journal.undo_last().startswith("Deleted")
    assert work.events() == []


def test_undo_leaves_an_event_edited_on_the_server(radicale, secrets, calendars, journal) -> None:
    work, _ = calendars
    calendar = CalDavCalendar(CalDavAccount(radicale.url, radicale.user, secrets), work.get_display_name(), journal)
    calendar.create_event(Event("Dentist", datetime(2026, 3, 3, 9), datetime(2026, 3, 3, 10)))
    [saved] = work.events()
    saved.load()
    saved.icalendar_component["summary"] = "Dentist (moved)"
    saved.save()
    with pytest.raises(ToolError, match="was changed on the server after Errand saved it"):
        journal.undo_last()
    assert len(work.events()) == 1


def test_unknown_calendar_lists_the_real_ones(radicale, secrets, calendars, journal) -> None:
    calendar = CalDavCalendar(CalDavAccount(radicale.url, radicale.user, secrets), "", journal)
    existing = calendars[0].get_display_name().lower()
    with pytest.raises(ToolError, match=f"no calendar called 'Holidays'.*{existing}"):
        calendar.create_event(Event("x", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10), calendar="Holidays"))
    assert journal.entries() == []


def test_wrong_password_says_where_to_fix_it(radicale, memory_keyring, journal) -> None:
    store = SecretStore()
    store.set(CALDAV_SECRET, radicale.user, "wrong")
    store.set(CARDDAV_SECRET, radicale.user, "wrong")
    calendar = CalDavCalendar(CalDavAccount(radicale.url, radicale.user, store), "", journal)
    with pytest.raises(ToolError, match="refused the login for user alice.*keyring \\(service errand-caldav\\)"):
        calendar.create_event(Event("x", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 10)))
    with pytest.raises(ToolError, match="refused the login for user alice.*errand-carddav"):
        ContactBook(CardDavAddressBook(radicale.url, radicale.user, store)).email_address("Ann")


def test_unreachable_servers_give_a_clear_observation(memory_keyring, journal, dead_url) -> None:
    url = dead_url
    calendar = CalDavReminders(CalDavAccount(url, "alice", SecretStore()), "", journal)
    with pytest.raises(ToolError, match=f"Cannot reach the CalDAV server {url}.*URL in settings"):
        calendar.create_reminder(Reminder("x", None))
    with pytest.raises(ToolError, match=f"Cannot reach the CardDAV server {url}"):
        ContactBook(CardDavAddressBook(url, "alice", SecretStore())).phone_number("Ann")


def _dav(radicale, method: str, path: str, body: bytes, content_type: str) -> None:
    token = base64.b64encode(f"{radicale.user}:{radicale.password}".encode()).decode()
    request = urllib.request.Request(radicale.url + path, data=body, method=method, headers={
        "Authorization": f"Basic {token}", "Content-Type": content_type,
    })
    with urllib.request.urlopen(request) as response:
        assert response.status in (200, 201, 204)


def _address_book(radicale) -> str:
    book = f"{radicale.user}/book-{uuid.uuid4().hex[:6]}/"
    _dav(radicale, "MKCOL", book, b"""<?xml version="1.0"?>
<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype></d:prop></d:set></d:mkcol>""", "application/xml")
    for uid, name, email, phone in (("1", "Ann Lee", "ann@example.org", "+1 555 0100"),
                                    ("2", "Bob Ray", "bob@example.org", "+1 555 0199")):
        card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nEMAIL:{email}\r\n"
                f"TEL;TYPE=CELL:{phone}\r\nEND:VCARD\r\n")
        _dav(radicale, "PUT", f"{book}{uid}.vcf", card.encode(), "text/vcard")
    return book


def test_carddav_lookup(radicale, secrets) -> None:
    book = _address_book(radicale)
    try:
        for url in (radicale.url, radicale.url + book):
            contacts = ContactBook(CardDavAddressBook(url, radicale.user, secrets))
            assert contacts.email_address("Ann") == "ann@example.org"
            assert contacts.phone_number("bob ray") == "+1 555 0199"
    finally:
        _dav(radicale, "DELETE", book, b"", "text/plain")


def test_carddav_rediscovers_after_the_address_book_moves(radicale, secrets) -> None:
    first = _address_book(radicale)
    contacts = ContactBook(CardDavAddressBook(radicale.url, radicale.user, secrets))
    assert contacts.email_address("Ann Lee") == "ann@example.org"
    _dav(radicale, "DELETE", first, b"", "text/plain")
    with pytest.raises(ToolError, match="answered 404"):
        contacts.email_address("Ann Lee")
    second = _address_book(radicale)
    try:
        assert contacts.email_address("Ann Lee") == "ann@example.org"
    finally:
        _dav(radicale, "DELETE", second, b"", "text/plain")

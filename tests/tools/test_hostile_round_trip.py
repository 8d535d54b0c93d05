"""What a tool reports is what it stored: hostile values driven through the Linux backends and read back.

tests/tools/test_hostile_inputs.py proves that no hostile value runs as code or crashes a tool; this suite checks
the other half. For each hostile value in each free-text argument, a tool either raises a ToolError whose message
is a sentence, or stores (or sends) exactly what its observation says, as the real read tools give it back:

- notes (Markdown files): open_note returns created and appended content byte for byte (plus the documented final
  newline); a note name is stored as the observation names it, and open_note by the given name finds it;
  remove_note_content removes only the lines its preview listed, every other byte staying as it was;
- calendar events and reminders on a vdir folder and on a real Radicale server: get_calendar_events and
  get_reminders list the title, place and name as the creation reported them; a refused value stores nothing;
- contacts (a .vcf file): get_email_address / get_phone_number give back what add_contact said it added;
- mail through a real SMTP server (aiosmtpd): the received Subject and body are the ones the observation reports;
- SMS through the recording kdeconnect-cli stand-in: the message travels as one argument, unchanged;
- find_emails (real Dovecot), get_calendar_events and delete_calendar_event queries: a hostile query matches only
  items that really contain it (never everything), and a deletion removes exactly what its preview listed.
"""

from __future__ import annotations

import ast
import email
import re
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import caldav
import pytest
from aiosmtpd.controller import Controller
from icalendar import Calendar

from tests.tools.comms import conftest as comms
from tools.backends import Backends, FoundEvent, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.linux.caldav_backend import SECRET_SERVICE as CALDAV_SECRET
from tools.linux.mail_search import plain
from tools.linux.mail_settings import IMAP_SERVICE
from tools.listing import Listing, event_line
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.spec import Preview
from tools.undo import UndoJournal

# Dovecot (a real IMAP server) and its certificate, shared with the mail tests.
tls_certificate = comms.tls_certificate
dovecot = comms.dovecot

HOSTILE: dict[str, str] = {
    "quotes": "O'Brien \"quoted\" \\ back\\\\slash",
    "crlf": "line one\nline two\r\nline three\rfour",
    "tab": "tab\there",
    "nul": "nul\x00byte",
    "rtl": "\u202egnp.exe",
    "long": "x" * 20_000,
    "help": "--help",
    "dash_e": "-e",
    "mailto": "mailto:a@b.example?bcc=c@d.example",
    "dotdot": "../x",
    "unicode": "Zoë 東京 🙂",
    "format": "%s {0} ${HOME}",
    "wildcard": "*",
}
VALUES = [pytest.param(value, id=name) for name, value in HOSTILE.items()]
DAY = datetime(2031, 3, 3)


def call(backends: Backends, tool: str, *arguments: Any) -> str:
    """The tool's observation (a successful call must answer with text)."""
    observation = CATALOGUE[tool].function(backends, *arguments)
    assert isinstance(observation, str) and observation
    return observation


def refusal(backends: Backends, tool: str, *arguments: Any) -> str | None:
    """The tool's observation, or None when it raised a ToolError that reads as a sentence (no traceback)."""
    try:
        return call(backends, tool, *arguments)
    except ToolError as error:
        assert_sentence(str(error))
        return None


def assert_sentence(message: str) -> None:
    assert message.strip() and message.rstrip()[-1] in ".?!)'\"", f"not a sentence: {message[:300]!r}"
    assert "Traceback" not in message and 'File "' not in message, message[:300]


def reported(pattern: str, observation: str) -> str:
    """The quoted value the observation reports (`pattern` has one group for it)."""
    match = re.match(pattern, observation, re.DOTALL)
    assert match, f"unexpected observation: {observation[:300]!r}"
    return match.group(1)


def with_final_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def local_backends(tmp_path: Path, journal: UndoJournal) -> Backends:
    """Notes, vdir calendar and reminders, and a .vcf file, all inside tmp_path."""
    (tmp_path / "contacts.vcf").write_text("")
    config = ToolsConfig.from_dict({
        "contacts": {"vcard_paths": [str(tmp_path / "contacts.vcf")]},
        "calendar": {"folder": str(tmp_path / "calendars")},
        "reminders": {"folder": str(tmp_path / "calendars")},
        "notes": {"folder": str(tmp_path / "notes")},
    })
    return build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")


@pytest.fixture
def local(tmp_path: Path, journal: UndoJournal) -> Backends:
    (tmp_path / "notes").mkdir()
    return local_backends(tmp_path, journal)


# Notes ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", VALUES)
def test_note_content_is_stored_and_read_back_exactly(local: Backends, value: str) -> None:
    created = call(local, "create_note", "Hostile", value, "")
    assert created == "Note 'Hostile' in the notes folder created."
    assert call(local, "open_note", "Hostile", "") == with_final_newline(value)
    call(local, "append_note_content", "Hostile", value, "")
    assert call(local, "open_note", "hostile", "") == with_final_newline(value) * 2


@pytest.mark.parametrize("value", VALUES)
def test_note_name_is_stored_as_reported_and_found_by_the_given_name(local: Backends, tmp_path: Path,
                                                                     value: str) -> None:
    observation = refusal(local, "create_note", value, "the body", "")
    if observation is None:
        assert list((tmp_path / "notes").rglob("*.md")) == []
        return
    stem = reported(r"Note '(.*)' in the notes folder created\.", observation)
    stored = tmp_path / "notes" / f"{stem}.md"
    shortened = "Its name was shortened" in observation
    expected = f"{value.strip()}\n\nthe body\n" if shortened else "the body\n"
    assert [p.name for p in (tmp_path / "notes").rglob("*.md")] == [stored.name]
    assert stored.read_text(encoding="utf-8") == expected
    assert call(local, "open_note", value, "") == expected
    assert call(local, "open_note", stem, "") == expected


def _removal(local: Backends, tmp_path: Path, value: str) -> tuple[bytes, bytes, Preview]:
    note = tmp_path / "notes" / "Shopping.md"
    original = f"# Shopping\r\n- milk\n- {value}\n* [ ] eggs\nlast line without newline".encode()
    note.write_bytes(original)
    spec = CATALOGUE["remove_note_content"]
    assert spec.preview is not None
    try:
        preview = spec.preview(local, "Shopping", value, "")
        call(local, "remove_note_content", "Shopping", value, "")
    except ToolError as error:
        assert_sentence(str(error))
        return original, note.read_bytes(), Preview("", changes=False)
    return original, note.read_bytes(), preview


def removed_lines(before: list[str], after: list[str]) -> list[str]:
    """The lines of `before` that are not in `after`, provided `after` is `before` with some lines taken out
    (every kept line byte-identical and in its place)."""
    removed, rest = [], iter(after)
    expected = next(rest, None)
    for line in before:
        if line == expected:
            expected = next(rest, None)
        else:
            removed.append(line)
    assert expected is None, f"a kept line changed or moved: {expected!r}"
    return removed


@pytest.mark.parametrize("value", VALUES)
def test_removing_hostile_items_removes_only_the_lines_the_preview_listed(local: Backends, tmp_path: Path,
                                                                        value: str) -> None:
    original, after, preview = _removal(local, tmp_path, value)
    after_lines = after.decode().splitlines(keepends=True)
    removed = removed_lines(original.decode().splitlines(keepends=True), after_lines)
    listed = [line[2:] for line in preview.text.splitlines() if line.startswith("- ")] if preview.changes else []
    assert sorted(line.strip() for line in removed) == sorted(listed)
    for kept in ("# Shopping\r\n", "- milk\n", "* [ ] eggs\n", "last line without newline"):
        assert kept in after_lines


# Calendar events and reminders (vdir folder and Radicale) ---------------------------------------------------

EVENT_FIELDS = ("title", "location", "notes")


def event_arguments(title: str, location: str, notes: str, start: datetime) -> list[Any]:
    return [title, f"{start:%Y-%m-%d %H:%M:%S}", "", location, [], notes, ""]


def listed_events(backends: Backends, start: datetime, query: str = "") -> tuple[FoundEvent, ...]:
    listing = call(backends, "get_calendar_events", f"{start:%Y-%m-%d %H:%M:%S}",
                   f"{start + timedelta(days=1):%Y-%m-%d %H:%M:%S}", query)
    assert isinstance(listing, Listing)
    for event in listing.items:  # the text shows each item as it was read
        assert event_line(event) in listing
    return tuple(listing.items)


def stored_text(value: str) -> str:
    """A text value as iCalendar stores it: line breaks (CRLF, CR) are LF."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def check_event_round_trip(backends: Backends, start: datetime, title: str, location: str, notes: str) -> None:
    observation = refusal(backends, "create_calendar_event", *event_arguments(title, location, notes, start))
    events = listed_events(backends, start)
    if observation is None:
        assert events == ()
        return
    shown = reported(r"Event '(.*)' on \d{4}-\d\d-\d\d \d\d:\d\d-\d\d:\d\d in calendar '[^']*' created\.$",
                     observation)
    assert [(e.title, e.location) for e in events] == [(shown, stored_text(location))]
    assert shown == stored_text(title)


@pytest.mark.parametrize("field", EVENT_FIELDS)
@pytest.mark.parametrize("value", VALUES)
def test_vdir_event_lists_what_its_creation_reported(local: Backends, tmp_path: Path, value: str,
                                                     field: str) -> None:
    values = {name: (value if name == field else f"benign {name}") for name in EVENT_FIELDS}
    check_event_round_trip(local, DAY, values["title"], values["location"], values["notes"])
    stored = list((tmp_path / "calendars").rglob("*.ics"))
    if field == "notes" and stored:  # no read tool shows the notes: the stored item must hold them
        [event] = Calendar.from_ical(stored[0].read_bytes()).walk("VEVENT")
        assert str(event["description"]) == stored_text(value)


def check_reminder_round_trip(backends: Backends, name: str) -> None:
    observation = refusal(backends, "create_reminder", name, "", "", "", 0, False)
    listing = call(backends, "get_reminders", "", "")
    assert isinstance(listing, Listing)
    names = [reminder.name for reminder in listing.items]
    if observation is None:
        assert stored_text(name) not in names
        return
    shown = reported(r"Reminder '(.*)' in list '[^']*' created\.$", observation)
    assert shown == stored_text(name) and shown in names


@pytest.mark.parametrize("value", VALUES)
def test_vdir_reminder_lists_what_its_creation_reported(local: Backends, value: str) -> None:
    check_reminder_round_trip(local, value)


@pytest.fixture(scope="module")
def radicale_lists(radicale: Any) -> Iterator[tuple[str, str]]:
    """A fresh events calendar and reminders list on the session's Radicale server: (calendar, list) names."""
    client: Any = caldav.DAVClient  # typed by the package as a module attribute, not a class
    principal = client(radicale.url, username=radicale.user, password=radicale.password).principal()
    suffix = uuid.uuid4().hex[:6]
    work = principal.make_calendar(name=f"Hostile {suffix}", supported_calendar_component_set=["VEVENT"])
    tasks = principal.make_calendar(name=f"Hostile tasks {suffix}", supported_calendar_component_set=["VTODO"])
    yield str(work.get_display_name()), str(tasks.get_display_name())
    work.delete()
    tasks.delete()


@pytest.fixture
def dav(radicale: Any, radicale_lists: tuple[str, str], memory_keyring: Any, journal: UndoJournal) -> Backends:
    secrets = SecretStore()
    secrets.set(CALDAV_SECRET, radicale.user, radicale.password)
    server = {"backend": "caldav", "caldav_url": radicale.url, "caldav_user": radicale.user}
    config = ToolsConfig.from_dict({"calendar": {**server, "default_calendar": radicale_lists[0]},
                                    "reminders": {**server, "default_list": radicale_lists[1]}})
    return build_backends(config, secrets=secrets, journal=journal, platform="linux")


@pytest.mark.parametrize("value", VALUES)
def test_radicale_event_and_reminder_list_what_their_creation_reported(dav: Backends, value: str) -> None:
    start = DAY + timedelta(days=2 * list(HOSTILE.values()).index(value) + 10)  # a day of its own on the server
    check_event_round_trip(dav, start, value, value, value)
    check_reminder_round_trip(dav, value)


# Contacts ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", VALUES)
def test_contact_name_gives_back_what_was_added(local: Backends, tmp_path: Path, value: str) -> None:
    observation = refusal(local, "add_contact", value, "zoe@example.org", "+1 555 0100")
    if observation is None:
        assert (tmp_path / "contacts.vcf").read_text() == ""
        return
    person = reported(r"Added the contact (.*) \(zoe@example\.org, \+1 555 0100\) to .*\.$", observation)
    assert person == " ".join(value.split())
    assert call(local, "get_email_address", person) == "zoe@example.org"
    assert call(local, "get_phone_number", value) == "+1 555 0100"


@pytest.mark.parametrize("field", ["email", "phone"])
@pytest.mark.parametrize("value", VALUES)
def test_contact_address_and_number_give_back_what_was_added(local: Backends, value: str, field: str) -> None:
    email_address, phone = (value, "") if field == "email" else ("", value)
    observation = refusal(local, "add_contact", "Ann Hostile", email_address, phone)
    lookup = "get_email_address" if field == "email" else "get_phone_number"
    if observation is None:
        with pytest.raises(ToolError, match="No contacts found|No contact named"):
            call(local, lookup, "Ann Hostile")
        return
    added = reported(r"Added the contact Ann Hostile \((.*)\) to .*\.$", observation)
    assert call(local, lookup, "Ann Hostile") == added == value.strip()


# Mail (SMTP) and SMS ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def smtp_inbox() -> Iterator[comms.SmtpInbox]:
    inbox = comms.SmtpInbox("127.0.0.1", comms.free_port())
    controller = Controller(inbox, hostname=inbox.host, port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def mail_backends(smtp_inbox: comms.SmtpInbox, journal: UndoJournal) -> Backends:
    smtp_inbox.received.clear()
    config = ToolsConfig.from_dict({"mail": {"mode": "send", "address": "me@example.org", "smtp_host": smtp_inbox.host,
                                             "smtp_port": smtp_inbox.port, "smtp_security": "none"}})
    return build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")


def sent_mail(observation: str) -> tuple[str, str]:
    """(subject, body) as a send observation reports them."""
    subject = reported(r"Sent the email to ann@example\.org, subject ('.*'|\".*\")\. A sent email", observation)
    return ast.literal_eval(subject), observation.partition(" The text sent:\n")[2]


@pytest.mark.parametrize("field", ["subject", "body"])
@pytest.mark.parametrize("value", VALUES)
def test_sent_mail_is_what_the_observation_says(mail_backends: Backends, smtp_inbox: comms.SmtpInbox, value: str,
                                                field: str) -> None:
    subject, body = (value, "the body") if field == "subject" else ("the subject", value)
    observation = refusal(mail_backends, "compose_new_email", ["ann@example.org"], [], subject, body, [])
    if observation is None:
        assert smtp_inbox.received == []
        return
    [(sender, recipients, data)] = smtp_inbox.received
    assert (sender, recipients) == ("me@example.org", ["ann@example.org"])
    message = email.message_from_bytes(data, policy=default_policy)
    assert isinstance(message, EmailMessage)
    text = message.get_body(preferencelist=("plain",))
    assert text is not None
    body = str(text.get_content()).replace("\r\n", "\n").strip()  # SMTP carries every line break as CRLF
    assert (str(message["Subject"]), body) == sent_mail(observation)
    assert message["Bcc"] is None and message["Cc"] is None


@pytest.fixture
def kdeconnect(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> comms.StandIn:
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("KDECONNECT_DEVICES", "phone1")
    return comms.install_standin(folder, "kdeconnect-cli", comms.STANDINS / "kdeconnect_cli.py", monkeypatch)


@pytest.mark.parametrize("value", VALUES)
def test_sms_message_travels_as_one_unchanged_argument(local: Backends, kdeconnect: comms.StandIn,
                                                       value: str) -> None:
    observation = refusal(local, "send_sms", ["+15550100"], value)
    sent = [c["argv"] for c in kdeconnect.calls() if "--send-sms" in c["argv"]]
    if observation is None:
        assert sent == []
        return
    assert observation.startswith("Sent the SMS to +15550100 ")
    assert sent == [["-d", "phone1", "--send-sms", value, "--destination", "+15550100"]]


# Queries: find_emails, get_calendar_events, delete_calendar_event -----------------------------------------------

SEEDED_MAIL = [
    ("Carol <carol@example.org>", "Lunch plans", "See you at noon."),
    ("Dan <dan@example.org>", "Quarterly report", "Numbers attached."),
]


@pytest.fixture(scope="module")
def seeded_imap(dovecot: comms.DovecotServer) -> list[bytes]:
    """The inbox holds exactly SEEDED_MAIL (raw, hand-written messages); their bytes."""
    account = comms.ImapAccount(dovecot)
    account.clear()
    raw = [(f"From: {sender}\r\nTo: {comms.ADDRESS}\r\nSubject: {subject}\r\nDate: Mon, 3 Mar 2031 09:00:00 +0000"
            f"\r\nMessage-ID: <{index}@example.org>\r\n\r\n{body}\r\n").encode()
           for index, (sender, subject, body) in enumerate(SEEDED_MAIL)]
    connection = dovecot.login()
    try:
        for data in raw:
            assert connection.append("INBOX", None, None, data)[0] == "OK"
    finally:
        connection.logout()
    return raw


@pytest.fixture
def imap_backends(dovecot: comms.DovecotServer, seeded_imap: list[bytes], memory_keyring: Any,
                  journal: UndoJournal) -> Backends:
    secrets = SecretStore()
    secrets.set(IMAP_SERVICE, comms.USER, comms.PASSWORD)
    config = ToolsConfig.from_dict({"mail": {"address": comms.ADDRESS, "imap_host": dovecot.host,
                                             "imap_port": dovecot.port, "imap_security": "none",
                                             "imap_user": comms.USER}})
    return build_backends(config, secrets=secrets, journal=journal, platform="linux")


@pytest.mark.parametrize("field", ["sender", "query"])
@pytest.mark.parametrize("value", VALUES)
def test_hostile_mail_searches_match_only_what_contains_them(imap_backends: Backends, seeded_imap: list[bytes],
                                                             value: str, field: str) -> None:
    sender, query = (value, "") if field == "sender" else ("", value)
    listing = refusal(imap_backends, "find_emails", sender, query, "", False)
    if listing is None:
        return
    assert isinstance(listing, Listing)
    words = [plain(sender).casefold()] if field == "sender" else plain(query).casefold().split()
    possible = {subject for (_, subject, _), data in zip(SEEDED_MAIL, seeded_imap, strict=True)
                if all(word in data.decode().casefold() for word in words)}
    assert {found.subject for found in listing.items} <= possible


def test_mail_searches_find_the_seeded_mail(imap_backends: Backends) -> None:
    """The control for the test above: the search does find what it should, so an empty answer means something."""
    for sender, query in (("carol", ""), ("", "lunch"), ("", "NUMBERS attached"), ("dan@example.org", "report")):
        listing = call(imap_backends, "find_emails", sender, query, "", False)
        assert isinstance(listing, Listing) and len(listing.items) == 1, listing


CALENDAR_SEED = [("Lunch with Ann", "Café Zoë"), ("Dentist", "")]


def seed_events(backends: Backends) -> None:
    for index, (title, location) in enumerate(CALENDAR_SEED):
        call(backends, "create_calendar_event", *event_arguments(title, location, "", DAY + timedelta(hours=9 + index)))


def could_match(event: FoundEvent, query: str) -> bool:
    """Whether the event contains every word of the query (a looser reading than the tool's own: words as any
    run of letters and digits, filler words kept), so the check does not simply repeat the implementation."""
    haystack = " ".join((event.title, event.location, *event.attendees)).casefold()
    words = re.findall(r"\w+", query.casefold())
    return bool(words) and all(word in haystack for word in words)


@pytest.mark.parametrize("value", VALUES)
def test_hostile_event_queries_match_only_what_contains_them(local: Backends, value: str) -> None:
    seed_events(local)
    every = listed_events(local, DAY)
    assert len(every) == len(CALENDAR_SEED)
    found = refusal(local, "get_calendar_events", f"{DAY:%Y-%m-%d %H:%M:%S}",
                    f"{DAY + timedelta(days=1):%Y-%m-%d %H:%M:%S}", value)
    if found is None:
        return
    assert isinstance(found, Listing)
    assert all(could_match(event, value) for event in found.items), found


@pytest.mark.parametrize("value", VALUES)
def test_hostile_deletion_removes_exactly_what_its_preview_listed(local: Backends, value: str) -> None:
    """A hostile event among benign ones, deleted by its own title: the preview lists what goes, and only that
    goes (never every event in the range)."""
    seed_events(local)
    refusal(local, "create_calendar_event", *event_arguments(value, "", "", DAY + timedelta(hours=14)))
    before = listed_events(local, DAY)
    arguments = (value, f"{DAY:%Y-%m-%d %H:%M:%S}", f"{DAY + timedelta(days=1):%Y-%m-%d %H:%M:%S}")
    spec = CATALOGUE["delete_calendar_event"]
    assert spec.preview is not None
    try:
        preview = spec.preview(local, *arguments)
        observation = call(local, "delete_calendar_event", *arguments)
    except ToolError as error:
        assert_sentence(str(error))
        assert listed_events(local, DAY) == before
        return
    after = listed_events(local, DAY)
    gone = sorted((event for event in before if event not in after), key=lambda e: (e.start, e.end, e.title))
    if not gone:
        assert not preview.changes and observation.startswith("No event matches")
        return
    plural = "s" if len(gone) != 1 else ""
    assert preview.text == f"Will delete {len(gone)} event{plural}:\n" + "\n".join(event_line(e) for e in gone)
    assert all(could_match(event, value) for event in gone)
    assert len(after) >= len(CALENDAR_SEED), f"benign events were deleted: {observation[:300]!r}"

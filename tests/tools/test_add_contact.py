"""add_contact through the real tool function, on every contacts source: one .vcf file, a folder of card files
(vdirsyncer), a real CardDAV server (Radicale) and Contacts.app (a recording stand-in osascript). A new contact
or an added address is then found by get_email_address / get_phone_number, and undo gives back exactly what was
there before."""

from __future__ import annotations

import base64
import urllib.request
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import vobject

from tools.backends import Backends, ToolError
from tools.catalogue import CATALOGUE
from tools.config import ToolsConfig
from tools.linux.carddav import SECRET_SERVICE
from tools.macos.contacts import AppleContacts
from tools.macos.osascript import FIELD, RECORD
from tools.platform import build_backends
from tools.secrets import SecretStore
from tools.undo import UndoError, UndoJournal

add_contact = CATALOGUE["add_contact"].function
get_email = CATALOGUE["get_email_address"].function
get_phone = CATALOGUE["get_phone_number"].function

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ann\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEMAIL;TYPE=PREF:ann@example.org\r\n"
    "TEL;TYPE=CELL:+1 555 0100\r\nX-CUSTOM;X-PARAM=kept:as the user's app wrote it\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:bob\r\nFN:Bob Ray\r\nEMAIL:bob@example.org\r\nEND:VCARD\r\n"
)


def contacts_backends(journal: UndoJournal, **contacts: object) -> Backends:
    config = ToolsConfig.from_dict({"contacts": contacts})
    return build_backends(config, secrets=SecretStore(), journal=journal, platform="linux")


@pytest.fixture
def card_file(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(CARDS.encode())
    return path


@pytest.fixture
def backends(card_file: Path, journal: UndoJournal) -> Backends:
    return contacts_backends(journal, vcard_paths=[str(card_file)])


def text_of(path: Path) -> str:
    return path.read_bytes().decode()  # line endings as written (read_text would turn CRLF into LF)


def parsed(path: Path) -> list[vobject.base.Component]:
    return list(vobject.readComponents(path.read_text()))


# One .vcf file.

def test_new_contact_is_appended_found_and_undone(backends: Backends, card_file: Path,
                                                  journal: UndoJournal) -> None:
    answer = add_contact(backends, "Carol  Diaz", "carol@example.org", "+44 20 7946 0000")
    assert answer == f"Added the contact Carol Diaz (carol@example.org, +44 20 7946 0000) to {card_file}."
    assert get_email(backends, "carol diaz") == "carol@example.org"
    assert get_phone(backends, "Carol") == "+44 20 7946 0000"
    data = card_file.read_bytes()
    assert data.startswith(CARDS.encode()) and b"\r\n" in data[len(CARDS):] and b"\n\n" not in data
    carol = parsed(card_file)[-1]
    assert carol.version.value == "3.0" and carol.n.value.family == "Diaz" and carol.n.value.given == "Carol"
    assert uuid.UUID(carol.uid.value)
    assert journal.undo_last() == f"Restored the previous text of {card_file}."
    assert card_file.read_bytes() == CARDS.encode()
    with pytest.raises(ToolError, match="No contact named 'Carol Diaz'"):
        get_email(backends, "Carol Diaz")


def test_an_email_is_added_to_the_existing_card_only(backends: Backends, card_file: Path,
                                                     journal: UndoJournal) -> None:
    answer = add_contact(backends, "ann lee", "ann.work@example.org", "")
    assert answer == "Added ann.work@example.org to the contact Ann Lee."
    text = text_of(card_file)
    assert text == CARDS.replace("as the user's app wrote it\r\n", "as the user's app wrote it\r\n"
                                 "EMAIL:ann.work@example.org\r\n")
    assert get_email(backends, "Ann Lee") == "ann@example.org"  # the preferred one stays first
    assert backends.contacts.lookup("Ann Lee").emails == ("ann@example.org", "ann.work@example.org")
    journal.undo_last()
    assert card_file.read_bytes() == CARDS.encode()


def test_a_number_on_a_vcard_4_card_is_text_and_found(backends: Backends, card_file: Path) -> None:
    assert add_contact(backends, "Bob Ray", "", "+1 555 0199") == "Added +1 555 0199 to the contact Bob Ray."
    assert "TEL;TYPE=cell;VALUE=text:+1 555 0199\r\nEND:VCARD" in text_of(card_file)
    assert get_phone(backends, "bob") == "+1 555 0199"


def test_an_address_or_number_already_there_is_not_added_twice(backends: Backends, card_file: Path,
                                                               journal: UndoJournal) -> None:
    assert add_contact(backends, "Ann Lee", "ANN@example.org", "+15550100") == \
        "Ann Lee already has ANN@example.org and +15550100; nothing was changed."
    assert add_contact(backends, "Ann Lee", "ann@example.org", "+1 555 0111") == \
        "Added +1 555 0111 to the contact Ann Lee (ann@example.org was already there)."
    assert text_of(card_file).count("ann@example.org") == 1
    assert len(journal.entries()) == 1
    with pytest.raises(ToolError, match="already a contact; give an email address or phone number"):
        add_contact(backends, "Ann Lee", "", "")


def test_two_contacts_of_one_name_are_not_guessed_between(tmp_path: Path, journal: UndoJournal) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS + CARDS.replace("UID:ann", "UID:ann2").replace("ann@", "ann2@"))
    before = path.read_bytes()
    with pytest.raises(ToolError, match="There are 2 contacts named Ann Lee"):
        add_contact(contacts_backends(journal, vcard_paths=[str(path)]), "Ann Lee", "a@example.org", "")
    assert path.read_bytes() == before


def test_a_file_with_lf_lines_and_no_final_newline_keeps_its_style(tmp_path: Path, journal: UndoJournal) -> None:
    path = tmp_path / "contacts.vcf"
    original = "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë Brandt\nTEL:+49 30 1234567\nEND:VCARD"
    path.write_text(original)
    backends = contacts_backends(journal, vcard_paths=[str(path)])
    add_contact(backends, "Zoë Brandt", "zoe@example.org", "")
    add_contact(backends, "Dan Ng", "dan@example.org", "")
    text = text_of(path)
    assert "\r" not in text and text.startswith(original.replace("END:VCARD", "EMAIL:zoe@example.org\nEND:VCARD\n"))
    assert get_email(backends, "Zoë") == "zoe@example.org" and get_email(backends, "Dan Ng") == "dan@example.org"
    journal.undo_last()
    journal.undo_last()
    assert path.read_text() == original


def test_a_contacts_file_not_there_yet_is_created_and_undo_deletes_it(tmp_path: Path,
                                                                     journal: UndoJournal) -> None:
    path = tmp_path / "data" / "contacts.vcf"
    backends = contacts_backends(journal, vcard_paths=[str(path)])
    add_contact(backends, "Eve Ito", "", "+81 3 1234 5678")
    assert get_phone(backends, "Eve Ito") == "+81 3 1234 5678"
    assert journal.undo_last() == f"Deleted {path}."
    assert not path.exists()


def test_parallel_adds_keep_every_contact(backends: Backends, card_file: Path) -> None:
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda i: add_contact(backends, f"Person {i}", f"p{i}@example.org", ""), range(12)))
    assert {get_email(backends, f"Person {i}") for i in range(12)} == {f"p{i}@example.org" for i in range(12)}


def test_undo_leaves_a_file_edited_afterwards(backends: Backends, card_file: Path, journal: UndoJournal) -> None:
    add_contact(backends, "Carol Diaz", "carol@example.org", "")
    card_file.write_text(text_of(card_file) + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Own Edit\r\nEND:VCARD\r\n")
    with pytest.raises(UndoError, match="was changed after Errand wrote it"):
        journal.undo_last()
    assert "Own Edit" in text_of(card_file)


def test_a_read_only_source_says_so_and_is_left_alone(card_file: Path, tmp_path: Path,
                                                      journal: UndoJournal) -> None:
    card_file.chmod(0o444)
    backends = contacts_backends(journal, vcard_paths=[str(card_file)])
    for name in ("Ann Lee", "Carol Diaz"):  # an update and a new contact
        with pytest.raises(ToolError, match=f"The contacts file {card_file} is read-only"):
            add_contact(backends, name, "x@example.org", "")
    assert card_file.read_bytes() == CARDS.encode() and journal.entries() == []
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "ann.vcf").write_bytes(CARDS.encode())
    folder.chmod(0o555)
    try:
        with pytest.raises(ToolError, match=f"The contacts folder {folder} is read-only"):
            add_contact(contacts_backends(journal, vcard_paths=[str(folder)]), "Carol Diaz", "x@example.org", "")
        assert [p.name for p in folder.iterdir()] == ["ann.vcf"]
    finally:
        folder.chmod(0o755)


# A folder of card files.

@pytest.fixture
def card_folder(tmp_path: Path) -> Path:
    root = tmp_path / "contacts"
    book = root / "default"
    book.mkdir(parents=True)
    for block in CARDS.split("END:VCARD\r\n")[:-1]:
        uid = block.split("UID:")[1].split("\r\n")[0]
        (book / f"{uid}.vcf").write_bytes((block + "END:VCARD\r\n").encode())
    return root


def test_folder_source_new_card_file_and_update_with_undo(card_folder: Path, journal: UndoJournal) -> None:
    backends = contacts_backends(journal, vcard_paths=[str(card_folder)])
    book = card_folder / "default"
    answer = add_contact(backends, "Carol Diaz", "carol@example.org", "")
    assert answer == f"Added the contact Carol Diaz (carol@example.org) to {book}."
    [new] = [p for p in book.iterdir() if p.stem not in ("ann", "bob")]
    assert new.name == f"{parsed(new)[0].uid.value}.vcf"
    add_contact(backends, "Bob Ray", "bob@work.example", "")
    assert backends.contacts.lookup("Bob Ray").emails == ("bob@example.org", "bob@work.example")
    assert get_email(backends, "Carol Diaz") == "carol@example.org"
    before_bob = CARDS.split("END:VCARD\r\n")[1] + "END:VCARD\r\n"
    assert journal.undo_last() == f"Restored the previous text of {book / 'bob.vcf'}."
    assert (book / "bob.vcf").read_bytes() == before_bob.encode()
    assert journal.undo_last() == f"Deleted {new}."
    assert sorted(p.name for p in book.iterdir()) == ["ann.vcf", "bob.vcf"]


HOSTILE_NAMES = ["O'Brien \"Bob\" \\ back\\slash", "--x", "mailto:a@b?bcc=c@d", "../x", "Lee; Ann, Jr.",
                 "%s ${HOME} $(id) Zoë 東京 🙂 \u202egnp.exe"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_are_stored_exactly_inside_the_folder(card_folder: Path, tmp_path: Path,
                                                            journal: UndoJournal, name: str) -> None:
    backends = contacts_backends(journal, vcard_paths=[str(card_folder)])
    add_contact(backends, name, "h@example.org", "+1 555 0123")
    assert backends.contacts.lookup(name).full_name == name
    assert get_email(backends, name) == "h@example.org"
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(card_folder)]
    assert sorted(p.name for p in outside) == ["undo.sqlite3"]
    [card] = [c for p in card_folder.rglob("*.vcf") for c in parsed(p) if c.fn.value == name]
    assert " ".join([card.n.value.given, card.n.value.family]).strip() == name


@pytest.mark.parametrize("name, email, phone, problem", [
    ("line one\nline two", "", "", None),  # spacing collapsed: stored as "line one line two"
    ("line one\r\nline two", "", "", "not a contact name"),
    ("nul\x00byte", "", "", "not a contact name"),
    ("esc\x1b[31m", "", "", "not a contact name"),
    ("x" * 20_000, "", "", "not a contact name"),
    ("Ann Lee", "mailto:a@b?bcc=c@d", "", "not an email address"),
    ("Ann Lee", "a@b.org\r\nBcc: c@d.org", "", "not an email address"),
    ("Ann Lee", "--x", "", "not an email address"),
    ("Ann Lee", "", "+1 555\n0100", "not a phone number"),
    ("Ann Lee", "", "--x", "not a phone number"),
    ("Ann Lee", "", "../x", "not a phone number"),
])
def test_hostile_values_are_refused_or_stored_exactly(backends: Backends, card_file: Path, journal: UndoJournal,
                                                      name: str, email: str, phone: str, problem: str | None) -> None:
    if problem is None:
        add_contact(backends, name, "n@example.org", phone)
        assert get_email(backends, " ".join(name.split())) == "n@example.org"
        return
    with pytest.raises(ToolError, match=problem):
        add_contact(backends, name, email, phone)
    assert card_file.read_bytes() == CARDS.encode() and journal.entries() == []


def test_the_backend_itself_refuses_control_characters(backends: Backends, card_file: Path) -> None:
    """A caller that skips the tool's checks (another tool, a test double) still cannot break the card."""
    for name, phone in (("nul\x00byte", ""), ("Ann Lee", "+1 555\r\n0100"), ("", "")):
        with pytest.raises(ToolError):
            backends.contacts.add_contact(name, "", phone)
    assert card_file.read_bytes() == CARDS.encode()


# CardDAV (Radicale).

class Dav:
    def __init__(self, radicale) -> None:
        self.url = radicale.url
        token = base64.b64encode(f"{radicale.user}:{radicale.password}".encode()).decode()
        self.auth = {"Authorization": f"Basic {token}"}

    def send(self, method: str, url: str, body: bytes = b"", **headers: str) -> tuple[int, bytes, str]:
        request = urllib.request.Request(url, data=body or None, method=method, headers={**self.auth, **headers})
        with urllib.request.urlopen(request) as response:
            return response.status, response.read(), response.headers.get("ETag", "")


@pytest.fixture
def dav_book(radicale) -> Iterator[tuple[Dav, str]]:
    dav = Dav(radicale)
    book = f"{radicale.url}{radicale.user}/book-{uuid.uuid4().hex[:6]}/"
    dav.send("MKCOL", book, b"""<?xml version="1.0"?>
<d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype></d:prop></d:set></d:mkcol>""",
             **{"Content-Type": "application/xml"})
    for block in CARDS.split("END:VCARD\r\n")[:-1]:
        uid = block.split("UID:")[1].split("\r\n")[0]
        dav.send("PUT", f"{book}{uid}.vcf", (block + "END:VCARD\r\n").encode(), **{"Content-Type": "text/vcard"})
    yield dav, book
    dav.send("DELETE", book)


@pytest.fixture
def dav_backends(radicale, dav_book: tuple[Dav, str], memory_keyring, journal: UndoJournal) -> Backends:
    secrets = SecretStore()
    secrets.set(SECRET_SERVICE, radicale.user, radicale.password)
    config = ToolsConfig.from_dict({"contacts": {"backend": "carddav", "carddav_url": dav_book[1],
                                                 "carddav_user": radicale.user}})
    return build_backends(config, secrets=secrets, journal=journal, platform="linux")


def book_items(dav: Dav, book: str) -> set[str]:
    listing = ET.fromstring(dav.send("PROPFIND", book, b"", Depth="1")[1])
    hrefs = [element.text or "" for element in listing.iter("{DAV:}href")]
    return {href.rsplit("/", 1)[1] for href in hrefs if href.endswith(".vcf")}


def test_carddav_new_contact_found_and_undone(dav_backends: Backends, dav_book: tuple[Dav, str],
                                              journal: UndoJournal) -> None:
    dav, book = dav_book
    answer = add_contact(dav_backends, "Carol Diaz; CEO, Acme", "carol@example.org", "+1 555 0142")
    assert answer == ("Added the contact Carol Diaz; CEO, Acme (carol@example.org, +1 555 0142) to the CardDAV "
                      f"address book at {book}.")
    assert get_email(dav_backends, "carol diaz; ceo, acme") == "carol@example.org"
    assert get_phone(dav_backends, "Carol Diaz; CEO, Acme") == "+1 555 0142"
    assert len(book_items(dav, book)) == 3
    assert journal.undo_last() == "Deleted the contact from the CardDAV address book."
    assert book_items(dav, book) == {"ann.vcf", "bob.vcf"}


def test_carddav_update_duplicate_and_exact_undo(dav_backends: Backends, dav_book: tuple[Dav, str],
                                                 journal: UndoJournal) -> None:
    dav, book = dav_book
    before = dav.send("GET", f"{book}ann.vcf")[1]
    assert add_contact(dav_backends, "Ann Lee", "ann@example.org", "+1 555 0100") == \
        "Ann Lee already has ann@example.org and +1 555 0100; nothing was changed."
    assert add_contact(dav_backends, "Ann Lee", "ann@home.example", "") == \
        "Added ann@home.example to the contact Ann Lee."
    assert dav_backends.contacts.lookup("Ann").emails == ("ann@example.org", "ann@home.example")
    assert journal.undo_last() == "Restored the contact's previous card on the CardDAV server."
    assert dav.send("GET", f"{book}ann.vcf")[1] == before
    assert len(journal.entries()) == 1


def test_carddav_undo_leaves_a_card_edited_on_another_device(dav_backends: Backends, dav_book: tuple[Dav, str],
                                                             journal: UndoJournal) -> None:
    dav, book = dav_book
    add_contact(dav_backends, "Carol Diaz", "carol@example.org", "")
    [new] = book_items(dav, book) - {"ann.vcf", "bob.vcf"}
    edited = dav.send("GET", f"{book}{new}")[1].replace(b"END:VCARD", b"NOTE:met at the fair\r\nEND:VCARD")
    dav.send("PUT", f"{book}{new}", edited, **{"Content-Type": "text/vcard"})
    with pytest.raises(ToolError, match="was changed on the server meanwhile"):
        journal.undo_last()
    assert new in book_items(dav, book)


# Contacts.app (stand-in osascript).

def apple(journal: UndoJournal) -> Backends:
    backends = build_backends(ToolsConfig.from_dict({}), secrets=SecretStore(), journal=journal, platform="darwin")
    assert isinstance(backends.contacts.source, AppleContacts)
    return backends


PEOPLE = RECORD.join(FIELD.join(p) for p in (["Ann Lee", "Ann", "ann@example.org", "+1 555 0100"],
                                              ["Bob Ray", "Bob", "", ""]))


def test_apple_new_person_and_undo(osascript_recorder, journal: UndoJournal) -> None:
    osascript_recorder.answer(PEOPLE, "person-7:ABPerson", "deleted")
    backends = apple(journal)
    assert add_contact(backends, "Mary Ann O'Neil", "mary@example.org", "+1 555 0177") == \
        "Added the contact Mary Ann O'Neil (mary@example.org, +1 555 0177) to Contacts."
    assert journal.undo_last() == "Deleted the contact from Contacts."
    assert osascript_recorder.calls() == [
        ("CONTACTS_ALL", []),
        ("CONTACTS_ADD", ["Mary Ann O'Neil", "Mary Ann", "O'Neil", "mary@example.org", "+1 555 0177", "new"]),
        ("CONTACTS_DELETE_PERSON", ["person-7:ABPerson"]),
    ]


def test_apple_existing_person_gets_only_what_is_missing(osascript_recorder, journal: UndoJournal) -> None:
    osascript_recorder.answer(PEOPLE, "person-1", "removed", PEOPLE)
    backends = apple(journal)
    assert add_contact(backends, "ann lee", "ann@example.org", "+44 20 7946 0000") == \
        "Added +44 20 7946 0000 to the contact Ann Lee (ann@example.org was already there)."
    assert journal.undo_last() == "Removed the added details from the contact in Contacts."
    assert add_contact(backends, "Ann Lee", "ANN@example.org", "") == \
        "Ann Lee already has ANN@example.org; nothing was changed."
    assert osascript_recorder.calls()[1:3] == [
        ("CONTACTS_ADD", ["Ann Lee", "Ann", "Lee", "", "+44 20 7946 0000", "existing"]),
        ("CONTACTS_REMOVE_VALUES", ["person-1", "", "+44 20 7946 0000"]),
    ]
    assert len(osascript_recorder.calls()) == 4 and len(journal.entries()) == 1


def test_apple_script_errors_reach_the_user(osascript_recorder, journal: UndoJournal) -> None:
    osascript_recorder.replies([{"stdout": PEOPLE}, {
        "stderr": "0:9: execution error: Contacts no longer has exactly one person named Ann Lee. (1040)", "rc": 1}])
    with pytest.raises(ToolError, match="^Contacts no longer has exactly one person named Ann Lee.$"):
        add_contact(apple(journal), "Ann Lee", "new@example.org", "")
    assert journal.entries() == []

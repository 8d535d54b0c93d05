"""The user's contacts as the names a request may mention, from the real vCard backend."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agent.understanding.contact_names import contact_names
from tools.linux.contacts import ContactBook, VCardFiles
from tools.platform import UnavailableBackend

CARDS = ("BEGIN:VCARD\nVERSION:3.0\nFN:Matt Jones\nN:Jones;Matt;;;\nTEL:+1 555 0100\nEND:VCARD\n"
         "BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nN:Lee;Ann;;;\nEMAIL:ann@example.org\nEND:VCARD\n")


@dataclass
class Backends:
    contacts: object


def test_full_and_given_names_of_every_contact(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS)
    book = ContactBook(VCardFiles([path]))
    assert contact_names(Backends(book), ("contacts",)) == ("Ann", "Ann Lee", "Matt", "Matt Jones")
    assert book.phone_number("matt") == "+1 555 0100"  # and the lookup finds them in lower case


def test_no_names_without_contacts_or_when_they_cannot_be_read(tmp_path: Path) -> None:
    assert contact_names(None, ("contacts",)) == ()
    assert contact_names(Backends(ContactBook(VCardFiles([tmp_path / "contacts.vcf"]))), ("sms",)) == ()
    assert contact_names(Backends(UnavailableBackend("Contacts is disabled")), ("contacts",)) == ()

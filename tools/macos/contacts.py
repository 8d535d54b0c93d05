"""Contacts.app as a contact source for the shared lookup (full name, first name, fuzzy) of ContactBook."""

from __future__ import annotations

from tools.linux.contacts import Contact, ContactBook
from tools.macos.osascript import records, run_script
from tools.macos.scripts import CONTACTS_ALL


class AppleContacts:
    """Every person in Contacts.app with their email addresses and phone numbers."""

    description = "Contacts"

    def contacts(self) -> list[Contact]:
        people = []
        for fields in records(run_script(CONTACTS_ALL, [], app="Contacts")):
            full_name, given_name, emails, phones = (fields + ["", "", "", ""])[:4]
            people.append(Contact(full_name, given_name, _lines(emails), _lines(phones)))
        return people


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def apple_contact_book() -> ContactBook:
    return ContactBook(AppleContacts())

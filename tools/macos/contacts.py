"""Contacts.app as a contact source for the shared lookup (full name, first name, fuzzy) of ContactBook, and for
add_contact (a new person, or the address or number added to the person of that name), with undo."""

from __future__ import annotations

from typing import Any

from tools.backends import ToolError
from tools.linux.contacts import ContactBook
from tools.linux.vcards import Contact, NewContact, created, missing, only_named, split_name, updated
from tools.macos.osascript import records, run_script
from tools.macos.scripts import CONTACTS_ADD, CONTACTS_ALL, CONTACTS_DELETE_PERSON, CONTACTS_REMOVE_VALUES
from tools.undo import UndoJournal

DELETE_PERSON = "macos.contacts.delete"
REMOVE_VALUES = "macos.contacts.remove_values"


class AppleContacts:
    """Every person in Contacts.app with their email addresses and phone numbers; without an undo journal the
    source is read-only."""

    description = "Contacts"

    def __init__(self, journal: UndoJournal | None = None) -> None:
        self.journal = journal
        if journal is not None:
            journal.register(DELETE_PERSON, self._delete)
            journal.register(REMOVE_VALUES, self._remove_values)

    def contacts(self) -> list[Contact]:
        people = []
        for fields in records(run_script(CONTACTS_ALL, [], app="Contacts")):
            full_name, given_name, emails, phones = (fields + ["", "", "", ""])[:4]
            people.append(Contact(full_name, given_name, _lines(emails), _lines(phones)))
        return people

    def add_contact(self, contact: NewContact) -> str:
        if self.journal is None:
            raise ToolError("Contacts is read-only here.")
        existing = only_named(self.contacts(), contact.name, lambda person: person.full_name)
        if existing is None:
            person_id = self._add(contact.name, contact, "new")
            self.journal.record(DELETE_PERSON, f"Added the contact {contact.name}", {"id": person_id})
            return created(contact, "Contacts")
        additions = missing(existing, contact)
        if additions.values():
            person_id = self._add(existing.full_name, additions, "existing")
            self.journal.record(REMOVE_VALUES, f"Added {' and '.join(additions.values())} to the contact "
                                f"{existing.full_name}", {"id": person_id, **_values(additions)})
        return updated(existing.full_name, additions, contact)

    @staticmethod
    def _add(full_name: str, values: NewContact, mode: str) -> str:
        """Add `values`' address and number to a new person called `full_name` ("new") or to the one person of
        that name ("existing"); the person's id."""
        given, family = split_name(full_name)
        return run_script(CONTACTS_ADD, [full_name, given, family, values.email, values.phone, mode], app="Contacts")

    def _delete(self, payload: dict[str, Any]) -> str:
        run_script(CONTACTS_DELETE_PERSON, [payload["id"]], app="Contacts")
        return "Deleted the contact from Contacts."

    def _remove_values(self, payload: dict[str, Any]) -> str:
        run_script(CONTACTS_REMOVE_VALUES, [payload["id"], payload["email"], payload["phone"]], app="Contacts")
        return "Removed the added details from the contact in Contacts."


def _values(contact: NewContact) -> dict[str, str]:
    return {"email": contact.email, "phone": contact.phone}


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def apple_contact_book(journal: UndoJournal | None = None) -> ContactBook:
    return ContactBook(AppleContacts(journal))

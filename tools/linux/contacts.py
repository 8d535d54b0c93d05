"""Contacts from vCards: a .vcf file, a folder of them (e.g. vdirsyncer), or a CardDAV address book.

Lookup order: full name (case-insensitive), then first name, then fuzzy. Several people at the same level
give an observation naming them all so the user (or a replan) can pick one; nobody gives a clear error.
add_contact adds to the card of exactly that full name, or writes a new card; undo reverts either.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from rapidfuzz import fuzz, process

from tools.backends import ToolError
from tools.fileops import record_created, record_replaced, write_atomic
from tools.linux.vcards import (
    Contact,
    NewContact,
    cards_in,
    checked_contact,
    created,
    missing,
    named_card,
    new_card,
    updated,
    with_values,
)
from tools.undo import UndoJournal

_FUZZY_CUTOFF = 80


class ContactSource(Protocol):
    description: str

    def contacts(self) -> list[Contact]: ...
    def add_contact(self, contact: NewContact) -> str: ...  # to the card of that full name, else a new card


class VCardFiles:
    """A .vcf file or folders of them, read at each lookup so edits and syncs show up at once.

    A new contact goes to the first path: a new <uid>.vcf file in a folder, or appended to a file. Without an
    undo journal the source is read-only (a lookup-only use such as the name gazetteer's tests)."""

    def __init__(self, paths: Sequence[Path], journal: UndoJournal | None = None) -> None:
        self.paths = tuple(paths)
        self.description = ", ".join(str(p) for p in self.paths)
        self.journal = journal
        self._writing = threading.Lock()  # two add_contact steps of one plan must not append over each other

    def _files(self) -> list[Path]:
        files: list[Path] = []
        for path in self.paths:
            if path.is_dir():
                files.extend(sorted(p for p in path.rglob("*.vcf") if not p.name.startswith(".")))
            elif path.is_file():
                files.append(path)
        return files

    def contacts(self) -> list[Contact]:
        files = self._files()
        if not files:
            raise ToolError(
                f"No contacts found: {self.description} has no .vcf files. Export your address book as a "
                "vCard file there, or set the contacts source in settings."
            )
        return [card.contact for path in files for card in cards_in(str(path), _text(path))]

    def add_contact(self, contact: NewContact) -> str:
        if self.journal is None or not self.paths:
            raise ToolError(f"The contacts in {self.description or 'no file'} are read-only here.")
        with self._writing:
            cards = [card for path in self._files() for card in cards_in(str(path), _text(path))]
            existing = named_card(cards, contact.name)
            if existing is None:
                return self._create(self.journal, contact)
            additions = missing(existing.contact, contact)
            if additions.values():
                path, name = Path(existing.ref), existing.contact.full_name
                _replace(self.journal, path, _bytes(existing.text), _bytes(with_values(existing, additions)),
                         f"Added {' and '.join(additions.values())} to the contact {name}")
            return updated(existing.contact.full_name, additions, contact)

    def _create(self, journal: UndoJournal, contact: NewContact) -> str:
        target, description = self.paths[0], f"Added the contact {contact.name}"
        if target.is_dir() or (not target.exists() and target.suffix.lower() != ".vcf"):
            uid, text = new_card(contact)
            path = _card_folder(target) / f"{uid}.vcf"
            _write_new(journal, path, _bytes(text), description)
            return created(contact, str(path.parent))
        if not target.exists():
            _write_new(journal, target, _bytes(new_card(contact)[1]), description)
            return created(contact, str(target))
        previous = target.read_bytes()
        newline = "\n" if b"\n" in previous and b"\r\n" not in previous else "\r\n"
        separator = "" if not previous or previous.endswith(b"\n") else newline
        data = previous + _bytes(separator + new_card(contact, newline)[1])
        _replace(journal, target, previous, data, description)
        return created(contact, str(target))


class ContactBook:
    """The contacts app (ContactsBackend) over any source of vCards."""

    def __init__(self, source: ContactSource) -> None:
        self.source = source

    def lookup(self, name: str) -> Contact:
        wanted = " ".join(name.split()).casefold()
        if not wanted:
            raise ToolError("No contact name given.", fixable=True)
        people = self.source.contacts()
        for level in (
            [c for c in people if c.full_name.casefold() == wanted],
            [c for c in people if c.given_name.casefold() == wanted],
            _fuzzy(wanted, people),
        ):
            distinct = list(dict.fromkeys(level))  # the same card synced twice is one person
            if len(distinct) == 1:
                return distinct[0]
            if distinct:
                raise ToolError(
                    f"Several contacts match {name!r}: {_names(distinct)}. Use the full name.", fixable=True
                )
        raise ToolError(f"No contact named {name!r} in {self.source.description}.")

    def names(self) -> list[str]:
        """Every contact's full name and given name, so a request typed or spoken in lower case ("text matt")
        can be read as naming them."""
        found = {name for c in self.source.contacts() for name in (c.full_name, c.given_name) if name.strip()}
        return sorted(found, key=str.casefold)

    def email_address(self, name: str) -> str:
        contact = self.lookup(name)
        if not contact.emails:
            raise ToolError(f"{contact.full_name} has no email address in the contacts.")
        return contact.emails[0]

    def phone_number(self, name: str) -> str:
        contact = self.lookup(name)
        if not contact.phones:
            raise ToolError(f"{contact.full_name} has no phone number in the contacts.")
        return contact.phones[0]

    def add_contact(self, name: str, email: str, phone: str) -> str:
        return self.source.add_contact(checked_contact(name, email, phone))


def _text(path: Path) -> str:
    """A card file's text; bytes that are not UTF-8 survive an edit unchanged (surrogateescape)."""
    return path.read_bytes().decode("utf-8", "surrogateescape")


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def _card_folder(root: Path) -> Path:
    """Where a new card file goes: beside the cards directly in `root`, else in the first sub-folder holding
    cards (vdirsyncer keeps one folder per address book), else in `root`."""
    if any(root.glob("*.vcf")):
        return root
    folders = sorted(p for p in root.glob("*/") if p.is_dir() and not p.name.startswith(".")) if root.is_dir() else []
    return next((folder for folder in folders if any(folder.glob("*.vcf"))), root)


def _refuse_read_only(path: Path) -> None:
    """A ToolError unless `path` (or the folder it would be made in) may be written. The mode bits count as well
    as access(): a card file exported without write permission stays as it is even for root, and write_atomic
    would otherwise replace it through its folder."""
    existing = next(p for p in (path, *path.parents) if p.exists())
    if not existing.stat().st_mode & 0o222 or not os.access(existing, os.W_OK):
        kind = "folder" if existing.is_dir() else "file"
        raise ToolError(f"The contacts {kind} {existing} is read-only, so Errand cannot add contacts to it. Make it "
                        "writable, or add the contact in your address book app.")


def _write(path: Path, data: bytes, *, exclusive: bool) -> None:
    for place in (path, path.parent):
        _refuse_read_only(place)
    try:
        write_atomic(path, data, exclusive=exclusive)
    except OSError as exc:
        raise ToolError(f"Could not write the contacts file {path}: {exc.strerror or exc}.") from exc


def _write_new(journal: UndoJournal, path: Path, data: bytes, description: str) -> None:
    _write(path, data, exclusive=True)
    record_created(journal, path, data, description)


def _replace(journal: UndoJournal, path: Path, previous: bytes, data: bytes, description: str) -> None:
    _write(path, data, exclusive=False)
    record_replaced(journal, path, previous, data, description)


def _names(contacts: list[Contact]) -> str:
    """Their names, with the first address or number where two share a name."""
    counts = Counter(c.full_name.casefold() for c in contacts)
    labels = [
        f"{c.full_name} ({(c.emails or c.phones or ('no address',))[0]})" if counts[c.full_name.casefold()] > 1
        else c.full_name
        for c in contacts
    ]
    return ", ".join(sorted(labels))


def _fuzzy(wanted: str, people: list[Contact]) -> list[Contact]:
    choices = {i: c.full_name.casefold() for i, c in enumerate(people)}
    scored = process.extract(wanted, choices, scorer=fuzz.WRatio, score_cutoff=_FUZZY_CUTOFF, limit=10)
    if not scored:
        return []
    best = scored[0][1]
    return [people[i] for _, score, i in scored if score >= best - 2]

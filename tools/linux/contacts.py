"""Contacts from vCards: a .vcf file, a folder of them (e.g. vdirsyncer), or a CardDAV address book.

Lookup order: full name (case-insensitive), then first name, then fuzzy. Several people at the same level
give an observation naming them all so the user (or a replan) can pick one; nobody gives a clear error.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import vobject
from rapidfuzz import fuzz, process

from tools.backends import ToolError

log = logging.getLogger(__name__)

_FUZZY_CUTOFF = 80
_PREFERRED_PHONE_TYPES = ("pref", "cell", "mobile", "iphone")


@dataclass(frozen=True)
class Contact:
    full_name: str
    given_name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]


class ContactSource(Protocol):
    description: str

    def contacts(self) -> list[Contact]: ...


def parse_vcards(text: str, origin: str) -> list[Contact]:
    """Every card in `text`; a card that cannot be parsed is skipped with a log line naming `origin`."""
    found: list[Contact] = []
    try:
        for card in vobject.readComponents(text, ignoreUnreadable=True):
            contact = _contact(card)
            if contact is not None:
                found.append(contact)
    except (vobject.base.ParseError, ValueError) as exc:
        log.warning("skipping unreadable vCard data in %s: %s", origin, exc)
    return found


def _contact(card: vobject.base.Component) -> Contact | None:
    if card.name != "VCARD":
        return None
    given = family = ""
    if hasattr(card, "n"):
        given, family = str(card.n.value.given or ""), str(card.n.value.family or "")
    full = str(card.fn.value) if hasattr(card, "fn") else f"{given} {family}".strip()
    if not full:
        return None
    if not given:
        given = full.split()[0]
    emails = _ordered(card.contents.get("email", []), ("pref",))
    phones = _ordered(card.contents.get("tel", []), _PREFERRED_PHONE_TYPES)
    return Contact(full.strip(), given.strip(), emails, phones)


def _ordered(lines: Iterable[vobject.base.ContentLine], preferred: Sequence[str]) -> tuple[str, ...]:
    """Values with a preferred TYPE (or PREF parameter) first, in file order otherwise."""
    def rank(line: vobject.base.ContentLine) -> int:
        types = {t.lower() for t in line.params.get("TYPE", [])}
        if "PREF" in line.params:
            types.add("pref")
        return next((i for i, kind in enumerate(preferred) if kind in types), len(preferred))

    values = [_plain(str(line.value)) for line in sorted(lines, key=rank)]
    return tuple(dict.fromkeys(value for value in values if value))


def _plain(value: str) -> str:
    """vCard 4 may write TEL and EMAIL as URIs ("tel:+1...", "mailto:a@b"); the tools want the bare value."""
    value = value.strip()
    for scheme in ("tel:", "mailto:"):
        if value.lower().startswith(scheme):
            return value[len(scheme):].strip()
    return value


class VCardFiles:
    """A .vcf file or folders of them, read at each lookup so edits and syncs show up at once."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = tuple(paths)
        self.description = ", ".join(str(p) for p in self.paths)

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
        found: list[Contact] = []
        for path in files:
            found.extend(parse_vcards(path.read_text(encoding="utf-8", errors="replace"), str(path)))
        return found


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

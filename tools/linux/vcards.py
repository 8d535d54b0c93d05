"""vCard text: reading contacts out of it, and writing for add_contact (a new card, or an address or number added
to the card of the contact with that name), shared by every contacts source.

An existing card is edited by inserting lines before its END:VCARD, so every other byte of the user's card (a
photo, their app's own fields, its line folding) stays as it was. vobject writes the values, escaped, so commas,
semicolons, backslashes and line breaks in a name are data, never card syntax.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import vobject

from tools.addresses import checked_address
from tools.backends import ToolError

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_NAME_CHARS = 500
_PREFERRED_PHONE_TYPES = ("pref", "cell", "mobile", "iphone")
_CARD = re.compile(r"(?ims)^BEGIN:VCARD[ \t]*\r?$.*?^END:VCARD[ \t]*(?:\r?\n|\r?\Z)")
_END = re.compile(r"(?im)^END:VCARD")
_VERSION_4 = re.compile(r"(?im)^VERSION:\s*4")


@dataclass(frozen=True)


class Contact:
    full_name: str
    given_name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]


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


@dataclass(frozen=True)
class NewContact:
    """add_contact's values, checked: a name without control characters, a bare address, a number."""

    name: str
    email: str
    phone: str

    def values(self) -> list[str]:
        return [v for v in (self.email, self.phone) if v]


@dataclass(frozen=True)
class StoredCard:
    """One card as a source keeps it: `text` is the whole file or resource, the card is text[start:end]."""

    ref: str
    text: str
    start: int
    end: int
    contact: Contact


def checked_contact(name: str, email: str, phone: str) -> NewContact:
    """The values add_contact may write: the name with its spacing collapsed and no control character left (a
    card is a text format: NUL or ESC are refused rather than stored), one bare address, a one-line number."""
    person = " ".join(name.split())
    if not person or len(person) > MAX_NAME_CHARS:
        raise ToolError(f"{name[:80]!r} is not a contact name (1 to {MAX_NAME_CHARS} characters).", fixable=True)
    for value in (person, phone):
        if any(unicodedata.category(c) == "Cc" for c in value):
            raise ToolError(f"{value[:80]!r} contains a control character; a contact cannot store it.", fixable=True)
    return NewContact(person, checked_address(email) if email.strip() else "", phone.strip())


def split_name(name: str) -> tuple[str, str]:
    """(given, family) for the structured name: the last word is the family name when there are several."""
    *given, last = name.split()
    return (" ".join(given), last) if given else (last, "")


def new_card(contact: NewContact, newline: str = "\r\n") -> tuple[str, str]:
    """(uid, the text of a new vCard 3.0 for `contact`) with the given line ending."""
    uid = str(uuid.uuid4())
    card = vobject.vCard()
    card.add("version").value = "3.0"
    card.add("uid").value = uid
    card.add("fn").value = contact.name
    given, family = split_name(contact.name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    _add_values(card, contact.email, contact.phone, version_4=False)
    return uid, card.serialize().replace("\r\n", newline)


def cards_in(ref: str, text: str) -> list[StoredCard]:
    found = []
    for match in _CARD.finditer(text):
        contacts = parse_vcards(match.group(), ref)
        if contacts:
            found.append(StoredCard(ref, text, match.start(), match.end(), contacts[0]))
    return found


def only_named(items: Sequence[T], name: str, full_name: Callable[[T], str]) -> T | None:
    """The item whose full name is `name` (case and spacing aside); several are an error, as adding to one of
    them would be a guess."""
    wanted = " ".join(name.split()).casefold()
    matching = [item for item in items if " ".join(full_name(item).split()).casefold() == wanted]
    if len(matching) > 1:
        raise ToolError(f"There are {len(matching)} contacts named {name}; add the details in your address book "
                        "so the right one gets them.", fixable=True)
    return matching[0] if matching else None


def named_card(cards: Sequence[StoredCard], name: str) -> StoredCard | None:
    return only_named(cards, name, lambda card: card.contact.full_name)


def missing(existing: Contact, contact: NewContact) -> NewContact:
    """The address and number of `contact` that `existing` does not have yet ('' for those it has)."""
    has_email = contact.email.casefold() in {e.casefold() for e in existing.emails}
    has_phone = _digits(contact.phone) in {_digits(p) for p in existing.phones}
    return NewContact(contact.name, "" if has_email else contact.email, "" if has_phone else contact.phone)


def with_values(card: StoredCard, additions: NewContact) -> str:
    """The whole text of the card's file or resource with the additions' lines inserted before END:VCARD, in
    the line ending the card uses."""
    block = card.text[card.start:card.end]
    newline = "\r\n" if "\r\n" in block else "\n"
    holder = vobject.vCard()
    _add_values(holder, additions.email, additions.phone, version_4=bool(_VERSION_4.search(block)))
    lines = "".join(line.serialize() for line in holder.getChildren()).replace("\r\n", newline)
    end = card.start + [m.start() for m in _END.finditer(block)][-1]
    return card.text[:end] + lines + card.text[end:]


def _add_values(card: vobject.base.Component, email: str, phone: str, *, version_4: bool) -> None:
    if email:
        card.add("email").value = email
    if phone:
        line = card.add("tel")
        line.value = phone
        line.params["TYPE"] = ["cell"]
        if version_4:  # a vCard 4 TEL is a URI unless it says it is text
            line.params["VALUE"] = ["text"]


def _digits(phone: str) -> str:
    return "".join(c for c in phone if c.isdigit())


def created(contact: NewContact, where: str) -> str:
    details = f" ({', '.join(contact.values())})" if contact.values() else ""
    return f"Added the contact {contact.name}{details} to {where}."


def updated(name: str, added: NewContact, asked: NewContact) -> str:
    """What adding `asked` to the contact `name` did, when only `added` was new."""
    had = [v for v in asked.values() if v not in added.values()]
    if not added.values():
        return f"{name} already has {' and '.join(had)}; nothing was changed." if had else \
            f"{name} is already a contact; nothing was changed."
    note = f" ({' and '.join(had)} was already there)" if had else ""
    return f"Added {' and '.join(added.values())} to the contact {name}{note}."

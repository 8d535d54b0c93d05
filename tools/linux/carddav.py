"""A CardDAV address book (RFC 6352) with plain WebDAV requests (PROPFIND, REPORT, PUT, DELETE) from the stdlib.

The configured URL may be the server root, the user's principal, or an address book itself; discovery
follows current-user-principal -> addressbook-home-set -> the address books inside it. The password comes from
the keyring (service `errand-carddav`, account = the user name); servers without auth need none.

add_contact PUTs a new card (If-None-Match: *) into the first address book, or the card of that name with the
new lines (If-Match its ETag); undo DELETEs the new card or PUTs the old one back, each only if the card is still
the one Errand wrote (If-Match), so an edit made on another device meanwhile is never lost.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import urljoin

from tools.backends import ToolError
from tools.linux.vcards import (
    Contact,
    NewContact,
    cards_in,
    created,
    missing,
    named_card,
    new_card,
    updated,
    with_values,
)
from tools.secrets import SecretStore
from tools.undo import UndoJournal

SECRET_SERVICE = "errand-carddav"
DELETE_CARD = "carddav.delete"
RESTORE_CARD = "carddav.restore"
TIMEOUT_SECONDS = 15
_DAV = "{DAV:}"
_CARD = "{urn:ietf:params:xml:ns:carddav}"

_PROPFIND_DISCOVERY = b"""<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">
  <d:prop><d:resourcetype/><d:current-user-principal/><c:addressbook-home-set/></d:prop>
</d:propfind>"""

_REPORT_ALL_CARDS = b"""<?xml version="1.0" encoding="utf-8"?>
<c:addressbook-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">
  <d:prop><d:getetag/><c:address-data/></d:prop>
</c:addressbook-query>"""


@dataclass(frozen=True)
class _Resource:
    book: str
    url: str
    data: str


class CardDavAddressBook:
    def __init__(self, url: str, user: str, secrets: SecretStore, journal: UndoJournal | None = None) -> None:
        if not url.strip():
            raise ToolError("CardDAV is selected but no server URL is set: add it in settings (contacts).")
        self.url = url.strip() if url.strip().endswith("/") else url.strip() + "/"
        self.user = user.strip()
        self.secrets = secrets
        self.description = f"the CardDAV address book at {self.url}"
        self._books: list[str] = []  # discovered once; rediscovered after a failed read
        self.journal = journal  # None: read-only
        if journal is not None:
            journal.register(DELETE_CARD, self._undo_create)
            journal.register(RESTORE_CARD, self._undo_update)

    def _authorization(self) -> dict[str, str]:
        if not self.user:
            return {}
        password = self.secrets.get(SECRET_SERVICE, self.user) or ""
        token = base64.b64encode(f"{self.user}:{password}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}

    def _send(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> tuple[Message, bytes]:
        """The reply's headers and body; every failure is a ToolError that says what to check."""
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return response.headers, response.read()
        except urllib.error.HTTPError as exc:
            raise self._refusal(exc, method, url) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ToolError(
                f"Cannot reach the CardDAV server {self.url} ({reason}). Check that it is running and that the "
                "URL in settings is right."
            ) from exc

    def _refusal(self, exc: urllib.error.HTTPError, method: str, url: str) -> ToolError:
        if exc.code == 401 or (exc.code == 403 and method in ("PROPFIND", "REPORT")):
            return ToolError(
                f"The CardDAV server {self.url} refused the login for user {self.user or '(none)'}: check the "
                f"user name in settings and the password in the keyring (service {SECRET_SERVICE})."
            )
        if exc.code in (403, 405):
            return ToolError(f"The CardDAV address book {url} is read-only for user {self.user or '(none)'}, so "
                             "Errand cannot add contacts to it.")
        if exc.code == 412:
            return ToolError(f"The card {url} was changed on the server meanwhile, so Errand left it as it is.")
        return ToolError(f"The CardDAV server answered {exc.code} {exc.reason} for {url}.")

    def _request(self, method: str, url: str, body: bytes, depth: str, auth: dict[str, str]) -> ET.Element:
        headers = {"Depth": depth, "Content-Type": "application/xml; charset=utf-8", **auth}
        try:
            return ET.fromstring(self._send(method, url, body, headers)[1])
        except ET.ParseError as exc:
            raise ToolError(f"The CardDAV server {self.url} sent a reply that is not WebDAV XML.") from exc

    def _put(self, url: str, data: str, condition: dict[str, str]) -> str:
        """PUT a card under `condition` (If-Match / If-None-Match); the new ETag ('' if the server gives none)."""
        headers = {"Content-Type": "text/vcard; charset=utf-8", **condition, **self._authorization()}
        return self._send("PUT", url, data.encode("utf-8", "surrogateescape"), headers)[0].get("ETag", "")

    def _propfind(self, url: str, depth: str, auth: dict[str, str]) -> list[tuple[str, ET.Element]]:
        root = self._request("PROPFIND", url, _PROPFIND_DISCOVERY, depth, auth)
        return [(urljoin(url, r.findtext(f"{_DAV}href", "")), r) for r in root.iter(f"{_DAV}response")]

    def address_books(self, auth: dict[str, str]) -> list[str]:
        here = self._propfind(self.url, "0", auth)
        if any(r.find(f".//{_DAV}resourcetype/{_CARD}addressbook") is not None for _, r in here):
            return [self.url]
        home = _href(here, f"{_CARD}addressbook-home-set", self.url)
        if home is None:
            principal = _href(here, f"{_DAV}current-user-principal", self.url)
            if principal is not None:
                home = _href(self._propfind(principal, "0", auth), f"{_CARD}addressbook-home-set", principal)
        listing = self._propfind(home or self.url, "1", auth)
        return [href for href, r in listing if r.find(f".//{_DAV}resourcetype/{_CARD}addressbook") is not None]

    def _resources(self, auth: dict[str, str]) -> list[_Resource]:
        books = self._books or self.address_books(auth)
        if not books:
            raise ToolError(f"The CardDAV account at {self.url} has no address book.")
        found: list[_Resource] = []
        try:
            for book in books:
                report = self._request("REPORT", book, _REPORT_ALL_CARDS, "1", auth)
                for response in report.iter(f"{_DAV}response"):
                    url = urljoin(book, response.findtext(f"{_DAV}href", ""))
                    found.append(_Resource(book, url, response.findtext(f".//{_CARD}address-data") or ""))
        except ToolError:
            self._books = []
            raise
        self._books = books
        return found

    def contacts(self) -> list[Contact]:
        return [card.contact for r in self._resources(self._authorization()) for card in cards_in(r.book, r.data)]

    def add_contact(self, contact: NewContact) -> str:
        if self.journal is None:
            raise ToolError(f"{self.description} is read-only here.")
        resources = self._resources(self._authorization())
        existing = named_card([card for r in resources for card in cards_in(r.url, r.data)], contact.name)
        if existing is None:
            return self._create(self.journal, self._books[0], contact)
        additions = missing(existing.contact, contact)
        if additions.values():
            self._update(self.journal, existing.ref, additions)
        return updated(existing.contact.full_name, additions, contact)

    def _create(self, journal: UndoJournal, book: str, contact: NewContact) -> str:
        uid, data = new_card(contact)
        url = urljoin(book, f"{uid}.vcf")
        etag = self._put(url, data, {"If-None-Match": "*"})
        journal.record(DELETE_CARD, f"Added the contact {contact.name}", {"url": url, "etag": etag})
        return created(contact, self.description)

    def _update(self, journal: UndoJournal, url: str, additions: NewContact) -> None:
        """Add to the card at `url` as the server has it now (a GET, so that undo can put back its exact text)."""
        headers, body = self._send("GET", url, b"", self._authorization())
        card = named_card(cards_in(url, body.decode("utf-8", "surrogateescape")), additions.name)
        if card is None:
            raise ToolError(f"The card {url} was changed on the server meanwhile; nothing was added to it.")
        etag = headers.get("ETag", "")
        new_etag = self._put(url, with_values(card, additions), _if_match(etag))
        added = " and ".join(additions.values())
        journal.record(RESTORE_CARD, f"Added {added} to the contact {card.contact.full_name}",
                       {"url": url, "etag": new_etag, "previous": card.text})

    def _undo_create(self, payload: dict[str, Any]) -> str:
        self._send("DELETE", payload["url"], b"", {**_if_match(payload["etag"]), **self._authorization()})
        return "Deleted the contact from the CardDAV address book."

    def _undo_update(self, payload: dict[str, Any]) -> str:
        self._put(payload["url"], payload["previous"], _if_match(payload["etag"]))
        return "Restored the contact's previous card on the CardDAV server."


def _if_match(etag: str) -> dict[str, str]:
    """Change the card only if it is still the one Errand wrote (no condition if the server gave no ETag)."""
    return {"If-Match": etag} if etag else {}


def _href(responses: list[tuple[str, ET.Element]], prop: str, base: str) -> str | None:
    for _, response in responses:
        href = response.findtext(f".//{prop}/{_DAV}href")
        if href:
            return urljoin(base, href)
    return None

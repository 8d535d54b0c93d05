"""A CardDAV address book (RFC 6352) read with plain WebDAV requests (PROPFIND, REPORT) from the stdlib.

The configured URL may be the server root, the user's principal, or an address book itself; discovery
follows current-user-principal -> addressbook-home-set -> the address books inside it. The password comes from
the keyring (service `errand-carddav`, account = the user name); servers without auth need none.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

from tools.backends import ToolError
from tools.linux.contacts import Contact, parse_vcards
from tools.secrets import SecretStore

SECRET_SERVICE = "errand-carddav"
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


class CardDavAddressBook:
    def __init__(self, url: str, user: str, secrets: SecretStore) -> None:
        if not url.strip():
            raise ToolError("CardDAV is selected but no server URL is set: add it in settings (contacts).")
        self.url = url.strip() if url.strip().endswith("/") else url.strip() + "/"
        self.user = user.strip()
        self.secrets = secrets
        self.description = f"the CardDAV address book at {self.url}"
        self._books: list[str] = []  # discovered once; rediscovered after a failed read

    def _authorization(self) -> dict[str, str]:
        if not self.user:
            return {}
        password = self.secrets.get(SECRET_SERVICE, self.user) or ""
        token = base64.b64encode(f"{self.user}:{password}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}

    def _request(self, method: str, url: str, body: bytes, depth: str, auth: dict[str, str]) -> ET.Element:
        request = urllib.request.Request(url, data=body, method=method, headers={
            "Depth": depth, "Content-Type": "application/xml; charset=utf-8", **auth,
        })
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                return ET.fromstring(response.read())
        except urllib.error.HTTPError as exc:
            if exc.code in (401, 403):
                raise ToolError(
                    f"The CardDAV server {self.url} refused the login for user {self.user or '(none)'}: check the "
                    f"user name in settings and the password in the keyring (service {SECRET_SERVICE})."
                ) from exc
            raise ToolError(f"The CardDAV server answered {exc.code} {exc.reason} for {url}.") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ToolError(
                f"Cannot reach the CardDAV server {self.url} ({reason}). Check that it is running and that the "
                "URL in settings is right."
            ) from exc
        except ET.ParseError as exc:
            raise ToolError(f"The CardDAV server {self.url} sent a reply that is not WebDAV XML.") from exc

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

    def contacts(self) -> list[Contact]:
        auth = self._authorization()  # one keyring lookup per search
        books = self._books or self.address_books(auth)
        if not books:
            raise ToolError(f"The CardDAV account at {self.url} has no address book.")
        found: list[Contact] = []
        try:
            for book in books:
                report = self._request("REPORT", book, _REPORT_ALL_CARDS, "1", auth)
                for data in report.iter(f"{_CARD}address-data"):
                    found.extend(parse_vcards(data.text or "", book))
        except ToolError:
            self._books = []
            raise
        self._books = books
        return found


def _href(responses: list[tuple[str, ET.Element]], prop: str, base: str) -> str | None:
    for _, response in responses:
        href = response.findtext(f".//{prop}/{_DAV}href")
        if href:
            return urljoin(base, href)
    return None

"""Email addresses and phone numbers written out in a request (used as is, with no contact lookup)."""

from __future__ import annotations

import random
import re
import unicodedata

from training.data.pools.names import first_name, surname
from training.data.pools.things import COMPANY_PARTS

_DOMAINS = ("gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.co.uk", "web.de",
            "fastmail.com", "gmx.net", "mail.ru", "yandex.com", "orange.fr", "libero.it", "uni-heidelberg.de",
            "stanford.edu", "ox.ac.uk")
_ROLES = ("info", "hello", "support", "billing", "accounts", "hr", "jobs", "press", "sales", "team", "admin",
          "office", "contact", "frontdesk", "bookings", "orders")
_TLDS = ("com", "org", "io", "co", "net", "de", "fr", "co.uk", "ca", "com.au", "nl", "es", "in", "app")


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", plain)


def email_address(rng: random.Random) -> str:
    first, last = _ascii(first_name(rng)[0]), _ascii(surname(rng))
    company = _ascii(rng.choice(COMPANY_PARTS)) + rng.choice(("", "", "hq", "group", "labs"))
    roll = rng.random()
    if roll < 0.3:
        return f"{first}.{last}@{rng.choice(_DOMAINS)}"
    if roll < 0.45:
        return f"{first}{rng.randint(1, 99)}@{rng.choice(_DOMAINS)}"
    if roll < 0.6:
        return f"{first[0]}{last}@{company}.{rng.choice(_TLDS)}"
    if roll < 0.78:
        return f"{rng.choice(_ROLES)}@{company}.{rng.choice(_TLDS)}"
    if roll < 0.9:
        return f"{first}@{company}.{rng.choice(_TLDS)}"
    return f"{first}_{last}{rng.randint(70, 99)}@{rng.choice(_DOMAINS)}"


def phone_number(rng: random.Random) -> str:
    area, mid, end = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    roll = rng.random()
    if roll < 0.25:
        return f"{area}-{mid}-{end:04d}"
    if roll < 0.4:
        return f"({area}) {mid}-{end:04d}"
    if roll < 0.52:
        return f"+1 {area} {mid} {end:04d}"
    if roll < 0.62:
        return f"{area}.{mid}.{end:04d}"
    if roll < 0.72:
        return f"{area}{mid}{end:04d}"
    if roll < 0.8:
        return f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    if roll < 0.87:
        return f"+49 15{rng.randint(1, 9)} {rng.randint(1000000, 9999999)}"
    if roll < 0.93:
        return f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"+91 9{rng.randint(1000, 9999)} {rng.randint(10000, 99999)}"

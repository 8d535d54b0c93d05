"""Small string helpers shared by the phrasing modules."""

from __future__ import annotations

import random
import re


def first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def as_message(text: str) -> str:
    """The literal a message argument holds: capitalised, ending with a full stop."""
    text = first_upper(text.strip())
    return text if text.endswith((".", "!", "?")) else text + "."


def title(text: str) -> str:
    """An argument title from free words: 'q3 budget review' -> 'Q3 budget review'."""
    return first_upper(re.sub(r"\s+", " ", text.strip()))


def possessive(said: str) -> str:
    return said + ("'" if said.endswith("s") else "'s")


def file_title(file_name: str) -> str:
    """A subject line from a file name: 'Lease_renewal-2026.pdf' -> 'Lease renewal 2026'."""
    stem = file_name.rsplit(".", 1)[0]
    return title(re.sub(r"[_\-]+", " ", stem))


def quoted(rng: random.Random, name: str) -> str:
    """A note or list name as a person writes it: plain, quoted, or in double quotes."""
    return rng.choice((name, name, f"'{name}'", f'"{name}"', name.lower()))


_IMPERATIVES = frozenset(
    "add bump cancel check clear complete create cross cut delete dig drop email find free get go kill let list look "
    "mail mark move new pull push put read remind remove reschedule save scrap scratch search send shift show sms "
    "store strike take tell text tick wipe".split())


def imperative(template: str) -> bool:
    """Whether a phrasing starts with a verb, so a polite prefix ("Can you ...") may go before it; questions and
    statements ("any new mail?", "I paid rent, tick it off") take none."""
    return template.split(" ", 1)[0].lower() in _IMPERATIVES
